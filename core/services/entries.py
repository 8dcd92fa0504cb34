"""The live timeline: entries with their proposal, vote and indicator details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from core.domain import convert
from core.domain.dto import EntryDTO
from core.domain.enums import (
    OFFICIAL_ROLES,
    PRESENT_STATUSES,
    EntryKind,
    ProposalStatus,
    VoteMethod,
    parse_enum,
)
from core.domain.models import AgendaItem, Attendance, Entry, Indicator, Meeting, Proposal, Vote
from core.domain.text import clean_optional
from core.errors import ConflictError, ValidationError
from core.search import index as search_index
from core.services.common import (
    check_audio_ms,
    check_count,
    check_datetime,
    editable_meeting,
    get_or_404,
    next_position,
    touch,
)
from core.services.meetings import load_entries
from core.storage.database import Database

TEXT_MAX = 10_000_000  # a 10 MB paste is kept whole; larger is refused with a message


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _speaker(s: Session, meeting_id: int, speaker_id: int | None) -> int | None:
    if speaker_id is None:
        return None
    a = get_or_404(s, Attendance, speaker_id, "người phát biểu / speaker")
    if a.meeting_id != meeting_id:
        raise ValidationError(
            "Người phát biểu không dự cuộc họp này. / The speaker is not an"
            " attendee of this meeting."
        )
    return a.id


def _agenda(s: Session, meeting_id: int, item_id: int | None) -> int | None:
    if item_id is None:
        return None
    g = get_or_404(s, AgendaItem, item_id, "mục chương trình / agenda item")
    if g.meeting_id != meeting_id:
        raise ValidationError(
            "Mục chương trình thuộc cuộc họp khác. / The agenda item belongs to another meeting."
        )
    return g.id


def present_count(s: Session, meeting_id: int) -> int:
    """The voters a vote's percentages refer to: official members present, else all present."""
    rows = s.execute(
        select(Attendance.role, Attendance.status).where(Attendance.meeting_id == meeting_id)
    ).all()
    official = sum(1 for role, st in rows if role in OFFICIAL_ROLES and st in PRESENT_STATUSES)
    return official or sum(1 for _role, st in rows if st in PRESENT_STATUSES)


def _set_vote(s: Session, e: Entry, data: Mapping[str, Any]) -> None:
    counts = {
        k: check_count(data.get(k, 0) or 0, label)
        for k, label in (
            ("votes_for", "Tán thành / For"),
            ("votes_against", "Không tán thành / Against"),
            ("abstain", "Không biểu quyết / Abstain"),
            ("not_voting", "Không tham gia / Not voting"),
        )
    }
    present = present_count(s, e.meeting_id)
    total = sum(counts.values())
    if present and total > present:
        raise ValidationError(
            f"Tổng số phiếu ({total}) vượt số người có mặt ({present})."
            f" / The votes ({total}) exceed the number present ({present}).",
            field="votes",
        )
    v = s.get(Vote, e.id) or Vote(entry_id=e.id)
    v.subject = clean_optional(data.get("subject", v.subject or ""), "Nội dung biểu quyết", 2000)
    v.method = parse_enum(
        VoteMethod, data.get("method") or v.method or "show_of_hands", "Hình thức / Method"
    )
    for k, n in counts.items():
        setattr(v, k, n)
    s.add(v)


def _set_proposal(s: Session, e: Entry, data: Mapping[str, Any]) -> None:
    p = s.get(Proposal, e.id) or Proposal(entry_id=e.id)
    p.proposer = clean_optional(data.get("proposer", p.proposer or ""), "Người đề xuất", 500)
    p.status = parse_enum(
        ProposalStatus,
        data.get("status") or p.status or "pending",
        "Tình trạng đề xuất / Proposal status",
    )
    p.response = clean_optional(data.get("response", p.response or ""), "Trả lời", 100_000)
    s.add(p)


def _set_indicators(s: Session, e: Entry, rows: Iterable[Mapping[str, Any]]) -> None:
    s.execute(delete(Indicator).where(Indicator.entry_id == e.id))
    for i, row in enumerate(rows):
        name = clean_optional(row.get("name", ""), "Chỉ tiêu / Indicator", 1000).strip()
        if not name:
            if any(str(row.get(k, "")).strip() for k in ("value", "unit", "period", "target")):
                raise ValidationError(
                    f"Chỉ tiêu dòng {i + 1}: thiếu tên. / Indicator row {i + 1}:"
                    f" the name is missing.",
                    field="indicators",
                )
            continue
        s.add(
            Indicator(
                entry_id=e.id,
                position=i,
                name=name,
                **{
                    k: clean_optional(str(row.get(k, "") or ""), k, 1000).strip()
                    for k in ("value", "unit", "period", "target")
                },
            )
        )


def _dto(s: Session, e: Entry) -> EntryDTO:
    s.flush()
    speakers = {}
    if e.speaker_id is not None:
        a = s.get(Attendance, e.speaker_id)
        if a is not None:
            speakers[a.id] = convert.attendance(a)
    m = s.get(Meeting, e.meeting_id)
    assert m is not None
    att = [
        convert.attendance(a)
        for a in s.scalars(select(Attendance).where(Attendance.meeting_id == e.meeting_id))
    ]
    counts = convert.counts(att, m.quorum_rule)
    return convert.entries(s, [e], speakers, counts.official_present or counts.present_total)[0]


class EntryService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(
        self,
        meeting_id: int,
        kind: str,
        text: str,
        *,
        speaker_id: int | None = None,
        speaker_text: str = "",
        at: Any = None,
        agenda_item_id: int | None = None,
        index: int | None = None,
        proposal: Mapping[str, Any] | None = None,
        vote: Mapping[str, Any] | None = None,
        indicators: Iterable[Mapping[str, Any]] | None = None,
        audio_ms: int | None = None,
    ) -> EntryDTO:
        """Append (or insert at *index*) one timeline entry, with its details, in one go."""
        with self.db.write() as s:
            m = editable_meeting(s, meeting_id)
            k = parse_enum(EntryKind, kind, "Loại / Kind")
            body = clean_optional(text, "Nội dung / Text", TEXT_MAX)
            if not body.strip() and not (k == EntryKind.VOTE and vote):
                raise ValidationError(
                    "Nội dung không được để trống. / The text must not be empty.", field="text"
                )
            e = Entry(
                meeting_id=meeting_id,
                kind=k,
                text=body,
                at=check_datetime(at, "Thời điểm / Time") or _now(),
                speaker_id=_speaker(s, meeting_id, speaker_id),
                speaker_text=clean_optional(speaker_text, "Người phát biểu", 500).strip(),
                agenda_item_id=_agenda(s, meeting_id, agenda_item_id),
                position=next_position(s, Entry.position, Entry.meeting_id, meeting_id),
                audio_ms=check_audio_ms(audio_ms),
            )
            if index is not None:
                index = max(0, min(index, e.position))
                s.execute(
                    update(Entry)
                    .where(Entry.meeting_id == meeting_id, Entry.position >= index)
                    .values(position=Entry.position + 1)
                    .execution_options(synchronize_session=False)
                )
                e.position = index
            s.add(e)
            s.flush()
            if proposal is not None or k == EntryKind.PROPOSAL:
                _set_proposal(s, e, proposal or {})
            if vote is not None:
                _set_vote(s, e, vote)
            if indicators is not None:
                _set_indicators(s, e, indicators)
            touch(m)
            search_index.index_entry(s, e)
            return _dto(s, e)

    def update(self, entry_id: int, expected_version: int | None = None, **fields: Any) -> EntryDTO:
        """Change fields of an entry; with *expected_version*, refuse to overwrite others."""
        with self.db.write() as s:
            e = get_or_404(s, Entry, entry_id, "mục ghi / entry")
            m = editable_meeting(s, e.meeting_id)
            if expected_version is not None and e.version != expected_version:
                raise ConflictError(
                    "Mục này vừa được người khác sửa. / Someone else changed"
                    " this entry after you opened it."
                )
            for key, value in fields.items():
                if key == "text":
                    body = clean_optional(value, "Nội dung / Text", TEXT_MAX)
                    if not body.strip() and e.kind != EntryKind.VOTE:
                        raise ValidationError(
                            "Nội dung không được để trống. / The text must not be empty.",
                            field="text",
                        )
                    e.text = body
                elif key == "kind":
                    e.kind = parse_enum(EntryKind, value, "Loại / Kind")
                elif key == "at":
                    e.at = check_datetime(value, "Thời điểm / Time")
                elif key == "speaker_id":
                    e.speaker_id = _speaker(s, e.meeting_id, value)
                elif key == "speaker_text":
                    e.speaker_text = clean_optional(value, "Người phát biểu", 500).strip()
                elif key == "agenda_item_id":
                    e.agenda_item_id = _agenda(s, e.meeting_id, value)
                elif key == "proposal":
                    _set_proposal(s, e, value)
                elif key == "vote":
                    _set_vote(s, e, value)
                elif key == "indicators":
                    _set_indicators(s, e, value)
                elif key == "audio_ms":
                    e.audio_ms = check_audio_ms(value)
                else:
                    raise ValidationError(f"Trường không tồn tại / unknown field: {key}")
            touch(m)
            s.flush()
            search_index.index_entry(s, e)
            return _dto(s, e)

    def delete(self, entry_id: int) -> EntryDTO:
        """Remove an entry; the returned DTO is what restore() needs to undo it."""
        with self.db.write() as s:
            e = get_or_404(s, Entry, entry_id, "mục ghi / entry")
            m = editable_meeting(s, e.meeting_id)
            dto = _dto(s, e)
            search_index.drop(s, search_index.ENTRY, e.id)
            s.delete(e)
            s.flush()
            s.execute(
                update(Entry)
                .where(Entry.meeting_id == dto.meeting_id, Entry.position > dto.order)
                .values(position=Entry.position - 1)
                .execution_options(synchronize_session=False)
            )
            touch(m)
            return dto

    def restore(self, dto: EntryDTO) -> EntryDTO:
        """Undo a delete: put the entry back where it was, details included."""
        speaker, item = dto.speaker_id, dto.agenda_item_id
        with self.db.read() as s:
            if speaker is not None and s.get(Attendance, speaker) is None:
                speaker = None
            if item is not None and s.get(AgendaItem, item) is None:
                item = None
        return self.add(
            dto.meeting_id,
            dto.kind,
            dto.text,
            speaker_id=speaker,
            speaker_text="" if speaker is not None else dto.speaker_name,
            at=dto.at,
            agenda_item_id=item,
            index=dto.order,
            proposal=vars(dto.proposal) if dto.proposal else None,
            vote={k: v for k, v in vars(dto.vote).items() if k != "base"} if dto.vote else None,
            indicators=[vars(i) for i in dto.indicators] or None,
            audio_ms=dto.audio_ms,
        )

    def move(self, entry_id: int, new_index: int) -> list[EntryDTO]:
        """Move an entry to *new_index* in the timeline; returns the new order."""
        with self.db.write() as s:
            e = get_or_404(s, Entry, entry_id, "mục ghi / entry")
            m = editable_meeting(s, e.meeting_id)
            meeting_id = e.meeting_id
            rows = s.execute(
                select(Entry.id, Entry.position)
                .where(Entry.meeting_id == e.meeting_id)
                .order_by(Entry.position, Entry.id)
            ).all()
            was = {ident: pos for ident, pos in rows}
            ids = [ident for ident, _pos in rows]
            ids.remove(e.id)
            ids.insert(max(0, min(new_index, len(ids))), e.id)
            # Only the rows between the old and the new place change: one step in a
            # 2,000-entry meeting is two updates, not two thousand.
            for i, ident in enumerate(ids):
                if was[ident] != i:
                    s.execute(
                        update(Entry)
                        .where(Entry.id == ident)
                        .values(position=i)
                        .execution_options(synchronize_session=False)
                    )
            touch(m)
        return self.list(meeting_id)

    def get(self, entry_id: int) -> EntryDTO:
        with self.db.read() as s:
            return _dto(s, get_or_404(s, Entry, entry_id, "mục ghi / entry"))

    def list(self, meeting_id: int, kind: str | None = None) -> list[EntryDTO]:
        """The timeline in order; with *kind*, only the entries of that kind."""
        if kind is not None:
            kind = parse_enum(EntryKind, kind, "Loại / Kind")
        with self.db.read() as s:
            return load_entries(s, meeting_id, kind)
