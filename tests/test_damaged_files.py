"""Damaged database files are recognised, described, never written over; backups offered."""

from __future__ import annotations

import hashlib
import os
import zipfile
from pathlib import Path

import pytest

from core.errors import DamagedDatabaseError
from core.storage.backup import list_backups
from core.storage.integrity import check_file, untouched_since_clean_close
from core.storage.startup import open_database


def _make_db(path: Path) -> None:
    opened = open_database(str(path))
    svc = opened.services
    mid = svc.add_sample()
    for i in range(60):  # enough pages that damage in the middle hits table data
        svc.entries.add(mid, "note", f"Ghi chú số {i} " + "nội dung dài " * 40)
    opened.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flip_pages(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, len(data) - page, page * 3):
        data[offset : offset + 64] = os.urandom(64)
    path.write_bytes(bytes(data))


def _overwrite_header(path: Path) -> None:
    with path.open("r+b") as fh:
        fh.write(b"\0" * 100)


def _truncate(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.truncate(size // 2 + 17)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _docx(path: Path) -> None:
    path.unlink()
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (_flip_pages, "check found"),
        (_overwrite_header, "header"),
        (_truncate, "truncated"),
        (_empty, "empty"),
        (_docx, "Word document"),
    ],
)
def test_damaged_file_is_refused_untouched_and_backup_offered(
    tmp_path: Path, damage: object, words: str
) -> None:
    db = tmp_path / "minutes.sqlite3"
    _make_db(db)
    # A second start after a change takes the backup the user will be offered.
    opened = open_database(str(db))
    opened.services.meetings.create("Họp thêm")
    opened.close()
    opened = open_database(str(db))
    opened.close()
    assert list_backups(db)
    damage(db)  # type: ignore[operator]
    before = _digest(db)
    with pytest.raises(DamagedDatabaseError) as info:
        open_database(str(db))
    assert words in info.value.message or words in info.value.reason
    assert "left as it is" in info.value.message
    assert info.value.backup is not None
    assert _digest(db) == before
    assert not Path(str(db) + "-wal").exists()


def test_missing_file_is_a_new_database(tmp_path: Path) -> None:
    check_file(tmp_path / "new.sqlite3")


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DamagedDatabaseError, match="folder"):
        check_file(tmp_path)


def test_clean_close_skips_the_full_check_until_the_file_changes(tmp_path: Path) -> None:
    db = tmp_path / "minutes.sqlite3"
    _make_db(db)
    assert untouched_since_clean_close(db)
    with db.open("r+b") as fh:  # any outside change, even one byte
        fh.seek(5000)
        fh.write(b"\x00")
    assert not untouched_since_clean_close(db)
