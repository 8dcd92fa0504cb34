"""AttendanceService: the roster, presence statuses and the derived counts and quorum."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest

from core.domain.dto import AttendanceCounts
from core.errors import NotFoundError, ValidationError
from core.services import Services
from tests.helpers import finalize, refused

T0 = dt.datetime(2026, 11, 24, 14, 0)


def test_add_creates_directory_entries_and_keeps_order(services: Services, meeting_id: int) -> None:
    a = services.attendance.add(
        meeting_id, "Lê Văn Thắng", position="Tổ trưởng", unit="Ban Tuyên giáo", role="chair"
    )
    b = services.attendance.add(meeting_id, "Trần Thu Hà", role="secretary", status="present")
    assert (a.full_name, a.position, a.unit, a.role, a.status) == (
        "Lê Văn Thắng",
        "Tổ trưởng",
        "Ban Tuyên giáo",
        "chair",
        "unknown",
    )
    assert [x.id for x in services.attendance.list(meeting_id)] == [a.id, b.id]
    assert [x.order for x in services.attendance.list(meeting_id)] == [0, 1]
    assert {p.full_name for p in services.people.list()} == {"Lê Văn Thắng", "Trần Thu Hà"}


def test_add_reuses_a_person_of_the_directory(services: Services, meeting_id: int) -> None:
    p = services.people.create("Đặng Hữu Phúc", "Phó Giám đốc", "Sở Công Thương")
    a = services.attendance.add(meeting_id, person_id=p.id)
    assert a.person_id == p.id and a.unit == "Sở Công Thương"
    other = services.meetings.create("Họp khác").id
    nfd = unicodedata.normalize("NFD", "Đặng Hữu Phúc")
    b = services.attendance.add(other, nfd, unit="Sở Công Thương")
    assert b.person_id == p.id and b.full_name == "Đặng Hữu Phúc"
    assert len(services.people.list()) == 1


def test_add_refuses_bad_input(services: Services, meeting_id: int) -> None:
    at = services.attendance
    services.attendance.add(meeting_id, "Nguyễn Văn An")
    for kwargs in [
        {"full_name": None},
        {"full_name": ""},
        {"full_name": "   "},
        {"full_name": "Nguyễn Văn An"},  # already on the list
        {"full_name": "X", "role": "boss"},
        {"full_name": "X", "status": "asleep"},
        {"full_name": "X", "status": "absent_excused"},  # no reason
        {"full_name": "X", "status": "absent_excused", "reason": "  "},
        {"full_name": "X", "status": "late", "arrival": "2026-02-30T09:00"},
        {"full_name": "X", "status": "late", "arrival": "0000-01-01T09:00"},
        {"full_name": "X", "note": "bad \udc00"},
        {"full_name": "x" * 201},
    ]:
        refused(services, ValidationError, at.add, meeting_id, **kwargs)
    refused(services, NotFoundError, at.add, meeting_id, person_id=999)
    refused(services, NotFoundError, at.add, 999, "Người mới")
    assert [p.full_name for p in services.people.list()] == ["Nguyễn Văn An"]


def test_statuses(services: Services, meeting_id: int) -> None:
    at = services.attendance
    a = at.add(meeting_id, "A", status="absent_excused", reason="Đi công tác")
    assert (a.status, a.reason) == ("absent_excused", "Đi công tác")
    a = at.set_status(a.id, "late", at=T0)
    assert (a.status, a.arrival) == ("late", T0)
    a = at.set_status(a.id, "present")
    assert a.status == "present" and a.reason == ""
    a = at.set_status(a.id, "left_early")
    assert a.status == "left_early"
    late = at.set_status(at.add(meeting_id, "B").id, "late")
    assert late.arrival is not None
    assert abs(late.arrival - dt.datetime.now()) < dt.timedelta(minutes=1)
    refused(services, ValidationError, at.set_status, a.id, "gone")
    refused(services, ValidationError, at.set_status, a.id, "absent_excused")
    refused(services, NotFoundError, at.set_status, 999, "present")
    assert at.set_status(a.id, "absent").status == "absent"


def test_update_fields(services: Services, meeting_id: int) -> None:
    at = services.attendance
    a = at.add(meeting_id, "Phạm Minh Tuấn", position="Ủy viên", unit="Ban Tổ chức")
    b = at.update(a.id, role="guest", note="Đến từ tỉnh bạn", position="Phó Trưởng ban")
    assert (b.role, b.note, b.position) == ("guest", "Đến từ tỉnh bạn", "Phó Trưởng ban")
    assert b.person_id == a.person_id
    c = at.update(a.id, full_name="Phạm Minh Tuấn Anh")
    # On no other list: the person is renamed, not replaced.
    assert c.full_name == "Phạm Minh Tuấn Anh" and c.person_id == a.person_id
    at.add(meeting_id, "Lê Thị Mai")
    refused(services, ValidationError, at.update, a.id, full_name="Lê Thị Mai", unit="")
    refused(services, ValidationError, at.update, a.id, full_name="  ")
    refused(services, ValidationError, at.update, a.id, role="king")
    refused(services, ValidationError, at.update, a.id, status="maybe")
    refused(services, ValidationError, at.update, a.id, arrival="2026-13-01T00:00")
    refused(services, NotFoundError, at.update, 999, role="guest")
    assert at.update(a.id, reason="Ốm", status="absent_excused").reason == "Ốm"


def test_remove_and_move(services: Services, meeting_id: int) -> None:
    at = services.attendance
    ids = [at.add(meeting_id, f"Người {i}").id for i in range(4)]
    moved = at.move(ids[3], 0)
    assert [a.id for a in moved] == [ids[3], ids[0], ids[1], ids[2]]
    assert [a.order for a in moved] == [0, 1, 2, 3]
    assert [a.id for a in at.move(ids[3], 99)] == ids
    assert [a.id for a in at.move(ids[0], -5)] == ids
    gone = at.remove(ids[1])
    assert gone.full_name == "Người 1"
    assert [a.id for a in at.list(meeting_id)] == [ids[0], ids[2], ids[3]]
    refused(services, NotFoundError, at.remove, ids[1])
    refused(services, NotFoundError, at.move, ids[1], 0)
    refused(services, NotFoundError, at.list, 999)
    refused(services, NotFoundError, at.counts, 999)


def test_removing_a_speaker_keeps_their_name_on_the_entries(
    services: Services, meeting_id: int
) -> None:
    a = services.attendance.add(meeting_id, "Trịnh Đình Khoa", status="present")
    e = services.entries.add(meeting_id, "opinion", "Đồng ý với báo cáo", speaker_id=a.id)
    assert e.speaker_name == "Trịnh Đình Khoa"
    services.attendance.remove(a.id)
    after = services.entries.get(e.id)
    assert after.speaker_id is None
    assert after.speaker_name == "Trịnh Đình Khoa"
    assert services.search.search("trinh dinh khoa")


def _roster(services: Services, meeting_id: int, rows: list[tuple[str, str]]) -> None:
    for i, (role, status) in enumerate(rows):
        reason = "Bận" if status == "absent_excused" else ""
        services.attendance.add(meeting_id, f"P{i}", role=role, status=status, reason=reason)


def test_counts_are_derived(services: Services, meeting_id: int) -> None:
    _roster(
        services,
        meeting_id,
        [
            ("chair", "present"),
            ("secretary", "present"),
            ("member", "late"),
            ("member", "left_early"),
            ("member", "absent_excused"),
            ("member", "absent"),
            ("member", "unknown"),
            ("guest", "present"),
            ("press", "present"),
            ("guest", "absent"),
        ],
    )
    c = services.attendance.counts(meeting_id)
    assert c == AttendanceCounts(
        official_total=7,
        official_present=4,
        present_total=6,
        absent=3,
        quorum_rule="none",
        official_absent=2,  # the absent guest is not a member missing from the meeting
    )
    assert c.official_unknown == 1
    assert c.quorum_needed is None and c.has_quorum is None
    assert services.meetings.record(meeting_id).counts == c


@pytest.mark.parametrize(
    ("rule", "official", "present", "needed", "ok"),
    [
        ("majority", 7, 4, 4, True),
        ("majority", 7, 3, 4, False),
        ("majority", 8, 4, 5, False),
        ("majority", 8, 5, 5, True),
        ("two_thirds", 9, 6, 6, True),
        ("two_thirds", 9, 5, 6, False),
        ("two_thirds", 10, 6, 7, False),
        ("two_thirds", 10, 7, 7, True),
        ("majority", 0, 0, 1, False),
    ],
)
def test_quorum(
    services: Services, rule: str, official: int, present: int, needed: int, ok: bool
) -> None:
    mid = services.meetings.create("Họp", quorum_rule=rule).id
    rows = [("member", "present")] * present + [("member", "absent")] * (official - present)
    _roster(services, mid, rows + [("guest", "present")] * 3)
    c = services.attendance.counts(mid)
    assert (c.official_total, c.official_present) == (official, present)
    assert c.quorum_needed == needed
    assert c.has_quorum is ok


def test_finalized_roster_is_read_only(services: Services, meeting_id: int) -> None:
    a = services.attendance.add(meeting_id, "Nguyễn An")
    finalize(services, meeting_id)
    at = services.attendance
    calls: list[tuple[Any, tuple[Any, ...], dict[str, Any]]] = [
        (at.add, (meeting_id, "Người mới"), {}),
        (at.update, (a.id,), {"role": "guest"}),
        (at.set_status, (a.id, "present"), {}),
        (at.remove, (a.id,), {}),
        (at.move, (a.id, 0), {}),
    ]
    for call, args, kwargs in calls:
        refused(services, ValidationError, call, *args, **kwargs)
    assert [x.full_name for x in at.list(meeting_id)] == ["Nguyễn An"]


def test_control_characters_and_nfc_in_notes(services: Services, meeting_id: int) -> None:
    nfd = unicodedata.normalize("NFD", "ghi chú\x0b\x01")
    a = services.attendance.add(meeting_id, "A", note=nfd)
    assert services.attendance.list(meeting_id)[0].note == "ghi chú\x0b\x01"
    assert a.note == "ghi chú\x0b\x01"


def test_a_corrected_name_renames_the_person_it_was_typed_for(
    services: Services, meeting_id: int
) -> None:
    at, people = services.attendance, services.people
    typo = at.add(meeting_id, "Nguyễn Văn Ann", unit="UBND xã")
    fixed = at.update(typo.id, full_name="Nguyễn Văn An")
    assert fixed.person_id == typo.person_id
    assert [p.full_name for p in people.list()] == ["Nguyễn Văn An"]  # no misspelled leftover
    assert [p.full_name for p in people.complete("van an")] == ["Nguyễn Văn An"]
    # Undone, the same way back.
    assert at.update(typo.id, full_name="Nguyễn Văn Ann").person_id == typo.person_id
    assert [p.full_name for p in people.list()] == ["Nguyễn Văn Ann"]


def test_a_corrected_name_already_in_the_directory_is_that_person(
    services: Services, meeting_id: int
) -> None:
    at, people = services.attendance, services.people
    known = people.create("Trần Thị Bình", "Kế toán", "UBND xã")
    typo = at.add(meeting_id, "Trần Thị Bìn", unit="UBND xã")
    fixed = at.update(typo.id, full_name="Trần Thị Bình")
    assert fixed.person_id == known.id and fixed.position == "Kế toán"
    assert [p.full_name for p in people.list()] == ["Trần Thị Bình"]


def test_a_name_on_other_lists_is_corrected_everywhere_only_when_asked(
    services: Services, meeting_id: int
) -> None:
    from core.errors import PersonSharedError

    at, people = services.attendance, services.people
    earlier = services.meetings.create("Họp tháng 10").id
    first = at.add(earlier, "Lê Hoàng Cưòng")
    here = at.add(meeting_id, person_id=first.person_id)
    with pytest.raises(PersonSharedError) as asked:
        at.update(here.id, full_name="Lê Hoàng Cường")
    assert asked.value.meetings == 1
    assert at.list(meeting_id)[0].full_name == "Lê Hoàng Cưòng"  # nothing changed meanwhile
    # Someone else attends here: the earlier list keeps its person.
    other = at.update(here.id, full_name="Lê Hoàng Cường", everywhere=False)
    assert other.person_id != first.person_id
    assert at.list(earlier)[0].full_name == "Lê Hoàng Cưòng"
    back = at.update(here.id, full_name="Lê Hoàng Cưòng", everywhere=False)
    assert back.person_id == first.person_id
    assert sorted(p.full_name for p in people.list()) == ["Lê Hoàng Cưòng"]
    # A typo of the same person: corrected on every list.
    fixed = at.update(here.id, full_name="Lê Hoàng Cường", everywhere=True)
    assert fixed.person_id == first.person_id
    assert at.list(earlier)[0].full_name == "Lê Hoàng Cường"
