"""A meeting as a plain JSON-ready dict: the sample file, undo of a delete, snapshots."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from core.domain.dto import MeetingRecord
from core.domain.enums import EntryKind, Role, parse_enum
from core.domain.models import ActionItem, AgendaItem, Attendance, Entry, Meeting, utcnow
from core.domain.text import clean_optional
from core.errors import ValidationError
from core.search import index as search_index
from core.services.actions import _apply as apply_action
from core.services.attendance import _apply_status
from core.services.common import check_audio_ms, check_datetime, touch
from core.services.entries import _set_indicators, _set_proposal, _set_vote
from core.services.meetings import apply_fields
from core.services.people import find_or_create_person
from core.storage.database import Database

HEADER = (
    "kind",
    "title",
    "number",
    "issuing_body",
    "parent_body",
    "doc_code",
    "city",
    "place",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_end",
    "documents",
    "other_info",
    "profile",
    "quorum_rule",
    "notice_number",
    "notice_signer",
)


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date | dt.datetime) else value


def record_to_dict(rec: MeetingRecord) -> dict[str, Any]:
    m = rec.meeting
    agenda_index = {g.id: i + 1 for i, g in enumerate(rec.agenda)}
    return {
        "format": "bienban-meeting/1",
        "meeting": {
            k: _iso(getattr(m, k)) if k != "documents" else list(m.documents) for k in HEADER
        },
        "attendance": [
            {
                "full_name": a.full_name,
                "position": a.position,
                "unit": a.unit,
                "role": a.role,
                "status": a.status,
                "reason": a.reason,
                "arrival": _iso(a.arrival),
                "note": a.note,
            }
            for a in rec.attendance
        ],
        "agenda": [{"title": g.title, "presenter": g.presenter} for g in rec.agenda],
        "entries": [
            {
                "kind": e.kind,
                "at": _iso(e.at),
                "speaker": e.speaker_name,
                "agenda": agenda_index.get(e.agenda_item_id) if e.agenda_item_id else None,
                "text": e.text,
                "indicators": [
                    {
                        "name": i.name,
                        "value": i.value,
                        "unit": i.unit,
                        "period": i.period,
                        "target": i.target,
                    }
                    for i in e.indicators
                ],
                "proposal": vars(e.proposal) if e.proposal else None,
                "vote": (
                    {k: v for k, v in vars(e.vote).items() if k != "base"} if e.vote else None
                ),
                "audio_ms": e.audio_ms,
            }
            for e in rec.entries
        ],
        "actions": [
            {
                "task": a.task,
                "lead": a.lead,
                "coordinating": a.coordinating,
                "deadline": _iso(a.deadline),
                "status": a.status,
                "closed_on": _iso(a.closed_on),
                "note": a.note,
            }
            for a in rec.actions
        ],
    }


def _id_free_and_ours(s: Session, ident: int) -> bool:
    """*ident* was handed out by this database's meeting ids and is free now.

    Ids are never handed out twice (AUTOINCREMENT on SQLite, a sequence on PostgreSQL), so a
    free id at or below the highest ever given belonged to a deleted meeting; one above it
    would be handed out again later and collide.
    """
    if not isinstance(ident, int) or isinstance(ident, bool) or ident < 1:
        return False
    if s.get(Meeting, ident) is not None:
        return False
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        highest = conn.exec_driver_sql(
            "SELECT seq FROM sqlite_sequence WHERE name = 'meeting'"
        ).scalar()
    elif conn.dialect.name == "postgresql":
        seq = conn.exec_driver_sql("SELECT pg_get_serial_sequence('meeting', 'id')").scalar()
        row = conn.exec_driver_sql(f"SELECT last_value, is_called FROM {seq}").first()
        highest = (row[0] if row[1] else row[0] - 1) if row else None
    else:
        return False
    return highest is not None and ident <= int(highest)


class MeetingImporter:
    """Creates a whole meeting from a dict in one transaction (all or nothing)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def import_dict(self, data: dict[str, Any], *, restore_id: int | None = None) -> int:
        """Create the meeting of *data*; returns its id.

        *restore_id* (the undo of a delete: the id the meeting had): it comes back under
        that id when this database handed it out and no meeting holds it now; otherwise it
        gets a new one, as an import always does.
        """
        if not isinstance(data, dict) or not isinstance(data.get("meeting"), dict):
            raise ValidationError("Dữ liệu cuộc họp không đúng định dạng. / Not a meeting file.")
        with self.db.write() as s:
            m = Meeting(title="", kind="meeting", documents=[], created_at=utcnow())
            apply_fields(s, m, {k: v for k, v in data["meeting"].items() if k in HEADER})
            touch(m)
            if restore_id is not None and _id_free_and_ours(s, restore_id):
                m.id = restore_id
            s.add(m)
            s.flush()
            by_name: dict[str, int] = {}
            for i, row in enumerate(data.get("attendance") or []):
                person = find_or_create_person(
                    s, row.get("full_name", ""), row.get("position", ""), row.get("unit", "")
                )
                a = Attendance(
                    meeting_id=m.id,
                    person_id=person.id,
                    position=i,
                    role=parse_enum(Role, row.get("role") or "member", "role"),
                    note=clean_optional(row.get("note", ""), "note", 2000),
                )
                a.person = person
                _apply_status(
                    a, row.get("status") or "unknown", row.get("reason", ""), row.get("arrival")
                )
                s.add(a)
                s.flush()
                by_name[person.full_name] = a.id
            agenda_ids: list[int] = []
            for i, row in enumerate(data.get("agenda") or []):
                g = AgendaItem(
                    meeting_id=m.id,
                    position=i,
                    title=clean_optional(row.get("title", ""), "agenda", 2000).strip() or "…",
                    presenter=clean_optional(row.get("presenter", ""), "presenter", 300),
                )
                s.add(g)
                s.flush()
                agenda_ids.append(g.id)
            conclusion_id = None
            for i, row in enumerate(data.get("entries") or []):
                speaker = (row.get("speaker") or "").strip()
                ag = row.get("agenda")
                e = Entry(
                    meeting_id=m.id,
                    position=i,
                    kind=parse_enum(EntryKind, row.get("kind") or "note", "kind"),
                    at=check_datetime(row.get("at"), "at"),
                    speaker_id=by_name.get(speaker),
                    speaker_text="" if speaker in by_name else speaker,
                    agenda_item_id=agenda_ids[ag - 1]
                    if isinstance(ag, int) and 0 < ag <= len(agenda_ids)
                    else None,
                    text=clean_optional(row.get("text", ""), "text", 10_000_000),
                    audio_ms=check_audio_ms(row.get("audio_ms")),
                )
                s.add(e)
                s.flush()
                if row.get("proposal") is not None:
                    _set_proposal(s, e, row["proposal"])
                if row.get("vote") is not None:
                    _set_vote(s, e, row["vote"])
                if row.get("indicators"):
                    _set_indicators(s, e, row["indicators"])
                if e.kind == EntryKind.CONCLUSION:
                    conclusion_id = e.id
            for i, row in enumerate(data.get("actions") or []):
                act = ActionItem(
                    meeting_id=m.id,
                    position=i,
                    task="",
                    status="open",
                    conclusion_entry_id=conclusion_id,
                )
                apply_action(
                    s,
                    act,
                    {
                        k: v
                        for k, v in row.items()
                        if k
                        in (
                            "task",
                            "lead",
                            "coordinating",
                            "deadline",
                            "status",
                            "closed_on",
                            "note",
                        )
                    },
                )
                s.add(act)
            s.flush()
            search_index.index_whole_meeting(s, m.id)
            return m.id

    def import_file(self, path: Path) -> int:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValidationError(
                vi=f"Không đọc được tệp {path.name}: {exc}",
                en=f"Cannot read {path.name}: {exc}",
            ) from exc
        return self.import_dict(data)
