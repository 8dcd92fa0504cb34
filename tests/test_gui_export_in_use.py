"""Export dialog when Word holds the target: says so, offers another name, old file intact.

Windows refuses the rename over a file Word has open; that refusal is simulated here.
"""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from core.export import writer
from core.services import Services
from gui.export_dialog import ExportDialog, another_name


def test_word_holding_the_file_offers_another_name(
    qtbot: Any, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sample_id = services.add_sample()
    held = tmp_path / "bien-ban.docx"
    held.write_bytes(b"the signed version, open in Word")
    real_replace = writer.os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == held:
            exc = PermissionError(errno.EACCES, "The process cannot access the file")
            exc.winerror = 32  # type: ignore[attr-defined]
            raise exc
        real_replace(src, dst)

    monkeypatch.setattr(writer, "WINDOWS", True)
    monkeypatch.setattr(writer, "REPLACE_PATIENCE_S", 0.3)
    monkeypatch.setattr(writer.os, "replace", replace)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(services, sample_id, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_after.setChecked(False)
    dialog.path.setText(str(held))
    assert dialog.save_as.isHidden()
    dialog.start()
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=30000)
    assert str(held) in dialog.message.text()
    assert "Đóng tệp trong Word rồi xuất lại" in dialog.message.text()
    assert not dialog.save_as.isHidden()
    assert held.read_bytes() == b"the signed version, open in Word"

    offered: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return suggested, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog.save_as.click()
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30000)
    assert offered == [str(tmp_path / "bien-ban (2).docx")]
    assert Path(dialog.result_path).read_bytes()[:2] == b"PK"
    assert held.read_bytes() == b"the signed version, open in Word"
    assert dialog.save_as.isHidden()
    assert sorted(p.name for p in tmp_path.glob("*.docx")) == ["bien-ban (2).docx", "bien-ban.docx"]


def test_another_name_skips_names_taken(tmp_path: Path) -> None:
    (tmp_path / "a (2).docx").write_bytes(b"")
    assert another_name(tmp_path / "a.docx") == tmp_path / "a (3).docx"


def test_opening_the_export_is_asked_of_the_system_and_a_refusal_is_said(
    qtbot: Any,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    _no_program_opened: list[Any],
) -> None:
    """ "Open the file when done": the system's program for .docx opens it; on a machine with
    none, the dialog says the file is saved but cannot be opened here."""
    from PySide6.QtGui import QDesktopServices

    sample_id = services.add_sample()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    for answer, out in ((True, tmp_path / "a.docx"), (False, tmp_path / "b.docx")):
        if not answer:
            monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: False))
        dialog = ExportDialog(services, sample_id, settings)
        qtbot.addWidget(dialog)
        dialog.open_after.setChecked(True)
        dialog.path.setText(str(out))
        dialog.start()
        qtbot.waitUntil(lambda d=dialog: d.result_path is not None or d.error is not None)
        assert dialog.result_path == str(out), dialog.error
        if answer:
            assert [u.toLocalFile() for u in _no_program_opened] == [str(out)]
            assert dialog.message.text() == f"Đã lưu {out}"
        else:
            assert "không có chương trình nào mở được" in dialog.message.text()
