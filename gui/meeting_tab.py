"""What the meeting tabs share: the open meeting, changes through the operations layer, undo
steps, and reloading only when another view changed the part a tab shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui.operations import Ops
from gui.read_only import set_editable
from gui.undo import Request, Step, Undo


class MeetingTab(QWidget):
    """A tab whose edits are saved as they are made; subclasses implement load() and name
    the parts they show in PARTS."""

    PARTS: tuple[Part, ...] = ()

    def __init__(self, ops: Ops, undo: Undo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.undo = undo
        self.meeting_id: int | None = None
        self.read_only = False

    def editable_widgets(self) -> list[QObject]:
        """What takes edits in this tab (frozen while the meeting is finalized)."""
        return []

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        set_editable(self.editable_widgets(), not read_only)

    def start_listening(self) -> None:
        """Call at the end of the subclass's __init__, once its widgets exist."""
        self.ops.changed.connect(self._changed)
        self.set_meeting(None)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)
        self.load()

    def load(self) -> None:
        """Ask for what the tab shows of `meeting_id` (results arrive later)."""
        raise NotImplementedError

    def flush(self) -> None:
        """Send what is typed and not yet saved (fields saved while typing override this)."""

    def _changed(self, changes: Changes, initiator: object) -> None:
        if initiator is not self and changes.touches(self.meeting_id, *self.PARTS):
            self.load()

    def read(self, fn: Callable[[Any], Any], done: Callable[[Any], None]) -> None:
        """Read for the open meeting; a result for a meeting no longer open is dropped."""
        mid = self.meeting_id

        def arrived(result: Any) -> None:
            if self.meeting_id == mid:
                done(result)

        self.ops.read(fn, arrived)

    def change(
        self,
        call: Call,
        label: str,
        parts: tuple[Part, ...],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        undo: tuple[str, Callable[[Any], Request], Callable[[Any], Request]] | None = None,
        key: object | None = None,
        merge_key: object | None = None,
    ) -> None:
        """Ask for *call*; once stored, *done* gets the result and, with *undo* = (text,
        forward(result), backward(result)), the change becomes one undo step."""
        mid = self.meeting_id

        def stored(result: Any) -> None:
            if undo is not None:
                text, forward, backward = undo
                self.undo.push(
                    Step(
                        text,
                        mid,
                        lambda: forward(result),
                        lambda: backward(result),
                        merge_key=merge_key,
                    )
                )
            if done is not None:
                done(result)

        self.ops.write(
            call,
            label,
            Changes.of(mid, *parts),
            done=stored,
            failed=failed,
            key=key,
            initiator=self,
        )
