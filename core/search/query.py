"""Diacritic-insensitive full-text search over meetings (FTS5 on SQLite, LIKE elsewhere)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Integer, Subquery, and_, func, select, text
from sqlalchemy.orm import Session

from core.domain.dto import SearchHit
from core.domain.models import Meeting, SearchDoc
from core.domain.text import fold_with_map, search_terms
from core.search.tokens import words
from core.storage.database import Database

SNIPPET_CHARS = 160
# A snippet is cut from at most this much of a text: a 10 MB paste is never folded whole
# (about a second and a half per hit). Beyond it, the first hit is found in SQL.
HEAD_CHARS = 20_000
# Around a hit found in SQL, this much of the text is fetched and folded.
AROUND_CHARS = 2_000


def _fts_query(terms: list[str]) -> str:
    # Each word quoted, so AND/OR/NEAR and punctuation are literal. Vietnamese words are
    # whole syllables: only the last one, still being typed, is matched as a prefix
    # (a prefix on every word costs several times more on a large archive).
    quoted = ['"' + t.replace('"', '""') + '"' for t in terms]
    quoted[-1] += "*"
    return " ".join(quoted)


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def like_patterns(terms: list[str]) -> list[str]:
    """LIKE patterns over search_doc.folded (words between single spaces, see core.search.tokens)
    matching what _fts_query matches on SQLite: each term a phrase of its FTS5 words, whole
    words except the last term's last word, a prefix. A term without words ("_") is
    ignored, as FTS5 ignores an empty phrase."""
    patterns = []
    for i, term in enumerate(terms):
        found = words(term)
        if found:
            tail = "%" if i == len(terms) - 1 else " %"
            patterns.append("% " + _like_escape(" ".join(found)) + tail)
    return patterns


def _word_hits(
    body: str, terms: list[str], folded: str | None = None, index: list[int] | None = None
) -> list[tuple[int, int]]:
    """Where the words occur in *body* (original positions), as FTS matches them."""
    if folded is None or index is None:
        folded, index = fold_with_map(body)
    spans: list[tuple[int, int]] = []
    for term in terms:
        start = 0
        while (pos := folded.find(term, start)) >= 0:
            end = pos + len(term)
            # FTS matches words by prefix; mark only hits that start a word, as it does.
            if pos == 0 or not folded[pos - 1].isalnum():
                spans.append((index[pos], index[end - 1] + 1))
            start = end
    return spans


def mark(
    body: str, terms: list[str], width: int = SNIPPET_CHARS
) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    """Cut a window of *body* around the first hit; return marked text, plain text, spans."""
    folded, index = fold_with_map(body)
    return _window(body, terms, folded, index, _word_hits(body, terms, folded, index), width)


def _window(
    body: str,
    terms: list[str],
    folded: str,
    index: list[int],
    spans: list[tuple[int, int]],
    width: int = SNIPPET_CHARS,
    *,
    before: bool = False,
    more: bool = False,
) -> tuple[str, str, tuple[tuple[int, int], ...]]:
    """*before*/*more*: *body* is a piece of a longer text, which goes on before/after it."""
    spans = sorted(spans)
    # Centre the window on the words together, when they occur as a phrase.
    phrase = folded.find(" ".join(terms))
    first = index[phrase] if phrase >= 0 and len(terms) > 1 else (spans[0][0] if spans else 0)
    lo = max(0, first - width // 3)
    if lo > 0:
        space = body.rfind(" ", 0, lo)
        lo = space + 1 if space >= 0 and lo - space < 20 else lo
    hi = min(len(body), lo + width)
    plain_parts: list[str] = []
    marked_parts: list[str] = []
    kept: list[tuple[int, int]] = []
    cursor = lo
    prefix = "…" if lo > 0 or before else ""
    for a, b in spans:
        if a < cursor or b > hi:
            continue
        marked_parts.append(body[cursor:a])
        marked_parts.append("[" + body[a:b] + "]")
        plain_parts.append(body[cursor:a])
        off = len(prefix) + sum(len(p) for p in plain_parts)
        kept.append((off, off + b - a))
        plain_parts.append(body[a:b])
        cursor = b
    marked_parts.append(body[cursor:hi])
    plain_parts.append(body[cursor:hi])
    suffix = "…" if hi < len(body) or more else ""
    return (
        prefix + "".join(marked_parts) + suffix,
        prefix + "".join(plain_parts) + suffix,
        tuple(kept),
    )


class SearchService:
    """Finds meetings by any words they hold, ignoring case and Vietnamese diacritics.

    Hits come most recently written first: ordering a frequent word's thousands of matches
    by relevance costs tens of milliseconds on a large archive, while the newest-first walk
    stops after *limit* rows. bm25() is not asked for either: it counts every document
    holding each word, several milliseconds per query. Each hit's rank is instead how often
    the words occur in it (higher is better), counted while its snippet is cut.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def _matches(self, terms: list[str], limit: int) -> Subquery | None:
        """The ids of the matching search documents, newest first, at most *limit*."""
        if self.db.is_sqlite:
            return (
                text(
                    "SELECT rowid AS id FROM search_fts WHERE search_fts MATCH :q"
                    " ORDER BY rowid DESC LIMIT :n"
                )
                .bindparams(q=_fts_query(terms), n=limit)
                .columns(id=Integer)
                .subquery("hits")
            )
        patterns = like_patterns(terms)
        if not patterns:
            return None
        conds = [SearchDoc.folded.like(p, escape="\\") for p in patterns]
        return (
            select(SearchDoc.id)
            .where(and_(*conds))
            .order_by(SearchDoc.id.desc())
            .limit(limit)
            .subquery("hits")
        )

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        terms = search_terms(query)
        hits = self._matches(terms, limit) if terms else None
        if hits is None:
            return []
        with self.db.read() as session:
            rows = session.execute(
                select(
                    SearchDoc.meeting_id,
                    SearchDoc.source,
                    SearchDoc.ref_id,
                    # Only the head of a long text travels; see _snippet.
                    func.substr(SearchDoc.body, 1, HEAD_CHARS + 1),
                    Meeting.title,
                    Meeting.sort_date,
                    SearchDoc.id,
                )
                .join(hits, hits.c.id == SearchDoc.id)
                .join(Meeting, Meeting.id == SearchDoc.meeting_id)
                .order_by(SearchDoc.id.desc())
            ).all()
            return [self._hit(session, row, terms) for row in rows]

    def _snippet(
        self, session: Session, doc_id: int, head: str, terms: list[str]
    ) -> tuple[str, str, tuple[tuple[int, int], ...], int]:
        """Snippet, plain text, spans and the number of hits seen, from a bounded window.

        A short text is read whole. A long one is read from its head; when the words are
        not there, SQLite finds the first one in the stored folded text (C speed, the text
        stays in the database) and a window around it is fetched. Otherwise (PostgreSQL
        keeps words only, so positions differ) the head is shown unmarked.
        """
        body = head[:HEAD_CHARS]
        longer = len(head) > HEAD_CHARS
        folded, index = fold_with_map(body)
        found = _word_hits(body, terms, folded, index)
        if found or not longer:
            return (*_window(body, terms, folded, index, found, more=longer), len(found))
        around = self._around(session, doc_id, terms[0]) if self.db.is_sqlite else None
        if around is not None:
            start, text_ = around
            folded, index = fold_with_map(text_)
            found = _word_hits(text_, terms, folded, index)
            if found:
                snippet, plain, spans = _window(
                    text_, terms, folded, index, found, before=start > 0, more=True
                )
                return snippet, plain, spans, len(found)
        return (*_window(body, terms, folded, index, [], more=True), 1)

    def _around(self, session: Session, doc_id: int, term: str) -> tuple[int, str] | None:
        """(start, text) of the body around the first place the folded text holds *term*
        at a word start, or None. Folding keeps each character in place for nearly every
        text (NFC Vietnamese); the window is wide enough for a few that do not."""
        find = text("SELECT instr(folded, :t) FROM search_doc WHERE id = :i")
        # A word start after a space first (a bare match may sit inside a longer word).
        at = session.scalar(find, {"t": " " + term, "i": doc_id})
        at = at + 1 if at else session.scalar(find, {"t": term, "i": doc_id})
        if not at:
            return None
        start = max(0, at - 1 - AROUND_CHARS)
        piece = session.scalar(
            text("SELECT substr(body, :s, :n) FROM search_doc WHERE id = :i"),
            {"s": start + 1, "n": 2 * AROUND_CHARS, "i": doc_id},
        )
        return (start, str(piece)) if piece else None

    def _hit(self, session: Session, row: Any, terms: list[str]) -> SearchHit:
        meeting_id, source, ref_id, head, title, date, doc_id = row
        snippet, plain, spans, rank = self._snippet(session, doc_id, head or "", terms)
        if isinstance(date, str):
            date = dt.datetime.fromisoformat(date)
        return SearchHit(
            meeting_id=meeting_id,
            meeting_title=title,
            meeting_date=date,
            source=source,
            ref_id=ref_id,
            snippet=snippet,
            rank=float(rank),
            spans=spans,
            plain=plain,
        )

    def meeting_ids(self, query: str, limit: int = 500) -> list[int]:
        """Meetings matching *query*, most recently written first, each once.

        For filtering the list as the secretary types: no snippets are cut, which is most
        of the cost of search() for hundreds of hits.
        """
        terms = search_terms(query)
        hits = self._matches(terms, limit) if terms else None
        if hits is None:
            return []
        with self.db.read() as session:
            rows = session.execute(
                select(SearchDoc.meeting_id)
                .join(hits, hits.c.id == SearchDoc.id)
                .order_by(SearchDoc.id.desc())
            ).all()
        return list(dict.fromkeys(int(r[0]) for r in rows))
