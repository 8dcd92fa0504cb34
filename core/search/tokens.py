"""SQLite's FTS5 word splitting reproduced in Python, so PostgreSQL search finds the same hits."""

from __future__ import annotations

import sqlite3
import threading

# Which characters FTS5's unicode61 tokenizer keeps in a word, and what it folds them to,
# depends on the Unicode tables compiled into SQLite (older than Python's). Rather than
# guess, each character is asked of SQLite once: "a<c>b" is one word "a<f(c)>b" when c is a
# word character folding to f(c), two words when c separates words.
SEPARATOR = " "
_TABLE: dict[int, str] = {
    code: (chr(code).lower() if chr(code).isalnum() else SEPARATOR) for code in range(128)
}
_lock = threading.Lock()
_probe_conn: sqlite3.Connection | None = None


def _connection() -> sqlite3.Connection:
    global _probe_conn
    if _probe_conn is None:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.execute(
            "CREATE VIRTUAL TABLE probe USING fts5(x,"
            " tokenize='unicode61 remove_diacritics 2')"  # as migration 0002 declares it
        )
        conn.execute("CREATE VIRTUAL TABLE probe_vocab USING fts5vocab(probe, 'instance')")
        _probe_conn = conn
    return _probe_conn


def _learn(chars: set[str]) -> None:
    """Ask SQLite how it treats each of *chars* (once per character for the process)."""
    with _lock:
        todo = sorted(c for c in chars if ord(c) not in _TABLE)
        plain = [c for c in todo if not "\ud800" <= c <= "\udfff"]
        for c in todo:
            if c not in plain:  # a lone surrogate cannot reach SQLite: it separates words
                _TABLE[ord(c)] = SEPARATOR
        if not plain:
            return
        conn = _connection()
        conn.execute("DELETE FROM probe")
        conn.executemany(
            "INSERT INTO probe(rowid, x) VALUES (?, ?)", [(ord(c), f"a{c}b") for c in plain]
        )
        words: dict[int, list[str]] = {}
        for doc, term in conn.execute("SELECT doc, term FROM probe_vocab"):
            words.setdefault(int(doc), []).append(str(term))
        conn.execute("DELETE FROM probe")
        for c in plain:
            found = words.get(ord(c), [])
            one = len(found) == 1 and found[0][:1] == "a" and found[0][-1:] == "b"
            _TABLE[ord(c)] = found[0][1:-1] if one else SEPARATOR


def words(text: str) -> list[str]:
    """The words FTS5 (unicode61, remove_diacritics 2) would index for *text*."""
    unknown = set() if text.isascii() else {c for c in set(text) if ord(c) not in _TABLE}
    if unknown:
        _learn(unknown)
    return [w for w in text.translate(_TABLE).split(SEPARATOR) if w]


def index_form(folded: str) -> str:
    """*folded* as one space-padded line of words: " ket luan cua dong chi ".

    A word then starts after a space and ends before one, so LIKE '% ket luan%' on
    PostgreSQL matches exactly what the FTS5 query '"ket" "luan"*' matches on SQLite.
    """
    return SEPARATOR + SEPARATOR.join(words(folded)) + SEPARATOR
