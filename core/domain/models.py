"""SQLAlchemy ORM models: the tables that hold organisations, people and meetings."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from core.domain.uids import new_uid


class NFCText(TypeDecorator[str]):
    """Text stored in NFC whatever path it came by (services normalise too)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        value = unicodedata.normalize("NFC", value)
        if dialect.name == "postgresql" and ("\x00" in value or NUL_ESCAPE in value):
            # PostgreSQL text cannot hold U+0000 (pasted from Word): kept escaped, so the
            # same text comes back as on SQLite.
            value = value.replace(NUL_ESCAPE, NUL_ESCAPE * 2).replace("\x00", NUL_ESCAPE + "0")
        return value

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if value is not None and NUL_ESCAPE in value and dialect.name == "postgresql":
            value = _NUL_ESCAPED.sub(lambda m: "\x00" if m[1] == "0" else NUL_ESCAPE, value)
        return value


NUL_ESCAPE = "\ue000"  # a private-use character, itself doubled when it occurs
_NUL_ESCAPED = re.compile(NUL_ESCAPE + "(.)", re.DOTALL)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


# SQLite hands out a deleted row's id again unless the table is AUTOINCREMENT.
NEVER_REUSED: dict[str, Any] = {"sqlite_autoincrement": True}


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Organisation(Base):
    __tablename__ = "organisation"
    __table_args__ = (NEVER_REUSED,)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(NFCText)  # issuing body, e.g. "SỞ CÔNG THƯƠNG"
    parent_body: Mapped[str] = mapped_column(NFCText, default="")
    code: Mapped[str] = mapped_column(String(40), default="")  # e.g. "SCT", "TU"
    city: Mapped[str] = mapped_column(NFCText, default="")


class Person(Base):
    __tablename__ = "person"
    __table_args__ = (
        UniqueConstraint("full_name", "unit", name="uq_person_name_unit"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(NFCText)
    position: Mapped[str] = mapped_column(NFCText, default="")
    unit: Mapped[str] = mapped_column(NFCText, default="")
    folded: Mapped[str] = mapped_column(Text, default="", index=True)


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (NEVER_REUSED,)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    kind: Mapped[str] = mapped_column(NFCText, default="meeting")
    title: Mapped[str] = mapped_column(NFCText)
    number: Mapped[str] = mapped_column(String(40), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), nullable=True
    )
    issuing_body: Mapped[str] = mapped_column(NFCText, default="")
    parent_body: Mapped[str] = mapped_column(NFCText, default="")
    doc_code: Mapped[str] = mapped_column(String(40), default="")
    city: Mapped[str] = mapped_column(NFCText, default="")
    place: Mapped[str] = mapped_column(NFCText, default="")
    planned_start: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    planned_end: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    actual_start: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    actual_end: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    documents: Mapped[list[str]] = mapped_column(JSON, default=list)
    other_info: Mapped[str] = mapped_column(NFCText, default="")
    profile: Mapped[str] = mapped_column(String(200), default="nd30")
    quorum_rule: Mapped[str] = mapped_column(String(20), default="none")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    # The date shown in lists: actual start, else planned start, else creation.
    sort_date: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    archived_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    # The conclusion notice is a document of its own: its register number and the position
    # signing it under "TM." (e.g. CHỦ TỊCH), when not the chair's.
    notice_number: Mapped[str] = mapped_column(String(40), default="", server_default="")
    notice_signer: Mapped[str] = mapped_column(NFCText, default="", server_default="")

    __mapper_args__: dict[str, Any] = {"version_id_col": version}

    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_attendance_person"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="RESTRICT"))
    role: Mapped[str] = mapped_column(String(20), default="member")
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    arrival: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    reason: Mapped[str] = mapped_column(NFCText, default="")
    note: Mapped[str] = mapped_column(NFCText, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship(lazy="joined")


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (NEVER_REUSED,)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(NFCText)
    presenter: Mapped[str] = mapped_column(NFCText, default="")


class Entry(Base):
    __tablename__ = "entry"
    __table_args__ = (Index("ix_entry_meeting_position", "meeting_id", "position"), NEVER_REUSED)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(20), default="opinion")
    at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("attendance.id", ondelete="SET NULL"), nullable=True
    )
    speaker_text: Mapped[str] = mapped_column(NFCText, default="")
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), nullable=True
    )
    text: Mapped[str] = mapped_column(NFCText, default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    # Milliseconds into the meeting's recording when its typing began; None when nothing
    # was being recorded then.
    audio_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)

    __mapper_args__: dict[str, Any] = {"version_id_col": version}


class Indicator(Base):
    __tablename__ = "indicator"
    __table_args__ = (NEVER_REUSED,)

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("entry.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(NFCText)
    value: Mapped[str] = mapped_column(NFCText, default="")
    unit: Mapped[str] = mapped_column(NFCText, default="")
    period: Mapped[str] = mapped_column(NFCText, default="")
    target: Mapped[str] = mapped_column(NFCText, default="")


class Proposal(Base):
    __tablename__ = "proposal"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )
    proposer: Mapped[str] = mapped_column(NFCText, default="")
    status: Mapped[str] = mapped_column(String(20), default="pending")
    response: Mapped[str] = mapped_column(NFCText, default="")


class Vote(Base):
    __tablename__ = "vote"

    entry_id: Mapped[int] = mapped_column(
        ForeignKey("entry.id", ondelete="CASCADE"), primary_key=True
    )
    subject: Mapped[str] = mapped_column(NFCText, default="")
    method: Mapped[str] = mapped_column(String(20), default="show_of_hands")
    votes_for: Mapped[int] = mapped_column(Integer, default=0)
    votes_against: Mapped[int] = mapped_column(Integer, default=0)
    abstain: Mapped[int] = mapped_column(Integer, default=0)
    not_voting: Mapped[int] = mapped_column(Integer, default=0)


class ActionItem(Base):
    __tablename__ = "action_item"
    __table_args__ = (NEVER_REUSED,)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    conclusion_entry_id: Mapped[int | None] = mapped_column(
        ForeignKey("entry.id", ondelete="SET NULL"), nullable=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    task: Mapped[str] = mapped_column(NFCText)
    lead: Mapped[str] = mapped_column(NFCText, default="")
    coordinating: Mapped[str] = mapped_column(NFCText, default="")
    deadline: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="open")
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    note: Mapped[str] = mapped_column(NFCText, default="")


class Draft(Base):
    """The entry bar's unsent text, one per meeting, so a restart loses nothing."""

    __tablename__ = "draft"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="opinion")
    speaker_text: Mapped[str] = mapped_column(NFCText, default="")
    speaker_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(NFCText, default="")
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # The id the entry will get when added: a restart after a cut-off add finds it.
    entry_uid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    audio_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)


class SearchDoc(Base):
    """Folded text of every searchable field; an FTS5 index mirrors it on SQLite."""

    __tablename__ = "search_doc"
    __table_args__ = (Index("ix_search_doc_ref", "source", "ref_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    source: Mapped[str] = mapped_column(String(20))  # meeting, entry, attendee, action
    ref_id: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text, default="")
    folded: Mapped[str] = mapped_column(Text, default="")


class Revision(Base):
    """A finalized version of a meeting, kept whole so it can be exported as it was."""

    __tablename__ = "revision"
    __table_args__ = (
        UniqueConstraint("meeting_id", "number", name="uq_revision_number"),
        NEVER_REUSED,
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # RESTRICT: the signed record outlives any attempt to delete its meeting outright.
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="RESTRICT"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, … per meeting
    finalized_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    snapshot: Mapped[str] = mapped_column(Text)  # JSON: meeting_io.record_to_dict + status
