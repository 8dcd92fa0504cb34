"""Where the database is: --db, $BIENBAN_DB or the default file, without loading SQLAlchemy."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import quote, unquote

DEFAULT_FILENAME = "bienban.sqlite3"
SQLITE_PREFIX = "sqlite:///"
# "driver://…" or "driver+dbapi://…"; two letters at least, so "C://x" stays a Windows path.
_URL = re.compile(r"[A-Za-z][A-Za-z0-9_]+(\+[A-Za-z0-9_]+)?://")


def default_db_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("BienBan", appauthor=False)) / DEFAULT_FILENAME


def is_url(value: str) -> bool:
    return _URL.match(value) is not None


def sqlite_url(path: str | Path) -> str:
    """The URL of the file *path*, whatever its name holds ("?", "#", "%", spaces).

    The file name is percent-encoded exactly as sqlalchemy.engine.URL.create(...)
    .render_as_string() encodes it, so SQLAlchemy reads back this very file; written with the
    standard library because start-up runs this before SQLAlchemy is loaded.
    """
    return SQLITE_PREFIX + quote(str(Path(path).expanduser().resolve()), safe=" +/")


def resolve_url(db: str | Path | None) -> str:
    """Turn --db (a path or a SQLAlchemy URL), else $BIENBAN_DB, else the default, into a URL.

    A Path is always a file (File > Open gives one); a string is a URL only when it starts
    with a scheme ("sqlite:///…", "postgresql+psycopg://…").
    """
    if isinstance(db, Path):
        return sqlite_url(db)
    value = db or os.environ.get("BIENBAN_DB") or str(default_db_path())
    if is_url(value):
        return value
    return sqlite_url(value)


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
