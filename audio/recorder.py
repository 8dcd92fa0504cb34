"""Recording a meeting: start, pause, resume, stop; offsets for entries; faults that heal."""

from __future__ import annotations

import datetime as dt
import enum
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from audio import timeline as tl
from audio.backend import Backend, DeviceInfo, Stream
from audio.errors import AudioError, DeviceLostError
from audio.store import AudioStore

CHUNK_SECONDS = 5.0  # at most this much audio is lost on a crash or a power cut
BLOCK_FRAMES = 1600  # 100 ms: the level meter's pace
# Audio stops being saved while less than this is free, so the database on the same disk
# keeps room for the minutes.
RESERVE_BYTES = 64 * 1024 * 1024
# A pause longer than this counts as this long on the timeline, so a meeting resumed weeks
# later still fits the offsets' 32-bit column.
LONGEST_GAP_MS = 12 * 3600 * 1000


class State(enum.StrEnum):
    IDLE = "idle"
    RECORDING = "recording"
    PAUSED = "paused"
    WAITING = "waiting"  # the device went away; retrying until it is back


@dataclass(frozen=True)
class RecorderStatus:
    state: State
    level: float  # 0..1, the last 100 ms on a -60..0 dBFS scale
    elapsed_ms: int  # audio recorded for this meeting, all sessions together
    offset_ms: int | None  # where the recording is now on the meeting's timeline
    device_id: str | None
    problem: str | None = None  # bilingual message while something is wrong
    problem_kind: str | None = None  # no_device, busy, lost, disk_full, read_only, other

    @property
    def active(self) -> bool:
        """Recording, or waiting for the device to come back: the indicator shows."""
        return self.state in (State.RECORDING, State.WAITING)


def _kind(exc: AudioError) -> str:
    from audio import errors as e

    for cls, name in (
        (e.NoDeviceError, "no_device"),
        (e.DeviceBusyError, "busy"),
        (e.DeviceLostError, "lost"),
        (e.DiskFullError, "disk_full"),
        (e.ReadOnlyAudioError, "read_only"),
        (e.BackendMissingError, "backend"),
    ):
        if isinstance(exc, cls):
            return name
    return "other"


def level_of(samples: np.ndarray) -> float:
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64)))) if len(samples) else 0.0
    if rms <= 1e-6:
        return 0.0
    return min(1.0, max(0.0, (20 * float(np.log10(rms)) + 60) / 60))


class Recorder:
    """One meeting's recorder. Thread-safe; the window polls status() and never waits on it.

    Audio arrives on the sound card's thread and is cut into chunks of CHUNK_SECONDS, which a
    writer thread stores (FLAC, each file whole or absent). A supervisor notices a device
    that stops delivering, and reopens it when it is back: a new run after a visible gap.
    """

    def __init__(
        self,
        store: AudioStore,
        uid: str,
        backend: Backend | None = None,
        *,
        device_id: str | None = None,
        chunk_seconds: float = CHUNK_SECONDS,
        reserve_bytes: int = RESERVE_BYTES,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        supervise_every: float | None = 0.25,
        lost_after: float = 1.5,
        start_grace: float = 4.0,
        retry_every: float = 1.0,
        on_problem: Callable[[RecorderStatus], None] | None = None,
    ) -> None:
        if not 0 < chunk_seconds <= 10:
            raise ValueError("chunks hold at most 10 s: that is what a crash may lose")
        self.store = store
        self.uid = uid
        self._backend = backend
        self.device_id = device_id
        self.chunk_frames = int(chunk_seconds * tl.RATE)
        self.reserve_bytes = reserve_bytes
        self.clock = clock
        self.wall = wall
        self.lost_after = lost_after
        self.start_grace = start_grace
        self.retry_every = retry_every
        self.on_problem = on_problem
        self._lock = threading.Lock()
        self._state = State.IDLE
        self._stream: Stream | None = None
        self._run = 0  # which stream's blocks are current; stale ones are dropped
        self._run_start_ms = 0
        # Some drivers deliver the first block a second or more after the stream starts: the
        # run is placed on the timeline by the clock when its first block arrives.
        self._anchored = False
        self._run_frames = 0
        self._pending: list[np.ndarray] = []
        self._pending_frames = 0
        self._pending_from = 0  # frames into the run where the pending audio starts
        self._captured = 0
        self._level = 0.0
        self._last_block = 0.0
        self._last_retry = 0.0
        self._stream_failed = False
        self._state_before_open = State.IDLE
        self._opened_at_ms = 0
        self._problem: AudioError | None = None
        self._not_saving = False  # the last chunk could not be written: offsets would lie
        store.clear_leftovers(uid)
        before = store.timeline(uid)
        origin = store.origin(uid)
        # Started before but nothing saved yet (a crash in the first seconds) is not "first":
        # the note in the meeting's other information was added then.
        self.first = before.empty and origin is None
        self._recorded_before = before.recorded_ms
        self._last_end = before.end_ms
        self._origin_clock: float | None = None
        if origin is not None:
            self._origin_clock = clock() - (wall() - origin).total_seconds()
        self._queue: queue.Queue[tuple[int, np.ndarray] | None] = queue.Queue()
        self._writer = threading.Thread(target=self._write_loop, name="audio-writer", daemon=True)
        self._writer.start()
        self._closed = threading.Event()
        self._supervisor: threading.Thread | None = None
        if supervise_every:
            self._supervisor = threading.Thread(
                target=self._supervise_loop,
                args=(supervise_every,),
                name="audio-watch",
                daemon=True,
            )
            self._supervisor.start()

    # -- what the window calls -----------------------------------------------------------

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            from audio.backend import shared_backend

            self._backend = shared_backend()
        return self._backend

    def devices(self) -> list[DeviceInfo]:
        """Input devices, the default first; BackendMissingError without PortAudio."""
        found = self.backend.input_devices()
        return sorted(found, key=lambda d: not d.is_default)

    def start(self) -> bool:
        """Start or resume; True when this is the meeting's very first recording.

        Raises NoDeviceError, DeviceBusyError, DeviceLostError, ReadOnlyAudioError,
        DiskFullError or BackendMissingError with the message to show; the state is then
        unchanged, and the minutes go on as before.
        """
        with self._lock:
            if self._state in (State.RECORDING, State.WAITING):
                return False
        try:
            self.store.ensure_folder(self.uid)
            first = self.first
            if self._origin_clock is None:
                self.store.set_origin(self.uid, self.wall())
                self._origin_clock = self.clock()
            self._open(self.device_id)
        except AudioError as exc:
            self._set_problem(exc)
            raise
        self.first = False
        self.store.add_event(self.uid, self._opened_at_ms, "start" if first else "resume")
        if not self._not_saving:
            self._set_problem(None)
        return first

    resume = start

    def pause(self) -> None:
        self._end_run(State.PAUSED, "pause")

    def stop(self) -> None:
        self._end_run(State.IDLE, "stop")

    def set_device(self, device_id: str | None) -> None:
        """Choose the input; while recording, carry on with the new one (after a short gap)."""
        with self._lock:
            was = self._state
            self.device_id = device_id
        if was == State.RECORDING:
            self._end_run(State.WAITING, "device_change")
            self._last_retry = -1e9
            self.supervise()
        elif was == State.WAITING:
            self._last_retry = -1e9
            self.supervise()

    def current_offset_ms(self) -> int | None:
        """Where the recording is now (ms into the meeting's timeline); None when not recording.

        The window reads it when the typing of an entry begins and saves it with the entry.
        """
        with self._lock:
            return self._offset_locked()

    def _offset_locked(self) -> int | None:
        if self._state != State.RECORDING or not self._anchored or self._not_saving:
            return None
        offset = self._run_start_ms + int(round(self._run_frames * 1000 / tl.RATE))
        return offset if offset <= tl.OFFSET_MAX else None

    def status(self) -> RecorderStatus:
        with self._lock:
            offset = self._offset_locked()
            return RecorderStatus(
                state=self._state,
                level=self._level if self._state == State.RECORDING else 0.0,
                elapsed_ms=self._recorded_before + int(self._captured * 1000 / tl.RATE),
                offset_ms=offset,
                device_id=self.device_id,
                problem=self._problem.message if self._problem else None,
                problem_kind=_kind(self._problem) if self._problem else None,
            )

    def flush(self, timeout: float = 10.0) -> None:
        """Wait until every chunk handed over is on disk (tests, and before a clip is cut)."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.005)

    def close(self) -> None:
        """Stop and wait for the last chunk to be written; the recorder cannot be used again."""
        self.stop()
        self._closed.set()
        self._queue.put(None)
        self._writer.join(timeout=30)
        if self._supervisor is not None:
            self._supervisor.join(timeout=5)

    # -- the device ------------------------------------------------------------------------

    def _offset_now(self) -> int:
        assert self._origin_clock is not None
        by_clock = int(round((self.clock() - self._origin_clock) * 1000))
        return max(self._last_end, min(by_clock, self._last_end + LONGEST_GAP_MS))

    def _open(self, device_id: str | None) -> None:
        with self._lock:
            self._run += 1
            run = self._run
            self._opened_at_ms = self._run_start_ms = self._offset_now()
            self._anchored = False
            self._run_frames = 0
            self._pending, self._pending_frames, self._pending_from = [], 0, 0
            self._last_block = self.clock()
            self._stream_failed = False
            self._state_before_open = self._state
            self._state = State.RECORDING

        def on_block(samples: np.ndarray) -> None:
            self._on_block(run, samples)

        def on_error() -> None:
            with self._lock:
                if self._run == run:
                    self._stream_failed = True

        try:
            stream = self.backend.open_input(device_id, tl.RATE, BLOCK_FRAMES, on_block, on_error)
        except AudioError:
            with self._lock:
                self._state = self._state_before_open
                self._run += 1
            raise
        with self._lock:
            self._stream = stream

    def _on_block(self, run: int, samples: np.ndarray) -> None:
        chunk: tuple[int, np.ndarray] | None = None
        with self._lock:
            if run != self._run or self._state != State.RECORDING:
                return
            samples = np.asarray(samples, dtype=np.float32).reshape(-1)
            if not self._anchored:
                # A block arrives once whole: its first sample was heard that much earlier.
                block_ms = int(round(len(samples) * 1000 / tl.RATE))
                self._run_start_ms = max(self._last_end, self._offset_now() - block_ms)
                self._anchored = True
            self._pending.append(samples)
            self._pending_frames += len(samples)
            self._run_frames += len(samples)
            self._captured += len(samples)
            self._level = level_of(samples)
            self._last_block = self.clock()
            if self._pending_frames >= self.chunk_frames:
                whole = np.concatenate(self._pending)
                chunk = (self._chunk_start(), whole[: self.chunk_frames])
                rest = whole[self.chunk_frames :]
                self._pending = [rest] if len(rest) else []
                self._pending_frames = len(rest)
                self._pending_from += self.chunk_frames
        if chunk is not None:
            self._queue.put(chunk)

    def _chunk_start(self) -> int:
        return self._run_start_ms + int(round(self._pending_from * 1000 / tl.RATE))

    def _end_run(self, new_state: State, event: str) -> None:
        with self._lock:
            if self._state == State.IDLE or (
                self._state == State.PAUSED and new_state == State.PAUSED
            ):
                return
            was_recording = self._state == State.RECORDING
            stream, self._stream = self._stream, None
            self._run += 1
            if was_recording and self._anchored:
                if self._pending_frames:
                    self._queue.put((self._chunk_start(), np.concatenate(self._pending)))
                self._last_end = self._run_start_ms + int(round(self._run_frames * 1000 / tl.RATE))
                self._pending, self._pending_frames = [], 0
            self._state = new_state
            self._level = 0.0
            end = self._last_end
        if stream is not None:
            stream.close()
        if was_recording:
            self.store.add_event(self.uid, end, event)

    # -- the supervisor: a device that stopped delivering, and its return ------------------

    def supervise(self) -> None:
        """Notice a lost device, and reopen it when it is back (called every 0.25 s)."""
        with self._lock:
            state = self._state
            silent = self.clock() - self._last_block
            failed = self._stream_failed
            limit = self.lost_after if self._anchored else self.start_grace
        if state == State.RECORDING and (failed or silent > limit):
            name = self.device_id or ""
            self._end_run(State.WAITING, "device_lost")
            self._set_problem(DeviceLostError(name))
            self._last_retry = self.clock()
            return
        if state != State.WAITING or self.clock() - self._last_retry < self.retry_every:
            return
        self._last_retry = self.clock()
        try:
            self.backend.rescan()
            self._open(self.device_id)
        except AudioError as exc:
            with self._lock:
                self._state = State.WAITING
            if not isinstance(exc, DeviceLostError) or not isinstance(
                self._problem, DeviceLostError
            ):
                self._set_problem(exc)
            return
        self.store.add_event(self.uid, self._opened_at_ms, "device_back")
        self._set_problem(None)

    def _supervise_loop(self, every: float) -> None:
        while not self._closed.wait(every):
            try:
                self.supervise()
            except Exception:  # the watch must outlive any one failure
                continue

    # -- the writer ------------------------------------------------------------------------

    def _write_loop(self) -> None:
        while True:
            item = self._queue.get()
            try:
                if item is None:
                    return
                start_ms, samples = item
                try:
                    self.store.write_chunk(self.uid, start_ms, samples, self.reserve_bytes)
                except AudioError as exc:  # a full disk, or a folder that cannot be written
                    if not self._not_saving:
                        self.store.add_event(self.uid, start_ms, "disk_full")
                    self._not_saving = True
                    self._set_problem(exc)
                else:
                    if self._not_saving:
                        self._not_saving = False
                        self.store.add_event(self.uid, start_ms, "disk_ok")
                        self._set_problem(None)
            finally:
                self._queue.task_done()

    def _set_problem(self, exc: AudioError | None) -> None:
        with self._lock:
            changed = (exc is None) != (self._problem is None) or (
                exc is not None
                and self._problem is not None
                and exc.message != self._problem.message
            )
            self._problem = exc
        if changed and self.on_problem is not None:
            self.on_problem(self.status())
