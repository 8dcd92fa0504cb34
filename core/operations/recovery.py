"""Changes the database could not take, kept in a plain UTF-8 file beside it for the next start."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from core.errors import ValidationError
from core.operations.call import Call

DATA_MARK = "@@ "
SUFFIX = ".txt"
TAG = ".chua-luu-"  # "not saved": the file's name says what it is in the users' language
DONE = ".da-khoi-phuc"  # renamed so once its changes are back in the database


@dataclass(frozen=True)
class Kept:
    """One change, in words for the reader and as a Call for BienBan to apply again."""

    label: str
    call: Call


def _key(db_path: Path | None, display: str) -> tuple[str, str]:
    """(readable name, short digest of where the database is): two databases of the same
    name in different places never take each other's recovery files."""
    import hashlib

    where = str(db_path.resolve()) if db_path is not None else display
    digest = hashlib.sha256(where.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return (db_path.name if db_path is not None else _safe_name(display)), digest


def _safe_name(display: str) -> str:
    name = Path(display).name if "://" not in display else display.rsplit("/", 1)[-1]
    return re.sub(r"[^\w.-]+", "_", name)[:80] or "bienban"


def folders(db_path: Path | None, data_dir: Path) -> list[Path]:
    """Where a recovery file may go, best first: beside the database (where she will look),
    else the user data folder, the home folder, the temporary folder (the database's own
    folder may be the very thing that is full or read-only)."""
    out = [db_path.parent] if db_path is not None else []
    out += [data_dir / "recovery", Path.home(), Path(tempfile.gettempdir())]
    return out


def write(
    items: Sequence[Kept],
    *,
    db_display: str,
    db_path: Path | None,
    data_dir: Path,
    reason: str,
    heading: str,
    now: dt.datetime | None = None,
) -> Path:
    """Write *items* to a new recovery file (owner-only) and return where it went."""
    now = now or dt.datetime.now()
    base, digest = _key(db_path, db_display)
    name = f"{base}{TAG}{now:%Y%m%d-%H%M%S}-{digest}{SUFFIX}"
    lines = [
        heading,
        f"Cơ sở dữ liệu / Database: {db_display}",
        f"Lúc / At: {now:%d/%m/%Y %H:%M:%S}",
        f"Lý do / Reason: {reason}" if reason else "",
        "",
    ]
    for n, item in enumerate(items, start=1):
        lines.append(f"{n}. {item.label}")
        for text in _texts(item.call):
            lines += ["   " + line for line in text.splitlines()] or ["   "]
        lines.append("")
    lines.append(
        "----- Dữ liệu để BienBan tự khôi phục (đừng sửa các dòng dưới đây)"
        " / Data for BienBan to restore (do not edit the lines below) -----"
    )
    lines += [DATA_MARK + item.call.to_json() for item in items]
    body = "\n".join(lines) + "\n"
    last: OSError | None = None
    for folder in folders(db_path, data_dir):
        target = folder / name
        created = False
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            created = True
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
                f.write(body)
                f.flush()
                os.fsync(f.fileno())
            return target
        except OSError as exc:
            last = exc
            if created:  # a full disk takes the name but not the text: leave nothing
                target.unlink(missing_ok=True)
    raise OSError(
        f"Không ghi được tệp khôi phục ở đâu cả / No recovery file could be written: {last}"
    )


def _texts(call: Call) -> list[str]:
    """The words typed, as a reader wants them: every text given to the call."""
    out: list[str] = []
    for value in (*call.args, *call.kwargs.values()):
        if isinstance(value, str) and value.strip() and not _looks_like_id(value):
            out.append(value)
        elif isinstance(value, dict):
            out += [v for k, v in value.items() if isinstance(v, str) and v.strip() and k != "base"]
    return out


def _looks_like_id(value: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f-]{27}|[a-z_]+", value))


def find(db_path: Path | None, db_display: str, data_dir: Path) -> list[Path]:
    """Recovery files of this database not restored yet, oldest first."""
    base, digest = _key(db_path, db_display)
    found: set[Path] = set()
    for folder in folders(db_path, data_dir):
        try:
            found |= {
                p
                for p in folder.glob(f"{glob_escape(base)}{TAG}*-{digest}{SUFFIX}")
                if p.is_file() and DONE not in p.name
            }
        except OSError:
            continue
    return sorted(found)


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def read(path: Path) -> list[Kept]:
    """The changes kept in *path*; a damaged line is refused with its number."""
    items: list[Kept] = []
    labels: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = re.match(r"^(\d+)\. (.*)$", line)
        if match:
            labels.append(match.group(2))
        if line.startswith(DATA_MARK):
            try:
                call = Call.from_json(line[len(DATA_MARK) :])
            except (ValueError, TypeError, ValidationError) as exc:
                raise ValidationError(
                    f"Tệp khôi phục hỏng ở dòng {n}. / The recovery file is damaged at line {n}."
                ) from exc
            label = labels[len(items)] if len(items) < len(labels) else call.method
            items.append(Kept(label, call))
    return items


def mark_restored(path: Path) -> Path:
    """Rename *path* so it is not offered again (kept, in case it is wanted)."""
    target = path.with_name(path.stem + DONE + path.suffix)
    path.rename(target)
    return target
