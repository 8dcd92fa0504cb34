"""Where recordings live, and their life with the meeting: delete, undo, finalize, server."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from audio.fake import FakeBackend
from audio.recorder import Recorder
from audio.store import AudioStore
from core.storage.database import Database


def _record(store: AudioStore, uid: str, seconds: float = 2.0) -> None:
    fake = FakeBackend()
    rec = Recorder(store, uid, fake, clock=fake.clock, supervise_every=None)
    rec.start()
    fake.feed(seconds)
    rec.close()


def test_beside_the_database_file(db_path: Path) -> None:
    db = Database(f"sqlite:///{db_path}")
    store = AudioStore.for_database(db)
    assert store.root == db_path.parent / f"{db_path.name}.audio"
    assert not store.local_only and store.local_only_notice() is None
    db.dispose()


def test_a_server_database_keeps_audio_on_this_machine(tmp_path: Path) -> None:
    class Server:
        path = None

    store = AudioStore.for_database(Server(), data_folder=tmp_path / "user-data" / "audio")
    assert store.local_only
    notice = store.local_only_notice()
    assert notice is not None and " / " in notice and str(store.root) in notice
    assert "máy này" in notice and "this computer" in notice


def test_delete_moves_the_recording_aside_and_undo_brings_it_back(tmp_path: Path) -> None:
    store = AudioStore(tmp_path / "a.sqlite3.audio")
    _record(store, "old-uid")
    before = store.timeline("old-uid").read(0, 2000)
    token = store.trash("old-uid")
    assert token is not None and not store.has_audio("old-uid")
    assert store.trash("never-recorded") is None
    # The undo re-creates the meeting, possibly under a new uid: the audio follows it.
    store.untrash(token, "new-uid")
    assert store.has_audio("new-uid")
    assert np.array_equal(store.timeline("new-uid").read(0, 2000), before)
    assert os.stat(store.root / ".trash").st_mode & 0o777 == 0o700


def test_trash_is_purged_after_a_while(tmp_path: Path) -> None:
    store = AudioStore(tmp_path / "a.sqlite3.audio")
    _record(store, "m")
    token = store.trash("m")
    assert token is not None
    assert store.purge_trash(older_than_days=30) == 0
    old = store.root / ".trash" / token
    os.utime(old, (0, 0))
    assert store.purge_trash(older_than_days=30) == 1 and not old.exists()


def test_a_finalized_recording_can_still_be_deleted_after_reopening(tmp_path: Path) -> None:
    store = AudioStore(tmp_path / "a.sqlite3.audio")
    _record(store, "m")
    store.set_read_only("m", True)
    token = store.trash("m")  # write permission is given back first
    assert token is not None
    store.untrash(token, "m")
    assert not store.is_read_only("m") and store.has_audio("m")


def test_uids_cannot_escape_the_folder(tmp_path: Path) -> None:
    import pytest

    store = AudioStore(tmp_path / "a.audio")
    for bad in ("", "../x", "a/b", ".trash"):
        with pytest.raises(ValueError):
            store.folder(bad)


def test_a_damaged_chunk_plays_as_silence_and_the_rest_plays(tmp_path: Path) -> None:
    store = AudioStore(tmp_path / "a.audio")
    _record(store, "m", seconds=12.0)
    chunks = sorted(store.folder("m").glob("*.flac"))
    chunks[1].write_bytes(b"not flac")
    t = store.timeline("m")
    audio = t.read(0, 12000)
    assert len(audio) == 192000
    assert audio[:80000].any() and not audio[80000:160000].any() and audio[160000:].any()
