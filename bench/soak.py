"""Soak: 200 SIGKILLs during saves, plus kills during exports and migrations; prints counts.

Run with `python -m bench.soak [--kills 200] [--exports 30] [--migrations 10]`; exits 1 if
any acknowledged edit is missing, a database fails its integrity check, an export leaves a
partial file or a killed migration cannot be rerun.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from bench.crashkit import export_kill_trial, migration_kill_trial, run_trials


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kills", type=int, default=200)
    ap.add_argument("--exports", type=int, default=30)
    ap.add_argument("--migrations", type=int, default=10)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bienban-soak-") as tmp:
        folder = Path(tmp)
        saves = run_trials(folder, args.kills, seed=args.seed)
        exports = {"old": 0, "absent": 0, "partial": 0}
        for _ in range(args.exports):
            exports[export_kill_trial(folder, rnd)] += 1
        migrations = {"trials": 0, "backups_ok": 0, "rerun_ok": 0, "integrity_ok": 0}
        for _ in range(args.migrations):
            r = migration_kill_trial(folder, rnd)
            migrations["trials"] += 1
            migrations["backups_ok"] += bool(r["backups_ok"])
            migrations["rerun_ok"] += bool(r["rerun_ok"])
            migrations["integrity_ok"] += r["integrity"] == "ok" and r["meetings"] == 300
    report = {
        "saves": saves,
        "exports": exports,
        "migrations": migrations,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print(json.dumps(report, indent=2))
    ok = (
        saves["missing"] == 0
        and saves["integrity_failures"] == 0
        and exports["partial"] == 0
        and migrations["backups_ok"]
        == migrations["rerun_ok"]
        == migrations["integrity_ok"]
        == migrations["trials"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
