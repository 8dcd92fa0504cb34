"""A small signal hub: views learn that a meeting changed, and every save reports here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import (
    BienBanError,
    ConflictError,
    ConnectionLostError,
    StorageError,
    ValidationError,
)

T = TypeVar("T")


class Hub(QObject):
    """Passed to every view through its constructor (no globals)."""

    meetingChanged = Signal(int)  # header, attendance, agenda, entries or actions of a meeting
    meetingsListChanged = Signal()  # a meeting was created, deleted or renamed
    saved = Signal(str)  # "HH:MM:SS" of the last successful save
    saveFailed = Signal(str)  # a message a secretary can read
    status = Signal(str)  # a passing message for the status bar
    offline = Signal(str)  # the database server cannot be reached; saves are retried

    RETRY_MS = 2000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._retries: list[Callable[[], object]] = []
        self._retry_timer = QTimer(self)
        self._retry_timer.setSingleShot(True)
        self._retry_timer.setInterval(self.RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_now)

    def attempt(
        self,
        action: Callable[[], T],
        *,
        meeting_id: int | None = None,
        retry: Callable[[], object] | None = None,
    ) -> T | None:
        """Run one service call; report success or failure; return its result or None.

        Validation errors are the user's to fix (shown, nothing saved); storage errors
        are reported in red until the next successful save. When the server cannot be
        reached or the disk refuses the write, *retry* (the view's own save, reading what
        the window still shows) is called again every few seconds until it gets through.
        """
        try:
            result = action()
        except ConnectionLostError as exc:
            if retry is not None and retry not in self._retries:
                self._retries.append(retry)
            self.saveFailed.emit(self.tr("Mất kết nối, đang thử lại…"))
            self.offline.emit(exc.message)
            if self._retries:
                self._retry_timer.start()
            return None
        except (ValidationError, ConflictError) as exc:
            self.saveFailed.emit(exc.message)
            return None
        except StorageError as exc:
            # Disk full, database locked, read-only file, I/O error: the text stays in the
            # window and the same save is tried again until the disk takes it.
            if retry is not None and retry not in self._retries:
                self._retries.append(retry)
                self._retry_timer.start()
            self.saveFailed.emit(exc.message)
            return None
        except BienBanError as exc:
            self.saveFailed.emit(exc.message)
            return None
        self.saved.emit(dt.datetime.now().strftime("%H:%M:%S"))
        if meeting_id is not None:
            self.meetingChanged.emit(meeting_id)
        return result

    def pending_retries(self) -> int:
        return len(self._retries)

    def retry_now(self) -> None:
        """Call the waiting saves in order; stop at the first that is still offline."""
        pending, self._retries = self._retries, []
        for i, retry in enumerate(pending):
            retry()
            if self._retries:  # still offline: keep the rest, in order, for the next round
                self._retries += [r for r in pending[i + 1 :] if r not in self._retries]
                self._retry_timer.start()
                return
