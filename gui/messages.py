"""What the core says, in the interface's language: one half of its bilingual messages."""

from __future__ import annotations

from core.errors import BienBanError, halves
from gui import i18n


def in_interface_language(message: str) -> str:
    """The half of a core message ("tiếng Việt / English") the interface speaks."""
    vi, en = halves(message)
    return en if i18n.ui_language() == "en" else vi


def said(error: BaseException) -> str:
    """An error as the window shows it: a core error in the interface's language, anything
    else as Python words it (those are reported as bugs, not read by the secretary)."""
    if isinstance(error, BienBanError):
        return error.said(i18n.ui_language())
    return str(error)
