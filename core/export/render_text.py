"""A plain-text rendering of a whole meeting, for `main.py show` and quick checks."""

from __future__ import annotations

from core.domain.dto import MeetingRecord
from core.domain.formatting import date_text, label, percent, time_text


def _clock(ms: int) -> str:
    s = ms // 1000
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}"


def render(rec: MeetingRecord) -> str:
    m = rec.meeting
    lang = "en" if m.profile == "en" else "vi"
    out: list[str] = [f"#{m.id} {m.title}", f"{label(m.kind, lang)} · {label(m.status, lang)}"]
    if m.start:
        out.append(
            f"{time_text(m.start, lang)}, {date_text(m.start, lang)}"
            + (f" – {time_text(m.end, lang)}" if m.end else "")
        )
    if m.place:
        out.append(m.place)
    c = rec.counts
    out += [
        "",
        f"{'Thành phần' if lang == 'vi' else 'Attendance'}"
        f" ({c.official_present}/{c.official_total}):",
    ]
    for a in rec.attendance:
        extra = f" – {a.reason}" if a.reason else ""
        who = ", ".join(x for x in (a.full_name, a.position, a.unit) if x)
        out.append(f"  [{label(a.role, lang)}] {who} ({label(a.status, lang)}{extra})")
    if rec.agenda:
        out += ["", "Chương trình:" if lang == "vi" else "Agenda:"]
        out += [
            f"  {i}. {g.title}" + (f" ({g.presenter})" if g.presenter else "")
            for i, g in enumerate(rec.agenda, 1)
        ]
    out += ["", "Diễn biến:" if lang == "vi" else "Proceedings:"]
    for e in rec.entries:
        when = e.at.strftime("%H:%M") if e.at else "--:--"
        speaker = f" {e.speaker_name}:" if e.speaker_name else ""
        heard = f" ♪{_clock(e.audio_ms)}" if e.audio_ms is not None else ""  # `main.py audio`
        out.append(f"  {when}{heard} [{label(e.kind, lang)}]{speaker} {e.text}")
        for i in e.indicators:
            out.append(f"      · {i.name}: {i.value} {i.unit} {i.period} {i.target}".rstrip())
        if e.proposal:
            p = e.proposal
            out.append(
                f"      → {label(p.status, lang)}" + (f": {p.response}" if p.response else "")
            )
        if e.vote:
            v = e.vote
            out.append(
                f"      {v.subject} – {label(v.method, lang)}: {v.votes_for}"
                f" ({percent(v.percent(v.votes_for), lang)}) / {v.votes_against} / {v.abstain}"
                f" → {label('passed' if v.passed else 'failed', lang)}"
            )
    if rec.actions:
        out += ["", "Nhiệm vụ:" if lang == "vi" else "Action items:"]
        for act in rec.actions:
            due = act.deadline.isoformat() if act.deadline else "—"
            cells = (act.task, act.lead, act.coordinating, due, label(act.status, lang))
            out.append("  - " + " | ".join(cells))
    return "\n".join(out)
