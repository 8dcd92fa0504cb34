"""The start-up glance (sqlite3 alone) gives the meetings list what the services would."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time
from pathlib import Path

import pytest

from core.services import Services
from core.storage.database import Database, sqlite_path
from core.storage.glance import Glance
from core.storage.locations import plain_sqlite_file, resolve_url
from core.storage.migrate import upgrade_to
from core.storage.schema import HEAD

pytestmark = pytest.mark.sqlite_only


def _archive(services: Services) -> list[int]:
    """Meetings in every state the list shows: dated, undated, finalized, changed after."""
    ids = []
    for i in range(23):
        when = dt.datetime(2026, 1 + i % 12, 1 + i % 27, 8, 30) if i % 4 else None
        m = services.meetings.create(f"Cuộc họp số {i}", planned_start=when)
        ids.append(m.id)
    services.meetings.create("Họp trùng ngày", planned_start=dt.datetime(2026, 3, 4, 8, 30))
    done, changed, reopened = (services.add_sample() for _ in range(3))
    services.revisions.finalize(done)  # finalized, unchanged
    services.revisions.finalize(changed)
    services.revisions.reopen(changed)
    time.sleep(0.01)
    services.meetings.update(changed, title="Sửa sau khi thông qua")  # changed since finalized
    services.revisions.finalize(reopened)
    services.revisions.reopen(reopened)  # reopened, not edited
    ids += [done, changed, reopened]
    for shelved in (ids[3], done):  # archived: off the default list, still found by id
        services.meetings.archive(shelved)
    return ids


def test_pages_match_the_service(services: Services, db_path: Path) -> None:
    ids = _archive(services)
    glance = Glance(db_path)
    try:
        assert glance.is_current()
        for limit, offset in [(200, 0), (5, 0), (5, 5), (7, 20), (5, 100)]:
            ours = glance.list(limit=limit, offset=offset)
            assert ours == services.meetings.list(limit=limit, offset=offset)
        for archived in (True, False, None):
            ours = glance.list(archived=archived)
            assert ours == services.meetings.list(archived=archived)
        assert len(glance.list(archived=True)) == 2
        assert glance.list(archived=True)[0].archived_at is not None
        for subset in ([], [ids[0]], ids[::3], [999_999]):
            assert glance.list(ids=subset) == services.meetings.list(ids=subset)
        everyone = [m.id for m in services.meetings.list(limit=1000)]
        assert glance.changed_ids(everyone) == services.revisions.changed_ids(everyone)
        assert glance.changed_ids(everyone) == {ids[-2]}
        assert glance.changed_ids([]) == set()
    finally:
        glance.close()


def test_the_glance_never_writes(services: Services, db_path: Path) -> None:
    _archive(services)
    services.db.dispose()
    before = db_path.read_bytes()
    glance = Glance(db_path)
    glance.list()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        glance._conn.execute("DELETE FROM meeting")
    glance.close()
    assert db_path.read_bytes() == before


def test_only_the_current_schema_is_taken_at_a_glance(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    foreign = tmp_path / "foreign.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE meeting (x)")
    older = tmp_path / "older.sqlite3"
    db = Database(resolve_url(str(older)))
    upgrade_to(db, "0002")
    db.dispose()
    newer = tmp_path / "newer.sqlite3"
    with sqlite3.connect(newer) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    broken = tmp_path / "broken.sqlite3"  # says it is current, but its tables are not ours
    with sqlite3.connect(broken) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute(f"INSERT INTO alembic_version VALUES ('{HEAD}')")
        conn.execute("CREATE TABLE meeting (id INTEGER PRIMARY KEY, title TEXT)")
    for path in (empty, foreign, older, newer, broken):
        glance = Glance(path)
        assert not glance.is_current(), path
        glance.close()


@pytest.mark.parametrize(
    "arg",
    [
        "/tmp/a b/bienban.sqlite3",
        "/tmp/ngăn kéo/biên bản.sqlite3",
        "relative.sqlite3",
        "sqlite:////tmp/x.sqlite3",
        "sqlite:///:memory:",
        "sqlite://",
        "sqlite:////tmp/x.sqlite3?mode=ro",
        "postgresql://u:p@localhost/bienban",
    ],
)
def test_the_fast_road_reads_a_url_as_sqlalchemy_does(arg: str) -> None:
    url = resolve_url(arg)
    fast = plain_sqlite_file(url)
    if fast is not None:  # where it answers, it agrees; else the ordinary road decides
        assert fast == sqlite_path(url)
    if arg.endswith(".sqlite3") and "://" not in arg:
        assert fast is not None
