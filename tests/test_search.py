"""Search: diacritic- and case-insensitive, literal queries, index kept current."""

from __future__ import annotations

import pytest

from core.services import Services


def ids(services: Services, query: str) -> set[int]:
    return {h.meeting_id for h in services.search.search(query)}


@pytest.fixture
def two(services: Services) -> tuple[int, int]:
    a = services.meetings.create("Hội nghị Ban Chấp hành Đảng bộ tỉnh", place="Hội trường A").id
    b = services.meetings.create("Họp giao ban Sở Tài chính").id
    services.entries.add(a, "conclusion", "Kết luận của đồng chí Bí thư")
    services.attendance.add(b, "Đặng Văn Hùng", unit="Phòng Kế hoạch")
    return a, b


@pytest.mark.parametrize(
    ("query", "which"),
    [
        ("ket luan", "a"),
        ("KẾT LUẬN", "a"),
        ("Kết Luận", "a"),
        ("dang bo", "a"),
        ("Đảng bộ", "a"),
        ("DANG BO", "a"),
        ("DANG", "ab"),
        ("đặng", "ab"),
        ("dang van hung", "b"),
        ("hung", "b"),
        ("hoi truong", "a"),
        ("tai chinh", "b"),
        ("ke", "ab"),  # prefix of kết / kế
        ("khong co", ""),
    ],
)
def test_folding_and_case(services: Services, two: tuple[int, int], query: str, which: str) -> None:
    a, b = two
    assert ids(services, query) == {x for x, name in ((a, "a"), (b, "b")) if name in which}


def test_hits_are_marked_in_the_snippet(services: Services, two: tuple[int, int]) -> None:
    hits = services.search.search("ket luan")
    assert len(hits) == 1
    h = hits[0]
    assert h.source == "entry" and h.meeting_title == "Hội nghị Ban Chấp hành Đảng bộ tỉnh"
    assert h.snippet == "[Kết] [luận] của đồng chí Bí thư"
    assert h.plain == "Kết luận của đồng chí Bí thư"
    assert [h.plain[x:y] for x, y in h.spans] == ["Kết", "luận"]
    assert isinstance(h.rank, float)
    att = services.search.search("dang van")
    assert any(x.source == "attendee" and "[Đặng] [Văn]" in x.snippet for x in att)


def test_every_source_is_searchable(services: Services, meeting_id: int) -> None:
    s = services
    s.meetings.update(meeting_id, other_info="phóng viên truyền hình", documents=["Tờ trình số 9"])
    s.attendance.add(meeting_id, "Vũ Thị Quỳnh", reason="", note="đại biểu khách mời")
    s.entries.add(
        meeting_id,
        "proposal",
        "Đề nghị đầu tư",
        proposal={"proposer": "Sở Xây dựng", "response": "Tiếp thu chỉnh sửa"},
    )
    s.entries.add(meeting_id, "vote", "", vote={"subject": "Thông qua nghị quyết"})
    s.entries.add(meeting_id, "report", "Báo cáo", indicators=[{"name": "Sản lượng lúa"}])
    s.actions.add(meeting_id, "Rà soát quy hoạch", lead="Ban Quản lý dự án")
    s.agenda.add(meeting_id, "Phương hướng nhiệm kỳ", presenter="Thường trực")
    for query, source in [
        ("phong vien", "meeting"),
        ("to trinh", "meeting"),
        ("quynh", "attendee"),
        ("khach moi", "attendee"),
        ("so xay dung", "entry"),
        ("tiep thu", "entry"),
        ("nghi quyet", "entry"),
        ("san luong lua", "entry"),
        ("ra soat", "action"),
        ("ban quan ly", "action"),
        ("phuong huong", None),
    ]:
        hits = s.search.search(query)
        assert hits, query
        assert {h.meeting_id for h in hits} == {meeting_id}
        if source:
            assert source in {h.source for h in hits}, query


@pytest.mark.parametrize(
    "query",
    [
        "'; DROP TABLE meeting; --",
        "1' OR '1'='1",
        "%",
        "_",
        "%%__",
        '"',
        '""',
        "'",
        "*",
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "NEAR(a b, 2)",
        "a AND",
        "(",
        ")",
        "^x",
        "-",
        "+",
        ":",
        "folded:x",
        "\\",
        "",
        "   ",
        "\x00",
        "\ud800",
        "a\udc00b",
    ],
)
def test_odd_queries_do_not_raise(services: Services, two: tuple[int, int], query: str) -> None:
    services.search.search(query)
    services.search.meeting_ids(query)
    assert services.meetings.count() == 2


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Tỷ lệ đạt 100% kế hoạch", "100%"),
        ("biến số file_name trong hệ thống", "file_name"),
        ('Dự án "Cầu Hàm Rồng"', '"cau ham rong"'),
        ("Ông O'Brien phát biểu", "O'Brien"),
        ("Quy tắc AND và OR trong văn bản", "AND"),
        ("Tiêu chí NEAR nhau", "NEAR("),
        ("DROP TABLE meeting là lệnh SQL", "DROP TABLE meeting;"),
    ],
)
def test_special_characters_match_literally(
    services: Services, meeting_id: int, stored: str, query: str
) -> None:
    other = services.meetings.create("Không liên quan").id
    services.entries.add(meeting_id, "note", stored)
    services.entries.add(other, "note", "nội dung khác hẳn")
    assert ids(services, query) == {meeting_id}


def test_all_words_must_match(services: Services, two: tuple[int, int]) -> None:
    a, _ = two
    assert ids(services, "ket luan bi thu") == {a}
    assert ids(services, "ket luan tai chinh") == set()


def test_index_follows_updates_and_deletes(services: Services, meeting_id: int) -> None:
    s = services
    e = s.entries.add(meeting_id, "opinion", "Ý kiến về thủy lợi")
    assert ids(s, "thuy loi") == {meeting_id}
    s.entries.update(e.id, text="Ý kiến về giao thông")
    assert ids(s, "thuy loi") == set() and ids(s, "giao thong") == {meeting_id}
    dto = s.entries.delete(e.id)
    assert ids(s, "giao thong") == set()
    s.entries.restore(dto)
    assert ids(s, "giao thong") == {meeting_id}

    s.meetings.update(meeting_id, title="Họp về nông nghiệp")
    assert ids(s, "nong nghiep") == {meeting_id} and ids(s, "giao ban") == set()

    a = s.attendance.add(meeting_id, "Lò Văn Páo")
    assert ids(s, "pao") == {meeting_id}
    s.attendance.update(a.id, note="dân tộc Thái")
    assert ids(s, "dan toc thai") == {meeting_id}
    s.attendance.remove(a.id)
    assert ids(s, "pao") == set()

    act = s.actions.add(meeting_id, "Kiểm tra đê điều")
    assert ids(s, "de dieu") == {meeting_id}
    s.actions.update(act.id, task="Kiểm tra kênh mương")
    assert ids(s, "de dieu") == set() and ids(s, "kenh muong") == {meeting_id}
    s.actions.remove(act.id)
    assert ids(s, "kenh muong") == set()

    g = s.agenda.add(meeting_id, "Chuyển đổi số")
    assert ids(s, "chuyen doi so") == {meeting_id}
    s.agenda.update(g.id, title="Cải cách hành chính")
    assert ids(s, "chuyen doi so") == set() and ids(s, "cai cach") == {meeting_id}
    s.agenda.remove(g.id)
    assert ids(s, "cai cach") == set()

    s.meetings.delete(meeting_id)
    assert ids(s, "nong nghiep") == set()


def test_renaming_a_person_updates_the_index(services: Services, meeting_id: int) -> None:
    a = services.attendance.add(meeting_id, "Hà Văn Cũ", status="present")
    services.entries.add(meeting_id, "opinion", "Phát biểu", speaker_id=a.id)
    services.people.update(a.person_id, full_name="Hà Văn Mới")
    assert ids(services, "ha van cu") == set()
    hits = services.search.search("ha van moi")
    assert {h.source for h in hits} == {"attendee", "entry"}
    services.attendance.update(a.id, full_name="Hà Thị Khác")
    assert ids(services, "ha van moi") == set()
    assert {h.source for h in services.search.search("ha thi khac")} == {"attendee", "entry"}


def test_copy_is_searchable(services: Services, sample_id: int) -> None:
    new = services.meetings.copy_from(sample_id, title="Buổi làm việc với Sở Y tế").id
    assert new in ids(services, "so y te")
    assert ids(services, "dang bo") >= {sample_id}


def test_sample_is_found(services: Services, sample_id: int) -> None:
    for query in ("ket luan", "dang bo", "cong thuong", "thanh hoa"):
        assert sample_id in ids(services, query), query
    assert services.search.meeting_ids("dang bo") == [sample_id]


def test_limit(services: Services) -> None:
    for i in range(5):
        services.meetings.create(f"Họp chuyên đề {i}")
    assert len(services.search.search("chuyen de", limit=3)) == 3
    assert len(services.search.meeting_ids("chuyen de")) == 5
