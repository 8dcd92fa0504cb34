"""Profiles editor: copy, edit, refusals with messages, preview image or summary, choices."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from core.services import Services
from gui.details_tab import DetailsTab
from gui.export_dialog import ExportDialog
from gui.operations import Ops
from gui.profile_editor import ProfileEditor
from gui.undo import Undo
from tests.gui_helpers import settle, type_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def editor(qtbot, services: Services, sample_id: int) -> ProfileEditor:
    dialog = ProfileEditor(services, sample_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def made(editor: ProfileEditor, name: str = "Văn phòng Sở") -> Path:
    editor.new_name.clear()
    type_text(editor.new_name, name)
    path = editor.copy_profile()
    assert path is not None
    return path


def test_starts_empty_then_copies_a_shipped_profile(editor: ProfileEditor) -> None:
    assert not editor.form.isEnabled() and "Sao chép" in editor.message.text()
    path = made(editor)
    assert path.exists() and path.parent == editor.store.folder
    assert editor.saved.currentText() == "Văn phòng Sở" and editor.form.isEnabled()
    assert editor.margins["left"].value() == 30 and editor.sizes["body_pt"].value() == 14
    assert editor.signatures["minutes"][1].text() == "CHỦ TỌA"
    assert "- Lưu: VT, hồ sơ." in editor.recipients["minutes"].toPlainText()
    # The same name again, or a forbidden one, is refused with a message.
    editor.new_name.setText("Văn phòng Sở")
    assert editor.copy_profile() is None and "Đã có mẫu xuất" in editor.message.text()
    editor.new_name.setText("../x")
    assert editor.copy_profile() is None and "chỉ được gồm chữ" in editor.message.text()
    assert [p.name for p in editor.store.list()] == ["Văn phòng Sở"]


@pytest.mark.parametrize(
    ("widget", "value", "message"),
    [
        (lambda e: e.margins["left"], 500, "page.margins_mm.left = 500"),
        (lambda e: e.sizes["body_pt"], 200, "fonts.body_pt = 200"),
        (lambda e: e.sizes["title_pt"], 0, "fonts.title_pt = 0"),
    ],
)
def test_bad_values_are_refused_with_a_message(
    editor: ProfileEditor, widget, value: float, message: str
) -> None:
    path = made(editor)
    before = path.read_bytes()
    widget(editor).setValue(value)
    assert editor.save() is False
    assert message in editor.message.text() and "c62828" in editor.message.styleSheet()
    assert path.read_bytes() == before
    assert editor.preview() is None and message in editor.message.text()


def test_empty_font_name_is_refused(editor: ProfileEditor) -> None:
    path = made(editor)
    before = path.read_bytes()
    editor.font_name.clear()
    assert editor.save() is False and "fonts.name" in editor.message.text()
    assert path.read_bytes() == before


def test_edits_are_saved_and_offered_in_details_and_export(
    qtbot, editor: ProfileEditor, services: Services, sample_id: int, tmp_path: Path
) -> None:
    path = made(editor)
    editor.org["doc_code"].setText("VP")
    editor.margins["top"].setValue(25)
    editor.sizes["table_pt"].setValue(11)
    editor.signatures["minutes"][0].setText("NGƯỜI GHI")
    editor.recipients["notice"].setPlainText("- Giám đốc Sở;\n\n- Lưu: VT.")
    row = next(i for i, r in enumerate(editor.labels.rows) if r[0] == "action_columns")
    editor.labels.setData(editor.labels.index(row, 1), "TT | Việc | Chủ trì | Phối hợp | Hạn")
    saved: list[str] = []
    editor.profileSaved.connect(saved.append)
    assert editor.save() is True and saved == [str(path)]
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["organisation"] == {"doc_code": "VP"}
    assert data["page"]["margins_mm"]["top"] == 25 and data["fonts"]["table_pt"] == 11
    assert data["documents"]["minutes"]["signatures"][0]["title"] == "NGƯỜI GHI"
    assert data["documents"]["notice"]["recipients"] == ["- Giám đốc Sở;", "- Lưu: VT."]
    assert data["labels"]["action_columns"] == ["TT", "Việc", "Chủ trì", "Phối hợp", "Hạn"]
    ops = Ops(services)
    details = DetailsTab(ops, Undo(ops, lambda _m: None))
    qtbot.addWidget(details)
    details.set_meeting(sample_id)
    settle(ops)
    assert details.profile.findData(str(path)) >= 0
    details.profile.setCurrentIndex(details.profile.findData(str(path)))
    settle(ops)
    assert services.meetings.get(sample_id).profile == str(path)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    export = ExportDialog(services, sample_id, settings)
    qtbot.addWidget(export)
    assert export.profile.currentData() == str(path)
    editor.delete_profile()
    assert editor.store.list() == [] and not editor.form.isEnabled()


def test_preview_without_libreoffice_shows_the_summary(
    qtbot, editor: ProfileEditor, monkeypatch
) -> None:
    monkeypatch.setattr("core.export.profile_preview.find_soffice", lambda: None)
    made(editor)
    editor.margins["left"].setValue(33)
    job = editor.preview()
    assert job is not None
    qtbot.waitUntil(lambda: editor.last_preview is not None, timeout=20_000)
    assert editor.last_preview.image is None
    assert "trái/left 33" in editor.summary.toPlainText()
    assert "trái/left 33" in editor.image.text()
    assert "LibreOffice" in editor.message.text()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_preview_image_and_screenshot(
    qtbot, editor: ProfileEditor, services: Services, sample_id: int
) -> None:
    services.meetings.update(sample_id, parent_body="")  # the profile's own name shows
    editor.resize(1280, 720)
    made(editor)
    editor.org["parent_body"].setText("UBND TỈNH THANH HÓA")
    editor.margins["left"].setValue(32)
    assert editor.preview() is not None
    qtbot.waitUntil(lambda: editor.last_preview is not None, timeout=60_000)
    assert editor.last_preview.image is not None, editor.message.text()
    assert not editor.image.pixmap().isNull() and editor.image.pixmap().width() > 300
    # Pictures for the README only when asked (BIENBAN_SCREENSHOTS=docs/images): a test
    # run must not rewrite tracked files.
    out = Path(os.environ.get("BIENBAN_SCREENSHOTS") or tempfile.mkdtemp())
    out.mkdir(parents=True, exist_ok=True)
    assert editor.grab().save(str(out / "gui-profile-editor.png"))
