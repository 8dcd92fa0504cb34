"""Writing files safely: atomic replace, 0600 permissions, LibreOffice PDF conversion."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from core.errors import ExportError

PDF_TIMEOUT_S = 120
INSTALL_HINT = (
    "Cần cài LibreOffice để xuất PDF (Ubuntu/Debian: sudo apt install libreoffice-writer;"
    " Windows/macOS: tải tại https://www.libreoffice.org). / PDF export needs LibreOffice:"
    " install it (e.g. 'sudo apt install libreoffice-writer' or from libreoffice.org) and"
    " make sure 'soffice' is on the PATH."
)


def _why(exc: OSError) -> str:
    reasons = {
        errno.ENOSPC: "ổ đĩa đã đầy / the disk is full",
        errno.EDQUOT: "hết hạn mức ổ đĩa / disk quota exceeded",
        errno.EACCES: "không có quyền ghi / permission denied",
        errno.EPERM: "không có quyền ghi / permission denied",
        errno.EROFS: "ổ đĩa chỉ đọc / read-only file system",
        errno.ENAMETOOLONG: "tên tệp quá dài / file name too long",
        errno.ENOENT: "thư mục không tồn tại / the folder does not exist",
        errno.ENOTDIR: "đường dẫn không phải thư mục / a part of the path is not a folder",
        errno.EISDIR: "đích là một thư mục / the target is a folder",
        errno.EBUSY: "tệp đang được mở ở chương trình khác / the file is in use",
    }
    return reasons.get(exc.errno or 0, exc.strerror or str(exc))


def check_target(out: Path) -> Path:
    """Refuse targets that can never be written before any work is done."""
    try:
        is_dir, parent_exists = out.is_dir(), out.parent.exists()
    except OSError as exc:  # e.g. a name longer than the file system allows
        raise ExportError(
            f"Không ghi được tệp {out}: {_why(exc)}. / Cannot write {out}: {_why(exc)}."
        ) from exc
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


def write_atomic(out: Path, produce: Callable[[Path], None]) -> Path:
    """Let *produce* write a temporary file beside *out*, then rename it over *out*.

    A failure at any point removes the temporary file and leaves the old *out* (or none):
    the secretary never finds half a document where the signed one used to be.
    """
    check_target(out)
    tmp: Path | None = None
    try:
        fd, name = tempfile.mkstemp(prefix=".~bienban-", suffix=out.suffix, dir=out.parent)
        os.close(fd)
        tmp = Path(name)
        os.chmod(tmp, 0o600)
        produce(tmp)
        # On disk before the rename, so a power cut cannot leave the new name on an
        # empty file.
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        raise ExportError(
            f"Không ghi được tệp {out}: {_why(exc)}. / Cannot write {out}: {_why(exc)}."
        ) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
    return out


def find_soffice() -> str | None:
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in (
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ):
        if Path(candidate).exists():
            return candidate
    return None


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
            result = subprocess.run(cmd, capture_output=True, text=True, timeout=PDF_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            raise ExportError(
                f"LibreOffice không chuyển xong sau {PDF_TIMEOUT_S} giây."
                f" / LibreOffice did not finish the PDF within {PDF_TIMEOUT_S} s."
            ) from None
        except OSError as exc:
            raise ExportError(f"Không chạy được LibreOffice: {exc} / {INSTALL_HINT}") from exc
        made = outdir / (docx_path.stem + ".pdf")
        if result.returncode != 0 or not made.exists():
            detail = (result.stderr or result.stdout).strip()[-300:]
            raise ExportError(
                f"LibreOffice không tạo được PDF. / LibreOffice could not make the PDF. {detail}"
            )
        shutil.copyfile(made, pdf_path)
