"""Writing files safely: atomic replace, 0600 permissions, LibreOffice PDF conversion."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from filelock import lock_descriptor

from core.errors import (
    WINERROR_LOCK_VIOLATION,
    WINERROR_SHARING_VIOLATION,
    ExportError,
    FileInUseError,
    halves,
    os_reason,
)
from core.programs import WINDOWS, no_console
from core.programs import find_soffice as find_soffice  # where callers have looked for it

TEMP_PREFIX = ".~bienban-"
# Windows answers a rename over a file Word holds with "access denied" (5) or a sharing or
# lock violation (32, 33).
IN_USE_WINERRORS = (5, WINERROR_SHARING_VIOLATION, WINERROR_LOCK_VIOLATION)
REPLACE_PATIENCE_S = 2.0
REPLACE_FIRST_DELAY_S = 0.05

PDF_TIMEOUT_S = 120
INSTALL_HINT = (
    "Cần cài LibreOffice để xuất PDF (Ubuntu/Debian: sudo apt install libreoffice-writer;"
    " Windows/macOS: tải tại https://www.libreoffice.org). / PDF export needs LibreOffice:"
    " install it (e.g. 'sudo apt install libreoffice-writer' or from libreoffice.org) and"
    " make sure 'soffice' is on the PATH."
)


def _cannot_write(out: Path, exc: OSError) -> ExportError:
    vi, en = os_reason(exc)
    return ExportError(vi=f"Không ghi được tệp {out}: {vi}.", en=f"Cannot write {out}: {en}.")


def check_target(out: Path) -> Path:
    """Refuse targets that can never be written before any work is done."""
    try:
        is_dir, parent_exists = out.is_dir(), out.parent.exists()
    except OSError as exc:  # e.g. a name longer than the file system allows
        raise _cannot_write(out, exc) from exc
    if is_dir:
        raise ExportError(
            f"Không ghi được {out}: đích là một thư mục, hãy chọn tên tệp."
            f" / Cannot write {out}: it is a folder; choose a file name."
        )
    parent = out.parent
    if not parent_exists:
        raise ExportError(
            f"Không ghi được {out}: thư mục {parent} không tồn tại."
            f" / Cannot write {out}: the folder {parent} does not exist."
        )
    if not parent.is_dir():
        raise ExportError(
            f"Không ghi được {out}: {parent} không phải thư mục."
            f" / Cannot write {out}: {parent} is not a folder."
        )
    return out


def _held_elsewhere(path: Path) -> bool:
    """Whether an export still running (in any program) is writing the temporary *path*."""
    if WINDOWS:
        return False  # deleting it is refused while its writer has it open
    fd = os.open(path, os.O_RDONLY)
    try:
        if lock_descriptor(fd, blocking=False):
            return False
    finally:
        os.close(fd)  # the probe's lock goes with it
    return True


def sweep_leftovers(folder: Path) -> list[Path]:
    """Delete the temporary files of exports killed in *folder*; returns those deleted.

    A temporary file is held open (and flock-ed on POSIX) for as long as its export runs,
    so one still being written by another window or program is left alone.
    """
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
    except OSError:
        return removed
    for path in candidates:
        try:
            if not path.is_file() or _held_elsewhere(path):
                continue
            path.unlink()
        except OSError:
            continue  # in use (Windows), or gone already
        removed.append(path)
    return removed


def _in_use(exc: OSError) -> bool:
    """A replace refused because another program holds the target (Word on Windows)."""
    if getattr(exc, "winerror", None) in IN_USE_WINERRORS:
        return True
    return exc.errno == errno.EBUSY


def replace_retrying(tmp: Path, out: Path) -> None:
    """os.replace, tried again for about two seconds on Windows while the target is held:
    a virus scanner, the search indexer or a sync client let go of it within moments."""
    delay = REPLACE_FIRST_DELAY_S
    deadline = time.monotonic() + REPLACE_PATIENCE_S
    while True:
        try:
            os.replace(tmp, out)
            return
        except OSError as exc:
            if not (WINDOWS and _in_use(exc)) or time.monotonic() + delay > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def write_atomic(out: Path, produce: Callable[[Path], None]) -> Path:
    """Let *produce* write a temporary file beside *out*, then rename it over *out*.

    A failure at any point removes the temporary file and leaves the old *out* (or none):
    the secretary never finds half a document where the signed one used to be. Temporary
    files that killed exports left in the folder are deleted first. When another program
    holds *out* open (Word), FileInUseError says so and *out* is left as it was.
    """
    check_target(out)
    sweep_leftovers(out.parent)
    tmp: Path | None = None
    fd: int | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=out.suffix, dir=out.parent)
        tmp = Path(name)
        if not WINDOWS:
            lock_descriptor(fd, blocking=False)  # marks it as being written (sweep_leftovers)
        os.chmod(tmp, 0o600)
        produce(tmp)
        # On disk before the rename, so a power cut cannot leave the new name on an
        # empty file.
        os.fsync(fd)
        # Closed before the rename: Windows cannot rename a file open without delete sharing.
        os.close(fd)
        fd = None
        try:
            replace_retrying(tmp, out)
        except OSError as exc:
            if _in_use(exc) and not _read_only(out):
                raise FileInUseError(out) from exc
            raise
        tmp = None
    except OSError as exc:
        raise _cannot_write(out, exc) from exc
    finally:
        if fd is not None:
            os.close(fd)
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return out


def _read_only(path: Path) -> bool:
    return path.exists() and not os.access(path, os.W_OK)


def docx_to_pdf(docx_path: Path, pdf_path: Path) -> None:
    """Convert with LibreOffice in a private profile so a running office does not interfere."""
    soffice = find_soffice()
    if soffice is None:
        raise ExportError(INSTALL_HINT)
    with tempfile.TemporaryDirectory(prefix="bienban-lo-") as work:
        outdir = Path(work) / "out"
        outdir.mkdir()
        profile_url = (Path(work) / "profile").as_uri()
        cmd = [
            soffice,
            f"-env:UserInstallation={profile_url}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(docx_path),
        ]
        try:
            result = subprocess.run(
                cmd, capture_output=True, text=True, timeout=PDF_TIMEOUT_S, **no_console()
            )
        except subprocess.TimeoutExpired:
            raise ExportError(
                f"LibreOffice không chuyển xong sau {PDF_TIMEOUT_S} giây."
                f" / LibreOffice did not finish the PDF within {PDF_TIMEOUT_S} s."
            ) from None
        except OSError as exc:
            hint_vi, hint_en = halves(INSTALL_HINT)
            raise ExportError(
                vi=f"Không chạy được LibreOffice: {exc}. {hint_vi}",
                en=f"LibreOffice could not be started: {exc}. {hint_en}",
            ) from exc
        made = outdir / (docx_path.stem + ".pdf")
        if result.returncode != 0 or not made.exists():
            detail = (result.stderr or result.stdout).strip()[-300:]
            raise ExportError(
                vi=f"LibreOffice không tạo được PDF. {detail}",
                en=f"LibreOffice could not make the PDF. {detail}",
            )
        shutil.copyfile(made, pdf_path)
