"""One database worker: changes and reads run in the order asked, a failing save waits its turn."""

from __future__ import annotations

import itertools
import threading
import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from core.errors import BienBanError, ConnectionLostError, PasswordRequiredError, StorageError
from core.operations.call import Call
from core.storage.faults import RETRYABLE

# Seconds between two tries of a save that failed for a reason that may pass (disk full,
# server gone, file locked): quick at first, then every few seconds.
RETRY_DELAYS = (0.5, 1.0, 2.0, 3.0, 5.0)


class State(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    WAITING = "waiting"  # failed for a reason that may pass; tried again by itself
    STOPPED = "stopped"  # failed for a reason that will not pass by itself (file replaced…)


class Outcome(StrEnum):
    DONE = "done"
    REFUSED = "refused"  # the user's to fix (not valid, someone else's change): not retried
    BUG = "bug"  # a programming error: reported once, never retried
    DROPPED = "dropped"  # discarded on purpose, or replaced by a newer save of the same thing


@dataclass(eq=False)
class Job:
    """One request. A write names a Call; a read is a function of the services; a job
    with neither is a barrier (it finishes once everything before it has)."""

    label: str
    call: Call | None = None
    read: Callable[[Any], Any] | None = None
    key: Hashable | None = None  # a newer job with the same key replaces this one unstarted
    meeting_id: int | None = None
    tag: Any = None  # the asker's own (callbacks, what changed): handed back untouched
    state: State = State.QUEUED
    error: BienBanError | None = None
    attempts: int = 0
    due: float = 0.0
    seq: int = 0

    @property
    def is_write(self) -> bool:
        return self.call is not None


@dataclass(frozen=True)
class Finished:
    job: Job
    outcome: Outcome
    result: Any = None
    error: BaseException | None = None


@dataclass(frozen=True)
class Stuck:
    """A job failed and waits (WAITING: retried by itself; STOPPED: until resume())."""

    job: Job
    error: BienBanError


Event = Finished | Stuck


class OpQueue:
    """Runs jobs one at a time, in order, on a thread of its own; *notify* hears of every
    finished or stuck job on that thread (the window passes them to its own thread)."""

    def __init__(self, services: Callable[[], Any], notify: Callable[[Event], None]) -> None:
        self._services = services
        self._notify = notify
        self._jobs: deque[Job] = deque()
        self._cond = threading.Condition()
        self._running = True
        self._seq = itertools.count()
        self._thread = threading.Thread(target=self._work, name="bienban-ops", daemon=True)
        self._thread.start()

    # -- asking ----------------------------------------------------------------------------
    def submit(self, job: Job) -> Job:
        """Queue *job*; an unstarted job with the same key is replaced where it stood."""
        with self._cond:
            job.seq = next(self._seq)
            replaced: Job | None = None
            if job.key is not None:
                for i, old in enumerate(self._jobs):
                    if old.key == job.key and old.state is not State.RUNNING:
                        self._jobs[i] = job
                        replaced = old
                        break
            if replaced is None:
                self._jobs.append(job)
            self._cond.notify_all()
        if replaced is not None:
            self._notify(Finished(replaced, Outcome.DROPPED))
        return job

    def pending(self) -> list[Job]:
        """The unfinished jobs, in order (a snapshot)."""
        with self._cond:
            return list(self._jobs)

    def idle(self) -> bool:
        with self._cond:
            return not self._jobs

    def retry_now(self) -> None:
        """Try a waiting or stopped job again at once (the cause may be gone)."""
        with self._cond:
            for job in self._jobs:
                if job.state in (State.WAITING, State.STOPPED):
                    job.state, job.due = State.QUEUED, 0.0
            self._cond.notify_all()

    def discard(self, writes_only: bool = False) -> list[Job]:
        """Drop every unstarted job (the user chose to); returns them."""
        with self._cond:
            keep: deque[Job] = deque()
            dropped: list[Job] = []
            for job in self._jobs:
                if job.state is State.RUNNING or (writes_only and not job.is_write):
                    keep.append(job)
                else:
                    dropped.append(job)
            self._jobs = keep
        for job in dropped:
            self._notify(Finished(job, Outcome.DROPPED))
        return dropped

    def wait_idle(self, timeout: float) -> bool:
        """Block until nothing is queued or *timeout* seconds have passed (tests, closing)."""
        end = time.monotonic() + timeout
        with self._cond:
            while self._jobs:
                left = end - time.monotonic()
                if left <= 0 or all(j.state is State.STOPPED for j in self._jobs):
                    return False
                self._cond.wait(min(left, 0.05))
            return True

    def close(self, timeout: float = 5.0) -> None:
        """Stop after the job at hand; unstarted jobs are left (see pending())."""
        with self._cond:
            self._running = False
            self._cond.notify_all()
        self._thread.join(timeout)

    # -- the worker ------------------------------------------------------------------------
    def _next(self) -> Job | None:
        with self._cond:
            while self._running:
                job = self._jobs[0] if self._jobs else None
                if job is not None and job.state is State.QUEUED:
                    job.state = State.RUNNING
                    return job
                if job is not None and job.state is State.WAITING:
                    wait = job.due - time.monotonic()
                    if wait <= 0:
                        job.state = State.RUNNING
                        return job
                    self._cond.wait(wait)
                else:
                    self._cond.wait(1.0)
            return None

    def _work(self) -> None:
        while True:
            job = self._next()
            if job is None:
                return
            event = self._run(job)
            with self._cond:
                if isinstance(event, Finished):
                    if self._jobs and self._jobs[0] is job:
                        self._jobs.popleft()
                else:
                    job.error = event.error
                    job.attempts += 1
                    if event.job.state is State.WAITING:
                        delay = RETRY_DELAYS[min(job.attempts, len(RETRY_DELAYS)) - 1]
                        job.due = time.monotonic() + delay
                self._cond.notify_all()
            self._notify(event)

    def _run(self, job: Job) -> Event:
        try:
            if job.call is not None:
                result = job.call.run(self._services())
            elif job.read is not None:
                result = job.read(self._services())
            else:
                result = None
        except BienBanError as exc:
            if _passes(exc):
                job.state = State.WAITING
                return Stuck(job, exc)
            if isinstance(exc, StorageError) and exc.fault is not None:
                job.state = State.STOPPED  # moved, damaged, no password: needs the user
                return Stuck(job, exc)
            return Finished(job, Outcome.REFUSED, error=exc)
        except Exception as exc:  # a bug: reported once, with its traceback
            return Finished(job, Outcome.BUG, error=exc)
        return Finished(job, Outcome.DONE, result=result)


def _passes(exc: BienBanError) -> bool:
    """A failure that may go away by itself (so the same save is simply tried again)."""
    if isinstance(exc, PasswordRequiredError):
        return False
    if isinstance(exc, ConnectionLostError):
        return True
    return isinstance(exc, StorageError) and exc.fault in RETRYABLE
