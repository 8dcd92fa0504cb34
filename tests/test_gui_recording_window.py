"""Recording in the main window, on a fake sound card: Ctrl+R on any tab, entries stamped with
their place in the recording, F8 on an entry, the indicator in the status bar, a meeting switch,
finalized minutes, and a deleted meeting's recording brought back by its undo."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from audio.fake import FakeBackend
from audio.recorder import State
from core.operations.call import Call
from core.operations.changes import Changes, Part
from core.services import Services
from gui.main_window import DETAILS, PROCEEDINGS, MainWindow
from gui.operations import Ops
from tests.gui_helpers import settle, type_text


@pytest.fixture
def fake() -> Iterator[FakeBackend]:
    card = FakeBackend()
    yield card
    card.stop_realtime()


@pytest.fixture
def window(qtbot, services: Services, fake: FakeBackend, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Ops(services), settings, audio_backend=fake)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    settle(w.ops)
    yield w
    w.recording.close()
    w.ops.close()


def _open(qtbot, window: MainWindow, meeting_id: int) -> None:
    window.meetings.select(meeting_id)
    qtbot.waitUntil(lambda: window.meeting_id == meeting_id, timeout=5000)
    settle(window.ops)
    qtbot.waitUntil(lambda: window.recording.session is not None, timeout=5000)
    session = window.recording.session
    assert session is not None and session.meeting.id == meeting_id


def _key(window: MainWindow, key: Qt.Key, mods: Any = Qt.KeyboardModifier.NoModifier) -> None:
    target = window.focusWidget() or window
    QTest.keyClick(target, key, mods)


def test_recording_from_the_window(qtbot, window: MainWindow, services: Services, fake) -> None:
    meeting = services.meetings.create("Họp giao ban có ghi âm", other_info="Tài liệu gửi kèm.")
    other = services.meetings.create("Họp chi bộ")
    window.meetings.refresh()
    settle(window.ops)
    _open(qtbot, window, meeting.id)
    session = window.recording.session
    assert session is not None
    tab = window.proceedings
    # The bar and the playback controls are on the Proceedings tab, the indicator hidden.
    assert tab.isAncestorOf(session.bar) and tab.isAncestorOf(session.playback)
    indicator = window.recording.indicator
    assert indicator is not None and window.statusBar().isAncestorOf(indicator)
    assert indicator.isHidden()

    # Ctrl+R on the Details tab: the keys are the window's.
    window.show_tab(DETAILS)
    fake.run_realtime()
    _key(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert session.recorder.status().state == State.RECORDING
    qtbot.waitUntil(lambda: "ĐANG GHI ÂM" in indicator.text(), timeout=5000)
    assert indicator.isVisible()  # on the Details tab too
    settle(window.ops)
    assert services.meetings.get(meeting.id).other_info == "Tài liệu gửi kèm.\nBuổi họp có ghi âm."
    assert window.details.other_info.toPlainText().endswith("Buổi họp có ghi âm.")

    # An entry typed while recording carries the moment its typing began, draft and entry.
    window.show_tab(PROCEEDINGS)
    qtbot.waitUntil(lambda: (session.current_offset_ms() or 0) >= 1000, timeout=5000)
    tab.bar.text.setFocus()
    type_text(tab.bar.text, "Đồng chí Chủ tịch khai mạc cuộc họp")
    begun = tab.bar.audio_ms
    assert begun is not None and begun >= 1000
    tab.flush()  # the draft, as when she switches away
    settle(window.ops)
    draft = services.drafts.get(meeting.id)
    assert draft is not None and draft.audio_ms == begun
    time.sleep(0.3)  # typing takes a moment: the entry keeps when it began
    QTest.keyClick(tab.bar.text, Qt.Key.Key_Return)
    settle(window.ops)
    (entry,) = services.entries.list(meeting.id)
    assert entry.text == "Đồng chí Chủ tịch khai mạc cuộc họp" and entry.audio_ms == begun

    # Paused: the next entry has no place in the recording.
    _key(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert session.recorder.status().state == State.PAUSED
    qtbot.waitUntil(lambda: "Tạm dừng" in indicator.text(), timeout=5000)
    type_text(tab.bar.text, "Ghi chú lúc tạm dừng")
    QTest.keyClick(tab.bar.text, Qt.Key.Key_Return)
    settle(window.ops)
    assert [e.audio_ms for e in services.entries.list(meeting.id)] == [begun, None]

    # F8 on the selected entry plays from 5 s before its moment.
    asked: list[float] = []
    player = session.player
    real = player.play_from
    player.play_from = lambda ms: (asked.append(ms), real(ms))  # type: ignore[method-assign]
    services.entries.add(meeting.id, "opinion", "Ý kiến lúc 12 giây", audio_ms=12_000)
    window.ops.changed.emit(Changes.of(meeting.id, Part.ENTRIES), None)
    settle(window.ops)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)
    tab.view.setFocus()
    tab.view.selectRow(2)
    _key(window, Qt.Key.Key_F8)
    assert asked == [7000]
    _key(window, Qt.Key.Key_F9)
    _key(window, Qt.Key.Key_F7)
    player.pause()

    # Another meeting: this recording stops (its audio saved), the indicator goes.
    _key(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert session.recorder.status().state == State.RECORDING
    _open(qtbot, window, other.id)
    assert session.recorder.status().state == State.IDLE
    assert fake.input is None or fake.input.closed
    assert indicator.isHidden()
    assert window.recording.store.has_audio(meeting.uid)
    assert tab.bar.offset_provider() is None  # the new meeting's recorder is not recording
    assert window.recording.actions() and all(
        a in window.actions() for a in window.recording.actions()
    )
    assert session.bar.toggle_action not in window.actions()


def test_finalized_minutes_keep_their_recording_read_only(
    qtbot, window: MainWindow, services: Services, sample_id: int, fake
) -> None:
    meeting = services.meetings.get(sample_id)  # whole minutes, ready to be finalized
    window.meetings.refresh()
    settle(window.ops)
    _open(qtbot, window, meeting.id)
    session = window.recording.session
    assert session is not None
    fake.run_realtime()
    session.bar.toggle_action.trigger()
    qtbot.waitUntil(lambda: (session.current_offset_ms() or 0) >= 500, timeout=5000)
    window.ops.write(
        Call("revisions", "finalize", (meeting.id,)),
        "finalize",
        Changes.of(meeting.id, Part.REVISIONS, Part.HEADER),
    )
    settle(window.ops)
    store = window.recording.store
    qtbot.waitUntil(lambda: store.is_read_only(meeting.uid), timeout=5000)
    assert session.recorder.status().state == State.IDLE
    assert session.bar.read_only
    session.bar.toggle_action.trigger()  # Ctrl+R: finalized minutes are not recorded to
    assert session.recorder.status().state == State.IDLE
    window.ops.write(
        Call("revisions", "reopen", (meeting.id,)),
        "reopen",
        Changes.of(meeting.id, Part.REVISIONS, Part.HEADER),
    )
    settle(window.ops)
    qtbot.waitUntil(lambda: not store.is_read_only(meeting.uid), timeout=5000)
    assert not session.bar.read_only


def test_a_deleted_meeting_takes_its_recording_and_undo_brings_it_back(
    qtbot, window: MainWindow, services: Services, fake
) -> None:
    meeting = services.meetings.create("Họp bị xóa nhầm")
    window.meetings.refresh()
    settle(window.ops)
    _open(qtbot, window, meeting.id)
    session = window.recording.session
    assert session is not None
    fake.run_realtime()
    session.bar.toggle_action.trigger()
    qtbot.waitUntil(lambda: (session.current_offset_ms() or 0) >= 500, timeout=5000)
    store = window.recording.store
    window.meetings.delete_current(confirm=False)
    settle(window.ops)
    qtbot.waitUntil(lambda: not store.folder(meeting.uid).exists(), timeout=5000)
    assert session.recorder.status().state == State.IDLE
    window.undo.undo()
    settle(window.ops)
    settle(window.ops)  # the restored meeting's uid is read after it is back
    (found,) = [m for m in services.meetings.list() if m.title == "Họp bị xóa nhầm"]
    back = services.meetings.get(found.id)
    qtbot.waitUntil(lambda: store.has_audio(back.uid), timeout=5000)
    assert not list((store.root / ".trash").iterdir())
