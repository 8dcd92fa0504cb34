"""Proposer, status and response of a proposal: in the entry bar and as a small dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import ProposalDTO
from core.domain.enums import ProposalStatus
from gui.i18n import label

# Asks for the save; the reply comes later: "" once saved, else the refusal (shown;
# the dialog then stays open).
Reply = Callable[[str], None]
Submit = Callable[[dict[str, Any], Reply], None]


class ProposalFields(QWidget):
    """Three fields on one row; `changed` fires on any edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, stacked: bool = False) -> None:
        super().__init__(parent)
        self.proposer = QLineEdit(self)
        self.proposer.setPlaceholderText(self.tr("mặc định: người phát biểu"))
        self.status = QComboBox(self)
        for st in ProposalStatus:
            self.status.addItem(label(st.value), st.value)
        self.response = QLineEdit(self)
        self.response.setPlaceholderText(self.tr("ý kiến tiếp thu, giải trình của chủ trì"))
        if stacked:
            form = QFormLayout(self)
            form.setContentsMargins(0, 0, 0, 0)
            form.addRow(self.tr("Người &đề xuất:"), self.proposer)
            form.addRow(self.tr("&Tình trạng:"), self.status)
            form.addRow(self.tr("Trả &lời:"), self.response)
        else:
            row = QHBoxLayout(self)
            row.setContentsMargins(0, 0, 0, 0)
            for text, field, stretch in (
                (self.tr("Người đề xuất:"), self.proposer, 2),
                (self.tr("Tình trạng:"), self.status, 0),
                (self.tr("Trả lời:"), self.response, 3),
            ):
                caption = QLabel(text, self)
                caption.setBuddy(field)
                row.addWidget(caption)
                row.addWidget(field, stretch)
        self.proposer.textChanged.connect(self.changed)
        self.status.currentIndexChanged.connect(self.changed)
        self.response.textChanged.connect(self.changed)

    def values(self, default_proposer: str = "") -> dict[str, Any]:
        return {
            "proposer": self.proposer.text().strip() or default_proposer,
            "status": self.status.currentData(),
            "response": self.response.text().strip(),
        }

    def set_values(self, proposal: ProposalDTO | None) -> None:
        p = proposal or ProposalDTO()
        self.proposer.setText(p.proposer)
        self.status.setCurrentIndex(max(0, self.status.findData(p.status)))
        self.response.setText(p.response)

    def clear(self) -> None:
        self.set_values(None)


class ProposalDialog(QDialog):
    """Edits the proposal of an entry already in the timeline (the status is often decided
    later, when the chair concludes)."""

    def __init__(
        self, proposal: ProposalDTO | None, submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Đề xuất"))
        self._submit = submit
        self.fields = ProposalFields(self, stacked=True)
        self.fields.set_values(proposal)
        self.fields.setMinimumWidth(460)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self._submit(self.fields.values(), self._replied)

    def _replied(self, message: str) -> None:
        if message:
            self.error.setText(message)
            self.error.show()
            return
        super().accept()
