"""The entry bar's unsent text, saved as the secretary types so a restart loses nothing."""

from __future__ import annotations

from typing import Any

from core.domain.dto import DraftDTO
from core.domain.enums import EntryKind, parse_enum
from core.domain.models import Draft, utcnow
from core.domain.text import clean_optional
from core.services.common import check_audio_ms, check_datetime, editable_meeting
from core.storage.database import Database


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
        audio_ms: int | None = None,
    ) -> DraftDTO:
        with self.db.write() as s:
            editable_meeting(s, meeting_id)  # a finalized meeting takes no new text
            d = s.get(Draft, meeting_id) or Draft(meeting_id=meeting_id)
            d.text = clean_optional(text, "Nội dung / Text", 10_000_000)
            d.kind = parse_enum(EntryKind, kind, "Loại / Kind")
            d.speaker_text = clean_optional(speaker_text, "Người phát biểu", 500)
            d.speaker_id = speaker_id
            d.started_at = check_datetime(started_at, "started_at")
            d.audio_ms = check_audio_ms(audio_ms)
            d.updated_at = utcnow()
            s.add(d)
            return self._dto(d)

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
            audio_ms=d.audio_ms,
        )
