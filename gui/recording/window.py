"""The window's side of recording: the open meeting's recorder, its keys and its indicator."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from core.domain.enums import MeetingStatus
from core.errors import BienBanError
from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui.messages import said
from gui.undo import Request, Step

if TYPE_CHECKING:
    from audio.backend import Backend
    from audio.store import AudioStore
    from core.domain.dto import MeetingDTO
    from gui.main_window import MainWindow
    from gui.recording.indicator import RecordingIndicator
    from gui.recording.session import MeetingRecording

NOTE_PARTS = (Part.HEADER, Part.LIST)


class WindowRecording(QObject):
    """One MeetingRecording for the meeting open in the window, built when it opens and
    closed when another opens or the window closes.

    Its bar and playback controls sit in the Proceedings tab; their keys (Ctrl+R, F7, F8,
    F9) are the window's, so they work on every tab, and the indicator in the status bar
    shows the recording from every tab. The audio layer (numpy, PortAudio) is imported when
    the first meeting opens, not at start. *backend* is the sound system (None: PortAudio).
    """

    def __init__(self, window: MainWindow, backend: Backend | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.ops = window.ops
        self.backend = backend
        self.session: MeetingRecording | None = None
        self.indicator: RecordingIndicator | None = None
        self._store: AudioStore | None = None
        self._meeting: MeetingDTO | None = None
        self._finalized = False
        self._note_before = ""
        self._listing: list[threading.Thread] = []  # the bars' threads asking for microphones
        self.ops.changed.connect(self._changed)

    @property
    def store(self) -> AudioStore:
        """Beside the database file; in the user's data folder for a server database."""
        if self._store is None:
            from audio.store import AudioStore

            self._store = AudioStore.for_database(self.ops.services.db)
        return self._store

    def actions(self) -> list[QAction]:
        s = self.session
        if s is None:
            return []
        p = s.playback
        return [s.bar.toggle_action, p.back_action, p.play_entry_action, p.forward_action]

    # -- the open meeting ------------------------------------------------------------------

    def open(self, meeting_id: int | None) -> None:
        """The recording of *meeting_id* (the previous one stopped and saved first)."""
        self.close()
        if meeting_id is None:
            return

        def build(meeting: MeetingDTO) -> None:
            if self.window.meeting_id == meeting_id and self.session is None:
                self._build(meeting)

        self.ops.read(lambda s: s.meetings.get(meeting_id), build)

    def _build(self, meeting: MeetingDTO) -> None:
        from gui.recording.indicator import RecordingIndicator
        from gui.recording.session import MeetingRecording

        if self.indicator is None:
            self.indicator = RecordingIndicator(self.window)
            # After the save state (the one ordinary widget), before the database's name.
            self.window.statusBar().insertPermanentWidget(1, self.indicator)
        tab = self.window.proceedings
        try:
            session = MeetingRecording(
                self.store,
                meeting,
                self.window.settings,
                other_info=self._other_info,
                save_other_info=self._save_other_info,
                selected_audio_ms=tab.selected_audio_ms,
                backend=self.backend,
                parent=tab,
            )
        except (OSError, BienBanError) as exc:  # its folder unreadable: the minutes go on
            self._say(exc)
            return
        self.session = session
        self._listing = [t for t in self._listing if t.is_alive()] + [session.bar.devices_thread]
        self._meeting = meeting
        self._finalized = meeting.status == MeetingStatus.FINALIZED
        tab.set_recording(session.bar, session.playback)
        for action in self.actions():
            self.window.addAction(action)
        session.statusChanged.connect(self.indicator.show_status)
        self.indicator.show_status(session.recorder.status())
        tab.bar.offset_provider = session.current_offset_ms

    def close(self) -> None:
        """Stop the recording (its last chunk written) and let the sound devices go."""
        session, self.session = self.session, None
        if session is None:
            return
        tab = self.window.proceedings
        tab.bar.offset_provider = lambda: None
        for action in [
            session.bar.toggle_action,
            session.playback.back_action,
            session.playback.play_entry_action,
            session.playback.forward_action,
        ]:
            self.window.removeAction(action)
        try:
            session.close()
        finally:
            if self.indicator is not None:
                self.indicator.show_status(session.recorder.status())
            tab.set_recording(None, None)
            session.deleteLater()
            self._meeting = None

    def shutdown(self, timeout: float = 5.0) -> None:
        """At the program's end: the recording closed, and no thread left inside the sound
        system (PortAudio ends with the interpreter; a thread still starting it would crash)."""
        self.close()
        deadline = time.monotonic() + timeout
        for thread in self._listing:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._listing = []

    # -- the note in the meeting's other information ------------------------------------------

    def _other_info(self) -> str:
        meeting = self._meeting
        if meeting is None:
            return ""
        details = self.window.details
        if details.meeting_id == meeting.id:
            details.flush()  # what is typed there is saved before the note is added to it
            text = str(details.value("other_info"))
        else:
            text = meeting.other_info
        self._note_before = text
        return text

    def _save_other_info(self, text: str) -> None:
        meeting = self._meeting
        if meeting is None:
            return
        mid, before = meeting.id, self._note_before
        what = QCoreApplication.translate(
            "WindowRecording", "Thêm “Buổi họp có ghi âm” vào thông tin khác"
        )

        def put(value: str) -> Request:
            return Request(
                Call("meetings", "update", (mid,), {"other_info": value}),
                Changes.of(mid, *NOTE_PARTS),
            )

        def stored(m: MeetingDTO) -> None:
            self._updated(m)
            self.window.undo.push(Step(what, mid, lambda: put(text), lambda: put(before)))

        first = put(text)
        self.ops.write(first.call, what, first.changes, done=stored, initiator=self)

    # -- the meeting's life: finalized, reopened, deleted, brought back ------------------------

    def _changed(self, changes: Changes, _initiator: object) -> None:
        meeting = self._meeting
        if meeting is None or not changes.touches(meeting.id, Part.HEADER, Part.REVISIONS):
            return
        mid = meeting.id
        self.ops.read(lambda s: s.meetings.get(mid), self._updated)

    def _updated(self, meeting: MeetingDTO) -> None:
        if self.session is None or self._meeting is None or meeting.id != self._meeting.id:
            return
        self._meeting = meeting
        finalized = meeting.status == MeetingStatus.FINALIZED
        if finalized != self._finalized:
            self._finalized = finalized
            self.session.set_finalized(finalized)

    def meeting_deleted(self, uid: str) -> str | None:
        """The deleted meeting's recording goes aside; the token brings it back on undo."""
        if self.session is not None and self.session.meeting.uid == uid:
            self.close()
        try:
            return self.store.trash(uid)
        except (OSError, ValueError, BienBanError) as exc:  # the meeting is deleted all the same
            self._say(exc)
        return None

    def meeting_restored(self, token: str | None, uid: str) -> None:
        """Undo of a delete: the recording comes back under the restored meeting's uid."""
        if not token:
            return
        try:
            self.store.untrash(token, uid)
        except (OSError, BienBanError) as exc:  # the meeting is back all the same
            self._say(exc)
            return
        if self.session is not None and self.session.meeting.uid == uid:
            # Built before its audio came back: build it again on the restored folder.
            mid = self.window.meeting_id
            self.close()
            self.open(mid)

    def _say(self, exc: BaseException) -> None:
        self.window.statusBar().showMessage(said(exc), 10000)
