"""The schema revisions this BienBan knows, readable before SQLAlchemy or Alembic load."""

from __future__ import annotations

from pathlib import Path

# Kept in step with core/storage/migrations/versions (a test checks); lets start-up skip importing
# Alembic, and SQLAlchemy until the window is up, when the schema is already current.
REVISIONS = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
