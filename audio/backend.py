"""Sound devices: the interface the recorder and player use, and its PortAudio implementation."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

from audio.errors import (
    AudioError,
    BackendMissingError,
    DeviceBusyError,
    DeviceLostError,
    NoDeviceError,
)

BlockCallback = Callable[[np.ndarray], None]  # float32 mono samples as they arrive
FillCallback = Callable[[np.ndarray], None]  # fills a float32 mono buffer in place


@dataclass(frozen=True)
class DeviceInfo:
    """`id` names the device the same way across sessions (kept in the window's settings)."""

    id: str
    name: str
    host_api: str
    is_default: bool = False


class Stream(Protocol):
    def close(self) -> None: ...


class Backend(Protocol):
    def input_devices(self) -> list[DeviceInfo]: ...

    def open_input(
        self,
        device_id: str | None,
        rate: int,
        blocksize: int,
        on_block: BlockCallback,
        on_error: Callable[[], None],
    ) -> Stream: ...

    def open_output(
        self,
        device_id: str | None,
        rate: int,
        blocksize: int,
        fill: FillCallback,
        ready: Callable[[], bool] | None = None,
    ) -> Stream: ...

    def rescan(self) -> None: ...


# PortAudio error codes (portaudio.h)
PA_DEVICE_UNAVAILABLE = -9985
PA_INVALID_DEVICE = -9996


class _SdStream:
    def __init__(self, stream: Any, owner: SoundDeviceBackend) -> None:
        self.stream = stream
        self.owner = owner

    def close(self) -> None:
        try:
            self.stream.abort(ignore_errors=True)
            self.stream.close(ignore_errors=True)
        finally:
            self.owner.open_streams.discard(self)


class SoundDeviceBackend:
    """sounddevice (PortAudio): bundled on Windows and macOS, libportaudio2 on Linux."""

    def __init__(self) -> None:
        try:
            import sounddevice
        except OSError as exc:  # the shared library itself is missing
            raise BackendMissingError(str(exc)) from exc
        self.sd = sounddevice
        self.open_streams: set[_SdStream] = set()

    def _host_name(self, index: int) -> str:
        return str(self.sd.query_hostapis(index)["name"])

    def input_devices(self) -> list[DeviceInfo]:
        try:
            devices = self.sd.query_devices()
            default_in = self.sd.default.device[0]
            # One host API (the system's default) so a device is not offered three times on
            # Windows (MME, DirectSound, WASAPI).
            default_api = self.sd.default.hostapi
        except self.sd.PortAudioError:
            return []
        found = []
        for i, d in enumerate(devices):
            if d["max_input_channels"] < 1 or d["hostapi"] != default_api:
                continue
            api = self._host_name(d["hostapi"])
            found.append(DeviceInfo(f"{api}: {d['name']}", d["name"], api, i == default_in))
        return found

    def _index(self, device_id: str | None, inputs: bool) -> int | None:
        if device_id is None:
            return None
        for i, d in enumerate(self.sd.query_devices()):
            channels = d["max_input_channels"] if inputs else d["max_output_channels"]
            if channels > 0 and f"{self._host_name(d['hostapi'])}: {d['name']}" == device_id:
                return i
        if inputs:
            raise DeviceLostError(device_id)
        return None  # a playback device gone: the system's default plays instead

    def _fault(self, exc: Exception, device_id: str | None) -> AudioError:
        code = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], int) else None
        text = str(exc)
        if code == PA_DEVICE_UNAVAILABLE or "busy" in text.lower():
            return DeviceBusyError(device_id or "")
        if code == PA_INVALID_DEVICE or "no default" in text.lower():
            return NoDeviceError()
        return AudioError(f"Lỗi thiết bị âm thanh: {text} / Sound device error: {text}")

    def open_input(
        self,
        device_id: str | None,
        rate: int,
        blocksize: int,
        on_block: BlockCallback,
        on_error: Callable[[], None],
    ) -> Stream:
        if not self.input_devices():
            raise NoDeviceError()
        index = self._index(device_id, inputs=True)
        holder: list[_SdStream] = []

        def callback(indata: np.ndarray, frames: int, time: Any, status: Any) -> None:
            on_block(indata[:, 0].copy())

        def finished() -> None:
            if holder and holder[0] in self.open_streams:  # not closed by us: a fault
                on_error()

        try:
            stream = self.sd.InputStream(
                samplerate=rate,
                channels=1,
                dtype="float32",
                blocksize=blocksize,
                device=index,
                callback=callback,
                finished_callback=finished,
            )
            wrapped = _SdStream(stream, self)
            holder.append(wrapped)
            self.open_streams.add(wrapped)
            stream.start()
        except self.sd.PortAudioError as exc:
            if holder:
                holder[0].close()
            raise self._fault(exc, device_id) from exc
        return wrapped

    def open_output(
        self,
        device_id: str | None,
        rate: int,
        blocksize: int,
        fill: FillCallback,
        ready: Callable[[], bool] | None = None,
    ) -> Stream:
        index = self._index(device_id, inputs=False)

        def callback(outdata: np.ndarray, frames: int, time: Any, status: Any) -> None:
            fill(outdata[:, 0])

        try:
            stream = self.sd.OutputStream(
                samplerate=rate,
                channels=1,
                dtype="float32",
                blocksize=blocksize,
                device=index,
                callback=callback,
            )
            wrapped = _SdStream(stream, self)
            self.open_streams.add(wrapped)
            stream.start()
        except self.sd.PortAudioError as exc:
            raise self._fault(exc, device_id) from exc
        return wrapped

    def rescan(self) -> None:
        """See devices plugged in since start; PortAudio only lists them after a restart."""
        if self.open_streams:
            return  # restarting PortAudio would break the streams that are open
        self.sd._terminate()
        self.sd._initialize()


_shared: SoundDeviceBackend | None = None


def shared_backend() -> SoundDeviceBackend:
    """One PortAudio for the recorder and the player: a rescan must see every open stream."""
    global _shared
    if _shared is None:
        _shared = SoundDeviceBackend()
    return _shared
