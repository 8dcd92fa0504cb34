"""Date and date-time fields a clerk types into freely, with the reading shown as she types."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from core.domain import when
from core.errors import ValidationError
from gui import i18n
from gui.messages import in_interface_language
from gui.tables import ERROR_COLOR


def weekday_name(day: dt.date) -> str:
    """The weekday in the interface language: "thứ Sáu", "Friday"."""
    names = (
        QCoreApplication.translate("DateTimeField", "thứ Hai"),
        QCoreApplication.translate("DateTimeField", "thứ Ba"),
        QCoreApplication.translate("DateTimeField", "thứ Tư"),
        QCoreApplication.translate("DateTimeField", "thứ Năm"),
        QCoreApplication.translate("DateTimeField", "thứ Sáu"),
        QCoreApplication.translate("DateTimeField", "thứ Bảy"),
        QCoreApplication.translate("DateTimeField", "Chủ nhật"),
    )
    return names[day.weekday()]


class _CalendarPopup(QFrame):
    """A month calendar under the field; a click, Enter or a double click picks a day,
    Escape or a click elsewhere closes it unchanged."""

    picked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)  # as Vietnamese calendars do
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        vietnamese = i18n.ui_language() == "vi"
        self.calendar.setLocale(
            QLocale(QLocale.Language.Vietnamese if vietnamese else QLocale.Language.English)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    def open_at(self, day: dt.date, below: QWidget) -> None:
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.adjustSize()
        where = below.mapToGlobal(QPoint(0, below.height()))
        screen = below.screen().availableGeometry()
        # Above the field when there is no room below it (a field near the bottom).
        if where.y() + self.height() > screen.bottom():
            where.setY(below.mapToGlobal(QPoint(0, 0)).y() - self.height())
        where.setX(max(screen.left(), min(where.x(), screen.right() - self.width())))
        self.move(where)
        self.show()
        self.calendar.setFocus()

    def _pick(self, day: QDate) -> None:
        self.close()
        self.picked.emit(dt.date(day.year(), day.month(), day.day()))


class _Field(QWidget):
    """What DateTimeField and DateField share: the line, the calendar button, the reading.

    The value changes only when she commits (Enter, leaving the field, a day picked on the
    calendar): then valueCommitted is emitted once, with the new value. A text that cannot be
    read is never committed: it stays, in red, with the reason under it, and value() keeps
    the previous value.
    """

    valueCommitted = Signal(object)
    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: Any = None
        self._reference: dt.date | None = None
        self._shown = ""  # the text showing the committed value
        self._error: str | None = None

        self.edit = QLineEdit()
        self.edit.setPlaceholderText(QCoreApplication.translate("DateTimeField", "(chưa đặt)"))
        self.edit.setClearButtonEnabled(False)
        sample = self._example() + "00"
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(sample) + 16)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(
            QCoreApplication.translate("DateTimeField", "Chọn trên lịch (Alt+↓ hoặc F4)")
        )
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        small = self.result.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.result.setFont(small)
        self._popup: _CalendarPopup | None = None

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(2)
        line.addWidget(self.edit, 1)
        line.addWidget(self.button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addLayout(line)
        box.addWidget(self.result)
        self.setFocusProxy(self.edit)

        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self.commit)
        self.edit.installEventFilter(self)
        self.button.clicked.connect(self.openCalendar)
        self._explain()

    # -- what the tabs use ---------------------------------------------------------------------
    def value(self) -> Any:
        """The committed value (None: not set); typing alone does not change it."""
        return self._value

    def setValue(self, value: Any) -> None:
        """Show *value* (None: not set) as committed; emits nothing."""
        self._value = self._checked(value)
        self._shown = "" if self._value is None else self._format(self._value)
        self.edit.setText(self._shown)
        self._error = None
        self._explain()

    def setReferenceDate(self, day: dt.date | dt.datetime | None) -> None:
        """The day a time alone falls on, and where the calendar opens when the field is
        empty: the meeting's date. None: today."""
        self._reference = day.date() if isinstance(day, dt.datetime) else day
        if self.isEdited():
            self._typed(self.edit.text(), echo=False)

    def referenceDate(self) -> dt.date | None:
        return self._reference

    def setReadOnly(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    def isReadOnly(self) -> bool:
        return self.edit.isReadOnly()

    def setPlaceholderText(self, text: str) -> None:
        """What an empty field says, e.g. "bất kỳ" for a filter (default "(chưa đặt)")."""
        self.edit.setPlaceholderText(text)

    def setFeedbackVisible(self, visible: bool) -> None:
        """Show the reading under the field (default), or only as the field's tooltip where
        there is no room for it, as in a table cell."""
        self.result.setVisible(visible)
        self.edit.setToolTip("")
        self._explain()

    def text(self) -> str:
        return self.edit.text()

    def isEdited(self) -> bool:
        """True while the text differs from the committed value (typed, not yet committed)."""
        return self.edit.text().strip() != self._shown

    def error(self) -> str | None:
        """Why the text cannot be read ("tiếng Việt / English"), None when it can."""
        return self._error

    def commit(self) -> bool:
        """Take the typed text as the value; False (and nothing changed) when it cannot be
        read. Called on Enter and when the field loses focus; a tab may call it on close."""
        if not self.isEdited():
            return True
        try:
            value = self._parse(self.edit.text())
        except ValidationError as exc:
            self._error = exc.message
            self._explain()
            return False
        self._set_committed(value)
        return True

    def openCalendar(self) -> None:
        if self.isReadOnly():
            return
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._picked)
        self._popup.open_at(self._calendar_day(), self.edit)

    # -- what each kind of field says ---------------------------------------------------------
    def _parse(self, text: str) -> Any:
        raise NotImplementedError

    def _format(self, value: Any) -> str:
        raise NotImplementedError

    def _checked(self, value: Any) -> Any:
        raise NotImplementedError

    def _example(self) -> str:
        raise NotImplementedError

    def _hint(self) -> str:
        raise NotImplementedError

    def _with_day(self, day: dt.date, current: Any) -> Any:
        raise NotImplementedError

    def _step(self, value: Any, unit: int, by: int) -> Any:
        raise NotImplementedError

    # -- inside ----------------------------------------------------------------------------------
    def _today(self) -> dt.date:
        return dt.date.today()

    def _set_committed(self, value: Any) -> None:
        changed = value != self._value
        self._value = value
        self._shown = "" if value is None else self._format(value)
        self.edit.setText(self._shown)
        self._error = None
        self._explain()
        if changed:
            self.valueCommitted.emit(value)

    def _typed(self, text: str, echo: bool = True) -> None:
        try:
            self._parse(text)
            self._error = None
        except ValidationError as exc:
            self._error = exc.message
        self._explain()
        if echo:
            self.textEdited.emit(text)

    def _live(self) -> Any:
        """The value the text reads as now (the committed one when it cannot be read)."""
        try:
            return self._parse(self.edit.text())
        except ValidationError:
            return self._value

    def _explain(self) -> None:
        """The line under the field: what the text reads as, or why it cannot be read."""
        if self._error is not None:
            self.result.setText(in_interface_language(self._error))
            self.result.setStyleSheet(f"color: {ERROR_COLOR.name()};")
            self.edit.setStyleSheet(f"QLineEdit {{ border: 1px solid {ERROR_COLOR.name()}; }}")
            self.result.setToolTip(self.result.text())  # one language, also on hover
        else:
            self.edit.setStyleSheet("")
            self.result.setStyleSheet("color: palette(placeholder-text);")
            self.result.setToolTip("")
            value = self._live()
            if value is None:
                self.result.setText(self._hint())
            else:
                day = value.date() if isinstance(value, dt.datetime) else value
                self.result.setText(f"→ {self._format(value)}, {weekday_name(day)}")
        if not self.result.isVisibleTo(self):
            # No room for the line (a table cell): the same words on the field itself.
            self.edit.setToolTip(self.result.text())
            if self._error is not None and self.edit.hasFocus():
                where = self.edit.mapToGlobal(QPoint(0, self.edit.height()))
                QToolTip.showText(where, self.result.text(), self.edit)

    def _calendar_day(self) -> dt.date:
        value = self._live()
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        return self._reference or self._today()

    def _picked(self, day: dt.date) -> None:
        self._set_committed(self._with_day(day, self._live()))
        self.edit.setFocus()
        # The day is set: what she types next replaces the time (DateTimeField).
        date_length = len(when.format_date(day))
        if len(self._shown) > date_length:
            self.edit.setSelection(date_length + 1, len(self._shown) - date_length - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._key(event)
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_F4 or (alt and key == Qt.Key.Key_Down):
            self.openCalendar()
            return True
        if self.isReadOnly():
            return False
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not alt:
            self._step_at_cursor(1 if key == Qt.Key.Key_Up else -1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.commit():
            return True  # kept here: a dialog's default button must not take the old value
        if key == Qt.Key.Key_Escape and self.isEdited():
            self.setValue(self._value)  # back to the committed value
            return True
        return False

    def _step_at_cursor(self, by: int) -> None:
        """Up/Down change the part under the cursor (day, month, year, hour, minute)."""
        try:
            value = self._parse(self.edit.text())
        except ValidationError:
            return
        if value is None:
            value = self._with_day(self._reference or self._today(), None)
            position = 0
        else:
            position = self.edit.cursorPosition()
        text = self._format(value)
        unit = min(len(text[:position].replace(" ", "/").replace(":", "/").split("/")) - 1, 5)
        stepped = self._step(value, unit, by)
        if stepped is None:
            return
        text = self._format(stepped)
        self.edit.setText(text)
        self.edit.setCursorPosition(min(position, len(text)))
        self._typed(text)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if not when.FIRST_YEAR <= year <= when.LAST_YEAR:
        return day
    last = calendar.monthrange(year, month + 1)[1]
    return day.replace(year=year, month=month + 1, day=min(day.day, last))


class DateTimeField(_Field):
    """A date and time, typed freely ("27/11/2026 8h30", "8h30", "27/11"), shown as
    dd/MM/yyyy HH:mm. valueCommitted carries a datetime.datetime, or None for "not set".

    What the text leaves out comes from the field's value: a time alone keeps its day (else
    the reference date, else today), a day alone keeps its time (else 00:00).
    """

    def _parse(self, text: str) -> dt.datetime | None:
        return when.parse_datetime(
            text, reference=self._reference, previous=self._value, today=self._today()
        )

    def _format(self, value: dt.datetime) -> str:
        return when.format_datetime(value)

    def _checked(self, value: Any) -> dt.datetime | None:
        if value is None or isinstance(value, dt.datetime):
            return value.replace(microsecond=0) if value is not None else None
        raise TypeError(f"DateTimeField takes a datetime or None, not {value!r}")

    def _example(self) -> str:
        return "27/11/2026 08:00"

    def _hint(self) -> str:
        return QCoreApplication.translate(
            "DateTimeField", "gõ ví dụ 27/11/2026 8h30, hoặc chỉ 8h30"
        )

    def _with_day(self, day: dt.date, current: dt.datetime | None) -> dt.datetime:
        return dt.datetime.combine(day, current.time() if current else dt.time(0, 0))

    def _step(self, value: dt.datetime, unit: int, by: int) -> dt.datetime | None:
        if unit in (1, 2):
            day = _add_months(value.date(), by if unit == 1 else 12 * by)
            return dt.datetime.combine(day, value.time())
        delta = {
            0: dt.timedelta(days=1),
            3: dt.timedelta(hours=1),
            4: dt.timedelta(minutes=1),
            5: dt.timedelta(seconds=1),
        }[unit]
        stepped = value + by * delta
        return stepped if when.FIRST_YEAR <= stepped.year <= when.LAST_YEAR else None


class DateField(_Field):
    """A date, typed freely ("27/11/2026", "27/11", "ngày 27 tháng 11"), shown as dd/MM/yyyy
    (task deadlines, filters). valueCommitted carries a datetime.date, or None for "not set";
    a time typed into it is refused, not dropped."""

    def _parse(self, text: str) -> dt.date | None:
        return when.parse_date(text, reference=self._reference, today=self._today())

    def _format(self, value: dt.date) -> str:
        return when.format_date(value)

    def _checked(self, value: Any) -> dt.date | None:
        if isinstance(value, dt.datetime):
            raise TypeError(f"DateField takes a date or None, not {value!r}")
        if value is None or isinstance(value, dt.date):
            return value
        raise TypeError(f"DateField takes a date or None, not {value!r}")

    def _example(self) -> str:
        return "27/11/2026"

    def _hint(self) -> str:
        return QCoreApplication.translate("DateTimeField", "gõ ví dụ 27/11/2026 hoặc 27/11")

    def _with_day(self, day: dt.date, current: dt.date | None) -> dt.date:
        return day

    def _step(self, value: dt.date, unit: int, by: int) -> dt.date | None:
        if unit == 0:
            stepped = value + dt.timedelta(days=by)
            return stepped if when.FIRST_YEAR <= stepped.year <= when.LAST_YEAR else None
        return _add_months(value, by if unit == 1 else 12 * by)
