"""Recording costs: CPU (under 5 % of a core), memory, disk per hour: python -m bench.recording."""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from audio import timeline as tl
from audio.fake import FakeBackend, Source
from audio.recorder import Recorder
from audio.store import AudioStore

CPU_TARGET_PCT = 5.0
SENTENCES = [
    "Đồng chí Chủ tịch khai mạc cuộc họp và giới thiệu thành phần tham dự.",
    "Đề nghị các đại biểu cho ý kiến về báo cáo kinh tế xã hội sáu tháng đầu năm.",
    "Biểu quyết thông qua nghị quyết với tỷ lệ một trăm phần trăm.",
]


def speech(noise_dbfs: float = -60.0, seed: int = 1) -> np.ndarray:
    """A minute of Vietnamese speech (espeak-ng) with pauses, over room noise."""
    rng = np.random.default_rng(seed)
    parts: list[np.ndarray] = []
    if shutil.which("espeak-ng"):
        with tempfile.TemporaryDirectory() as tmp:
            import soundfile as sf

            for i, text in enumerate(SENTENCES):
                wav = Path(tmp) / f"{i}.wav"
                r = subprocess.run(
                    ["espeak-ng", "-v", "vi", "-w", str(wav), text],
                    capture_output=True,
                    check=False,
                )
                if r.returncode == 0:
                    data, rate = sf.read(str(wav), dtype="float32")
                    n = int(len(data) * tl.RATE / rate)
                    parts.append(
                        np.interp(np.arange(n) * rate / tl.RATE, np.arange(len(data)), data).astype(
                            np.float32
                        )
                    )
                    parts.append(np.zeros(tl.RATE, dtype=np.float32))  # a breath between
    voice = np.concatenate(parts) if parts else np.zeros(tl.RATE, dtype=np.float32)
    minute = np.resize(voice, 60 * tl.RATE)
    noise = rng.standard_normal(len(minute)).astype(np.float32) * 10 ** (noise_dbfs / 20)
    return np.clip(minute + noise, -1, 1).astype(np.float32)


def looped(signal: np.ndarray) -> Source:
    def source(t: float, n: int) -> np.ndarray:
        start = int(round(t * tl.RATE))
        return signal.take(np.arange(start, start + n), mode="wrap")

    return source


def rss_mb() -> float:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def disk_per_hour(signal: np.ndarray) -> float:
    """MB per hour of recording, from the chunks BienBan writes for *signal*."""
    with tempfile.TemporaryDirectory() as tmp:
        store = AudioStore(Path(tmp) / "a.audio")
        store.ensure_folder("m")
        step = 5 * tl.RATE
        for i in range(0, len(signal), step):
            store.write_chunk("m", i * 1000 // tl.RATE, signal[i : i + step])
        size = sum(p.stat().st_size for p in store.folder("m").iterdir())
    return size / (len(signal) / tl.RATE) * 3600 / 1e6


@contextlib.contextmanager
def recording(source: Source, backend: Any = None) -> Iterator[Recorder]:
    """A recorder running as during a meeting: a fake card in real time, or *backend*."""
    with tempfile.TemporaryDirectory() as tmp:
        fake = None
        if backend is None:
            fake = backend = FakeBackend(source=source)
            fake.run_realtime()
        rec = Recorder(AudioStore(Path(tmp) / "a.audio"), "m", backend)
        rec.start()
        try:
            yield rec
        finally:
            rec.close()
            if fake is not None:
                fake.stop_realtime()


def _cpu_over(seconds: float) -> tuple[float, float, float]:
    """(% of one core used by the process, RSS at the start, RSS at the end) over *seconds*."""
    before_rss = rss_mb()
    c0, t0 = time.process_time(), time.perf_counter()
    time.sleep(seconds)
    c1, t1 = time.process_time(), time.perf_counter()
    return (c1 - c0) / (t1 - t0) * 100, before_rss, rss_mb()


def measure(seconds: float = 30.0) -> dict[str, Any]:
    quiet = speech(-60.0)
    noisy = speech(-40.0)
    out: dict[str, Any] = {
        "disk_quiet_mb_h": disk_per_hour(quiet),
        "disk_noisy_mb_h": disk_per_hour(noisy),
        "seconds": seconds,
    }
    # The fake card's own cost (making the signal, its thread) is the floor, measured alone.
    fake = FakeBackend(source=looped(quiet))
    fake.open_input(None, tl.RATE, 1600, lambda samples: None, lambda: None)
    fake.run_realtime()
    out["floor_pct"], _, _ = _cpu_over(seconds)
    fake.stop_realtime()
    with recording(looped(quiet)) as rec:
        time.sleep(6.0)  # past the first chunk, which loads libsndfile
        total, rss0, rss1 = _cpu_over(seconds)
        out["fake_total_pct"] = total
        out["rss_start_mb"], out["rss_end_mb"] = rss0, rss1
        out["problem"] = rec.status().problem
    out["cpu_pct"] = max(0.0, out["fake_total_pct"] - out["floor_pct"])
    out["real_pct"] = None
    if os.environ.get("PULSE_SERVER"):
        with contextlib.suppress(Exception):
            from audio.backend import SoundDeviceBackend

            with recording(looped(quiet), SoundDeviceBackend()) as rec:
                time.sleep(6.0)
                out["real_pct"], _, _ = _cpu_over(seconds)
    return out


def rows(m: dict[str, Any]) -> list[tuple[str, float, str, str, bool]]:
    """(what, value, unit, target, ok) for the bench tables."""
    cpu = m["real_pct"] if m["real_pct"] is not None else m["cpu_pct"]
    where = "sound server" if m["real_pct"] is not None else "fake card, its own cost taken off"
    growth = m["rss_end_mb"] - m["rss_start_mb"]
    return [
        (
            f"recording CPU ({where})",
            cpu,
            "%",
            f"< {CPU_TARGET_PCT:g} % of one core",
            cpu < CPU_TARGET_PCT,
        ),
        (f"recording memory growth over {m['seconds']:.0f} s", growth, "MB", "< 5 MB", growth < 5),
        ("recording disk per hour, speech, quiet room", m["disk_quiet_mb_h"], "MB", "—", True),
        ("recording disk per hour, speech, noisy room", m["disk_noisy_mb_h"], "MB", "—", True),
    ]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seconds", type=float, default=30.0, help="length of each CPU run")
    args = ap.parse_args()
    m = measure(args.seconds)
    for what, value, unit, target, ok in rows(m):
        print(f"{what:<52} {value:>8.2f} {unit:<3} {target:<24} {'ok' if ok else 'MISSED'}")
    print(
        f"fake card alone {m['floor_pct']:.2f} %, with the recorder {m['fake_total_pct']:.2f} %;"
        f" RSS {m['rss_start_mb']:.1f} -> {m['rss_end_mb']:.1f} MB"
        + (f"; with the sound server {m['real_pct']:.2f} %" if m["real_pct"] is not None else "")
    )
    return 0 if all(ok for *_, ok in rows(m)) else 1


if __name__ == "__main__":
    sys.exit(main())
