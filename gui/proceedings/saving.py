"""Saving from the Proceedings tab when the line breaks or two people edit one entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from core.domain.dto import EntryDTO
from core.errors import ConflictError, ConnectionLostError
from gui.conflict_dialog import Choice
from gui.i18n import label

if TYPE_CHECKING:
    from gui.proceedings.tab import ProceedingsTab

    _Base = ProceedingsTab
else:
    _Base = object


class SavingMixin(_Base):
    """Adding without duplicates after a lost connection; in-place edits that never
    silently overwrite someone else's change to the same field."""

    _pending_add: tuple[int, int | None, dict[str, Any]] | None
    ask_conflict: Callable[..., object]
    _asking: set[int]  # entries whose conflict dialog is open
    _accepted: dict[tuple[int, str], Any]  # (entry, field): their value I chose to overwrite

    def _add(self, mid: int, agenda: int | None, data: dict[str, Any], once: bool) -> EntryDTO:
        try:
            if once:  # an earlier add was cut off: it may be stored already
                from core.services.retry import (
                    add_entry_once,  # loads with the services, not at start
                )

                dto = add_entry_once(self.services, mid, agenda, data)
            else:
                dto = self.services.entries.add(mid, agenda_item_id=agenda, **data)
        except ConnectionLostError:
            self._pending_add = (mid, agenda, data)
            raise
        self._pending_add = None
        return dto

    def _retry_add(self) -> None:
        """The hub's retry: add the cut-off entry if the box still holds its text."""
        pending = self._pending_add
        if pending is None or self._meeting is None or self._meeting.id != pending[0]:
            return
        mid, agenda, data = pending
        if self.bar.plain_text().strip() != data["text"]:
            return  # edited meanwhile: the next Enter adds it (checked against the lost one)
        dto = self.attempt(lambda: self._add(mid, agenda, data, True), retry=self._retry_add)
        if dto is not None:
            self._added(dto)

    def _update_entry(self, entry: EntryDTO, fields: dict[str, Any]) -> EntryDTO:
        """Save an in-place edit. If someone else changed the same field meanwhile, this
        save is refused (the edit stays, in red) and the conflict dialog opens."""
        version = entry.version
        for _round in range(5):
            try:
                saved = self.services.entries.update(entry.id, version, **fields)
            except ConflictError:
                fresh = self.services.entries.get(entry.id)
            else:
                for f in fields:
                    self._accepted.pop((entry.id, f), None)
                return saved
            clashes = {
                f: v
                for f, v in fields.items()
                if _entry_value(fresh, f)
                not in (v, self._accepted.get((entry.id, f), _entry_value(entry, f)))
            }
            if clashes:
                self._ask_entry(entry, fresh, clashes)
                raise ConflictError(self.tr("Chưa lưu: mục ghi vừa được người khác sửa."))
            version = fresh.version  # they changed another field: save over their version
        raise ConflictError(self.tr("Mục ghi đang được sửa liên tục ở nơi khác; thử lại sau."))

    def _ask_entry(self, entry: EntryDTO, fresh: EntryDTO, clashes: dict[str, Any]) -> None:
        if entry.id in self._asking:
            return
        self._asking.add(entry.id)
        what = self.tr("Mục ghi lúc %1").replace(
            "%1", entry.at.strftime("%H:%M") if entry.at else "?"
        )
        mine = "\n".join(_shown(f, v) for f, v in clashes.items())
        theirs = "\n".join(_shown(f, _entry_value(fresh, f)) for f in clashes)

        def answer(choice: Choice) -> None:
            self._asking.discard(entry.id)
            if choice is Choice.MINE:
                for f in clashes:  # overwrite that version, knowingly
                    self._accepted[(entry.id, f)] = _entry_value(fresh, f)
                self.model.retry_unsaved()
            elif choice is Choice.THEIRS:
                self.model.discard_unsaved(entry.id)
                self.model.replace(fresh)

        self.ask_conflict(self, what, mine, theirs, answer)


def _entry_value(e: EntryDTO, field: str) -> Any:
    if field == "speaker_text":
        return e.speaker_name if e.speaker_id is None else ""
    return getattr(e, field, None)


def _shown(field: str, value: Any) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%H:%M:%S")
    if field == "kind":
        return label(str(value))
    return "" if value is None else str(value)
