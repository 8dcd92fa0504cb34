"""A meeting's recording timeline: chunk files placed by their offsets, runs and gaps."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

RATE = 16_000  # speech: 16 kHz mono
SUFFIX = ".flac"
# <start ms>-<frames>.flac: the timeline is read from the names alone, without opening files.
CHUNK_RE = re.compile(r"^(\d{12})-(\d{1,9})\.flac$")
TOLERANCE_MS = 2  # chunk starts are rounded to the millisecond
OFFSET_MAX = 2**31 - 1  # entry.audio_ms is a 32-bit column (core.services.common.AUDIO_MS_MAX)


def chunk_name(start_ms: int, frames: int) -> str:
    return f"{start_ms:012d}-{frames}{SUFFIX}"


def frames_to_ms(frames: int) -> float:
    return frames * 1000 / RATE


@dataclass(frozen=True)
class Chunk:
    start_ms: int
    frames: int
    path: Path

    @property
    def end_ms(self) -> float:
        return self.start_ms + frames_to_ms(self.frames)


@dataclass(frozen=True)
class Run:
    """Audio without a break: from a start or resume to the next pause, stop or fault."""

    start_ms: int
    end_ms: int
    chunks: tuple[Chunk, ...]


@dataclass(frozen=True)
class Gap:
    start_ms: int
    end_ms: int
    reason: str = "pause"  # pause, device_lost, disk_full, stop


@dataclass(frozen=True)
class Timeline:
    runs: tuple[Run, ...] = ()
    gaps: tuple[Gap, ...] = ()
    events: tuple[tuple[int, str], ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not self.runs

    @property
    def end_ms(self) -> int:
        return self.runs[-1].end_ms if self.runs else 0

    @property
    def recorded_ms(self) -> int:
        return sum(r.end_ms - r.start_ms for r in self.runs)

    def has_audio_at(self, ms: int) -> bool:
        return any(r.start_ms <= ms < r.end_ms for r in self.runs)

    def next_audio(self, ms: int) -> int | None:
        """The first moment at or after *ms* that has audio (skipping a gap), or None."""
        for r in self.runs:
            if ms < r.end_ms:
                return max(ms, r.start_ms)
        return None

    def read(
        self, start_ms: float, end_ms: float, cache: dict[Path, np.ndarray] | None = None
    ) -> np.ndarray:
        """Samples (float32) from *start_ms* to *end_ms*; gaps and the unrecorded are silence.

        With *cache*, whole chunks are decoded once and kept there (the player reads on).
        """
        start_f = int(round(start_ms * RATE / 1000))
        n = max(0, int(round(end_ms * RATE / 1000)) - start_f)
        out = np.zeros(n, dtype=np.float32)
        for r in self.runs:
            if r.end_ms <= start_ms or r.start_ms >= end_ms:
                continue
            for c in r.chunks:
                if c.end_ms <= start_ms or c.start_ms >= end_ms:
                    continue
                c_first = int(round(c.start_ms * RATE / 1000))
                lo = max(start_f, c_first)
                hi = min(start_f + n, c_first + c.frames)
                if hi <= lo:
                    continue
                data = _decode(c, lo - c_first, hi - c_first, cache)
                out[lo - start_f : lo - start_f + len(data)] = data[: hi - lo]
        return out


def _decode(c: Chunk, first: int, stop: int, cache: dict[Path, np.ndarray] | None) -> np.ndarray:
    import soundfile as sf

    try:
        if cache is None:
            data, _ = sf.read(str(c.path), start=first, stop=stop, dtype="float32")
            return np.asarray(data, dtype=np.float32).reshape(-1)
        if c.path not in cache:
            data, _ = sf.read(str(c.path), dtype="float32")
            cache[c.path] = np.asarray(data, dtype=np.float32).reshape(-1)
        return cache[c.path][first:stop]
    except (OSError, RuntimeError):
        return np.zeros(0, dtype=np.float32)  # a chunk gone or damaged stays silent


def build(files: list[Path], events: list[tuple[int, str]]) -> Timeline:
    """Group chunk files into runs (abutting chunks) and name each gap by the event behind it."""
    chunks = []
    for p in files:
        m = CHUNK_RE.match(p.name)
        if m:
            chunks.append(Chunk(int(m.group(1)), int(m.group(2)), p))
    chunks.sort(key=lambda c: c.start_ms)
    runs: list[Run] = []
    current: list[Chunk] = []
    for c in chunks:
        if current and c.start_ms > current[-1].end_ms + TOLERANCE_MS:
            runs.append(_run(current))
            current = []
        current.append(c)
    if current:
        runs.append(_run(current))
    gaps = []
    for before, after in zip(runs, runs[1:], strict=False):
        reason = "pause"
        for at, name in events:
            if before.end_ms - 1000 <= at <= after.start_ms and name in (
                "pause",
                "stop",
                "device_lost",
                "disk_full",
                "device_change",
            ):
                reason = name
                break
        gaps.append(Gap(before.end_ms, after.start_ms, reason))
    return Timeline(tuple(runs), tuple(gaps), tuple(events))


def _run(chunks: list[Chunk]) -> Run:
    return Run(chunks[0].start_ms, int(round(chunks[-1].end_ms)), tuple(chunks))
