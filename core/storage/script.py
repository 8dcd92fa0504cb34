"""A write sent as one batch: one transaction everywhere, one round trip to PostgreSQL."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.types import TypeEngine

from core.errors import ConnectionLostError

if TYPE_CHECKING:
    from core.storage.database import Database

# Any constant shared by every BienBan: writers of one PostgreSQL database take turns
# (taken by every write transaction: core/storage/database.py for the others).
PG_WRITE_LOCK = 0x6269656E62616E


@dataclass(frozen=True)
class Statement:
    """One SQL statement with `:name` parameters; `types` gives the column types whose
    conversions apply (NFC text, SQLite's date format); `returns` keeps its rows."""

    sql: str
    params: Mapping[str, Any] = field(default_factory=dict)
    types: Mapping[str, TypeEngine[Any]] = field(default_factory=dict)
    returns: bool = False


def run_script(db: Database, statements: Sequence[Statement]) -> list[list[tuple[Any, ...]]]:
    """Run *statements* in one write transaction; the rows of each statement that returns.

    On PostgreSQL the whole transaction (BEGIN, the writers' lock, the statements, COMMIT)
    leaves as one message, bound on this side by psycopg: a save over a slow link costs
    one round trip instead of one per statement. A connection lost on the way may have
    committed or not: the caller's rows carry client ids, so a retry finds them.
    """
    if db.is_sqlite or db.engine.dialect.driver != "psycopg":
        return _run_in_session(db, statements)
    return _run_on_psycopg(db, statements)


def _run_in_session(db: Database, statements: Sequence[Statement]) -> list[list[tuple[Any, ...]]]:
    out: list[list[tuple[Any, ...]]] = []
    with db.write() as s:
        for st in statements:
            clause = text(st.sql)
            if st.types:
                clause = clause.bindparams(*(bindparam(k, type_=t) for k, t in st.types.items()))
            result = s.execute(clause, dict(st.params))
            if st.returns:
                out.append([tuple(r) for r in result])
    return out


def _bound(db: Database, st: Statement) -> tuple[str, dict[str, Any]]:
    dialect = db.engine.dialect
    params = dict(st.params)
    for name, type_ in st.types.items():
        process = type_.bind_processor(dialect)
        if process is not None and name in params:
            params[name] = process(params[name])
    return str(text(st.sql).compile(dialect=dialect)), params


def _run_on_psycopg(db: Database, statements: Sequence[Statement]) -> list[list[tuple[Any, ...]]]:
    import psycopg

    with db.engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        cursor = psycopg.ClientCursor(raw)
        parts = ["BEGIN", f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})"]
        parts += [cursor.mogrify(*_bound(db, st)) for st in statements]
        parts.append("COMMIT")
        keep = [False, False, *(st.returns for st in statements), False]
        raw.autocommit = True
        try:
            cursor.execute(";\n".join(parts))
            out: list[list[tuple[Any, ...]]] = []
            for wanted in keep:
                if wanted:
                    out.append([tuple(r) for r in cursor.fetchall()])
                cursor.nextset()
            return out
        except psycopg.Error as exc:
            broken = raw.closed or raw.broken
            if broken:
                conn.invalidate()
            else:
                raw.rollback()  # the failed transaction block, still open on the server
            wrapped = DBAPIError(statement="script", params=None, orig=exc)
            wrapped.connection_invalidated = broken
            error = db.error(wrapped, during_commit=True)
            if error is None:
                raise
            if isinstance(error, ConnectionLostError):
                error.during_commit = True  # the whole batch was on its way: maybe committed
            raise error from exc
        finally:
            if not raw.closed:
                raw.autocommit = False
