"""ActionService: tasks from conclusions, with lead, deadline and status, and the tracker."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from core.errors import NotFoundError, ValidationError
from core.services import Services
from tests.helpers import finalize, refused


def test_add_update_remove_list(services: Services, meeting_id: int) -> None:
    ac = services.actions
    concl = services.entries.add(meeting_id, "conclusion", "Giao Sở Công Thương")
    a = ac.add(
        meeting_id,
        "  Hoàn chỉnh báo cáo  ",
        lead="Sở Công Thương",
        coordinating="Cục Thống kê; Sở Tài chính",
        deadline="2026-12-10",
        note="Gấp",
        conclusion_entry_id=concl.id,
    )
    assert (a.task, a.lead, a.deadline, a.status, a.conclusion_entry_id, a.order) == (
        "Hoàn chỉnh báo cáo",
        "Sở Công Thương",
        dt.date(2026, 12, 10),
        "open",
        concl.id,
        0,
    )
    b = ac.add(meeting_id, "Gửi tổng hợp", deadline=dt.date(2027, 1, 15))
    assert [x.id for x in ac.list(meeting_id)] == [a.id, b.id]
    done = ac.update(a.id, status="done")
    assert done.status == "done" and done.closed_on == dt.date.today()
    reopened = ac.update(a.id, status="open")
    assert reopened.closed_on is None
    closed = ac.update(a.id, status="cancelled", closed_on="2026-12-01")
    assert closed.closed_on == dt.date(2026, 12, 1)
    assert ac.update(b.id, deadline=None).deadline is None
    assert ac.update(b.id, conclusion_entry_id=None).conclusion_entry_id is None
    assert ac.remove(b.id).task == "Gửi tổng hợp"
    assert [x.id for x in ac.list(meeting_id)] == [a.id]


BAD: list[dict[str, Any]] = [
    {"task": ""},
    {"task": "   "},
    {"task": None},
    {"deadline": "2026-02-30"},
    {"deadline": "0000-01-01"},
    {"deadline": "99999-12-31"},
    {"deadline": dt.date(1, 1, 1)},
    {"deadline": 20261210},
    {"closed_on": "hôm qua"},
    {"status": "started"},
    {"owner": "Sở"},
    {"lead": "bad \ud800"},
    {"conclusion_entry_id": "abc"},
]


@pytest.mark.parametrize("fields", BAD)
def test_refusals(services: Services, meeting_id: int, fields: dict[str, Any]) -> None:
    ac = services.actions
    a = ac.add(meeting_id, "Nhiệm vụ")
    add_fields = {"task": "Mới", **fields}
    refused(services, ValidationError, ac.add, meeting_id, **add_fields)
    refused(services, ValidationError, ac.update, a.id, **fields)
    assert ac.list(meeting_id) == [a]


def test_conclusion_must_exist_and_belong_to_the_meeting(
    services: Services, meeting_id: int
) -> None:
    other = services.meetings.create("Khác").id
    foreign = services.entries.add(other, "conclusion", "Kết luận khác").id
    ac = services.actions
    refused(services, ValidationError, ac.add, meeting_id, "x", conclusion_entry_id=foreign)
    refused(services, NotFoundError, ac.add, meeting_id, "x", conclusion_entry_id=999)
    refused(services, NotFoundError, ac.add, 999, "x")
    refused(services, NotFoundError, ac.update, 999, task="x")
    refused(services, NotFoundError, ac.remove, 999)
    refused(services, NotFoundError, ac.list, 999)


def test_finalized_actions_are_read_only(services: Services, meeting_id: int) -> None:
    a = services.actions.add(meeting_id, "Nhiệm vụ")
    finalize(services, meeting_id)
    refused(services, ValidationError, services.actions.add, meeting_id, "Mới")
    refused(services, ValidationError, services.actions.update, a.id, status="done")
    refused(services, ValidationError, services.actions.remove, a.id)


def test_tracker_across_meetings(services: Services) -> None:
    m1 = services.meetings.create("Họp 1").id
    m2 = services.meetings.create("Họp 2").id
    ac = services.actions
    late = ac.add(m1, "Trễ", lead="Sở Tài chính", deadline="2026-01-10")
    soon = ac.add(m2, "Sắp tới", lead="Sở Công Thương", deadline="2026-12-01")
    none = ac.add(m1, "Không hạn", lead="Văn phòng")
    done = ac.add(m2, "Xong", deadline="2026-06-01", status="done")
    assert [a.id for a in ac.all()] == [late.id, done.id, soon.id, none.id]
    assert [a.id for a in ac.all(status="open")] == [late.id, soon.id, none.id]
    assert [a.id for a in ac.all(lead="Sở")] == [late.id, soon.id]
    assert [a.id for a in ac.all(due_from=dt.date(2026, 5, 1))] == [done.id, soon.id]
    assert [a.id for a in ac.all(due_to=dt.date(2026, 5, 1))] == [late.id]
    assert [a.id for a in ac.all(meeting_id=m2)] == [done.id, soon.id]
    with pytest.raises(ValidationError):
        ac.all(status="late")
    today = dt.date(2026, 7, 1)
    assert late.is_overdue(today) and not soon.is_overdue(today)
    assert not none.is_overdue(today) and not services.actions.list(m2)[1].is_overdue(today)
