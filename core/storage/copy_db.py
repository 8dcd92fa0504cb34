"""Copying a whole archive between databases (a SQLite file and PostgreSQL), checked by counts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, insert, inspect, select, text

from core.domain.models import Base
from core.errors import StorageError
from core.search.index import rebuild_all
from core.storage.database import Database
from core.storage.locations import resolve_url
from core.storage.migrate import current_revision, migrate

BATCH = 1000
# Rebuilt on the target from the copied rows (its form differs between the databases).
REBUILT = {"search_doc"}


@dataclass
class CopyReport:
    source: str  # shown forms, without passwords
    target: str
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    meetings_indexed: int = 0


def tables() -> list[Table]:
    """Every BienBan table in dependency order (parents before children)."""
    return [t for t in Base.metadata.sorted_tables if t.name not in REBUILT]


def row_counts(conn: Connection, names: list[str]) -> dict[str, int]:
    present = set(inspect(conn).get_table_names())
    return {
        t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
        for t in tables()
        if t.name in names and t.name in present
    }


def _refuse_if_full(target: Database, conn: Connection) -> None:
    full = {name: n for name, n in row_counts(conn, [t.name for t in tables()]).items() if n}
    if full:
        listing = ", ".join(f"{name}: {n}" for name, n in sorted(full.items()))
        raise StorageError(
            f"Cơ sở dữ liệu đích {target.display} đã có dữ liệu ({listing}); chỉ chép vào một"
            f" cơ sở dữ liệu trống. Không có gì bị thay đổi. / The target database is not empty"
            f" ({listing}); copy only into an empty database. Nothing was changed."
        )


def _check_empty(target: Database) -> None:
    if current_revision(target) is None:
        return  # nothing at all yet: the migration creates the tables
    with target.read() as s:
        _refuse_if_full(target, s.connection())


def _batches(conn: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = conn.execute(select(table).order_by(*table.primary_key.columns))
    while chunk := result.mappings().fetchmany(BATCH):
        yield [dict(row) for row in chunk]


def _fix_sequences(conn: Connection) -> None:
    """Explicit ids do not advance PostgreSQL sequences: set each to its table's largest id."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables():
        cols = list(table.primary_key.columns)
        if len(cols) != 1 or not cols[0].autoincrement or cols[0].foreign_keys:
            continue
        seq = conn.scalar(
            text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": cols[0].name}
        )
        if seq:
            conn.execute(
                text(
                    f"SELECT setval(:s, COALESCE((SELECT MAX({cols[0].name})"
                    f" FROM {table.name}), 0) + 1, false)"
                ),
                {"s": seq},
            )


def copy_database(source_arg: str, target_arg: str) -> CopyReport:
    """Copy every table of *source* into the empty *target*, in one transaction on the target.

    Both are brought to the current schema first. The target's search index is rebuilt and
    every table's row count compared; on any difference nothing is kept on the target.
    """
    src_url, dst_url = resolve_url(source_arg), resolve_url(target_arg)
    if src_url == dst_url:
        raise StorageError(
            "Nguồn và đích là cùng một cơ sở dữ liệu. / Source and target are the same database."
        )
    source, target = Database(src_url), Database(dst_url)
    report = CopyReport(source.display, target.display)
    try:
        migrate(source)
        _check_empty(target)
        migrate(target)
        names = [t.name for t in tables()]
        with source.read() as reader:
            src_conn = reader.connection()
            want = row_counts(src_conn, names)
            try:
                with target.engine.execution_options(bienban_write=True).begin() as conn:
                    _refuse_if_full(target, conn)  # again, now that writers wait for us
                    for table in tables():
                        for rows in _batches(src_conn, table):
                            conn.execute(insert(table), rows)
                    _fix_sequences(conn)
                    report.meetings_indexed = rebuild_all(conn)
                    got = row_counts(conn, names)
                    if got != want:
                        diff = {k: (want.get(k), got.get(k)) for k in want if want[k] != got.get(k)}
                        raise StorageError(
                            f"Số dòng sau khi chép không khớp {diff}; đã hủy, đích giữ nguyên."
                            f" / Row counts differ after copying; cancelled, target unchanged."
                        )
                    report.counts = got
            except StorageError:
                raise
            except Exception as exc:
                error = target.error(exc)
                if error is None:
                    raise
                raise error from exc
    finally:
        source.dispose()
        target.dispose()
    return report
