"""Text made safe for WordprocessingML, split into paragraphs, and measured for rules."""

from __future__ import annotations

import re
import unicodedata

# XML 1.0 cannot hold these; lxml refuses them, so they would abort the whole export.
_INVALID = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Vertical tab and form feed come from pasted Word text where they meant a manual break.
_SOFT_BREAKS = re.compile("[\x0b\x0c\u2028]")
_PARAGRAPH_SPLIT = re.compile("\r\n|\r|\n|\u2029")

# Advance widths (1/1000 em) of Times New Roman for U+0020..U+007E; Liberation Serif and
# Tinos share them, so a rule measured here matches what Word and LibreOffice draw.
_REGULAR = (
    "250 333 408 500 500 833 778 180 333 333 500 564 250 333 250 278 500 500 500 500 500 500 "
    "500 500 500 500 278 278 564 564 564 444 921 722 667 667 722 611 556 722 722 333 389 722 "
    "611 889 722 722 556 722 667 556 611 722 722 944 722 722 611 333 278 333 469 500 333 444 "
    "500 444 500 444 333 500 500 278 278 500 278 778 500 500 500 500 333 389 278 500 500 722 "
    "500 500 444 480 200 480 541"
)
_BOLD = (
    "250 333 555 500 500 1000 833 278 333 333 500 570 250 333 250 278 500 500 500 500 500 500 "
    "500 500 500 500 333 333 570 570 570 500 930 722 667 722 722 667 611 778 778 389 500 778 "
    "667 944 722 778 611 778 722 556 667 722 722 1000 722 722 667 333 278 333 581 500 333 500 "
    "556 444 556 444 333 500 556 278 333 556 278 833 556 500 556 556 444 389 333 556 500 722 "
    "500 500 444 394 220 394 520"
)
_WIDTHS = {False: [int(w) for w in _REGULAR.split()], True: [int(w) for w in _BOLD.split()]}
_BASE = str.maketrans({"Đ": "D", "đ": "d", "Ơ": "O", "ơ": "o", "Ư": "U", "ư": "u"})


def clean(text: str) -> str:
    """*text* with characters Word cannot store removed; soft breaks become newlines."""
    text = _SOFT_BREAKS.sub("\n", text)
    return _INVALID.sub("", text)


def paragraphs(text: str) -> list[list[str]]:
    """Split stored text into paragraphs, each a list of lines joined by manual breaks.

    Newlines start a new paragraph; U+000B, U+000C and U+2028 become line breaks inside one.
    Blank paragraphs are dropped: a secretary's double Enter is not meant as an empty line
    in the signed document.
    """
    out: list[list[str]] = []
    for para in _PARAGRAPH_SPLIT.split(_INVALID.sub("", text)):
        lines = [line.strip() for line in _SOFT_BREAKS.split(para)]
        lines = [line for line in lines if visible(line)]
        if lines:
            out.append(lines)
    return out


def visible(text: str) -> bool:
    """Whether *text* prints anything: zero-width and format characters alone do not."""
    return any(not ch.isspace() and unicodedata.category(ch)[0] not in "CZ" for ch in text)


def one_line(text: str) -> str:
    """Text for a single-line spot (a name, a table cell label): breaks become spaces."""
    cleaned = _INVALID.sub("", text)
    return " ".join(_PARAGRAPH_SPLIT.sub(" ", _SOFT_BREAKS.sub(" ", cleaned)).split())


def text_width_pt(text: str, size_pt: float, bold: bool = False) -> float:
    """Approximate printed width of *text* in Times New Roman at *size_pt*.

    Vietnamese letters are measured by their base letter: tone and vowel marks do not change
    the advance width (the horned ơ/ư are a little wider, which the caller's margin absorbs).
    """
    table = _WIDTHS[bold]
    total = 0
    for ch in unicodedata.normalize("NFD", text.translate(_BASE)):
        code = ord(ch)
        if 32 <= code <= 126:
            total += table[code - 32]
        elif not unicodedata.combining(ch):
            total += 600
    return total * size_pt / 1000.0


def lower_first(text: str) -> str:
    """'Buổi làm việc…' -> 'buổi làm việc…' for use mid-sentence; acronyms stay as they are."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text
