"""Finalized meetings shown read-only in every tab, with a banner saying which revision."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from core.domain.enums import MeetingStatus
from core.errors import BienBanError
from gui.hub import Hub

if TYPE_CHECKING:
    from core.services import Services

DRAFT, FINALIZED, REOPENED, CHANGED = "draft", "finalized", "reopened", "changed"
# Keys that only move around a table; everything else (P/A/L, Delete, F2, Alt+arrows…) edits.
NAVIGATION = {
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Backtab,
}
STYLES = {
    FINALIZED: "background: #e3f1e6; color: #1b5e20; border: 1px solid #a5d6a7;",
    CHANGED: "background: #fff3e0; color: #8a4b00; border: 1px solid #ffb74d;",
    REOPENED: "background: #eef3fb; color: #1e3a8a; border: 1px solid #b6c8ea;",
}
_ORIGINAL = "_bienban_before_read_only"


class _KeyGuard(QObject):
    """Swallows editing keys in a table while the meeting is finalized."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.active = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.active and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            mods = event.modifiers()  # type: ignore[attr-defined]
            alt = bool(mods & Qt.KeyboardModifier.AltModifier)
            if key not in NAVIGATION or alt:
                return True
        return False


def set_widget_read_only(tab: QWidget, read_only: bool) -> None:
    """Freeze (or unfreeze) every editor in *tab*; the previous state is restored exactly."""
    for w in tab.findChildren(QWidget):
        if w.property(_ORIGINAL) is None and not read_only:
            continue
        if isinstance(w, QAbstractItemView):
            guard = getattr(w, "_bienban_guard", None)
            if guard is None:
                guard = _KeyGuard(w)
                w.installEventFilter(guard)  # installed last, so it runs before the tab's own
                w._bienban_guard = guard  # type: ignore[attr-defined]
            if read_only and w.property(_ORIGINAL) is None:
                w.setProperty(_ORIGINAL, int(w.editTriggers().value))
                w.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            elif not read_only:
                w.setEditTriggers(QAbstractItemView.EditTrigger(w.property(_ORIGINAL)))
            guard.active = read_only
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            if read_only and w.property(_ORIGINAL) is None:
                w.setProperty(_ORIGINAL, w.isReadOnly())
                w.setReadOnly(True)
            elif not read_only:
                w.setReadOnly(bool(w.property(_ORIGINAL)))
        elif isinstance(w, QComboBox | QAbstractButton):
            if read_only and w.property(_ORIGINAL) is None:
                w.setProperty(_ORIGINAL, w.isEnabled())
                w.setEnabled(False)
            elif not read_only:
                w.setEnabled(bool(w.property(_ORIGINAL)))
        else:
            continue
        if not read_only:
            w.setProperty(_ORIGINAL, None)


class ReadOnlyController(QObject):
    """Follows the open meeting: read-only tabs and a banner when finalized or changed since."""

    stateChanged = Signal(str)  # draft, finalized, reopened (not edited yet) or changed

    def __init__(
        self,
        services: Services,
        hub: Hub,
        tabs: list[QWidget],
        banner_only: list[QWidget] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.tabs = tabs
        self.meeting_id: int | None = None
        self.state = DRAFT
        self.banners: list[QLabel] = []
        for tab in [*tabs, *(banner_only or [])]:
            layout = tab.layout()
            if isinstance(layout, QBoxLayout):
                banner = QLabel(tab)
                banner.setWordWrap(True)
                banner.setObjectName("revisionBanner")
                banner.hide()
                layout.insertWidget(0, banner)
                self.banners.append(banner)
        hub.meetingChanged.connect(self._changed)

    def _changed(self, meeting_id: int) -> None:
        if meeting_id == self.meeting_id:
            self.refresh()

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        text, state = "", DRAFT
        if self.meeting_id is not None:
            try:
                text, state = self._describe(self.meeting_id)
            except BienBanError:
                text, state = "", DRAFT
        for tab in self.tabs:
            set_widget_read_only(tab, state == FINALIZED)
        for banner in self.banners:
            banner.setText(text)
            banner.setStyleSheet(STYLES.get(state, "") + " padding: 6px; border-radius: 3px;")
            banner.setVisible(bool(text))
        if state != self.state:
            self.state = state
        self.stateChanged.emit(state)

    def _describe(self, meeting_id: int) -> tuple[str, str]:
        m = self.services.meetings.get(meeting_id)
        revisions = self.services.revisions.list(meeting_id)
        if not revisions:
            return "", DRAFT
        last = revisions[-1]
        when = local_time(last.finalized_at)
        if m.status == MeetingStatus.FINALIZED:
            return (
                self.tr(
                    "Đã chốt biên bản (bản %1, lúc %2) — chỉ xem."
                    " Muốn sửa: Cuộc họp > Mở lại để sửa."
                )
                .replace("%1", str(last.number))
                .replace("%2", when),
                FINALIZED,
            )
        if self.services.revisions.changed_since_finalized(meeting_id):
            return (
                self.tr("Đã sửa sau khi chốt bản %1 (%2) — cần chốt lại biên bản.")
                .replace("%1", str(last.number))
                .replace("%2", when),
                CHANGED,
            )
        return (
            self.tr("Đã mở lại sau bản %1 (%2); chưa có thay đổi.")
            .replace("%1", str(last.number))
            .replace("%2", when),
            REOPENED,
        )


def local_time(utc: Any) -> str:
    """A stored UTC time shown in the computer's time zone."""
    import datetime as dt

    return utc.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M %d/%m/%Y")
