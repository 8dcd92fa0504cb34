"""The main window fits laptop screens at 100, 125 and 150 % and cuts nothing a secretary needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from gui.main_window import TITLE_BAR, fit_to_screen
from gui.widgets.columns import FittedColumns
from gui.widgets.reflow import ReflowRow
from tests.fit_probe import TASKBAR_PX

ROOT = Path(__file__).resolve().parent.parent
SCREENS = [
    (width, height, scale)
    for width, height in ((1366, 768), (1920, 1080))
    for scale in (1.0, 1.25, 1.5)
]
# The open meeting's recording bar and playback controls, on the Proceedings tab.
RECORDING = ("record", "stop", "device", "elapsed")  # the level meter is thin on purpose
RECORDING += ("back", "play", "forward", "speed", "position")
# What each tab must show whole. The timeline's rows and a table's lower rows may scroll,
# and so may the Details form, downwards only: its fields are checked across, not down.
WHOLE = {
    "proceedings": [
        *("clock", "start", "start_at", "end", "end_at", "agenda", "previous", "next"),
        *("up", "down", "remove", "details", "header", "bar"),
        *("speaker", "kind", "indicators", "hints", "text", "add", "banner"),
        *RECORDING,
    ],
    "proposal": [],  # the live screen again, with a proposal's fields (added below)
    "attendance": ["counts", "hint", "name", "position", "unit", "role", "add", "import"],
    "agenda": ["title", "presenter", "add"],
    "conclusion": ["task", "lead", "add"],
}
WHOLE["proposal"] = [*WHOLE["proceedings"], "proposer", "status", "response"]
STATUS = ("save", "database")
BUTTON_PADDING = 6  # a button's text keeps this much room on each side
LEAST_TIMELINE = 120  # two rows of the live timeline (with its header) stay in sight
# The timeline's text, the action's task, the attendee's position keep a readable width.
LEAST_STRETCHED_COLUMN = 120


def run_probe(
    tmp_path: Path,
    width: int,
    height: int,
    scale: float,
    smallest: bool = False,
    finalized: bool = False,
) -> list[dict[str, Any]]:
    """The window measured in a process of its own on this screen, in both languages
    (and read-only, with finalized minutes, when *finalized*)."""
    config = tmp_path / "screen.json"
    screen = {"name": "s", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    name = f"{width}x{height}-{round(scale * 100)}"
    env = {**os.environ, "HOME": str(tmp_path / "home"), "QT_SCALE_FACTOR": str(scale)}
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    command = [sys.executable, "-m", "tests.fit_probe", "--config", name]
    command += ["--lang", "vi", "--lang", "en"] + (["--smallest"] if smallest else [])
    command += ["--finalized"] if finalized else []
    shots = os.environ.get("BIENBAN_SCREENSHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        command += ["--shots", str(Path(shots).resolve())]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    reports: list[dict[str, Any]] = json.loads(done.stdout)
    return reports


def inside(rect: list[int], outer: list[int]) -> bool:
    x, y, w, h = rect
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def cut(widget: dict[str, Any], window: list[int], down: bool = True) -> str | None:
    """Why *widget* is not shown whole in a window of size *window*, or None; with
    *down* False, only cuts across count (a form that scrolls down)."""
    name, (x, _y, w, h) = widget["name"], widget["rect"]
    if not widget["visible"]:
        return f"{name} is hidden"
    if down and not inside(widget["rect"], [0, 0, *window]):
        return f"{name} at {widget['rect']} leaves the window {window}"
    if x < 0 or x + w > window[0]:
        return f"{name} at {widget['rect']} leaves the window sideways"
    least_w, least_h = widget["min_hint"]
    if w < least_w or h < least_h:
        return f"{name} is {w}x{h}, below its least size {least_w}x{least_h}"
    needs = widget["text_width"] + 2 * BUTTON_PADDING if "text_width" in widget else None
    if needs is None and widget["kind"] in ("label", "combo"):
        needs = widget["hint"][0]
    if needs is not None and w < needs:
        return f"{name} ({widget['text']!r}) is {w} wide, its text needs {needs}"
    if widget["kind"] == "wrapped" and h < widget["height_for_width"]:
        lines = widget["height_for_width"]
        return f"{name} ({widget['text']!r}) is {h} high, its lines need {lines}"
    return None


def tab_problems(tab: str, seen: dict[str, Any], room: list[int], live: bool) -> list[str]:
    """What is cut on one tab; *live* when the timeline must keep its rows in sight."""
    found: list[str] = []
    for what in ("min_hint", "minimum"):
        least = seen[what]
        if least[0] > room[0] or least[1] > room[1]:
            found.append(f"{what} {least} does not fit {room}")
    window = seen["window"]
    whole = set(WHOLE.get(tab, ()))
    for widget in seen["widgets"] + seen["status"]:
        name = widget["name"]
        if tab == "details" and name not in STATUS:
            reason = cut(widget, window, down=False)
        elif name in whole or name in STATUS or name.startswith("label:"):
            reason = cut(widget, window)
        else:
            reason = None if widget["visible"] else f"{name} is hidden"
        if reason:
            found.append(reason)
    found += [f"{a['name']} scrolls sideways" for a in seen["scrollbars"] if a["horizontal"]]
    if tab in ("proceedings", "proposal"):  # the recording's controls are measured too
        names = {w["name"] for w in seen["widgets"]}
        found += [f"{n} was not measured" for n in RECORDING if n not in names]
    if tab in ("proceedings", "proposal") and live:
        timeline = next(w for w in seen["widgets"] if w["name"] == "timeline")
        if timeline["rect"][3] < LEAST_TIMELINE:
            found.append(f"the timeline is {timeline['rect'][3]} high")
    if "columns" in seen:  # the tables: the column that stretches keeps a readable width
        columns = seen["columns"]
        widths = columns["widths"]
        if widths[columns["stretch"]] < LEAST_STRETCHED_COLUMN:
            found.append(f"column {columns['stretch']} of {widths} is too narrow")
        if sum(widths) > columns["viewport"]:
            found.append(f"columns {widths} overflow the table's {columns['viewport']}")
    return [f"{tab}: {problem}" for problem in found]


def problems(report: dict[str, Any]) -> list[str]:
    """Everything that does not fit in one run's measurements."""
    found: list[str] = []
    _x, _y, free_w, free_h = report["available"]
    room = [free_w, free_h - report["title_bar"]]  # the title bar takes its share
    # Before it is shown a window's position is its frame's; its height leaves the title's.
    x, y, w, h = report["geometry"]
    if not inside([x, y, w, h + report["title_bar"]], report["available"]):
        found.append(f"window {report['geometry']} and its title bar leave {report['available']}")
    for tab, seen in report["tabs"].items():
        found += tab_problems(tab, seen, room, live=True)
    for tab, seen in report.get("smallest", {}).items():
        found += [f"smallest {p}" for p in tab_problems(tab, seen, room, live=False)]
    return found


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    SCREENS,
    ids=[f"{w}x{h}-{round(s * 100)}" for w, h, s in SCREENS],
)
def test_the_window_fits_the_screen_and_cuts_nothing(
    tmp_path: Path, width: int, height: int, scale: float
) -> None:
    # At its least size the window is the same on every screen: measured once; finalized
    # minutes (read-only, a banner on each tab) on the smallest screen.
    smallest = (width, height, scale) == SCREENS[0]
    finalized = (width, height, scale) == SCREENS[2]
    reports = run_probe(tmp_path, width, height, scale, smallest, finalized)
    assert len(reports) == 3 if finalized else 2
    for report in reports:
        free = report["available"]
        assert free[3] == round((height - TASKBAR_PX) / scale), "no taskbar taken off"
        assert problems(report) == [], (report["lang"], report["finalized"])
        assert "smallest" in report or not smallest


def test_a_row_goes_onto_two_lines_when_narrow_and_back(qtbot) -> None:
    row = ReflowRow()
    qtbot.addWidget(row)
    first, second = QPushButton("Bắt đầu họp"), QLabel("Mục chương trình: 3. Kết luận")
    row.add(first)
    row.add(second, 1, extra=100)
    row.resize(row.wanted_width(), 40)
    row.show()
    qtbot.waitUntil(lambda: first.geometry().top() == second.geometry().top())
    assert row.is_one_line()
    row.resize(row.wanted_width() - 1, 80)
    qtbot.waitUntil(lambda: second.geometry().top() > first.geometry().bottom())
    assert not row.is_one_line()
    assert second.width() == row.width()  # the stretching group takes the whole line
    # Its least width is the widest group's, not the whole line's.
    assert row.minimumSizeHint().width() == max(
        first.minimumSizeHint().width(), second.minimumSizeHint().width()
    )
    row.resize(row.wanted_width() + 50, 40)
    qtbot.waitUntil(lambda: row.is_one_line())


def test_columns_give_way_in_step_and_keep_the_stretching_one_readable(qtbot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    columns = FittedColumns(view, {1: (200, 100), 2: (100, 60)}, stretch=0, stretch_least=150)
    assert columns.widths(1000) == {1: 200, 2: 100}  # room for all: as preferred
    assert columns.widths(150 + 160 + 70) == {1: 150, 2: 80}  # half of what they can give
    assert columns.widths(200) == {1: 100, 2: 60}  # never below their least


def test_hints_wrap_between_people_never_inside_a_name(qtbot, ops, undo, sample_id) -> None:
    from gui.proceedings.tab import ProceedingsTab
    from tests.gui_helpers import settle

    tab = ProceedingsTab(ops, undo)
    qtbot.addWidget(tab)
    tab.set_meeting(sample_id)
    settle(ops)
    tab.resize(1400, 600)
    tab.show()
    qtbot.waitUntil(lambda: "\n" not in tab.bar.hints.text())
    tab.resize(520, 600)
    qtbot.waitUntil(lambda: "\n" in tab.bar.hints.text())
    lines = tab.bar.hints.text().split("\n")
    metrics = tab.bar.hints.fontMetrics()
    assert all(metrics.horizontalAdvance(line) <= tab.bar.hints.width() for line in lines)
    people = [p.strip() for line in lines for p in line.removeprefix("Alt+ ").split("  ·  ")]
    assert people == [f"{n} {name}" for n, name in enumerate(tab.bar.recent, start=1)]


def test_a_window_taller_than_the_screen_keeps_its_title_bar_on_it(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    window.setGeometry(QRect(free.x() + 50, free.y() + 50, free.width() * 2, free.height() * 2))
    fit_to_screen(window)
    where = window.geometry()  # not shown: its position is its frame's
    assert where.width() <= free.width()
    assert free.contains(QRect(where.x(), where.y(), where.width(), where.height() + TITLE_BAR))
