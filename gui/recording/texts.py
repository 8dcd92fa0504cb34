"""Helpers shared by the recording widgets: the interface half of a message, clock times."""

from __future__ import annotations

from gui.i18n import ui_language


def half(message: str) -> str:
    """The half of a "<Vietnamese> / <English>" message in the interface language."""
    vi, sep, en = message.partition(" / ")
    return en if sep and ui_language() == "en" else vi


def clock(ms: int | None) -> str:
    if ms is None:
        return "--:--:--"
    s = max(0, ms) // 1000
    return f"{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}"
