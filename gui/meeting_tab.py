"""What the Attendance and Agenda tabs share: the open meeting, saving through the hub,
reloading when another view changed the meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from gui.hub import Hub

if TYPE_CHECKING:
    from core.services import Services


class MeetingTab(QWidget):
    """A tab whose edits are saved as they are made; subclasses implement reload()."""

    def __init__(self, services: Services, hub: Hub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.hub = hub
        self.meeting_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._own = False  # True while our own save runs: its echo needs no reload

    def start_listening(self) -> None:
        """Call at the end of the subclass's __init__, once its widgets exist."""
        self.hub.meetingChanged.connect(self._changed_elsewhere)
        self.set_meeting(None)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.undo_stack.clear()
        self.setEnabled(meeting_id is not None)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Every change is saved when made; nothing is pending here."""

    def _changed_elsewhere(self, meeting_id: int) -> None:
        if meeting_id == self.meeting_id and not self._own:
            self.reload()

    def save(self, action: Any) -> Any:
        """One service call through the hub; our own table is updated by the caller."""
        self._own = True
        try:
            return self.hub.attempt(action, meeting_id=self.meeting_id)
        finally:
            self._own = False
