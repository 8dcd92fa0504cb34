"""Schema migrations: from an empty file, from the first schema, refusals, backups."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory

from core.errors import SchemaTooNewError, StorageError
from core.services import Services
from core.storage.database import Database
from core.storage.migrate import (
    HEAD,
    MIGRATIONS_DIR,
    REVISIONS,
    current_revision,
    migrate,
    upgrade_to,
)
from tests.modes import owner_only

ROOT = Path(__file__).resolve().parent.parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_revisions_constant_matches_alembic_scripts() -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(cfg)
    chain = [rev.revision for rev in script.walk_revisions("base", "heads")]
    assert tuple(reversed(chain)) == REVISIONS
    assert script.get_current_head() == HEAD


def test_empty_file_is_migrated_to_head_without_backup(db_path: Path) -> None:
    db = Database(f"sqlite:///{db_path}")
    assert current_revision(db) is None
    assert migrate(db) is None  # nothing to protect in a new file
    assert current_revision(db) == HEAD
    with sqlite3.connect(db_path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"meeting", "entry", "attendance", "search_doc", "search_fts"} <= names
    assert migrate(db) is None  # a second start does nothing
    db.dispose()


def test_first_schema_is_upgraded_with_backup_and_data_becomes_searchable(db_path: Path) -> None:
    db = Database(f"sqlite:///{db_path}")
    upgrade_to(db, "0001")
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO meeting (id, kind, title, number, issuing_body, parent_body, doc_code,"
            " city, place, status, documents, other_info, profile, quorum_rule, created_at,"
            " updated_at, version, sort_date) VALUES (1, 'meeting', 'Hội nghị tổng kết Đảng bộ',"
            " '', '', '', '', '', '', 'draft', '[]', '', 'nd30', 'none', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00', 1, '2026-01-01 00:00:00')"
        )
        conn.execute(
            "INSERT INTO entry (id, meeting_id, position, kind, speaker_text, text, version)"
            " VALUES (1, 1, 0, 'conclusion', 'Chủ trì', 'Kết luận: thống nhất thông qua', 1)"
        )
    backup = migrate(db)
    assert backup is not None and backup.exists()
    assert owner_only(backup)
    with sqlite3.connect(backup) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT title FROM meeting").fetchone()[0].startswith("Hội nghị")
    assert current_revision(db) == HEAD
    services = Services.build(db)
    hits = services.search.search("ket luan")
    assert [h.meeting_id for h in hits] == [1]
    assert services.search.search("dang bo")[0].meeting_id == 1
    db.dispose()


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    db = Database(f"sqlite:///{db_path}")
    migrate(db)
    db.dispose()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(db_path)
    db = Database(f"sqlite:///{db_path}")
    with pytest.raises(SchemaTooNewError, match="newer"):
        migrate(db)
    db.dispose()
    assert _digest(db_path) == before
    assert not list(db_path.parent.glob("*.backups"))


def test_foreign_sqlite_database_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    db = Database(f"sqlite:///{db_path}")
    with pytest.raises(StorageError, match="not a BienBan database"):
        migrate(db)
    db.dispose()


def test_migrations_downgrade_and_upgrade_again(db_path: Path) -> None:
    from alembic import command

    db = Database(f"sqlite:///{db_path}")
    migrate(db)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert current_revision(db) is None
    migrate(db)
    assert current_revision(db) == HEAD
    db.dispose()


def test_start_with_current_schema_does_not_import_alembic(db_path: Path) -> None:
    db = Database(f"sqlite:///{db_path}")
    migrate(db)
    db.dispose()
    code = (
        "import sys\n"
        "from core.services import open_services\n"
        f"open_services({str(db_path)!r})\n"
        "sys.exit(1 if 'alembic' in sys.modules else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True)
    assert result.returncode == 0, result.stderr
