"""Helper programs (LibreOffice, pdftoppm, lrelease): where they are, run without a console."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

WINDOWS = sys.platform == "win32"
MACOS = sys.platform == "darwin"
# subprocess.CREATE_NO_WINDOW exists on Windows only; its value is fixed by the Win32 API.
CREATE_NO_WINDOW = 0x08000000
LIBREOFFICE_BUNDLE_ID = "org.libreoffice.script"


def no_console() -> dict[str, Any]:
    """Keyword arguments for subprocess: on Windows a helper started from the window would
    otherwise flash a console window in front of the secretary."""
    return {"creationflags": CREATE_NO_WINDOW} if WINDOWS else {}


def _windows_registry_folders() -> list[Path]:
    """Where the LibreOffice installer recorded its program folder (per machine or per user,
    64- or 32-bit), and the App Paths entry Windows itself uses to start soffice.exe."""
    try:
        winreg: Any = importlib.import_module("winreg")
    except ImportError:
        return []
    keys = (
        (r"SOFTWARE\LibreOffice\UNO\InstallPath", False),
        (r"SOFTWARE\WOW6432Node\LibreOffice\UNO\InstallPath", False),
        (r"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\soffice.exe", True),
    )
    found: list[Path] = []
    for hive in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
        for key, names_the_program in keys:
            try:
                with winreg.OpenKey(hive, key) as opened:
                    value, _kind = winreg.QueryValueEx(opened, "")
            except OSError:
                continue
            if isinstance(value, str) and value:
                path = Path(value.strip('"'))
                found.append(path.parent if names_the_program else path)
    return found


def _macos_spotlight_apps() -> list[Path]:
    """LibreOffice.app wherever it was dragged to, as Launch Services knows it."""
    mdfind = shutil.which("mdfind")
    if mdfind is None:
        return []
    try:
        done = subprocess.run(
            [mdfind, f"kMDItemCFBundleIdentifier == '{LIBREOFFICE_BUNDLE_ID}'"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return [Path(line) for line in done.stdout.splitlines() if line.endswith(".app")]


def soffice_candidates() -> list[Path]:
    """LibreOffice's usual places on this system, most likely first (PATH aside)."""
    if WINDOWS:
        folders = _windows_registry_folders()
        for var in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)", "LOCALAPPDATA"):
            base = os.environ.get(var)
            if base:
                folders.append(Path(base) / "LibreOffice" / "program")
        folders.append(Path(r"C:\Program Files\LibreOffice\program"))
        return [folder / "soffice.exe" for folder in folders]
    if MACOS:
        apps = [Path("/Applications/LibreOffice.app"), Path.home() / "Applications/LibreOffice.app"]
        apps += _macos_spotlight_apps()
        return [app / "Contents" / "MacOS" / "soffice" for app in apps]
    # The tarball from libreoffice.org installs to /opt/libreofficeX.Y.
    opt = sorted(Path("/opt").glob("libreoffice*/program/soffice"), reverse=True)
    return [Path("/usr/lib/libreoffice/program/soffice"), *opt]


def find_soffice() -> str | None:
    """LibreOffice's soffice: on PATH, else where its installer put it; None if absent."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in soffice_candidates():
        if candidate.is_file():
            return str(candidate)
    return None
