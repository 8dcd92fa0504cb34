"""Faster speech at the same pitch (WSOLA), block by block as the player needs it."""

from __future__ import annotations

import numpy as np

# No maintained small library does this (audiotsm was last released in 2017; rubberband needs a
# system program): WSOLA is short. 40 ms frames, half overlapping, each shifted by up to
# 10 ms to where it continues the previous frame best, so voices keep their pitch.
FRAME = 640
TOLERANCE = 160


class Stretcher:
    """Push source samples, pull output `speed` times shorter; speed 1.0 passes them through."""

    def __init__(self, speed: float, frame: int = FRAME, tolerance: int = TOLERANCE) -> None:
        self.speed = speed
        self.frame = frame
        self.hop = frame // 2
        self.tol = tolerance
        self.window = np.hanning(frame + 1)[:frame].astype(np.float32)  # sums to 1 at 50 %
        self.buf = np.zeros(0, dtype=np.float32)
        self.base = 0  # absolute index of buf[0]
        self.nominal = float(tolerance)  # where the next frame would start without searching
        self.natural: int | None = None  # where the previous frame's continuation starts
        self.tail = np.zeros(self.hop, dtype=np.float32)

    def push(self, samples: np.ndarray) -> None:
        self.buf = np.concatenate([self.buf, np.asarray(samples, dtype=np.float32)])

    def pull(self) -> np.ndarray:
        if self.speed == 1.0:
            out, self.buf = self.buf, np.zeros(0, dtype=np.float32)
            self.base += len(out)
            return out
        pieces = []
        end = self.base + len(self.buf)
        while True:
            centre = int(round(self.nominal))
            lo, hi = centre - self.tol, centre + self.tol
            if hi + self.frame > end or (
                self.natural is not None and self.natural + self.frame > end
            ):
                break
            if self.natural is None:
                pos = centre
            else:
                template = self.buf[
                    self.natural - self.base : self.natural - self.base + self.frame
                ]
                region = self.buf[lo - self.base : hi - self.base + self.frame]
                pos = lo + int(np.argmax(np.correlate(region, template, "valid")))
            frame = self.buf[pos - self.base : pos - self.base + self.frame] * self.window
            pieces.append(self.tail + frame[: self.hop])
            self.tail = frame[self.hop :].copy()
            self.natural = pos + self.hop
            self.nominal += self.hop * self.speed
            keep_from = min(int(self.nominal) - self.tol, self.natural) - self.base
            if keep_from > 0:
                self.buf = self.buf[keep_from:]
                self.base += keep_from
        return np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
