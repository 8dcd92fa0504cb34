"""The Qt binding in use does not leak references to None (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_calls_returning_nothing_keep_none_alive(qtbot: object) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.resize(120, 80)
        widget.setToolTip("")
    # A few references may come and go elsewhere; a leak would lose 4,000.
    assert abs(sys.getrefcount(None) - before) < 100
