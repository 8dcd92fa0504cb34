"""Core messages come apart into one Vietnamese and one English half: the window shows one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from core.errors import FIELD_LABELS, SEPARATOR, ValidationError, about, halves
from core.services.meetings import TEXT_FIELDS, TIME_FIELDS

ROOT = Path(__file__).resolve().parent.parent
# The checks that name a field in their message, and where the label is among their arguments.
LABELLED = {
    "clean_required": 1,
    "clean_optional": 1,
    "check_datetime": 1,
    "check_date": 1,
    "check_count": 1,
    "check_order": 2,
    "as_id": 1,
    "parse_enum": 2,
    "get_or_404": 3,
}


def _labels() -> list[tuple[str, str]]:
    """(where, label) for every literal label given to those checks in core/."""
    found = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            at = LABELLED.get(name)
            if at is None or len(node.args) <= at:
                continue
            arg = node.args[at]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", arg.value))
    return found


def test_every_field_label_has_both_languages() -> None:
    labels = _labels()
    assert len(labels) > 40  # the scan sees them
    lacking = [
        (where, label)
        for where, label in labels
        if label not in FIELD_LABELS and label.count(SEPARATOR) != 1
    ]
    assert lacking == []


def test_fields_named_by_their_key_have_labels() -> None:
    keys = {*TEXT_FIELDS, *TIME_FIELDS, "lead", "coordinating", "note", "value", "unit"}
    assert keys - set(FIELD_LABELS) == set()
    for label in FIELD_LABELS.values():
        vi, en = halves(label)
        assert vi != en, label


@pytest.mark.parametrize(
    ("message", "vi", "en"),
    [
        ("Đã xóa. / Deleted.", "Đã xóa.", "Deleted."),
        ("Họp A / B / C", "Họp A / B / C", "Họp A / B / C"),  # ambiguous: whole
        ("Không có dấu phân cách", "Không có dấu phân cách", "Không có dấu phân cách"),
    ],
)
def test_halves(message: str, vi: str, en: str) -> None:
    assert halves(message) == (vi, en)
    error = ValidationError(message)
    assert (error.said("vi"), error.said("en")) == (vi, en)


def test_a_message_about_a_field_names_it_in_each_language() -> None:
    error = ValidationError(**about("planned_start", "ngày không hợp lệ.", "not a date."))
    assert error.said("vi") == "Dự kiến bắt đầu: ngày không hợp lệ."
    assert error.said("en") == "Planned start: not a date."
    assert error.message == "Dự kiến bắt đầu: ngày không hợp lệ. / Planned start: not a date."
