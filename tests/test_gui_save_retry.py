"""A save refused by the disk keeps the text, shows the error, and is retried until it lands."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from core.errors import StorageError
from core.services import Services
from gui.hub import Hub
from gui.proceedings.tab import ProceedingsTab
from tests.gui_helpers import type_text

DISK_FULL = "Ổ đĩa đã đầy, chưa lưu được. / The disk is full; nothing more can be saved."


def test_draft_save_on_a_full_disk_is_retried_and_nothing_is_lost(
    qtbot: Any, services: Services, sample_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = Hub()
    hub._retry_timer.setInterval(50)
    messages: list[str] = []
    hub.saveFailed.connect(messages.append)
    tab = ProceedingsTab(services, hub)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_meeting(sample_id)

    real_save = services.drafts.save
    failures = {"left": 3}

    def flaky_save(*args: Any, **kwargs: Any) -> Any:
        if failures["left"]:
            failures["left"] -= 1
            raise StorageError(DISK_FULL)
        return real_save(*args, **kwargs)

    monkeypatch.setattr(services.drafts, "save", flaky_save)
    tab.bar.text.setFocus()
    type_text(tab.bar.text, "Ý kiến gõ khi ổ đĩa đầy")
    tab.flush()  # the save the timer would make: refused by the disk
    assert messages and "disk is full" in messages[-1]
    assert tab.bar.text.toPlainText() == "Ý kiến gõ khi ổ đĩa đầy"
    assert hub.pending_retries() == 1
    qtbot.waitUntil(lambda: failures["left"] == 0 and hub.pending_retries() == 0, timeout=3000)
    assert services.drafts.get(sample_id).text == "Ý kiến gõ khi ổ đĩa đầy"


def test_add_refused_by_the_disk_keeps_the_text_for_enter_again(
    qtbot: Any, services: Services, sample_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = Hub()
    messages: list[str] = []
    hub.saveFailed.connect(messages.append)
    tab = ProceedingsTab(services, hub)
    qtbot.addWidget(tab)
    tab.show()
    tab.set_meeting(sample_id)
    before = len(services.entries.list(sample_id))
    real_add = services.entries.add

    def full(*args: Any, **kwargs: Any) -> Any:
        raise StorageError(DISK_FULL)

    monkeypatch.setattr(services.entries, "add", full)
    tab.bar.text.setFocus()
    type_text(tab.bar.text, "Không được mất câu này")
    qtbot.keyClick(tab.bar.text, Qt.Key.Key_Return)
    assert "disk is full" in messages[-1]
    assert tab.bar.text.toPlainText() == "Không được mất câu này"
    monkeypatch.setattr(services.entries, "add", real_add)
    qtbot.keyClick(tab.bar.text, Qt.Key.Key_Return)
    entries = services.entries.list(sample_id)
    assert len(entries) == before + 1 and entries[-1].text == "Không được mất câu này"
