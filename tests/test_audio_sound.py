"""With a real sound server and no sound card: spoken sentences, entries, and their clips.

scripts/sound.sh (called by ./test.sh) starts PulseAudio with a null sink whose monitor is the
default source. Vietnamese sentences spoken by espeak-ng are played into the sink at known
moments while entries are added with the recorder's offsets; each entry's clip must hold the
sentence played when its typing began (energy envelopes correlated against the source).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from audio import timeline as tl
from audio.errors import AudioError

ROOT = Path(__file__).resolve().parent.parent
SENTENCES = [
    "Đồng chí Chủ tịch khai mạc cuộc họp và giới thiệu thành phần tham dự.",
    "Đề nghị bổ sung kinh phí sửa chữa trường tiểu học xã Quảng Phú.",
    "Biểu quyết thông qua nghị quyết với tỷ lệ một trăm phần trăm.",
]
BEFORE_S = 1.0


def _need_sound() -> None:
    reason = os.environ.get("BIENBAN_TEST_SOUND_SKIP")
    if reason:
        pytest.skip(f"no sound server: {reason}")
    if not os.environ.get("PULSE_SERVER"):
        pytest.skip("no sound server: run through scripts/sound.sh (./test.sh does)")
    for tool in ("espeak-ng", "paplay"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed")


def _speak(text: str, out: Path) -> np.ndarray:
    r = subprocess.run(["espeak-ng", "-v", "vi", "-w", str(out), text], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"espeak-ng cannot speak Vietnamese here: {r.stderr.decode()[:200]}")
    data, rate = sf.read(str(out), dtype="float32")
    n = int(len(data) * tl.RATE / rate)
    return np.interp(np.arange(n) * rate / tl.RATE, np.arange(len(data)), data).astype(np.float32)


def _envelope(x: np.ndarray, frame: int = 320) -> np.ndarray:
    n = len(x) // frame
    return np.sqrt(np.mean(np.square(x[: n * frame].reshape(n, frame)), axis=1))


def _best_match(source: np.ndarray, clip: np.ndarray) -> tuple[float, float]:
    """Highest Pearson correlation of the envelopes over every lag, and that lag in seconds."""
    s, c = _envelope(source), _envelope(clip)
    best, lag = -1.0, 0
    for i in range(0, len(c) - len(s) + 1):
        r = float(np.corrcoef(s, c[i : i + len(s)])[0, 1])
        if r > best:
            best, lag = r, i
    return best, lag * 320 / tl.RATE


def test_each_entry_clip_holds_what_was_said_when_its_typing_began(tmp_path: Path) -> None:
    _need_sound()
    from audio.backend import SoundDeviceBackend
    from audio.player import Player
    from audio.recorder import Recorder, State
    from audio.store import AudioStore
    from core.services import open_services

    try:
        backend = SoundDeviceBackend()
    except AudioError as exc:
        pytest.skip(exc.message)
    sources = [_speak(text, tmp_path / f"s{i}.wav") for i, text in enumerate(SENTENCES)]
    db = tmp_path / "db.sqlite3"
    services = open_services(str(db))
    meeting = services.meetings.create("Kỳ họp thứ 12 (ghi âm)")
    store = AudioStore.for_database(services.db)
    rec = Recorder(store, meeting.uid, backend)
    try:
        assert rec.start() is True
    except AudioError as exc:
        rec.close()
        pytest.skip(f"the sound server gives no input: {exc.message}")
    deadline = time.monotonic() + 10
    while rec.current_offset_ms() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert rec.current_offset_ms() is not None, "no audio arrived from the sound server"
    entries = []
    for i, text in enumerate(SENTENCES):
        time.sleep(1.5)  # the room between two speakers
        began = rec.current_offset_ms()  # the secretary starts typing as the speaker starts
        subprocess.run(["paplay", str(tmp_path / f"s{i}.wav")], check=True, timeout=60)
        entries.append(services.entries.add(meeting.id, "opinion", text, audio_ms=began))
    time.sleep(1.0)
    assert rec.status().state == State.RECORDING and rec.status().problem is None
    rec.close()
    services.db.dispose()

    for i, e in enumerate(entries):
        clip = tmp_path / f"clip{i}.wav"
        after = len(sources[i]) / tl.RATE + 1.5
        r = subprocess.run(
            [
                sys.executable,
                "main.py",
                "--db",
                str(db),
                "audio",
                str(e.id),
                "--out",
                str(clip),
                "--before",
                str(BEFORE_S),
                "--after",
                f"{after:.1f}",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert r.returncode == 0, r.stderr
        heard, rate = sf.read(str(clip), dtype="float32")
        assert rate == tl.RATE
        scores = [_best_match(src, heard) for src in sources]
        best = max(range(len(sources)), key=lambda j: scores[j][0])
        corr, lag = scores[i]
        assert best == i, f"clip {i} sounds like sentence {best}: {scores}"
        assert corr > 0.6, f"clip {i}: correlation {corr:.2f}"
        # The sentence starts where the entry's typing began: BEFORE_S into the clip.
        assert abs(lag - BEFORE_S) < 0.5, f"clip {i}: sentence at {lag:.2f} s"
        assert _envelope(heard[: int(0.6 * tl.RATE)]).max() < 0.02  # silence before it

    # Hearing an entry again through the sound server, without blocking the caller.
    player = Player(lambda: store.timeline(meeting.uid), backend)
    t0 = time.perf_counter()
    player.play_entry(entries[1].audio_ms)
    assert time.perf_counter() - t0 < 0.2
    start = max(0, entries[1].audio_ms - 5000)
    deadline = time.monotonic() + 15  # the server may take a second or two to start pulling
    while (player.position_ms() or 0) < start + 1000 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert player.problem is None
    assert player.position_ms() is not None and player.position_ms() >= start + 1000
    player.close()
