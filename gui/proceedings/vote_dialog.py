"""The vote form: subject, method and counts, with live percentages and the result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import AttendanceCounts, VoteDTO
from core.domain.enums import VoteMethod
from core.domain.formatting import percent
from gui.i18n import label

COUNT_FIELDS = ("votes_for", "votes_against", "abstain", "not_voting")
# Asks for the save; the reply comes later: "" once saved, else the refusal (shown;
# the dialog then stays open).
Reply = Callable[[str], None]
Submit = Callable[[dict[str, Any], Reply], None]


class VoteDialog(QDialog):
    """Opened with open() (window-modal, not blocking) so the session goes on around it."""

    def __init__(
        self,
        counts: AttendanceCounts,
        submit: Submit,
        vote: VoteDTO | None = None,
        subject: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Biểu quyết"))
        self._submit = submit
        self._counts = counts
        # Percentages refer to the official members present, as the minutes state them.
        self._base = counts.official_present or counts.present_total
        v = vote or VoteDTO(subject=subject)

        self.subject = QLineEdit(v.subject or subject, self)
        self.subject.setCursorPosition(0)
        self.subject.setPlaceholderText(self.tr("vấn đề đưa ra biểu quyết"))
        self.method = QComboBox(self)
        for m in VoteMethod:
            self.method.addItem(label(m.value), m.value)
        self.method.setCurrentIndex(max(0, self.method.findData(v.method)))

        grid = QGridLayout()
        grid.addWidget(_caption(self.tr("&Nội dung:"), self.subject, self), 0, 0)
        grid.addWidget(self.subject, 0, 1, 1, 2)
        grid.addWidget(_caption(self.tr("&Hình thức:"), self.method, self), 1, 0)
        grid.addWidget(self.method, 1, 1, 1, 2)
        captions = (
            self.tr("&Tán thành:"),
            self.tr("&Không tán thành:"),
            self.tr("Không &biểu quyết:"),
            self.tr("Không tham &gia:"),
        )
        self.spins: dict[str, QSpinBox] = {}
        self.shares: dict[str, QLabel] = {}
        for row, (name, caption) in enumerate(zip(COUNT_FIELDS, captions, strict=True), start=2):
            spin = QSpinBox(self)
            spin.setRange(0, 100_000)
            spin.setValue(int(getattr(v, name)))
            spin.valueChanged.connect(self._update)
            share = QLabel(self)
            share.setMinimumWidth(70)
            self.spins[name] = spin
            self.shares[name] = share
            grid.addWidget(_caption(caption, spin, self), row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(share, row, 2)

        self.present = QLabel(
            self.tr("Có mặt: %1 người, trong đó %2/%3 thành viên chính thức.")
            .replace("%1", str(counts.present_total))
            .replace("%2", str(counts.official_present))
            .replace("%3", str(counts.official_total)),
            self,
        )
        self.outcome = QLabel(self)
        font = self.outcome.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.outcome.setFont(font)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Lưu biểu quyết"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.present)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
        self._update()
        self.spins["votes_for"].setFocus()
        self.spins["votes_for"].selectAll()

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: spin.value() for name, spin in self.spins.items()}
        data["subject"] = self.subject.text().strip()
        data["method"] = self.method.currentData()
        return data

    def current(self) -> VoteDTO:
        data = self.values()
        return VoteDTO(
            subject=data["subject"],
            method=data["method"],
            votes_for=data["votes_for"],
            votes_against=data["votes_against"],
            abstain=data["abstain"],
            not_voting=data["not_voting"],
            base=self._base,
        )

    def _update(self) -> None:
        v = self.current()
        for name, share in self.shares.items():
            share.setText(percent(v.percent(getattr(v, name)), "vi"))
        cast = v.cast + v.not_voting
        present = self._base
        if present and cast > present:
            self.outcome.setText(self.tr("Kết quả: —"))
            self.outcome.setStyleSheet("")
            self.error.setText(
                self.tr("Tổng số phiếu (%1) vượt số người có mặt (%2).")
                .replace("%1", str(cast))
                .replace("%2", str(present))
            )
            return
        self.error.clear()
        result = label("passed" if v.passed else "failed")
        color = "#1b5e20" if v.passed else "#b00020"
        self.outcome.setText(
            self.tr("Kết quả: %1 (%2/%3 tán thành)")
            .replace("%1", result)
            .replace("%2", str(v.votes_for))
            .replace("%3", str(v.total))
        )
        self.outcome.setStyleSheet(f"color: {color};")

    def accept(self) -> None:
        self._submit(self.values(), self._replied)

    def _replied(self, message: str) -> None:
        if message:
            self.error.setText(message)
            return
        super().accept()


def _caption(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A label whose Alt letter moves the keyboard to *buddy*."""
    caption = QLabel(text, parent)
    caption.setBuddy(buddy)
    return caption
