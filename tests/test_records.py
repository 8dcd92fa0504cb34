"""Signed minutes never disappear: archiving, deleting only after exporting every revision,
ids never handed out twice (SQLite and PostgreSQL), undo bringing a meeting back as itself."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from docx import Document

from core.cli import build_parser, run_command
from core.errors import ExportError, NotFoundError, ValidationError
from core.importers.meeting_io import record_to_dict
from core.services import Services
from core.storage.startup import open_database
from tests.helpers import dump, refused


def _signed(services: Services, sample_id: int, revisions: int = 2) -> None:
    """The sample finalized *revisions* times (corrected in between)."""
    for i in range(revisions):
        if i:
            services.revisions.reopen(sample_id)
            services.meetings.update(sample_id, place=f"Phòng họp số {i + 1}")
        services.revisions.finalize(sample_id)


# -- archiving --------------------------------------------------------------------------------


def test_archived_meetings_leave_the_list_but_stay_searchable(
    services: Services, sample_id: int
) -> None:
    other = services.meetings.create("Họp thường kỳ").id
    services.revisions.finalize(sample_id)
    before = services.meetings.get(sample_id)
    archived = services.meetings.archive(sample_id)
    assert archived.archived_at is not None and archived.id == sample_id
    assert [m.id for m in services.meetings.list()] == [other]
    assert [m.id for m in services.meetings.list(archived=True)] == [sample_id]
    assert {m.id for m in services.meetings.list(archived=None)} == {sample_id, other}
    # A search's hits are listed whatever their state.
    hits = services.search.meeting_ids("dang bo")
    assert sample_id in hits
    assert [m.id for m in services.meetings.list(ids=[sample_id])] == [sample_id]
    # Archiving changes no minutes: not "changed since finalized", not even touched.
    after = services.meetings.get(sample_id)
    assert after.updated_at == before.updated_at and after.status == "finalized"
    assert services.revisions.changed_ids([sample_id]) == set()
    refused(services, ValidationError, services.meetings.archive, sample_id, match="archived")
    services.meetings.unarchive(sample_id)
    assert {m.id for m in services.meetings.list()} == {sample_id, other}
    refused(services, ValidationError, services.meetings.unarchive, sample_id)
    refused(services, NotFoundError, services.meetings.archive, 99_999)


def test_archived_minutes_export(services: Services, sample_id: int, tmp_path: Path) -> None:
    from core.export.api import export_meeting

    services.meetings.archive(sample_id)
    out = export_meeting(services, sample_id, tmp_path / "luu-tru.docx")
    assert "Sở Công Thương" in "\n".join(p.text for p in Document(str(out)).paragraphs)


# -- deleting signed minutes ------------------------------------------------------------------


def test_a_meeting_with_revisions_is_not_deleted_outright(
    services: Services, sample_id: int
) -> None:
    _signed(services, sample_id, 1)
    services.revisions.reopen(sample_id)
    refused(services, ValidationError, services.meetings.delete, sample_id, match="signed")
    assert services.meetings.revision_count(sample_id) == 1


def test_delete_after_exporting_every_revision(
    services: Services, sample_id: int, tmp_path: Path
) -> None:
    _signed(services, sample_id, 2)
    keep = services.meetings.create("Cuộc họp khác").id
    folder = tmp_path / "xuất"
    folder.mkdir()
    first = services.revisions.list(sample_id)[0].finalized_at
    taken = folder / f"bien-ban-{sample_id}-ban-1-{first:%Y%m%d}.docx"
    taken.write_bytes(b"a file of the secretary's own")
    files = services.meetings.delete_with_revisions(sample_id, folder)
    assert len(files) == 2 and all(f.parent == folder for f in files)
    assert taken.read_bytes() == b"a file of the secretary's own"  # never replaced
    assert files[0].name.endswith(" (2).docx")
    texts = ["\n".join(p.text for p in Document(str(f)).paragraphs) for f in files]
    assert "Phòng họp số 2" in texts[1] and "Phòng họp số 2" not in texts[0]
    refused(services, NotFoundError, services.meetings.get, sample_id)
    tables = dump(services)
    assert tables["revision"] == [] and tables["entry"] == []
    assert [m.id for m in services.meetings.list()] == [keep]


def test_nothing_is_deleted_unless_every_revision_was_written(
    services: Services, sample_id: int, tmp_path: Path
) -> None:
    _signed(services, sample_id, 2)
    refused(
        services,
        ValidationError,
        services.meetings.delete_with_revisions,
        sample_id,
        tmp_path / "missing",
    )
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises((ValidationError, ExportError)):
        services.meetings.delete_with_revisions(sample_id, folder, profile=tmp_path / "no.json")
    assert services.meetings.revision_count(sample_id) == 2
    assert services.meetings.get(sample_id).status == "finalized"


def test_a_file_that_does_not_read_back_stops_the_delete(
    services: Services, sample_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import core.export.api

    _signed(services, sample_id, 1)

    def broken(rec, out, profile=None, **_kw):  # type: ignore[no-untyped-def]
        Path(out).write_bytes(b"PK\x03\x04 cut short")
        return Path(out)

    monkeypatch.setattr(core.export.api, "export_record", broken)
    before = dump(services)
    with pytest.raises(ExportError, match="nothing was deleted"):
        services.meetings.delete_with_revisions(sample_id, tmp_path)
    assert dump(services) == before


# -- ids ------------------------------------------------------------------------------------


def test_a_new_meeting_never_takes_a_deleted_meetings_id(
    services: Services, sample_id: int, tmp_path: Path
) -> None:
    ids = [services.meetings.create(f"Họp {i}").id for i in range(3)]
    services.meetings.delete(ids[-1])
    fresh = services.meetings.create("Họp mới").id
    assert fresh > ids[-1]
    _signed(services, sample_id, 1)
    services.meetings.delete_with_revisions(sample_id, tmp_path)
    services.meetings.delete(fresh)
    assert services.meetings.create("Họp sau cùng").id > max(fresh, sample_id)


def test_undo_of_a_delete_brings_the_meeting_back_under_its_own_id(
    services: Services, sample_id: int
) -> None:
    later = services.meetings.create("Họp sau").id
    data = record_to_dict(services.meetings.record(sample_id))
    services.meetings.delete(sample_id)
    assert services.importer.import_dict(data, restore_id=sample_id) == sample_id
    back = services.meetings.record(sample_id)
    assert back.meeting.title == data["meeting"]["title"]
    assert len(back.entries) == len(data["entries"])
    assert sample_id in services.search.meeting_ids("dang bo")
    # Taken now: a second copy gets an id of its own, past every id ever handed out.
    again = services.importer.import_dict(data, restore_id=sample_id)
    assert again > later
    assert services.meetings.create("Họp mới").id > again
    # An id this database never handed out is never taken: it would be handed out later.
    far = services.importer.import_dict(data, restore_id=1_000_000)
    assert far < 1_000_000
    # An ordinary import never takes a freed id.
    services.meetings.delete(again)
    assert services.importer.import_dict(data) > far


# -- the command line -----------------------------------------------------------------------


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


@pytest.mark.sqlite_only
def test_cli_archive_list_and_delete(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "a.sqlite3")
    opened = open_database(db, backup=False)
    sample = opened.services.add_sample()
    other = opened.services.meetings.create("Họp khác").id
    _signed(opened.services, sample, 2)
    opened.close()
    assert _run("--db", db, "archive", str(sample))[0] == 0
    assert [line.split("\t")[0] for line in _run("--db", db, "list")[1].splitlines()] == [
        str(other)
    ]
    assert _run("--db", db, "list", "--archived")[1].startswith(f"{sample}\t")
    everything = _run("--db", db, "list", "--all")[1]
    assert f"{sample}\t" in everything and "finalized, archived" in everything
    assert _run("--db", db, "search", "ket luan")[1].startswith(f"{sample}\t")
    assert _run("--db", db, "unarchive", str(sample))[0] == 0
    assert len(_run("--db", db, "list")[1].splitlines()) == 2
    # Signed minutes: refused without both flags, with the way out named.
    code, _ = _run("--db", db, "delete", str(sample))
    assert code == 1
    err = capsys.readouterr().err
    assert "--export-revisions-to" in err and "--yes-delete-signed-minutes" in err
    assert "archive" in err
    out_dir = tmp_path / "ban-da-ky"
    out_dir.mkdir()
    code, _ = _run("--db", db, "delete", str(sample), "--export-revisions-to", str(out_dir))
    assert code == 1 and list(out_dir.iterdir()) == []
    code, out = _run(
        "--db",
        db,
        "delete",
        str(sample),
        "--export-revisions-to",
        str(out_dir),
        "--yes-delete-signed-minutes",
    )
    assert code == 0, capsys.readouterr().err
    written = sorted(out_dir.iterdir())
    assert len(written) == 2 and all(zipfile.is_zipfile(p) for p in written)
    assert [str(p) for p in written] == sorted(out.splitlines()[:2])
    assert _run("--db", db, "list", "--all")[1].startswith(f"{other}\t")
    # A meeting without revisions is deleted plainly.
    assert _run("--db", db, "delete", str(other))[0] == 0
    assert _run("--db", db, "list", "--all")[1] == ""
