"""Build the standalone BienBan folder with PyInstaller, and a zip of it.

    python scripts/build_bundle.py [--dist DIR] [--no-zip]

Run it with the Python of a set-up checkout (`.venv/bin/python`, or on Windows
`.venv\\Scripts\\python.exe` after `py scripts\\bootstrap.py setup --extras bundle`): the
bundle is built for the system it runs on (Windows, macOS or Linux), from
scripts/bienban.spec. The translations are compiled first, here; the bundle never does it.
Output: DIR/BienBan/ (BienBan and bienban-cli inside) and DIR/BienBan-VERSION-SYSTEM.zip.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "scripts" / "bienban.spec"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def version() -> str:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def build(dist: Path, make_zip: bool = True) -> Path:
    """Build DIR/BienBan (and its zip); returns the folder."""
    sys.path.insert(0, str(ROOT))
    from gui.i18n_build import release

    release(force=True)
    try:
        import PyInstaller.__main__ as pyinstaller
    except ImportError:
        sys.exit("PyInstaller is missing: install the bundle extra (pip install -e '.[bundle]')")
    dist.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bienban-build-") as work:
        pyinstaller.run(
            [
                str(SPEC),
                "--noconfirm",
                "--clean",
                "--log-level=WARN",
                f"--distpath={dist}",
                f"--workpath={work}",
            ]
        )
    folder = dist / "BienBan"
    if make_zip:
        system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
        name = f"BienBan-{version()}-{system}-{platform.machine().lower()}"
        shutil.make_archive(str(dist / name), "zip", root_dir=dist, base_dir="BienBan")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="build_bundle.py", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--no-zip", action="store_true", help="the folder only")
    args = parser.parse_args(argv)
    started = time.monotonic()
    folder = build(args.dist.resolve(), make_zip=not args.no_zip)
    took = time.monotonic() - started
    print(f"{folder}: {folder_size(folder) / 2**20:.1f} MB, built in {took:.0f} s")
    for archive in sorted(args.dist.glob("BienBan-*.zip")):
        print(f"{archive}: {archive.stat().st_size / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
