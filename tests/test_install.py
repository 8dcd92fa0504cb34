"""`pip install .` (not editable) into a fresh virtual environment gives a working `bienban`
command, resources included, run from another folder."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_a_plain_install_works_from_another_folder(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / ("python.exe" if sys.platform == "win32" else "python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = os.pathsep.join([str(bindir), *env.get("PATH", "").split(os.pathsep)[1:]])
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(ROOT)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    work = tmp_path / "elsewhere"
    work.mkdir()
    bienban = str(bindir / ("bienban.exe" if sys.platform == "win32" else "bienban"))

    def run(*args: str) -> str:
        done = subprocess.run(
            [bienban, "--db", "minutes.sqlite3", *args],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    meeting = run("sample").strip()
    for profile in ("nd30", "party", "en"):
        run("export", meeting, "--profile", profile, "--out", f"{profile}.docx")
        assert zipfile.is_zipfile(work / f"{profile}.docx")
    where = subprocess.run(
        [str(python), "-c", "import resources; print(resources.ROOT)"],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(env_dir) and not Path(where).is_relative_to(ROOT)
