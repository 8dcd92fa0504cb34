"""Permission bits in assertions: 0600 on POSIX; Windows protects files with ACLs instead."""

from __future__ import annotations

import stat
import sys
from pathlib import Path


def owner_only(path: Path) -> bool:
    """True when *path* is readable by its owner only (always on Windows: no such bits)."""
    return sys.platform == "win32" or stat.S_IMODE(path.stat().st_mode) == 0o600
