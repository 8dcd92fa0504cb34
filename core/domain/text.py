"""Text rules shared by storage and search: NFC on store, diacritic folding for search."""

from __future__ import annotations

import re
import unicodedata

from core.errors import ValidationError, about

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Folding that NFD + dropping marks does not do: đ/Đ have no decomposition.
# U+0000 separates words (as in FTS5) and cannot be stored in PostgreSQL text.
_EXTRA_FOLD = str.maketrans(
    {"đ": "d", "Đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "\x00": " "}
)


def nfc(value: str) -> str:
    """Return *value* in NFC; refuse lone surrogates, which no file format can hold."""
    if _LONE_SURROGATE.search(value):
        raise ValidationError(
            "Văn bản chứa ký tự không hợp lệ (nửa cặp surrogate), thường do dán từ clipboard."
            " / The text holds an invalid character (a lone surrogate)."
        )
    return unicodedata.normalize("NFC", value)


def clean_required(value: str | None, label: str, max_len: int | None = None) -> str:
    """NFC-normalise a required field; whitespace-only counts as empty."""
    if value is None or not value.strip():
        raise ValidationError(
            **about(label, "không được để trống.", "must not be empty."), field=label
        )
    value = nfc(value)
    if max_len is not None and len(value) > max_len:
        raise ValidationError(
            **about(
                label,
                f"quá dài ({len(value)} ký tự, tối đa {max_len}).",
                f"too long ({len(value)} characters, at most {max_len}).",
            ),
            field=label,
        )
    return value


def clean_optional(value: str | None, label: str = "", max_len: int | None = None) -> str:
    """NFC-normalise an optional field; None becomes the empty string."""
    if value is None:
        return ""
    value = nfc(value)
    if max_len is not None and len(value) > max_len:
        raise ValidationError(
            **about(
                label,
                f"quá dài ({len(value)} ký tự, tối đa {max_len}).",
                f"too long ({len(value)} characters, at most {max_len}).",
            ),
            field=label,
        )
    return value


# Invisible characters pasted inside words (zero-width space, non-joiner, joiner, word
# joiner, byte order mark, soft hyphen): folded away, or "Ng\u200buyễn" would never match.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def _fold_char(ch: str) -> str:
    if ch in _INVISIBLE:
        return ""
    decomposed = unicodedata.normalize("NFD", ch.translate(_EXTRA_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character (fast on long texts)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


class _LengthTable(dict[int, str]):
    """Maps a character to chr(length of its folding), to find positions at C speed."""

    def __missing__(self, code: int) -> str:
        length = chr(len(_FOLD_TABLE[code]))
        self[code] = length
        return length


_FOLD_TABLE = _FoldTable()
_LENGTH_TABLE = _LengthTable()


def fold(value: str) -> str:
    """Lower-case *value* and strip diacritics, including đ → d, for search."""
    return value.translate(_FOLD_TABLE)


def fold_with_map(value: str) -> tuple[str, list[int]]:
    """Fold *value* and return, for each folded character, its index in *value*."""
    folded = value.translate(_FOLD_TABLE)
    lengths = value.translate(_LENGTH_TABLE)
    if lengths.count("\x01") == len(lengths):
        # NFC Vietnamese folds one character to one: positions carry over unchanged.
        return folded, list(range(len(value)))
    index: list[int] = []
    for i, n in enumerate(lengths):
        index.extend([i] * ord(n))
    return folded, index


_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(query: str) -> list[str]:
    """Split a user query into folded words (punctuation and operators are ignored)."""
    # \w keeps "_", which the index treats as a separator: a term of underscores alone
    # would match nothing (and, as the last term, steal the prefix match from the one before).
    return [t for t in _WORD.findall(fold(query)) if t.strip("_")]


# Control characters (C0 but tab and newline, DEL, C1: ESC starts the terminal's escape
# sequences) and the bidirectional overrides and isolates, which reorder what a terminal
# shows. Tab and newline are escaped too where a record must stay on one line.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNPRINTABLE_ON_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, *, one_line: bool = False) -> str:
    """*text* as a terminal may show it: control and reordering characters written out
    ("\\x1b", "\\u202e") rather than obeyed; the stored text is not changed. *one_line*
    writes out tabs and newlines too (a record per line, fields between tabs)."""
    pattern = _UNPRINTABLE_ON_ONE_LINE if one_line else _UNPRINTABLE
    return pattern.sub(_escaped, text)
