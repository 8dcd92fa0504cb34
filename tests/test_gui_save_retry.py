"""A save refused by the disk keeps the text, says why, and is retried until it lands."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.errors import StorageError
from core.services import Services
from gui.operations import Ops
from gui.proceedings.tab import ProceedingsTab
from gui.saving_state import SavingState
from gui.undo import Undo
from tests.gui_helpers import settle, type_text

DISK_FULL = "Ổ đĩa đã đầy, chưa lưu được. / The disk is full; nothing more can be saved."


def _tab(qtbot: Any, ops: Ops, undo: Undo, meeting_id: int) -> ProceedingsTab:
    tab = ProceedingsTab(ops, undo)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_meeting(meeting_id)
    settle(ops)
    return tab


def test_draft_save_on_a_full_disk_is_retried_and_nothing_is_lost(
    qtbot: Any,
    services: Services,
    ops: Ops,
    undo: Undo,
    sample_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _tab(qtbot, ops, undo, sample_id)
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    state = SavingState(ops, label)
    real_save = services.drafts.save
    failures = {"left": 3}

    def flaky_save(*args: Any, **kwargs: Any) -> Any:
        if failures["left"]:
            failures["left"] -= 1
            raise StorageError(DISK_FULL, "disk_full")
        return real_save(*args, **kwargs)

    monkeypatch.setattr(services.drafts, "save", flaky_save)
    tab.bar.text.setFocus()
    type_text(tab.bar.text, "Ý kiến gõ khi ổ đĩa đầy")
    tab.flush()  # the save the throttle would make: refused by the disk
    qtbot.waitUntil(lambda: ops.failure() is not None)
    state.update()
    assert "Chưa lưu 1 thay đổi" in label.text() and "đầy" in label.text()
    assert tab.bar.text.toPlainText() == "Ý kiến gõ khi ổ đĩa đầy"
    qtbot.waitUntil(lambda: failures["left"] == 0 and not ops.saving(), timeout=8000)
    assert services.drafts.get(sample_id).text == "Ý kiến gõ khi ổ đĩa đầy"
    state.update()
    assert label.text().startswith("Đã lưu lúc")


def test_an_add_refused_by_the_disk_waits_and_is_stored_once_the_disk_takes_it(
    qtbot: Any,
    services: Services,
    ops: Ops,
    undo: Undo,
    sample_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = _tab(qtbot, ops, undo, sample_id)
    before = len(services.entries.list(sample_id))
    real_add = services.entries.add
    full = {"on": True}

    def disk(*args: Any, **kwargs: Any) -> Any:
        if full["on"]:
            raise StorageError(DISK_FULL, "disk_full")
        return real_add(*args, **kwargs)

    monkeypatch.setattr(services.entries, "add", disk)
    tab.bar.text.setFocus()
    type_text(tab.bar.text, "Không được mất câu này")
    qtbot.keyClick(tab.bar.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ops.failure() is not None)
    # Shown in the timeline (greyed) and counted unsaved; the bar is free for the next one.
    assert tab.model.entries()[-1].text == "Không được mất câu này"
    assert tab.model.entries()[-1].id < 0
    assert [u.label for u in ops.unsaved()] == ["Thêm mục ghi: Không được mất câu này"]
    type_text(tab.bar.text, "Câu tiếp theo")
    full["on"] = False
    settle(ops)
    entries = services.entries.list(sample_id)
    assert len(entries) == before + 1 and entries[-1].text == "Không được mất câu này"
    assert services.drafts.get(sample_id).text == "Câu tiếp theo"


def test_a_bug_in_a_save_is_reported_once_with_the_crash_report_and_not_retried(
    qtbot: Any,
    services: Services,
    ops: Ops,
    undo: Undo,
    sample_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A constraint violation is a program error, not a storage fault: one report, no loop."""
    import sqlite3

    from sqlalchemy.exc import IntegrityError

    import gui.crash as crash

    tab = _tab(qtbot, ops, undo, sample_id)
    shown: list[str] = []
    monkeypatch.setattr(crash, "_show", lambda report, saved: shown.append(report))
    ops.bugReported.connect(crash.report_bug)
    calls = {"n": 0}

    def violate(*_a: Any, **_k: Any) -> Any:
        calls["n"] += 1
        raise IntegrityError("INSERT", {}, sqlite3.IntegrityError("UNIQUE constraint failed"))

    monkeypatch.setattr(services.entries, "add", violate)
    type_text(tab.bar.text, "Một câu gặp lỗi chương trình")
    qtbot.keyClick(tab.bar.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(shown) == 1)
    qtbot.wait(1500)  # longer than the first retry delays: nothing is tried again
    assert calls["n"] == 1 and len(shown) == 1
    assert "IntegrityError" in shown[0] and "Một câu" not in shown[0]  # no meeting text
    # The text is not dropped: still on screen, in red, and counted unsaved.
    assert tab.model.entries()[-1].text == "Một câu gặp lỗi chương trình"
    assert [u.label for u in ops.unsaved()] == ["Mục ghi: Một câu gặp lỗi chương trình"]
