"""Bilingual interface: complete catalogues, an English window, the language choice."""

from __future__ import annotations

import ast
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTextBrowser,
    QWidget,
)

from core.services import Services
from gui import i18n
from gui.i18n_build import CATALOGUES, I18N_DIR, VI_LETTERS, lupdate, messages, problems
from gui.main_window import MainWindow
from gui.operations import Ops
from gui.settings_dialog import SettingsDialog
from tests.gui_helpers import settle

pytestmark = pytest.mark.skipif(
    i18n.find_tool("lupdate") is None or i18n.find_tool("lrelease") is None,
    reason="Qt Linguist tools not installed",
)


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


# -- the catalogues ---------------------------------------------------------------------------


def _updated_copies(tmp_path: Path, root: Path | None = None) -> dict[str, Path]:
    """The committed catalogues after lupdate over *root*'s gui/ (the repository's)."""
    copies = {}
    for lang, name in CATALOGUES.items():
        copies[lang] = tmp_path / name
        shutil.copy(I18N_DIR / name, copies[lang])
    lupdate(list(copies.values()), **({"root": root} if root else {}), prune=False)
    return copies


def test_every_interface_text_is_translated_in_both_languages(tmp_path: Path) -> None:
    copies = _updated_copies(tmp_path)
    found = [p for lang, ts in copies.items() for p in problems(ts, lang)]
    assert not found, (
        "Texts without a translation; run `.venv/bin/python -m gui.i18n_build` and translate"
        " them in resources/i18n/bienban_en.ts:\n" + "\n".join(found)
    )
    live = [m for m in messages(copies["en"]) if m.kind not in ("vanished", "obsolete")]
    assert len(live) > 400
    # Qt's own words in Vietnamese (Qt has no catalogue for it).
    own = messages(I18N_DIR / "qtbase_vi.ts")
    assert own and all(m.forms[0] and m.kind == "" for m in own)


def test_a_new_untranslated_text_is_reported_in_both_catalogues(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(I18N_DIR.parent.parent / "gui", root / "gui")
    (root / "gui" / "extra.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "class Extra(QWidget):\n"
        "    def build(self):\n"
        '        return self.tr("Chuỗi mới chưa dịch")\n'
    )
    copies = _updated_copies(tmp_path, root)
    for lang, ts in copies.items():
        assert problems(ts, lang) == [f"{ts.name}: [Extra] 'Chuỗi mới chưa dịch': untranslated"]


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    """lupdate reads only tr("literal") on self and translate("Context", "literal"): a
    wrapper such as _tr(text), a tr(variable) or other.tr("…") (whose context is then the
    name "other", not the class) would leave texts out of the catalogues unnoticed."""
    wrong = []
    for path in sorted((I18N_DIR.parent.parent / "gui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name, args, where = node.func.attr, node.args, f"{path.name}:{node.lineno}"
            if name == "tr" and args:
                owner = node.func.value
                if not (isinstance(owner, ast.Name) and owner.id == "self"):
                    wrong.append(f"{where}: tr() on something else than self")
                elif not _literal(args[0]):
                    wrong.append(f"{where}: tr() of a non-literal text")
            elif name == "translate" and len(args) >= 2 and not all(map(_literal, args[:2])):
                wrong.append(f"{where}: translate() of a non-literal context or text")
    assert not wrong, "\n".join(wrong)


def test_bad_english_translations_are_reported(tmp_path: Path) -> None:
    ts = tmp_path / "bienban_en.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">'
        "<context><name>W</name>"
        "<message><source>Đã lưu lúc %1</source><translation>Saved</translation></message>"
        "<message><source>&amp;Tệp</source><translation>File</translation></message>"
        "<message><source>Đóng</source><translation>Đóng</translation></message>"
        '<message><source>Cũ</source><translation type="vanished">Old</translation></message>'
        '<message><source>Mới</source><translation type="unfinished">New</translation>'
        "</message></context></TS>"
    )
    assert [p.split(": ", 2)[2] for p in problems(ts, "en")] == [
        "placeholders %1, %2… differ",
        "keyboard accelerator (&) missing or extra",
        "still Vietnamese",
        "unfinished",
    ]


# -- the English window ----------------------------------------------------------------------


@pytest.fixture
def english(tmp_path: Path) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    yield i18n.install_translators(app, "en", cache=tmp_path / "cache")
    i18n.uninstall_translators(app)


def _vietnamese(text: str) -> bool:
    return bool(VI_LETTERS & set(text))


def _texts(root: QWidget) -> list[str]:
    """Every interface text of *root*: actions, menus, tabs, buttons, labels, placeholders,
    group titles and table headers (not the data the tables and fields show)."""
    texts = [root.windowTitle()]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    for menu in root.findChildren(QMenu):
        texts += [menu.title()] + [a.text() for a in menu.actions()]
    for bar in root.findChildren(QTabBar):
        texts += [bar.tabText(i) for i in range(bar.count())]
    for button in root.findChildren(QAbstractButton):
        texts += [button.text(), button.toolTip()]
    texts += [label.text() for label in root.findChildren(QLabel)]
    texts += [box.title() for box in root.findChildren(QGroupBox)]
    texts += [edit.placeholderText() for edit in root.findChildren(QLineEdit)]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and model.columnCount() > 1:
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            ]
    return [t for t in texts if t]


@pytest.fixture
def board(services: Services) -> int:
    """A meeting whose own texts are English, so that any Vietnamese seen is the interface's."""
    m = services.meetings.create("Board meeting", kind="meeting", profile="en")
    services.agenda.add(m.id, "Budget")
    services.actions.add(m.id, "Send the report", lead="Finance")
    return m.id


def test_english_window_shows_no_vietnamese(
    qtbot, english: str, services: Services, board: int, tmp_path: Path
) -> None:
    assert english == "en" and i18n.ui_language() == "en"
    window = MainWindow(Ops(services), _settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    settle(window.ops)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Details", "Attendance", "Agenda", "Proceedings", "Conclusion"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Meeting", "&Help"]
    assert window.settings_action.text() == "Se&ttings…"
    for index in range(window.tabs.count()):
        window.show_tab(index)  # each tab builds its texts when first shown
        settle(window.ops)
    dialogs = [
        window.show_tracker(),
        window.show_people(),
        window.edit_profiles(),
        window.export(),
        window.revisions_menu.show_revisions(),
        window.attendance.import_list(),
        window.show_settings(),
    ]
    seen: dict[str, list[str]] = {}
    scanned = 0
    for widget in [window, *dialogs]:
        assert widget is not None
        texts = _texts(widget)
        scanned += len(texts)
        for text in texts:
            if _vietnamese(text):
                seen.setdefault(type(widget).__name__, []).append(text)
        widget.close()
    assert not seen, seen
    assert scanned > 300
    shortcuts = window.show_shortcuts().findChild(QTextBrowser).toPlainText()
    assert "New meeting" in shortcuts and not _vietnamese(shortcuts)
    # Enum words follow the interface language too.
    assert window.details.kind.currentText() == "Meeting"
    window.close()


def test_vietnamese_is_the_source_language(qtbot, services: Services, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert i18n.install_translators(app, "vi", cache=tmp_path / "cache") == "vi"
    window = MainWindow(Ops(services), _settings(tmp_path))
    qtbot.addWidget(window)
    assert window.tabs.tabText(3) == "Diễn biến"
    assert i18n.label("present") == "Có mặt"
    # Qt's own buttons are translated by our small catalogue.
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    assert box.buttons()[0].text() == "Đóng"


def test_without_lrelease_the_interface_stays_vietnamese(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(I18N_DIR / "bienban_en.ts", folder)  # a .ts and no .qm
    monkeypatch.setattr(i18n, "find_tool", lambda name: None)
    assert i18n.qm_file("bienban_en", folder, cache=tmp_path / "cache") is None
    monkeypatch.setattr(i18n, "I18N_DIR", folder)
    monkeypatch.setattr(i18n, "qm_file", lambda name, *a, **k: None)
    app = QApplication.instance()
    assert i18n.install_translators(app, "en") == "en"
    assert QApplication.translate("MainWindow", "Diễn biến") == "Diễn biến"


def test_a_missing_qm_is_built_into_the_cache_once(tmp_path: Path) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(I18N_DIR / "bienban_en.ts", folder)
    first = i18n.qm_file("bienban_en", folder, cache=tmp_path / "cache")
    assert first is not None and first.parent == tmp_path / "cache"
    stamp = first.stat().st_mtime_ns
    assert i18n.qm_file("bienban_en", folder, cache=tmp_path / "cache") == first
    assert first.stat().st_mtime_ns == stamp
    # A .qm beside the .ts and newer than it (built by the set-up) is used as it is.
    beside = folder / "bienban_en.qm"
    shutil.copy(first, beside)
    assert i18n.qm_file("bienban_en", folder, cache=tmp_path / "cache") == beside


def test_an_installed_qm_is_used_whichever_file_the_installer_wrote_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    qm = folder / "bienban_en.qm"
    assert i18n.compile_ts(I18N_DIR / "bienban_en.ts", qm)
    ts = folder / "bienban_en.ts"
    shutil.copy(I18N_DIR / "bienban_en.ts", ts)  # written after the .qm, as pip may do
    now = time.time()
    os.utime(qm, (now, now))
    os.utime(ts, (now + 0.5, now + 0.5))
    monkeypatch.setattr(i18n, "compile_ts", lambda *a: pytest.fail("compiled again"))
    assert i18n.qm_file("bienban_en", folder, cache=tmp_path / "cache") == qm
    # A catalogue edited an hour after its build is built again (here: refused, so None).
    os.utime(ts, (now + 3600, now + 3600))
    monkeypatch.setattr(i18n, "compile_ts", lambda *a: False)
    assert i18n.qm_file("bienban_en", folder, cache=tmp_path / "cache") is None


def test_a_bundle_never_compiles_a_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "i18n"
    folder.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(i18n, "compile_ts", lambda *a: pytest.fail("compiled at run time"))
    shutil.copy(I18N_DIR / "bienban_en.ts", folder)
    assert i18n.qm_file("bienban_en", folder, cache=tmp_path / "cache") is None
    qm = folder / "bienban_en.qm"
    qm.write_bytes(b"built with the bundle")
    later = time.time() + 3600
    os.utime(folder / "bienban_en.ts", (later, later))
    assert i18n.qm_file("bienban_en", folder, cache=tmp_path / "cache") == qm


# -- choosing the language ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("vi_VN", "vi"), ("vi", "vi"), ("en_US", "en"), ("fr_FR", "en"), ("C", "en")],
)
def test_default_follows_the_system_locale(tmp_path: Path, locale: str, expected: str) -> None:
    assert i18n.system_language(QLocale(locale)) == expected
    assert i18n.chosen_language(_settings(tmp_path), QLocale(locale)) == expected


def test_saved_choice_wins_over_the_locale(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    i18n.save_language(settings, "en")
    assert i18n.chosen_language(settings, QLocale("vi_VN")) == "en"
    settings.setValue(i18n.SETTINGS_KEY, "xx")  # a damaged value falls back to the locale
    assert i18n.chosen_language(settings, QLocale("vi_VN")) == "vi"
    with pytest.raises(ValueError):
        i18n.save_language(settings, "fr")


def test_settings_dialog_stores_the_choice(qtbot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # following the system
    assert "BienBan" in dialog.findChild(QLabel, "restartNote").text()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value("ui/language") == "en"
    assert dialog.needs_restart()  # the window is still Vietnamese
    # Reopened, it shows the choice; Cancel changes nothing.
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"
    again.language.setCurrentIndex(again.language.findData("vi"))
    again.reject()
    assert settings.value("ui/language") == "en"
    # Back to the system's language.
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    again.language.setCurrentIndex(0)
    again.accept()
    assert settings.value("ui/language") is None


def test_settings_menu_opens_the_dialog(qtbot, services: Services, tmp_path: Path) -> None:
    window = MainWindow(Ops(services), _settings(tmp_path))
    qtbot.addWidget(window)
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog) and dialog.settings is window.settings
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert window.settings.value("ui/language") == "en"
    assert "BienBan" in window.statusBar().currentMessage()


def test_a_refusal_from_the_core_is_said_in_english_only(
    qtbot, english: str, services: Services, board: int, tmp_path: Path
) -> None:
    """Core messages are "tiếng Việt / English": the English window shows the English."""
    from tests.gui_helpers import type_text

    window = MainWindow(Ops(services), _settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    settle(window.ops)
    said: list[str] = []
    window.ops.refused.connect(said.append)
    window.open_meeting(board)
    window.show_tab(0)
    settle(window.ops)
    title = window.details.edits["title"]
    title.setFocus()
    title.selectAll()
    type_text(title, "   ")  # an empty subject is refused
    window.details.flush()
    window.ops.drain(2)
    # A field's label is bilingual inside the core's message; in English only its English.
    texts = said + [u.reason for u in window.ops.unsaved()] + [window.statusBar().currentMessage()]
    assert any("must not be empty" in t for t in texts), texts
    assert not [t for t in texts if _vietnamese(t)], texts
    window.ops.discard()
    window.close()
