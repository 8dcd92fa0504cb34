"""The player on a fake sound card: from an entry's moment, across chunks and gaps, skips, speed."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pytest

from audio import timeline as tl
from audio.fake import FakeBackend, tones
from audio.player import Player
from audio.recorder import Recorder
from audio.store import AudioStore
from audio.stretch import Stretcher


def _dominant_hz(x: np.ndarray) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return float(np.argmax(spectrum) * tl.RATE / len(x))


@pytest.fixture
def recorded(tmp_path: Path) -> tuple[AudioStore, FakeBackend]:
    """0-12 s recorded, a pause, 20-30 s recorded; tones at 6-8 s (1 kHz) and 20-21 s (600 Hz)."""
    fake = FakeBackend(source=tones([(6.0, 8.0, 1000.0), (20.0, 21.0, 600.0)]))
    store = AudioStore(tmp_path / "db.audio")
    rec = Recorder(store, "m", fake, clock=fake.clock, supervise_every=None)
    rec.start()
    fake.feed(12.0)
    rec.pause()
    fake.advance(8.0)
    rec.resume()
    fake.feed(10.0)
    rec.close()
    return store, fake


def _wait(cond: object, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond() and time.monotonic() < deadline:  # type: ignore[operator]
        time.sleep(0.005)


def test_an_entry_plays_from_five_seconds_before_it(
    recorded: tuple[AudioStore, FakeBackend],
) -> None:
    store, fake = recorded
    player = Player(lambda: store.timeline("m"), fake)
    player.play_entry(11_000)  # typing began at 11 s: play from 6 s, where the tone starts
    _wait(lambda: fake.outputs)
    out = fake.outputs[0].pull(3.0)
    expected = store.timeline("m").read(6000, 9000)
    assert np.allclose(out, expected, atol=1e-6)  # exactly the recording, across a chunk edge
    assert 8900 <= player.position_ms() <= 9100
    player.close()


def test_playing_jumps_over_a_gap(recorded: tuple[AudioStore, FakeBackend]) -> None:
    store, fake = recorded
    player = Player(lambda: store.timeline("m"), fake)
    player.play_from(11_000)
    _wait(lambda: fake.outputs)
    out = fake.outputs[0].pull(2.0)
    # One second before the pause, then the 600 Hz tone said just after the break.
    assert abs(_dominant_hz(out[16000:32000]) - 600) < 20
    assert 20_900 <= player.position_ms() <= 21_100
    player.close()


def test_skip_pause_and_the_end(recorded: tuple[AudioStore, FakeBackend]) -> None:
    store, fake = recorded
    player = Player(lambda: store.timeline("m"), fake)
    player.play_from(2000)
    _wait(lambda: fake.outputs)
    fake.outputs[0].pull(1.0)
    player.skip(5000)  # +5 s from where the listener is
    fake.outputs[0].pull(0.5)
    assert 8400 <= player.position_ms() <= 8600
    player.skip(-5000)
    fake.outputs[0].pull(0.5)
    assert 3900 <= player.position_ms() <= 4100
    player.pause()
    _wait(lambda: not fake.outputs)  # the card is let go while paused
    assert not player.playing and fake.outputs == []
    player.play_from(29_000)
    _wait(lambda: fake.outputs)
    card = fake.outputs[0]
    for _ in range(40):  # at a card's pace: the end is decoded before it is heard
        card.pull(0.05)
        time.sleep(0.005)
        if not player.playing:
            break
    _wait(lambda: not fake.outputs)  # and the card is let go
    assert not player.playing and player.position_ms() >= 29_900  # stops at the end
    player.close()


def test_commands_never_block(recorded: tuple[AudioStore, FakeBackend]) -> None:
    store, fake = recorded

    def slow_timeline() -> tl.Timeline:
        time.sleep(0.5)  # a slow disk
        return store.timeline("m")

    player = Player(slow_timeline, fake)
    t0 = time.perf_counter()
    player.play_entry(11_000)
    player.skip(5000)
    player.set_speed(1.25)
    player.toggle()
    player.toggle()
    assert time.perf_counter() - t0 < 0.2  # the timeline alone takes 0.5 s
    player.close()


@pytest.mark.parametrize("speed", [1.25, 1.5])
def test_faster_speech_keeps_its_pitch(
    recorded: tuple[AudioStore, FakeBackend], speed: float
) -> None:
    store, fake = recorded
    player = Player(lambda: store.timeline("m"), fake)
    player.set_speed(speed)
    player.play_from(5000)
    _wait(lambda: fake.outputs)
    out = fake.outputs[0].pull(2.0)
    heard = player.position_ms()
    assert abs(heard - (5000 + 2000 * speed)) < 150
    tone = out[int(1000 / speed * 16) + 800 : int(3000 / speed * 16) - 800]  # the 1 kHz stretch
    assert abs(_dominant_hz(tone) - 1000) < 20
    player.close()


def test_stretcher_length() -> None:
    x = np.sin(2 * np.pi * 220 * np.arange(48000) / 16000).astype(np.float32)
    for speed in (1.0, 1.25, 1.5):
        s = Stretcher(speed)
        out = []
        for i in range(0, len(x), 1000):
            s.push(x[i : i + 1000])
            out.append(s.pull())
        n = sum(len(o) for o in out)
        assert abs(n - len(x) / speed) < 1500
