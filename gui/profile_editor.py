"""Profiles editor: copy a shipped export profile, edit it, preview page 1, save beside the DB."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import MeetingRecord
from core.errors import BienBanError
from core.export.profile import KINDS
from core.export.profile_preview import Preview, render_preview
from core.export.profile_schema import FONT_KEYS
from core.services import SAMPLE_FILE, Services
from core.services.revisions import record_from_snapshot
from gui.messages import said

Index = QModelIndex | QPersistentModelIndex
SIDES = ("top", "bottom", "left", "right")
ORG_FIELDS = ("parent_body", "issuing_body", "doc_code", "city")
SKIPPED_SHOWN = 5  # files named under the folder line; the rest as "…"


class LabelsModel(QAbstractTableModel):
    """The profile's labels as key / text rows; lists (column titles) edited as 'a | b | c'."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []

    def set_labels(self, labels: dict[str, Any]) -> None:
        self.beginResetModel()
        self.rows = [[k, v] for k, v in labels.items()]
        self.endResetModel()

    def labels(self) -> dict[str, Any]:
        return {k: v for k, v in self.rows}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (self.tr("Khóa"), self.tr("Nội dung in ra"))[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        value = self.rows[index.row()][index.column()]
        return " | ".join(map(str, value)) if isinstance(value, list) else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 1 or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        text = str(value)
        row[1] = [p.strip() for p in text.split("|")] if isinstance(row[1], list) else text
        self.dataChanged.emit(index, index)
        return True


class _PreviewSignals(QObject):
    done = Signal(object)
    failed = Signal(str)


class PreviewJob(QRunnable):
    """LibreOffice takes seconds: the preview is made in the thread pool."""

    def __init__(self, data: dict[str, Any], rec: MeetingRecord, work: Path) -> None:
        super().__init__()
        self.data, self.rec, self.work = data, rec, work
        self.signals = _PreviewSignals()

    def run(self) -> None:
        try:
            self.signals.done.emit(render_preview(self.data, self.rec, self.work))
        except BienBanError as exc:
            self.signals.failed.emit(said(exc))
        except Exception as exc:  # the thread must always report back
            self.signals.failed.emit(str(exc))


def _spin(high: float, decimals: int = 1) -> QDoubleSpinBox:
    # Wide ranges on purpose: validate_profile gives the reason a value is refused.
    box = QDoubleSpinBox()
    box.setRange(0, high)
    box.setDecimals(decimals)
    return box


class ProfileEditor(QDialog):
    """Left: the form of one saved profile; right: page 1 preview (or a summary)."""

    profileSaved = Signal(str)  # path of the saved file

    def __init__(
        self, services: Services, meeting_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mẫu xuất văn bản"))
        self.services = services
        self.store = services.profiles
        self.meeting_id = meeting_id
        self.name: str | None = None
        self.data: dict[str, Any] = {}
        self.last_preview: Preview | None = None
        self._work = tempfile.TemporaryDirectory(prefix="bienban-preview-")
        self._job: PreviewJob | None = None
        self._runs = 0
        self._build()
        self.reload_saved()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.source = QComboBox()
        for value, text in (
            ("nd30", self.tr("Nghị định 30/2020 (cơ quan nhà nước)")),
            ("party", self.tr("Văn bản của Đảng (Hướng dẫn 36)")),
            ("en", self.tr("Tiếng Anh (English)")),
        ):
            self.source.addItem(text, value)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("Tên mẫu mới, ví dụ: Văn phòng Sở"))
        self.copy_button = QPushButton(self.tr("&Sao chép"))
        self.saved = QComboBox()
        self.delete_button = QPushButton(self.tr("Xóa mẫu"))
        top = QFormLayout()
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.source, 2)
        copy_row.addWidget(self.new_name, 2)
        copy_row.addWidget(self.copy_button)
        top.addRow(self.tr("Sao chép từ:"), copy_row)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.saved, 1)
        edit_row.addWidget(self.delete_button)
        top.addRow(self.tr("Đang sửa:"), edit_row)
        self.folder = QLabel(self.tr("Lưu tại: %1").replace("%1", str(self.store.folder)))
        self.folder.setStyleSheet("color: #555;")
        self.folder.setWordWrap(True)
        # Files in the folder that fail the schema: not offered, but named with the reason.
        self.skipped = QLabel()
        self.skipped.setStyleSheet("color: #c62828;")
        self.skipped.setWordWrap(True)
        self.skipped.hide()

        self.org = {f: QLineEdit() for f in ORG_FIELDS}
        self.margins = {side: _spin(1000) for side in SIDES}
        page = QFormLayout()
        page.addRow(self.tr("Cơ quan chủ quản:"), self.org["parent_body"])
        page.addRow(self.tr("Cơ quan ban hành:"), self.org["issuing_body"])
        page.addRow(self.tr("Ký hiệu cơ quan:"), self.org["doc_code"])
        page.addRow(self.tr("Địa danh:"), self.org["city"])
        hint = QLabel(self.tr("(dùng khi cuộc họp để trống các ô này)"))
        hint.setStyleSheet("color: #555;")
        page.addRow("", hint)
        for side, text in zip(
            SIDES,
            (self.tr("Lề trên (mm):"), self.tr("Lề dưới (mm):"), self.tr("Lề trái (mm):")),
            strict=False,
        ):
            page.addRow(text, self.margins[side])
        page.addRow(self.tr("Lề phải (mm):"), self.margins["right"])
        self.font_name = QLineEdit()
        self.sizes = {k: _spin(200) for k in FONT_KEYS}
        fonts = QFormLayout()
        fonts.addRow(self.tr("Phông chữ:"), self.font_name)
        size_names = {
            "body_pt": self.tr("Nội dung"),
            "header_pt": self.tr("Tiêu đề cơ quan"),
            "title_pt": self.tr("Tên loại văn bản"),
            "summary_pt": self.tr("Trích yếu"),
            "table_pt": self.tr("Bảng"),
            "signature_pt": self.tr("Chữ ký"),
            "recipients_title_pt": self.tr("Chữ “Nơi nhận”"),
            "recipients_pt": self.tr("Các dòng nơi nhận"),
            "page_number_pt": self.tr("Số trang"),
        }
        for k in FONT_KEYS:
            fonts.addRow(self.tr("Cỡ chữ %1 (pt):").replace("%1", size_names[k]), self.sizes[k])
        self.signatures: dict[str, list[QLineEdit]] = {k: [QLineEdit(), QLineEdit()] for k in KINDS}
        self.recipients = {k: QPlainTextEdit() for k in KINDS}
        signs = QFormLayout()
        for kind, name in zip(KINDS, (self.tr("Biên bản"), self.tr("Thông báo")), strict=True):
            for i, w in enumerate(self.signatures[kind]):
                signs.addRow(
                    self.tr("%1 — chức danh ký %2:").replace("%1", name).replace("%2", str(i + 1)),
                    w,
                )
            self.recipients[kind].setTabChangesFocus(True)
            self.recipients[kind].setFixedHeight(70)
            signs.addRow(self.tr("%1 — Nơi nhận:").replace("%1", name), self.recipients[kind])
        self.labels = LabelsModel(self)
        self.label_view = QTableView()
        self.label_view.setModel(self.labels)
        self.label_view.verticalHeader().hide()
        self.label_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.label_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.label_view.setColumnWidth(0, 150)
        self.label_view.setWordWrap(False)

        self.form = QTabWidget()
        for layout, title in (
            (page, self.tr("Cơ quan, lề trang")),
            (fonts, self.tr("Phông, cỡ chữ")),
            (signs, self.tr("Chữ ký, Nơi nhận")),
        ):
            holder = QWidget()
            holder.setLayout(layout)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(holder)
            self.form.addTab(scroll, title)
        self.form.addTab(self.label_view, self.tr("Nhãn"))

        self.preview_button = QPushButton(self.tr("&Xem trước"))
        self.image = QLabel(self.tr("Bấm “Xem trước” để xem trang 1."))
        self.image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image.setWordWrap(True)
        self.image_scroll = image_scroll = QScrollArea()
        image_scroll.setWidgetResizable(True)
        image_scroll.setWidget(self.image)
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setFixedHeight(110)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.preview_button)
        right_box.addWidget(image_scroll, 1)
        right_box.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.form)
        split.addWidget(right)
        split.setSizes([560, 440])

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.addButton(
            self.tr("&Lưu mẫu"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        outer = QVBoxLayout(self)
        outer.addLayout(top)
        outer.addWidget(self.folder)
        outer.addWidget(self.skipped)
        outer.addWidget(split, 1)
        outer.addWidget(self.message)
        outer.addWidget(self.buttons)
        self.resize(1100, 680)

        self.copy_button.clicked.connect(self.copy_profile)
        self.new_name.returnPressed.connect(self.copy_profile)
        self.saved.currentIndexChanged.connect(
            lambda _i: self.open_profile(self.saved.currentData())
        )
        self.delete_button.clicked.connect(self.delete_profile)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    # -- choosing ------------------------------------------------------------------------
    def reload_saved(self, select: str | None = None) -> None:
        blocked = self.saved.blockSignals(True)
        self.saved.clear()
        usable, rejected = self.store.scan()
        for p in usable:
            self.saved.addItem(p.name, p.name)
        self.saved.blockSignals(blocked)
        lines = [f"{r.file}: {r.reason}" for r in rejected[:SKIPPED_SHOWN]]
        if len(rejected) > SKIPPED_SHOWN:
            lines.append("…")
        self.skipped.setText(self.tr("Tệp mẫu bị bỏ qua: %1").replace("%1", "\n".join(lines)))
        self.skipped.setVisible(bool(rejected))
        if self.saved.count():
            self.saved.setCurrentIndex(max(0, self.saved.findData(select)))
            self.open_profile(self.saved.currentData())
        else:
            self.open_profile(None)

    def open_profile(self, name: str | None) -> None:
        self.name = name
        self.data = {}
        if name is not None:
            try:
                self.data = self.store.load(name)
            except BienBanError as exc:
                self._say(said(exc), error=True)
        for w in (self.form, self.save_button, self.delete_button, self.preview_button):
            w.setEnabled(bool(self.data))
        if not self.data and name is None:
            self._say(self.tr("Chưa có mẫu riêng: chọn mẫu có sẵn, đặt tên rồi bấm Sao chép."))
        if self.data:
            self._fill(self.data)

    def _fill(self, d: dict[str, Any]) -> None:
        org = d.get("organisation") or {}
        for f, w in self.org.items():
            w.setText(str(org.get(f, "")))
        margins = (d.get("page") or {}).get("margins_mm") or {}
        for side, spin in self.margins.items():
            spin.setValue(float(margins.get(side, 0) or 0))
        fonts = d.get("fonts") or {}
        self.font_name.setText(str(fonts.get("name", "")))
        for k, size in self.sizes.items():
            size.setValue(float(fonts.get(k, 0) or 0))
        docs = d.get("documents") or {}
        for kind in KINDS:
            spec = docs.get(kind) or {}
            sigs = spec.get("signatures") or []
            for i, w in enumerate(self.signatures[kind]):
                w.setText(str(sigs[i].get("title", "")) if i < len(sigs) else "")
                w.setEnabled(i < len(sigs))
            self.recipients[kind].setPlainText("\n".join(spec.get("recipients") or []))
        self.labels.set_labels(dict(d.get("labels") or {}))

    def collect(self) -> dict[str, Any]:
        """The profile as the form shows it (untouched parts kept from the file)."""
        d = copy.deepcopy(self.data)
        org = {f: w.text().strip() for f, w in self.org.items() if w.text().strip()}
        if org or "organisation" in d:
            d["organisation"] = org
        d.setdefault("page", {}).setdefault("margins_mm", {})
        for side, w in self.margins.items():
            d["page"]["margins_mm"][side] = round(w.value(), 1)
        fonts = d.setdefault("fonts", {})
        fonts["name"] = self.font_name.text().strip()
        for k, w in self.sizes.items():
            fonts[k] = round(w.value(), 1)
        for kind in KINDS:
            spec = d.setdefault("documents", {}).setdefault(kind, {})
            for i, sig in enumerate(spec.get("signatures") or []):
                if i < len(self.signatures[kind]) and isinstance(sig, dict):
                    sig["title"] = self.signatures[kind][i].text().strip()
            lines = self.recipients[kind].toPlainText().splitlines()
            spec["recipients"] = [x.strip() for x in lines if x.strip()]
        d["labels"] = self.labels.labels()
        return d

    # -- commands ------------------------------------------------------------------------
    def copy_profile(self) -> Path | None:
        try:
            path = self.store.copy(self.source.currentData(), self.new_name.text())
        except BienBanError as exc:
            self._say(said(exc), error=True)
            return None
        self.new_name.clear()
        self.reload_saved(path.stem)
        self._say(self.tr("Đã tạo mẫu “%1”.").replace("%1", path.stem))
        self.profileSaved.emit(str(path))
        return path

    def save(self) -> bool:
        if self.name is None:
            return False
        data = self.collect()
        try:
            self.store.save(self.name, data)
        except BienBanError as exc:
            self._say(said(exc), error=True)
            return False
        self.data = data
        self._say(self.tr("Đã lưu mẫu “%1”.").replace("%1", self.name))
        self.profileSaved.emit(str(self.store.path(self.name)))
        return True

    def delete_profile(self) -> None:
        if self.name is None:
            return
        try:
            self.store.delete(self.name)
        except BienBanError as exc:
            self._say(said(exc), error=True)
            return
        self.reload_saved()

    def record(self) -> MeetingRecord:
        """The open meeting, or the shipped sample when no meeting is open."""
        if self.meeting_id is not None:
            try:
                return self.services.meetings.record(self.meeting_id)
            except BienBanError:
                pass
        data = json.loads(SAMPLE_FILE.read_text(encoding="utf-8"))
        return record_from_snapshot(data, 0)

    def preview(self) -> PreviewJob | None:
        """Checked here at once; the document and its picture are made in the thread pool."""
        from core.export.profile import validate_profile

        data = self.collect()
        try:
            validate_profile(data, self.name or "")
        except BienBanError as exc:
            self._say(said(exc), error=True)
            return None
        self._runs += 1
        work = Path(self._work.name) / f"run-{self._runs}"
        self._job = PreviewJob(data, self.record(), work)
        self._job.signals.done.connect(self._previewed)
        self._job.signals.failed.connect(lambda m: self._say(m, error=True))
        self.preview_button.setEnabled(False)
        self._say(self.tr("Đang dựng trang 1…"))
        QThreadPool.globalInstance().start(self._job)
        return self._job

    def _previewed(self, result: Preview) -> None:
        self.last_preview = result
        self.preview_button.setEnabled(True)
        self.summary.setPlainText(result.summary)
        if result.image is not None:
            pix = QPixmap(str(result.image))
            room = self.image_scroll.viewport().width() - 24  # the vertical scroll bar
            if pix.width() > room > 200:
                pix = pix.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            self.image.setPixmap(pix)
            self._say(self.tr("Trang 1 theo mẫu đang sửa (chưa lưu)."))
        else:
            self.image.setPixmap(QPixmap())
            self.image.setText(result.summary)
            self._say(result.note or self.tr("Chỉ có tóm tắt."), error=False)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if error else "")
        self.message.setText(text)

    def done(self, result: int) -> None:
        QThreadPool.globalInstance().waitForDone(60_000)
        self._work.cleanup()
        super().done(result)
