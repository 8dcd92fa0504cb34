"""The entry bar's unsent text, saved as the secretary types so a restart loses nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import DateTime

from core.domain.dto import DraftDTO
from core.domain.enums import EntryKind, MeetingStatus, parse_enum
from core.domain.models import Draft, NFCText, utcnow
from core.domain.text import clean_optional
from core.errors import ValidationError
from core.services.common import check_audio_ms, check_datetime, editable_meeting
from core.storage.database import Database
from core.storage.script import Statement, run_script


class DraftService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(
        self,
        meeting_id: int,
        text: str,
        kind: str = "opinion",
        speaker_text: str = "",
        speaker_id: int | None = None,
        started_at: Any = None,
        entry_uid: str | None = None,
        audio_ms: int | None = None,
    ) -> DraftDTO:
        """Keep what the entry bar holds: one statement, one round trip to a server."""
        dto = DraftDTO(
            meeting_id=meeting_id,
            kind=parse_enum(EntryKind, kind, "Loại / Kind").value,
            speaker_text=clean_optional(speaker_text, "Người phát biểu", 500),
            speaker_id=speaker_id,
            text=clean_optional(text, "Nội dung / Text", 10_000_000),
            started_at=check_datetime(started_at, "started_at"),
            entry_uid=entry_uid if entry_uid else None,
            audio_ms=check_audio_ms(audio_ms),
        )
        if dto.entry_uid is not None and len(dto.entry_uid) > 36:
            raise ValidationError("Mã mục ghi không hợp lệ. / Not a valid entry uid.")
        saved = run_script(
            self.db,
            [
                Statement(
                    "INSERT INTO draft (meeting_id, kind, speaker_text, speaker_id, text,"
                    " started_at, updated_at, entry_uid, audio_ms)"
                    " SELECT :mid, :kind, :speaker_text, :speaker_id, :text, :started_at,"
                    " :now, :entry_uid, :audio_ms"
                    " WHERE EXISTS (SELECT 1 FROM meeting WHERE id = :mid AND status <> :final)"
                    " ON CONFLICT (meeting_id) DO UPDATE SET kind = excluded.kind,"
                    " speaker_text = excluded.speaker_text, speaker_id = excluded.speaker_id,"
                    " text = excluded.text, started_at = excluded.started_at,"
                    " updated_at = excluded.updated_at, entry_uid = excluded.entry_uid,"
                    " audio_ms = excluded.audio_ms"
                    " RETURNING meeting_id",
                    {
                        "mid": meeting_id,
                        "kind": dto.kind,
                        "speaker_text": dto.speaker_text,
                        "speaker_id": speaker_id,
                        "text": dto.text,
                        "started_at": dto.started_at,
                        "now": utcnow(),
                        "entry_uid": dto.entry_uid,
                        "audio_ms": audio_ms,
                        "final": MeetingStatus.FINALIZED.value,
                    },
                    {
                        "speaker_text": NFCText(),
                        "text": NFCText(),
                        "started_at": DateTime(),
                        "now": DateTime(),
                    },
                    returns=True,
                )
            ],
        )[0]
        if not saved:  # a finalized meeting takes no new text; a missing one says so
            with self.db.read() as s:
                editable_meeting(s, meeting_id)
        return dto

    def get(self, meeting_id: int) -> DraftDTO | None:
        with self.db.read() as s:
            d = s.get(Draft, meeting_id)
            return None if d is None else self._dto(d)

    def clear(self, meeting_id: int) -> None:
        with self.db.write() as s:
            d = s.get(Draft, meeting_id)
            if d is not None:
                s.delete(d)

    @staticmethod
    def _dto(d: Draft) -> DraftDTO:
        return DraftDTO(
            meeting_id=d.meeting_id,
            kind=d.kind,
            speaker_text=d.speaker_text,
            speaker_id=d.speaker_id,
            text=d.text,
            started_at=d.started_at,
            entry_uid=d.entry_uid,
            audio_ms=d.audio_ms,
        )
