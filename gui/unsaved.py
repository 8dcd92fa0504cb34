"""Closing with changes the database has not taken: keep trying, a recovery file, or discard;
and at the next start, the recovery file offered back."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.operations import recovery
from core.operations.call import Call
from core.storage.locations import data_dir as data_dir  # tests point it elsewhere
from gui.messages import said
from gui.operations import Ops, Unsaved


class Answer(Enum):
    KEEP_TRYING = "keep"
    SAVE_FILE = "file"
    DISCARD = "discard"


class UnsavedDialog(QDialog):
    """What is not saved, why, and the three ways out; nothing is dropped without a click."""

    def __init__(self, unsaved: list[Unsaved], reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer = Answer.KEEP_TRYING
        self.setWindowTitle(self.tr("Còn thay đổi chưa lưu"))
        intro = QLabel(
            self.tr(
                "<b>%n thay đổi chưa lưu được vào cơ sở dữ liệu.</b><br>Lý do: %1",
                "",
                len(unsaved),
            ).replace("%1", reason or self.tr("đang lưu"))
        )
        intro.setWordWrap(True)
        listing = QPlainTextEdit()
        listing.setReadOnly(True)
        listing.setPlainText("\n".join(f"• {u.label}" for u in unsaved))
        keep = QPushButton(self.tr("Tiếp tục thử lưu"))
        save = QPushButton(self.tr("Lưu ra tệp khôi phục rồi đóng"))
        drop = QPushButton(self.tr("Bỏ các thay đổi này…"))
        buttons = QDialogButtonBox()
        buttons.addButton(save, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(keep, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(drop, QDialogButtonBox.ButtonRole.DestructiveRole)
        save.setDefault(True)
        keep.clicked.connect(self.reject)
        save.clicked.connect(lambda: self._done(Answer.SAVE_FILE))
        drop.clicked.connect(self._discard)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(listing, 1)
        hint = QLabel(
            self.tr(
                "Tệp khôi phục là tệp văn bản UTF-8 đặt cạnh cơ sở dữ liệu; lần mở sau BienBan"
                " đề nghị đưa các thay đổi vào lại."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(620, 380)

    def _done(self, answer: Answer) -> None:
        self.answer = answer
        self.accept()

    def _discard(self) -> None:
        sure = QMessageBox.question(
            self,
            self.tr("Bỏ các thay đổi"),
            self.tr("Bỏ hẳn các thay đổi chưa lưu? Không thể lấy lại."),
        )
        if sure == QMessageBox.StandardButton.Yes:
            self._done(Answer.DISCARD)


def ask(unsaved: list[Unsaved], reason: str, parent: QWidget | None) -> Answer:
    """Ask what to do with *unsaved* (module-level so tests can answer for the user)."""
    dialog = UnsavedDialog(unsaved, reason, parent)
    dialog.exec()
    return dialog.answer


def save_recovery(ops: Ops, db_path: Path | None, display: str) -> Path | None:
    """Everything unsaved, into a recovery file; None when nothing was unsaved."""
    unsaved = ops.unsaved()
    if not unsaved:
        return None
    failing = ops.failure()
    # Restoring is the secretary's explicit choice, made with the list in front of her: her
    # text is then put back over a later change by someone else (no "base" to compare).
    kept = [recovery.Kept(u.label, u.call.without("base")) for u in unsaved]
    path = recovery.write(
        kept,
        db_display=display,
        db_path=db_path,
        data_dir=data_dir(),
        reason=said(failing) if failing is not None else unsaved[0].reason,
        heading=QCoreApplication.translate(
            "Unsaved", "BienBan — những thay đổi chưa lưu được vào cơ sở dữ liệu"
        ),
    )
    ops.discard()  # kept in the file now: closing must not wait for them
    return path


def ask_restore(path: Path, items: list[recovery.Kept], parent: QWidget) -> bool:
    """Whether to put *items* (kept in *path*) back now (module-level for tests)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Unsaved", "Thay đổi chưa lưu từ lần trước"),
        QCoreApplication.translate(
            "Unsaved",
            "Lần trước còn %1 thay đổi chưa lưu được vào cơ sở dữ liệu, giữ trong tệp:\n%2"
            "\n\nĐưa chúng vào cơ sở dữ liệu bây giờ?",
        )
        .replace("%1", str(len(items)))
        .replace("%2", str(path)),
        parent=parent,
    )
    box.setDetailedText("\n".join(f"• {i.label}" for i in items))
    restore = box.addButton(
        QCoreApplication.translate("Unsaved", "Khôi phục"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("Unsaved", "Để sau"), QMessageBox.ButtonRole.RejectRole
    )
    box.exec()
    return box.clickedButton() is restore


def offer_recovered(ops: Ops, db_path: Path | None, display: str, parent: QWidget) -> None:
    """At start: changes a previous run could not save are offered back, file by file."""
    for path in recovery.find(db_path, display, data_dir()):
        try:
            items = recovery.read(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(
                parent, QCoreApplication.translate("Unsaved", "Tệp khôi phục"), f"{path}\n{exc}"
            )
            continue
        if items and ask_restore(path, items, parent):
            apply_recovered(ops, path, [i.call for i in items], [i.label for i in items])


def apply_recovered(ops: Ops, path: Path, calls: list[Call], labels: list[str]) -> None:
    """Ask for each kept change again (the uids make them safe to repeat); the file is
    renamed once every one of them is stored."""
    from core.operations.changes import Changes, Part

    failed: list[str] = []

    def refused(label: str) -> object:
        return lambda exc: failed.append(f"{label}: {getattr(exc, 'message', exc)}")

    for call, label in zip(calls, labels, strict=True):
        mid = call.args[0] if call.args and isinstance(call.args[0], int) else None
        ops.write(
            call,
            label,
            Changes(mid, frozenset(Part)),
            failed=refused(label),  # type: ignore[arg-type]
        )

    def finished() -> None:
        if failed:
            ops.refused.emit(
                QCoreApplication.translate("Unsaved", "Chưa khôi phục được: %1").replace(
                    "%1", "; ".join(failed)
                )
            )
        else:
            recovery.mark_restored(path)
            ops.status.emit(
                QCoreApplication.translate("Unsaved", "Đã khôi phục các thay đổi từ %1.").replace(
                    "%1", path.name
                )
            )

    ops.after(finished)
