"""A database of an older schema holding the sample meeting, as an older BienBan left it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.services import Services
from core.storage.database import Database
from core.storage.migrate import migrate, upgrade_to


def seed_old_schema(path: Path, revision: str, meetings: int = 2) -> None:
    """Create *path* at *revision* with the sample meeting *meetings* times (one finalized
    where revisions exist): the rows of a current database, each column the old schema has."""
    head = path.with_name(path.stem + "-head.sqlite3")
    db = Database(f"sqlite:///{head}")
    migrate(db)
    svc = Services.build(db)
    ids = [svc.add_sample() for _ in range(meetings)]
    svc.revisions.finalize(ids[0])
    db.dispose()

    old = Database(f"sqlite:///{path}")
    upgrade_to(old, revision)
    old.dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute("ATTACH DATABASE ? AS head", (str(head),))
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'search_fts%' AND name NOT IN"
                " ('alembic_version', 'sqlite_sequence')"
            )
        ]
        with conn:
            conn.execute("PRAGMA foreign_keys = OFF")
            for table in tables:
                cols = [r[1] for r in conn.execute(f'PRAGMA main.table_info("{table}")')]
                have = {r[1] for r in conn.execute(f'PRAGMA head.table_info("{table}")')}
                shared = ", ".join(f'"{c}"' for c in cols if c in have)
                conn.execute(
                    f'INSERT INTO main."{table}" ({shared}) SELECT {shared} FROM head."{table}"'
                )
            if "search_doc" in tables:
                conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        conn.execute("DETACH DATABASE head")
    finally:
        conn.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(head) + suffix).unlink(missing_ok=True)
