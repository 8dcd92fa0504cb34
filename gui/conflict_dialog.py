"""Two people changed the same text: show both versions and let the secretary choose."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class Choice(Enum):
    MINE = "mine"  # save my text over theirs (knowingly)
    THEIRS = "theirs"  # take their text; mine is dropped from the field
    LATER = "later"  # decide later: my text stays in the window, unsaved


class ConflictDialog(QDialog):
    """Both texts side by side, each selectable and copyable; nothing is lost by looking."""

    def __init__(self, what: str, mine: str, theirs: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Choice.LATER
        self.setWindowTitle(self.tr("Xung đột khi lưu"))
        self.setMinimumSize(720, 360)
        intro = QLabel(
            self.tr(
                "<b>%1</b> vừa được người khác sửa và lưu trước bạn. Bản của bạn chưa được"
                " lưu và vẫn còn nguyên; hãy chọn bản giữ lại."
            ).replace("%1", what)
        )
        intro.setWordWrap(True)
        self.mine = self._text_box(mine)
        self.theirs = self._text_box(theirs)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Bản của tôi (chưa lưu):")), 0, 0)
        grid.addWidget(QLabel(self.tr("Bản đã lưu ở máy khác:")), 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        buttons = QDialogButtonBox()
        self.keep_mine = QPushButton(self.tr("Giữ bản của tôi"))
        self.keep_mine.setToolTip(self.tr("Lưu bản của tôi thay cho bản kia"))
        self.take_theirs = QPushButton(self.tr("Lấy bản kia"))
        self.take_theirs.setToolTip(self.tr("Bỏ bản của tôi, dùng bản đã lưu ở máy khác"))
        self.later = QPushButton(self.tr("Để sau"))
        self.later.setToolTip(self.tr("Chưa lưu gì; bản của tôi vẫn ở trong ô nhập"))
        buttons.addButton(self.keep_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.take_theirs, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_mine.clicked.connect(lambda: self._done(Choice.MINE))
        self.take_theirs.clicked.connect(lambda: self._done(Choice.THEIRS))
        self.later.clicked.connect(lambda: self._done(Choice.LATER))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.later.setDefault(True)  # Enter by habit must not overwrite anyone

    @staticmethod
    def _text_box(text: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setReadOnly(True)
        return box

    def _done(self, choice: Choice) -> None:
        self.choice = choice
        self.accept() if choice != Choice.LATER else self.reject()


def ask(
    parent: QWidget | None,
    what: str,
    mine: str,
    theirs: str,
    on_choice: Callable[[Choice], object],
) -> ConflictDialog:
    """Open the dialog over *parent* without blocking the save that found the conflict
    (that save is reported as not done, the text kept); *on_choice* gets the answer."""
    dialog = ConflictDialog(what, mine, theirs, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _code: on_choice(dialog.choice))
    dialog.open()
    return dialog
