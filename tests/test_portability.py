"""The suite collects where POSIX is missing (Windows): simulated by taking POSIX-only names
away before any test module is imported, then collecting every test."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Names Windows' Python does not have, which a test module might touch at import time.
_WITHOUT_POSIX = textwrap.dedent(
    """
    import os, signal, sys
    # Libraries pick their own Windows modules there; their POSIX ones are loaded first here.
    if sys.platform != "win32":
        import platformdirs.unix, filelock  # noqa: F401
    for name in ("SIGKILL", "SIGSTOP", "SIGCONT", "SIGHUP", "SIGUSR1", "SIGUSR2", "SIGALRM",
                 "SIGQUIT", "SIGCHLD", "SIGPIPE"):
        if hasattr(signal, name):
            delattr(signal, name)
    for name in ("geteuid", "getuid", "getegid", "getgid", "fork", "setsid", "killpg",
                 "getpgid", "mkfifo", "getloadavg"):
        if hasattr(os, name):
            delattr(os, name)
    for module in ("fcntl", "resource", "termios", "grp"):
        sys.modules[module] = None  # import fails as it does on Windows
    import pytest
    sys.exit(pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider", "tests"]))
    """
)


def test_the_suite_collects_without_posix() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_POSIX],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    tail = (done.stdout + done.stderr)[-4000:]
    assert done.returncode == 0, tail
    assert "error" not in done.stdout.splitlines()[-1], tail
    assert " tests collected" in done.stdout, tail
