"""PostgreSQL for the tests: a migrated template per run, a copy of it per test module,
emptied before each test (rows deleted, sequences reset: ids start at 1, as in a new file)."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from functools import cache

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DBAPIError

from core.domain.models import Base
from core.storage.database import Database
from core.storage.migrate import migrate

ENV_URL = "BIENBAN_TEST_PG_URL"  # set by scripts/postgres.sh (through ./test.sh)
ENV_SKIP = "BIENBAN_TEST_PG_SKIP"  # why scripts/postgres.sh could not start a server
ENV_RESTART = "BIENBAN_TEST_PG_RESTART"  # a script restarting that server
_names = itertools.count()


def server_url() -> str | None:
    return os.environ.get(ENV_URL) or None


@cache
def _admin() -> Engine:
    url = server_url()
    assert url is not None
    return create_engine(
        url, isolation_level="AUTOCOMMIT", pool_pre_ping=True, connect_args={"connect_timeout": 5}
    )


@cache
def unavailable() -> str | None:
    """Why PostgreSQL tests cannot run here, or None when a server answers."""
    url = server_url()
    if url is None:
        why = os.environ.get(ENV_SKIP) or f"{ENV_URL} is not set; ./test.sh starts a server"
        return f"PostgreSQL not available: {why}"
    try:
        with _admin().connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # any failure to connect means: skip, with the reason
        return f"PostgreSQL at {make_url(url).render_as_string()} not reachable: {exc}"
    return None


def require() -> None:
    reason = unavailable()
    if reason:
        pytest.skip(reason)


def url_of(name: str) -> str:
    url = server_url()
    assert url is not None
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def admin(sql: str) -> None:
    with _admin().connect() as conn:
        conn.execute(text(sql))


@cache
def template() -> str:
    """A database migrated to head once per run; CREATE DATABASE copies it in milliseconds."""
    name = f"bienban_tpl_{os.getpid()}"
    admin(f"DROP DATABASE IF EXISTS {name}")
    admin(f"CREATE DATABASE {name}")
    db = Database(url_of(name))
    try:
        migrate(db)
    finally:
        db.dispose()  # a template must have no connections while it is copied
    return name


def create_database(empty: bool = False) -> str:
    """A new database (migrated, or *empty*); returns its name."""
    name = f"bienban_t{os.getpid()}_{next(_names)}"
    admin(f"CREATE DATABASE {name} TEMPLATE {'template0' if empty else template()}")
    return name


def drop_database(name: str) -> None:
    admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def fresh_url(empty: bool = False) -> Iterator[str]:
    """Fixture body: the URL of a new database, dropped afterwards."""
    require()
    name = create_database(empty)
    try:
        yield url_of(name)
    finally:
        drop_database(name)


_current: dict[str, str] = {}  # the test module using the shared database -> its name


def _empty(name: str) -> bool:
    """Delete every row of a module's database; False if something keeps it busy."""
    # DELETE rather than TRUNCATE: on a few rows it is several times faster.
    wipe = "; ".join(f"DELETE FROM {t.name}" for t in reversed(Base.metadata.sorted_tables))
    engine = create_engine(url_of(name))
    try:
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL lock_timeout = 2000"))  # a test left a transaction open
            conn.exec_driver_sql(wipe)
            conn.execute(text("SELECT setval(oid, 1, false) FROM pg_class WHERE relkind = 'S'"))
        return True
    except DBAPIError:
        return False
    finally:
        engine.dispose()


def module_url(module: str) -> Iterator[str]:
    """Fixture body: a migrated, empty database shared by the tests of *module*, in turn.

    Creating a database per test costs about 0.2 s (most of it the first connection to a
    new database); emptying one costs a few milliseconds and leaves the same state.
    """
    require()
    name = _current.get(module)
    if name is None or not _empty(name):
        for old in _current.values():
            drop_database(old)
        _current.clear()
        name = _current[module] = create_database()
    yield url_of(name)


def drop_template() -> None:
    if server_url() and unavailable() is None and template.cache_info().currsize:
        for old in _current.values():
            drop_database(old)
        drop_database(template())
