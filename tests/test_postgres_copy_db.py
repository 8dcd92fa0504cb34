"""copy-db: a personal SQLite archive into an empty shared PostgreSQL database, and back."""

from __future__ import annotations

import argparse
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.cli import build_parser, run_command
from core.errors import StorageError
from core.services import Services
from core.storage.copy_db import copy_database
from core.storage.database import Database
from core.storage.migrate import migrate
from tests import pg


def _open(url: str) -> Services:
    db = Database(url)
    migrate(db)
    return Services.build(db)


def _archive(s: Services) -> None:
    sample = s.add_sample()
    s.meetings.copy_from(sample, title="Buổi làm việc lần hai với Sở Công Thương")
    odd = s.meetings.create("Họp có ký tự lạ", documents=["Tờ trình\x00 số 9"]).id
    s.entries.add(odd, "note", "Ghi âm\x00\x0b đầy đủ \ue000")
    s.drafts.save(odd, "Bản nháp chưa gửi")


def _everything(s: Services) -> list[object]:
    """Every meeting's whole record, plus people and drafts: what must survive a copy."""
    ids = sorted(m.id for m in s.meetings.list(limit=1000))
    return [
        [s.meetings.record(i) for i in ids],
        s.people.list(),
        [s.drafts.get(i) for i in ids],
        [s.search.meeting_ids(q) for q in ("ket luan", "cong thuong", "ghi am", "to trinh")],
    ]


@pytest.fixture
def empty_pg() -> Iterator[str]:
    yield from pg.fresh_url(empty=True)


def test_sqlite_to_postgresql_and_back(tmp_path: Path, empty_pg: str) -> None:
    personal = f"sqlite:///{tmp_path / 'personal.sqlite3'}"
    source = _open(personal)
    _archive(source)
    before = _everything(source)
    source.db.dispose()

    report = copy_database(personal, empty_pg)
    assert report.counts["meeting"] == 3 and report.counts["entry"] > 10
    assert report.meetings_indexed == 3
    shared = _open(empty_pg)
    assert _everything(shared) == before
    # Sequences were moved past the copied ids: new rows get new ids.
    new = shared.meetings.create("Cuộc họp mới trên máy chủ chung")
    assert new.id == 4
    shared.entries.add(new.id, "opinion", "Ý kiến đầu tiên")
    shared.db.dispose()

    back = tmp_path / "back.sqlite3"
    report = copy_database(empty_pg, str(back))
    assert report.counts["meeting"] == 4
    again = _open(f"sqlite:///{back}")
    assert _everything(again)[0][:3] == before[0]
    again.db.dispose()


def test_a_non_empty_target_is_refused_untouched(tmp_path: Path, db_url: str) -> None:
    target = _open(db_url)
    kept = target.meetings.create("Đã có sẵn").id
    target.db.dispose()
    personal = tmp_path / "p.sqlite3"
    src = _open(f"sqlite:///{personal}")
    _archive(src)
    src.db.dispose()
    with pytest.raises(StorageError, match="not empty"):
        copy_database(str(personal), db_url)
    after = _open(db_url)
    assert [m.id for m in after.meetings.list()] == [kept]
    after.db.dispose()


def test_same_source_and_target_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    with pytest.raises(StorageError, match="same database"):
        copy_database(str(path), f"sqlite:///{path.resolve()}")


def _cli(*argv: str) -> tuple[int, str]:
    args = build_parser().parse_args(list(argv))
    assert isinstance(args, argparse.Namespace)
    out = io.StringIO()
    return run_command(args, out), out.getvalue()


def test_cli_copy_db(tmp_path: Path, empty_pg: str, capsys: pytest.CaptureFixture[str]) -> None:
    personal = tmp_path / "cli.sqlite3"
    src = _open(f"sqlite:///{personal}")
    src.add_sample()
    src.db.dispose()
    code, out = _cli("copy-db", "--from", str(personal), "--to", empty_pg)
    assert code == 0 and "meeting\t1" in out and "Copied and checked" in out
    code, out = _cli("copy-db", "--from", str(personal), "--to", empty_pg)
    assert code == 1 and "not empty" in capsys.readouterr().err
    code, out = _cli("--db", empty_pg, "search", "ket luan")
    assert code == 0 and "Kết" in out
