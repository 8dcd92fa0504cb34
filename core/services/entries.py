"""The live timeline: entries with their proposal, vote and indicator details."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import DateTime, delete, select, update
from sqlalchemy.orm import Session

from core.domain import convert
from core.domain.dto import EntryDTO, ProposalDTO
from core.domain.enums import (
    OFFICIAL_ROLES,
    PRESENT_STATUSES,
    EntryKind,
    MeetingStatus,
    ProposalStatus,
    VoteMethod,
    parse_enum,
)
from core.domain.models import (
    AgendaItem,
    Attendance,
    Draft,
    Entry,
    Indicator,
    Meeting,
    NFCText,
    Proposal,
    Vote,
    utcnow,
)
from core.domain.text import clean_optional, nfc
from core.domain.uids import new_uid
from core.errors import ConflictError, NotFoundError, ValidationError
from core.search import index as search_index
from core.services.common import (
    SQLITE_INT_MAX,
    check_audio_ms,
    check_count,
    check_datetime,
    checked_uid,
    editable_meeting,
    get_or_404,
    next_position,
    touch,
)
from core.services.meetings import load_entries
from core.storage.database import Database
from core.storage.script import Statement, run_script

TEXT_MAX = 10_000_000  # a 10 MB paste is kept whole; larger is refused with a message


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


Ref = int | str  # an entry's id, or the uid the window gave it (its id may not be known yet)


def _find(s: Session, ref: Ref) -> Entry:
    if isinstance(ref, str):
        e = s.scalar(select(Entry).where(Entry.uid == ref))
        if e is None:
            raise NotFoundError(f"Không tìm thấy mục ghi {ref}. / No entry {ref}.")
        return e
    return get_or_404(s, Entry, ref, "mục ghi / entry")


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
        uid: str | None = None,
        speaker_id: int | None = None,
        speaker_text: str = "",
        at: Any = None,
        agenda_item_id: int | None = None,
        index: int | None = None,
        proposal: Mapping[str, Any] | None = None,
        vote: Mapping[str, Any] | None = None,
        indicators: Iterable[Mapping[str, Any]] | None = None,
        audio_ms: int | None = None,
        clear_draft: bool = False,
    ) -> EntryDTO:
        """Append (or insert at *index*) one timeline entry, with its details, in one go.

        *uid* makes the call safe to repeat: when an earlier attempt was stored although
        its reply was lost, the entry is found and updated to what is given now (what was
        typed meanwhile), never added twice. *clear_draft* empties the entry bar's saved
        draft in the same transaction.
        """
        uid = uid or new_uid()
        fields: dict[str, Any] = {
            "kind": kind,
            "text": text,
            "speaker_id": speaker_id,
            "speaker_text": speaker_text,
            "at": at,
            "agenda_item_id": agenda_item_id,
            "audio_ms": audio_ms,
        }
        if proposal is not None:
            fields["proposal"] = proposal
        if vote is not None:
            fields["vote"] = vote
        if indicators is not None:
            fields["indicators"] = indicators
        if index is None and vote is None and not indicators:
            return self._add_lean(meeting_id, uid, fields, clear_draft)
        return self._add_orm(meeting_id, uid, fields, index, clear_draft)

    def _add_orm(
        self,
        meeting_id: int,
        uid: str,
        fields: dict[str, Any],
        index: int | None,
        clear_draft: bool,
        ident: int | None = None,
    ) -> EntryDTO:
        """Any entry, details and place included; *ident* gives a restored entry its id."""
        kind, vote = fields["kind"], fields.get("vote")
        proposal, indicators = fields.get("proposal"), fields.get("indicators")
        with self.db.write() as s:
            existing = s.scalar(select(Entry).where(Entry.uid == uid))
            if existing is not None:
                return self._apply(s, existing, _again(fields))
            m = editable_meeting(s, meeting_id)
            k = parse_enum(EntryKind, kind, "Loại / Kind")
            body = _checked_text(fields["text"], k, vote is not None)
            e = Entry(
                id=ident,
                uid=checked_uid(uid),
                meeting_id=meeting_id,
                kind=k,
                text=body,
                at=check_datetime(fields["at"], "Thời điểm / Time") or _now(),
                speaker_id=_speaker(s, meeting_id, fields["speaker_id"]),
                speaker_text=clean_optional(fields["speaker_text"], "Người phát biểu", 500).strip(),
                agenda_item_id=_agenda(s, meeting_id, fields["agenda_item_id"]),
                position=next_position(s, Entry.position, Entry.meeting_id, meeting_id),
                audio_ms=check_audio_ms(fields["audio_ms"]),
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
            if clear_draft:
                _clear_draft(s, meeting_id, uid)
            touch(m)
            search_index.index_entry(s, e)
            return _dto(s, e)

    def _add_lean(
        self, meeting_id: int, uid: str, fields: dict[str, Any], clear_draft: bool
    ) -> EntryDTO:
        """A plain entry (the entry bar's usual Enter) in two round trips: one read that
        checks everything, one batch that writes the row, its search text, the draft and
        the meeting's change mark (core/storage/script.py)."""
        uid = checked_uid(uid)
        k = parse_enum(EntryKind, fields["kind"], "Loại / Kind")
        body = _checked_text(fields["text"], k, False)
        at = check_datetime(fields["at"], "Thời điểm / Time") or _now()
        speaker_text = clean_optional(fields["speaker_text"], "Người phát biểu", 500).strip()
        audio_ms = check_audio_ms(fields["audio_ms"])
        speaker_id = _ref_id(fields["speaker_id"], "người phát biểu / speaker")
        agenda_id = _ref_id(fields["agenda_item_id"], "mục chương trình / agenda item")
        _ref_id(meeting_id, "cuộc họp / meeting")
        proposal = fields.get("proposal")
        if proposal is not None or k == EntryKind.PROPOSAL:
            proposal = _proposal_values(proposal or {})
        (row,) = self.db.query(
            "SELECT m.status, a.meeting_id, p.full_name, p.position, p.unit, g.meeting_id, e.id"
            " FROM (SELECT 1 AS one) AS x"
            " LEFT JOIN meeting m ON m.id = :mid"
            " LEFT JOIN attendance a ON a.id = :speaker"
            " LEFT JOIN person p ON p.id = a.person_id"
            " LEFT JOIN agenda_item g ON g.id = :agenda"
            " LEFT JOIN entry e ON e.uid = :uid",
            {"mid": meeting_id, "speaker": speaker_id, "agenda": agenda_id, "uid": uid},
        )
        status, sp_meeting, sp_name, sp_position, sp_unit, ag_meeting, existing = row
        if existing is not None:  # stored by an attempt whose reply was lost
            return self.update(uid, **_again(fields))
        if status is None:
            raise NotFoundError(
                f"Không tìm thấy cuộc họp #{meeting_id}. / No meeting #{meeting_id}."
            )
        if status == MeetingStatus.FINALIZED:
            editable_meeting_refusal()
        if speaker_id is not None and sp_meeting != meeting_id:
            if sp_meeting is None:
                raise NotFoundError(
                    f"Không tìm thấy người phát biểu #{speaker_id}. / No speaker #{speaker_id}."
                )
            raise ValidationError(
                "Người phát biểu không dự cuộc họp này. / The speaker is not an"
                " attendee of this meeting."
            )
        if agenda_id is not None and ag_meeting != meeting_id:
            if ag_meeting is None:
                raise NotFoundError(
                    f"Không tìm thấy mục chương trình #{agenda_id}. / No agenda item #{agenda_id}."
                )
            raise ValidationError(
                "Mục chương trình thuộc cuộc họp khác. / The agenda item belongs to another"
                " meeting."
            )
        name = sp_name if speaker_id is not None else speaker_text
        extra = [proposal["proposer"], proposal["response"]] if proposal is not None else []
        doc_body, doc_folded = search_index.document(
            self.db.engine.dialect.name, search_index.entry_body(name, body, extra)
        )
        has_row = "EXISTS (SELECT 1 FROM entry WHERE uid = :uid)"
        statements = [
            Statement(
                "INSERT INTO entry (uid, meeting_id, position, kind, at, speaker_id,"
                " speaker_text, agenda_item_id, text, version, audio_ms)"
                " SELECT :uid, :mid, COALESCE((SELECT MAX(position) + 1 FROM entry"
                " WHERE meeting_id = :mid), 0), :kind, :at, :speaker, :speaker_text, :agenda,"
                " :text, 1, :audio_ms"
                " WHERE EXISTS (SELECT 1 FROM meeting WHERE id = :mid AND status <> :final)",
                {
                    "uid": uid,
                    "mid": meeting_id,
                    "kind": k.value,
                    "at": at,
                    "speaker": speaker_id,
                    "speaker_text": speaker_text,
                    "agenda": agenda_id,
                    "text": body,
                    "audio_ms": audio_ms,
                    "final": MeetingStatus.FINALIZED.value,
                },
                {"at": DateTime(), "speaker_text": NFCText(), "text": NFCText()},
            )
        ]
        if proposal is not None:
            statements.append(
                Statement(
                    "INSERT INTO proposal (entry_id, proposer, status, response)"
                    " SELECT id, :proposer, :status, :response FROM entry WHERE uid = :uid",
                    {"uid": uid, **proposal},
                    {"proposer": NFCText(), "response": NFCText()},
                )
            )
        if doc_body.strip():
            statements.append(
                Statement(
                    "INSERT INTO search_doc (meeting_id, source, ref_id, body, folded)"
                    " SELECT :mid, :source, id, :body, :folded FROM entry WHERE uid = :uid",
                    {
                        "mid": meeting_id,
                        "source": search_index.ENTRY,
                        "uid": uid,
                        "body": doc_body,
                        "folded": doc_folded,
                    },
                )
            )
        if clear_draft:
            statements.append(
                Statement(
                    "DELETE FROM draft WHERE meeting_id = :mid"
                    f" AND (entry_uid = :uid OR entry_uid IS NULL) AND {has_row}",
                    {"mid": meeting_id, "uid": uid},
                )
            )
        statements += [
            _touch_statement(meeting_id, has_row, {"uid": uid}),
            Statement(
                "SELECT id, position FROM entry WHERE uid = :uid", {"uid": uid}, returns=True
            ),
        ]
        found = run_script(self.db, statements)[-1]
        if not found:  # finalized or deleted between the check and the write
            with self.db.write() as s:
                editable_meeting(s, meeting_id)
            raise ConflictError(
                "Cuộc họp vừa thay đổi; hãy thêm lại. / The meeting just changed; add again."
            )
        ident, position = found[0]
        return EntryDTO(
            id=ident,
            meeting_id=meeting_id,
            order=position,
            kind=k.value,
            at=at,
            speaker_id=speaker_id,
            speaker_name=name or "",
            speaker_position=(sp_position or "") if speaker_id is not None else "",
            speaker_unit=(sp_unit or "") if speaker_id is not None else "",
            agenda_item_id=agenda_id,
            text=body,
            version=1,
            proposal=ProposalDTO(**proposal) if proposal is not None else None,
            uid=uid,
            audio_ms=audio_ms,
        )

    def update(
        self,
        ref: Ref,
        expected_version: int | None = None,
        base: Mapping[str, Any] | None = None,
        **fields: Any,
    ) -> EntryDTO:
        """Change fields of an entry (by id or uid). With *expected_version*, refuse to
        overwrite any change made since; with *base* (what each field held when the edit
        began), refuse only when someone else changed one of these same fields."""
        if set(fields) == {"text"}:
            lean = self._update_text_lean(ref, expected_version, fields["text"], base)
            if lean is not None:
                return lean
        with self.db.write() as s:
            e = _find(s, ref)
            if expected_version is not None and e.version != expected_version:
                raise ConflictError(
                    "Mục này vừa được người khác sửa. / Someone else changed"
                    " this entry after you opened it."
                )
            clashes = {
                f: _value(e, f)
                for f in fields
                if base is not None
                and f in base
                and _value(e, f) not in (base[f], _normal(f, fields[f]))
            }
            if clashes:
                raise ConflictError(
                    "Chưa lưu: mục ghi vừa được người khác sửa. / Not saved: someone else"
                    " changed this entry.",
                    clashes,
                    _dto(s, e),
                )
            return self._apply(s, e, fields)

    def _apply(self, s: Session, e: Entry, fields: Mapping[str, Any]) -> EntryDTO:
        m = editable_meeting(s, e.meeting_id)
        for key, value in fields.items():
            if key == "text":
                kind = parse_enum(EntryKind, fields.get("kind", e.kind), "Loại / Kind")
                e.text = _checked_text(value, kind, kind == EntryKind.VOTE)
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
            elif key == "audio_ms":
                e.audio_ms = check_audio_ms(value)
            elif key == "proposal":
                _set_proposal(s, e, value)
            elif key == "vote":
                _set_vote(s, e, value)
            elif key == "indicators":
                _set_indicators(s, e, value)
            else:
                raise ValidationError(f"Trường không tồn tại / unknown field: {key}")
        if set(fields) & {"proposal", "vote", "indicators"}:
            e.version += 1  # details live in their own tables; the entry counts as changed
        touch(m)
        s.flush()
        search_index.index_entry(s, e)
        return _dto(s, e)

    def _update_text_lean(
        self,
        ref: Ref,
        expected_version: int | None,
        new_text: str,
        base: Mapping[str, Any] | None,
    ) -> EntryDTO | None:
        """A text edit in two round trips; None when the entry has figures or a vote (whose
        search text and counts the ordinary path recomputes)."""
        key = "e.uid = :ref" if isinstance(ref, str) else "e.id = :ref"
        rows = self.db.query(
            "SELECT e.id, e.meeting_id, e.version, e.kind, e.at, e.speaker_id,"
            " e.speaker_text, e.agenda_item_id, e.position, e.uid, e.audio_ms, e.text,"
            " m.status, p.full_name, p.position, p.unit,"
            " pr.proposer, pr.status, pr.response,"
            " (SELECT COUNT(*) FROM vote v WHERE v.entry_id = e.id)"
            " + (SELECT COUNT(*) FROM indicator i WHERE i.entry_id = e.id)"
            " FROM entry e JOIN meeting m ON m.id = e.meeting_id"
            " LEFT JOIN attendance a ON a.id = e.speaker_id"
            " LEFT JOIN person p ON p.id = a.person_id"
            " LEFT JOIN proposal pr ON pr.entry_id = e.id"
            f" WHERE {key}",
            {"ref": ref},
        )
        row = rows[0] if rows else None
        if row is None:
            raise NotFoundError(f"Không tìm thấy mục ghi {ref}. / No entry {ref}.")
        (
            ident,
            mid,
            version,
            kind,
            at,
            speaker_id,
            speaker_text,
            agenda_id,
            position,
            uid,
            audio_ms,
            current,
            status,
            sp_name,
            sp_position,
            sp_unit,
            proposer,
            p_status,
            response,
            details,
        ) = row
        if details:
            return None
        if status == MeetingStatus.FINALIZED:
            editable_meeting_refusal()
        name = sp_name if speaker_id is not None else speaker_text

        def shown(text_now: str, version_now: int) -> EntryDTO:
            return EntryDTO(
                id=ident,
                meeting_id=mid,
                order=position,
                kind=kind,
                at=check_datetime(at, "at"),
                speaker_id=speaker_id,
                speaker_name=name or "",
                speaker_position=(sp_position or "") if speaker_id is not None else "",
                speaker_unit=(sp_unit or "") if speaker_id is not None else "",
                agenda_item_id=agenda_id,
                text=text_now,
                version=version_now,
                proposal=(
                    ProposalDTO(proposer=proposer or "", status=p_status, response=response or "")
                    if p_status is not None
                    else None
                ),
                uid=uid,
                audio_ms=audio_ms,
            )

        if expected_version is not None and version != expected_version:
            raise ConflictError(
                "Mục này vừa được người khác sửa. / Someone else changed"
                " this entry after you opened it."
            )
        if base is not None and "text" in base and current not in (base["text"], nfc(new_text)):
            raise ConflictError(
                "Chưa lưu: mục ghi vừa được người khác sửa. / Not saved: someone else"
                " changed this entry.",
                {"text": current},
                shown(current, version),
            )
        body = _checked_text(new_text, parse_enum(EntryKind, kind, "Loại / Kind"), False)
        extra = [proposer, response] if p_status is not None else []
        doc_body, doc_folded = search_index.document(
            self.db.engine.dialect.name, search_index.entry_body(name, body, extra)
        )
        ours = "EXISTS (SELECT 1 FROM entry WHERE id = :id AND version = :next)"
        guard = {"id": ident, "next": version + 1}
        statements = [
            Statement(
                "UPDATE entry SET text = :text, version = version + 1"
                " WHERE id = :id AND version = :version AND EXISTS"
                " (SELECT 1 FROM meeting WHERE id = :mid AND status <> :final)",
                {
                    "text": body,
                    "id": ident,
                    "version": version,
                    "mid": mid,
                    "final": MeetingStatus.FINALIZED.value,
                },
                {"text": NFCText()},
            ),
            Statement(
                f"DELETE FROM search_doc WHERE source = :source AND ref_id = :id AND {ours}",
                {"source": search_index.ENTRY, **guard},
            ),
        ]
        if doc_body.strip():
            statements.append(
                Statement(
                    "INSERT INTO search_doc (meeting_id, source, ref_id, body, folded)"
                    f" SELECT :mid, :source, :id, :body, :folded WHERE {ours}",
                    {
                        "mid": mid,
                        "source": search_index.ENTRY,
                        "body": doc_body,
                        "folded": doc_folded,
                        **guard,
                    },
                )
            )
        statements += [
            _touch_statement(mid, ours, guard),
            Statement("SELECT version FROM entry WHERE id = :id", {"id": ident}, returns=True),
        ]
        now = run_script(self.db, statements)[-1]
        if not now or now[0][0] != version + 1:
            raise ConflictError(
                "Mục này vừa được người khác sửa. / Someone else changed"
                " this entry after you opened it."
            )
        return shown(body, version + 1)

    def delete(self, ref: Ref) -> EntryDTO:
        """Remove an entry; the returned DTO is what restore() needs to undo it."""
        with self.db.write() as s:
            e = _find(s, ref)
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
        """Undo a delete: the entry back where it was, with its id, uid and details."""
        speaker, item = dto.speaker_id, dto.agenda_item_id
        with self.db.read() as s:
            if speaker is not None and s.get(Attendance, speaker) is None:
                speaker = None
            if item is not None and s.get(AgendaItem, item) is None:
                item = None
            # Keep the id it had, so commands and exports that named it still find it.
            ident = dto.id if s.get(Entry, dto.id) is None else None
        fields: dict[str, Any] = {
            "kind": dto.kind,
            "text": dto.text,
            "speaker_id": speaker,
            "speaker_text": "" if speaker is not None else dto.speaker_name,
            "at": dto.at,
            "agenda_item_id": item,
            "audio_ms": dto.audio_ms,
            "proposal": vars(dto.proposal) if dto.proposal else None,
            "vote": {k: v for k, v in vars(dto.vote).items() if k != "base"} if dto.vote else None,
            "indicators": [vars(i) for i in dto.indicators] or None,
        }
        fields = {k: v for k, v in fields.items() if v is not None or k in _ALWAYS}
        return self._add_orm(dto.meeting_id, dto.uid or new_uid(), fields, dto.order, False, ident)

    def move(self, ref: Ref, new_index: int) -> list[EntryDTO]:
        """Move an entry to *new_index* in the timeline; returns the new order."""
        with self.db.write() as s:
            e = _find(s, ref)
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

    def get(self, ref: Ref) -> EntryDTO:
        with self.db.read() as s:
            return _dto(s, _find(s, ref))

    def list(self, meeting_id: int, kind: str | None = None) -> list[EntryDTO]:
        """The timeline in order; with *kind*, only the entries of that kind."""
        if kind is not None:
            kind = parse_enum(EntryKind, kind, "Loại / Kind")
        with self.db.read() as s:
            return load_entries(s, meeting_id, kind)


def _value(e: Entry, field: str) -> Any:
    """A field of the stored entry, in the form the window edits it."""
    if field == "speaker_text":
        return e.speaker_text if e.speaker_id is None else ""
    return getattr(e, field, None)


def _normal(field: str, value: Any) -> Any:
    """*value* as the entry would store it (to tell "same as mine" from "changed")."""
    if field == "text" and isinstance(value, str):
        return nfc(value)
    if field == "at":
        return check_datetime(value, "at")
    return value


def _again(fields: Mapping[str, Any]) -> dict[str, Any]:
    """What a repeated add changes on the row an earlier attempt stored: what may have been
    typed meanwhile (text, kind, speaker, details), never the moment, place or agenda item
    it was created with."""
    again = {k: fields[k] for k in ("kind", "text") if k in fields}
    if fields.get("speaker_id") is not None or fields.get("speaker_text"):
        again["speaker_id"] = fields.get("speaker_id")
        again["speaker_text"] = fields.get("speaker_text") or ""
    again.update({k: v for k, v in fields.items() if k in _DETAILS and v is not None})
    return again


_DETAILS = ("proposal", "vote", "indicators")
_ALWAYS = {"kind", "text", "speaker_id", "speaker_text", "at", "agenda_item_id", "audio_ms"}


def _checked_text(value: Any, kind: str, may_be_empty: bool) -> str:
    body = clean_optional(value, "Nội dung / Text", TEXT_MAX)
    if not body.strip() and not (kind == EntryKind.VOTE and may_be_empty):
        raise ValidationError(
            "Nội dung không được để trống. / The text must not be empty.", field="text"
        )
    return body


def _ref_id(value: Any, label: str) -> int | None:
    """An id to look up in SQL; one that cannot exist is not found (as get_or_404 says)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > SQLITE_INT_MAX:
        vi, _, en = label.partition(" / ")
        raise NotFoundError(f"Không tìm thấy {vi} #{value}. / No {en} #{value}.")
    return value


def _proposal_values(data: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "proposer": clean_optional(data.get("proposer", ""), "Người đề xuất", 500),
        "status": parse_enum(
            ProposalStatus, data.get("status") or "pending", "Tình trạng đề xuất / Proposal status"
        ).value,
        "response": clean_optional(data.get("response", ""), "Trả lời", 100_000),
    }


def _clear_draft(s: Session, meeting_id: int, uid: str) -> None:
    d = s.get(Draft, meeting_id)
    if d is not None and d.entry_uid in (uid, None):
        s.delete(d)


def _touch_statement(meeting_id: int, condition: str, params: Mapping[str, Any]) -> Statement:
    """The meeting marked changed (and its version counted up), as touch() does it."""
    return Statement(
        f"UPDATE meeting SET updated_at = :now, version = version + 1 WHERE id = :mid"
        f" AND {condition}",
        {"now": utcnow(), "mid": meeting_id, **params},
        {"now": DateTime()},
    )


def editable_meeting_refusal() -> None:
    raise ValidationError(
        "Biên bản đã được chốt (finalized), không sửa được; hãy mở lại để tạo bản sửa đổi."
        " / The minutes are finalized and read-only; reopen them to make a new revision."
    )
