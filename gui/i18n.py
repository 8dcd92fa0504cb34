"""Interface language: picks Vietnamese or English, loads the Qt translators, labels enum values."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import resources
from core.domain.formatting import label as _core_label
from core.programs import no_console
from gui.i18n_build import find_tool

I18N_DIR = resources.I18N
SETTINGS_KEY = "ui/language"
LANGUAGES = ("vi", "en")
SOURCE_LANGUAGE = "vi"
INSTALL_SKEW_S = 10.0

_language = SOURCE_LANGUAGE
_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """Vietnamese on a Vietnamese system, English everywhere else."""
    name = (locale or QLocale.system()).name()
    return "vi" if name.lower().startswith("vi") else "en"


def chosen_language(settings: QSettings | None = None, locale: QLocale | None = None) -> str:
    """The language saved in Settings, else the one of the system."""
    value = (settings or QSettings()).value(SETTINGS_KEY, "")
    return str(value) if value in LANGUAGES else system_language(locale)


def save_language(settings: QSettings, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def ui_language() -> str:
    """The language the translators were installed for ("vi" before any were)."""
    return _language


def label(value: str) -> str:
    """An enum value's display word in the interface language (core.domain.formatting tables)."""
    return _core_label(value, _language)


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("BienBan", appauthor=False)) / "i18n"


def compile_ts(ts: Path, qm: Path) -> bool:
    """Run lrelease on *ts*; False (and no .qm) when it is missing or fails."""
    tool = find_tool("lrelease")
    if tool is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            timeout=60,
            check=False,
            **no_console(),
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and qm.is_file()


def qm_file(name: str, folder: Path = I18N_DIR, cache: Path | None = None) -> Path | None:
    """The compiled catalogue *name*: the one beside the .ts when it is current (built by the
    set-up), else one built now into the cache; None when neither is possible."""
    ts, qm = folder / f"{name}.ts", folder / f"{name}.qm"
    if getattr(sys, "frozen", False):
        # The bundle's catalogues were compiled when it was built: nothing to run here.
        return qm if qm.is_file() else None
    if not ts.is_file():
        return qm if qm.is_file() else None
    # An installer (pip) writes both files within moments of each other, in any order; a
    # catalogue edited by hand is newer by far more than that.
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime - INSTALL_SKEW_S:
        return qm
    # Named after the content, so an edited .ts never meets a stale cached .qm.
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = (cache or cache_dir()) / f"{name}-{digest}.qm"
    if cached.is_file() or compile_ts(ts, cached):
        return cached
    return None


def _catalogues(language: str, cache: Path | None) -> list[Path]:
    files = []
    ours = qm_file(f"bienban_{language}", cache=cache)
    if ours is not None:
        files.append(ours)
    # Qt's own words (standard buttons, edit menus): from the wheel where Qt ships them,
    # else our small catalogue (Qt has no Vietnamese one).
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    shipped = qt_dir / f"qtbase_{language}.qm"
    qt_own = shipped if shipped.is_file() else qm_file(f"qtbase_{language}", cache=cache)
    if qt_own is not None:
        files.append(qt_own)
    return files


def uninstall_translators(app: QCoreApplication | None = None) -> None:
    """Back to the Vietnamese source texts."""
    global _language
    app = app or QCoreApplication.instance()
    if app is not None:
        for old in _installed:
            app.removeTranslator(old)
    _installed.clear()
    _language = SOURCE_LANGUAGE


def install_translators(
    app: QCoreApplication,
    language: str | None = None,
    settings: QSettings | None = None,
    cache: Path | None = None,
) -> str:
    """Load the catalogues for *language* (default: Settings, else the system locale),
    replacing any loaded before; returns the language now in use. A catalogue that cannot
    be loaded leaves its texts in Vietnamese, the source language."""
    global _language
    chosen = language if language in LANGUAGES else chosen_language(settings)
    uninstall_translators(app)
    for path in _catalogues(chosen, cache):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    _language = chosen
    return chosen
