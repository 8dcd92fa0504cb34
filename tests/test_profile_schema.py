"""Hostile profile files: one line naming the field and the reason; never a traceback.

Each case is tried as `--profile FILE` on the command line, in the profiles folder beside the
database (left out of every list, named with its reason, never blocking an export with
another profile), and in the window (export dialog, Details tab, profiles editor).
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections.abc import Callable
from contextlib import redirect_stderr
from pathlib import Path
from typing import Any

import docx
import pytest
from PySide6.QtCore import QSettings

from core.cli import build_parser, run_command
from core.errors import ValidationError
from core.export.api import export_meeting
from core.export.profile import PROFILE_DIR, load_profile, validate_profile
from core.services import Services
from gui.details_tab import DetailsTab
from gui.export_dialog import ExportDialog
from gui.profile_editor import ProfileEditor

ROOT = Path(__file__).resolve().parent.parent
NESTED = "[" * 5000 + "]" * 5000


def nd30_text() -> str:
    return (PROFILE_DIR / "nd30.json").read_text(encoding="utf-8")


def edited(change: Callable[[dict[str, Any]], None]) -> bytes:
    data = json.loads(nd30_text())
    change(data)
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def raw_value(path: str, literal: str) -> bytes:
    """The nd30 file with the value at *path* replaced by a literal JSON text."""
    marker = "__REPLACED__"

    def put(data: dict[str, Any]) -> None:
        *head, last = path.split(".")
        target: Any = data
        for key in head:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = marker

    return edited(put).replace(f'"{marker}"'.encode(), literal.encode())


# (file bytes, what the one-line message must say)
HOSTILE: dict[str, tuple[bytes, str]] = {
    "deep nesting": (raw_value("labels.time", NESTED), "JSON nested too deeply"),
    "deep nesting, legal depth": (
        raw_value("labels.time", "[" * 150 + "]" * 150),
        "labels.time: must be text",
    ),
    "5,000-digit number": (
        raw_value("fonts.body_pt", "1" + "0" * 4999),
        "fonts.body_pt: number too large",
    ),
    "lone surrogate": (
        raw_value("labels.time", '"Th\\ud800i gian"'),
        'labels.time = "Th\\ud800i gian": invalid character (a lone surrogate)',
    ),
    "lone surrogate in a key": (
        raw_value("labels.x", "1").replace(b'"x"', b'"\\udc80"'),
        'labels = "\\udc80": invalid character (a lone surrogate)',
    ),
    "list where a string belongs": (
        raw_value("documents.minutes.title", '["BIÊN BẢN"]'),
        "documents.minutes.title: must be text",
    ),
    "space_before_pt as text": (
        raw_value("header.left.2.space_before_pt", '"6"'),
        'header.left[2].space_before_pt = "6": must be a number',
    ),
    "space_before_pt 1e308": (
        raw_value("header.left.2.space_before_pt", "1e308"),
        "header.left[2].space_before_pt = 1e+308: at most 72",
    ),
    "unknown key": (raw_value("colour", '"red"'), "colour: unknown key"),
    "unknown nested key": (
        raw_value("page.margins_mm.centre", "5"),
        "page.margins_mm.centre: unknown key",
    ),
    "bool where a number belongs": (
        raw_value("page.width_mm", "true"),
        "page.width_mm = true: must be a number",
    ),
    "not UTF-8": (nd30_text().encode("utf-8").replace(b"BI\xc3\x8aN", b"BI\xca"), "not UTF-8"),
    "not an object": (b"[1, 2]", "must be a JSON object"),
}
CASES = sorted(HOSTILE)


def one_line(message: str) -> None:
    assert "\n" not in message and "Traceback" not in message
    assert message.count(" / ") == 1  # Vietnamese / English, split once
    message.encode("utf-8")  # printable anywhere: no lone surrogate reaches a terminal


@pytest.mark.parametrize("case", CASES)
def test_refused_with_the_field_and_the_reason(case: str, tmp_path: Path) -> None:
    content, expected = HOSTILE[case]
    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as info:
        load_profile(path)
    assert expected in info.value.message, info.value.message
    assert "'hostile'" in info.value.message  # the file is named
    one_line(info.value.message)


def cli(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    with redirect_stderr(err):
        code = run_command(build_parser().parse_args(list(argv)), io.StringIO())
    return code, err.getvalue()


@pytest.mark.parametrize("case", CASES)
def test_cli_says_it_in_one_line_and_exits_1(case: str, tmp_path: Path) -> None:
    content, expected = HOSTILE[case]
    db = str(tmp_path / "x.sqlite3")
    assert cli("--db", db, "sample")[0] == 0
    bad = tmp_path / "hostile.json"
    bad.write_bytes(content)
    out = tmp_path / "out.docx"
    code, err = cli("--db", db, "export", "1", "--profile", str(bad), "--out", str(out))
    assert code == 1 and not out.exists()
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("bienban: ") and expected in lines[0], err
    one_line(lines[0].removeprefix("bienban: "))


def test_cli_process_prints_no_traceback(tmp_path: Path) -> None:
    db = str(tmp_path / "x.sqlite3")
    bad = tmp_path / "deep.json"
    bad.write_bytes(HOSTILE["deep nesting"][0])
    run = [sys.executable, "main.py", "--db", db]
    subprocess.run([*run, "sample"], cwd=ROOT, check=True, capture_output=True, timeout=120)
    r = subprocess.run(
        [*run, "export", "1", "--profile", str(bad), "--out", str(tmp_path / "o.docx")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 1 and r.stderr.count("\n") == 1, r.stderr
    assert "JSON nested too deeply" in r.stderr and "Traceback" not in r.stderr


def fill_folder(services: Services) -> None:
    """Every hostile file in the profiles folder, beside one good profile."""
    store = services.profiles
    store.copy("party", "tot")
    for i, case in enumerate(CASES):
        (store.folder / f"hong-{i:02d}.json").write_bytes(HOSTILE[case][0])
    (store.folder / "b\udcffd.json").write_bytes(nd30_text().encode())  # undecodable name
    (store.folder / "nd30.json").write_bytes(nd30_text().encode())  # a built-in's name


def test_profiles_folder_lists_only_usable_files(
    services: Services, sample_id: int, tmp_path: Path
) -> None:
    fill_folder(services)
    store = services.profiles
    assert [p.name for p in store.list()] == ["tot"]
    rejected = {r.file: r.reason for r in store.rejected()}
    assert len(rejected) == len(CASES) + 2
    for i, case in enumerate(CASES):
        assert HOSTILE[case][1] in rejected[f"hong-{i:02d}.json"], case
    for reason in rejected.values():
        one_line(reason)
    assert "b\\udcffd.json" in rejected and "built-in" in rejected["nd30.json"]
    # Exports with the good profile, or a shipped one, are not held up by the others.
    for profile in (str(store.path("tot")), "nd30"):
        out = export_meeting(services, sample_id, tmp_path / "ok.docx", profile=profile)
        assert "BIÊN BẢN" in [p.text for p in docx.Document(str(out)).paragraphs]


def test_window_lists_skip_bad_files_and_export_still_opens(
    qtbot, services: Services, ops: Any, undo: Any, sample_id: int, tmp_path: Path
) -> None:
    from tests.gui_helpers import settle

    fill_folder(services)
    good = str(services.profiles.path("tot"))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(services, sample_id, settings)  # Ctrl+E
    qtbot.addWidget(dialog)
    offered = [dialog.profile.itemData(i) for i in range(dialog.profile.count())]
    assert offered == ["nd30", "party", "en", good]
    details = DetailsTab(ops, undo)
    qtbot.addWidget(details)
    details.set_meeting(sample_id)
    settle(ops)
    details.refresh_profiles()  # as after every save in the profiles editor
    settle(ops)
    assert [details.profile.itemData(i) for i in range(details.profile.count())] == offered
    editor = ProfileEditor(services, sample_id)
    qtbot.addWidget(editor)
    assert [editor.saved.itemText(i) for i in range(editor.saved.count())] == ["tot"]
    assert not editor.skipped.isHidden()
    assert "hong-00.json" in editor.skipped.text() and "…" in editor.skipped.text()


def test_meeting_naming_a_bad_file_gets_another_profile_with_the_reason(
    qtbot, services: Services, sample_id: int, tmp_path: Path
) -> None:
    bad = tmp_path / "own.json"
    bad.write_bytes(HOSTILE["space_before_pt 1e308"][0])
    services.meetings.update(sample_id, profile=str(bad))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = ExportDialog(services, sample_id, settings)
    qtbot.addWidget(dialog)
    assert dialog.profile.findData(str(bad)) < 0 and dialog.profile.currentData() == "nd30"
    assert "space_before_pt" in dialog.message.text() and dialog.export_button.isEnabled()
    dialog.path.setText(str(tmp_path / "ok.docx"))
    dialog.open_after.setChecked(False)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.result_path is not None or dialog.error is not None)
    assert dialog.result_path == str(tmp_path / "ok.docx"), dialog.error


def test_shipped_profiles_pass_the_schema() -> None:
    for name in ("nd30", "party", "en"):
        data = json.loads((PROFILE_DIR / f"{name}.json").read_text(encoding="utf-8"))
        assert validate_profile(data, name).name == name
