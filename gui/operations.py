"""The window's one way to the database: requests run on the worker, results come back here."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal

from core.errors import BienBanError, StorageError
from core.operations.call import Call
from core.operations.changes import Changes
from core.operations.queue import Event, Job, OpQueue, Outcome, State, Stuck
from gui.messages import said

# Text typed into any field reaches the worker this long after the first unsaved key,
# however fast the typing goes on (a throttle, not a debounce).
THROTTLE_MS = 300
SWITCH_INTERVAL = 0.001  # seconds

ChangesOf = Changes | Callable[[Any], Changes]


class Flushable(Protocol):
    """A field whose typing is saved by a throttle: flush() sends what waits now."""

    def flush(self) -> None: ...

    def is_dirty(self) -> bool: ...


@dataclass
class _Tag:
    changes: ChangesOf | None
    done: Callable[[Any], None] | None
    failed: Callable[[BaseException], None] | None
    initiator: object | None


@dataclass(frozen=True)
class Unsaved:
    """A change the window still holds unsaved: what it is, in words, and the Call that
    would save it (written into the recovery file)."""

    label: str
    call: Call
    reason: str


class Ops(QObject):
    """Passed to every view through its constructor (no globals)."""

    changed = Signal(object, object)  # Changes, and who asked (views skip their own echo)
    stateChanged = Signal()  # a save started waiting, went through, or was dropped
    refused = Signal(str)  # a change was not made: the message says why
    status = Signal(str)  # a passing message for the status bar
    stopped = Signal(object)  # StorageError: writing stopped (file replaced, damaged…)
    bugReported = Signal(object)  # an exception from the worker: shown once
    _event = Signal(object)  # from the worker's thread to ours

    def __init__(self, services: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.last_saved: dt.datetime | None = None
        self._editors: list[Flushable] = []
        self._kept: dict[Hashable, Unsaved] = {}
        self._delivered = 0
        self._asked = 0
        self._writes_out = 0  # writes asked whose result has not come back here yet
        self._event.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        # The worker runs Python (SQLAlchemy) beside the window, which needs the interpreter
        # for every paint of a Python model: hand it over each millisecond, not each five.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL))
        self._queue = OpQueue(lambda: self.services, self._event.emit)

    # -- asking ----------------------------------------------------------------------------
    def write(
        self,
        call: Call,
        label: str,
        changes: ChangesOf,
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        key: Hashable | None = None,
        initiator: object | None = None,
    ) -> Job:
        """Run *call* after everything asked before it; *changes* (or a function of the
        result giving them) is announced once it is stored. With *key*, an unstarted save
        of the same thing is replaced by this one."""
        meeting = changes.meeting_id if isinstance(changes, Changes) else None
        tag = _Tag(changes, done, failed, initiator)
        return self._submit(Job(label, call=call, key=key, meeting_id=meeting, tag=tag))

    def read(
        self,
        fn: Callable[[Any], Any],
        done: Callable[[Any], None],
        *,
        failed: Callable[[BaseException], None] | None = None,
        label: str = "",
    ) -> Job:
        """Run *fn(services)* on the worker, in order with the writes; *done* gets its
        result here. A read that fails says why in the status bar."""
        return self._submit(Job(label, read=fn, tag=_Tag(None, done, failed, None)))

    def after(self, fn: Callable[[], None]) -> Job:
        """Call *fn* here once everything asked before has finished."""
        return self._submit(Job("", tag=_Tag(None, lambda _r: fn(), None, None)))

    def _submit(self, job: Job) -> Job:
        self._asked += 1
        if job.call is not None:
            self._writes_out += 1
        self._queue.submit(job)
        self.stateChanged.emit()
        return job

    # -- fields that save as the secretary types --------------------------------------------
    def register(self, editor: Flushable) -> None:
        self._editors.append(editor)

    def unregister(self, editor: Flushable) -> None:
        if editor in self._editors:
            self._editors.remove(editor)

    def flush_editors(self) -> None:
        self._editors = [e for e in self._editors if _alive(e)]
        for editor in list(self._editors):
            editor.flush()

    def keep(self, key: Hashable, unsaved: Unsaved | None) -> None:
        """Record (or, with None, forget) a change the window holds unsaved outside the
        queue: a conflict answered "later", a refused edit still on screen."""
        if unsaved is None:
            self._kept.pop(key, None)
        else:
            self._kept[key] = unsaved
        self.stateChanged.emit()

    # -- what is not saved -----------------------------------------------------------------
    def unsaved(self) -> list[Unsaved]:
        """Everything the database does not have yet: queued or failing writes, then the
        changes kept in the window."""
        waiting = [
            Unsaved(job.label, job.call, said(job.error) if job.error else "")
            for job in self._queue.pending()
            if job.call is not None
        ]
        return waiting + list(self._kept.values())

    def failure(self) -> BienBanError | None:
        """Why the save at the head of the queue fails, while it does."""
        for job in self._queue.pending():
            if job.state in (State.WAITING, State.STOPPED) and job.error is not None:
                return job.error
        return None

    def busy(self) -> bool:
        """Something is queued, being saved, or typed and not yet sent."""
        return (
            not self._queue.idle()
            or self._delivered < self._asked
            or any(e.is_dirty() for e in self._editors if _alive(e))
        )

    def saving(self) -> bool:
        """A change is typed and not sent, or sent and not yet stored."""
        return self._writes_out > 0 or any(e.is_dirty() for e in self._editors if _alive(e))

    def all_saved(self) -> bool:
        return not self.saving() and not self._kept

    def retry_now(self) -> None:
        self._queue.retry_now()

    def discard(self) -> list[Unsaved]:
        """Drop every unsaved change (the user chose to); returns what was dropped."""
        dropped = [
            Unsaved(j.label, j.call, "") for j in self._queue.discard(True) if j.call is not None
        ]
        dropped += list(self._kept.values())
        self._kept.clear()
        self.stateChanged.emit()
        return dropped

    def drain(self, timeout: float = 5.0) -> bool:
        """Send what is typed, then let the worker finish and deliver its results here
        (processing events meanwhile); False if something is still unsaved at *timeout*."""
        self.flush_editors()
        end = time.monotonic() + timeout
        app = QCoreApplication.instance()
        while self.busy():
            failing = self.failure()
            if time.monotonic() >= end or (failing is not None and self._queue_stopped()):
                return False
            self._queue.wait_idle(0.02)
            if app is not None:
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self._kept

    def _queue_stopped(self) -> bool:
        jobs = self._queue.pending()
        return bool(jobs) and jobs[0].state is State.STOPPED

    def close(self) -> None:
        self._queue.close()

    # -- results ---------------------------------------------------------------------------
    def _deliver(self, event: Event) -> None:
        if isinstance(event, Stuck):
            if event.job.state is State.STOPPED and isinstance(event.error, StorageError):
                self.stopped.emit(event.error)
            self.stateChanged.emit()
            return
        self._delivered += 1
        if event.job.call is not None:
            self._writes_out -= 1
        job, tag = event.job, event.job.tag
        assert isinstance(tag, _Tag)
        if event.outcome is Outcome.DONE:
            if job.call is not None:
                self.last_saved = dt.datetime.now()
                changes = tag.changes(event.result) if callable(tag.changes) else tag.changes
                if changes is not None and not changes.nothing:
                    self.changed.emit(changes, tag.initiator)
            if tag.done is not None:
                tag.done(event.result)
        elif event.outcome is Outcome.REFUSED:
            assert event.error is not None
            if tag.failed is not None:
                tag.failed(event.error)
            elif isinstance(event.error, BienBanError):
                self.refused.emit(said(event.error))
        elif event.outcome is Outcome.BUG:
            assert event.error is not None
            if tag.failed is not None:
                tag.failed(event.error)
            self.bugReported.emit(event.error)
        self.stateChanged.emit()


def _alive(editor: object) -> bool:
    """False for a field whose widget Qt has already deleted (a closed dialog, a tab)."""
    return not isinstance(editor, QObject) or shiboken6.isValid(editor)


class Throttle(QObject):
    """Saves a field while it is typed in: *save* runs THROTTLE_MS after the first unsaved
    change, however fast the typing goes on, and again for what came after."""

    def __init__(self, ops: Ops, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(THROTTLE_MS)
        self._timer.timeout.connect(self.flush)
        self._ops = ops
        ops.register(self)

    def touch(self) -> None:
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self._save()

    def cancel(self) -> None:
        """Forget the pending change (the field was loaded anew)."""
        self._timer.stop()
        self._dirty = False

    def is_dirty(self) -> bool:
        return self._dirty

    def detach(self) -> None:
        self.cancel()
        self._ops.unregister(self)
