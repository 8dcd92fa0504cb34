"""DraftService: the entry bar's unsent text survives a restart."""

from __future__ import annotations

import datetime as dt
import unicodedata

from core.errors import NotFoundError, ValidationError
from core.services import Services
from core.storage.database import Database
from tests.helpers import refused


def test_save_get_clear(services: Services, meeting_id: int) -> None:
    dr = services.drafts
    assert dr.get(meeting_id) is None
    nfd = unicodedata.normalize("NFD", "Đang gõ dở\x0b")
    d = dr.save(
        meeting_id, nfd, kind="proposal", speaker_text="Ông Vinh", started_at="2026-11-24T14:30"
    )
    assert (d.text, d.kind, d.speaker_text, d.started_at) == (
        "Đang gõ dở\x0b",
        "proposal",
        "Ông Vinh",
        dt.datetime(2026, 11, 24, 14, 30),
    )
    assert dr.get(meeting_id) == d
    d2 = dr.save(meeting_id, "Thay thế", speaker_id=7)
    assert dr.get(meeting_id) == d2 and d2.kind == "opinion" and d2.speaker_id == 7
    dr.clear(meeting_id)
    assert dr.get(meeting_id) is None
    dr.clear(meeting_id)  # clearing twice is harmless


def test_draft_survives_reopening(services: Services, meeting_id: int, db_path: object) -> None:
    services.drafts.save(meeting_id, "Chưa gửi")
    services.db.dispose()
    again = Services.build(Database(f"sqlite:///{db_path}"))
    try:
        got = again.drafts.get(meeting_id)
        assert got is not None and got.text == "Chưa gửi"
    finally:
        again.db.dispose()


def test_refusals(services: Services, meeting_id: int) -> None:
    dr = services.drafts
    dr.save(meeting_id, "Giữ")
    refused(services, NotFoundError, dr.save, 999, "x")
    refused(services, ValidationError, dr.save, meeting_id, "x", kind="chat")
    refused(services, ValidationError, dr.save, meeting_id, "x\ud800")
    refused(services, ValidationError, dr.save, meeting_id, "x", started_at="2026-02-30T10:00")
    got = dr.get(meeting_id)
    assert got is not None and got.text == "Giữ"
