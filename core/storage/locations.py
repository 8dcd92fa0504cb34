"""Where the database is: --db, $BIENBAN_DB or the default file, without loading SQLAlchemy."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote

DEFAULT_FILENAME = "bienban.sqlite3"
SQLITE_PREFIX = "sqlite:///"


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("BienBan", appauthor=False)) / DEFAULT_FILENAME


def resolve_url(db: str | None) -> str:
    """Turn --db (a path or a SQLAlchemy URL), else $BIENBAN_DB, else the default, into a URL."""
    value = db or os.environ.get("BIENBAN_DB") or str(default_db_path())
    if "://" in value:
        return value
    return SQLITE_PREFIX + str(Path(value).expanduser().resolve())


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///path` URL; None for a server, memory or URL options.

    Start-up takes its fast road only for these; anything else is parsed by SQLAlchemy
    (core.storage.database.sqlite_path) on the ordinary road.
    """
    if not url.startswith(SQLITE_PREFIX) or "?" in url:
        return None
    rest = unquote(url[len(SQLITE_PREFIX) :])
    if not rest or rest == ":memory:":
        return None
    path = Path(rest)
    return path if path.is_absolute() else None


def data_dir() -> Path:
    """The user's data folder for BienBan (recovery files of a server database go here)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("BienBan", appauthor=False))
