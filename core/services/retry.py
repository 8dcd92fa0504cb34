"""Saving again after a lost connection without storing anything twice."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from core.domain.dto import EntryDTO
from core.domain.text import nfc
from core.services import Services
from core.services.common import check_datetime


def _is_same(e: EntryDTO, agenda_item_id: int | None, data: Mapping[str, Any]) -> bool:
    speaker_id = data.get("speaker_id")
    speaker_ok = e.speaker_id == speaker_id and (
        speaker_id is not None or e.speaker_name == str(data.get("speaker_text") or "").strip()
    )
    return (
        speaker_ok
        and e.kind == data.get("kind")
        and e.text == nfc(str(data.get("text") or ""))
        and e.at == check_datetime(data.get("at"), "at")
        and e.agenda_item_id == agenda_item_id
    )


def find_added(
    services: Services, meeting_id: int, agenda_item_id: int | None, data: Mapping[str, Any]
) -> EntryDTO | None:
    """The entry an earlier attempt stored, if its commit went through before the line broke.

    An entry is stamped with the second its typing began, so the same kind, text, time,
    speaker and agenda item means the same entry, not a second one typed alike.
    """
    for e in reversed(services.entries.list(meeting_id)):
        if _is_same(e, agenda_item_id, data):
            return e
    return None


def add_entry_once(
    services: Services, meeting_id: int, agenda_item_id: int | None, data: Mapping[str, Any]
) -> EntryDTO:
    """Add the entry *data* (as the entry bar gives it) unless it is already there."""
    found = find_added(services, meeting_id, agenda_item_id, data)
    if found is not None:
        return found
    return services.entries.add(meeting_id, agenda_item_id=agenda_item_id, **data)
