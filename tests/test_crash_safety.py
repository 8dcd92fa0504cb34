"""SIGKILL at random moments loses no acknowledged edit and never damages the file."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench.crashkit import export_kill_trial, migration_kill_trial, run_trials

pytestmark = pytest.mark.posix("kills the writer with SIGKILL")


def test_twenty_kills_lose_no_acknowledged_edit(tmp_path: Path) -> None:
    totals = run_trials(tmp_path, 20, seed=7)
    assert totals["trials"] == 20
    assert totals["acknowledged"] > 20  # the kills landed while edits were being saved
    assert totals["missing"] == 0
    assert totals["integrity_failures"] == 0


def test_kill_during_migration_leaves_backup_intact_and_rerun_succeeds(tmp_path: Path) -> None:
    rnd = random.Random(3)
    for _ in range(3):
        result = migration_kill_trial(tmp_path, rnd)
        assert result == {"backups_ok": True, "rerun_ok": True, "integrity": "ok", "meetings": 300}


def test_kill_during_export_leaves_old_file_or_none(tmp_path: Path) -> None:
    rnd = random.Random(5)
    outcomes = [export_kill_trial(tmp_path, rnd) for _ in range(3)]
    assert "partial" not in outcomes
