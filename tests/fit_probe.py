"""Measures the main window on the screen Qt started with (run by tests/test_gui_fit.py)."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QWidget,
)

TASKBAR_PX = 40  # a Windows taskbar at the bottom, in physical pixels
TITLE_BAR = 31  # a Windows title bar, in device-independent pixels
TABS = ("details", "attendance", "agenda", "proceedings", "conclusion")


def _with_taskbar() -> None:
    """The offscreen platform's screen has no taskbar: take one off its free area, as
    Windows does, for everything that asks (the window's fitting included)."""
    whole = QScreen.availableGeometry
    if getattr(whole, "with_taskbar", False):
        return

    def available(screen: QScreen) -> QRect:
        free = QRect(whole(screen))
        free.setHeight(free.height() - round(TASKBAR_PX / screen.devicePixelRatio()))
        return free

    available.with_taskbar = True  # type: ignore[attr-defined]
    QScreen.availableGeometry = available  # type: ignore[method-assign]


def _rect(widget: QWidget, window: QWidget) -> list[int]:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return [top_left.x(), top_left.y(), widget.width(), widget.height()]


def _kind(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return "wrapped" if widget.wordWrap() else "label"
    if isinstance(widget, QAbstractButton):
        return "button"
    if isinstance(widget, QComboBox):
        return "combo"
    return "widget"


def _measure(name: str, widget: QWidget, window: QWidget) -> dict[str, Any]:
    hint, least = widget.sizeHint(), widget.minimumSizeHint()
    # As layouts take it: a minimum set on the widget stands for its hint.
    least = QSize(widget.minimumWidth() or least.width(), widget.minimumHeight() or least.height())
    found: dict[str, Any] = {
        "name": name,
        "kind": _kind(widget),
        "visible": widget.isVisibleTo(window),
        "rect": _rect(widget, window),
        "hint": [hint.width(), hint.height()],
        "min_hint": [least.width(), least.height()],
        "text": widget.text() if isinstance(widget, QLabel | QAbstractButton) else "",
    }
    if isinstance(widget, QLabel) and widget.wordWrap():
        found["height_for_width"] = widget.heightForWidth(widget.width())
    if isinstance(widget, QAbstractButton):
        # What its text and icon take: a style's least button width (80) is no need.
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        found["text_width"] = widget.fontMetrics().horizontalAdvance(text) + icon
    return found


def _labels_of(widget: QWidget) -> list[tuple[str, QWidget]]:
    """The captions and other plain labels inside *widget* that have text."""
    return [
        (f"label:{child.text()}", child)
        for child in widget.findChildren(QLabel)
        if child.text() and child.isVisibleTo(widget) and not child.objectName().startswith("qt_")
    ]


def _needed(window: Any, tab: str) -> list[tuple[str, QWidget]]:
    """What a secretary needs to see whole on *tab*."""
    if tab == "details":
        d = window.details
        found: list[tuple[str, QWidget]] = [("kind", d.kind), ("profile", d.profile)]
        found += [("quorum", d.quorum), ("documents", d.documents), ("other", d.other_info)]
        found += [(f"edit:{f}", w) for f, w in d.edits.items()]
        for f, w in d.times.items():
            found += [(f"time:{f}", w.edit), (f"calendar:{f}", w.button)]
            found.append((f"reading:{f}", w.result))
        return found + _labels_of(d)
    if tab == "attendance":
        a = window.attendance
        found = [("counts", a.counts_label), ("hint", a.hint), ("table", a.view)]
        found += [("name", a.name), ("position", a.position), ("unit", a.unit)]
        found += [("role", a.role), ("add", a.add_button), ("import", a.import_button)]
        return found + _labels_of(a)
    if tab == "agenda":
        g = window.agenda
        found = [("table", g.view), ("title", g.title), ("presenter", g.presenter)]
        return found + [("add", g.add_button), *_labels_of(g)]
    if tab == "proceedings":
        p = window.proceedings
        h, b = p.header, p.bar
        found = [("clock", h.clock), ("start", h.start), ("start_at", h.start_at)]
        found += [("end", h.end), ("end_at", h.end_at), ("agenda", h.agenda)]
        found += [("previous", h.previous), ("next", h.next)]
        found += [("up", p.up), ("down", p.down), ("remove", p.remove), ("details", p.details)]
        found += [("timeline", p.view), ("speaker", b.speaker), ("kind", b.kind)]
        found += [("indicators", b.indicators), ("hints", b.hints), ("text", b.text)]
        found += [("add", b.add), ("header", h), ("bar", b)]
        recording = window.recording.session
        if recording is not None:  # the open meeting's recording bar and playback controls
            r, play = recording.bar, recording.playback
            found += [("record", r.record_button), ("stop", r.stop_button)]
            found += [("device", r.device_box), ("level", r.level), ("elapsed", r.elapsed)]
            found += [("back", play.back_button), ("play", play.play_button)]
            found += [("forward", play.forward_button), ("speed", play.speed_box)]
            found += [("position", play.position)]
        banners = [w for w in p.findChildren(QLabel, "revisionBanner") if w.isVisibleTo(p)]
        return found + _labels_of(h) + _labels_of(b) + [("banner", w) for w in banners]
    c = window.conclusion
    found = [("text", c.text), ("actions", c.view), ("task", c.task), ("lead", c.lead)]
    return found + [("add", c.add_button), *_labels_of(c)]


def _scrollbars(page: QWidget, window: QWidget) -> list[dict[str, Any]]:
    return [
        {
            "name": type(area).__name__,
            "horizontal": area.horizontalScrollBar().isVisibleTo(window),
            "vertical": area.verticalScrollBar().isVisibleTo(window),
        }
        for area in page.findChildren(QAbstractScrollArea)
        if area.isVisibleTo(window)
    ]


def _columns(view: Any) -> dict[str, Any]:
    header = view.horizontalHeader()
    stretched = [
        c
        for c in range(header.count())
        if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
    ]
    return {
        "widths": [view.columnWidth(c) for c in range(header.count())],
        "viewport": view.viewport().width(),
        "stretch": stretched[0] if stretched else None,
    }


def _tabs(window: Any, shots: Path | None, name: str) -> dict[str, Any]:
    """Each tab shown in turn, measured, and photographed when *shots* is given."""
    app = QApplication.instance()
    found: dict[str, Any] = {}
    for index, tab in enumerate(TABS):
        window.show_tab(index)
        window.ops.drain(10)
        for _ in range(3):  # a layout that changes its mind takes another pass
            app.processEvents()  # type: ignore[union-attr]
        least = window.minimumSizeHint()
        found[tab] = {
            "widgets": [_measure(n, w, window) for n, w in _needed(window, tab)],
            "scrollbars": _scrollbars(window.pages[index], window),
            "window": [window.width(), window.height()],
            "min_hint": [least.width(), least.height()],
            "minimum": [window.minimumWidth(), window.minimumHeight()],
            "status": [
                _measure("save", window.save_label, window),
                _measure("database", window.db_label, window),
            ],
        }
        if tab != "details":  # its table
            found[tab]["columns"] = _columns(window.pages[index].view)
        if shots is not None:
            window.grab().save(str(shots / f"{name}-{index + 1}-{tab}.png"))
        if tab == "proceedings" and window.proceedings.bar.kind.isEnabled():
            found["proposal"] = _proposal(window, shots, name)
    return found


def _proposal(window: Any, shots: Path | None, name: str) -> dict[str, Any]:
    """The live screen with a proposal being typed: the bar shows its three fields more."""
    bar = window.proceedings.bar
    bar.set_kind("proposal")
    for _ in range(3):
        QApplication.processEvents()
    fields = bar.proposal
    needed = _needed(window, "proceedings") + _labels_of(fields)
    needed += [("proposer", fields.proposer), ("status", fields.status)]
    needed.append(("response", fields.response))
    found = {
        "widgets": [_measure(n, w, window) for n, w in needed],
        "scrollbars": _scrollbars(window.proceedings, window),
        "window": [window.width(), window.height()],
        "min_hint": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "minimum": [window.minimumWidth(), window.minimumHeight()],
        "status": [],
        "columns": _columns(window.proceedings.view),
    }
    if shots is not None:
        window.grab().save(str(shots / f"{name}-4-proposal.png"))
    bar.set_kind("opinion")
    return found


def probe(
    db: Path, lang: str, shots: Path | None, config: str, smallest: bool, finalized: bool = False
) -> dict[str, Any]:
    """Open the sample meeting as at start, show each tab, and say how everything fits;
    with *smallest*, again with the window at its least size; with *finalized*, the
    meeting's minutes are finalized first (read-only, a banner on every tab)."""
    from audio.fake import FakeBackend
    from core.services import Services
    from core.storage.database import Database
    from core.storage.migrate import migrate
    from gui.i18n import install_translators
    from gui.main_window import MainWindow
    from gui.operations import Ops

    _with_taskbar()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translators(app, lang)
    database = Database(f"sqlite:///{db}")
    migrate(database)
    services = Services.build(database)
    meeting = services.add_sample()
    if finalized:
        services.revisions.finalize(meeting)
        config += "-finalized"
    settings = QSettings(str(db.with_suffix(".ini")), QSettings.Format.IniFormat)
    ops = Ops(services)
    window = MainWindow(ops, settings, audio_backend=FakeBackend())
    fitted = window.geometry()  # fitted before it is shown, as at start
    window.show()
    ops.drain(10)
    app.processEvents()
    screen = window.screen()
    free = screen.availableGeometry()
    report: dict[str, Any] = {
        "config": config,
        "lang": lang,
        "finalized": finalized,
        "screen": [screen.geometry().width(), screen.geometry().height()],
        "available": [free.x(), free.y(), free.width(), free.height()],
        "title_bar": TITLE_BAR,
        "geometry": [fitted.x(), fitted.y(), fitted.width(), fitted.height()],
        "splitter": window.splitter.sizes(),
        "tabs": _tabs(window, shots, f"{config}-{lang}"),
    }
    if smallest:
        least = QSize(0, 0)
        for index in range(len(TABS)):  # the least size of the tab that needs most
            window.show_tab(index)
            app.processEvents()
            least = least.expandedTo(window.minimumSizeHint())
        window.resize(least)
        report["smallest"] = _tabs(window, shots, f"{config}-{lang}-smallest")
    window.close()
    ops.close()
    database.dispose()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="screen")
    parser.add_argument("--lang", action="append", default=[])
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--smallest", action="store_true")
    parser.add_argument("--finalized", action="store_true", help="also with finalized minutes")
    args = parser.parse_args(argv)
    reports = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, lang in enumerate(args.lang or ["vi"]):
            db = Path(tmp) / f"probe{n}.sqlite3"
            reports.append(probe(db, lang, args.shots, args.config, args.smallest))
        if args.finalized:
            db = Path(tmp) / "finalized.sqlite3"
            reports.append(
                probe(db, args.lang[0] if args.lang else "vi", args.shots, args.config, False, True)
            )
    print(json.dumps(reports))
    return 0


if __name__ == "__main__":
    sys.exit(main())
