"""Rows the window creates carry its uid: a repeated call finds them, never makes a second."""

from __future__ import annotations

import pytest

from core.domain.models import new_uid
from core.errors import ValidationError
from core.services import Services
from tests.helpers import dump


def test_an_entry_added_twice_with_one_uid_is_one_row_with_the_later_text(
    services: Services, meeting_id: int
) -> None:
    uid = new_uid()
    first = services.entries.add(meeting_id, "opinion", "Đồng ý", uid=uid, speaker_text="Bà Lan")
    again = services.entries.add(
        meeting_id, "opinion", "Đồng ý, đề nghị bổ sung", uid=uid, speaker_text="Bà Lan"
    )
    assert again.id == first.id and again.uid == uid
    assert [(e.id, e.text) for e in services.entries.list(meeting_id)] == [
        (first.id, "Đồng ý, đề nghị bổ sung")
    ]
    hits = services.search.search("de nghi bo sung")
    assert [h.meeting_id for h in hits] == [meeting_id]


def test_an_entry_with_details_added_twice_is_one_row(services: Services, meeting_id: int) -> None:
    uid = new_uid()
    rows = [{"name": "Tăng trưởng", "value": "16,3", "unit": "%"}]
    a = services.entries.add(meeting_id, "report", "Báo cáo", uid=uid, indicators=rows)
    b = services.entries.add(meeting_id, "report", "Báo cáo đầy đủ", uid=uid, indicators=rows)
    assert a.id == b.id and len(services.entries.list(meeting_id)) == 1
    assert b.text == "Báo cáo đầy đủ" and [i.name for i in b.indicators] == ["Tăng trưởng"]


def test_adding_clears_the_draft_in_the_same_transaction(
    services: Services, meeting_id: int
) -> None:
    uid = new_uid()
    services.drafts.save(meeting_id, "Đang gõ dở", entry_uid=uid)
    services.entries.add(meeting_id, "opinion", "Đang gõ dở", uid=uid, clear_draft=True)
    assert services.drafts.get(meeting_id) is None
    # A draft that belongs to the next entry is not the one the add clears.
    nxt = new_uid()
    services.drafts.save(meeting_id, "Câu tiếp theo", entry_uid=nxt)
    services.entries.add(meeting_id, "opinion", "Đang gõ dở", uid=uid, clear_draft=True)
    draft = services.drafts.get(meeting_id)
    assert draft is not None and draft.entry_uid == nxt


@pytest.mark.parametrize("kind", ["attendance", "agenda", "action", "meeting"])
def test_other_rows_added_twice_with_one_uid_are_one_row(
    services: Services, meeting_id: int, kind: str
) -> None:
    uid = new_uid()
    calls = {
        "attendance": lambda: services.attendance.add(meeting_id, "Trần Văn Hùng", uid=uid),
        "agenda": lambda: services.agenda.add(meeting_id, "Báo cáo quý IV", uid=uid),
        "action": lambda: services.actions.add(meeting_id, "Hoàn thiện dự thảo", uid=uid),
        "meeting": lambda: services.meetings.create("Họp mới", uid=uid),
    }
    first = calls[kind]()
    before = dump(services)
    again = calls[kind]()
    assert again == first
    assert dump(services) == before


def test_a_uid_that_is_not_one_is_refused(services: Services, meeting_id: int) -> None:
    for bad in ("x", "a" * 37, "bad\nuid-123456"):
        with pytest.raises(ValidationError):
            services.entries.add(meeting_id, "opinion", "Văn bản", uid=bad)


def test_restoring_keeps_ids_and_uids(services: Services, meeting_id: int) -> None:
    att = services.attendance.add(meeting_id, "Lê Thị Mai", role="chair")
    item = services.agenda.add(meeting_id, "Mục 1")
    entry = services.entries.add(meeting_id, "opinion", "Ý kiến", speaker_id=att.id)
    task = services.actions.add(meeting_id, "Việc cần làm", lead="Phòng A")
    for removed, restore in (
        (services.entries.delete(entry.id), services.entries.restore),
        (services.actions.remove(task.id), services.actions.restore),
        (services.agenda.remove(item.id), services.agenda.restore),
        (services.attendance.remove(att.id), services.attendance.restore),
    ):
        back = restore(removed)  # type: ignore[operator]
        assert (back.id, back.uid) == (removed.id, removed.uid)
