"""Text rules: NFC on store, lone surrogates refused, diacritic folding, snippet marking."""

from __future__ import annotations

import unicodedata

import pytest

from core.domain.text import clean_optional, clean_required, fold, fold_with_map, nfc, search_terms
from core.errors import ValidationError
from core.search.query import mark

NFD_NAME = unicodedata.normalize("NFD", "Đặng Thị Hương")


def test_nfc_normalises_decomposed_vietnamese() -> None:
    assert NFD_NAME != "Đặng Thị Hương"
    assert nfc(NFD_NAME) == "Đặng Thị Hương"


def test_nfc_keeps_control_characters() -> None:
    assert nfc("a\x0bb\x01c\x00d\te") == "a\x0bb\x01c\x00d\te"


@pytest.mark.parametrize("value", ["\ud800", "abc\udfff", "x\udc00y"])
def test_nfc_refuses_lone_surrogates(value: str) -> None:
    with pytest.raises(ValidationError):
        nfc(value)


@pytest.mark.parametrize("value", [None, "", "   ", "\t\n", "\u3000"])
def test_clean_required_refuses_empty(value: str | None) -> None:
    with pytest.raises(ValidationError) as info:
        clean_required(value, "Tên")
    assert info.value.field == "Tên"


def test_clean_required_and_optional_limits() -> None:
    assert clean_required(NFD_NAME, "x") == "Đặng Thị Hương"
    with pytest.raises(ValidationError):
        clean_required("abcd", "x", max_len=3)
    with pytest.raises(ValidationError):
        clean_optional("abcd", "x", max_len=3)
    assert clean_optional(None) == ""
    assert clean_optional("  a  ") == "  a  "


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Đặng", "dang"),
        ("ĐẢNG BỘ", "dang bo"),
        ("kết luận", "ket luan"),
        ("Nguyễn Thị Ánh", "nguyen thi anh"),
        ("DANG", "dang"),
        (NFD_NAME, "dang thi huong"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


def test_fold_with_map_points_back_into_the_original() -> None:
    value = "Ông Đặng"
    folded, index = fold_with_map(value)
    assert folded == "ong dang"
    assert len(index) == len(folded)
    assert value[index[folded.index("dang")]] == "Đ"


def test_search_terms_drops_operators_and_punctuation() -> None:
    assert search_terms('"Kết luận" AND NEAR(x*') == ["ket", "luan", "and", "near", "x"]
    assert search_terms("%%% ''' ") == []


def test_mark_brackets_every_hit_in_the_snippet() -> None:
    snippet, plain, spans = mark("Kết luận của Đồng chí Đặng", ["ket", "dang"])
    assert snippet == "[Kết] luận của Đồng chí [Đặng]"
    assert plain == "Kết luận của Đồng chí Đặng"
    assert [plain[a:b] for a, b in spans] == ["Kết", "Đặng"]


def test_mark_cuts_a_window_around_the_first_hit() -> None:
    body = "mở đầu " * 100 + "kết luận cuối cùng" + " phần sau" * 100
    snippet, plain, spans = mark(body, ["ket"], width=60)
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "[kết]" in snippet
    assert [plain[a:b] for a, b in spans] == ["kết"]
