"""The office's own profiles: copies beside the database, validation, organisation, preview."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest

from core.errors import NotFoundError, ValidationError
from core.export.api import export_meeting
from core.export.profile import PROFILE_DIR
from core.export.profile_preview import render_preview
from core.export.profile_store import ProfileStore, check_name
from core.services import Services
from core.storage.database import Database


def test_store_lives_beside_the_database(services: Services, db_path: Path) -> None:
    assert services.profiles.folder == db_path.parent / "test.sqlite3.profiles"
    assert services.profiles.list() == []  # nothing created until a profile is saved
    assert not services.profiles.folder.exists()


def test_non_sqlite_database_uses_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database("sqlite://")  # in memory: no file to sit beside
    store = ProfileStore.beside(db)
    assert store.folder.name == "profiles" and "BienBan" in str(store.folder)
    db.dispose()


def test_copy_edit_and_export_with_a_saved_profile(
    services: Services, sample_id: int, tmp_path: Path
) -> None:
    store = services.profiles
    path = store.copy("nd30", "Văn phòng Sở")
    assert path == store.folder / "Văn phòng Sở.json" and path.exists()
    assert [p.name for p in store.list()] == ["Văn phòng Sở"]
    assert not list(PROFILE_DIR.glob("Văn*"))  # never written in the program folder
    data = store.load("Văn phòng Sở")
    data["page"]["margins_mm"]["left"] = 35
    data["fonts"]["body_pt"] = 13
    data["documents"]["minutes"]["signatures"][0]["title"] = "NGƯỜI GHI BIÊN BẢN"
    data["documents"]["minutes"]["recipients"] = ["- Giám đốc Sở;", "- Lưu: VT."]
    data["labels"]["content"] = "Diễn biến"
    data["organisation"] = {"parent_body": "UBND TỈNH THANH HÓA", "doc_code": "VP"}
    store.save("Văn phòng Sở", data)
    # Usable like --profile PATH, and what the meeting leaves empty comes from the profile.
    services.meetings.update(sample_id, parent_body="", doc_code="")
    out = export_meeting(services, sample_id, out=tmp_path / "own.docx", profile=str(path))
    d = docx.Document(str(out))
    assert round(d.sections[0].left_margin.mm) == 35
    text = "\n".join(p.text for p in d.paragraphs)
    text += "\n" + "\n".join(p.text for p in d.tables[-1].rows[0].cells[0].paragraphs)
    assert "Diễn biến:" in text and "- Giám đốc Sở;" in text
    tables = [*d.tables, *d.tables[-1].rows[0].cells[0].tables]  # signatures sit in the last
    cells = [c.text for t in tables for row in t.rows for c in row.cells]
    assert "UBND TỈNH THANH HÓA" in cells[0] and "/BB-VP" in cells[0]
    assert any("NGƯỜI GHI BIÊN BẢN" in c for c in cells)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["page"]["margins_mm"].update(left=500), "page.margins_mm.left = 500"),
        (lambda d: d["fonts"].update(body_pt=200), "fonts.body_pt = 200"),
        (lambda d: d["fonts"].update(body_pt="big"), "fonts.body_pt"),
        (lambda d: d["labels"].pop("approval"), "labels.approval: missing"),
        (lambda d: d.update(organisation={"town": "x"}), "organisation.town"),
        (lambda d: d.update(organisation=["x"]), "organisation"),
    ],
)
def test_bad_values_are_refused_and_the_file_is_kept(
    services: Services, change: object, message: str
) -> None:
    store = services.profiles
    path = store.copy("party", "dang-uy")
    before = path.read_bytes()
    data = store.load("dang-uy")
    change(data)  # type: ignore[operator]
    with pytest.raises(ValidationError, match=message.replace(".", r"\.")):
        store.save("dang-uy", data)
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", ["", "../evil", "a/b", "nd30", "EN", "x" * 61, ".hidden", "a."])
def test_bad_names_are_refused(services: Services, name: str) -> None:
    with pytest.raises(ValidationError):
        check_name(name)
    with pytest.raises(ValidationError):
        services.profiles.copy("nd30", name)
    assert services.profiles.list() == []


def test_copy_refuses_to_overwrite_and_unknown_sources(services: Services) -> None:
    store = services.profiles
    path = store.copy("en", "board")
    before = path.read_bytes()
    with pytest.raises(ValidationError, match="exists already"):
        store.copy("nd30", "board")
    assert path.read_bytes() == before
    with pytest.raises(NotFoundError):
        store.copy("nope", "other")
    with pytest.raises(NotFoundError):
        store.load("missing")
    store.delete("board")
    assert store.list() == []
    with pytest.raises(NotFoundError):
        store.delete("board")


def test_damaged_file_is_left_out_with_its_reason_and_refused_on_load(
    services: Services,
) -> None:
    store = services.profiles
    store.folder.mkdir(parents=True)
    (store.folder / "hong.json").write_text("{not json", encoding="utf-8")
    store.copy("nd30", "tot")
    assert [p.name for p in store.list()] == ["tot"]
    [bad] = store.rejected()
    assert bad.file == "hong.json" and "bad JSON at line 1, column 2" in bad.reason
    with pytest.raises(ValidationError):
        store.load("hong")


def test_preview_summary_without_libreoffice(
    services: Services, sample_id: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads((PROFILE_DIR / "nd30.json").read_text(encoding="utf-8"))
    data["page"]["margins_mm"]["top"] = 25
    monkeypatch.setattr("core.export.profile_preview.find_soffice", lambda: None)
    rec = services.meetings.record(sample_id)
    result = render_preview(data, rec, tmp_path / "pv")
    assert result.image is None and "LibreOffice" in result.note
    assert "trên/top 25" in result.summary and "Times New Roman" in result.summary
    assert "time, place, attendance" in result.summary
    data["page"]["margins_mm"]["top"] = 500
    with pytest.raises(ValidationError, match="500"):
        render_preview(data, rec, tmp_path / "pv2")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_preview_image_with_libreoffice(services: Services, sample_id: int, tmp_path: Path) -> None:
    data = json.loads((PROFILE_DIR / "nd30.json").read_text(encoding="utf-8"))
    result = render_preview(data, services.meetings.record(sample_id), tmp_path / "pv")
    assert result.image is not None and result.image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
