"""EntryService: the timeline with proposals, votes and indicators; insert, move, undo."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest

from core.domain.dto import VoteDTO
from core.errors import ConflictError, NotFoundError, ValidationError
from core.services import Services
from tests.helpers import finalize, refused

T0 = dt.datetime(2026, 11, 24, 14, 5)

INDICATORS = [
    {"name": "Tăng trưởng công nghiệp", "value": "15,2", "unit": "%", "period": "2016-2019"},
    {"name": "Kim ngạch xuất khẩu", "value": "3,1", "unit": "tỷ USD", "target": "vượt 5%"},
]


@pytest.fixture
def room(services: Services, meeting_id: int) -> dict[str, int]:
    """A meeting with 5 official members (4 present), 2 present guests and an agenda."""
    at = services.attendance
    ids = {
        "chair": at.add(meeting_id, "Lê Văn Thắng", role="chair", status="present").id,
        "sec": at.add(meeting_id, "Trần Thu Hà", role="secretary", status="present").id,
        "m1": at.add(meeting_id, "Trịnh Đình Khoa", status="present").id,
        "m2": at.add(meeting_id, "Phạm Minh Tuấn", status="late", arrival=T0).id,
        "m3": at.add(meeting_id, "Hoàng Văn Nam", status="absent_excused", reason="Ốm").id,
        "g1": at.add(meeting_id, "Đỗ Quang Vinh", role="guest", status="present", unit="SCT").id,
        "g2": at.add(meeting_id, "Bùi Thị Nhung", role="guest", status="present").id,
    }
    ids["agenda"] = services.agenda.add(meeting_id, "Thảo luận").id
    ids["meeting"] = meeting_id
    return ids


def texts(services: Services, meeting_id: int) -> list[str]:
    return [e.text for e in services.entries.list(meeting_id)]


def test_add_every_kind(services: Services, room: dict[str, int]) -> None:
    mid = room["meeting"]
    en = services.entries
    r = en.add(mid, "report", "Báo cáo của Sở", speaker_id=room["g1"], at=T0, indicators=INDICATORS)
    assert (r.kind, r.speaker_id, r.speaker_name, r.speaker_unit, r.at) == (
        "report",
        room["g1"],
        "Đỗ Quang Vinh",
        "SCT",
        T0,
    )
    assert [(i.name, i.value, i.unit, i.period, i.target, i.order) for i in r.indicators] == [
        ("Tăng trưởng công nghiệp", "15,2", "%", "2016-2019", "", 0),
        ("Kim ngạch xuất khẩu", "3,1", "tỷ USD", "", "vượt 5%", 1),
    ]
    o = en.add(
        mid, "opinion", "Đồng ý", speaker_text="Đại biểu tự do", agenda_item_id=room["agenda"]
    )
    assert (o.speaker_id, o.speaker_name, o.agenda_item_id) == (
        None,
        "Đại biểu tự do",
        room["agenda"],
    )
    p = en.add(mid, "proposal", "Đề nghị bổ sung", speaker_id=room["m1"])
    assert p.proposal is not None and p.proposal.status == "pending"
    p2 = en.add(
        mid,
        "proposal",
        "Đề nghị khác",
        proposal={"proposer": "Sở Công Thương", "status": "accepted", "response": "Tiếp thu"},
    )
    assert p2.proposal is not None
    assert (p2.proposal.proposer, p2.proposal.status, p2.proposal.response) == (
        "Sở Công Thương",
        "accepted",
        "Tiếp thu",
    )
    v = en.add(mid, "vote", "", vote={"subject": "Thông qua", "votes_for": 4})
    assert v.vote is not None and v.vote.votes_for == 4 and v.text == ""
    c = en.add(mid, "conclusion", "Kết luận của chủ trì", speaker_id=room["chair"])
    n = en.add(mid, "note", "Nghỉ giải lao")
    assert n.at is not None and abs(n.at - dt.datetime.now()) < dt.timedelta(minutes=1)
    listed = en.list(mid)
    assert [e.id for e in listed] == [r.id, o.id, p.id, p2.id, v.id, c.id, n.id]
    assert [e.order for e in listed] == list(range(7))
    assert en.get(c.id) == listed[5]


def test_vote_percentages_and_result(services: Services, room: dict[str, int]) -> None:
    mid = room["meeting"]
    v = services.entries.add(
        mid,
        "vote",
        "Biểu quyết",
        vote={"votes_for": 3, "votes_against": 1, "abstain": 0, "method": "ballot"},
    ).vote
    assert v is not None
    # Percentages refer to the official members present (4).
    assert v.base == 4 and v.total == 4 and v.cast == 4
    assert v.percent(v.votes_for) == 75.0 and v.percent(v.votes_against) == 25.0
    assert v.passed and v.method == "ballot"
    tie = services.entries.add(mid, "vote", "x", vote={"votes_for": 2, "votes_against": 2}).vote
    assert tie is not None and not tie.passed and tie.percent(2) == 50.0


@pytest.mark.parametrize(
    ("vote", "pct", "passed"),
    [
        (VoteDTO(votes_for=2, votes_against=1, base=0), 66.67, True),
        (VoteDTO(votes_for=1, votes_against=1, base=0), 50.0, False),
        (VoteDTO(votes_for=3, abstain=3, base=7), 42.86, False),
        (VoteDTO(votes_for=4, base=7), 57.14, True),
        (VoteDTO(), 0.0, False),
    ],
)
def test_vote_dto_arithmetic(vote: VoteDTO, pct: float, passed: bool) -> None:
    assert vote.percent(vote.votes_for) == pct
    assert vote.passed is passed


BAD_VOTES: list[dict[str, Any]] = [
    {"votes_for": -1},
    {"votes_against": -3},
    {"abstain": "-2"},
    {"not_voting": "nhiều"},
    {"votes_for": 2.5},
    {"votes_for": 3, "votes_against": 1, "abstain": 1},  # 5 > 4 official members present
    {"votes_for": 7},
    {"votes_for": 1, "method": "shouting"},
]


@pytest.mark.parametrize("vote", BAD_VOTES)
def test_bad_votes_are_refused(services: Services, room: dict[str, int], vote: Any) -> None:
    mid = room["meeting"]
    refused(services, ValidationError, services.entries.add, mid, "vote", "Biểu quyết", vote=vote)
    e = services.entries.add(mid, "vote", "Biểu quyết", vote={"votes_for": 1})
    refused(services, ValidationError, services.entries.update, e.id, vote=vote)
    assert services.entries.get(e.id).vote == e.vote


def test_votes_are_bounded_by_the_voters_percentages_refer_to(
    services: Services, room: dict[str, int]
) -> None:
    mid = room["meeting"]
    v = services.entries.add(
        mid, "vote", "x", vote={"votes_for": 2, "votes_against": 1, "not_voting": 1}
    ).vote
    assert v is not None and v.cast == 3 and v.base == 4
    # Guests are present but do not vote: 5 ballots from 4 official members is refused,
    # so no percentage can exceed 100.
    refused(
        services, ValidationError, services.entries.add, mid, "vote", "x", vote={"votes_for": 5}
    )


def test_vote_counts_without_a_roster(services: Services, meeting_id: int) -> None:
    """With no attendance taken there is nothing to check against, but sizes stay sane."""
    en = services.entries
    v = en.add(meeting_id, "vote", "x", vote={"votes_for": 120, "votes_against": 3}).vote
    assert v is not None and v.total == 123 and v.passed
    for huge in (2**70, 10**10):
        refused(services, ValidationError, en.add, meeting_id, "vote", "x", vote={"abstain": huge})


def test_without_official_members_everyone_present_votes(
    services: Services, meeting_id: int
) -> None:
    for i in range(3):
        services.attendance.add(meeting_id, f"Khách {i}", role="guest", status="present")
    v = services.entries.add(meeting_id, "vote", "x", vote={"votes_for": 3}).vote
    assert v is not None and v.base == 3 and v.percent(3) == 100.0 and v.passed
    refused(
        services,
        ValidationError,
        services.entries.add,
        meeting_id,
        "vote",
        "x",
        vote={"votes_for": 2, "abstain": 2},
    )


BAD_ADDS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    (("opinion", ""), {}),
    (("opinion", "   \n\t"), {}),
    (("vote", ""), {}),
    (("rumour", "x"), {}),
    (("", "x"), {}),
    (("opinion", "x"), {"at": "2026-02-30T10:00"}),
    (("opinion", "x"), {"at": "0000-01-01T10:00"}),
    (("opinion", "x"), {"at": "99999-01-01T10:00"}),
    (("opinion", "x"), {"at": dt.datetime(1, 1, 1)}),
    (("opinion", "bad \ud800 text"), {}),
    (("opinion", "x"), {"speaker_text": "\udfff"}),
    (("proposal", "x"), {"proposal": {"status": "maybe"}}),
    (("proposal", "x"), {"proposal": {"response": "\ud801"}}),
    (("report", "x"), {"indicators": [{"name": "", "value": "12"}]}),
    (("report", "x"), {"indicators": [{"name": "  ", "unit": "%"}]}),
]


@pytest.mark.parametrize(("args", "kwargs"), BAD_ADDS)
def test_add_refuses_bad_input(
    services: Services, room: dict[str, int], args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    services.entries.add(room["meeting"], "note", "Mở đầu")
    refused(services, ValidationError, services.entries.add, room["meeting"], *args, **kwargs)
    assert texts(services, room["meeting"]) == ["Mở đầu"]


def test_add_refuses_foreign_or_missing_references(
    services: Services, room: dict[str, int]
) -> None:
    mid = room["meeting"]
    other = services.meetings.create("Họp khác").id
    stranger = services.attendance.add(other, "Người ngoài").id
    foreign_item = services.agenda.add(other, "Mục khác").id
    en = services.entries
    refused(services, ValidationError, en.add, mid, "opinion", "x", speaker_id=stranger)
    refused(services, ValidationError, en.add, mid, "opinion", "x", agenda_item_id=foreign_item)
    refused(services, NotFoundError, en.add, mid, "opinion", "x", speaker_id=999)
    refused(services, NotFoundError, en.add, mid, "opinion", "x", agenda_item_id=999)
    refused(services, NotFoundError, en.add, 999, "opinion", "x")
    for call, args in [
        (en.get, (999,)),
        (en.update, (999,)),
        (en.delete, (999,)),
        (en.move, (999, 0)),
        (en.list, (999,)),
    ]:
        refused(services, NotFoundError, call, *args)


def test_insert_at_index(services: Services, meeting_id: int) -> None:
    en = services.entries
    for t in ("A", "B", "C"):
        en.add(meeting_id, "opinion", t)
    en.add(meeting_id, "opinion", "first", index=0)
    en.add(meeting_id, "opinion", "middle", index=2)
    en.add(meeting_id, "opinion", "last", index=99)
    en.add(meeting_id, "opinion", "neg", index=-4)
    assert texts(services, meeting_id) == ["neg", "first", "A", "middle", "B", "C", "last"]
    assert [e.order for e in en.list(meeting_id)] == list(range(7))


def test_move(services: Services, meeting_id: int) -> None:
    en = services.entries
    ids = [en.add(meeting_id, "opinion", t).id for t in "ABCD"]
    assert [e.text for e in en.move(ids[0], 2)] == list("BCAD")
    assert [e.text for e in en.move(ids[3], 0)] == list("DBCA")
    assert [e.text for e in en.move(ids[3], 100)] == list("BCAD")
    assert [e.order for e in en.list(meeting_id)] == [0, 1, 2, 3]


def test_delete_and_restore_keep_order_and_details(
    services: Services, room: dict[str, int]
) -> None:
    mid = room["meeting"]
    en = services.entries
    en.add(mid, "opinion", "A")
    rep = en.add(mid, "report", "Báo cáo", speaker_id=room["g1"], at=T0, indicators=INDICATORS)
    prop = en.add(
        mid,
        "proposal",
        "Đề nghị",
        speaker_text="Khách",
        agenda_item_id=room["agenda"],
        proposal={"proposer": "Sở", "status": "deferred", "response": "Xem xét sau"},
    )
    vote = en.add(
        mid, "vote", "", vote={"subject": "S", "votes_for": 3, "abstain": 1, "method": "electronic"}
    )
    en.add(mid, "conclusion", "Z")
    original = en.list(mid)
    for gone in (rep, prop, vote):
        dto = en.delete(gone.id)
        assert gone.id not in [e.id for e in en.list(mid)]
        assert [e.order for e in en.list(mid)] == list(range(len(original) - 1))
        back = en.restore(dto)
        assert back.order == gone.order
        fields = ("kind", "text", "at", "speaker_id", "speaker_name", "agenda_item_id", "order")
        assert [getattr(back, f) for f in fields] == [getattr(gone, f) for f in fields]
        assert back.proposal == gone.proposal and back.vote == gone.vote
        strip = [(i.name, i.value, i.unit, i.period, i.target, i.order) for i in back.indicators]
        assert strip == [
            (i.name, i.value, i.unit, i.period, i.target, i.order) for i in gone.indicators
        ]
    assert [e.text for e in en.list(mid)] == [e.text for e in original]
    assert [e.kind for e in en.list(mid)] == [e.kind for e in original]


def test_restore_after_the_speaker_left_the_list(services: Services, room: dict[str, int]) -> None:
    en = services.entries
    e = en.add(room["meeting"], "opinion", "Ý kiến", speaker_id=room["m1"])
    dto = en.delete(e.id)
    services.attendance.remove(room["m1"])
    back = en.restore(dto)
    assert back.speaker_id is None and back.speaker_name == "Trịnh Đình Khoa"


def test_update_fields(services: Services, room: dict[str, int]) -> None:
    en = services.entries
    e = en.add(room["meeting"], "opinion", "Cũ")
    nfd = unicodedata.normalize("NFD", "Nội dung mới\x0b")
    e2 = en.update(
        e.id,
        text=nfd,
        kind="proposal",
        at=T0,
        speaker_id=room["m2"],
        agenda_item_id=room["agenda"],
        proposal={"status": "rejected", "response": "Chưa phù hợp"},
        indicators=INDICATORS[:1],
    )
    assert e2.text == "Nội dung mới\x0b" and e2.kind == "proposal" and e2.at == T0
    assert e2.speaker_name == "Phạm Minh Tuấn" and e2.agenda_item_id == room["agenda"]
    assert e2.proposal is not None and e2.proposal.status == "rejected"
    assert len(e2.indicators) == 1
    assert e2.version > e.version
    assert en.get(e.id) == e2
    e3 = en.update(e.id, speaker_id=None, speaker_text="Khách mời", indicators=[], at=None)
    assert (e3.speaker_id, e3.speaker_name, e3.indicators, e3.at) == (None, "Khách mời", (), None)


@pytest.mark.parametrize(
    "fields",
    [
        {"text": ""},
        {"text": "   "},
        {"text": "\ud800"},
        {"kind": "gossip"},
        {"at": "2026-02-30T10:00"},
        {"colour": "red"},
        {"text": "ok", "colour": "red"},
        {"proposal": {"status": "nope"}},
        {"indicators": [{"value": "1"}]},
    ],
)
def test_update_refuses_bad_input(
    services: Services, room: dict[str, int], fields: dict[str, Any]
) -> None:
    e = services.entries.add(room["meeting"], "opinion", "Giữ nguyên", at=T0)
    refused(services, ValidationError, services.entries.update, e.id, **fields)
    assert services.entries.get(e.id) == e


def test_update_with_expected_version(services: Services, meeting_id: int) -> None:
    en = services.entries
    e = en.add(meeting_id, "opinion", "v1")
    e2 = en.update(e.id, expected_version=e.version, text="v2")
    refused(services, ConflictError, en.update, e.id, expected_version=e.version, text="v3")
    assert en.get(e.id).text == "v2"
    assert en.update(e.id, expected_version=e2.version, text="v3").text == "v3"


def test_finalized_timeline_is_read_only(services: Services, meeting_id: int) -> None:
    en = services.entries
    e = en.add(meeting_id, "opinion", "Ý kiến")
    dto = en.delete(en.add(meeting_id, "note", "Xóa").id)
    finalize(services, meeting_id)
    refused(services, ValidationError, en.add, meeting_id, "opinion", "Mới")
    refused(services, ValidationError, en.update, e.id, text="Sửa")
    refused(services, ValidationError, en.delete, e.id)
    refused(services, ValidationError, en.move, e.id, 0)
    refused(services, ValidationError, en.restore, dto)
    assert texts(services, meeting_id) == ["Ý kiến"]


def test_text_is_stored_nfc_with_control_characters_verbatim(
    services: Services, meeting_id: int
) -> None:
    raw = unicodedata.normalize("NFD", "Đảng bộ\x0btỉnh\x01 ") + "\x00end\r\n"
    e = services.entries.add(meeting_id, "opinion", raw)
    assert e.text == unicodedata.normalize("NFC", raw)
    assert services.entries.get(e.id).text == unicodedata.normalize("NFC", raw)
    assert "\x0b" in e.text and "\x01" in e.text and "\x00" in e.text


def test_large_text_is_kept_whole(services: Services, meeting_id: int) -> None:
    big = "Nội dung dài. " * 50_000
    e = services.entries.add(meeting_id, "report", big)
    assert services.entries.get(e.id).text == big


def test_restore_after_the_agenda_item_was_removed(
    services: Services, room: dict[str, int]
) -> None:
    en = services.entries
    e = en.add(room["meeting"], "opinion", "Theo mục 1", agenda_item_id=room["agenda"])
    dto = en.delete(e.id)
    services.agenda.remove(room["agenda"])
    back = en.restore(dto)
    assert back.agenda_item_id is None and back.text == "Theo mục 1"
