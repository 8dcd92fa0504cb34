"""Keeping search_doc current: one row of folded text per searchable record."""

from __future__ import annotations

from sqlalchemy import Connection, delete, insert, select, text
from sqlalchemy.orm import Session

from core.domain.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Entry,
    Indicator,
    Meeting,
    Person,
    Proposal,
    SearchDoc,
    Vote,
)
from core.domain.text import fold
from core.search.tokens import index_form

MEETING, ENTRY, ATTENDEE, ACTION = "meeting", "entry", "attendee", "action"


def join(*parts: str | None) -> str:
    """The parts of one search document, as they are shown in a snippet."""
    return " · ".join(p for p in parts if p)


def folded_for(conn: Connection, body: str) -> str:
    """What search_doc.folded holds: the folded text for FTS5 on SQLite; elsewhere its words
    as FTS5 splits them, between single spaces, for the LIKE search (core.search.query)."""
    return document(conn.dialect.name, body)[1]


def document(dialect: str, body: str) -> tuple[str, str]:
    """(body, folded) as search_doc stores them on *dialect*, for writes that build their
    own statements (core/services/entries.py's one-round-trip saves)."""
    folded = fold(body)
    if dialect == "sqlite":
        return body, folded
    return body.replace("\x00", " "), index_form(folded)


def _put(conn: Connection, meeting_id: int, source: str, ref_id: int, body: str) -> None:
    conn.execute(delete(SearchDoc).where(SearchDoc.source == source, SearchDoc.ref_id == ref_id))
    if body.strip():
        # A NUL is only shown in snippets; PostgreSQL refuses it, so it becomes a space there.
        stored, folded = document(conn.dialect.name, body)
        conn.execute(
            insert(SearchDoc).values(
                meeting_id=meeting_id, source=source, ref_id=ref_id, body=stored, folded=folded
            )
        )


def drop(session: Session, source: str, ref_id: int) -> None:
    session.flush()
    session.connection().execute(
        delete(SearchDoc).where(SearchDoc.source == source, SearchDoc.ref_id == ref_id)
    )


def index_meeting(session: Session, m: Meeting) -> None:
    """The header and the agenda titles, as one document."""
    session.flush()
    agenda = session.scalars(
        select(AgendaItem.title).where(AgendaItem.meeting_id == m.id).order_by(AgendaItem.position)
    )
    body = join(
        m.title,
        m.kind,
        m.number,
        m.place,
        m.issuing_body,
        m.other_info,
        *(m.documents or []),
        *agenda,
    )
    _put(session.connection(), m.id, MEETING, m.id, body)


def index_attendee(session: Session, a: Attendance) -> None:
    session.flush()
    p = a.person
    _put(
        session.connection(),
        a.meeting_id,
        ATTENDEE,
        a.id,
        join(p.full_name, p.position, p.unit, a.reason, a.note),
    )


def entry_body(speaker: str | None, text: str, extra: list[str]) -> str:
    return join(speaker, text, *extra)


def index_entry(session: Session, e: Entry) -> None:
    session.flush()
    conn = session.connection()
    speaker = e.speaker_text
    if e.speaker_id is not None:
        row = conn.execute(
            select(Person.full_name)
            .join(Attendance, Attendance.person_id == Person.id)
            .where(Attendance.id == e.speaker_id)
        ).first()
        speaker = row[0] if row else speaker
    extra: list[str] = []
    prop = session.get(Proposal, e.id)
    if prop is not None:
        extra += [prop.proposer, prop.response]
    vote = session.get(Vote, e.id)
    if vote is not None:
        extra.append(vote.subject)
    for ind in session.scalars(select(Indicator).where(Indicator.entry_id == e.id)):
        extra.append(join(ind.name, ind.value, ind.unit, ind.period, ind.target))
    _put(conn, e.meeting_id, ENTRY, e.id, entry_body(speaker, e.text, extra))


def index_speaker(session: Session, a: Attendance) -> None:
    """Re-index an attendee and the entries they spoke (after a rename)."""
    index_attendee(session, a)
    for entry in session.scalars(select(Entry).where(Entry.speaker_id == a.id)):
        index_entry(session, entry)


def index_person(session: Session, person_id: int) -> None:
    """Re-index everywhere a directory entry appears: attendance lists and their entries."""
    for a in session.scalars(select(Attendance).where(Attendance.person_id == person_id)):
        index_speaker(session, a)


def index_action(session: Session, a: ActionItem) -> None:
    session.flush()
    _put(
        session.connection(),
        a.meeting_id,
        ACTION,
        a.id,
        join(a.task, a.lead, a.coordinating, a.note),
    )


def index_whole_meeting(session: Session, meeting_id: int) -> None:
    """Re-index everything of one meeting (used after copying or bulk changes)."""
    m = session.get(Meeting, meeting_id)
    if m is None:
        return
    index_meeting(session, m)
    for att in session.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id)):
        index_attendee(session, att)
    for entry in session.scalars(select(Entry).where(Entry.meeting_id == meeting_id)):
        index_entry(session, entry)
    for act in session.scalars(select(ActionItem).where(ActionItem.meeting_id == meeting_id)):
        index_action(session, act)


def rebuild_all(conn: Connection) -> int:
    """Rebuild the whole index from the tables; returns the number of meetings indexed."""
    conn.execute(delete(SearchDoc))
    session = Session(bind=conn)
    ids = list(session.scalars(select(Meeting.id)))
    for meeting_id in ids:
        index_whole_meeting(session, meeting_id)
    session.flush()
    if conn.dialect.name == "sqlite":
        conn.execute(text("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"))
    return len(ids)
