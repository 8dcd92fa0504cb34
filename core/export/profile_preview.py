"""Page 1 of an export as a PNG (LibreOffice and pdftoppm), else a structural summary."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.domain.dto import MeetingRecord
from core.errors import ExportError
from core.export.profile import Profile, validate_profile
from core.export.writer import docx_to_pdf, find_soffice
from core.programs import no_console

RENDER_DPI = 60
PDFTOPPM_TIMEOUT_S = 60


@dataclass(frozen=True)
class Preview:
    summary: str  # always there: what the profile lays out, in words
    image: Path | None = None  # page 1 as PNG, when LibreOffice and pdftoppm are installed
    note: str = ""  # why there is no image, when there is none


def summary_text(profile: Profile, kind: str = "minutes") -> str:
    """Page, margins, fonts, sections, signers and Nơi nhận, one item a line."""
    m = profile.margins_mm
    spec = profile.documents[kind]
    sizes = ", ".join(f"{k.removesuffix('_pt')} {v:g}" for k, v in profile.sizes.items())
    org = profile.organisation
    lines = [
        f"Mẫu / Profile: {profile.name} ({profile.lang}, {profile.style})",
        f"Khổ giấy / Page: {profile.page_mm[0]:g} × {profile.page_mm[1]:g} mm",
        f"Lề / Margins (mm): trên/top {m['top']:g}, dưới/bottom {m['bottom']:g},"
        f" trái/left {m['left']:g}, phải/right {m['right']:g}",
        f"Phông / Font: {profile.font}; cỡ / sizes (pt): {sizes}",
        f"Đoạn / Paragraph: thụt đầu dòng {profile.first_line_indent_cm:g} cm,"
        f" cách sau {profile.space_after_pt:g} pt, giãn dòng {profile.line_spacing:g}",
    ]
    if org:
        lines.append("Cơ quan / Organisation: " + "; ".join(f"{k}: {v}" for k, v in org.items()))
    lines.append("Tiêu đề trái / Header left: " + " | ".join(x.text for x in profile.header_left))
    lines.append("Tiêu đề phải / Header right: " + " | ".join(x.text for x in profile.header_right))
    lines.append(f"Tên loại / Title: {spec.title} ({spec.type_code})")
    lines.append("Các mục / Sections: " + ", ".join(spec.sections))
    lines.append("Ký / Signatures: " + ", ".join(s.title for s in spec.signatures))
    lines.append(profile.label("recipients") + " " + " ".join(spec.recipients))
    return "\n".join(lines)


def _png_of_page1(pdf: Path, work: Path) -> Path:
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise ExportError("pdftoppm không có / pdftoppm is not installed (poppler-utils).")
    stem = work / "page"
    cmd = [tool, "-png", "-r", str(RENDER_DPI), "-f", "1", "-l", "1", str(pdf), str(stem)]
    try:
        subprocess.run(
            cmd, capture_output=True, timeout=PDFTOPPM_TIMEOUT_S, check=True, **no_console()
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise ExportError(f"pdftoppm không chạy được / pdftoppm failed: {exc}") from exc
    found = sorted(work.glob("page*.png"))
    if not found:
        raise ExportError("pdftoppm không tạo ảnh / pdftoppm made no image.")
    return found[0]


def render_preview(
    data: dict[str, Any] | Profile,
    rec: MeetingRecord,
    work: Path,
    kind: str = "minutes",
    with_image: bool = True,
) -> Preview:
    """Validate the profile (ValidationError lists the faults), export, and picture page 1."""
    from core.export.api import export_record

    profile = data if isinstance(data, Profile) else validate_profile(data, "preview")
    summary = summary_text(profile, kind)
    work.mkdir(parents=True, exist_ok=True)
    docx = export_record(rec, work / "preview.docx", profile=profile, kind=kind)
    if not with_image:
        return Preview(summary, None, "")
    if find_soffice() is None or shutil.which("pdftoppm") is None:
        return Preview(
            summary,
            None,
            "Chưa cài LibreOffice/pdftoppm nên chỉ xem được tóm tắt."
            " / LibreOffice or pdftoppm is not installed: summary only.",
        )
    try:
        pdf = work / "preview.pdf"
        docx_to_pdf(docx, pdf)
        return Preview(summary, _png_of_page1(pdf, work), "")
    except ExportError as exc:
        return Preview(summary, None, exc.message)
