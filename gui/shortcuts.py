"""Every key the window answers to, in one table: the F1 help and the README are made from it."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Shortcut:
    shown: str  # as F1 shows it: "Alt+1 … Alt+9"
    keys: tuple[str, ...]  # each sequence, as QKeySequence writes it: a test checks the window
    does: str  # translated when the table is made


def mnemonic(text: str) -> str:
    """The Alt key of a label: "&Bắt đầu họp" is Alt+B ("Start meeting" has its own)."""
    at = text.replace("&&", "").find("&")
    if at < 0 or at + 1 >= len(text):
        return ""
    return "Alt+" + text.replace("&&", "")[at + 1].upper()


def _alt(label: str) -> tuple[str, tuple[str, ...]]:
    """The Alt key of a translated label, as shown and as pressed."""
    key = mnemonic(label)
    return key, (key,)


def _range(prefix: str, last: int) -> tuple[str, ...]:
    return tuple(f"{prefix}{n}" for n in range(1, last + 1))


def sections() -> list[tuple[str, list[Shortcut]]]:
    """The table, section by section, in the interface's language."""
    S = Shortcut
    return [
        (
            QCoreApplication.translate("Shortcuts", "Cả cửa sổ"),
            [
                S("Ctrl+N", ("Ctrl+N",), QCoreApplication.translate("Shortcuts", "Cuộc họp mới")),
                S(
                    "Ctrl+O",
                    ("Ctrl+O",),
                    QCoreApplication.translate("Shortcuts", "Mở cơ sở dữ liệu khác"),
                ),
                S(
                    "Ctrl+E",
                    ("Ctrl+E",),
                    QCoreApplication.translate(
                        "Shortcuts", "Xuất biên bản hoặc thông báo kết luận"
                    ),
                ),
                S(
                    "Ctrl+F",
                    ("Ctrl+F",),
                    QCoreApplication.translate("Shortcuts", "Tìm cuộc họp (bỏ qua dấu)"),
                ),
                S(
                    "Ctrl+T",
                    ("Ctrl+T",),
                    QCoreApplication.translate("Shortcuts", "Theo dõi nhiệm vụ của mọi cuộc họp"),
                ),
                S("Ctrl+,", ("Ctrl+,",), QCoreApplication.translate("Shortcuts", "Cài đặt")),
                S(
                    "Ctrl+Z / Ctrl+Shift+Z, Ctrl+Y",
                    ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"),
                    QCoreApplication.translate(
                        "Shortcuts",
                        "Hoàn tác / làm lại thay đổi gần nhất (tên thay đổi hiện trong menu Sửa)",
                    ),
                ),
                S(
                    "Ctrl+Alt+1 … Ctrl+Alt+5",
                    _range("Ctrl+Alt+", 5),
                    QCoreApplication.translate(
                        "Shortcuts",
                        "Thẻ Thông tin chung, Thành phần, Chương trình, Diễn biến, Kết luận",
                    ),
                ),
                S("F1", ("F1",), QCoreApplication.translate("Shortcuts", "Bảng phím tắt này")),
                S(
                    "Ctrl+Q",
                    ("Ctrl+Q",),
                    QCoreApplication.translate(
                        "Shortcuts", "Thoát (những gì chưa lưu được giữ lại)"
                    ),
                ),
            ],
        ),
        (
            QCoreApplication.translate("Shortcuts", "Danh sách cuộc họp"),
            [
                S(
                    "Delete",
                    ("Del",),
                    QCoreApplication.translate(
                        "Shortcuts", "Xóa cuộc họp đang chọn (hỏi trước; Ctrl+Z hoàn tác)"
                    ),
                )
            ],
        ),
        (
            QCoreApplication.translate("Shortcuts", "Thành phần"),
            [
                S(
                    "P",
                    ("P", "Shift+P"),
                    QCoreApplication.translate(
                        "Shortcuts", "Điểm danh: có mặt, rồi xuống người tiếp theo"
                    ),
                ),
                S(
                    "A",
                    ("A", "Shift+A"),
                    QCoreApplication.translate("Shortcuts", "Điểm danh: vắng (hỏi lý do)"),
                ),
                S(
                    "L",
                    ("L", "Shift+L"),
                    QCoreApplication.translate("Shortcuts", "Điểm danh: đến muộn (ghi giờ đến)"),
                ),
                S(
                    "Delete",
                    ("Del",),
                    QCoreApplication.translate("Shortcuts", "Xóa người đang chọn khỏi danh sách"),
                ),
                S(
                    "Enter",
                    ("Return", "Enter"),
                    QCoreApplication.translate("Shortcuts", "Ở dòng thêm người: thêm người vừa gõ"),
                ),
            ],
        ),
        (
            QCoreApplication.translate("Shortcuts", "Chương trình"),
            [
                S(
                    "Alt+↑ / Alt+↓",
                    ("Alt+Up", "Alt+Down"),
                    QCoreApplication.translate("Shortcuts", "Chuyển mục chương trình lên / xuống"),
                ),
                S("Delete", ("Del",), QCoreApplication.translate("Shortcuts", "Xóa mục đang chọn")),
            ],
        ),
        (
            QCoreApplication.translate("Shortcuts", "Diễn biến: thanh nhập"),
            [
                S(
                    "Alt+1 … Alt+9",
                    _range("Alt+", 9),
                    QCoreApplication.translate(
                        "Shortcuts",
                        "Người phát biểu theo số cố định cả cuộc họp (số hiện cạnh tên):"
                        " chủ trì là 1, thư ký cuối cùng; chỉ người có mặt",
                    ),
                ),
                S(
                    "Ctrl+1 … Ctrl+6",
                    _range("Ctrl+", 6),
                    QCoreApplication.translate(
                        "Shortcuts",
                        "Loại: 1 báo cáo, 2 ý kiến, 3 đề xuất, 4 biểu quyết, 5 kết luận,"
                        " 6 ghi chú (sau đề xuất, biểu quyết, kết luận tự về ý kiến)",
                    ),
                ),
                S(
                    *_alt(QCoreApplication.translate("EntryBar", "&Người phát biểu:")),
                    QCoreApplication.translate(
                        "Shortcuts", "Đến ô người phát biểu (Enter: sang ô nội dung)"
                    ),
                ),
                S(
                    *_alt(QCoreApplication.translate("EntryBar", "&Loại:")),
                    QCoreApplication.translate("Shortcuts", "Đến ô loại"),
                ),
                S(
                    "Enter / Shift+Enter",
                    ("Return", "Shift+Return"),
                    QCoreApplication.translate(
                        "Shortcuts", "Thêm mục ghi (giờ là lúc bắt đầu gõ) / xuống dòng"
                    ),
                ),
                S(
                    *_alt(QCoreApplication.translate("SessionHeader", "&Bắt đầu họp")),
                    QCoreApplication.translate("Shortcuts", "Bắt đầu họp (ghi giờ)"),
                ),
                S(
                    *_alt(QCoreApplication.translate("SessionHeader", "&Kết thúc họp")),
                    QCoreApplication.translate("Shortcuts", "Kết thúc họp (ghi giờ)"),
                ),
                S(
                    *_alt(QCoreApplication.translate("SessionHeader", "&Mục chương trình:")),
                    QCoreApplication.translate("Shortcuts", "Đến ô mục chương trình"),
                ),
                S(
                    "Ctrl+PgDown / Ctrl+PgUp",
                    ("Ctrl+PgDown", "Ctrl+PgUp"),
                    QCoreApplication.translate("Shortcuts", "Mục chương trình tiếp theo / trước"),
                ),
            ],
        ),
        (
            QCoreApplication.translate("Shortcuts", "Diễn biến: bảng mục ghi"),
            [
                S(
                    "Alt+↑ / Alt+↓",
                    ("Alt+Up", "Alt+Down"),
                    QCoreApplication.translate("Shortcuts", "Chuyển mục ghi lên / xuống"),
                ),
                S(
                    "Delete",
                    ("Del",),
                    QCoreApplication.translate("Shortcuts", "Xóa mục ghi (Ctrl+Z hoàn tác)"),
                ),
                S(
                    "Enter",
                    ("Return", "Enter"),
                    QCoreApplication.translate(
                        "Shortcuts",
                        "Chi tiết: toàn văn để đọc và sửa; chỉ tiêu, số phiếu, đề xuất"
                        " (Ctrl+Enter hoặc Esc để đóng)",
                    ),
                ),
                S("F2", ("F2",), QCoreApplication.translate("Shortcuts", "Sửa ngay ô đang chọn")),
            ],
        ),
        (
            QCoreApplication.translate("Shortcuts", "Ghi âm (ở mọi thẻ)"),
            [
                S(
                    "Ctrl+R",
                    ("Ctrl+R",),
                    QCoreApplication.translate(
                        "Shortcuts",
                        "Ghi âm / tạm dừng / ghi tiếp; mục ghi nhớ chỗ của nó trong bản ghi âm",
                    ),
                ),
                S(
                    "F8",
                    ("F8",),
                    QCoreApplication.translate(
                        "Shortcuts", "Nghe lại mục ghi đang chọn, từ 5 giây trước lúc bắt đầu gõ"
                    ),
                ),
                S(
                    "F7 / F9",
                    ("F7", "F9"),
                    QCoreApplication.translate("Shortcuts", "Lùi / tới 5 giây khi đang nghe"),
                ),
            ],
        ),
        (
            QCoreApplication.translate("Shortcuts", "Ô ngày giờ"),
            [
                S(
                    "Alt+↓, F4",
                    ("Alt+Down", "F4"),
                    QCoreApplication.translate(
                        "Shortcuts", "Mở lịch (tại ngày đang có, ngày họp hoặc hôm nay)"
                    ),
                ),
                S(
                    "↑ / ↓",
                    ("Up", "Down"),
                    QCoreApplication.translate(
                        "Shortcuts", "Tăng / giảm phần dưới con trỏ (ngày, giờ…)"
                    ),
                ),
                S("Esc", ("Esc",), QCoreApplication.translate("Shortcuts", "Bỏ điều vừa gõ")),
            ],
        ),
        (
            QCoreApplication.translate("Shortcuts", "Kết luận và theo dõi nhiệm vụ"),
            [
                S(
                    "Delete",
                    ("Del",),
                    QCoreApplication.translate("Shortcuts", "Xóa nhiệm vụ đang chọn"),
                ),
                S(
                    "Ctrl+D",
                    ("Ctrl+D",),
                    QCoreApplication.translate(
                        "Shortcuts", "Theo dõi nhiệm vụ: đánh dấu hoàn thành"
                    ),
                ),
            ],
        ),
    ]


def html() -> str:
    """The F1 table."""
    parts = []
    for title, rows in sections():
        parts.append(f"<h3>{title}</h3><table cellpadding='3'>")
        parts += [f"<tr><td width='34%'><b>{s.shown}</b></td><td>{s.does}</td></tr>" for s in rows]
        parts.append("</table>")
    return "".join(parts)


def markdown() -> str:
    """The README's table, in the language loaded (the README is English)."""
    lines = ["| key | does |", "|---|---|"]
    for title, rows in sections():
        lines.append(f"| **{title}** | |")
        lines += [f"| {s.shown} | {s.does} |" for s in rows]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":  # python -m gui.shortcuts: the README's table, in English
    from PySide6.QtCore import QCoreApplication as _App

    from gui.i18n import install_translators

    app = _App(sys.argv)
    install_translators(app, "en")
    sys.stdout.write(markdown())
