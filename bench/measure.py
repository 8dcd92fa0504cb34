"""In-process measurements on the archive: open, export, search, save, GUI stalls."""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
from pathlib import Path
from typing import Any

from bench.timing import median_of, percentile, timed
from core.domain.dto import MeetingRecord
from core.domain.text import search_terms
from core.search.query import _fts_query
from core.services import Services

QUERIES = [
    "cong thuong",
    "giai phong mat bang",
    "nghi son",
    "chuyen doi so",
    "von dau tu cong",
    "thu hut dau tu",
    "ho so ton dong",
    "tuyen truyen",
    "so tai chinh",
    "nong thon moi",
    "ke hoach so",
    "ban thuong vu",
    "du lich bien",
    "hoang hoa",
    "truong hoc dat chuan",
    "benh vien",
    "cap nuoc sach",
    "dang vien",
    "lap day",
    "xuat khau nong san",
    "giai ph",
    "chuyen d",
    "thong ke",
    "ket luan",
    "dang bo",
    "hop giao ban",
    "quan hoa",
    "muong lat",
    "viec lam cho thanh nien",
    "kho bac",
]


def raw_docx(rec: MeetingRecord, out: Path) -> None:
    """The floor: python-docx writing the same paragraphs and tables with no layout work."""
    from docx import Document

    doc = Document()
    doc.add_paragraph(rec.meeting.title)
    for a in rec.attendance:
        doc.add_paragraph(f"{a.full_name}, {a.position}")
    for e in rec.entries:
        doc.add_paragraph(f"{e.speaker_name}: {e.text}")
        if e.indicators:
            t = doc.add_table(rows=len(e.indicators), cols=5)
            for row, i in zip(t.rows, e.indicators, strict=True):
                for cell, value in zip(
                    row.cells, (i.name, i.value, i.unit, i.period, i.target), strict=True
                ):
                    cell.text = value
    if rec.actions:
        t = doc.add_table(rows=len(rec.actions), cols=4)
        for row, act in zip(t.rows, rec.actions, strict=True):
            for cell, value in zip(
                row.cells,
                (act.task, act.lead, act.coordinating, str(act.deadline or "")),
                strict=True,
            ):
                cell.text = value
    doc.save(str(out))


def export_vs_raw(services: Services, meeting_id: int) -> tuple[float, float]:
    from core.export.api import export_record

    rec = services.meetings.record(meeting_id)
    with tempfile.TemporaryDirectory() as tmp:
        export_record(rec, Path(tmp) / "warm.docx", profile="nd30")
        raw_docx(rec, Path(tmp) / "warm-raw.docx")
        ours = median_of(
            3, lambda: timed(lambda: export_record(rec, Path(tmp) / "m.docx", profile="nd30"))
        )
        floor = median_of(3, lambda: timed(lambda: raw_docx(rec, Path(tmp) / "r.docx")))
    return ours, floor


def search_vs_fts(services: Services, db: Path, repeat: int = 100) -> tuple[float, float]:
    queries = [QUERIES[i % len(QUERIES)] for i in range(repeat)]
    for q in QUERIES:
        services.search.search(q)  # warm the page cache the same for both
    ours = [timed(lambda q=q: services.search.search(q)) for q in queries]
    conn = sqlite3.connect(db)
    sql = "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 50"
    floor = [
        timed(lambda q=q: conn.execute(sql, (_fts_query(search_terms(q)),)).fetchall())
        for q in queries
    ]
    conn.close()
    return percentile(ours, 95), percentile(floor, 95)


def save_vs_commit(services: Services, db: Path, meeting_id: int) -> tuple[float, float, float]:
    entry = services.entries.list(meeting_id)[10]
    ours = [
        timed(lambda i=i: services.entries.update(entry.id, text=f"Sửa lần {i}"))
        for i in range(100)
    ]
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA journal_mode = WAL")

    def commit(i: int) -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE entry SET text = ? WHERE id = ?", (f"Sửa thô {i}", entry.id))
        conn.execute("COMMIT")

    floor = [timed(lambda i=i: commit(i)) for i in range(100)]
    conn.close()
    services.entries.update(entry.id, text=entry.text)
    return statistics.median(ours), percentile(ours, 95), statistics.median(floor)


def window_measures(services: Services, meeting_id: int) -> dict[str, Any]:
    """Open the big meeting in the real window; type and add entries while a timer watches
    for stalls of the event loop."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from gui.collector import installed
    from gui.main_window import PROCEEDINGS, MainWindow
    from gui.operations import Ops

    app = QApplication.instance() or QApplication([])
    collector = installed(app)  # as BienBan runs: its collections count as stalls
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Ops(services), settings)
        window.show()
        collector.settle()
        window.ops.drain(30)
        window.open_meeting(None)
        load = services.meetings.record
        floor = median_of(5, lambda: timed(lambda: load(meeting_id)))

        def open_once() -> float:
            window.open_meeting(None)
            window.ops.drain(30)
            return timed(lambda: (window.open_meeting(meeting_id), window.ops.drain(30)))

        window.show_tab(PROCEEDINGS)  # the tab that holds the 2,000 entries
        opened = median_of(5, open_once)
        stall = typing_stall(app, window)
        window.close()
        window.ops.close()
    collector.stop()
    return {"open_s": opened, "open_floor_s": floor, "max_stall_ms": stall}


def typing_stall(app: Any, window: Any, entries: int = 30) -> float:
    """Type into the entry bar a key every 60 ms (never pausing) and add an entry every
    third phrase, while a 5 ms timer measures the longest gap of the event loop; ms."""
    from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent, QKeyEvent
    from PySide6.QtWidgets import QApplication

    box = window.proceedings.bar.text
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    watch = QTimer()
    watch.timeout.connect(tick)
    watch.start(5)
    for i in range(entries):
        for word in f"Ý kiến thứ {i}: đồng ý với báo cáo.".split():
            ev = QInputMethodEvent()
            ev.setCommitString(word + " ")
            QApplication.sendEvent(box, ev)
            end = clock.elapsed() + 60
            while clock.elapsed() < end:
                app.processEvents()
        if i % 3 == 2:
            key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
            QApplication.sendEvent(box, key)
            app.processEvents()
    window.ops.drain(60)
    watch.stop()
    return float(max(gaps) - 5)
