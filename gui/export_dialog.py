"""Export dialog: minutes or conclusion notice to .docx/.pdf, produced off the GUI thread."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    QSettings,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.domain.dto import MeetingDTO, MeetingRecord, RevisionDTO
from core.errors import BienBanError, FileInUseError
from gui.messages import said

if TYPE_CHECKING:
    from core.services import Services

FOLDER_KEY = "export/folder"


def default_name(meeting: MeetingDTO, kind: str, fmt: str) -> str:
    """'BienBan-so-05-2026-11-24.docx': ASCII, so every file system and mail client keeps it."""
    stem = "BienBan" if kind == "minutes" else "ThongBaoKetLuan"
    number = re.sub(r"[^0-9A-Za-z]+", "-", meeting.number).strip("-")
    parts = [stem] + ([f"so-{number}"] if number else [])
    when = meeting.start or meeting.created_at
    if when is not None:
        parts.append(when.strftime("%Y-%m-%d"))
    return "-".join(parts) + "." + fmt


def another_name(path: Path) -> Path:
    """'BienBan (2).docx' beside *path*, or the first such name not taken."""
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1


class _Signals(QObject):
    progress = Signal(int)
    done = Signal(str)
    failed = Signal(str)
    in_use = Signal(str)  # the target is held open by another program (Word)


class ExportJob(QRunnable):
    """Runs export_meeting in the thread pool; talks back only through queued signals."""

    def __init__(
        self,
        services: Services,
        meeting_id: int,
        record: MeetingRecord | None = None,
        **options: Any,
    ) -> None:
        super().__init__()
        self.services = services
        self.meeting_id = meeting_id
        self.record = record  # a finalized revision, exported as it was
        self.options = options
        self.signals = _Signals()

    def _progress(self, *args: Any) -> None:
        # Accept progress(fraction), progress(percent) or progress(done, total).
        if len(args) >= 2 and args[1]:
            value = 100 * float(args[0]) / float(args[1])
        elif args and isinstance(args[0], int | float):
            value = float(args[0]) * (100 if float(args[0]) <= 1 else 1)
        else:
            return
        self.signals.progress.emit(int(max(0, min(100, value))))

    def run(self) -> None:
        try:
            from core.export.api import export_meeting, export_record

            if self.record is not None:
                path = export_record(self.record, progress=self._progress, **self.options)
            else:
                path = export_meeting(
                    self.services, self.meeting_id, progress=self._progress, **self.options
                )
        except FileInUseError as exc:
            self.signals.in_use.emit(said(exc))
        except BienBanError as exc:
            self.signals.failed.emit(said(exc))
        except ImportError:
            self.signals.failed.emit(
                QCoreApplication.translate(
                    "ExportDialog", "Chức năng xuất văn bản chưa được cài đặt."
                )
            )
        except OSError as exc:
            text = QCoreApplication.translate("ExportDialog", "Không ghi được tệp: %1")
            self.signals.failed.emit(text.replace("%1", str(exc.strerror or exc)))
        except Exception as exc:  # the thread must always report back
            text = QCoreApplication.translate("ExportDialog", "Không xuất được văn bản: %1")
            self.signals.failed.emit(text.replace("%1", str(exc)))
        else:
            self.signals.done.emit(str(path or self.options["out"]))


class ExportDialog(QDialog):
    """Choose what to produce and where; the last folder is remembered in QSettings."""

    def __init__(
        self,
        services: Services,
        meeting_id: int,
        settings: QSettings,
        parent: QWidget | None = None,
        revision: RevisionDTO | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất biên bản"))
        self.services = services
        self.meeting_id = meeting_id
        self.settings = settings
        self.meeting = services.meetings.get(meeting_id)
        self.revision = revision
        self.record = services.revisions.record_of(revision.id) if revision else None
        if self.record is not None and revision is not None:
            self.meeting = self.record.meeting
            self.setWindowTitle(
                self.tr("Xuất bản đã chốt số %1").replace("%1", str(revision.number))
            )
        self.result_path: str | None = None
        self.error: str | None = None
        self._job: ExportJob | None = None

        self.profile = QComboBox()
        for value, text in (
            ("nd30", self.tr("Nghị định 30/2020 (cơ quan nhà nước)")),
            ("party", self.tr("Văn bản của Đảng (Hướng dẫn 36)")),
            ("en", self.tr("Tiếng Anh (English)")),
        ):
            self.profile.addItem(text, value)
        for saved in services.profiles.list():  # files failing the schema are left out
            self.profile.addItem(
                self.tr("Mẫu riêng: %1").replace("%1", saved.name), str(saved.path)
            )
        own_fault = self._own_profile_fault()
        self.profile.setCurrentIndex(max(0, self.profile.findData(self.meeting.profile)))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Biên bản cuộc họp"), "minutes")
        self.kind.addItem(self.tr("Thông báo kết luận"), "notice")
        self.fmt = QComboBox()
        self.fmt.addItem(self.tr("Word (.docx)"), "docx")
        self.fmt.addItem(self.tr("PDF (.pdf)"), "pdf")
        self.path = QLineEdit()
        self.path.setMinimumWidth(420)
        self.browse = QPushButton(self.tr("&Chọn…"))
        self.browse.setAutoDefault(False)  # Enter in the path field exports
        self.open_after = QCheckBox(self.tr("&Mở tệp khi xuất xong"))
        self.open_after.setChecked(bool(settings.value("export/open", True, type=bool)))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("&Xuất"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        # Offered when Word holds the file: the old one stays as it is.
        self.save_as = self.buttons.addButton(
            self.tr("Lưu với tên &khác…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_as.hide()

        target = QHBoxLayout()
        target.addWidget(self.path, 1)
        target.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Thể &thức:"), self.profile)
        form.addRow(self.tr("&Loại văn bản:"), self.kind)
        form.addRow(self.tr("Định &dạng:"), self.fmt)
        save_to = QLabel(self.tr("Lưu vào tệ&p:"))
        save_to.setBuddy(self.path)  # a row holding a layout gets no buddy by itself
        form.addRow(save_to, target)
        form.addRow("", self.open_after)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.kind.currentIndexChanged.connect(self._update_name)
        self.fmt.currentIndexChanged.connect(self._update_name)
        self.browse.clicked.connect(self._browse)
        self.export_button.clicked.connect(self.start)
        self.save_as.clicked.connect(self.save_elsewhere)
        self.buttons.rejected.connect(self.reject)
        self._update_name()
        if own_fault:
            self._fail(
                self.tr("Mẫu xuất của cuộc họp không dùng được, hãy chọn mẫu khác: %1").replace(
                    "%1", own_fault
                )
            )

    def _own_profile_fault(self) -> str:
        """Offer the meeting's own profile file when it passes the schema; else say why not."""
        own = self.meeting.profile
        if not own or self.profile.findData(own) >= 0:
            return ""
        from core.export.profile import load_profile

        try:
            load_profile(own)
        except BienBanError as exc:
            return exc.message
        self.profile.addItem(own, own)
        return ""

    def folder(self) -> Path:
        saved = str(self.settings.value(FOLDER_KEY, "", type=str) or "")
        return Path(saved) if saved and Path(saved).is_dir() else Path.home()

    def _update_name(self) -> None:
        current = Path(self.path.text()) if self.path.text() else None
        folder = current.parent if current else self.folder()
        name = default_name(self.meeting, self.kind.currentData(), self.fmt.currentData())
        if self.revision is not None:
            stem, _, ext = name.rpartition(".")
            name = f"{stem}-ban-{self.revision.number}.{ext}"
        self.path.setText(str(folder / name))

    def _browse(self) -> None:
        fmt = self.fmt.currentData()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu văn bản"), self.path.text(), f"*.{fmt}"
        )
        if chosen:
            self.path.setText(chosen if chosen.endswith("." + fmt) else f"{chosen}.{fmt}")

    def start(self) -> None:
        out = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip():
            self._fail(self.tr("Hãy chọn tệp để lưu."))
            return
        self.settings.setValue(FOLDER_KEY, str(out.parent))
        self.settings.setValue("export/open", self.open_after.isChecked())
        self.error = None
        self.result_path = None
        self.save_as.hide()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Đang xuất…"))
        self.progress.setValue(0)
        self.export_button.setEnabled(False)
        self._job = ExportJob(
            self.services,
            self.meeting_id,
            self.record,
            out=str(out),
            profile=self.profile.currentData(),
            kind=self.kind.currentData(),
            fmt=self.fmt.currentData(),
        )
        self._job.signals.progress.connect(self.progress.setValue)
        self._job.signals.done.connect(self._done)
        self._job.signals.failed.connect(self._fail)
        self._job.signals.in_use.connect(self._in_use)
        QThreadPool.globalInstance().start(self._job)

    def busy(self) -> bool:
        return not self.export_button.isEnabled()

    def _done(self, path: str) -> None:
        self.result_path = path
        self.export_button.setEnabled(True)
        self.progress.setValue(100)
        self.message.setText(self.tr("Đã lưu %1").replace("%1", path))
        if self.open_after.isChecked() and not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            # No program for .docx/.pdf (a fresh machine without Word or LibreOffice).
            self.message.setText(
                self.tr(
                    "Đã lưu %1, nhưng máy này không có chương trình nào mở được tệp đó."
                ).replace("%1", path)
            )

    def _in_use(self, message: str) -> None:
        self._fail(message)
        self.save_as.show()
        self.save_as.setDefault(True)

    def save_elsewhere(self) -> None:
        """Export again under a name of the secretary's choosing (suggested: 'name (2)')."""
        fmt = self.fmt.currentData()
        suggested = another_name(Path(self.path.text().strip()).expanduser())
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu văn bản với tên khác"), str(suggested), f"*.{fmt}"
        )
        if not chosen:
            return
        self.path.setText(chosen if chosen.endswith("." + fmt) else f"{chosen}.{fmt}")
        self.start()

    def _fail(self, message: str) -> None:
        self.error = message
        self.export_button.setEnabled(True)
        self.message.setStyleSheet("color: #c62828;")
        self.message.setText(message)
