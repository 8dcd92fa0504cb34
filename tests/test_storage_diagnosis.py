"""Full disk, read-only drive, folder and file, a stale -shm: each named, with what to do;
list, show and export keep working. Real small filesystems, and an unprivileged user."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.cli import build_parser, run_command
from core.storage import diagnose as diag
from core.storage.faults import Fault
from tests.unprivileged import (
    NOBODY,
    bienban_as_nobody,
    fill,
    mount_tmpfs,
    nobody_folder,
    require_unprivileged,
    unmount,
)

DAMAGE_WORDS = ("file is damaged", "restore --newest", "newest sound backup")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    import contextlib

    with contextlib.redirect_stderr(err):
        code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue(), err.getvalue()


def _readers_work(run, db: Path, out_dir: Path) -> None:  # type: ignore[no-untyped-def]
    """list, show, search and export answer from a database that cannot be written."""
    code, listing, _ = run("--db", str(db), "list")
    assert code == 0 and listing.startswith("1\t"), listing
    code, shown, _ = run("--db", str(db), "show", "1")
    assert code == 0 and "Lê Văn Thắng" in shown
    code, found, _ = run("--db", str(db), "search", "ket luan")
    assert code == 0 and found.startswith("1\t")
    target = out_dir / "bien-ban.docx"
    code, printed, _ = run("--db", str(db), "export", "1", "--out", str(target))
    assert code == 0 and target.stat().st_size > 0, printed


def _no_damage_talk(message: str) -> None:
    assert not any(w in message for w in DAMAGE_WORDS), message
    assert message.count(" / ") >= 1


# -- as root, on real small filesystems --------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "disk"
    reason = mount_tmpfs(where, "3m")
    if reason:
        pytest.skip(reason)
    try:
        yield where
    finally:
        unmount(where)


def test_full_disk_is_named_and_reading_goes_on(small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "minutes.sqlite3"
    assert _run("--db", str(db), "sample")[0] == 0
    filler = fill(small_disk)
    code, _, err = _run("--db", str(db), "sample")
    assert code == 1
    assert "The disk is full" in err and "Ổ đĩa đã đầy" in err and "do not restore" in err
    _no_damage_talk(err)
    _readers_work(_run, db, tmp_path)
    # Every later command says the same, never "damaged" (the first one left a -shm stub).
    code, _, err = _run("--db", str(db), "sample")
    assert code == 1 and "is full" in err
    _no_damage_talk(err)
    filler.unlink()
    code, out, _ = _run("--db", str(db), "sample")
    assert code == 0 and out.strip() == "2"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_read_only_drive_is_named_and_reading_goes_on(small_disk: Path, tmp_path: Path) -> None:
    db = small_disk / "minutes.sqlite3"
    assert _run("--db", str(db), "sample")[0] == 0
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    code, _, err = _run("--db", str(db), "sample")
    assert code == 1 and "read-only" in err and "drive" in err
    _no_damage_talk(err)
    _readers_work(_run, db, tmp_path)


def test_diagnosis_of_a_full_disk_without_sqlite_saying_so(small_disk: Path) -> None:
    db = small_disk / "minutes.sqlite3"
    db.write_bytes(b"")
    assert diag.diagnose(db, Fault.IO_ERROR) is None  # room enough: nothing to explain
    fill(small_disk)
    found = diag.diagnose(db, Fault.IO_ERROR)
    assert found is not None and found.cause == diag.DISK_FULL
    assert found.fault is Fault.DISK_FULL


# -- as an unprivileged user --------------------------------------------------------------------


@pytest.fixture
def folder() -> Iterator[Path]:
    require_unprivileged()
    with nobody_folder() as where:
        (where / "home").mkdir()
        os.chown(where / "home", NOBODY, NOBODY)
        yield where


def _nobody(folder: Path):  # type: ignore[no-untyped-def]
    def run(*args: str) -> tuple[int, str, str]:
        done = bienban_as_nobody(*args, home=folder / "home")
        return done.returncode, done.stdout, done.stderr

    return run


def _database(folder: Path) -> Path:
    sub = folder / "office"
    sub.mkdir()
    os.chown(sub, NOBODY, NOBODY)
    db = sub / "minutes.sqlite3"
    code, out, err = _nobody(folder)("--db", str(db), "sample")
    assert code == 0, err
    return db


def test_read_only_folder(folder: Path) -> None:
    db = _database(folder)
    db.parent.chmod(0o555)
    run = _nobody(folder)
    code, _, err = run("--db", str(db), "sample")
    assert code == 1 and f"The folder {db.parent} does not let you write" in err
    assert "chmod u+w" in err
    _no_damage_talk(err)
    _readers_work(run, db, folder / "home")
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name, db.name + ".clean"]


def test_read_only_file(folder: Path) -> None:
    db = _database(folder)
    db.chmod(0o400)
    run = _nobody(folder)
    code, _, err = run("--db", str(db), "sample")
    assert code == 1 and f"The file {db} is read-only" in err
    _no_damage_talk(err)
    _readers_work(run, db, folder / "home")


def test_stale_read_only_shm_left_by_another_user(folder: Path) -> None:
    db = _database(folder)
    # Another user (root here) read it and left its -shm behind, read-only to the owner.
    conn = sqlite3.connect(db)
    conn.execute("SELECT count(*) FROM meeting").fetchone()
    shm = Path(f"{db}-shm")
    shutil.copy(shm, folder / "shm.copy")
    conn.close()
    shutil.copy(folder / "shm.copy", shm)
    shm.chmod(0o644)
    assert shm.stat().st_uid == 0
    run = _nobody(folder)
    code, _, err = run("--db", str(db), "sample")
    assert code == 1 and f"{db.name}-shm, left behind by user root, is read-only" in err
    assert "delete" in err
    _no_damage_talk(err)
    _readers_work(run, db, folder / "home")
    # The owner follows the advice: the next save goes through.
    shm.unlink()
    code, out, err = run("--db", str(db), "sample")
    assert code == 0 and out.strip() == "2", err
