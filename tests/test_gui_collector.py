"""Python's collector runs on the GUI thread only, never in a worker that allocates."""

from __future__ import annotations

import argparse
import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gui import app as gui_app
from gui.collector import MainThreadCollector, collect_due


@pytest.fixture
def automatic_gc() -> Iterator[None]:
    """Python's default: the collector runs wherever allocation crosses a threshold."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


class Tracked(QObject):
    """A Qt object that notes the thread that destroyed its wrapper (a bare QObject, with no
    events or timers, so being destroyed in a worker does no harm here)."""

    def __init__(self, where: list[str]) -> None:
        super().__init__()
        self.where = where
        self.me = self  # a cycle: only the collector frees it

    def __del__(self) -> None:
        self.where.append(threading.current_thread().name)


def _churn() -> None:
    """A worker allocating many short-lived cycles, as an ORM load or an export does."""
    for _ in range(100_000):
        cycle: list[object] = []
        cycle.append(cycle)


def _garbage_then_worker(where: list[str]) -> None:
    gc.collect()  # from zero: the few allocations below cannot start a collection here
    for _ in range(20):
        Tracked(where)
    worker = threading.Thread(target=_churn, name="worker")
    worker.start()
    worker.join()


def test_without_it_a_worker_thread_destroys_qt_objects(automatic_gc: None) -> None:
    where: list[str] = []
    _garbage_then_worker(where)
    assert "worker" in where  # the hazard the collector exists for


def test_with_it_qt_garbage_is_freed_on_the_gui_thread(qtbot: QtBot, automatic_gc: None) -> None:
    collector = MainThreadCollector(interval_ms=50)
    try:
        assert not gc.isenabled()
        where: list[str] = []
        _garbage_then_worker(where)
        assert where == []  # nothing collected in the worker
        qtbot.waitUntil(lambda: len(where) == 20, timeout=2000)
        assert set(where) == {threading.current_thread().name}
    finally:
        collector.stop()
    assert gc.isenabled()  # given back as it was found


def test_collects_only_when_a_threshold_is_passed(automatic_gc: None) -> None:
    gc.disable()
    gc.collect()
    assert collect_due() == 0
    threshold = gc.get_threshold()[0]
    for _ in range(threshold + 10):
        cycle: list[object] = []
        cycle.append(cycle)
    assert collect_due() >= threshold


def test_the_program_installs_one_collector(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, automatic_gc: None
) -> None:
    for earlier in qapp.findChildren(MainThreadCollector):  # another test's start()
        earlier.stop()
        earlier.setParent(None)
    gc.enable()
    db = str(tmp_path / "a.sqlite3")
    for _ in range(2):
        started = gui_app.start(argparse.Namespace(db=db))
        assert started is not None
        try:
            assert len(started.app.findChildren(MainThreadCollector)) == 1
            assert not gc.isenabled()
        finally:
            started.window.close()
            started.close()
