"""A small signal hub: views learn that a meeting changed, and every save reports here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from core.errors import BienBanError, ConflictError, ValidationError

T = TypeVar("T")


class Hub(QObject):
    """Passed to every view through its constructor (no globals)."""

    meetingChanged = Signal(int)  # header, attendance, agenda, entries or actions of a meeting
    meetingsListChanged = Signal()  # a meeting was created, deleted or renamed
    saved = Signal(str)  # "HH:MM:SS" of the last successful save
    saveFailed = Signal(str)  # a message a secretary can read
    status = Signal(str)  # a passing message for the status bar

    def attempt(self, action: Callable[[], T], *, meeting_id: int | None = None) -> T | None:
        """Run one service call; report success or failure; return its result or None.

        Validation errors are the user's to fix (shown, nothing saved); storage errors
        are reported in red until the next successful save.
        """
        try:
            result = action()
        except (ValidationError, ConflictError) as exc:
            self.saveFailed.emit(exc.message)
            return None
        except BienBanError as exc:
            self.saveFailed.emit(exc.message)
            return None
        self.saved.emit(dt.datetime.now().strftime("%H:%M:%S"))
        if meeting_id is not None:
            self.meetingChanged.emit(meeting_id)
        return result
