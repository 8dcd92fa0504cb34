"""One meeting's recording as the window holds it: recorder, player, their widgets, the settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from audio.backend import Backend
from audio.player import Player
from audio.recorder import Recorder
from audio.store import AudioStore
from core.domain.dto import MeetingDTO
from core.domain.enums import MeetingStatus
from gui.recording.bar import RecordingBar
from gui.recording.other_info import with_recording_note
from gui.recording.playback import PlaybackController

DEVICE_KEY = "recording/device"


class MeetingRecording(QObject):
    """Build it when a meeting opens, close() it when another opens or the window closes.

    *other_info* reads the meeting's other information as the window shows it, and
    *save_other_info* saves a new text (both called once, at the first recording).
    *selected_audio_ms* gives the selected entry's offset for the play shortcut (F8).
    The device chosen is kept in *settings* and used by the next meeting's recorder.
    statusChanged(RecorderStatus) feeds every RecordingIndicator.
    """

    statusChanged = Signal(object)

    def __init__(
        self,
        store: AudioStore,
        meeting: MeetingDTO,
        settings: QSettings,
        *,
        other_info: Callable[[], str],
        save_other_info: Callable[[str], None],
        selected_audio_ms: Callable[[], int | None] | None = None,
        backend: Backend | None = None,
        recorder: Recorder | None = None,
        player: Player | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.meeting = meeting
        self.settings = settings
        self.other_info = other_info
        self.save_other_info = save_other_info
        device = str(settings.value(DEVICE_KEY, "") or "") or None
        self.recorder = recorder or Recorder(store, meeting.uid, backend, device_id=device)
        self.player = player or Player(lambda: store.timeline(meeting.uid), backend)
        self.bar = RecordingBar(self.recorder, parent, on_first_start=self._first_recording)
        self.bar.deviceChosen.connect(self._remember_device)
        self.bar.statusChanged.connect(self.statusChanged)
        self.playback = PlaybackController(self.player, parent, selected_audio_ms=selected_audio_ms)
        self.set_finalized(meeting.status == MeetingStatus.FINALIZED)

    def current_offset_ms(self) -> int | None:
        """Read when the typing of an entry begins; saved as the entry's (and draft's) audio_ms."""
        return self.recorder.current_offset_ms()

    def set_finalized(self, finalized: bool) -> None:
        """Finalizing stops the recording and makes the audio read-only; reopening undoes it."""
        self.bar.set_read_only(finalized)
        self.recorder.flush()
        self.store.set_read_only(self.meeting.uid, finalized)

    def _first_recording(self) -> None:
        english = self.meeting.profile == "en"
        text = self.other_info()
        new = with_recording_note(text, english=english)
        if new != text:
            self.save_other_info(new)

    def _remember_device(self, device_id: str) -> None:
        self.settings.setValue(DEVICE_KEY, device_id)

    def close(self) -> None:
        """Stop (the last chunk written) and let the devices go; widgets go with their parent."""
        self.recorder.close()
        self.player.close()
