"""Privacy: every file BienBan writes is owner-only; logs never hold meeting text."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from core.errors import ValidationError
from core.storage.lock import identity_lock_path
from core.storage.startup import open_database

ROOT = Path(__file__).resolve().parent.parent
SECRET = "Nội dung mật: phương án nhân sự khóa mới"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.posix("POSIX permission bits and umask")
def test_database_wal_backups_lock_and_exports_are_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "office" / "minutes.sqlite3"
    script = f"import sys, main\nsys.exit(main.main(['--db', {str(db)!r}, 'sample']))\n"
    # Through main.py, as a user runs it, with a permissive umask inherited from the shell.
    run = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=lambda: os.umask(0o022),
    )
    assert run.returncode == 0, run.stderr
    opened = open_database(str(db), lock=True)  # the start after a change takes a backup
    svc = opened.services
    mid = svc.meetings.list()[0].id
    svc.entries.add(mid, "note", SECRET)
    wal = Path(str(db) + "-wal")
    assert wal.exists() and _mode(wal) == 0o600
    from core.export.api import export_meeting

    out = export_meeting(svc, mid, tmp_path / "bien-ban.docx")
    assert opened.lock is not None
    locks = [Path(str(db) + ".lock"), identity_lock_path(db)]
    for held in locks:
        assert held is not None and _mode(held) == 0o600, held
    opened.close()
    assert not any(p is not None and p.exists() for p in locks)  # closing leaves no lock
    backups = list((tmp_path / "office" / "minutes.sqlite3.backups").glob("*.sqlite3"))
    assert backups
    for path in [db, *backups, Path(out)]:
        assert _mode(path) == 0o600, path


def test_an_empty_file_adopted_as_a_new_database_becomes_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "made-by-touch.sqlite3"
    db.touch(mode=0o644)
    db.chmod(0o644)  # whatever the umask: readable by everyone, as `touch` leaves it
    opened = open_database(str(db))
    opened.services.entries.add(opened.services.meetings.create("Họp").id, "note", SECRET)
    assert _mode(db) == 0o600
    assert _mode(Path(str(db) + "-wal")) == 0o600
    opened.close()
    # A database with data keeps the mode its owner chose (a group share, say).
    db.chmod(0o640)
    open_database(str(db)).close()
    assert _mode(db) == 0o640


def test_logs_hold_no_meeting_text_or_sql_parameters(
    services, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    mid = services.meetings.create(SECRET).id
    services.entries.add(mid, "opinion", SECRET)
    services.search.search("phuong an nhan su")
    with pytest.raises(ValidationError):
        services.entries.add(mid, "vote", SECRET, vote={"votes_for": -1})
    assert SECRET not in caplog.text
    assert "phương án" not in caplog.text
