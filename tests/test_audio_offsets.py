"""Entries and drafts keep their offset into the meeting's recording (audio_ms)."""

from __future__ import annotations

import pytest

from core.errors import ValidationError
from core.export.render_text import render
from core.importers.meeting_io import record_to_dict
from core.services import Services


def test_entry_add_update_restore_keep_the_offset(services: Services, meeting_id: int) -> None:
    e = services.entries.add(meeting_id, "opinion", "Có ghi âm", audio_ms=83_500)
    assert e.audio_ms == 83_500
    assert services.entries.get(e.id).audio_ms == 83_500
    plain = services.entries.add(meeting_id, "note", "Lúc tạm dừng ghi âm")
    assert plain.audio_ms is None
    assert services.entries.update(plain.id, audio_ms=120_000).audio_ms == 120_000
    assert services.entries.update(plain.id, audio_ms=None).audio_ms is None
    gone = services.entries.delete(e.id)
    back = services.entries.restore(gone)
    assert back.audio_ms == 83_500
    assert [x.audio_ms for x in services.entries.list(meeting_id)] == [83_500, None]


@pytest.mark.parametrize("bad", [-1, 2**31, 1.5, "12", True])
def test_bad_offsets_are_refused(services: Services, meeting_id: int, bad: object) -> None:
    with pytest.raises(ValidationError) as info:
        services.entries.add(meeting_id, "opinion", "x", audio_ms=bad)  # type: ignore[arg-type]
    assert " / " in info.value.message
    assert services.entries.list(meeting_id) == []


def test_draft_keeps_the_offset(services: Services, meeting_id: int) -> None:
    d = services.drafts.save(meeting_id, "Đang gõ", audio_ms=4_000)
    assert d.audio_ms == 4_000 and services.drafts.get(meeting_id) == d
    assert services.drafts.save(meeting_id, "Đang gõ tiếp").audio_ms is None


def test_undo_of_a_meeting_delete_keeps_the_offsets(services: Services, meeting_id: int) -> None:
    services.entries.add(meeting_id, "opinion", "Có ghi âm", audio_ms=61_000)
    data = record_to_dict(services.meetings.record(meeting_id))
    services.meetings.delete(meeting_id)
    new_id = services.importer.import_dict(data)
    assert [e.audio_ms for e in services.entries.list(new_id)] == [61_000]


def test_meeting_has_a_uid_and_show_marks_entries_with_audio(
    services: Services, meeting_id: int
) -> None:
    m = services.meetings.get(meeting_id)
    assert len(m.uid) == 36
    services.entries.add(meeting_id, "opinion", "Có ghi âm", audio_ms=3_723_000)
    services.entries.add(meeting_id, "note", "Không ghi âm")
    text = render(services.meetings.record(meeting_id))
    with_audio = next(line for line in text.splitlines() if "Có ghi âm" in line)
    without = next(line for line in text.splitlines() if "Không ghi âm" in line)
    assert "♪1:02:03" in with_audio and "♪" not in without
