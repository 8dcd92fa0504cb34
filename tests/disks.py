"""Real small file systems for the tests of full disks (root and mount(8) on Linux only)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def mount_tmpfs(where: Path, size: str) -> bool:
    """Mount a tmpfs of *size* on *where*; False where that is impossible (not root)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return False
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True
    )
    return done.returncode == 0


def fill(folder: Path) -> Path:
    """Write zeros into *folder* until the disk refuses; returns the filler file."""
    filler = folder / "filler.bin"
    with filler.open("wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            pass
    return filler
