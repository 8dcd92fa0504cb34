"""Any name the file system allows opens exactly that file: "?", "%XX", "#", spaces, Vietnamese."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import URL, make_url

from core.cli import build_parser, run_command
from core.storage.database import Database, describe_url, sqlite_path
from core.storage.locations import plain_sqlite_file, resolve_url, sqlite_url
from core.storage.startup import open_database

ROOT = Path(__file__).resolve().parent.parent
NAMES = [
    "Họp 100% đủ?.sqlite3",
    "a?x.sqlite3",
    "a#b.sqlite3",
    "a%41b.sqlite3",
    "hai  dấu cách .sqlite3",
    "ngăn@kéo:1+2;x=y&z.sqlite3",
    "biên bản %2F%3F#?.sqlite3",
]


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


def _others(folder: Path, name: str) -> list[str]:
    """Files in *folder* that are not the database or its own companions."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith(name))


@pytest.mark.parametrize("name", NAMES)
def test_the_url_reads_back_the_same_file(name: str, tmp_path: Path) -> None:
    path = tmp_path / "thư mục ?#%" / name
    url = resolve_url(str(path))
    assert url == URL.create("sqlite", database=str(path)).render_as_string()
    assert make_url(url).database == str(path)
    assert sqlite_path(url) == path == plain_sqlite_file(url)
    assert resolve_url(path) == url == sqlite_url(path)
    assert describe_url(url) == str(path)


@pytest.mark.parametrize("name", NAMES)
def test_cli_opens_exactly_that_file(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    code, out = _run("--db", str(path), "sample")
    assert code == 0
    assert path.stat().st_size > 0
    assert _others(tmp_path, name) == []
    code, listing = _run("--db", str(path), "list")
    assert code == 0 and listing.startswith(out.strip() + "\t")


def test_two_names_differing_after_a_question_mark_are_two_files(tmp_path: Path) -> None:
    x, y = tmp_path / "a?x.sqlite3", tmp_path / "a?y.sqlite3"
    for path, title in ((x, "Họp X"), (y, "Họp Y")):
        opened = open_database(str(path), backup=False)
        opened.services.meetings.create(title)
        opened.close()
    assert not (tmp_path / "a").exists()
    for path, title in ((x, "Họp X"), (y, "Họp Y")):
        code, listing = _run("--db", str(path), "list")
        assert code == 0 and listing.rstrip().endswith("\t" + title)
        assert len(listing.splitlines()) == 1


def test_environment_variable_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "Họp 100% đủ?.sqlite3"
    monkeypatch.setenv("BIENBAN_DB", str(path))
    code, out = _run("sample")
    assert code == 0 and path.stat().st_size > 0
    assert _others(tmp_path, path.name) == []
    db = Database(resolve_url(None))
    assert db.path == path
    db.dispose()


def test_a_path_holding_a_scheme_is_still_a_path(tmp_path: Path) -> None:
    (tmp_path / "x:").mkdir()
    weird = str(tmp_path / "x:") + "//y.sqlite3"  # the folder "x:" holding y.sqlite3
    assert "://" in weird
    assert sqlite_path(resolve_url(weird)) == tmp_path / "x:" / "y.sqlite3"


def test_in_a_process_with_a_hostile_name(tmp_path: Path) -> None:
    path = tmp_path / "Họp 100% đủ?#.sqlite3"
    env = {k: v for k, v in os.environ.items() if k != "BIENBAN_DB"}
    done = subprocess.run(
        [sys.executable, "main.py", "--db", str(path), "sample"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert path.stat().st_size > 0 and _others(tmp_path, path.name) == []
