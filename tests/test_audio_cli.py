"""`main.py audio ENTRY_ID --out clip.wav` and the audio marks of `show`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

from audio.fake import FakeBackend, tones
from audio.recorder import Recorder
from audio.store import AudioStore
from core.services import open_services

ROOT = Path(__file__).resolve().parent.parent


def _main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_clip_around_an_entry(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    services = open_services(str(db))
    m = services.meetings.create("Họp có ghi âm")
    store = AudioStore.for_database(services.db)
    fake = FakeBackend(source=tones([(20.0, 22.0, 800.0)]))
    rec = Recorder(store, m.uid, fake, clock=fake.clock, supervise_every=None)
    rec.start()
    fake.feed(20.0)
    said = services.entries.add(
        m.id, "opinion", "Đề nghị bổ sung", audio_ms=rec.current_offset_ms()
    )
    fake.feed(15.0)
    rec.close()
    silent = services.entries.add(m.id, "note", "Ghi khi không thu âm")
    services.db.dispose()

    out = tmp_path / "clip.wav"
    r = _main("--db", str(db), "audio", str(said.id), "--out", str(out), "--after", "10")
    assert r.returncode == 0, r.stderr
    data, rate = sf.read(str(out))
    assert rate == 16000 and len(data) == 15 * 16000  # 5 s before, 10 s after
    assert np.sqrt(np.mean(data[5 * 16000 : 7 * 16000] ** 2)) > 0.2  # what was said then
    assert np.sqrt(np.mean(data[: 4 * 16000] ** 2)) < 0.01
    assert out.stat().st_mode & 0o777 == 0o600

    # Near the end of the recording the clip stops where the recording stops.
    r = _main("--db", str(db), "audio", str(said.id), "--out", str(out))
    assert r.returncode == 0 and len(sf.read(str(out))[0]) == 20 * 16000

    r = _main("--db", str(db), "audio", str(silent.id), "--out", str(tmp_path / "x.wav"))
    assert r.returncode == 1 and "không có ghi âm" in r.stderr and "no recording" in r.stderr
    assert not (tmp_path / "x.wav").exists()

    r = _main("--db", str(db), "show", str(m.id))
    assert r.returncode == 0
    assert "♪0:00:20" in r.stdout
    assert "♪" not in next(x for x in r.stdout.splitlines() if "không thu âm" in x)


def test_clip_when_the_recording_is_not_on_this_machine(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    services = open_services(str(db))
    m = services.meetings.create("Họp")
    e = services.entries.add(m.id, "opinion", "x", audio_ms=1000)
    services.db.dispose()
    r = _main("--db", str(db), "audio", str(e.id), "--out", str(tmp_path / "c.wav"))
    assert r.returncode == 1 and "No recording of this entry was found" in r.stderr
