"""Disk full and read-only storage, done for real: a clear StorageError, no data lost."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from core.errors import StorageError
from core.services import Services, open_services
from tests.disks import fill, mount_tmpfs


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "disk"
    if not mount_tmpfs(where, "2m"):
        pytest.skip("needs root and mount(8) to make a real 2 MB filesystem")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def _entry_texts(db: Path, mid: int) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [
            r[0]
            for r in conn.execute(
                "SELECT text FROM entry WHERE meeting_id = ? ORDER BY position", (mid,)
            )
        ]
    finally:
        conn.close()


def test_real_disk_full_gives_clear_error_and_keeps_saved_data(small_disk: Path) -> None:
    db = small_disk / "minutes.sqlite3"
    svc = open_services(str(db))
    mid = svc.meetings.create("Họp khi ổ đầy").id
    saved = [svc.entries.add(mid, "opinion", f"Ý kiến {i}").text for i in range(5)]
    filler = fill(small_disk)
    with pytest.raises(StorageError, match="disk is full") as info:
        for i in range(200):  # the WAL grows into the last free pages, then fails
            saved.append(svc.entries.add(mid, "opinion", f"Ý kiến đầy {i} " + "chữ " * 500).text)
    assert "Ổ đĩa đã đầy" in info.value.message
    filler.unlink()
    # Space is back: the same service object saves again, nothing before was lost.
    svc.entries.add(mid, "opinion", "Sau khi giải phóng ổ đĩa")
    svc.db.dispose()
    texts = _entry_texts(db, mid)
    assert texts == [*saved, "Sau khi giải phóng ổ đĩa"]
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_page_limit_full_is_a_storage_error_and_transaction_rolls_back(
    services: Services,
) -> None:
    mid = services.meetings.create("Họp").id
    services.entries.add(mid, "note", "đã lưu")
    services.db.dispose()

    @event.listens_for(services.db.engine, "connect")
    def _limit(dbapi_conn: sqlite3.Connection, _rec: object) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + 1}")

    with pytest.raises(StorageError, match="disk is full"):
        services.entries.add(mid, "note", "x" * 200_000)
    assert [e.text for e in services.entries.list(mid)] == ["đã lưu"]


def test_read_only_filesystem_refuses_writes_with_clear_error(tmp_path: Path) -> None:
    where = tmp_path / "ro"
    if not mount_tmpfs(where, "4m"):
        pytest.skip("needs root and mount(8) to make a real read-only filesystem")
    try:
        db = where / "minutes.sqlite3"
        svc = open_services(str(db))
        mid = svc.meetings.create("Họp trên ổ chỉ đọc").id
        svc.entries.add(mid, "note", "trước khi khóa ghi")
        svc.db.dispose()
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        with pytest.raises(StorageError) as info:
            svc.entries.add(mid, "note", "không ghi được")
        assert "read-only" in info.value.message or "disk" in info.value.message
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)
