"""F1 lists every key the window answers to, the README's table is F1's, and no two Alt keys
of the Proceedings tab and the menu bar collide, in either language."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QTextBrowser,
    QWidget,
)

from core.services import Services
from gui import i18n, shortcuts
from gui.main_window import PROCEEDINGS, MainWindow
from gui.operations import Ops
from tests.gui_helpers import settle

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(params=["vi", "en"])
def language(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    yield i18n.install_translators(app, request.param, cache=tmp_path / "cache")
    i18n.uninstall_translators(app)


@pytest.fixture
def window(qtbot, services: Services, sample_id: int, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(Ops(services), settings)
    qtbot.addWidget(w)
    w.show()
    settle(w.ops)
    w.open_meeting(sample_id)
    for index in range(len(w.pages)):  # every tab built and loaded, as she would see them
        w.show_tab(index)
        w.ensure_loaded(index)
    settle(w.ops)
    w.show_tracker()
    settle(w.ops)
    yield w
    w.ops.close()


def _listed() -> set[str]:
    return {key for _title, rows in shortcuts.sections() for s in rows for key in s.keys}


def _answered(root: QWidget) -> set[str]:
    """Every key sequence an action or a shortcut of *root* (and its windows) reacts to."""
    found: set[str] = set()
    roots = [root, *[w for w in QApplication.topLevelWidgets() if w.parent() is root]]
    for r in roots:
        for action in r.findChildren(QAction):
            found |= {
                s.toString(QKeySequence.SequenceFormat.PortableText) for s in action.shortcuts()
            }
        for shortcut in r.findChildren(QShortcut):
            found.add(shortcut.key().toString(QKeySequence.SequenceFormat.PortableText))
    return {k for k in found if k}


def _mnemonics(root: QWidget) -> list[str]:
    """The Alt keys shown underlined on *root*'s visible labels and buttons."""
    keys = []
    for w in [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        same_window = w.window() is root.window()  # another window has its own Alt keys
        if same_window and w.isVisibleTo(root) and (key := shortcuts.mnemonic(w.text())):
            keys.append(key)
    return keys


def test_f1_lists_every_key_the_window_answers_to(qtbot, language: str, window: MainWindow) -> None:
    answered = _answered(window)
    assert {"Ctrl+Z", "Alt+1", "Ctrl+6", "Alt+Up", "Ctrl+D"} <= answered  # the scan sees them
    assert answered - _listed() == set()
    # Labels' Alt keys on the Proceedings tab are listed too.
    tab = window.pages[PROCEEDINGS]
    assert set(_mnemonics(tab.header) + _mnemonics(tab.bar)) - _listed() == set()
    shown = window.show_shortcuts().findChild(QTextBrowser).toPlainText()
    for _title, rows in shortcuts.sections():
        for s in rows:
            assert s.shown in shown and s.does in shown


def test_alt_keys_of_the_live_screen_do_not_collide(
    qtbot, language: str, window: MainWindow
) -> None:
    window.show_tab(PROCEEDINGS)
    tab = window.pages[PROCEEDINGS]
    menus = [shortcuts.mnemonic(a.text()) for a in window.menuBar().actions()]
    # Everything on screen with the live tab: the meetings pane too.
    keys = menus + _mnemonics(window)
    assert set(_mnemonics(tab.header) + _mnemonics(tab.bar)) <= set(keys)
    assert [k for k, n in Counter(keys).items() if n > 1] == []


def test_the_kind_list_shows_its_ctrl_numbers(qtbot, window: MainWindow) -> None:
    kind = window.pages[PROCEEDINGS].bar.kind
    texts = [kind.itemText(i) for i in range(kind.count())]
    assert [re.search(r"Ctrl\+(\d)", t).group(1) for t in texts] == ["1", "2", "3", "4", "5", "6"]
    assert texts[1].startswith("Ý kiến")


def test_the_readme_table_is_the_f1_table(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    i18n.install_translators(app, "en", cache=tmp_path / "cache")
    try:
        expected = shortcuts.markdown()
    finally:
        i18n.uninstall_translators(app)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- shortcuts -->\n(.*?)<!-- /shortcuts -->", readme, re.S)
    assert block is not None, "README.md has no <!-- shortcuts --> table"
    assert block.group(1) == expected, "run: python -m gui.shortcuts and paste its table"


def test_qt_file_dialog_speaks_the_interface_language(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert app is not None
    i18n.install_translators(app, "vi", cache=tmp_path / "cache")
    try:
        dialog = QFileDialog(None, "Lưu", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        qtbot.addWidget(dialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert labels == {"&Tìm trong:", "&Tên tệp:", "&Kiểu tệp:"}
        buttons = {b.text() for b in dialog.findChildren(QAbstractButton)}
        assert "&Lưu" in buttons or "Lưu" in buttons
    finally:
        i18n.uninstall_translators(app)


def test_window_commands_win_over_a_text_fields_emacs_keys(qtbot, window: MainWindow) -> None:
    """On Linux a text field takes Ctrl+E as "end of line": with the cursor in the search box
    or a header field, Ctrl+E must still export (the field claims it by accepting the
    ShortcutOverride event; the window's filter on the focused field refuses the claim)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QLineEdit

    field = window.findChild(QLineEdit)
    assert field is not None
    ctrl = Qt.KeyboardModifier.ControlModifier

    def claimed(key: Qt.Key) -> bool:
        event = QKeyEvent(QEvent.Type.ShortcutOverride, key, ctrl)
        event.accept()  # as a field with an Emacs binding for the key leaves it
        taken = window._pass_undo.eventFilter(field, event)
        return not taken and event.isAccepted()

    assert not claimed(Qt.Key.Key_E)  # export, a command of the window
    assert not claimed(Qt.Key.Key_N)  # new meeting
    assert claimed(Qt.Key.Key_K)  # no command: the field's "delete to end of line"
    assert claimed(Qt.Key.Key_C)  # copy stays the field's
