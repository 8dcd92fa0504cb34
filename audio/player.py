"""Hearing a meeting again from any moment: play, pause, skip, speed; never blocks the caller."""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from audio import timeline as tl
from audio.backend import Backend, Stream
from audio.errors import AudioError
from audio.stretch import Stretcher

SPEEDS = (1.0, 1.25, 1.5)
LEAD_MS = 5000  # an entry plays from a little before its typing began
SKIP_MS = 5000
PIECE_MS = 200
AHEAD_MS = 1000
PREFILL = 4000  # 250 ms
BLOCK = 800  # 50 ms


class Player:
    """Commands return at once; a worker thread decodes ahead and the sound card pulls.

    Plays across chunk boundaries seamlessly and jumps over gaps (pauses, faults) to the
    next recorded moment. `timeline_source` is called again on each seek and at the known
    end, so a recording still going on can be heard up to its last saved chunk.
    """

    def __init__(
        self,
        timeline_source: Callable[[], tl.Timeline],
        backend: Backend | None = None,
        *,
        device_id: str | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.timeline_source = timeline_source
        self._backend = backend
        self.device_id = device_id
        self.on_change = on_change
        self._cond = threading.Condition()
        self._timeline = tl.Timeline()
        self._playing = False
        self._speed = 1.0
        self._source_ms = 0.0  # the next source moment to decode
        self._heard_ms: float | None = None
        self._queue: collections.deque[tuple[np.ndarray, float, float]] = collections.deque()
        self._queued = 0
        self._offset_in_head = 0
        self._stretcher = Stretcher(1.0)
        self._seek_to: float | None = None
        self._at_end = False
        self._stream: Stream | None = None
        self._cache: dict[Path, np.ndarray] = {}
        self._closed = False
        self.problem: str | None = None
        self.underruns = 0
        self._worker = threading.Thread(target=self._loop, name="audio-player", daemon=True)
        self._worker.start()

    @property
    def backend(self) -> Backend:
        if self._backend is None:
            from audio.backend import shared_backend

            self._backend = shared_backend()
        return self._backend

    # -- commands (any thread, return at once) ---------------------------------------------

    def play_entry(self, audio_ms: int, lead_ms: int = LEAD_MS) -> None:
        self.play_from(max(0, audio_ms - lead_ms))

    def play_from(self, ms: float) -> None:
        with self._cond:
            self._seek(ms)
            self._playing = True
            self.problem = None  # try the device again

    def _seek(self, ms: float) -> None:
        """Drop what was decoded at once, so not one more block of it is heard (lock held)."""
        self._seek_to = self._heard_ms = max(0.0, float(ms))
        self._queue.clear()
        self._queued = 0
        self._offset_in_head = 0
        self._at_end = False
        self._cond.notify_all()

    def play(self) -> None:
        with self._cond:
            if self._at_end or (self._heard_ms is None and self._seek_to is None):
                self._seek(self._heard_ms if self._heard_ms is not None else self._source_ms)
            self._playing = True
            self.problem = None
            self._cond.notify_all()

    def pause(self) -> None:
        with self._cond:
            self._playing = False
            self._cond.notify_all()

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def skip(self, delta_ms: float) -> None:
        """±5 s: from where the listener is now."""
        with self._cond:
            here = self._heard_ms if self._heard_ms is not None else self._source_ms
            self._seek(here + delta_ms)

    def set_speed(self, speed: float) -> None:
        if speed not in SPEEDS:
            raise ValueError(f"speed {speed} not in {SPEEDS}")
        with self._cond:
            if speed != self._speed:
                self._speed = speed
                # What is buffered was made for the old speed.
                self._seek(self._heard_ms if self._heard_ms is not None else self._source_ms)

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._playing = False
            self._cond.notify_all()
        self._worker.join(timeout=5)

    # -- state -----------------------------------------------------------------------------

    @property
    def playing(self) -> bool:
        with self._cond:
            return self._playing

    @property
    def speed(self) -> float:
        return self._speed

    def position_ms(self) -> int | None:
        """The moment being heard, on the recording's timeline."""
        with self._cond:
            at = self._heard_ms if self._heard_ms is not None else self._seek_to
            return None if at is None else int(at)

    def ready(self) -> bool:
        """Enough is decoded for the card's next block (or there is nothing more to play)."""
        with self._cond:
            return self._queued >= BLOCK or self._at_end or not self._playing

    # -- the sound card's thread -------------------------------------------------------------

    def _fill(self, out: np.ndarray) -> None:
        n = len(out)
        done = 0
        with self._cond:
            if self._playing:
                while done < n and self._queue:
                    samples, src_ms, step = self._queue[0]
                    start = self._offset_in_head
                    take = min(n - done, len(samples) - start)
                    out[done : done + take] = samples[start : start + take]
                    done += take
                    self._offset_in_head += take
                    self._queued -= take
                    self._heard_ms = src_ms + self._offset_in_head * step
                    if self._offset_in_head >= len(samples):
                        self._queue.popleft()
                        self._offset_in_head = 0
                if not self._queue and self._at_end:
                    self._playing = False  # all heard: the worker lets the card go
                elif done < n:
                    self.underruns += 1
            self._cond.notify_all()
        out[done:] = 0.0

    # -- the worker ---------------------------------------------------------------------------

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._closed and not self._work_to_do():
                    self._cond.wait(0.05)
                if self._closed:
                    break
                playing = self._playing
                seek = self._seek_to
                self._seek_to = None
                if seek is not None:
                    self._source_ms = seek
                    self._stretcher = Stretcher(self._speed)
            if seek is not None:
                self._timeline = self.timeline_source()
            if not playing and self._stream is not None:
                self._close_stream()
            if playing:
                self._decode_some()
                with self._cond:
                    # The card starts once a little is decoded, so its first blocks are sound.
                    start = self._playing and (self._queued >= PREFILL or self._at_end)
                if start and self._stream is None:
                    self._open()
            self._changed()
        self._close_stream()

    def _work_to_do(self) -> bool:
        if self._seek_to is not None:
            return True
        if self._playing != (self._stream is not None) and not (self._playing and self.problem):
            return True
        return self._playing and not self._at_end and self._queued < AHEAD_MS * tl.RATE // 1000

    def _open(self) -> None:
        try:
            self._stream = self.backend.open_output(
                self.device_id, tl.RATE, BLOCK, self._fill, self.ready
            )
            self.problem = None
        except AudioError as exc:
            self.problem = exc.message
            with self._cond:
                self._playing = False

    def _close_stream(self) -> None:
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.close()

    def _decode_some(self) -> None:
        """Decode one piece at the source position, over gaps; mark the end when none is left."""
        at = self._source_ms
        nxt = self._timeline.next_audio(int(at))
        if nxt is None or nxt >= self._timeline.end_ms:
            self._timeline = self.timeline_source()  # a recording still going on grows
            nxt = self._timeline.next_audio(int(at))
        if nxt is None:
            out = self._stretcher.pull()
            with self._cond:
                if len(out):
                    self._queue.append((out, at, 0.0))
                    self._queued += len(out)
                self._at_end = True
                if not self._queue:
                    self._playing = False
            return
        if nxt > at:  # a gap: the next run starts here
            at = float(nxt)
            self._stretcher = Stretcher(self._speed)
        run_end = next(r.end_ms for r in self._timeline.runs if r.start_ms <= at < r.end_ms)
        end = min(at + PIECE_MS, run_end)
        samples = self._timeline.read(at, end, self._cache)
        if len(self._cache) > 4:
            self._cache.pop(next(iter(self._cache)))
        source_ms_per_out = 1000 / tl.RATE * self._speed
        # The stretcher holds back up to a frame: what comes out now began that much earlier.
        held = (len(self._stretcher.buf) if self._speed != 1.0 else 0) * 1000 / tl.RATE
        self._stretcher.push(samples)
        out = self._stretcher.pull()
        with self._cond:
            if self._seek_to is None and len(out):
                self._queue.append((out, max(0.0, at - held), source_ms_per_out))
                self._queued += len(out)
            self._source_ms = end

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()
