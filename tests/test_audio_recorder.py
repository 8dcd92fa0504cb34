"""The recorder on a fake sound card: chunks, offsets, pause, faults that heal, crash, full disk."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from audio import timeline as tl
from audio.errors import DeviceBusyError, NoDeviceError, ReadOnlyAudioError
from audio.fake import FakeBackend, tones
from audio.recorder import Recorder, State
from audio.store import AudioStore

ROOT = Path(__file__).resolve().parent.parent


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x)))) if len(x) else 0.0


def _recorder(store: AudioStore, fake: FakeBackend, uid: str = "m1", **kw: object) -> Recorder:
    return Recorder(store, uid, fake, clock=fake.clock, supervise_every=None, **kw)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> AudioStore:
    return AudioStore(tmp_path / "bienban.sqlite3.audio")


def test_chunks_of_five_seconds_owner_only_and_readable(store: AudioStore) -> None:
    fake = FakeBackend()
    rec = _recorder(store, fake)
    assert rec.start() is True  # the meeting's first recording
    fake.feed(12.3)
    rec.stop()
    rec.flush()
    folder = store.folder("m1")
    chunks = sorted(p for p in folder.iterdir() if p.suffix == ".flac")
    assert [p.name for p in chunks] == [
        "000000000000-80000.flac",
        "000000005000-80000.flac",
        "000000010000-36800.flac",
    ]
    for p in chunks:
        info = sf.info(str(p))
        assert (info.samplerate, info.channels, info.format) == (16000, 1, "FLAC")
        assert os.stat(p).st_mode & 0o777 == 0o600
    assert os.stat(folder).st_mode & 0o777 == 0o700
    assert os.stat(store.root).st_mode & 0o777 == 0o700
    t = store.timeline("m1")
    assert [(r.start_ms, r.end_ms) for r in t.runs] == [(0, 12300)]
    assert t.recorded_ms == 12300
    rec.close()


def test_offsets_point_at_what_was_said_then(store: AudioStore) -> None:
    # The "speaker" says something (a 1 kHz tone) from 7.0 to 8.0 s of fake time.
    fake = FakeBackend(source=tones([(7.0, 8.0, 1000.0)]))
    rec = _recorder(store, fake)
    assert rec.current_offset_ms() is None  # nothing recorded yet
    rec.start()
    fake.feed(7.0)
    typing_began = rec.current_offset_ms()
    assert typing_began == 7000
    fake.feed(6.0)
    rec.stop()
    rec.flush()
    assert rec.current_offset_ms() is None
    t = store.timeline("m1")
    said = t.read(typing_began, typing_began + 1000)
    before = t.read(typing_began - 2000, typing_began - 1000)
    assert _rms(said) > 0.2 > 0.01 > _rms(before)
    rec.close()


def test_pause_leaves_a_gap_and_no_offsets(store: AudioStore) -> None:
    fake = FakeBackend()
    rec = _recorder(store, fake)
    rec.start()
    fake.feed(3.0)
    rec.pause()
    assert rec.status().state == State.PAUSED and rec.current_offset_ms() is None
    fake.advance(4.0)  # the chair called a break
    assert rec.current_offset_ms() is None
    assert rec.resume() is False  # not the first recording any more
    assert rec.current_offset_ms() is None  # until the card delivers its first block
    fake.feed(2.0)
    assert rec.current_offset_ms() == 9000
    rec.stop()
    rec.flush()
    t = store.timeline("m1")
    assert [(r.start_ms, r.end_ms) for r in t.runs] == [(0, 3000), (7000, 9000)]
    assert [(g.start_ms, g.end_ms, g.reason) for g in t.gaps] == [(3000, 7000, "pause")]
    assert rec.status().elapsed_ms == 5000
    gap = t.read(3000, 7000)
    assert len(gap) == 64000 and not gap.any()  # the gap reads as silence
    rec.close()


def test_a_restart_continues_the_same_timeline(store: AudioStore) -> None:
    fake = FakeBackend()
    rec = _recorder(store, fake)
    rec.start()
    fake.feed(2.0)
    rec.close()
    card = FakeBackend()
    again = _recorder(store, card)
    assert again.first is False and again.status().elapsed_ms == 2000
    again.start()
    card.feed(1.0)
    assert again.current_offset_ms() is not None and again.current_offset_ms() >= 3000
    again.close()
    runs = store.timeline("m1").runs
    assert len(runs) == 1 or runs[1].start_ms >= runs[0].end_ms


def test_unplugged_device_leaves_a_marked_gap_and_recording_resumes(store: AudioStore) -> None:
    fake = FakeBackend()
    problems: list[str | None] = []
    rec = _recorder(
        store, fake, device_id="Fake: Micro USB", on_problem=lambda s: problems.append(s.problem)
    )
    rec.start()
    fake.feed(4.0)
    fake.unplug("Micro USB")  # the cable is pulled: the card simply stops delivering
    fake.advance(2.0)
    rec.supervise()
    st = rec.status()
    assert st.state == State.WAITING and st.problem_kind == "lost" and st.active
    assert "micrô" in st.problem and "microphone" in st.problem
    assert rec.current_offset_ms() is None  # entries typed now have no audio
    fake.advance(3.0)
    rec.supervise()  # still away: it keeps trying and keeps waiting
    assert rec.status().state == State.WAITING
    fake.plug("Micro USB")
    fake.advance(1.0)
    rec.supervise()
    st = rec.status()
    assert st.state == State.RECORDING and st.problem is None
    fake.feed(2.0)
    assert rec.current_offset_ms() == 12_000
    rec.stop()
    rec.flush()
    t = store.timeline("m1")
    assert [(r.start_ms, r.end_ms) for r in t.runs] == [(0, 4000), (10_000, 12_000)]
    assert [g.reason for g in t.gaps] == ["device_lost"]
    assert problems[0] is not None and problems[-1] is None
    rec.close()


def test_a_slow_card_is_placed_by_its_first_block(store: AudioStore) -> None:
    fake = FakeBackend()
    rec = _recorder(store, fake)
    rec.start()
    fake.advance(3.0)  # some drivers start delivering a second or more late
    rec.supervise()
    assert rec.status().state == State.RECORDING and rec.current_offset_ms() is None
    fake.feed(1.0)
    assert rec.current_offset_ms() == 4000  # placed where its sound was heard
    fake.advance(2.0)  # once delivering, a silence this long is a lost device
    rec.supervise()
    assert rec.status().state == State.WAITING
    rec.close()
    assert [(r.start_ms, r.end_ms) for r in store.timeline("m1").runs] == [(3000, 4000)]


def test_a_stream_error_is_noticed_at_once(store: AudioStore) -> None:
    fake = FakeBackend()
    rec = _recorder(store, fake)
    rec.start()
    fake.feed(1.0)
    fake.unplug(notify=True)  # the driver reports the failure
    rec.supervise()
    assert rec.status().state == State.WAITING
    rec.close()


def test_no_microphone_and_a_busy_one_say_so_and_change_nothing(store: AudioStore) -> None:
    fake = FakeBackend(devices=())
    rec = _recorder(store, fake)
    assert rec.devices() == []
    with pytest.raises(NoDeviceError) as info:
        rec.start()
    assert "micrô" in info.value.message and " / " in info.value.message
    assert rec.status().state == State.IDLE and rec.status().problem_kind == "no_device"
    assert rec.current_offset_ms() is None
    fake.plug("Micro USB")
    fake.busy.add("Micro USB")
    with pytest.raises(DeviceBusyError) as busy:
        rec.start()
    assert "chương trình khác" in busy.value.message and "another program" in busy.value.message
    assert rec.status().state == State.IDLE
    fake.busy.clear()
    assert rec.start() is True  # nothing was recorded before: still the first time
    assert rec.status().problem is None
    rec.close()


def test_device_choice(store: AudioStore) -> None:
    fake = FakeBackend(devices=("Micro USB", "Micro laptop"))
    rec = _recorder(store, fake, device_id="Fake: Micro laptop")
    ids = [d.id for d in rec.devices()]
    assert ids == ["Fake: Micro USB", "Fake: Micro laptop"]  # the default first
    rec.start()
    assert fake.input is not None and fake.input.device == "Micro laptop"
    fake.feed(1.0)
    rec.set_device("Fake: Micro USB")  # changed while recording: goes on with the new one
    assert rec.status().state == State.RECORDING and fake.input.device == "Micro USB"
    fake.feed(1.0)
    rec.close()
    assert store.timeline("m1").recorded_ms == 2000


def test_level_meter_and_elapsed(store: AudioStore) -> None:
    fake = FakeBackend(source=tones([(1.0, 2.0, 440.0)]))
    rec = _recorder(store, fake)
    rec.start()
    fake.feed(0.5)
    quiet = rec.status().level
    fake.feed(1.0)
    loud = rec.status().level
    assert 0.0 <= quiet < 0.3 < loud <= 1.0
    assert rec.status().elapsed_ms == 1500
    rec.pause()
    assert rec.status().level == 0.0
    rec.close()


def test_finalized_meeting_audio_is_read_only(store: AudioStore) -> None:
    fake = FakeBackend()
    rec = _recorder(store, fake)
    rec.start()
    fake.feed(1.0)
    rec.close()
    store.set_read_only("m1", True)
    assert store.is_read_only("m1")
    assert all(not os.access(p, os.W_OK) or os.geteuid() == 0 for p in store.folder("m1").iterdir())
    for p in store.folder("m1").iterdir():
        assert os.stat(p).st_mode & 0o777 == 0o400
    assert os.stat(store.folder("m1")).st_mode & 0o777 == 0o500
    again = _recorder(store, FakeBackend())
    with pytest.raises(ReadOnlyAudioError):
        again.start()
    assert len(store.timeline("m1").read(0, 1000)) == 16000  # still plays
    store.set_read_only("m1", False)  # reopened for editing
    again.start()
    again.close()


def _tmpfs(path: Path, size: str) -> None:
    path.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)])
    if r.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")


def test_full_disk_says_so_keeps_the_minutes_and_resumes(tmp_path: Path) -> None:
    small = tmp_path / "small"
    _tmpfs(small, "3m")
    try:
        store = AudioStore(small / "db.sqlite3.audio")
        # White noise barely compresses: about 160 KB per 5 s chunk.
        fake = FakeBackend(
            source=lambda t, n: (
                np.random.default_rng(int(t * 10)).uniform(-0.9, 0.9, n).astype(np.float32)
            )
        )
        rec = _recorder(store, fake, reserve_bytes=0)
        rec.start()
        for _ in range(30):  # 150 s of audio into 3 MB: the disk fills on the way
            fake.feed(5.0)
            rec.flush()
        st = rec.status()
        assert st.problem_kind == "disk_full" and st.state == State.RECORDING
        assert "Đĩa đầy" in st.problem and "disk is full" in st.problem
        assert rec.current_offset_ms() is None  # nothing being kept: entries get no offset
        assert not list(store.folder("m1").glob(".*.tmp"))  # no half-written chunk left
        stored = store.timeline("m1")
        assert 0 < stored.recorded_ms < 150_000
        for c in stored.runs[0].chunks:
            assert len(sf.read(str(c.path))[0]) == c.frames
        # Space comes back: the next chunk is written, after a gap marked as the disk's.
        for p in sorted(store.folder("m1").glob("*.flac"))[:8]:
            p.unlink()
        fake.feed(5.0)
        rec.flush()
        assert rec.status().problem is None and rec.current_offset_ms() is not None
        rec.close()
        t = store.timeline("m1")
        assert t.gaps and t.gaps[-1].reason == "disk_full"
    finally:
        subprocess.run(["umount", "-l", str(small)])


def test_reserve_keeps_room_for_the_database(tmp_path: Path) -> None:
    small = tmp_path / "small"
    _tmpfs(small, "6m")
    try:
        from core.services import open_services

        services = open_services(str(small / "db.sqlite3"))
        mid = services.meetings.create("Họp có ghi âm").id
        store = AudioStore(small / "db.sqlite3.audio")
        fake = FakeBackend(
            source=lambda t, n: (
                np.random.default_rng(int(t * 10)).uniform(-0.9, 0.9, n).astype(np.float32)
            )
        )
        rec = _recorder(store, fake, reserve_bytes=2 * 1024 * 1024)
        rec.start()
        for i in range(40):
            fake.feed(5.0)
            rec.flush()
            services.entries.add(
                mid, "opinion", f"Ý kiến {i} " + "chữ " * 200, audio_ms=rec.current_offset_ms()
            )
        assert rec.status().problem_kind == "disk_full"
        audio_bytes = sum(p.stat().st_size for p in store.folder("m1").iterdir())
        assert audio_bytes <= shutil.disk_usage(small).total - 2 * 1024 * 1024
        assert len(services.entries.list(mid)) == 40  # every entry saved, in the room kept
        rec.close()
        services.db.dispose()
    finally:
        subprocess.run(["umount", "-l", str(small)])


CHILD = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from audio.fake import FakeBackend
    from audio.recorder import Recorder
    from audio.store import AudioStore
    fake = FakeBackend()
    rec = Recorder(AudioStore(Path(sys.argv[1])), "m1", fake, clock=fake.clock,
                   supervise_every=None)
    fake.run_realtime()
    rec.start()
    while True:
        time.sleep(0.05)
        print(rec.status().elapsed_ms, flush=True)
    """
)


@pytest.mark.parametrize("kill_at", [7.7, 13.1])
def test_a_crash_loses_at_most_ten_seconds(tmp_path: Path, kill_at: float) -> None:
    root = tmp_path / "db.sqlite3.audio"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    heard = 0
    deadline = time.monotonic() + 120
    try:
        # Killed once it has recorded kill_at seconds (mid-chunk), however slow its start.
        while heard < kill_at * 1000 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            heard = int(line)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert heard > 5000, "the child did not record"
    store = AudioStore(root)
    t = store.timeline("m1")
    assert heard - t.recorded_ms <= 10_000
    assert t.recorded_ms > 0 and len(t.runs) == 1
    for c in t.runs[0].chunks:
        data, rate = sf.read(str(c.path))
        assert rate == 16000 and len(data) == c.frames
    # The next recorder of the meeting clears a chunk left half-written and carries on.
    card = FakeBackend()
    rec = Recorder(store, "m1", card, supervise_every=None)
    rec.start()
    card.feed(0.5)
    assert not list(store.folder("m1").glob(".*.tmp"))
    assert rec.current_offset_ms() >= t.end_ms
    rec.close()
    assert tl.RATE == 16000


def test_a_meeting_resumed_weeks_later_still_fits_the_offsets(store: AudioStore) -> None:
    import datetime as dt

    from core.services.common import AUDIO_MS_MAX

    fake = FakeBackend()
    rec = _recorder(store, fake)
    rec.start()
    fake.feed(2.0)
    rec.close()
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=40)
    card = FakeBackend()
    again = Recorder(store, "m1", card, clock=card.clock, wall=lambda: later, supervise_every=None)
    again.start()
    card.feed(1.0)
    offset = again.current_offset_ms()
    assert offset is not None and offset <= 2000 + 12 * 3600 * 1000 + 1000 < AUDIO_MS_MAX
    assert tl.OFFSET_MAX == AUDIO_MS_MAX
    again.close()


def test_a_folder_that_cannot_be_written_is_said_and_healed(
    store: AudioStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from audio.errors import AudioError

    fake = FakeBackend()
    rec = _recorder(store, fake)
    rec.start()
    fake.feed(5.0)
    rec.flush()
    real = store.write_chunk
    failing = [True]

    def write(*args: object, **kw: object) -> Path:
        if failing[0]:
            raise AudioError("Không ghi được / Cannot write the recording file.")
        return real(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "write_chunk", write)
    fake.feed(5.0)
    rec.flush()
    assert rec.status().problem_kind == "other" and rec.current_offset_ms() is None
    failing[0] = False
    fake.feed(5.0)
    rec.flush()
    assert rec.status().problem is None and rec.current_offset_ms() == 15_000
    rec.close()
    assert [(r.start_ms, r.end_ms) for r in store.timeline("m1").runs] == [
        (0, 5000),
        (10_000, 15_000),
    ]


def test_first_recording_is_first_once(store: AudioStore) -> None:
    fake = FakeBackend()
    rec = _recorder(store, fake)
    assert rec.first
    assert rec.start() is True
    rec.close()  # stopped before the first chunk was saved
    again = _recorder(store, FakeBackend())
    assert again.first is False and again.start() is False
    again.close()
