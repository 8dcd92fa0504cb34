"""MeetingService: header fields, list, start/end, delete, copy_from, the full record."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest

from core.errors import ConflictError, NotFoundError, ValidationError
from core.services import Services
from tests.helpers import dump, finalize, refused

T0 = dt.datetime(2026, 11, 24, 14, 0)


def test_create_returns_a_frozen_dto_with_defaults(services: Services) -> None:
    m = services.meetings.create("  Họp giao ban  ")
    assert m.title == "Họp giao ban"
    assert m.kind == "meeting"
    assert m.status == "draft"
    assert m.version == 1
    assert m.documents == ()
    with pytest.raises(AttributeError):
        m.title = "x"  # type: ignore[misc]
    assert services.meetings.get(m.id) == m


def test_create_with_every_field(services: Services) -> None:
    m = services.meetings.create(
        "Hội nghị sơ kết",
        kind="conference",
        number="12",
        issuing_body="SỞ CÔNG THƯƠNG",
        parent_body="UBND TỈNH",
        doc_code="SCT",
        city="Thanh Hóa",
        place="Phòng họp số 1",
        planned_start="2026-11-24T14:00",
        planned_end=T0 + dt.timedelta(hours=3),
        documents=["Báo cáo 1", "  ", "Báo cáo 2 "],
        other_info="Có ghi âm\n",
        profile="party",
        quorum_rule="two_thirds",
    )
    assert m.planned_start == T0
    assert m.planned_end == T0 + dt.timedelta(hours=3)
    assert m.documents == ("Báo cáo 1", "Báo cáo 2")
    assert m.other_info == "Có ghi âm\n"
    assert m.quorum_rule == "two_thirds"
    assert m.start == T0 and m.end == T0 + dt.timedelta(hours=3)
    assert services.meetings.get(m.id) == m


def test_kind_may_be_free_text(services: Services) -> None:
    assert services.meetings.create("x", kind="Tọa đàm").kind == "Tọa đàm"


def test_documents_as_text_lines(services: Services, meeting_id: int) -> None:
    m = services.meetings.update(meeting_id, documents="Tờ trình\n\n Dự thảo \n")
    assert m.documents == ("Tờ trình", "Dự thảo")


@pytest.mark.parametrize("title", ["", "   ", "\n\t", None])
def test_create_refuses_empty_title(services: Services, title: Any) -> None:
    refused(services, ValidationError, services.meetings.create, title)
    assert services.meetings.count() == 0


BAD_FIELDS: list[dict[str, Any]] = [
    {"title": "  "},
    {"kind": ""},
    {"kind": " \t "},
    {"planned_start": "2026-02-30T09:00"},
    {"planned_start": "0000-01-01T09:00"},
    {"planned_start": "99999-01-01T09:00"},
    {"planned_start": dt.datetime(1, 1, 1)},
    {"planned_start": dt.datetime(9999, 12, 31)},
    {"actual_end": "not a date"},
    {"actual_start": ""},
    {"planned_start": 12345},
    {"planned_start": T0, "planned_end": T0 - dt.timedelta(minutes=1)},
    {"actual_start": T0, "actual_end": T0 - dt.timedelta(hours=1)},
    {"quorum_rule": "most"},
    {"colour": "red"},
    {"status": "finalized"},
    {"number": "1" * 41},
    {"notice_number": "1" * 41},
    {"notice_signer": "x" * 301},
    {"notice_signer": "bad \ud800"},
    {"notice_number": ["05"]},
    {"title": "x" * 1001},
    {"title": "ok", "place": "bad \ud800"},
    {"organisation_id": "abc"},
    {"documents": [1, 2]},
]


@pytest.mark.parametrize("fields", BAD_FIELDS)
def test_update_refuses_bad_input_and_changes_nothing(
    services: Services, meeting_id: int, fields: dict[str, Any]
) -> None:
    before = services.meetings.get(meeting_id)
    refused(services, ValidationError, services.meetings.update, meeting_id, **fields)
    assert services.meetings.get(meeting_id) == before


@pytest.mark.parametrize("fields", BAD_FIELDS[1:])
def test_create_refuses_bad_input(services: Services, fields: dict[str, Any]) -> None:
    fields = {"title": "Họp", **fields} if "title" not in fields else fields
    refused(services, ValidationError, services.meetings.create, **fields)
    assert services.meetings.count() == 0


def test_end_before_start_checked_against_stored_value(services: Services) -> None:
    m = services.meetings.create("x", planned_start=T0)
    refused(
        services,
        ValidationError,
        services.meetings.update,
        m.id,
        planned_end=T0 - dt.timedelta(days=1),
    )
    assert services.meetings.update(m.id, planned_end=T0).planned_end == T0


def test_update_changes_fields_and_bumps_version(services: Services, meeting_id: int) -> None:
    before = services.meetings.get(meeting_id)
    after = services.meetings.update(meeting_id, place="Hội trường", title="Họp mới")
    assert after.place == "Hội trường" and after.title == "Họp mới"
    assert after.version > before.version
    assert services.meetings.get(meeting_id) == after


def test_notice_number_and_signer_are_kept_with_the_meeting(
    services: Services, meeting_id: int
) -> None:
    m = services.meetings.update(meeting_id, notice_number=" 07 ", notice_signer=" Chủ tịch ")
    assert (m.notice_number, m.notice_signer) == ("07", "Chủ tịch")
    assert services.meetings.get(meeting_id) == m
    rec = services.meetings.record(meeting_id)
    assert (rec.meeting.notice_number, rec.meeting.notice_signer) == ("07", "Chủ tịch")
    cleared = services.meetings.update(meeting_id, notice_number="", notice_signer="")
    assert (cleared.notice_number, cleared.notice_signer) == ("", "")


def test_update_with_expected_version(services: Services, meeting_id: int) -> None:
    v = services.meetings.get(meeting_id).version
    m = services.meetings.update(meeting_id, expected_version=v, place="A")
    refused(
        services, ConflictError, services.meetings.update, meeting_id, expected_version=v, place="B"
    )
    assert services.meetings.get(meeting_id).place == "A"
    assert services.meetings.update(meeting_id, expected_version=m.version, place="C").place == "C"


def test_concurrent_writer_conflict_through_two_databases(services: Services, db_path: Any) -> None:
    from core.storage.database import Database

    m = services.meetings.create("x")
    other = Services.build(Database(f"sqlite:///{db_path}"))
    try:
        other.meetings.update(m.id, expected_version=m.version, place="other")
        with pytest.raises(ConflictError):
            services.meetings.update(m.id, expected_version=m.version, place="mine")
        assert services.meetings.get(m.id).place == "other"
    finally:
        other.db.dispose()


@pytest.mark.parametrize("missing", [0, 999, -1, 2**70, -(2**64)])
def test_missing_ids_raise_not_found(services: Services, missing: int) -> None:
    ms = services.meetings
    for call, args in [
        (ms.get, ()),
        (ms.update, ()),
        (ms.delete, ()),
        (ms.start, ()),
        (ms.end, ()),
        (ms.record, ()),
        (ms.copy_from, ()),
    ]:
        refused(services, NotFoundError, call, missing, *args)


def test_organisation_fills_the_header(services: Services) -> None:
    org = services.organisations.create("SỞ CÔNG THƯƠNG", "UBND TỈNH THANH HÓA", "SCT", "Thanh Hóa")
    m = services.meetings.create("x", organisation_id=org.id)
    assert (m.organisation_id, m.issuing_body, m.parent_body, m.doc_code, m.city) == (
        org.id,
        "SỞ CÔNG THƯƠNG",
        "UBND TỈNH THANH HÓA",
        "SCT",
        "Thanh Hóa",
    )
    # Header fields given with the organisation override it, cleaned like any other.
    nfd = unicodedata.normalize("NFD", "  Tổ biên tập  ")
    m2 = services.meetings.create("y", organisation_id=org.id, issuing_body=nfd)
    assert m2.issuing_body == "Tổ biên tập"
    assert services.meetings.get(m2.id) == m2
    assert services.meetings.update(m2.id, organisation_id=None).organisation_id is None
    refused(services, NotFoundError, services.meetings.create, "z", organisation_id=999)


def test_list_is_newest_first_and_paged(services: Services) -> None:
    ids = [
        services.meetings.create(f"Họp {i}", planned_start=T0 + dt.timedelta(days=i)).id
        for i in range(5)
    ]
    listed = services.meetings.list()
    assert [m.id for m in listed] == ids[::-1]
    assert listed[0].date == T0 + dt.timedelta(days=4)
    assert [m.id for m in services.meetings.list(limit=2, offset=1)] == ids[3:1:-1]
    assert [m.id for m in services.meetings.list(ids=[ids[0], ids[2]])] == [ids[2], ids[0]]
    assert services.meetings.count() == 5
    # Starting a meeting moves it by its actual date.
    services.meetings.start(ids[0], at=T0 + dt.timedelta(days=10))
    assert services.meetings.list()[0].id == ids[0]


def test_start_and_end(services: Services, meeting_id: int) -> None:
    m = services.meetings.start(meeting_id, at=T0)
    assert m.actual_start == T0
    m = services.meetings.end(meeting_id, at=T0 + dt.timedelta(hours=2))
    assert m.actual_end == T0 + dt.timedelta(hours=2)
    refused(services, ValidationError, services.meetings.end, meeting_id, T0 - dt.timedelta(1))
    now = services.meetings.start(services.meetings.create("y").id).actual_start
    assert now is not None and abs(now - dt.datetime.now()) < dt.timedelta(minutes=1)


def test_delete_removes_everything_of_the_meeting(services: Services, sample_id: int) -> None:
    keep = services.meetings.create("Giữ lại")
    services.drafts.save(sample_id, "chưa gửi")
    services.meetings.delete(sample_id)
    refused(services, NotFoundError, services.meetings.get, sample_id)
    assert [m.id for m in services.meetings.list()] == [keep.id]
    tables = dump(services)
    for table in ("attendance", "agenda_item", "entry", "indicator", "proposal", "vote"):
        assert tables[table] == [], table
    assert tables["action_item"] == [] and tables["draft"] == []
    assert all(row[1] == keep.id for row in tables["search_doc"])
    assert services.search.search("dang bo") == []
    # The directory keeps the people.
    assert services.people.list()


def test_finalized_meeting_is_read_only(services: Services, sample_id: int) -> None:
    finalize(services, sample_id)
    ms = services.meetings
    refused(services, ValidationError, ms.update, sample_id, title="x", match="finalized")
    refused(services, ValidationError, ms.start, sample_id)
    refused(services, ValidationError, ms.end, sample_id)
    rec = ms.record(sample_id)
    assert rec.meeting.status == "finalized"
    # Copying a finalized meeting is how the next one starts.
    assert ms.copy_from(sample_id).status == "draft"


def test_record_holds_everything_in_order(services: Services, sample_id: int) -> None:
    rec = services.meetings.record(sample_id)
    assert rec.meeting.kind == "working_session"
    assert 7 <= len(rec.attendance) <= 10
    assert rec.chair is not None and rec.secretary is not None
    assert len(rec.agenda) == 3
    assert [e.order for e in rec.entries] == list(range(len(rec.entries)))
    kinds = [e.kind for e in rec.entries]
    assert kinds.count("opinion") >= 5 and kinds.count("proposal") >= 3
    assert "vote" in kinds and kinds[-1] == "conclusion"
    report = next(e for e in rec.entries if e.kind == "report")
    assert len(report.indicators) == 4
    assert len(rec.actions) == 2
    assert services.meetings.open_actions_of(sample_id) == 2
    assert any(a.status == "absent_excused" and a.reason for a in rec.attendance)
    assert rec.counts.official_total >= rec.counts.official_present > 0


def test_copy_from_copies_header_roster_agenda_but_not_entries(
    services: Services, sample_id: int
) -> None:
    prev = services.meetings.record(sample_id)
    new = services.meetings.copy_from(sample_id, title="Buổi làm việc lần 2")
    rec = services.meetings.record(new.id)
    m, p = rec.meeting, prev.meeting
    assert m.id != p.id and m.title == "Buổi làm việc lần 2" and m.status == "draft"
    for key in ("kind", "issuing_body", "parent_body", "doc_code", "city", "place", "profile"):
        assert getattr(m, key) == getattr(p, key), key
    assert m.quorum_rule == p.quorum_rule
    assert m.number == "" and m.actual_start is None and m.actual_end is None
    assert [(a.person_id, a.role) for a in rec.attendance] == [
        (a.person_id, a.role) for a in prev.attendance
    ]
    assert {a.status for a in rec.attendance} == {"unknown"}
    assert all(a.reason == "" and a.arrival is None for a in rec.attendance)
    # The previous meeting's open action items come first, as "note" entries under a review
    # item (issue 5); the rest of the agenda follows as it was, and nothing else is copied.
    assert [(g.title, g.presenter) for g in rec.agenda] == [
        ("Kiểm điểm việc thực hiện kết luận kỳ trước", "")
    ] + [(g.title, g.presenter) for g in prev.agenda]
    open_tasks = [a.task for a in prev.actions if a.status == "open"]
    assert [e.kind for e in rec.entries] == ["note"] * len(open_tasks)
    assert {e.agenda_item_id for e in rec.entries} == {rec.agenda[0].id}
    assert all(t in e.text for t, e in zip(open_tasks, rec.entries, strict=True))
    assert rec.actions == ()
    # The previous meeting is untouched.
    assert services.meetings.record(sample_id) == prev
    # Without a title the previous one is reused.
    assert services.meetings.copy_from(sample_id).title == p.title


@pytest.mark.parametrize("title", ["", "   ", "\t"])
def test_copy_from_refuses_an_empty_title(services: Services, meeting_id: int, title: str) -> None:
    refused(services, ValidationError, services.meetings.copy_from, meeting_id, title=title)


def test_copy_from_normalises_the_title(services: Services, meeting_id: int) -> None:
    nfd = unicodedata.normalize("NFD", "Họp lần hai")
    m = services.meetings.copy_from(meeting_id, title=nfd)
    assert m.title == "Họp lần hai"
    assert services.meetings.get(m.id) == m


def test_open_actions_of(services: Services, meeting_id: int) -> None:
    assert services.meetings.open_actions_of(meeting_id) == 0
    a = services.actions.add(meeting_id, "Làm báo cáo")
    services.actions.add(meeting_id, "Gửi công văn")
    assert services.meetings.open_actions_of(meeting_id) == 2
    services.actions.update(a.id, status="done")
    assert services.meetings.open_actions_of(meeting_id) == 1


def test_nfd_header_is_stored_nfc(services: Services) -> None:
    nfd = unicodedata.normalize("NFD", "Phòng họp Đảng ủy")
    m = services.meetings.create(nfd, place=nfd, documents=[nfd])
    nfc = unicodedata.normalize("NFC", nfd)
    got = services.meetings.get(m.id)
    assert got.title == got.place == got.documents[0] == nfc
    assert m == got
