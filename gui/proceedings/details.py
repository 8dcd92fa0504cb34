"""Detail dialogs of the Proceedings tab: indicators, votes and proposals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from core.domain.dto import EntryDTO
from core.domain.enums import EntryKind
from gui.proceedings.indicator_editor import IndicatorDialog
from gui.proceedings.proposal_fields import ProposalDialog
from gui.proceedings.timeline_model import TEXT, short_text
from gui.proceedings.vote_dialog import VoteDialog

if TYPE_CHECKING:
    from gui.proceedings.tab import ProceedingsTab

    _Base = ProceedingsTab
else:
    _Base = object


class DetailsMixin(_Base):
    """Part of ProceedingsTab; kept apart so each module stays short."""

    def open_details(self) -> None:
        entry = self.model.entry_at(self.view.currentIndex().row())
        if entry is None:
            return
        if entry.kind == EntryKind.VOTE:
            self._open_vote(entry)
        elif entry.kind == EntryKind.REPORT:
            self._show(
                IndicatorDialog(
                    entry.indicators,
                    lambda rows: self._update_entry(entry.id, indicators=rows),
                    short_text(entry.text)[:240],
                    self,
                )
            )
        elif entry.kind == EntryKind.PROPOSAL:
            self._show(
                ProposalDialog(
                    entry.proposal, lambda p: self._update_entry(entry.id, proposal=p), self
                )
            )
        elif not self.model.read_only:
            self.view.edit(self.model.index(self.model.row_of(entry.id), TEXT))

    def _update_entry(self, entry_id: int, **fields: Any) -> str:
        if self.model.read_only:
            return self.tr("Biên bản đã thông qua, không sửa được.")
        dto, message = self.attempt_message(
            lambda: self.services.entries.update(entry_id, **fields)
        )
        if dto is not None:
            self.model.replace(dto)
        return message

    def _open_vote(self, entry: EntryDTO | None) -> None:
        if self._meeting is None:
            return
        mid = self._meeting.id
        counts = self._read(lambda: self.services.attendance.counts(mid))
        if counts is None:
            return
        if entry is not None:
            dialog = VoteDialog(
                counts, lambda v: self._update_entry(entry.id, vote=v), entry.vote, parent=self
            )
        else:
            dialog = VoteDialog(
                counts, self._add_vote, subject=self.bar.plain_text().strip(), parent=self
            )
        self._show(dialog)

    def _add_vote(self, vote: dict[str, Any]) -> str:
        if self._meeting is None:
            return self.tr("Chưa mở cuộc họp nào.")
        data = self.bar.payload()
        data.update(kind=EntryKind.VOTE.value, vote=vote, text=data["text"] or vote["subject"])
        mid, agenda = self._meeting.id, self.header.current_agenda()
        dto, message = self.attempt_message(
            lambda: self.services.entries.add(mid, agenda_item_id=agenda, **data)
        )
        if dto is not None:
            self._added(dto)
        return message

    def _edit_pending_indicators(self) -> None:
        if self.bar.current_kind() != EntryKind.REPORT:
            self.bar.set_kind(EntryKind.REPORT.value)

        def keep(rows: list[dict[str, str]]) -> str:
            self.bar.set_pending_indicators(rows)
            return ""

        self._show(IndicatorDialog(self.bar.pending_indicators, keep, "", self))

    def _show(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.bar.text.setFocus()
