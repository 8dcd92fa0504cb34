"""Shared fixtures: a fresh migrated database and its services, Qt kept offscreen.

Every test using `services` runs twice: on SQLite, and on PostgreSQL when a server is
available (BIENBAN_TEST_PG_URL, set by ./test.sh); without one the PostgreSQL variants are
skipped with the reason. Tests about the SQLite file itself run on SQLite only: those of the
modules in SQLITE_ONLY_MODULES, the window tests (qtbot) outside tests/test_postgres_*.py,
those asking for `db_path`, and those marked sqlite_only.
"""

from __future__ import annotations

import gc
import inspect
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


@pytest.fixture(autouse=True)
def _vietnamese_interface() -> Iterator[None]:
    """Window tests read the Vietnamese source texts: drop any translator a test (or
    gui.app.start() following the system locale) installed."""
    yield
    i18n = sys.modules.get("gui.i18n")  # never imports Qt for the core tests
    if i18n is not None:
        i18n.uninstall_translators()


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
