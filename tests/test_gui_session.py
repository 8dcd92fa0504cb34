"""One whole meeting typed through the main window, then exported and read back."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from core.services import Services
from gui.main_window import AGENDA, ATTENDANCE, CONCLUSION, PROCEEDINGS, MainWindow
from gui.operations import Ops
from gui.proceedings.vote_dialog import VoteDialog
from tests.gui_helpers import settle, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier

PEOPLE = [
    ("Lê Văn Thắng", "Bí thư Đảng ủy", "chair"),
    ("Nguyễn Thị Thu Hà", "Văn phòng Đảng ủy", "secretary"),
    ("Trịnh Đình Khoa", "Phó Bí thư", "member"),
    ("Hoàng Thị Lan", "Ủy viên", "member"),
    ("Phạm Minh Tuấn", "Ủy viên", "member"),
]


def test_whole_session_in_the_main_window(qtbot, services: Services, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Ops(services), settings)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    # Ctrl+N, then the subject typed in Vietnamese.
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    settle(window.ops)
    mid = window.meeting_id
    assert mid is not None
    title = window.details.edits["title"]
    assert title.hasFocus() and title.selectedText() == "Cuộc họp mới"
    type_text(title, "Hội nghị Ban Chấp hành Đảng bộ phường tháng 11")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    number = window.details.edits["number"]
    number.setFocus()
    type_text(number, "7")
    qtbot.keyClick(number, Qt.Key.Key_Tab)

    # Attendance: five people typed in, then a roll call with the keys.
    window.show_tab(ATTENDANCE)
    settle(window.ops)
    att = window.attendance
    for name, position, role in PEOPLE:
        att.name.setFocus()
        type_text(att.name, name)
        type_text(att.position, position)
        att.role.setCurrentIndex(att.role.findData(role))
        qtbot.keyClick(att.name, Qt.Key.Key_Return)
        assert att.role.currentData() == "member"  # back to a member for the next one
    settle(window.ops)
    att.ask_reason = lambda _name: "Ốm"
    att.view.setFocus()
    att.view.setCurrentIndex(att.model.index(0, 0))
    for key in ("P", "P", "P", "A", "L"):
        qtbot.keyClick(att.view, getattr(Qt.Key, f"Key_{key}"))
    assert att.counts_label.text().startswith("Có mặt 4/5")

    # Agenda: two items.
    window.show_tab(AGENDA)
    settle(window.ops)
    for item in ("Báo cáo kết quả công tác tháng 11", "Thảo luận, biểu quyết kế hoạch tháng 12"):
        window.agenda.title.setFocus()
        type_text(window.agenda.title, item)
        qtbot.keyClick(window.agenda.title, Qt.Key.Key_Return)

    # Proceedings: ten entries of every kind, speakers by Alt+N, kinds by Ctrl+N.
    window.show_tab(PROCEEDINGS)
    settle(window.ops)
    tab = window.proceedings
    box = tab.bar.text
    assert QApplication.focusWidget() is box
    qtbot.keyClick(box, Qt.Key.Key_PageDown, CTRL)
    # Alt numbers: the chair 1, then the list's order (the absent member has none), the
    # secretary last.
    assert tab.bar.recent == [
        "Lê Văn Thắng",
        "Trịnh Đình Khoa",
        "Phạm Minh Tuấn",
        "Nguyễn Thị Thu Hà",
    ]
    lines = [
        (1, 2, "Khai mạc, thông qua chương trình hội nghị."),
        (2, 1, "Báo cáo kết quả công tác tháng 11: hoàn thành 12/14 chỉ tiêu."),
        (3, 2, "Đề nghị làm rõ hai chỉ tiêu chưa đạt."),
        (2, 3, "Đề xuất bổ sung kinh phí cho chuyển đổi số."),
        (4, 6, "Ghi nhận: đồng chí Tuấn đến muộn do họp cấp trên."),
        (1, 2, "Giải trình: do thời tiết, công trình chậm tiến độ."),
    ]
    for alt, ctrl, text in lines:
        qtbot.keyClick(box, getattr(Qt.Key, f"Key_{ctrl}"), CTRL)
        qtbot.keyClick(box, getattr(Qt.Key, f"Key_{alt}"), ALT)
        type_text(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(box, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(box, Qt.Key.Key_1, ALT)
    qtbot.keyClick(box, Qt.Key.Key_4, CTRL)
    type_text(box, "Biểu quyết thông qua kế hoạch tháng 12.")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window.ops)  # the dialog opens with the counts of those present
    vote = tab.dialog
    assert isinstance(vote, VoteDialog)
    vote.spins["votes_for"].setValue(3)
    vote.spins["abstain"].setValue(1)
    vote.ok_button.click()
    settle(window.ops)
    for alt, ctrl, text in [
        (2, 2, "Nhất trí với kế hoạch, đề nghị phân công rõ người, rõ việc."),
        (3, 2, "Cam kết hoàn thành chỉ tiêu còn lại trong tháng 12."),
        (1, 5, "Kết luận: thống nhất kế hoạch tháng 12; giao Văn phòng theo dõi."),
    ]:
        qtbot.keyClick(box, getattr(Qt.Key, f"Key_{ctrl}"), CTRL)
        qtbot.keyClick(box, getattr(Qt.Key, f"Key_{alt}"), ALT)
        type_text(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(window.ops)

    # Conclusion tab: the conclusion is there; one action item added.
    window.show_tab(CONCLUSION)
    settle(window.ops)
    concl = window.conclusion
    assert concl.text.toPlainText().startswith("Kết luận: thống nhất")
    concl.task.setFocus()
    type_text(concl.task, "Hoàn thành công trình nhà văn hóa khu phố 3")
    type_text(concl.lead, "Ban Quản lý dự án")
    qtbot.keyClick(concl.task, Qt.Key.Key_Return)
    settle(window.ops)

    # Everything is in the database.
    rec = services.meetings.record(mid)
    assert rec.meeting.title == "Hội nghị Ban Chấp hành Đảng bộ phường tháng 11"
    assert rec.meeting.number == "7"
    assert [a.status for a in rec.attendance] == ["present"] * 3 + ["absent_excused", "late"]
    assert [g.title for g in rec.agenda][0] == "Báo cáo kết quả công tác tháng 11"
    kinds = [e.kind for e in rec.entries]
    assert len(kinds) == 10
    assert set(kinds) == {"opinion", "report", "proposal", "vote", "conclusion", "note"}
    assert all(e.speaker_name for e in rec.entries)
    voted = next(e for e in rec.entries if e.kind == "vote")
    assert voted.vote is not None and voted.vote.passed and voted.vote.votes_for == 3
    assert [a.task for a in rec.actions] == ["Hoàn thành công trình nhà văn hóa khu phố 3"]

    # Ctrl+E: export through the dialog, then read the document back.
    dialog = window.export()
    assert dialog is not None
    dialog.open_after.setChecked(False)
    out = tmp_path / "bien-ban.docx"
    dialog.path.setText(str(out))
    dialog.start()
    qtbot.waitUntil(
        lambda: dialog.result_path is not None or dialog.error is not None, timeout=30000
    )
    assert dialog.error is None
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    doc = Document(str(out))
    every = [*doc.tables, *doc.tables[-1].rows[0].cells[0].tables]  # signatures: in the last
    tables = "\n".join(c.text for t in every for r in t.rows for c in r.cells)
    assert "Hội nghị Ban Chấp hành Đảng bộ phường tháng 11" in text
    assert "Số: 07/BB" in tables
    assert "Đề xuất bổ sung kinh phí cho chuyển đổi số." in text
    assert "Biểu quyết thông qua kế hoạch tháng 12." in text
    assert "Hoàn thành công trình nhà văn hóa khu phố 3" in tables
    assert "Lê Văn Thắng" in tables and "Nguyễn Thị Thu Hà" in tables
    dialog.close()
