"""Finalized meetings shown read-only in every tab, with a banner saying which revision."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from core.domain.dto import MeetingDTO
from core.domain.enums import MeetingStatus
from core.operations.changes import Changes, Part
from gui.operations import Ops

DRAFT, FINALIZED, REOPENED, CHANGED = "draft", "finalized", "reopened", "changed"
STYLES = {
    FINALIZED: "background: #e3f1e6; color: #1b5e20; border: 1px solid #a5d6a7;",
    CHANGED: "background: #fff3e0; color: #8a4b00; border: 1px solid #ffb74d;",
    REOPENED: "background: #eef3fb; color: #1e3a8a; border: 1px solid #b6c8ea;",
}


EDITING = QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed


def set_editable(widgets: Iterable[QObject], editable: bool) -> None:
    """Let *widgets* take edits, or not. The state is set from *editable* alone, never from
    what a widget was before, so a finalized meeting leaves nothing behind in the next one
    (text boxes become read-only, tables stop editing, buttons, choices and keys go off)."""
    for w in widgets:
        if isinstance(w, QAbstractItemView):
            w.setEditTriggers(EDITING if editable else QAbstractItemView.EditTrigger.NoEditTriggers)
        elif isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox) or callable(
            getattr(w, "setReadOnly", None)
        ):
            getattr(w, "setReadOnly")(not editable)  # noqa: B009  # any widget that has one
        elif isinstance(w, QWidget | QShortcut):
            w.setEnabled(editable)


class ReadOnlyController(QObject):
    """Follows the open meeting: read-only tabs and a banner when finalized or changed since."""

    stateChanged = Signal(str)  # draft, finalized, reopened (not edited yet) or changed

    def __init__(
        self,
        ops: Ops,
        tabs: list[QWidget],
        banner_only: list[QWidget] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
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
        ops.changed.connect(self._changed)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        # A first edit after reopening turns "reopened" into "changed": any part counts.
        if changes.touches(self.meeting_id) and (
            self.state in (REOPENED, FINALIZED) or changes.parts & {Part.HEADER, Part.REVISIONS}
        ):
            self.refresh()

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self._show("", DRAFT)
        self.refresh()

    def refresh(self) -> None:
        mid = self.meeting_id
        if mid is None:
            self._show("", DRAFT)
            return

        def fetch(s: Any) -> tuple[MeetingDTO, list[Any], bool]:
            return (
                s.meetings.get(mid),
                s.revisions.list(mid),
                s.revisions.changed_since_finalized(mid),
            )

        def arrived(result: tuple[MeetingDTO, list[Any], bool]) -> None:
            if self.meeting_id == mid:
                self._show(*self._describe(*result))

        self.ops.read(fetch, arrived)

    def _show(self, text: str, state: str) -> None:
        for tab in self.tabs:
            tab.set_read_only(state == FINALIZED)  # type: ignore[attr-defined]
        for banner in self.banners:
            banner.setText(text)
            banner.setStyleSheet(STYLES.get(state, "") + " padding: 6px; border-radius: 3px;")
            banner.setVisible(bool(text))
        if state != self.state:
            self.state = state
        self.stateChanged.emit(state)

    def _describe(self, m: MeetingDTO, revisions: list[Any], changed: bool) -> tuple[str, str]:
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
        if changed:
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

    return str(utc.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M %d/%m/%Y"))
