"""Shared fixtures: a fresh migrated database and its services, Qt kept offscreen.

Every test using `services` runs twice: on SQLite, and on PostgreSQL when a server is
available (BIENBAN_TEST_PG_URL, set by ./test.sh); without one the PostgreSQL variants are
skipped with the reason. Tests about the SQLite file itself run on SQLite only: those of the
modules in SQLITE_ONLY_MODULES, the window tests (qtbot) outside tests/test_postgres_*.py,
those asking for `db_path`, and those marked sqlite_only.
"""

from __future__ import annotations

import atexit
import gc
import inspect
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user cache folder holds the locks named after a database's identity (and built
# translations): the tests and the programs they start use a private one.
_CACHE = tempfile.mkdtemp(prefix="bienban-test-cache-")
atexit.register(shutil.rmtree, _CACHE, True)
os.environ["XDG_CACHE_HOME"] = _CACHE
if sys.platform == "win32":  # where platformdirs puts the caches there
    os.environ["LOCALAPPDATA"] = _CACHE

# Where the user's settings and files would go: kept only so tests/test_settings_isolation.py
# can prove they are left alone.
REAL_HOME_VARIABLES = {
    name: os.environ.get(name)
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")
}
# The whole session gets a home of its own before Qt or platformdirs read the environment:
# QSettings (the recent databases, the window geometry, the language), the default database
# and profile folders and the translation cache land in it. Qt computes its settings folder
# once per process, so a test setting HOME later changes nothing for QSettings: this has to
# happen first. The XDG variables go, so everything follows HOME: a test that gives the
# program it starts a HOME of its own gives it fresh settings too.
TEST_HOME = Path(tempfile.mkdtemp(prefix="bienban-test-home-"))
os.environ["HOME"] = str(TEST_HOME)
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ.pop(_name, None)

from PySide6.QtCore import QSettings  # noqa: E402

for _format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
    QSettings.setPath(_format, QSettings.Scope.UserScope, str(TEST_HOME / ".config"))

from core.services import Services  # noqa: E402
from core.storage.database import Database  # noqa: E402
from core.storage.migrate import migrate  # noqa: E402
from tests import pg  # noqa: E402

# Files, WAL, FTS5, backups, locks, disk full, the CLI on files; the GUI and the export,
# which reach the database only through the services (their PostgreSQL paths are covered
# by tests/test_postgres_*.py).
SQLITE_ONLY_MODULES = {
    "test_backup",
    "test_cli",
    "test_cli_restore",
    "test_concurrency",
    "test_crash_safety",
    "test_damaged_files",
    "test_export_docx",
    "test_export_platform",
    "test_export_formal",
    "test_export_layout",
    "test_export_robust",
    "test_lock",
    "test_migrations",
    "test_privacy",
    "test_profile_schema",
    "test_profile_store",
    "test_properties",
    "test_storage",
    "test_storage_failures",
}


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: runs on SQLite only (file-level behaviour)")
    config.addinivalue_line("markers", "postgresql: the PostgreSQL variant of a test")


def pytest_runtest_setup(item: pytest.Item) -> None:
    # @pytest.mark.posix("why"): the suite collects everywhere; such a test is skipped on
    # Windows with its reason (signals, permission bits, mount).
    mark = item.get_closest_marker("posix")
    if mark is not None and sys.platform == "win32":
        pytest.skip("POSIX only: " + (str(mark.args[0]) if mark.args else "needs POSIX"))


def _sqlite_only(metafunc: pytest.Metafunc) -> bool:
    module = metafunc.module.__name__.rpartition(".")[2]
    if module in SQLITE_ONLY_MODULES or module.startswith("test_gui"):
        return True
    if "qtbot" in metafunc.fixturenames and not module.startswith("test_postgres"):
        return True  # a window test: the same on both, its database paths are the services'

    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return True
    return "db_path" in inspect.signature(metafunc.function).parameters


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames and not _sqlite_only(metafunc):
        metafunc.parametrize(
            "backend",
            ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)],
            indirect=True,
        )


def pytest_collection_finish(session: pytest.Session) -> None:
    # As BienBan does (gui/collector.py): Python's collector never runs in a worker thread,
    # where it would destroy a window a test left behind while the GUI thread uses Qt.
    gc.disable()
    _collect_on_this_thread()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    yield
    _collect_on_this_thread()


def _collect_on_this_thread() -> None:
    """Free a test's garbage after its teardown; what outlives it is frozen, so the next
    collection walks only the objects made since (a full one each time would add a minute)."""
    gc.collect()
    gc.freeze()


def pytest_sessionfinish(session: pytest.Session) -> None:
    pg.drop_template()
    shutil.rmtree(TEST_HOME, ignore_errors=True)


DIALOG_PATIENCE_MS = 20_000


@pytest.fixture(autouse=True)
def _no_dialog_waits_for_ever(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A modal dialog nobody answers (a step that failed before answering it, or a window
    closed at teardown with unsaved text) is closed after 20 s and fails the test, instead
    of holding the whole run until CI kills it."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None:
        yield
        return
    from PySide6.QtCore import QTimer

    stuck: list[str] = []

    def guarded(original: Any) -> Any:
        def exec_(self: Any, *args: Any, **kwargs: Any) -> Any:
            timer = QTimer(self)  # a dialog runs only with an application
            timer.setSingleShot(True)
            timer.timeout.connect(
                lambda: (stuck.append(self.windowTitle() or type(self).__name__), self.reject())
            )
            timer.start(DIALOG_PATIENCE_MS)
            try:
                return original(self, *args, **kwargs)
            finally:
                timer.stop()

        return exec_

    for cls in (widgets.QDialog, widgets.QMessageBox, widgets.QInputDialog):
        monkeypatch.setattr(cls, "exec", guarded(cls.exec))
    yield
    assert not stuck, f"a dialog waited for an answer nobody gave: {stuck}"


@pytest.fixture(autouse=True)
def _no_program_opened(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """ "Open the file when done" never starts Word or LibreOffice during the tests; the URLs
    asked for are listed here. Only window tests have imported Qt by then."""
    opened: list[Any] = []
    gui = sys.modules.get("PySide6.QtGui")
    if gui is not None:
        monkeypatch.setattr(
            gui.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
        )
    return opened


@pytest.fixture(autouse=True)
def _vietnamese_interface() -> Iterator[None]:
    """Window tests read the Vietnamese source texts: drop any translator a test (or
    gui.app.start() following the system locale) installed."""
    yield
    i18n = sys.modules.get("gui.i18n")  # never imports Qt for the core tests
    if i18n is not None:
        i18n.uninstall_translators()


@pytest.fixture(autouse=True, scope="session")
def _no_sound_card() -> Iterator[None]:
    """A window built without a sound system of its own (MainWindow's audio_backend) gets a
    computer without microphones instead of the machine's PortAudio: no test depends on,
    or records from, the sound card of the machine it runs on. Tests of recording give the
    window a FakeBackend; tests/test_audio_sound.py builds its SoundDeviceBackend itself.
    For the whole session: a window's thread listing microphones may ask after its test."""
    from audio import backend as audio_backend
    from audio.fake import FakeBackend

    none = FakeBackend(devices=())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(audio_backend, "shared_backend", lambda: none)
        yield


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database: sqlite, or postgresql (tests not parametrised run on SQLite)."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def db_url(backend: str, db_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh migrated database: a new SQLite file, or an emptied PostgreSQL database."""
    if backend == "sqlite":
        yield f"sqlite:///{db_path}"
    else:
        yield from pg.module_url(request.module.__name__)


@pytest.fixture
def services(db_url: str) -> Iterator[Services]:
    db = Database(db_url)
    migrate(db)
    svc = Services.build(db)
    yield svc
    db.dispose()


@pytest.fixture
def sample_id(services: Services) -> int:
    return services.add_sample()


@pytest.fixture
def meeting_id(services: Services) -> int:
    """An empty draft meeting."""
    return services.meetings.create("Họp giao ban tháng 11", kind="meeting").id


@pytest.fixture
def ops(services: Services, qapp: Any) -> Iterator[Any]:
    """The window's operations layer over *services* (its worker stopped afterwards)."""
    from gui.operations import Ops

    layer = Ops(services)
    yield layer
    layer.close()


@pytest.fixture
def undo(ops: Any) -> Any:
    """The window's undo stack, for a tab tested on its own."""
    from gui.undo import Undo

    return Undo(ops, lambda _meeting_id: None)
