"""Entry point of the export: export_meeting(), used by the CLI and the GUI."""

from __future__ import annotations

import inspect
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.domain.dto import MeetingRecord
from core.errors import ExportError
from core.export.profile import KINDS, Profile, load_profile
from core.export.writer import check_target, docx_to_pdf, write_atomic

if TYPE_CHECKING:
    from core.services import Services

# A fraction 0..1, or (done, total) for callers that count steps themselves.
Progress = Callable[[float], Any] | Callable[[int, int], Any]
FORMATS = ("docx", "pdf")
STEPS = 100


def _reporter(progress: Progress | None) -> Callable[[float], None]:
    if progress is None:
        return lambda fraction: None
    try:
        params = [
            p
            for p in inspect.signature(progress).parameters.values()
            if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
        ]
        two = len(params) >= 2
    except (TypeError, ValueError):
        two = False
    last = [-1]

    def report(fraction: float) -> None:
        step = round(max(0.0, min(1.0, fraction)) * STEPS)
        if step == last[0]:
            return  # the GUI only needs a change of a whole percent, not 2,000 calls
        last[0] = step
        if two:
            progress(step, STEPS)  # type: ignore[call-arg]
        else:
            progress(step / STEPS)  # type: ignore[call-arg, arg-type]

    return report


def _profile(profile: str | Path | Profile | None, rec: MeetingRecord) -> Profile:
    if isinstance(profile, Profile):
        return profile
    return load_profile(profile if profile not in (None, "") else rec.meeting.profile or "nd30")


def render_docx(
    rec: MeetingRecord,
    out: Path,
    profile: Profile,
    kind: str = "minutes",
    report: Callable[[float], None] | None = None,
) -> Path:
    """Lay out *rec* and write the .docx to *out* atomically."""
    from core.export.document import build

    report = report or (lambda fraction: None)
    total = max(1, len(rec.entries))
    done = [0]

    def tick() -> None:
        done[0] += 1
        report(0.05 + 0.75 * min(1.0, done[0] / total))

    doc = build(rec, profile, kind, tick)
    report(0.85)
    return write_atomic(out, lambda tmp: doc.save(str(tmp)))


def export_record(
    rec: MeetingRecord,
    out: str | Path,
    profile: str | Path | Profile | None = None,
    kind: str = "minutes",
    fmt: str = "docx",
    progress: Progress | None = None,
) -> Path:
    """Export an already loaded record (tests and previews build one without a database)."""
    if kind not in KINDS:
        raise ExportError(f"Loại văn bản không hợp lệ / unknown document kind: {kind!r}")
    if fmt not in FORMATS:
        raise ExportError(f"Định dạng không hợp lệ / unknown format: {fmt!r} (docx, pdf)")
    target = check_target(Path(out).expanduser())
    report = _reporter(progress)
    report(0.0)
    prof = _profile(profile, rec)
    if fmt == "docx":
        render_docx(rec, target, prof, kind, report)
    else:
        with tempfile.TemporaryDirectory(prefix="bienban-pdf-") as work:
            docx = Path(work) / ((target.stem[:100] or "bienban") + ".docx")
            render_docx(rec, docx, prof, kind, lambda f: report(f * 0.6))
            report(0.65)
            write_atomic(target, lambda tmp: docx_to_pdf(docx, tmp))
    report(1.0)
    return target


def export_meeting(
    services: Services,
    meeting_id: int,
    out: str | Path,
    profile: str | Path | Profile | None = None,
    kind: str = "minutes",
    fmt: str = "docx",
    progress: Progress | None = None,
) -> Path:
    """Write meeting *meeting_id* as minutes or a conclusion notice (.docx or .pdf).

    *profile* is nd30, party, en, a profile file path or None for the meeting's own one.
    Raises ExportError when the target cannot be written, ValidationError for a bad profile.
    """
    rec = services.meetings.record(meeting_id)
    return export_record(rec, out, profile=profile, kind=kind, fmt=fmt, progress=progress)
