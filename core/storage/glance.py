"""A read-only first look at a SQLite archive with the standard library alone.

The window shows the newest meetings from it while SQLAlchemy and the services load beside
it (gui/loader.py). The queries mirror MeetingService.list and RevisionService.changed_ids;
tests/test_glance.py holds both to the same answers.
"""

from __future__ import annotations

import builtins
import datetime as dt
import sqlite3
from pathlib import Path

from core.domain.dto import MeetingSummary
from core.domain.enums import MeetingStatus
from core.storage.integrity import readonly_uri
from core.storage.schema import HEAD

_LIST = (
    "SELECT id, title, kind, number, sort_date, status, updated_at, archived_at"
    " FROM meeting{where} ORDER BY sort_date DESC, id DESC LIMIT ? OFFSET ?"
)
_CHANGED = (
    "SELECT m.id FROM meeting AS m JOIN (SELECT meeting_id, max(finalized_at) AS at"
    " FROM revision WHERE meeting_id IN ({marks}) GROUP BY meeting_id) AS last"
    " ON last.meeting_id = m.id WHERE m.status = ? AND m.updated_at > last.at"
)


# As MeetingService.list: the default list leaves archived meetings out; ids (a search's
# hits) are shown whatever their state.
_ARCHIVED = {False: " WHERE archived_at IS NULL", True: " WHERE archived_at IS NOT NULL", None: ""}


def _when(value: str | None) -> dt.datetime:
    # SQLAlchemy stores DateTime on SQLite as ISO text ("2026-11-25 13:05:00.000000").
    return dt.datetime.fromisoformat(value) if value else dt.datetime.min


class Glance:
    """Reads pages of the meetings list; never writes, never migrates."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn = sqlite3.connect(readonly_uri(path), uri=True)

    def is_current(self) -> bool:
        """The file holds BienBan's current schema and its list reads as expected (else
        start-up takes the ordinary road, which explains in words what is wrong)."""
        try:
            row = self._conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != HEAD:
                return False
            self.list(limit=1)
            self.changed_ids([0])
        except sqlite3.Error:
            return False
        return True

    def list(
        self,
        limit: int = 200,
        offset: int = 0,
        ids: list[int] | None = None,
        archived: bool | None = False,
    ) -> list[MeetingSummary]:
        where, params = _ARCHIVED[archived], [limit, offset]
        if ids is not None:
            where = f" WHERE id IN ({', '.join('?' * len(ids))})" if ids else " WHERE 0"
            params = [*ids, limit, offset]
        rows = self._conn.execute(_LIST.format(where=where), params).fetchall()
        return [
            MeetingSummary(
                id=r[0],
                title=r[1],
                kind=r[2],
                number=r[3],
                date=_when(r[4]),
                status=r[5],
                updated_at=_when(r[6]),
                archived_at=dt.datetime.fromisoformat(r[7]) if r[7] else None,
            )
            for r in rows
        ]

    def changed_ids(self, ids: builtins.list[int]) -> set[int]:
        if not ids:
            return set()
        query = _CHANGED.format(marks=", ".join("?" * len(ids)))
        return {r[0] for r in self._conn.execute(query, [*ids, MeetingStatus.DRAFT.value])}

    def close(self) -> None:
        self._conn.close()
