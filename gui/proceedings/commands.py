"""Undoable timeline actions: each redo/undo is one service call through the hub."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from core.domain.dto import EntryDTO, MeetingDTO


class Host(Protocol):
    """What the commands need from the tab (kept narrow so they are easy to test)."""

    services: Any

    def attempt(self, action: Callable[[], Any]) -> Any: ...

    def entries_changed(self, select_id: int | None = None) -> None: ...

    def meeting_changed(self, meeting: MeetingDTO) -> None: ...


class IdMap:
    """Restoring a deleted entry gives it a new id; older commands follow it here."""

    def __init__(self) -> None:
        self._ids: dict[int, int] = {}

    def moved(self, old: int, new: int) -> None:
        for k, v in self._ids.items():
            if v == old:
                self._ids[k] = new
        self._ids[old] = new

    def __call__(self, entry_id: int) -> int:
        return self._ids.get(entry_id, entry_id)


class DeleteEntryCommand(QUndoCommand):
    def __init__(self, host: Host, ids: IdMap, entry: EntryDTO) -> None:
        super().__init__()
        self.setText(QCoreApplication.translate("ProceedingsTab", "Xóa mục ghi"))
        self._host = host
        self._ids = ids
        self._entry = entry

    def redo(self) -> None:
        removed = self._host.attempt(
            lambda: self._host.services.entries.delete(self._ids(self._entry.id))
        )
        if removed is None:
            self.setObsolete(True)
            return
        self._entry = removed
        self._host.entries_changed()

    def undo(self) -> None:
        back = self._host.attempt(lambda: self._host.services.entries.restore(self._entry))
        if back is None:
            return
        self._ids.moved(self._entry.id, back.id)
        self._entry = back
        self._host.entries_changed(select_id=back.id)


class MoveEntryCommand(QUndoCommand):
    def __init__(self, host: Host, ids: IdMap, entry_id: int, old: int, new: int) -> None:
        super().__init__()
        self.setText(QCoreApplication.translate("ProceedingsTab", "Di chuyển mục ghi"))
        self._host = host
        self._ids = ids
        self._entry_id = entry_id
        self._old = old
        self._new = new

    def _go(self, index: int) -> bool:
        ident = self._ids(self._entry_id)
        done = self._host.attempt(lambda: self._host.services.entries.move(ident, index))
        if done is not None:
            self._host.entries_changed(select_id=ident)
        return done is not None

    def redo(self) -> None:
        if not self._go(self._new):
            self.setObsolete(True)

    def undo(self) -> None:
        self._go(self._old)


class StampCommand(QUndoCommand):
    """Start or end of the meeting; undo puts the previous time back."""

    def __init__(self, host: Host, meeting: MeetingDTO, field: str, at: dt.datetime) -> None:
        super().__init__()
        self.setText(
            QCoreApplication.translate("ProceedingsTab", "Bắt đầu họp")
            if field == "actual_start"
            else QCoreApplication.translate("ProceedingsTab", "Kết thúc họp")
        )
        self._host = host
        self._meeting_id = meeting.id
        self._field = field
        self._old = getattr(meeting, field)
        self._at = at

    def _run(self, call: Callable[[], MeetingDTO]) -> bool:
        done = self._host.attempt(call)
        if done is not None:
            self._host.meeting_changed(done)
        return done is not None

    def redo(self) -> None:
        meetings, mid, at = self._host.services.meetings, self._meeting_id, self._at
        stamp = meetings.start if self._field == "actual_start" else meetings.end
        if not self._run(lambda: stamp(mid, at)):
            self.setObsolete(True)

    def undo(self) -> None:
        meetings, mid = self._host.services.meetings, self._meeting_id
        self._run(lambda: meetings.update(mid, **{self._field: self._old}))
