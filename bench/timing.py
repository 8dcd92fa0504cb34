"""Small timing helpers: run a probe process, medians, percentiles."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def run_probe(*args: str, home: Path) -> dict[str, Any]:
    """Start `python -m bench.probes ARGS`; wall time from spawn to its 'ready' line."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, "-m", "bench.probes", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    line = next((x for x in proc.stdout.splitlines() if x.startswith("{")), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"probe {args} failed: {proc.stderr[-2000:]}")
    data = json.loads(line)
    # "interactive": the window takes input; "ready": the probe's work is done.
    data["seconds"] = data.get("interactive", data["ready"]) - t0
    if "loaded" in data:
        data["loaded_seconds"] = data["loaded"] - t0
    return data


def median_of(n: int, fn: Callable[[], float]) -> float:
    return statistics.median(fn() for _ in range(n))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def timed(fn: Callable[[], Any]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0
