"""A sound card made of code, for tests and the bench: plug, unplug, busy, no device, any signal."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import numpy as np

from audio.backend import BlockCallback, DeviceInfo, FillCallback
from audio.errors import DeviceBusyError, DeviceLostError, NoDeviceError

Source = Callable[[float, int], np.ndarray]  # (time in s of the first sample, frames) -> samples


def quiet_noise(seed: int = 0) -> Source:
    """A room: low noise, deterministic."""
    rng = np.random.default_rng(seed)

    def source(t: float, n: int) -> np.ndarray:
        return (rng.standard_normal(n) * 0.003).astype(np.float32)

    return source


def tones(marks: list[tuple[float, float, float]], rate: int = 16_000) -> Source:
    """Silence but for (start s, end s, frequency Hz) tones: what was said at a known moment."""
    floor = quiet_noise()

    def source(t: float, n: int) -> np.ndarray:
        ts = t + np.arange(n) / rate
        out = floor(t, n)
        for start, end, freq in marks:
            on = (ts >= start) & (ts < end)
            out[on] += (0.4 * np.sin(2 * np.pi * freq * ts[on])).astype(np.float32)
        return out

    return source


class FakeInput:
    def __init__(
        self,
        backend: FakeBackend,
        device: str,
        blocksize: int,
        on_block: BlockCallback,
        on_error: Callable[[], None],
    ) -> None:
        self.backend = backend
        self.device = device
        self.blocksize = blocksize
        self.on_block = on_block
        self.on_error = on_error
        self.closed = False

    def close(self) -> None:
        self.closed = True
        if self.backend.input is self:
            self.backend.input = None


class FakeOutput:
    def __init__(
        self,
        backend: FakeBackend,
        blocksize: int,
        fill: FillCallback,
        ready: Callable[[], bool] | None,
    ) -> None:
        self.backend = backend
        self.blocksize = blocksize
        self.fill = fill
        self.ready = ready
        self.closed = False

    def pull(self, seconds: float, wait: float = 5.0) -> np.ndarray:
        """What the speaker plays over *seconds*, waiting for the player as a card's buffer does."""
        out = []
        for _ in range(int(round(seconds * self.backend.rate / self.blocksize))):
            deadline = time.monotonic() + wait
            while self.ready is not None and not self.ready() and time.monotonic() < deadline:
                time.sleep(0.001)
            if self.closed:
                break
            buf = np.zeros(self.blocksize, dtype=np.float32)
            self.fill(buf)
            out.append(buf)
        return np.concatenate(out) if out else np.zeros(0, dtype=np.float32)

    def close(self) -> None:
        self.closed = True
        if self in self.backend.outputs:
            self.backend.outputs.remove(self)


class FakeBackend:
    """Devices that can be missing, busy or pulled out; time moves when told, or in real time."""

    def __init__(
        self,
        devices: tuple[str, ...] = ("Micro USB", "Micro laptop"),
        source: Source | None = None,
        rate: int = 16_000,
    ) -> None:
        self.rate = rate
        self.present = list(devices)
        self.busy: set[str] = set()
        self.source = source or quiet_noise()
        self.now = 0.0
        self.input: FakeInput | None = None
        self.outputs: list[FakeOutput] = []
        self.opened = 0
        self._realtime: threading.Thread | None = None
        self._stop = threading.Event()

    # -- the Backend interface -----------------------------------------------------------

    def clock(self) -> float:
        return self.now

    def input_devices(self) -> list[DeviceInfo]:
        return [DeviceInfo(f"Fake: {n}", n, "Fake", i == 0) for i, n in enumerate(self.present)]

    def open_input(
        self,
        device_id: str | None,
        rate: int,
        blocksize: int,
        on_block: BlockCallback,
        on_error: Callable[[], None],
    ) -> FakeInput:
        if not self.present:
            raise NoDeviceError()
        name = self.present[0] if device_id is None else device_id.removeprefix("Fake: ")
        if name not in self.present:
            raise DeviceLostError(name)
        if name in self.busy:
            raise DeviceBusyError(name)
        self.opened += 1
        self.input = FakeInput(self, name, blocksize, on_block, on_error)
        return self.input

    def open_output(
        self,
        device_id: str | None,
        rate: int,
        blocksize: int,
        fill: FillCallback,
        ready: Callable[[], bool] | None = None,
    ) -> FakeOutput:
        out = FakeOutput(self, blocksize, fill, ready)
        self.outputs.append(out)
        return out

    def rescan(self) -> None:
        pass

    # -- what a test does to the world ---------------------------------------------------

    def feed(self, seconds: float) -> None:
        """Let *seconds* pass, the open input (if any) hearing the source meanwhile."""
        block = self.input.blocksize if self.input else 1600
        for _ in range(int(round(seconds * self.rate / block))):
            self._one_block(block)

    def _one_block(self, block: int) -> None:
        stream = self.input
        start = self.now
        self.now += block / self.rate  # a card hands a block over once it is whole
        if stream is not None and not stream.closed and stream.device in self.present:
            stream.on_block(self.source(start, block))

    def advance(self, seconds: float) -> None:
        """Time passes and nothing is heard (a dead device delivers nothing)."""
        self.now += seconds

    def unplug(self, name: str | None = None, notify: bool = False) -> None:
        name = name or self.present[0]
        self.present.remove(name)
        if notify and self.input is not None and self.input.device == name:
            self.input.on_error()

    def plug(self, name: str) -> None:
        if name not in self.present:
            self.present.append(name)

    def run_realtime(self, block: int = 1600) -> None:
        """Feed the input at the pace of a real card, on a thread, with `now` following the wall."""
        t0 = time.monotonic()
        self.now = 0.0

        def loop() -> None:
            sent = 0
            while not self._stop.is_set():
                due = t0 + (sent + block) / self.rate
                delay = due - time.monotonic()
                if delay > 0:
                    time.sleep(delay)
                self._one_block(block)
                sent += block

        self._realtime = threading.Thread(target=loop, name="fake-card", daemon=True)
        self._realtime.start()

    def stop_realtime(self) -> None:
        self._stop.set()
        if self._realtime is not None:
            self._realtime.join()
