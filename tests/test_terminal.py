"""`show`, `list` and `search` write control and escape characters out, never obey them."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from core.cli import build_parser, run_command
from core.domain.text import printable
from core.storage.startup import open_database

HOSTILE = "Kết luận\x1b[2J\x1b]0;pwned\x07 xong\r\u202egnp.exe\u202c\x00\x9b31m"


def test_printable_writes_controls_out() -> None:
    shown = printable(HOSTILE)
    assert "\x1b" not in shown and "\r" not in shown and "\u202e" not in shown
    assert "\x00" not in shown and "\x9b" not in shown and "\x07" not in shown
    assert shown.startswith("Kết luận\\x1b[2J\\x1b]0;pwned\\x07 xong\\x0d\\u202egnp.exe")
    assert printable("dòng 1\ndòng 2\tcột") == "dòng 1\ndòng 2\tcột"
    assert printable("dòng 1\ndòng 2\tcột", one_line=True) == "dòng 1\\x0adòng 2\\x09cột"
    assert printable("Đảng bộ tỉnh — “kết luận” ✓") == "Đảng bộ tỉnh — “kết luận” ✓"


def _run(*argv: str) -> str:
    out = io.StringIO()
    assert run_command(build_parser().parse_args(list(argv)), out) == 0
    return out.getvalue()


@pytest.mark.sqlite_only
def test_show_list_and_search_escape_stored_text(tmp_path: Path) -> None:
    db = str(tmp_path / "a.sqlite3")
    opened = open_database(db, backup=False)
    svc = opened.services
    mid = svc.meetings.create("Họp\x1b[31m đỏ\nhai dòng").id
    svc.entries.add(mid, "conclusion", HOSTILE)
    stored = svc.entries.list(mid)[0].text
    opened.close()
    assert stored == HOSTILE  # the stored text is not changed
    for out in (
        _run("--db", db, "show", str(mid)),
        _run("--db", db, "list"),
        _run("--db", db, "search", "ket luan"),
    ):
        assert not any(c in out for c in "\x1b\r\x07\x00\x9b\u202e"), repr(out)
    listing = _run("--db", db, "list")
    assert len(listing.splitlines()) == 1 and "Họp\\x1b[31m đỏ\\x0ahai dòng" in listing
    assert "\\x1b[2J" in _run("--db", db, "show", str(mid))
    found = _run("--db", db, "search", "ket luan").splitlines()
    assert len(found) == 2 and "\\x1b[2J" in found[1]
