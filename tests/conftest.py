"""Shared fixtures: a fresh migrated database and its services, Qt kept offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from core.database import Database  # noqa: E402
from core.migrate import migrate  # noqa: E402
from core.services import Services  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite3"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    db = Database(f"sqlite:///{db_path}")
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
