"""The operations layer without a window: order, coalescing, retries, refusals and bugs."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest

from core.domain.dto import EntryDTO, ProposalDTO
from core.errors import ConnectionLostError, StorageError, ValidationError
from core.operations.call import Call
from core.operations.changes import Changes, Part
from core.operations.queue import Finished, Job, OpQueue, State, Stuck
from core.services import Services


class Recorder:
    def __init__(self) -> None:
        self.events: list[Any] = []
        self.cond = threading.Condition()

    def __call__(self, event: Any) -> None:
        with self.cond:
            self.events.append(event)
            self.cond.notify_all()

    def finished(self) -> list[tuple[str, str]]:
        return [(e.job.label, e.outcome.value) for e in self.events if isinstance(e, Finished)]

    def wait_for(self, test: Any, timeout: float = 10.0) -> None:
        end = time.monotonic() + timeout
        with self.cond:
            while not test():
                assert time.monotonic() < end, self.events
                self.cond.wait(0.05)


def test_jobs_run_in_order_and_report_their_results(services: Services, meeting_id: int) -> None:
    rec = Recorder()
    q = OpQueue(lambda: services, rec)
    try:
        for i in range(5):
            q.submit(
                Job(f"add {i}", Call("entries", "add", (meeting_id, "opinion", f"Ý kiến {i}")))
            )
        q.submit(Job("read", read=lambda s: [e.text for e in s.entries.list(meeting_id)]))
        assert q.wait_idle(10)
        rec.wait_for(lambda: len(rec.finished()) == 6)
        assert [label for label, _ in rec.finished()] == [f"add {i}" for i in range(5)] + ["read"]
        assert rec.events[-1].result == [f"Ý kiến {i}" for i in range(5)]
    finally:
        q.close()


def test_an_unstarted_save_of_the_same_thing_is_replaced_where_it_stood() -> None:
    gate = threading.Event()
    seen: list[str] = []
    rec = Recorder()
    q = OpQueue(lambda: None, rec)
    try:
        q.submit(Job("block", read=lambda _s: gate.wait(10)))
        q.submit(Job("draft 1", read=lambda _s: seen.append("draft 1"), key="draft"))
        q.submit(Job("other", read=lambda _s: seen.append("other")))
        q.submit(Job("draft 2", read=lambda _s: seen.append("draft 2"), key="draft"))
        gate.set()
        assert q.wait_idle(10)
        assert seen == ["draft 2", "other"]
        rec.wait_for(lambda: ("draft 1", "dropped") in rec.finished())
    finally:
        q.close()


def test_a_save_that_fails_for_a_passing_reason_waits_and_the_rest_wait_behind_it() -> None:
    tries: list[float] = []
    seen: list[str] = []

    def flaky(_s: Any) -> str:
        tries.append(time.monotonic())
        if len(tries) < 3:
            raise StorageError("Ổ đĩa đã đầy / The disk is full", "disk_full")
        return "ok"

    rec = Recorder()
    q = OpQueue(lambda: None, rec)
    try:
        q.submit(Job("flaky", read=flaky))
        q.submit(Job("after", read=lambda _s: seen.append("after")))
        rec.wait_for(lambda: any(isinstance(e, Stuck) for e in rec.events))
        assert seen == []  # order kept: nothing jumps over the waiting save
        assert [j.state for j in q.pending()][1] is State.QUEUED
        assert q.wait_idle(10)
        assert len(tries) == 3 and seen == ["after"]
        assert rec.finished() == [("flaky", "done"), ("after", "done")]
    finally:
        q.close()


def test_a_lost_connection_is_retried_too() -> None:
    calls = []

    def once_lost(_s: Any) -> int:
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionLostError("Mất kết nối / Connection lost", during_commit=True)
        return len(calls)

    rec = Recorder()
    q = OpQueue(lambda: None, rec)
    try:
        q.submit(Job("save", read=once_lost))
        assert q.wait_idle(10)
        assert rec.finished() == [("save", "done")]
    finally:
        q.close()


def test_a_refusal_is_reported_once_and_never_retried() -> None:
    calls = []

    def refuse(_s: Any) -> None:
        calls.append(1)
        raise ValidationError("Nội dung trống / Empty")

    rec = Recorder()
    q = OpQueue(lambda: None, rec)
    try:
        q.submit(Job("refused", read=refuse))
        assert q.wait_idle(10)
        time.sleep(0.6)
        assert calls == [1] and rec.finished() == [("refused", "refused")]
    finally:
        q.close()


def test_a_constraint_violation_is_a_bug_reported_once_not_retried_forever(
    services: Services, meeting_id: int
) -> None:
    """A UNIQUE violation (two meetings with one uid, forced here) is a program error: it
    is reported once with its traceback, and the queue goes on with the next job."""
    from sqlalchemy import text

    uid = "0c0c0c0c-1111-4222-8333-444455556666"
    services.entries.add(meeting_id, "opinion", "A", uid="1c0c0c0c-1111-4222-8333-444455556666")

    def violate(s: Services) -> None:
        with s.db.write() as session:
            session.execute(text("UPDATE entry SET uid = :u"), {"u": uid})
            session.execute(
                text(
                    "INSERT INTO entry (uid, meeting_id, position, kind, speaker_text, text,"
                    " version) VALUES (:u, :m, 9, 'opinion', '', 'B', 1)"
                ),
                {"u": uid, "m": meeting_id},
            )

    rec = Recorder()
    q = OpQueue(lambda: services, rec)
    try:
        q.submit(Job("violate", read=violate))
        q.submit(Job("next", read=lambda s: len(s.entries.list(meeting_id))))
        assert q.wait_idle(10)
        time.sleep(1.0)  # longer than the first retry delay: no second attempt comes
        assert rec.finished() == [("violate", "bug"), ("next", "done")]
        bug = rec.events[0]
        assert type(bug.error).__name__ == "IntegrityError" and bug.error.__traceback__
        assert rec.events[-1].result == 1  # rolled back, nothing half-written
    finally:
        q.close()


def test_a_stopped_job_holds_the_queue_until_resumed_or_discarded() -> None:
    state = {"ok": False}

    def moved(_s: Any) -> str:
        if not state["ok"]:
            raise StorageError("Tệp đã bị thay / The file was replaced", "moved")
        return "ok"

    rec = Recorder()
    q = OpQueue(lambda: None, rec)
    try:
        q.submit(Job("save", read=moved))
        q.submit(Job("later", read=lambda _s: "later"))
        rec.wait_for(lambda: any(isinstance(e, Stuck) for e in rec.events))
        time.sleep(0.7)
        assert [j.state for j in q.pending()] == [State.STOPPED, State.QUEUED]
        assert not q.wait_idle(0.2)
        state["ok"] = True
        q.retry_now()
        assert q.wait_idle(10)
        assert rec.finished() == [("save", "done"), ("later", "done")]
        q.submit(
            Job("again", read=lambda _s: (_ for _ in ()).throw(StorageError("x / x", "moved")))
        )
        rec.wait_for(lambda: sum(isinstance(e, Stuck) for e in rec.events) == 2)
        dropped = q.discard()
        assert [j.label for j in dropped] == ["again"] and q.idle()
    finally:
        q.close()


def test_a_call_survives_its_trip_through_a_recovery_file() -> None:
    entry = EntryDTO(
        id=3,
        meeting_id=1,
        order=0,
        kind="proposal",
        at=__import__("datetime").datetime(2026, 11, 27, 8, 30),
        text="Đề nghị bổ sung kinh phí",
        proposal=ProposalDTO(proposer="Sở Tài chính"),
        uid="abcdefab-1111-4222-8333-444455556666",
    )
    for call in (
        Call("entries", "restore", (entry,)),
        Call("drafts", "save", (1, "Đang gõ"), {"entry_uid": "x" * 36, "audio_ms": 1200}),
        Call("actions", "update", (4,), {"deadline": __import__("datetime").date(2026, 12, 20)}),
    ):
        assert Call.from_json(call.to_json()) == call


def test_a_call_names_only_changes_a_window_makes() -> None:
    with pytest.raises(ValidationError):
        Call("db", "dispose")
    with pytest.raises(ValidationError):
        Call.from_json('{"service": "entries", "method": "__class__"}')


def test_changes_name_their_meeting_and_parts() -> None:
    c = Changes.of(3, Part.ENTRIES, Part.DRAFT)
    assert c.touches(3, Part.ENTRIES) and c.touches(3)
    assert not c.touches(4, Part.ENTRIES) and not c.touches(3, Part.HEADER)
    assert Changes.of(None, Part.PEOPLE).touches(7, Part.PEOPLE)
