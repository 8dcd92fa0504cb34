"""`main.py restore`: list backups, restore the newest sound one, refuse while in use."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.storage.lock import InstanceLock
from core.storage.startup import open_database

ROOT = Path(__file__).resolve().parent.parent


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def _db_with_backup(db: Path) -> None:
    opened = open_database(str(db))
    opened.services.add_sample()
    opened.close()
    open_database(str(db)).close()  # the start after a change takes a backup


def test_damaged_database_points_to_restore_and_restore_brings_it_back(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    _db_with_backup(db)
    listed = _cli("--db", str(db), "restore")
    assert listed.returncode == 0 and "start" in listed.stdout
    db.write_bytes(b"not a database at all" * 100)
    broken = _cli("--db", str(db), "list")
    assert broken.returncode == 1
    assert "restore --newest" in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1
    fixed = _cli("--db", str(db), "restore", "--newest")
    assert fixed.returncode == 0, fixed.stderr
    kept = [p for p in tmp_path.iterdir() if ".replaced-" in p.name]
    assert kept and kept[0].read_bytes() == b"not a database at all" * 100
    again = _cli("--db", str(db), "list")
    assert again.returncode == 0 and "Sở Công Thương" in again.stdout


def test_restore_refused_while_another_instance_holds_the_database(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    _db_with_backup(db)
    with InstanceLock(db):
        result = _cli("--db", str(db), "restore", "--newest")
    assert result.returncode == 1
    assert "another BienBan" in result.stderr


def test_restore_without_backups_says_so(tmp_path: Path) -> None:
    result = _cli("--db", str(tmp_path / "none.sqlite3"), "restore", "--newest")
    assert result.returncode == 1
    assert "No sound backup" in result.stderr
