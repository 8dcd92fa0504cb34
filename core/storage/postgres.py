"""PostgreSQL-only start-up step: a trigram index that makes the LIKE search fast."""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from core.storage.database import Database

log = logging.getLogger(__name__)

TRGM_INDEX = "ix_search_doc_folded_trgm"

# Done at every start rather than in a migration: whether pg_trgm can be had depends on the
# server (the contrib files, the role's rights), not on the schema. A migration would run
# once and, the extension missing that day, never again; this step creates the index the
# first time it can and costs one catalogue query afterwards. Without it, search still
# works (the same LIKE), only slower on a large archive.


def has_trigram_index(db: Database) -> bool:
    with db.read() as s:
        found = s.execute(
            text("SELECT 1 FROM pg_indexes WHERE tablename = 'search_doc' AND indexname = :n"),
            {"n": TRGM_INDEX},
        ).first()
        return found is not None


def ensure_search_index(db: Database) -> bool:
    """Create pg_trgm and the GIN index on search_doc.folded when possible; True if present."""
    if db.is_sqlite or db.engine.dialect.name != "postgresql":
        return False
    if has_trigram_index(db):
        return True
    try:
        with db.engine.execution_options(bienban_write=True).begin() as conn:
            conn.execute(text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
            conn.execute(
                text(
                    f"CREATE INDEX IF NOT EXISTS {TRGM_INDEX} ON search_doc"
                    " USING gin (folded gin_trgm_ops)"
                )
            )
    except DBAPIError as exc:
        # Not installed (postgresql-contrib), or no right to create it: search stays correct.
        log.warning("pg_trgm index not created: %s", str(exc.orig).splitlines()[0])
        return False
    return True
