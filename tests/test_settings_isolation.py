"""The suite never writes the user's settings, data or cache folders (tests/conftest.py)."""

from __future__ import annotations

import argparse
import os
import uuid
from pathlib import Path

import pytest
from platformdirs import user_cache_dir, user_config_dir, user_data_dir
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.storage.locations import default_db_path
from core.storage.startup import open_database
from gui import app as gui_app
from gui import i18n
from gui.database_switch import recent
from tests.conftest import REAL_HOME_VARIABLES, TEST_HOME


def _real(variable: str, under_home: str) -> Path | None:
    value = REAL_HOME_VARIABLES[variable]
    if value:
        return Path(value)
    home = REAL_HOME_VARIABLES["HOME"]
    return Path(home) / under_home if home else None


def _real_locations() -> list[Path]:
    """BienBan's folders in the real home: settings, data (default database, profiles), cache."""
    found = [
        _real("XDG_CONFIG_HOME", ".config"),
        _real("XDG_DATA_HOME", ".local/share"),
        _real("XDG_CACHE_HOME", ".cache"),
    ]
    return [base / "BienBan" for base in found if base is not None]


def _texts(folder: Path) -> str:
    """Everything under *folder* that could name a database: file names and contents."""
    if not folder.is_dir():
        return ""
    parts = []
    for path in folder.rglob("*"):
        parts.append(str(path))
        if path.is_file():
            try:
                parts.append(path.read_bytes().decode("utf-8", "replace"))
            except OSError:
                pass
    return "\n".join(parts)


def test_every_user_location_is_inside_the_test_home() -> None:
    home = TEST_HOME.resolve()
    for where in (
        QSettings().fileName(),
        QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "BienBan").fileName(),
        user_config_dir("BienBan", appauthor=False),
        user_data_dir("BienBan", appauthor=False),
        user_cache_dir("BienBan", appauthor=False),
        str(i18n.cache_dir()),
        str(default_db_path()),
        str(Path.home()),
    ):
        assert Path(where).resolve().is_relative_to(home), where


def test_a_window_opening_a_database_leaves_the_real_settings_alone(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A name no other run can have written: found in the real folders only if this test leaked.
    # (Comparing modification times instead would fail whenever anything else on the
    # machine, another program or another checkout's tests, writes the real file.)
    sentinel = f"isolation-{uuid.uuid4().hex}"
    db = tmp_path / sentinel / "a.sqlite3"
    db.parent.mkdir()
    opened = open_database(str(db))
    mid = opened.services.add_sample()
    opened.close()
    before = {folder: _texts(folder) for folder in _real_locations()}
    assert not any(sentinel in text for text in before.values())

    started = gui_app.start(argparse.Namespace(db=str(db)))
    assert started is not None
    try:
        started.window.open_meeting(mid)
        started.window.flush_all()
        assert str(db.resolve()) in recent(started.window.settings)  # it did write settings
        started.window.close()  # saves the geometry and the last meeting
        QSettings().sync()
    finally:
        QApplication.instance().aboutToQuit.disconnect()
        QApplication.instance().commitDataRequest.disconnect()
        started.close()

    for folder in _real_locations():
        assert sentinel not in _texts(folder), f"the suite wrote into {folder}"
    written = _texts(TEST_HOME / ".config" / "BienBan")
    assert sentinel in written, "the window's settings went somewhere unexpected"
    assert os.environ["HOME"] == str(TEST_HOME)
