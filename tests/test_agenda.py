"""AgendaService: items in order, insert, move, update, remove."""

from __future__ import annotations

import unicodedata

from core.errors import NotFoundError, ValidationError
from core.services import Services
from tests.helpers import finalize, refused


def test_add_list_and_insert(services: Services, meeting_id: int) -> None:
    ag = services.agenda
    a = ag.add(meeting_id, "Báo cáo kết quả", presenter="Giám đốc Sở")
    b = ag.add(meeting_id, "Thảo luận")
    c = ag.add(meeting_id, "Khai mạc", index=0)
    assert (a.title, a.presenter, a.order) == ("Báo cáo kết quả", "Giám đốc Sở", 0)
    assert [g.id for g in ag.list(meeting_id)] == [c.id, a.id, b.id]
    assert [g.order for g in ag.list(meeting_id)] == [0, 1, 2]
    assert c.order == 0


def test_move_update_remove(services: Services, meeting_id: int) -> None:
    ag = services.agenda
    ids = [ag.add(meeting_id, f"Mục {i}").id for i in range(3)]
    assert [g.id for g in ag.move(ids[0], 2)] == [ids[1], ids[2], ids[0]]
    assert [g.id for g in ag.move(ids[0], -1)] == ids
    assert [g.id for g in ag.move(ids[2], 100)] == ids
    nfd = unicodedata.normalize("NFD", "  Kết luận  ")
    g = ag.update(ids[1], title=nfd, presenter="Chủ trì")
    assert (g.title, g.presenter) == ("Kết luận", "Chủ trì")
    assert ag.list(meeting_id)[1] == g
    assert ag.remove(ids[0]).title == "Mục 0"
    assert [x.id for x in ag.list(meeting_id)] == ids[1:]


def test_refusals(services: Services, meeting_id: int) -> None:
    ag = services.agenda
    g = ag.add(meeting_id, "Mục 1")
    for title in ["", "   ", None, "x" * 2001, "bad \ud800"]:
        refused(services, ValidationError, ag.add, meeting_id, title)
    refused(services, ValidationError, ag.update, g.id, title="  ")
    refused(services, ValidationError, ag.update, g.id, presenter="p" * 301)
    refused(services, NotFoundError, ag.add, 999, "Mục")
    refused(services, NotFoundError, ag.update, 999, title="x")
    refused(services, NotFoundError, ag.remove, 999)
    refused(services, NotFoundError, ag.move, 999, 0)
    refused(services, NotFoundError, ag.list, 999)
    finalize(services, meeting_id)
    refused(services, ValidationError, ag.add, meeting_id, "Mục 2")
    refused(services, ValidationError, ag.update, g.id, title="Mới")
    refused(services, ValidationError, ag.move, g.id, 0)
    refused(services, ValidationError, ag.remove, g.id)
    assert [x.title for x in ag.list(meeting_id)] == ["Mục 1"]


def test_removing_an_item_unlinks_its_entries(services: Services, meeting_id: int) -> None:
    g = services.agenda.add(meeting_id, "Mục 1")
    e = services.entries.add(meeting_id, "opinion", "Ý kiến", agenda_item_id=g.id)
    assert e.agenda_item_id == g.id
    services.agenda.remove(g.id)
    assert services.entries.get(e.id).agenda_item_id is None
    assert services.entries.get(e.id).text == "Ý kiến"
