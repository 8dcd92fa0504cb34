"""The recording widgets, standalone and offscreen, on a fake sound card."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from audio.fake import FakeBackend, tones
from audio.player import Player
from audio.recorder import Recorder, State
from audio.store import AudioStore
from gui.recording.bar import RecordingBar
from gui.recording.indicator import RecordingIndicator
from gui.recording.other_info import NOTE_EN, NOTE_VI, with_recording_note
from gui.recording.playback import PlaybackController


def _shots() -> Path:
    # Pictures for the README only when asked (BIENBAN_SCREENSHOTS=docs/images).
    out = Path(os.environ.get("BIENBAN_SCREENSHOTS") or tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    return out


@pytest.fixture
def fake() -> FakeBackend:
    return FakeBackend(source=tones([(1.0, 3.0, 500.0)]))


@pytest.fixture
def recorder(tmp_path: Path, fake: FakeBackend) -> Recorder:
    rec = Recorder(
        AudioStore(tmp_path / "a.sqlite3.audio"),
        "m",
        fake,
        clock=fake.clock,
        supervise_every=None,
    )
    yield rec
    rec.close()


def test_recording_bar_and_indicator(qtbot, recorder: Recorder, fake: FakeBackend) -> None:
    firsts: list[bool] = []
    host = QWidget()
    layout = QVBoxLayout(host)
    bar = RecordingBar(recorder, on_first_start=lambda: firsts.append(True), poll_ms=20)
    indicator = RecordingIndicator()
    bar.statusChanged.connect(indicator.show_status)
    layout.addWidget(indicator)
    layout.addWidget(bar)
    qtbot.addWidget(host)
    host.resize(760, 110)
    host.show()
    assert indicator.isHidden() and bar.record_button.text() == "● Ghi âm"
    qtbot.waitUntil(lambda: bar.device_box.count() == 3, timeout=5000)
    assert [bar.device_box.itemText(i) for i in range(bar.device_box.count())] == [
        "Micrô mặc định của hệ thống",
        "Micro USB",
        "Micro laptop",
    ]
    chosen: list[str] = []
    bar.deviceChosen.connect(chosen.append)
    bar.device_box.setCurrentIndex(2)
    bar.device_box.activated.emit(2)
    assert chosen == ["Fake: Micro laptop"] and recorder.device_id == "Fake: Micro laptop"

    bar.toggle_action.trigger()  # Ctrl+R
    assert recorder.status().state == State.RECORDING and firsts == [True]
    fake.feed(2.0)
    bar.poll()
    assert indicator.isVisible() and "ĐANG GHI ÂM 00:00:02" in indicator.text()
    assert bar.level.value() > 40 and bar.elapsed.text() == "00:00:02"
    assert bar.record_button.text() == "❚❚ Tạm dừng"
    qtbot.wait(30)  # the layout settles as it does in the running window
    assert host.grab().save(str(_shots() / "gui-recording-bar.png"))

    bar.toggle()
    assert recorder.status().state == State.PAUSED and "Tạm dừng" in indicator.text()
    bar.toggle()
    assert firsts == [True]  # only the first start adds the note
    fake.feed(0.5)

    fake.unplug("Micro laptop")
    fake.advance(2.0)
    recorder.supervise()
    bar.poll()
    assert "MẤT MICRÔ" in indicator.text()
    assert bar.problem.isVisible() and "Mất kết nối với micrô" in bar.problem.text()
    assert " / " not in bar.problem.text()  # the interface's half of the message
    qtbot.wait(30)
    assert host.grab().save(str(_shots() / "gui-recording-lost.png"))
    fake.plug("Micro laptop")
    fake.advance(1.0)
    recorder.supervise()
    bar.poll()
    assert not bar.problem.isVisible() and "ĐANG GHI ÂM" in indicator.text()
    bar.stop()
    assert indicator.isHidden()
    bar.set_read_only(True)
    assert not bar.record_button.isEnabled()


def test_no_microphone_is_said_in_the_bar(qtbot, tmp_path: Path) -> None:
    fake = FakeBackend(devices=())
    rec = Recorder(
        AudioStore(tmp_path / "x.audio"), "m", fake, clock=fake.clock, supervise_every=None
    )
    bar = RecordingBar(rec)
    qtbot.addWidget(bar)
    qtbot.waitUntil(lambda: bar.device_box.count() == 1, timeout=5000)
    assert not bar.device_box.isEnabled() or bar.device_box.count() == 1
    bar.toggle()
    assert rec.status().state == State.IDLE
    assert "Không tìm thấy micrô" in bar.problem.text()
    rec.close()


def test_server_database_note(qtbot, tmp_path: Path) -> None:
    store = AudioStore(tmp_path / "user" / "audio", local_only=True)
    rec = Recorder(store, "m", FakeBackend(), supervise_every=None)
    bar = RecordingBar(rec)
    qtbot.addWidget(bar)
    assert not bar.local_note.isHidden() and "chỉ lưu trên máy này" in bar.local_note.text()
    rec.close()


def test_playback_controller(qtbot, recorder: Recorder, fake: FakeBackend) -> None:
    recorder.start()
    fake.feed(12.0)
    recorder.stop()
    recorder.flush()
    player = Player(lambda: recorder.store.timeline("m"), fake)
    selected = {"audio_ms": 6000}
    ctl = PlaybackController(player, selected_audio_ms=lambda: selected["audio_ms"], poll_ms=20)
    qtbot.addWidget(ctl)
    ctl.resize(700, 40)
    ctl.show()
    ctl.play_entry_action.trigger()  # F8 on the selected entry: from 1 s
    qtbot.waitUntil(lambda: bool(fake.outputs), timeout=5000)
    fake.outputs[0].pull(1.0)
    ctl.poll()
    assert ctl.play_button.text() == "❚❚ Dừng nghe" and ctl.position.text() == "00:00:02"
    ctl.speed_box.setCurrentIndex(2)
    assert player.speed == 1.5
    ctl.forward_action.trigger()
    fake.outputs[0].pull(0.2)
    assert 7000 <= player.position_ms() <= 7500
    assert ctl.grab().save(str(_shots() / "gui-recording-playback.png"))
    selected["audio_ms"] = None
    ctl.play_selected()
    assert "không thu âm" in ctl.message.text()
    player.pause()
    qtbot.waitUntil(lambda: not player.playing, timeout=2000)
    ctl.poll()
    assert ctl.play_button.text() == "▶ Nghe"
    player.close()


def test_recording_note_in_other_info() -> None:
    assert with_recording_note("") == NOTE_VI
    assert with_recording_note("Tài liệu gửi kèm.\n") == f"Tài liệu gửi kèm.\n{NOTE_VI}"
    once = with_recording_note("Tài liệu gửi kèm.")
    assert with_recording_note(once) == once  # never twice
    assert with_recording_note("buổi họp có ghi âm") == "buổi họp có ghi âm"
    assert with_recording_note("Papers attached.", english=True) == f"Papers attached.\n{NOTE_EN}"


def test_a_slow_sound_system_does_not_hold_the_window(qtbot, tmp_path: Path) -> None:
    import time

    class Slow(FakeBackend):
        def input_devices(self):  # PortAudio starting up on some systems
            time.sleep(1.0)
            return super().input_devices()

    fake = Slow()
    rec = Recorder(
        AudioStore(tmp_path / "x.audio"), "m", fake, clock=fake.clock, supervise_every=None
    )
    t0 = time.perf_counter()
    bar = RecordingBar(rec)
    qtbot.addWidget(bar)
    assert time.perf_counter() - t0 < 0.5
    qtbot.waitUntil(lambda: bar.device_box.count() == 3, timeout=5000)
    assert bar.device_box.isEnabled()
    rec.close()


def test_meeting_recording_session(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from audio.errors import ReadOnlyAudioError
    from core.services import open_services
    from gui.recording.session import DEVICE_KEY, MeetingRecording

    services = open_services(str(tmp_path / "db.sqlite3"))
    meeting = services.meetings.create("Họp có ghi âm", other_info="Tài liệu gửi kèm.")
    store = AudioStore.for_database(services.db)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(DEVICE_KEY, "Fake: Micro laptop")
    fake = FakeBackend()
    saved: list[str] = []

    def save(text: str) -> None:
        saved.append(text)
        services.meetings.update(meeting.id, other_info=text)

    host = QWidget()
    qtbot.addWidget(host)
    session = MeetingRecording(
        store,
        meeting,
        settings,
        other_info=lambda: services.meetings.get(meeting.id).other_info,
        save_other_info=save,
        recorder=Recorder(
            store,
            meeting.uid,
            fake,
            clock=fake.clock,
            supervise_every=None,
            device_id=str(settings.value(DEVICE_KEY)),
        ),
        player=Player(lambda: store.timeline(meeting.uid), fake),
        parent=host,
    )
    statuses: list[object] = []
    session.statusChanged.connect(statuses.append)
    session.bar.toggle()
    assert fake.input is not None and fake.input.device == "Micro laptop"
    assert services.meetings.get(meeting.id).other_info == "Tài liệu gửi kèm.\nBuổi họp có ghi âm."
    fake.feed(2.0)
    offset = session.current_offset_ms()
    e = services.entries.add(meeting.id, "opinion", "Ý kiến", audio_ms=offset)
    assert e.audio_ms == 2000
    session.bar.toggle()
    session.bar.toggle()  # pause, resume: the note is not added twice
    assert len(saved) == 1 and statuses
    qtbot.waitUntil(lambda: session.bar.device_box.count() == 3, timeout=5000)
    session.bar.device_box.activated.emit(1)
    assert settings.value(DEVICE_KEY) == "Fake: Micro USB"
    session.set_finalized(True)
    assert store.is_read_only(meeting.uid) and not session.bar.record_button.isEnabled()
    with pytest.raises(ReadOnlyAudioError):
        session.recorder.start()
    session.set_finalized(False)
    assert not store.is_read_only(meeting.uid)
    session.close()
    services.db.dispose()
