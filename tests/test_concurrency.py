"""Two processes writing through the services at once: every edit lands, none is refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.services import open_services

ROOT = Path(__file__).resolve().parent.parent

WRITER = """
import sys
from core.services import open_services
svc = open_services(sys.argv[1])
mid, tag = int(sys.argv[2]), sys.argv[3]
for i in range(1000):
    svc.entries.add(mid, "opinion", f"{tag} {i}")
    if i % 10 == 0:
        svc.meetings.update(mid, other_info=f"{tag} {i}")
print("ok")
"""


def test_two_processes_thousand_edits_each(tmp_path: Path) -> None:
    db = tmp_path / "shared.sqlite3"
    svc = open_services(str(db))
    mid = svc.meetings.create("Họp chung").id
    svc.db.dispose()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), str(mid), tag],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("A", "B")
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert out.strip() == "ok"
        assert "locked" not in err
    svc = open_services(str(db))
    entries = svc.entries.list(mid)
    assert len(entries) == 2000
    assert sorted(e.order for e in entries) == list(range(2000))
    texts = {e.text for e in entries}
    assert texts == {f"{t} {i}" for t in "AB" for i in range(1000)}
    svc.db.dispose()
