"""PostgreSQL: migrations, search parity with SQLite, two users, lost connections, passwords."""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bench.slowlink import SlowLink
from core.errors import ConflictError, ConnectionLostError, PasswordRequiredError, StorageError
from core.search.query import like_patterns
from core.search.tokens import index_form, words
from core.services import Services
from core.storage.database import Database, describe_url, with_password
from core.storage.migrate import HEAD, REVISIONS, current_revision, migrate, upgrade_to
from core.storage.postgres import TRGM_INDEX, has_trigram_index
from tests import pg

pgonly = pytest.mark.usefixtures("require_pg")


@pytest.fixture
def require_pg() -> None:
    pg.require()


@pytest.fixture
def pg_url() -> Iterator[str]:
    yield from pg.fresh_url()


def open_services(url: str) -> Services:
    db = Database(url)
    migrate(db)
    return Services.build(db)


# -- schema ------------------------------------------------------------------------------------
@pgonly
def test_migrations_step_by_step_on_postgresql() -> None:
    name = pg.create_database(empty=True)
    db = Database(pg.url_of(name))
    try:
        assert current_revision(db) is None
        for rev in REVISIONS:
            upgrade_to(db, rev)
            assert current_revision(db) == rev
        migrate(db)  # already at head: only the start-up step
        assert current_revision(db) == HEAD
        assert has_trigram_index(db)
        with db.read() as s:
            kind = s.execute(
                text(
                    "SELECT indexdef FROM pg_indexes WHERE indexname = :n",
                ),
                {"n": TRGM_INDEX},
            ).scalar_one()
        assert "gin" in kind and "gin_trgm_ops" in kind
    finally:
        db.dispose()
        pg.drop_database(name)


@pgonly
def test_search_uses_the_trigram_index(pg_url: str) -> None:
    s = open_services(pg_url)
    with s.db.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        plan = "\n".join(
            r[0]
            for r in session.execute(
                text("EXPLAIN SELECT id FROM search_doc WHERE folded LIKE '% ket luan%'")
            )
        )
    s.db.dispose()
    assert TRGM_INDEX in plan


def test_text_pasted_with_nul_comes_back_unchanged(services: Services, meeting_id: int) -> None:
    odd = "Ghi âm\x00 đầy đủ \ue000 và \ue0000 hết"
    e = services.entries.add(meeting_id, "note", odd)
    assert services.entries.get(e.id).text == odd
    m = services.meetings.update(meeting_id, other_info=odd)
    assert services.meetings.get(meeting_id).other_info == odd == m.other_info
    assert meeting_id in services.search.meeting_ids("ghi am day du")


# -- search: the same hits on both databases -----------------------------------------------------
CORPUS = [
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Kết luận của đồng chí Bí thư về “Cầu Hàm Rồng”"),
    ("Họp giao ban Sở Tài chính", "Tỷ lệ giải ngân đạt 100% kế hoạch; biến file_name đổi tên"),
    ("Làm việc với Phòng Kế hoạch", "Ông O'Brien – chuyên gia – phát biểu: những khó khăn"),
    ("Buổi làm việc về chuyển đổi số", "Trung tâm dữ liệu; hưng thịnh; kênh mương, đê điều"),
    ("Họp chuyên đề NEAR AND OR", "Quy tắc AND và OR; Tiêu chí NEAR(nhau); ĐĂNG KÝ đất đai"),
    ("Hội ý Thường trực", "Đặng Văn Hùng đề nghị bổ sung kinh phí ngành y tế…"),
]
QUERIES = [
    "ket luan",
    "KẾT LUẬN",
    "dang",
    "đặng",
    "dang bo",
    "ke",
    "hung",
    "ung",
    "trung tam du",
    "100%",
    "100",
    "file_name",
    "file",
    "name",
    '"cau ham rong"',
    "cau ham",
    "ham rong cau",
    "O'Brien",
    "brien",
    "AND",
    "NEAR(",
    "near nhau",
    "chuyen gia phat",
    "de dieu",
    "d",
    "k",
    "_",
    "ket _",
    "%",
    "y te",
    "kinh phi nganh y t",
    "thuong truc",
    "khong co gi",
    "so",
]


def _fill(services: Services, sample: bool = True) -> None:
    if sample:
        services.add_sample()
    for title, text_ in CORPUS:
        m = services.meetings.create(title, place="Hội trường tầng 2")
        a = services.attendance.add(m.id, "Đặng Văn Hùng", unit="Phòng Kế hoạch – Tài chính")
        services.entries.add(m.id, "opinion", text_, speaker_id=a.id)
        services.actions.add(m.id, f"Rà soát: {title}", lead="Văn phòng")
        services.meetings.update(m.id, other_info=f"Ghi chú cho {title}")


def _hits(services: Services, query: str) -> list[tuple[Any, ...]]:
    return [
        (h.meeting_id, h.meeting_title, h.source, h.snippet, h.plain, h.spans)
        for h in services.search.search(query, limit=200)
    ]


@pgonly
def test_search_gives_the_same_hits_on_sqlite_and_postgresql(tmp_path: Path, pg_url: str) -> None:
    lite = open_services(f"sqlite:///{tmp_path / 'same.sqlite3'}")
    post = open_services(pg_url)
    try:
        _fill(lite)
        _fill(post)
        found = 0
        for query in QUERIES:
            expected = _hits(lite, query)
            assert _hits(post, query) == expected, query
            found += bool(expected)
        assert found >= len(QUERIES) - 6  # the comparison is not between two empty lists
    finally:
        lite.db.dispose()
        post.db.dispose()


def test_words_split_as_fts5_does() -> None:
    assert words("ket luan: “cau ham rong” – file_name 100%") == [
        "ket",
        "luan",
        "cau",
        "ham",
        "rong",
        "file",
        "name",
        "100",
    ]
    assert index_form("  a,b  ") == " a b "
    assert like_patterns(["ket", "lu"]) == ["% ket %", "% lu%"]
    assert like_patterns(["ket", "_"]) == ["% ket %"]  # as FTS5 ignores an empty phrase
    assert like_patterns(["_"]) == []


# -- two secretaries on one database -------------------------------------------------------------
@pytest.fixture
def two(db_url: str) -> Iterator[tuple[Services, Services]]:
    """Two independent Services (two machines) on the same database."""
    a, b = open_services(db_url), open_services(db_url)
    yield a, b
    a.db.dispose()
    b.db.dispose()


def test_one_adds_entries_while_the_other_edits_attendance(two: tuple[Services, Services]) -> None:
    a, b = two
    m = a.meetings.create("Họp chung hai thư ký").id
    person = b.attendance.add(m, "Lê Thị Hoa", status="unknown")
    for i in range(5):
        a.entries.add(m, "opinion", f"Ý kiến số {i}")
        b.attendance.update(person.id, status="present" if i % 2 else "late", note=f"lần {i}")
    record = a.meetings.record(m)
    assert [e.text for e in record.entries] == [f"Ý kiến số {i}" for i in range(5)]
    assert [e.order for e in record.entries] == list(range(5))
    assert record.attendance[0].note == "lần 4"


def test_simultaneous_adds_from_two_machines_all_land_in_order(
    two: tuple[Services, Services],
) -> None:
    a, b = two
    m = a.meetings.create("Họp đông người ghi").id
    errors: list[BaseException] = []

    def write(s: Services, who: str) -> None:
        try:
            for i in range(15):
                s.entries.add(m, "note", f"{who} {i}")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(s, w)) for s, w in ((a, "A"), (b, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    entries = b.entries.list(m)
    assert len(entries) == 30
    assert sorted(e.order for e in entries) == list(range(30))  # no two at one position


def test_the_same_field_saved_twice_is_a_conflict(two: tuple[Services, Services]) -> None:
    a, b = two
    e = a.entries.add(a.meetings.create("Tiêu đề gốc").id, "opinion", "Văn bản gốc")
    m = a.meetings.get(e.meeting_id)  # adding the entry moved the meeting's version on
    seen_by_b = b.meetings.get(m.id)
    a.meetings.update(m.id, expected_version=m.version, title="Tiêu đề của A")
    with pytest.raises(ConflictError):
        b.meetings.update(m.id, expected_version=seen_by_b.version, title="Tiêu đề của B")
    assert b.meetings.get(m.id).title == "Tiêu đề của A"
    a.entries.update(e.id, e.version, text="Bản của A")
    with pytest.raises(ConflictError):
        b.entries.update(e.id, e.version, text="Bản của B")
    assert a.entries.get(e.id).text == "Bản của A"


# -- lost connections ----------------------------------------------------------------------------
def _restart() -> None:
    script = os.environ.get(pg.ENV_RESTART)
    if not script:
        pytest.skip("the PostgreSQL server is not ours to restart (no BIENBAN_TEST_PG_RESTART)")
    subprocess.run([script], check=True, timeout=90)


@pgonly
def test_server_restart_mid_meeting(pg_url: str) -> None:
    s = open_services(pg_url)
    try:
        m = s.meetings.create("Họp khi máy chủ khởi động lại").id
        s.entries.add(m, "opinion", "Trước khi khởi động lại")
        # A transaction open when the server goes: refused as a lost connection, not stored.
        with pytest.raises(ConnectionLostError), s.db.write() as session:
            session.execute(text("SELECT 1"))
            _restart()
            session.execute(text("SELECT 1"))
        # The pool's dead connections are replaced (pre-ping): the next save just works.
        s.entries.add(m, "opinion", "Sau khi khởi động lại")
        assert [e.text for e in s.entries.list(m)] == [
            "Trước khi khởi động lại",
            "Sau khi khởi động lại",
        ]
    finally:
        s.db.dispose()


def test_an_unreachable_server_is_reported_quickly() -> None:
    db = Database("postgresql+psycopg://bienban:secret-pw@127.0.0.1:1/none")
    started = time.monotonic()
    with pytest.raises(ConnectionLostError) as info:
        migrate(db)
    assert time.monotonic() - started < 15
    assert "secret-pw" not in str(info.value) and "127.0.0.1:1" in str(info.value)
    db.dispose()


@pgonly
def test_a_commit_cut_off_after_reaching_the_server_stores_one_row(pg_url: str) -> None:
    """The link drops after the COMMIT of a new entry reached the server; the secretary
    types on; the next save with the same client id updates that row: never two rows."""
    url = make_url(pg_url)
    link = SlowLink((str(url.host), int(url.port or 5432)), delay_ms=0)
    s = open_services(url.set(host="127.0.0.1", port=link.port).render_as_string(False))
    try:
        m = s.meetings.create("Họp mất kết nối lúc ghi").id
        uid = "3f2a9c1e-1111-4222-8333-444455556666"
        link.cut_next_reply(containing=b"COMMIT")
        with pytest.raises(ConnectionLostError) as info:
            s.entries.add(m, "opinion", "Đồng ý với dự thảo", uid=uid, speaker_text="Ông Ba")
        assert info.value.during_commit
        stored = open_services(pg_url).entries.list(m)
        assert [e.uid for e in stored] == [uid]  # it did reach the server
        longer = "Đồng ý với dự thảo, đề nghị bổ sung số liệu năm 2026"
        again = s.entries.add(m, "opinion", longer, uid=uid, speaker_text="Ông Ba")
        assert [(e.id, e.text) for e in s.entries.list(m)] == [(again.id, longer)]
        assert again.id == stored[0].id
        assert [h.meeting_id for h in s.search.search("so lieu nam 2026")] == [m]
    finally:
        s.db.dispose()
        link.close()


# -- passwords -----------------------------------------------------------------------------------
def test_describe_url_never_shows_a_password() -> None:
    for url in (
        "postgresql+psycopg://hoa:s3cr3t@db.office.vn:5432/bienban",
        "postgresql+psycopg://hoa@db.office.vn/bienban?password=s3cr3t",
        "postgresql+psycopg://hoa@db.office.vn/bienban?sslpassword=s3cr3t&sslmode=require",
    ):
        shown = describe_url(url)
        assert "s3cr3t" not in shown and "db.office.vn" in shown and "hoa" in shown
    for bad in ("postgresql+psycopg://hoa:s3cr3t@host:x/db", "://hoa:s3cr3t@host/db"):
        assert "s3cr3t" not in describe_url(bad)
        with pytest.raises(StorageError) as info:
            Database(bad)
        assert "s3cr3t" not in str(info.value) and info.value.__cause__ is None


@pytest.fixture
def pw_role() -> Iterator[str]:
    """A role that must give a password (scram on loopback in scripts/postgres.sh)."""
    pg.require()
    pg.admin(
        "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bienban_pw') THEN"
        " CREATE ROLE bienban_pw LOGIN PASSWORD 'mat-khau-9'; END IF; END$$"
    )
    name = pg.create_database(empty=True)  # created by the role itself, as in an office
    pg.admin(f"ALTER DATABASE {name} OWNER TO bienban_pw")
    url = pg.url_of(name).replace("postgres@", "bienban_pw@", 1)
    probe = Database(url)
    try:
        migrate(probe)
        pytest.skip("this server lets bienban_pw in without a password")
    except PasswordRequiredError:
        pass
    finally:
        probe.dispose()
    yield url
    pg.drop_database(name)


def test_password_from_url_passfile_or_refused(
    pw_role: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrong = Database(with_password(pw_role, "sai-mat-khau"))
    with pytest.raises(PasswordRequiredError) as info:
        migrate(wrong)
    assert "sai-mat-khau" not in str(info.value) and "sai-mat-khau" not in wrong.display
    wrong.dispose()

    right = Database(with_password(pw_role, "mat-khau-9"))
    migrate(right)
    assert "mat-khau-9" not in right.display
    right.dispose()

    passfile = tmp_path / "pgpass"
    passfile.write_text("127.0.0.1:*:*:bienban_pw:mat-khau-9\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    from_file = Database(pw_role)
    migrate(from_file)
    assert Services.build(from_file).meetings.count() == 0
    from_file.dispose()


@pgonly
def test_a_writer_held_too_long_is_reported_as_locked(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("core.storage.database.BUSY_TIMEOUT_MS", 200)
    a, b = open_services(pg_url), open_services(pg_url)
    m = a.meetings.create("Họp có người giữ khóa").id
    try:
        with a.db.write() as s:
            s.execute(text("SELECT 1"))  # a's transaction holds the write turn
            with pytest.raises(StorageError, match="locked"):
                b.entries.add(m, "note", "Chờ lâu quá")
        assert b.entries.add(m, "note", "Đến lượt").text == "Đến lượt"
    finally:
        a.db.dispose()
        b.db.dispose()
