"""DateTimeField and DateField (gui/widgets): typed with the keyboard, committed, refused, the
calendar, the interface language, and how they look at 100 % and 150 %."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from gui import i18n
from gui.widgets import DateField, DateTimeField
from tests.gui_helpers import type_text

ROOT = Path(__file__).resolve().parent.parent
MEETING = dt.date(2026, 11, 27)


class Form:
    """A field with a neighbour to move the focus to, and every value it committed."""

    def __init__(self, qtbot: Any, field: DateTimeField | DateField) -> None:
        self.window = QWidget()
        box = QVBoxLayout(self.window)
        self.field = field
        self.other = QLineEdit()
        box.addWidget(field)
        box.addWidget(self.other)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        field.setFocus()
        self.committed: list[Any] = []
        self.edited: list[str] = []
        field.valueCommitted.connect(self.committed.append)
        field.textEdited.connect(self.edited.append)
        self.qtbot = qtbot

    def type(self, text: str) -> None:
        """ASCII with key presses; anything else as an input method delivers it."""
        if text.isascii():
            self.qtbot.keyClicks(self.field.edit, text)
        else:
            type_text(self.field.edit, text)

    def enter(self) -> None:
        self.qtbot.keyClick(self.field.edit, Qt.Key.Key_Return)

    def clear(self) -> None:
        self.qtbot.keyClick(self.field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClick(self.field.edit, Qt.Key.Key_Backspace)


@pytest.fixture
def moment(qtbot: Any) -> Form:
    field = DateTimeField()
    field.setReferenceDate(MEETING)
    return Form(qtbot, field)


@pytest.fixture
def day(qtbot: Any) -> Form:
    field = DateField()
    field.setReferenceDate(MEETING)
    return Form(qtbot, field)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("27/11/2026", (2026, 11, 27, 0, 0)),
        ("27/11/26", (2026, 11, 27, 0, 0)),
        ("27-11-2026", (2026, 11, 27, 0, 0)),
        ("27.11.2026", (2026, 11, 27, 0, 0)),
        ("28/11", (2026, 11, 28, 0, 0)),
        ("27/11/2026 08:00", (2026, 11, 27, 8, 0)),
        ("27/11/2026 8h30", (2026, 11, 27, 8, 30)),
        ("8h30", (2026, 11, 27, 8, 30)),
        ("8h", (2026, 11, 27, 8, 0)),
        ("08:30", (2026, 11, 27, 8, 30)),
        ("8:30 27/11/2026", (2026, 11, 27, 8, 30)),
        ("14h05", (2026, 11, 27, 14, 5)),
        ("2026-11-27 08:00", (2026, 11, 27, 8, 0)),
        ("  27/11/2026 8h30  ", (2026, 11, 27, 8, 30)),
        ("ngày 27/11/2026", (2026, 11, 27, 0, 0)),
        ("lúc 8h30", (2026, 11, 27, 8, 30)),
        ("8 giờ 30", (2026, 11, 27, 8, 30)),
        ("8 giờ 30 phút", (2026, 11, 27, 8, 30)),
        ("ngày 27 tháng 11 năm 2026 lúc 14 giờ", (2026, 11, 27, 14, 0)),
    ],
)
def test_typing_each_accepted_form_commits_its_moment(
    moment: Form, typed: str, expected: tuple[int, ...]
) -> None:
    moment.type(typed)
    assert moment.committed == []  # typing alone commits nothing
    assert moment.field.result.text().startswith("→ ")
    moment.enter()
    value = dt.datetime(*expected)
    assert moment.committed == [value]
    assert moment.field.value() == value
    assert moment.field.text() == value.strftime("%d/%m/%Y %H:%M")  # shown the one way
    assert moment.field.error() is None


def test_leaving_the_field_commits(moment: Form) -> None:
    moment.type("27/11/2026 8h30")
    moment.other.setFocus()
    assert moment.committed == [dt.datetime(2026, 11, 27, 8, 30)]


def test_the_reading_is_shown_while_typing(moment: Form) -> None:
    moment.type("27/11/2026 8h")
    assert moment.field.result.text() == "→ 27/11/2026 08:00, thứ Sáu"
    moment.type("3")  # 8h3
    assert moment.field.result.text() == "→ 27/11/2026 08:03, thứ Sáu"
    assert moment.edited[-1] == "27/11/2026 8h3"  # textEdited passes every keystroke on


def test_an_impossible_date_is_explained_and_nothing_is_committed(moment: Form) -> None:
    before = dt.datetime(2026, 11, 27, 8, 0)
    moment.field.setValue(before)
    moment.clear()
    moment.type("31/02/2026 8h")
    assert "Không có ngày 31/02/2026: tháng 2 năm 2026 có 28 ngày" in moment.field.result.text()
    moment.enter()
    moment.other.setFocus()
    assert moment.committed == []
    assert moment.field.value() == before  # the previous value stays
    assert moment.field.text() == "31/02/2026 8h"  # and what she typed, to correct it
    assert moment.field.error() is not None
    # Corrected: committed, the message gone.
    moment.field.setFocus()
    moment.clear()
    moment.type("28/02/2026 8h")
    moment.enter()
    assert moment.committed == [dt.datetime(2026, 2, 28, 8, 0)]
    assert moment.field.result.text() == "→ 28/02/2026 08:00, thứ Bảy"


def test_in_a_dialog_enter_on_an_unreadable_text_does_not_accept_it(qtbot: Any) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    dialog = QDialog()
    field = DateField(dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, dialog)
    buttons.accepted.connect(dialog.accept)
    box = QVBoxLayout(dialog)
    box.addWidget(field)
    box.addWidget(buttons)
    qtbot.addWidget(dialog)
    field.setValue(dt.date(2026, 12, 5))
    dialog.show()
    qtbot.waitExposed(dialog)
    field.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "31/11")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # not accepted with the old date
    assert "có 30 ngày" in field.result.text()
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(field.edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field.edit, "12")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert field.value() == dt.date(2026, 12, 31)
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(
    ("typed", "says"),
    [("25:00", "Không có 25 giờ"), ("29/02/2027", "tháng 2 năm 2027 có 28 ngày"), ("8", "«8»")],
)
def test_other_refusals(moment: Form, typed: str, says: str) -> None:
    moment.type(typed)
    moment.enter()
    assert moment.committed == []
    assert moment.field.value() is None
    assert says in moment.field.result.text()


def test_clearing_the_text_means_not_set(moment: Form) -> None:
    moment.field.setValue(dt.datetime(2026, 11, 27, 8, 0))
    moment.clear()
    moment.enter()
    assert moment.committed == [None]
    assert moment.field.value() is None
    assert moment.field.text() == ""


def test_set_value_shows_without_emitting(moment: Form) -> None:
    moment.field.setValue(dt.datetime(2026, 11, 27, 8, 0))
    moment.enter()
    moment.other.setFocus()
    assert moment.committed == []
    assert moment.field.text() == "27/11/2026 08:00"
    assert not moment.field.isEdited()


def test_a_time_alone_keeps_the_day_and_a_day_alone_keeps_the_time(moment: Form) -> None:
    moment.field.setValue(dt.datetime(2026, 11, 28, 8, 0))
    moment.clear()
    moment.type("17h30")
    moment.enter()
    moment.clear()
    moment.type("29/11")
    moment.enter()
    assert moment.committed == [
        dt.datetime(2026, 11, 28, 17, 30),
        dt.datetime(2026, 11, 29, 17, 30),
    ]


def test_without_a_reference_a_time_alone_is_today(qtbot: Any) -> None:
    form = Form(qtbot, DateTimeField())
    form.type("8h30")
    form.enter()
    assert form.committed == [dt.datetime.combine(dt.date.today(), dt.time(8, 30))]


def test_escape_goes_back_to_the_committed_value(moment: Form) -> None:
    moment.field.setValue(dt.datetime(2026, 11, 27, 8, 0))
    moment.type("9")
    qtbot = moment.qtbot
    qtbot.keyClick(moment.field.edit, Qt.Key.Key_Escape)
    assert moment.field.text() == "27/11/2026 08:00"
    assert moment.field.error() is None
    moment.enter()
    assert moment.committed == []


def _popup_of(field: DateTimeField | DateField) -> Any:
    popup = field._popup
    assert popup is not None and popup.isVisible()
    return popup


@pytest.mark.parametrize(
    "keys",
    [
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_the_calendar_opens_at_the_meeting_date_from_the_keyboard(
    moment: Form, keys: tuple[Qt.Key, Qt.KeyboardModifier]
) -> None:
    moment.qtbot.keyClick(moment.field.edit, *keys)
    assert _popup_of(moment.field).calendar.selectedDate() == QDate(2026, 11, 27)


def test_the_calendar_opens_at_the_value_else_today(qtbot: Any) -> None:
    form = Form(qtbot, DateTimeField())
    qtbot.keyClick(form.field.edit, Qt.Key.Key_F4)
    assert _popup_of(form.field).calendar.selectedDate() == QDate.currentDate()
    form.field._popup.close()
    form.field.setReferenceDate(MEETING)
    form.field.setValue(dt.datetime(2027, 3, 5, 9, 0))
    qtbot.keyClick(form.field.edit, Qt.Key.Key_F4)
    assert _popup_of(form.field).calendar.selectedDate() == QDate(2027, 3, 5)
    assert form.field._popup.calendar.selectedDate().year() != 2000


def test_picking_a_day_then_typing_the_time(moment: Form) -> None:
    qtbot = moment.qtbot
    qtbot.keyClick(moment.field.edit, Qt.Key.Key_F4)
    calendar = _popup_of(moment.field).calendar
    view = calendar.focusWidget() or calendar
    qtbot.keyClick(view, Qt.Key.Key_Right)  # 28/11
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not moment.field._popup.isVisible()
    assert moment.committed == [dt.datetime(2026, 11, 28, 0, 0)]
    # The time part is selected: typing replaces it.
    assert moment.field.edit.selectedText() == "00:00"
    moment.type("9h15")
    moment.enter()
    assert moment.committed[-1] == dt.datetime(2026, 11, 28, 9, 15)


def test_escape_closes_the_calendar_unchanged(moment: Form) -> None:
    qtbot = moment.qtbot
    qtbot.keyClick(moment.field.edit, Qt.Key.Key_F4)
    popup = _popup_of(moment.field)
    qtbot.keyClick(popup.calendar.focusWidget() or popup.calendar, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert moment.committed == []


def test_up_and_down_step_the_part_under_the_cursor(moment: Form) -> None:
    field, qtbot = moment.field, moment.qtbot
    field.setValue(dt.datetime(2026, 11, 30, 8, 30))
    field.edit.setCursorPosition(1)  # in the day
    qtbot.keyClick(field.edit, Qt.Key.Key_Up)
    assert field.text() == "01/12/2026 08:30"
    field.edit.setCursorPosition(4)  # in the month
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.text() == "01/11/2026 08:30"
    field.edit.setCursorPosition(15)  # in the minutes
    qtbot.keyClick(field.edit, Qt.Key.Key_Down)
    assert field.text() == "01/11/2026 08:29"
    assert moment.committed == []  # stepping is typing: Enter commits
    moment.enter()
    assert moment.committed == [dt.datetime(2026, 11, 1, 8, 29)]


def test_read_only_takes_no_typing_and_no_calendar(moment: Form) -> None:
    moment.field.setValue(dt.datetime(2026, 11, 27, 8, 0))
    moment.field.setReadOnly(True)
    moment.type("9h")
    moment.qtbot.keyClick(moment.field.edit, Qt.Key.Key_Up)
    moment.qtbot.keyClick(moment.field.edit, Qt.Key.Key_F4)
    moment.enter()
    assert moment.field._popup is None
    assert not moment.field.button.isEnabled()
    assert moment.field.text() == "27/11/2026 08:00"
    assert moment.committed == []


def test_set_value_checks_the_type(qtbot: Any) -> None:
    with pytest.raises(TypeError):
        DateTimeField().setValue(dt.date(2026, 11, 27))
    with pytest.raises(TypeError):
        DateField().setValue(dt.datetime(2026, 11, 27, 8, 0))


# -- DateField ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("27/11/2026", dt.date(2026, 11, 27)),
        ("5/12", dt.date(2026, 12, 5)),
        ("05-12-26", dt.date(2026, 12, 5)),
        ("2026-12-05", dt.date(2026, 12, 5)),
        ("ngày 5 tháng 12", dt.date(2026, 12, 5)),
    ],
)
def test_a_deadline_typed(day: Form, typed: str, expected: dt.date) -> None:
    day.type(typed)
    day.enter()
    assert day.committed == [expected]
    assert day.field.text() == expected.strftime("%d/%m/%Y")


def test_a_deadline_refuses_a_time_and_an_impossible_day(day: Form) -> None:
    day.field.setValue(dt.date(2026, 12, 5))
    for typed, says in (("5/12 8h", "không nhận giờ"), ("31/11", "tháng 11 năm 2026 có 30 ngày")):
        day.clear()
        day.type(typed)
        day.enter()
        assert says in day.field.result.text()
        assert day.field.value() == dt.date(2026, 12, 5)
    assert day.committed == []


def test_a_deadline_from_the_calendar(day: Form) -> None:
    day.qtbot.keyClick(day.field.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = _popup_of(day.field).calendar
    day.qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Down)  # a week later
    day.qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert day.committed == [dt.date(2026, 12, 4)]
    assert day.field.text() == "04/12/2026"


def test_a_filter_says_any_when_empty(day: Form) -> None:
    day.field.setPlaceholderText("bất kỳ")
    assert day.field.edit.placeholderText() == "bất kỳ"
    day.field.setValue(dt.date(2026, 12, 5))
    day.clear()
    day.enter()
    assert day.committed == [None]


# -- English interface ---------------------------------------------------------------------------


@pytest.fixture
def english(tmp_path: Path) -> Iterator[str]:
    if i18n.find_tool("lrelease") is None:
        pytest.skip("Qt Linguist tools not installed")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield i18n.install_translators(app, "en", cache=tmp_path / "cache")
    i18n.uninstall_translators(app)


def test_the_english_interface_speaks_english(english: str, qtbot: Any) -> None:
    assert english == "en"
    field = DateTimeField()
    field.setReferenceDate(MEETING)
    form = Form(qtbot, field)
    assert field.result.text() == "type e.g. 27/11/2026 8:30, or just 8:30"
    form.type("27/11/2026 8h30")
    assert field.result.text() == "→ 27/11/2026 08:30, Friday"
    form.clear()
    form.type("31/02/2026")
    assert field.result.text() == "There is no 31/02/2026: February 2026 has 28 days"
    assert field.result.toolTip() == field.result.text()  # one language, also on hover


# -- how it looks -------------------------------------------------------------------------------

SHOT_SCRIPT = """
import datetime as dt, sys
from PySide6.QtWidgets import QApplication, QFormLayout, QGridLayout, QLineEdit, QWidget
from PySide6.QtTest import QTest
app = QApplication([])
from gui.widgets import DateField, DateTimeField
from tests.gui_helpers import type_text
scale = float(sys.argv[2])
window = QWidget()
grid = QGridLayout(window)
left, right = QFormLayout(), QFormLayout()
for name in ("Trích yếu:", "Số biên bản:", "Cơ quan ban hành:", "Địa điểm:"):
    left.addRow(name, QLineEdit())
fields = {}
for key, name in (("ok", "Dự kiến bắt đầu:"), ("bad", "Dự kiến kết thúc:"),
                  ("typing", "Bắt đầu thực tế:"), ("empty", "Kết thúc thực tế:")):
    fields[key] = DateTimeField()
    fields[key].setReferenceDate(dt.date(2026, 11, 27))
    right.addRow(name, fields[key])
fields["deadline"] = DateField()
right.addRow("Thời hạn:", fields["deadline"])
grid.addLayout(left, 0, 0)
grid.addLayout(right, 0, 1)
grid.setColumnStretch(0, 3)
grid.setColumnStretch(1, 2)
grid.setRowStretch(1, 1)
# 1366x768 less the taskbar, the title bar and the tabs, in device-independent pixels.
window.resize(int(1366 / scale), int(600 / scale))
window.show()
fields["ok"].setValue(dt.datetime(2026, 11, 27, 8, 0))
QTest.keyClicks(fields["bad"].edit, "31/02/2026 17h")
type_text(fields["typing"].edit, "8 giờ 30")
QTest.keyClicks(fields["deadline"].edit, "5/12")
app.processEvents()
for key, field in fields.items():
    label = field.result
    # Nothing cut off: the reading fits the width it has.
    assert label.heightForWidth(label.width()) <= label.height() + 1, (key, label.text())
    assert field.edit.width() >= field.edit.fontMetrics().horizontalAdvance(field.text()), key
window.grab().save(sys.argv[1])
window.close()
"""


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_screenshot_at_100_and_150_percent(tmp_path: Path, scale: str) -> None:
    shot = tmp_path / f"datetime-field-{scale}.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    done = subprocess.run(
        [sys.executable, "-c", SHOT_SCRIPT, str(shot), scale],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert image.width() == pytest.approx(1366, abs=2)  # the physical size at either scale
    keep = os.environ.get("BIENBAN_SCREENSHOTS")
    if keep:  # to look at them: BIENBAN_SCREENSHOTS=/some/folder pytest ...
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(keep) / shot.name)


# -- in a table cell -----------------------------------------------------------------------------


@pytest.fixture
def table(qtbot: Any) -> Any:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from gui.tables import DateDelegate
    from gui.widgets.date_delegate import DateFieldDelegate

    model = QStandardItemModel(2, 1)
    for row, value in enumerate((QDate(2026, 12, 5), DateDelegate.EMPTY)):
        item = QStandardItem()
        item.setData(value, Qt.ItemDataRole.EditRole)
        model.setItem(row, 0, item)
    view = QTableView()
    view.setModel(model)
    view.setItemDelegateForColumn(0, DateFieldDelegate(view, reference=lambda: MEETING))
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    return view


def _edit(view: Any, row: int) -> DateField:
    index = view.model().index(row, 0)
    view.setCurrentIndex(index)
    view.edit(index)
    editor = view.indexWidget(index)
    assert isinstance(editor, DateField)
    return editor


def test_a_deadline_typed_in_a_table_cell(table: Any, qtbot: Any) -> None:
    editor = _edit(table, 0)
    assert editor.text() == "05/12/2026"
    assert not editor.result.isVisibleTo(editor)  # no room in a cell: the tooltip says it
    editor.edit.selectAll()
    qtbot.keyClicks(editor.edit, "20/12")
    assert editor.edit.toolTip() == "→ 20/12/2026, Chủ nhật"
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert table.model().index(0, 0).data(Qt.ItemDataRole.EditRole) == dt.date(2026, 12, 20)
    qtbot.waitUntil(lambda: table.indexWidget(table.model().index(0, 0)) is None)  # closed


def test_an_impossible_deadline_in_a_cell_keeps_the_editor_open(table: Any, qtbot: Any) -> None:
    editor = _edit(table, 1)
    assert editor.text() == ""  # the table's "no deadline"
    qtbot.keyClicks(editor.edit, "31/11")
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    qtbot.wait(50)  # the view closes an editor on the next turn of the event loop
    index = table.model().index(1, 0)
    assert table.indexWidget(index) is editor
    assert "có 30 ngày" in editor.edit.toolTip()
    assert index.data(Qt.ItemDataRole.EditRole) == QDate(2000, 1, 1)  # unchanged


def test_clearing_a_deadline_in_a_cell(table: Any, qtbot: Any) -> None:
    editor = _edit(table, 0)
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Return)
    assert table.model().index(0, 0).data(Qt.ItemDataRole.EditRole) is None
