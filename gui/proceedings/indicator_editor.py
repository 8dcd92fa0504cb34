"""The indicator table of a report entry: name, value, unit, period, target."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

FIELDS = ("name", "value", "unit", "period", "target")
Index = QModelIndex | QPersistentModelIndex
# Asks for the save; the reply comes later: "" once saved, else the refusal (shown;
# the dialog then stays open).
Reply = Callable[[str], None]
Submit = Callable[[list[dict[str, str]], Reply], None]


def rows_of(indicators: Iterable[Any]) -> list[dict[str, str]]:
    """IndicatorDTOs or plain mappings, as the dicts the entry service takes."""
    out = []
    for item in indicators:
        get = item.get if isinstance(item, Mapping) else lambda k, _i=item: getattr(_i, k, "")
        out.append({k: str(get(k) or "") for k in FIELDS})
    return out


class IndicatorModel(QAbstractTableModel):
    """Always ends with one blank row, so typing a new indicator needs no button."""

    def __init__(self, rows: list[dict[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = [dict(r) for r in rows]
        self._pad()

    def _pad(self) -> None:
        if not self._rows or any(self._rows[-1].values()):
            self._rows.append(dict.fromkeys(FIELDS, ""))

    def rows(self) -> list[dict[str, str]]:
        return [dict(r) for r in self._rows if any(v.strip() for v in r.values())]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return (
            self.tr("Chỉ tiêu"),
            self.tr("Giá trị"),
            self.tr("Đơn vị"),
            self.tr("Kỳ"),
            self.tr("Mục tiêu / so sánh"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._rows[index.row()][FIELDS[index.column()]]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()][FIELDS[index.column()]] = str(value or "")
        self.dataChanged.emit(index, index)
        if index.row() == len(self._rows) - 1 and str(value or "").strip():
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
            self._rows.append(dict.fromkeys(FIELDS, ""))
            self.endInsertRows()
        return True

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows) - 1:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()


class IndicatorDialog(QDialog):
    """Edits the table as a whole; Save hands all rows to `submit` in one call."""

    def __init__(
        self,
        indicators: Iterable[Any],
        submit: Submit,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chỉ tiêu"))
        self._submit = submit
        self.model = IndicatorModel(rows_of(indicators), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 90), (2, 80), (3, 140), (4, 160)):
            self.table.setColumnWidth(col, width)
        remove = QPushButton(self.tr("&Xóa dòng"), self)
        remove.setToolTip(self.tr("Ctrl+Delete"))
        remove.clicked.connect(self._remove_current)
        QShortcut(QKeySequence("Ctrl+Delete"), self.table, self._remove_current)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if title:
            caption = QLabel(title, self)
            caption.setWordWrap(True)
            layout.addWidget(caption)
        layout.addWidget(self.table)
        bottom = QHBoxLayout()
        bottom.addWidget(remove)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize(820, 340)
        self.table.setCurrentIndex(self.model.index(0, 0))

    def _remove_current(self) -> None:
        self.model.remove_row(self.table.currentIndex().row())

    def accept(self) -> None:
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            # Keep the cell still being typed in.
            self.table.commitData(editor)
        self._submit(self.model.rows(), self._replied)

    def _replied(self, message: str) -> None:
        if message:
            self.error.setText(message)
            return
        super().accept()
