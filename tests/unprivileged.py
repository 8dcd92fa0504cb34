"""Running BienBan as an unprivileged user (root ignores file permissions) and on small disks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534
SITE = sysconfig.get_paths()["purelib"]


def _as_nobody(argv: list[str]) -> list[str]:
    return ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *argv]


def _runs_as_nobody(python: str) -> bool:
    try:
        done = subprocess.run(
            _as_nobody([python, "-c", "import sqlalchemy, docx, PySide6"]),
            cwd=ROOT,
            env={"PYTHONPATH": SITE, "PATH": os.environ.get("PATH", "")},
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


@cache
def nobody_python() -> str | None:
    """An interpreter the user nobody may run, with this venv's packages on its path (the
    venv's own often lives under /root, which nobody cannot enter)."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for python in (sys.executable, f"/usr/bin/{version}", "/usr/bin/python3"):
        if Path(python).exists() and _runs_as_nobody(python):
            return python
    return None


@cache
def why_not_unprivileged() -> str | None:
    if os.geteuid() != 0:
        return "needs root to switch to an unprivileged user (setpriv)"
    if shutil.which("setpriv") is None:
        return "setpriv(1) is not installed"
    if nobody_python() is None:
        return f"no Python {sys.version_info.major}.{sys.version_info.minor} that nobody can run"
    return None


def require_unprivileged() -> None:
    reason = why_not_unprivileged()
    if reason:
        pytest.skip(reason)


def bienban_as_nobody(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """`main.py ARGS` run as the user nobody."""
    python = nobody_python()
    assert python is not None
    return subprocess.run(
        _as_nobody([python, "main.py", *args]),
        cwd=ROOT,
        env={
            "PYTHONPATH": SITE,
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(home),
            "LANG": "C.UTF-8",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


@contextmanager
def nobody_folder() -> Iterator[Path]:
    """A folder owned by nobody (pytest's tmp_path is root's own, closed to others)."""
    where = Path(tempfile.mkdtemp(prefix="bienban-nobody-", dir="/tmp"))
    try:
        os.chown(where, NOBODY, NOBODY)
        where.chmod(0o755)
        yield where
    finally:
        for p in [where, *where.rglob("*")]:
            if p.is_dir():
                p.chmod(0o755)
        shutil.rmtree(where, ignore_errors=True)


def mount_tmpfs(where: Path, size: str) -> str | None:
    """Mount a small tmpfs at *where*; the reason when that cannot be done."""
    if os.geteuid() != 0:
        return "needs root and mount(8) to make a real small filesystem"
    where.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True
    )
    return None if done.returncode == 0 else f"mount failed: {done.stderr.decode().strip()}"


def unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> Path:
    """Fill the file system holding *folder* to the last block."""
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
