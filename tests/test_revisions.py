"""Finalize, refusals while finalized, reopen, numbered revisions exported as they were."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from core.cli import build_parser, run_command
from core.errors import NotFoundError, ValidationError
from core.export.api import export_meeting, export_record
from core.importers.meeting_io import record_to_dict
from core.services import Services
from core.storage.database import Database
from core.storage.migrate import HEAD, current_revision, migrate
from tests.helpers import dump, refused
from tests.old_schema import seed_old_schema

APPROVAL = "Biên bản đã được đọc lại"


def body(path: Path) -> str:
    """Every paragraph's text, those laid out in tables (the closing block) too."""
    root = docx.Document(str(path)).element.body
    return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in root.iter(qn("w:p")))


def run_cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return run_command(build_parser().parse_args(list(argv)), out), out.getvalue()


def test_finalize_stores_a_snapshot_and_makes_the_meeting_read_only(
    services: Services, sample_id: int
) -> None:
    live = services.meetings.record(sample_id)
    rev = services.revisions.finalize(sample_id)
    assert rev.number == 1 and rev.meeting_id == sample_id
    assert services.meetings.get(sample_id).status == "finalized"
    assert [r.number for r in services.revisions.list(sample_id)] == [1]
    snap = services.revisions.record_of(rev.id)
    assert snap.meeting.status == "finalized"
    # The snapshot gives back the whole meeting: same content as the live record.
    expected = record_to_dict(live)
    assert record_to_dict(snap) == expected
    assert snap.counts == live.counts
    assert [e.speaker_position for e in snap.entries] == [e.speaker_position for e in live.entries]
    assert [e.vote.base for e in snap.entries if e.vote] == [
        e.vote.base for e in live.entries if e.vote
    ]
    assert not services.revisions.changed_since_finalized(sample_id)


def test_finalize_refusals_leave_everything_unchanged(
    services: Services, sample_id: int, meeting_id: int
) -> None:
    info = refused(services, ValidationError, services.revisions.finalize, meeting_id)
    assert "start time" in str(info.value) and "entry" in str(info.value)
    services.meetings.update(meeting_id, planned_start=dt.datetime(2026, 12, 1, 8, 0))
    info = refused(services, ValidationError, services.revisions.finalize, meeting_id)
    assert "start time" not in str(info.value) and "entry" in str(info.value)
    services.revisions.finalize(sample_id)
    refused(services, ValidationError, services.revisions.finalize, sample_id, match="already")
    refused(services, NotFoundError, services.revisions.finalize, 999)
    refused(services, ValidationError, services.revisions.reopen, meeting_id, match="not final")


def test_every_edit_of_a_finalized_meeting_is_refused(services: Services, sample_id: int) -> None:
    rec = services.meetings.record(sample_id)
    att, item = rec.attendance[0], rec.agenda[0]
    entry, action = rec.entries[0], rec.actions[0]
    services.revisions.finalize(sample_id)
    s = services
    calls = [
        (s.meetings.update, (sample_id,), {"title": "x"}),
        (s.meetings.start, (sample_id,), {}),
        (s.meetings.end, (sample_id,), {}),
        (s.meetings.delete, (sample_id,), {}),
        (s.attendance.add, (sample_id, "Người Mới"), {}),
        (s.attendance.update, (att.id,), {"note": "x"}),
        (s.attendance.set_status, (att.id, "absent"), {}),
        (s.attendance.remove, (att.id,), {}),
        (s.attendance.move, (att.id, 2), {}),
        (s.agenda.add, (sample_id, "Mục mới"), {}),
        (s.agenda.update, (item.id,), {"title": "x"}),
        (s.agenda.remove, (item.id,), {}),
        (s.agenda.move, (item.id, 2), {}),
        (s.entries.add, (sample_id, "note", "thêm"), {}),
        (s.entries.update, (entry.id,), {"text": "sửa"}),
        (s.entries.delete, (entry.id,), {}),
        (s.entries.move, (entry.id, 3), {}),
        (s.entries.restore, (entry,), {}),
        (s.actions.add, (sample_id, "Nhiệm vụ mới"), {}),
        (s.actions.update, (action.id,), {"task": "x"}),
        (s.actions.remove, (action.id,), {}),
        (s.drafts.save, (sample_id, "đang gõ"), {}),
    ]
    for call, args, kwargs in calls:
        info = refused(services, ValidationError, call, *args, **kwargs)
        assert "finalized" in str(info.value), call
    assert services.drafts.get(sample_id) is None
    assert record_to_dict(services.meetings.record(sample_id)) == record_to_dict(rec)


def test_reopen_keeps_revisions_and_marks_changes(services: Services, sample_id: int) -> None:
    services.revisions.finalize(sample_id)
    reopened = services.revisions.reopen(sample_id)
    assert reopened.status == "draft"
    assert not services.revisions.changed_since_finalized(sample_id)  # nothing edited yet
    services.agenda.add(sample_id, "Mục bổ sung")
    assert services.revisions.changed_since_finalized(sample_id)
    assert services.revisions.changed_ids([sample_id, 999]) == {sample_id}
    second = services.revisions.finalize(sample_id)
    assert second.number == 2
    assert not services.revisions.changed_ids([sample_id])
    listed = services.revisions.list(sample_id)
    assert [r.number for r in listed] == [1, 2]
    assert listed[0].finalized_at <= listed[1].finalized_at
    titles = [[g.title for g in services.revisions.record_of(r.id).agenda] for r in listed]
    assert "Mục bổ sung" not in titles[0] and "Mục bổ sung" in titles[1]
    # A meeting never finalized is not "changed since finalized".
    other = services.meetings.create("Khác")
    services.agenda.add(other.id, "x")
    assert services.revisions.changed_ids([other.id]) == set()


def test_old_revision_exports_the_old_text(
    services: Services, sample_id: int, db_path: Path, tmp_path: Path
) -> None:
    draft_doc = export_meeting(services, sample_id, out=tmp_path / "draft.docx")
    assert APPROVAL not in body(draft_doc)  # a draft does not claim it was approved
    entry = services.meetings.record(sample_id).entries[0]
    services.revisions.finalize(sample_id)
    services.revisions.reopen(sample_id)
    services.entries.update(entry.id, text="Nội dung đã sửa sau khi mở lại.")
    services.revisions.finalize(sample_id)
    old = export_record(services.revisions.record_of_number(sample_id, 1), tmp_path / "r1.docx")
    new = export_meeting(services, sample_id, out=tmp_path / "now.docx")
    assert entry.text[:40] in body(old) and "Nội dung đã sửa" not in body(old)
    assert "Nội dung đã sửa sau khi mở lại." in body(new)
    assert APPROVAL in body(old) and APPROVAL in body(new)
    # The same through the command line.
    services.db.dispose()
    code, out = run_cli(
        "--db", str(db_path), "export", str(sample_id), "--revision", "1",
        "--out", str(tmp_path / "cli-r1.docx"),
    )  # fmt: skip
    assert code == 0 and out.strip().endswith("cli-r1.docx")
    assert entry.text[:40] in body(tmp_path / "cli-r1.docx")
    code, _ = run_cli(
        "--db", str(db_path), "export", str(sample_id), "--revision", "9",
        "--out", str(tmp_path / "none.docx"),
    )  # fmt: skip
    assert code == 1 and not (tmp_path / "none.docx").exists()


def test_a_revision_keeps_the_notice_number_and_signer(services: Services, sample_id: int) -> None:
    services.meetings.update(sample_id, notice_number="07", notice_signer="CHỦ TỊCH")
    services.revisions.finalize(sample_id)
    services.revisions.reopen(sample_id)
    services.meetings.update(sample_id, notice_number="08", notice_signer="")
    old = services.revisions.record_of_number(sample_id, 1).meeting
    assert (old.notice_number, old.notice_signer) == ("07", "CHỦ TỊCH")


def test_unknown_revision_is_not_found(services: Services, sample_id: int) -> None:
    with pytest.raises(NotFoundError, match="no finalized revision 1"):
        services.revisions.record_of_number(sample_id, 1)
    with pytest.raises(NotFoundError):
        services.revisions.record_of(12345)
    with pytest.raises(NotFoundError):
        services.revisions.list(999)


def test_a_meeting_with_signed_revisions_is_not_deleted_outright(
    services: Services, sample_id: int
) -> None:
    services.revisions.finalize(sample_id)
    services.revisions.reopen(sample_id)
    refused(services, ValidationError, services.meetings.delete, sample_id, match="chốt")
    assert [r.number for r in services.revisions.list(sample_id)] == [1]


@pytest.mark.parametrize("revision", ["0002", "0003"])
def test_migrating_to_the_current_schema_keeps_every_row(db_path: Path, revision: str) -> None:
    seed_old_schema(db_path, revision)
    with sqlite3.connect(db_path) as conn:
        tables_before = {
            name: conn.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'search_fts%' AND name NOT IN ('alembic_version')"
            )
        }
    db = Database(f"sqlite:///{db_path}")
    backup = migrate(db)
    assert backup is not None and current_revision(db) == HEAD
    svc = Services.build(db)
    after = dump(svc)
    # The search index is derived and made again by the migration: same documents, new ids.
    index_before = tables_before.pop("search_doc")
    with sqlite3.connect(db_path) as conn:
        index_after = conn.execute("SELECT * FROM search_doc").fetchall()
    assert sorted(r[1:5] for r in index_after) == sorted(r[1:5] for r in index_before)
    for name, rows in tables_before.items():
        width = len(rows[0]) if rows else 0
        # Columns the migration added come after the old ones; the old ones are unchanged.
        assert [r[:width] for r in after[name]] == rows, name
    with sqlite3.connect(db_path) as conn:
        uids = [r[0] for r in conn.execute("SELECT uid FROM entry")]
    assert len(set(uids)) == len(uids) == len(tables_before["entry"])
    assert all(len(u) == 36 for u in uids)
    assert svc.search.search("Sở Công Thương")
    assert svc.revisions.finalize(2).number == 1
    db.dispose()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_migrating_folds_invisible_characters_of_old_texts(db_path: Path) -> None:
    seed_old_schema(db_path, "0003", meetings=1)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE person SET full_name = 'Nguy\u200bễn Văn\u00adAn' WHERE id = 1")
        conn.execute("UPDATE entry SET text = 'giải\u200bngân chậm' WHERE id = 1")
    db = Database(f"sqlite:///{db_path}")
    migrate(db)
    svc = Services.build(db)
    assert svc.search.search("giảingân")
    assert [p.id for p in svc.people.complete("nguyen vanan")] == [1]
    db.dispose()
