"""One undo stack for the window: every change the secretary makes is one step, in order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit

from core.operations.call import Call
from core.operations.changes import Changes
from gui.messages import said
from gui.operations import Ops


@dataclass(frozen=True)
class Request:
    """A change to ask of the worker: the Call, its words, what it changes, and what to
    learn from its result (a restored row's new version, for instance)."""

    call: Call
    changes: Changes
    done: Callable[[Any], None] | None = None


class Step(QUndoCommand):
    """A change already made: pushed once it is stored, so its first redo does nothing;
    undo and redo then ask the worker for *backward* and *forward*.

    A step of a field edited in several saves merges with the next one of the same
    `merge_key` while `open_for_merge` holds (the field's editing session).
    """

    def __init__(
        self,
        text: str,
        meeting_id: int | None,
        forward: Callable[[], Request],
        backward: Callable[[], Request],
        merge_key: object | None = None,
    ) -> None:
        super().__init__(text)
        self.meeting_id = meeting_id
        self.forward = forward
        self.backward = backward
        self.merge_key = merge_key
        self.open_for_merge = merge_key is not None
        self._done = True  # pushed after the change is stored: the first redo is a no-op
        self._silent = False  # moving the stack back after a refusal: run nothing
        self.undoer: Undo | None = None

    def id(self) -> int:
        return 1 if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, Step)
            and self.open_for_merge
            and other.merge_key == self.merge_key
            and other.meeting_id == self.meeting_id
        ):
            return False
        self.forward = other.forward  # keep our way back, take its way forward
        return True

    def redo(self) -> None:
        if self._silent or self._done:
            self._silent, self._done = False, True
            return
        self._done = True
        if self.undoer is not None:
            self.undoer.run(self, self.forward(), redoing=True)

    def undo(self) -> None:
        self.open_for_merge = False
        if self._silent:
            self._silent, self._done = False, False
            return
        self._done = False
        if self.undoer is not None:
            self.undoer.run(self, self.backward(), redoing=False)


class Undo(QObject):
    """Owns the window's QUndoStack. Undo and redo wait for every change asked before
    them (so Ctrl+Z right after Enter undoes that entry, not an older step); a step whose
    undo is refused stays where it was."""

    failed = Signal(str)

    def __init__(
        self, ops: Ops, show_meeting: Callable[[int], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.stack = QUndoStack(self)
        self._show_meeting = show_meeting
        self.current_meeting: Callable[[], int | None] = lambda: None

    def push(self, step: Step) -> None:
        step.undoer = self
        self.stack.push(step)

    def close_merging(self) -> None:
        """The field being edited lost focus: its next change is a step of its own."""
        index = self.stack.index()
        if index > 0:
            top = self.stack.command(index - 1)
            if isinstance(top, Step):
                top.open_for_merge = False

    def undo(self) -> None:
        self.close_merging()
        self.ops.flush_editors()
        self.ops.after(self._undo_now)

    def redo(self) -> None:
        self.close_merging()
        self.ops.flush_editors()
        self.ops.after(self._redo_now)

    def _undo_now(self) -> None:
        if self.stack.canUndo():
            self._reveal(self.stack.command(self.stack.index() - 1))
            self.stack.undo()

    def _redo_now(self) -> None:
        if self.stack.canRedo():
            self._reveal(self.stack.command(self.stack.index()))
            self.stack.redo()

    def _reveal(self, step: QUndoCommand | None) -> None:
        """A step of another meeting opens that meeting first, so she sees what changes."""
        mid = step.meeting_id if isinstance(step, Step) else None
        if mid is not None and mid != self.current_meeting():
            self._show_meeting(mid)

    def run(self, step: Step, request: Request, redoing: bool) -> None:
        def refused(exc: BaseException) -> None:
            # Put the stack back where it was without running the step again.
            step._silent = True
            index = self.stack.index()
            self.stack.setIndex(index - 1 if redoing else index + 1)
            message = said(exc)
            self.failed.emit(message)

        self.ops.write(
            request.call,
            step.text(),
            request.changes,
            done=request.done,
            failed=refused,
        )


class UndoPassThrough(QObject):
    """Ctrl+Z in a text field with nothing of its own to undo reaches the window's undo.

    A text field claims Ctrl+Z even when it has nothing to undo; right after Enter, with
    the cursor back in the empty entry bar, Ctrl+Z must undo that entry. Installed on the
    application, it lets the field keep the key only while the field can use it.
    """

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if self._window_key(event):
            event.ignore()  # the window's command, not the field's
            return True
        undoing = event.matches(QKeySequence.StandardKey.Undo)
        redoing = event.matches(QKeySequence.StandardKey.Redo) or (
            event.key() == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        )
        if not (undoing or redoing):
            return False
        if isinstance(obj, QLineEdit):
            own = obj.isUndoAvailable() if undoing else obj.isRedoAvailable()
        elif isinstance(obj, QPlainTextEdit | QTextEdit):
            doc = obj.document()
            own = doc.isUndoAvailable() if undoing else doc.isRedoAvailable()
        else:
            return False
        if own and not obj.isReadOnly():
            return False
        event.ignore()  # not the field's: the window's shortcut takes it
        return True

    def _window_key(self, event: QKeyEvent) -> bool:
        """Ctrl+letter of one of the window's commands (Ctrl+E export, Ctrl+N new…): a text
        field on Linux takes some of them as Emacs keys (Ctrl+E: end of line), and the
        command would then do nothing while the cursor is in a field."""
        if event.modifiers() != Qt.KeyboardModifier.ControlModifier:
            return False
        key = event.key()
        if not Qt.Key.Key_A <= key <= Qt.Key.Key_Z or key in _EDITING_KEYS:
            return False
        pressed = QKeySequence(event.keyCombination())
        window = self.parent()
        if window is None:
            return False
        return any(
            action.isEnabled() and pressed in action.shortcuts()
            for action in window.findChildren(QAction)
        )


# Ctrl+letters a text field keeps whatever the window does with them.
_EDITING_KEYS = frozenset(
    {Qt.Key.Key_A, Qt.Key.Key_C, Qt.Key.Key_V, Qt.Key.Key_X, Qt.Key.Key_Z, Qt.Key.Key_Y}
)
