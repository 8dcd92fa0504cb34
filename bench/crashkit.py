"""Kill trials: a child process saves through the services and is SIGKILLed at random."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD_EDITS = """
import sys
from core.services import open_services
svc = open_services(sys.argv[1])
mid = int(sys.argv[2])
i = 0
while True:
    i += 1
    text = f"Ý kiến số {i}: đồng chí phát biểu về kết luận {'x' * (i % 50)}"
    if i % 3 == 0:
        svc.drafts.save(mid, text)
    else:
        entry = svc.entries.add(mid, "opinion", text)
        print(entry.id, i, flush=True)
"""


@dataclass
class TrialResult:
    acknowledged: int
    missing: int
    integrity: str


def _acked(lines: str) -> dict[int, int]:
    acked: dict[int, int] = {}
    for line in lines.splitlines():
        parts = line.split()
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            acked[int(parts[0])] = int(parts[1])
    return acked


def kill_trial(db: Path, meeting_id: int, rnd: random.Random) -> TrialResult:
    """Start the child, let it save for a random moment, SIGKILL it, then verify."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_EDITS, str(db), str(meeting_id)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    first = child.stdout.readline()  # wait until it saves, so the kill lands mid-work
    time.sleep(rnd.uniform(0.0, 0.25))
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate()
    acked = _acked(first + rest)
    conn = sqlite3.connect(db)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = dict(conn.execute("SELECT id, text FROM entry WHERE meeting_id = ?", (meeting_id,)))
    finally:
        conn.close()
    missing = sum(
        1
        for ident, i in acked.items()
        if ident not in rows or not rows[ident].startswith(f"Ý kiến số {i}:")
    )
    return TrialResult(len(acked), missing, integrity)


def prepare(db: Path) -> int:
    from core.services import open_services

    svc = open_services(str(db))
    mid = svc.meetings.create("Phiên thử tắt đột ngột").id
    svc.db.dispose()
    return mid


def run_trials(folder: Path, count: int, seed: int = 1) -> dict[str, int]:
    rnd = random.Random(seed)
    db = folder / "crash.sqlite3"
    mid = prepare(db)
    totals = {"trials": 0, "acknowledged": 0, "missing": 0, "integrity_failures": 0}
    for _ in range(count):
        r = kill_trial(db, mid, rnd)
        totals["trials"] += 1
        totals["acknowledged"] += r.acknowledged
        totals["missing"] += r.missing
        totals["integrity_failures"] += r.integrity != "ok"
    return totals


if __name__ == "__main__":  # pragma: no cover - use bench/soak.py
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run_trials(Path(tmp), int(sys.argv[1]) if len(sys.argv) > 1 else 5)))


CHILD_MIGRATE = """
import sys
from core.services import open_services
print("start", flush=True)
open_services(sys.argv[1])
print("done", flush=True)
"""


def first_schema_db(db: Path, meetings: int = 300) -> None:
    """A database at revision 0001 holding data, as an older BienBan left it."""
    from core.storage.database import Database
    from core.storage.locations import sqlite_url
    from core.storage.migrate import upgrade_to

    d = Database(sqlite_url(db))
    upgrade_to(d, "0001")
    d.dispose()
    conn = sqlite3.connect(db)
    with conn:
        for i in range(1, meetings + 1):
            conn.execute(
                "INSERT INTO meeting (id, kind, title, number, issuing_body, parent_body,"
                " doc_code, city, place, status, documents, other_info, profile, quorum_rule,"
                " created_at, updated_at, version, sort_date) VALUES (?, 'meeting', ?, '', '',"
                " '', '', '', '', 'draft', '[]', '', 'nd30', 'none', '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00', 1, '2026-01-01 00:00:00')",
                (i, f"Hội nghị số {i}"),
            )
            conn.executemany(
                "INSERT INTO entry (meeting_id, position, kind, speaker_text, text, version)"
                " VALUES (?, ?, 'opinion', '', ?, 1)",
                [(i, j, f"Kết luận số {j} của hội nghị {i}") for j in range(10)],
            )
    conn.close()


def migration_kill_trial(folder: Path, rnd: random.Random) -> dict[str, object]:
    """Kill a migration at a random moment; the backup and a rerun must both be sound."""
    from core.storage.backup import list_backups
    from core.storage.migrate import HEAD

    db = folder / f"migrate-{rnd.randrange(1 << 30)}.sqlite3"
    first_schema_db(db)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_MIGRATE, str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    child.stdout.readline()
    time.sleep(rnd.uniform(0.0, 0.6))
    child.send_signal(signal.SIGKILL)
    child.communicate()
    backups_ok = all(_integrity(b.path) == "ok" and _count(b.path) == 300 for b in list_backups(db))
    rerun = subprocess.run(
        [sys.executable, "-c", CHILD_MIGRATE, str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    conn = sqlite3.connect(db)
    try:
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()
    return {
        "backups_ok": backups_ok,
        "rerun_ok": rerun.returncode == 0 and version == HEAD,
        "integrity": _integrity(db),
        "meetings": _count(db),
    }


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM meeting").fetchone()[0])
    finally:
        conn.close()


CHILD_EXPORT = """
import sys
from core.services import open_services
from core.export.api import export_meeting
svc = open_services(sys.argv[1])
mid = svc.add_sample()
for i in range(400):
    svc.entries.add(mid, "opinion", f"Ý kiến dài số {i} " + "nội dung " * 60)
print("ready", flush=True)
while True:
    export_meeting(svc, mid, sys.argv[2])
    print("exported", flush=True)
"""


def export_kill_trial(folder: Path, rnd: random.Random) -> str:
    """Kill an export at a random moment: the target is the previous file or absent.

    Returns "old", "absent" or "partial" (a file that python-docx cannot open).
    """
    db = folder / f"export-{rnd.randrange(1 << 30)}.sqlite3"
    target = folder / "bien-ban.docx"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD_EXPORT, str(db), str(target)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    child.stdout.readline()  # "ready": the next line is written after each export
    time.sleep(rnd.uniform(0.0, 0.8))
    child.send_signal(signal.SIGKILL)
    child.communicate()
    if not target.exists():
        return "absent"
    from docx import Document

    try:
        Document(str(target))
    except Exception:  # noqa: BLE001 - any failure to open means a damaged file
        return "partial"
    return "old"
