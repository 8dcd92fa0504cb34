"""Command-line interface: argument parsing and the scripting subcommands."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TextIO

from core.domain.text import printable
from core.errors import BienBanError, DamagedDatabaseError, StorageError, ValidationError
from core.services import Services
from core.storage.faults import Fault
from core.storage.startup import OpenDatabase, open_database, sqlite_file

Handler = Callable[[Services, argparse.Namespace, TextIO], int]
# Commands that only read: on a file that cannot be written they read it read-only.
READERS = {"list", "show", "search", "export"}
# Why a file may be readable although it cannot be written.
_UNWRITABLE = {Fault.READ_ONLY.value, Fault.DISK_FULL.value, Fault.IO_ERROR.value}


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bienban",
        description="BienBan – ghi biên bản cuộc họp / meeting minutes for secretaries. "
        "Without a command the window opens.",
    )
    p.add_argument(
        "--db",
        help="database file or SQLAlchemy URL (default: $BIENBAN_DB, "
        "else bienban.sqlite3 in the user data folder)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("sample", help="add the sample meeting and print its id")
    ls = sub.add_parser("list", help="list meetings, newest first (archived ones left out)")
    ls.add_argument("--limit", type=int, default=100)
    which = ls.add_mutually_exclusive_group()
    which.add_argument("--archived", action="store_true", help="the archived meetings alone")
    which.add_argument("--all", action="store_true", help="archived meetings too")
    ar = sub.add_parser("archive", help="take a meeting off the list (still searchable)")
    ar.add_argument("id", type=int)
    un = sub.add_parser("unarchive", help="put an archived meeting back on the list")
    un.add_argument("id", type=int)
    de = sub.add_parser(
        "delete",
        help="delete a meeting; one with finalized (signed) minutes only after exporting them",
    )
    de.add_argument("id", type=int)
    de.add_argument(
        "--export-revisions-to",
        metavar="DIR",
        help="write every finalized revision as .docx into DIR first",
    )
    de.add_argument(
        "--yes-delete-signed-minutes",
        action="store_true",
        help="confirm deleting the signed minutes once exported",
    )
    show = sub.add_parser("show", help="print a meeting as readable text")
    show.add_argument("id", type=int)
    se = sub.add_parser("search", help="search meetings (diacritics-insensitive)")
    se.add_argument("text")
    se.add_argument("--limit", type=int, default=20)
    ex = sub.add_parser("export", help="write the minutes or the conclusion notice")
    ex.add_argument("id", type=int)
    ex.add_argument("--profile", default=None, help="nd30, party, en or a profile file")
    ex.add_argument("--kind", choices=("minutes", "notice"), default="minutes")
    ex.add_argument("--format", choices=("docx", "pdf"), default="docx")
    ex.add_argument("--out", required=True, help="target file")
    ex.add_argument(
        "--revision", type=int, default=None, metavar="N", help="a finalized revision, as it was"
    )
    au = sub.add_parser("audio", help="write the recording around an entry as a WAV clip")
    au.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    au.add_argument("--out", required=True, help="target .wav file")
    au.add_argument("--before", type=float, default=5.0, help="seconds before the entry")
    au.add_argument("--after", type=float, default=60.0, help="seconds after the entry")
    rs = sub.add_parser("restore", help="list the backups, or put one in place of the database")
    rs.add_argument("backup", nargs="?", help="backup file to restore (see the list)")
    rs.add_argument("--newest", action="store_true", help="restore the newest sound backup")
    cp = sub.add_parser(
        "copy-db", help="copy a whole archive into an empty database (SQLite <-> PostgreSQL)"
    )
    cp.add_argument("--from", dest="source", required=True, help="source file or URL")
    cp.add_argument("--to", dest="target", required=True, help="empty target file or URL")
    return p


def cmd_sample(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    print(services.add_sample(), file=out)
    return 0


def cmd_list(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    archived = True if getattr(args, "archived", False) else None if args.all else False
    for m in services.meetings.list(limit=args.limit, archived=archived):
        state = f"{m.status}, archived" if m.archived_at and archived is None else m.status
        title = printable(m.title, one_line=True)
        print(f"{m.id}\t{m.date:%Y-%m-%d %H:%M}\t{state}\t{title}", file=out)
    return 0


def cmd_archive(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    m = services.meetings.archive(args.id)
    print(f"Đã lưu trữ / Archived: {m.id}\t{printable(m.title)}", file=out)
    return 0


def cmd_unarchive(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    m = services.meetings.unarchive(args.id)
    print(f"Đã đưa lại vào danh sách / Back on the list: {m.id}\t{printable(m.title)}", file=out)
    return 0


def cmd_delete(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    signed = services.meetings.revision_count(args.id)
    folder = args.export_revisions_to
    if not signed:
        services.meetings.delete(args.id)
        print(f"Đã xóa / Deleted: {args.id}", file=out)
        return 0
    if folder is None or not args.yes_delete_signed_minutes:
        raise ValidationError(
            f"Cuộc họp #{args.id} có {signed} bản biên bản đã chốt (đã ký): chỉ xóa được sau khi"
            " xuất chúng, với --export-revisions-to THƯ_MỤC --yes-delete-signed-minutes; hoặc"
            f" lưu trữ nó (archive {args.id}). / Meeting #{args.id} has {signed} finalized"
            " (signed) revisions: it can be deleted only once they are exported, with"
            " --export-revisions-to DIR --yes-delete-signed-minutes; or archive it instead"
            f" (archive {args.id})."
        )
    for path in services.meetings.delete_with_revisions(args.id, folder):
        print(path, file=out)
    print(f"Đã xóa / Deleted: {args.id}", file=out)
    return 0


def cmd_show(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    from core.export.render_text import render

    # Stored text may hold escape sequences (pasted, or planted): shown, never obeyed.
    print(printable(render(services.meetings.record(args.id))), file=out)
    return 0


def cmd_search(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    hits = services.search.search(args.text, limit=args.limit)
    for h in hits:
        print(
            f"{h.meeting_id}\t{h.meeting_date:%Y-%m-%d}\t{h.source}\t{h.rank:.2f}\t"
            f"{printable(h.meeting_title, one_line=True)}\n\t{printable(h.snippet, one_line=True)}",
            file=out,
        )
    if not hits:
        print("Không tìm thấy kết quả. / No results.", file=sys.stderr)
    return 0


def cmd_export(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    from core.export.api import export_meeting, export_record

    if getattr(args, "revision", None) is not None:
        rec = services.revisions.record_of_number(args.id, args.revision)
        path = export_record(
            rec, out=args.out, profile=args.profile, kind=args.kind, fmt=args.format
        )
    else:
        path = export_meeting(
            services, args.id, out=args.out, profile=args.profile, kind=args.kind, fmt=args.format
        )
    print(path, file=out)
    return 0


def cmd_audio(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    # The audio layer (and numpy, libsndfile) only for this command: core does not need them.
    from audio.clip import write_entry_clip
    from audio.store import AudioStore

    entry = services.entries.get(args.entry_id)
    meeting = services.meetings.get(entry.meeting_id)
    store = AudioStore.for_database(services.db)
    path, seconds = write_entry_clip(
        store, meeting.uid, entry.audio_ms, args.out, before=args.before, after=args.after
    )
    print(f"{path}\t{seconds:.1f} s", file=out)
    return 0


HANDLERS: dict[str, Handler] = {
    "sample": cmd_sample,
    "list": cmd_list,
    "show": cmd_show,
    "search": cmd_search,
    "export": cmd_export,
    "archive": cmd_archive,
    "unarchive": cmd_unarchive,
    "delete": cmd_delete,
    "audio": cmd_audio,
}


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    """Works on the file, not through the services: the database may be damaged."""
    from pathlib import Path

    from core.errors import StorageError
    from core.storage.backup import list_backups, newest_good_backup, restore
    from core.storage.lock import InstanceLock
    from core.storage.startup import sqlite_file

    db = sqlite_file(args.db)
    if db is None:
        raise StorageError("restore chỉ dùng cho tệp SQLite / restore works on SQLite files only.")
    if not args.backup and not args.newest:
        backups = list_backups(db)
        for b in backups:
            print(f"{b.taken:%Y-%m-%d %H:%M:%S}\t{b.label}\t{b.size}\t{b.path}", file=out)
        if not backups:
            print(f"Chưa có bản sao lưu nào / No backups of {db} yet.", file=sys.stderr)
        return 0
    if args.newest:
        found = newest_good_backup(db)
        if found is None:
            raise StorageError("Không có bản sao lưu nào dùng được. / No sound backup exists.")
        chosen = found.path
    else:
        chosen = Path(args.backup)
    with InstanceLock(db):
        kept = restore(db, chosen)
    print(f"Đã khôi phục / Restored {chosen} -> {db}", file=out)
    if kept:
        print(f"Tệp cũ được giữ tại / The previous file was kept as {kept}", file=out)
    return 0


def cmd_copy_db(args: argparse.Namespace, out: TextIO) -> int:
    from core.storage.copy_db import copy_database

    report = copy_database(args.source, args.target)
    for table, n in report.counts.items():
        print(f"{table}\t{n}", file=out)
    print(
        f"Đã chép và kiểm tra số dòng / Copied and checked: {report.source} -> {report.target}"
        f" ({report.counts.get('meeting', 0)} meetings)",
        file=out,
    )
    return 0


def _open(args: argparse.Namespace) -> OpenDatabase:
    """The database for a command; a reading command falls back to reading the file alone
    when it cannot be written (full disk, read-only file, folder or drive)."""
    try:
        return open_database(args.db, backup=False)
    except DamagedDatabaseError:
        raise
    except StorageError as exc:
        path = sqlite_file(args.db)
        if args.command not in READERS or exc.fault not in _UNWRITABLE:
            raise
        if path is None or not path.is_file():
            raise
        opened = open_database(args.db, backup=False, read_only=True)
        print(f"bienban: chỉ đọc / read-only: {exc.message}", file=sys.stderr)
        return opened


def run_command(args: argparse.Namespace, out: TextIO = sys.stdout) -> int:
    """Run one subcommand; errors become a one-line message and exit status 1."""
    try:
        if args.command == "restore":
            return cmd_restore(args, out)
        if args.command == "copy-db":
            return cmd_copy_db(args, out)
        opened = _open(args)
        try:
            return HANDLERS[args.command](opened.services, args, out)
        finally:
            opened.close()
    except DamagedDatabaseError as exc:
        hint = (
            f" Bản sao lưu tốt gần nhất / newest sound backup: {exc.backup.path};"
            " khôi phục bằng / restore it with: main.py restore --newest"
            if exc.backup is not None
            else ""
        )
        print(f"bienban: {exc.message}{hint}", file=sys.stderr)
        return 1
    except BienBanError as exc:
        print(f"bienban: {exc.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error for the user.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
