"""Deleting a meeting with signed minutes: archive instead, or export every revision first."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QMessageBox, QWidget

from core.operations.call import Call
from core.operations.changes import Changes, Part
from gui.messages import said
from gui.operations import Ops

ARCHIVED, DELETED = "archived", "deleted"
# What the first question may answer.
ARCHIVE, CONTINUE = "archive", "continue"


@dataclass(frozen=True)
class Outcome:
    """What was done: the meeting archived, or deleted once *files* were written."""

    action: str  # ARCHIVED or DELETED
    meeting_id: int
    files: tuple[Path, ...] = ()


# -- the questions (module-level so tests can answer them) ------------------------------------


def ask_archive_or_delete(parent: QWidget | None, title: str, count: int) -> str | None:
    """First question: ARCHIVE, CONTINUE (to the export and the second question) or None."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("DeleteMeetingDialog", "Xóa cuộc họp có biên bản đã ký")
    )
    box.setText(
        QCoreApplication.translate(
            "DeleteMeetingDialog", "Cuộc họp “%1” có %2 bản biên bản đã chốt (bản đã ký)."
        )
        .replace("%1", title)
        .replace("%2", str(count))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "DeleteMeetingDialog",
            "Lưu trữ: cuộc họp rời danh sách nhưng vẫn tìm và xuất được; không mất gì.\n"
            "Xóa: BienBan xuất từng bản đã chốt ra tệp Word vào thư mục bạn chọn, rồi xóa"
            " vĩnh viễn cuộc họp cùng các bản đó. Không hoàn tác được.",
        )
    )
    archive = box.addButton(
        QCoreApplication.translate("DeleteMeetingDialog", "&Lưu trữ"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    delete = box.addButton(
        QCoreApplication.translate("DeleteMeetingDialog", "&Xuất rồi xóa…"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(archive)
    box.exec()
    clicked = box.clickedButton()
    if clicked is archive:
        return ARCHIVE
    if clicked is delete:
        return CONTINUE
    return None


def ask_folder(parent: QWidget | None) -> Path | None:
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate(
            "DeleteMeetingDialog", "Thư mục để lưu các bản biên bản đã chốt"
        ),
        str(Path.home()),
    )
    return Path(folder) if folder else None


def confirm_delete(parent: QWidget | None, title: str, count: int, folder: Path) -> bool:
    """Second question: the delete button works only once the box is ticked."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(
        QCoreApplication.translate("DeleteMeetingDialog", "Xác nhận xóa biên bản đã ký")
    )
    box.setText(
        QCoreApplication.translate(
            "DeleteMeetingDialog", "Xuất %1 bản đã chốt vào %2, rồi xóa vĩnh viễn cuộc họp “%3”?"
        )
        .replace("%1", str(count))
        .replace("%2", str(folder))
        .replace("%3", title)
    )
    tick = QCheckBox(
        QCoreApplication.translate(
            "DeleteMeetingDialog",
            "Tôi hiểu: các bản đã ký sẽ chỉ còn trong các tệp Word được xuất.",
        )
    )
    box.setCheckBox(tick)
    delete = box.addButton(
        QCoreApplication.translate("DeleteMeetingDialog", "Xóa &vĩnh viễn"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    delete.setEnabled(False)
    tick.toggled.connect(delete.setEnabled)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete and tick.isChecked()


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("DeleteMeetingDialog", "Không xóa được cuộc họp"),
        message,
    )


def show_done(parent: QWidget | None, files: tuple[Path, ...]) -> None:
    listing = "\n".join(str(f) for f in files)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("DeleteMeetingDialog", "Đã xóa cuộc họp"),
        QCoreApplication.translate(
            "DeleteMeetingDialog", "Đã xóa cuộc họp. Các bản đã chốt được lưu tại:\n%1"
        ).replace("%1", listing),
    )


# -- the whole exchange -------------------------------------------------------------------------


def delete_signed_meeting(
    parent: QWidget | None,
    ops: Ops,
    meeting_id: int,
    title: str,
    count: int,
    done: Callable[[Outcome], None],
) -> None:
    """Ask, then archive the meeting or export its *count* finalized revisions and delete
    it; *done* hears what was done once it is stored. Nothing is done when she cancels;
    a refusal is shown and leaves everything as it was.

    For a meeting with finalized revisions; one without is deleted the ordinary, undoable
    way. The work goes through the operations layer: the window never waits on it.
    """
    choice = ask_archive_or_delete(parent, title, count)

    def refused(exc: BaseException) -> None:
        QApplication.restoreOverrideCursor()
        show_error(parent, said(exc))

    if choice == ARCHIVE:
        ops.write(
            Call("meetings", "archive", (meeting_id,)),
            QCoreApplication.translate("DeleteMeetingDialog", "Lưu trữ cuộc họp “%1”").replace(
                "%1", title
            ),
            Changes.of(None, Part.LIST),
            done=lambda _r: done(Outcome(ARCHIVED, meeting_id)),
            failed=refused,
        )
        return
    if choice != CONTINUE:
        return
    folder = ask_folder(parent)
    if folder is None or not confirm_delete(parent, title, count, folder):
        return

    def deleted(files: tuple[Path, ...]) -> None:
        QApplication.restoreOverrideCursor()
        show_done(parent, tuple(files))
        done(Outcome(DELETED, meeting_id, tuple(files)))

    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    ops.write(
        Call("meetings", "delete_with_revisions", (meeting_id, str(folder))),
        QCoreApplication.translate("DeleteMeetingDialog", "Xóa cuộc họp “%1”").replace("%1", title),
        Changes.of(None, Part.LIST),
        done=deleted,
        failed=refused,
    )
