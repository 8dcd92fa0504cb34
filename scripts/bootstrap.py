"""Set up BienBan for development (a .venv with the project, built translations) and run it.

The same steps on every system, with nothing but Python 3.11+:

    python3 scripts/bootstrap.py setup [--extras test,bundle]   # create/refresh .venv only
    python3 scripts/bootstrap.py run [ARGS]     # the program (ARGS as for main.py; `bench`)
    python3 scripts/bootstrap.py test [ARGS]    # ruff, mypy, pytest ARGS (test extras)

On Windows: `py scripts\\bootstrap.py run`. ./run.sh and ./test.sh call this script.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".install-stamp"
MINIMUM = (3, 11)


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest} {extras}"


def _installed_enough(extras: str) -> bool:
    """Installed from this pyproject.toml with at least these extras."""
    try:
        digest, _, had = STAMP.read_text(encoding="utf-8").strip().partition(" ")
    except OSError:
        return False
    wanted = {e for e in extras.split(",") if e}
    return digest == _stamp("").split()[0] and wanted <= {e for e in had.split(",") if e}


def ensure_venv(extras: str) -> Path:
    """Create .venv when missing and (re)install BienBan when pyproject.toml or the extras
    asked for changed since the last install; returns the venv's Python."""
    if sys.version_info < MINIMUM:
        sys.exit(f"BienBan needs Python {MINIMUM[0]}.{MINIMUM[1]} or newer (this is {sys.version})")
    python = venv_python()
    if not python.exists():
        say(f"Creating .venv with {sys.executable} ...")
        venv.EnvBuilder(with_pip=True).create(VENV)
    if not _installed_enough(extras):
        say("Installing BienBan into .venv ...")
        pip = [str(python), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, "--upgrade", "pip"], check=False)
        target = f".[{extras}]" if extras else "."
        subprocess.run([*pip, "-e", target], cwd=ROOT, check=True)
        STAMP.write_text(_stamp(extras) + "\n", encoding="utf-8")
    build_translations(python)
    return python


def build_translations(python: Path) -> None:
    """Compile each resources/i18n/*.ts newer than its .qm (gui/i18n_build.release)."""
    code = "from gui.i18n_build import release; release()"
    done = subprocess.run([str(python), "-c", code], cwd=ROOT, check=False)
    if done.returncode != 0:
        say("bootstrap: the translations could not be built; the window will build them")


def _run(cmd: list[str]) -> int:
    """Run *cmd* in the project folder; on POSIX it replaces this process (signals reach it)."""
    os.chdir(ROOT)
    if os.name != "nt":
        os.execv(cmd[0], cmd)
    return subprocess.run(cmd, check=False).returncode


def run(args: list[str]) -> int:
    python = str(ensure_venv(""))
    if args and args[0] == "bench":
        return _run([python, "-m", "bench", *args[1:]])
    return _run([python, str(ROOT / "main.py"), *args])


def test(args: list[str], extras: str) -> int:
    python = str(ensure_venv(extras))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    for check in (["-m", "ruff", "check", "."], ["-m", "mypy"]):
        if subprocess.run([python, *check], cwd=ROOT, check=False).returncode != 0:
            return 1
    return _run([python, "-m", "pytest", *args])


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in ("setup", "run", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = args[0], args[1:]
    if command == "run":
        return run(rest)  # everything after `run` is the program's
    extras = "" if command == "setup" else "test,bundle"
    if rest[:1] == ["--extras"] and len(rest) > 1:
        extras, rest = rest[1], rest[2:]
    if command == "setup":
        ensure_venv(extras)
        return 0
    return test(rest, extras)


if __name__ == "__main__":
    sys.exit(main())
