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


def test_the_pin_excludes_the_broken_release_and_admits_the_one_in_use() -> None:
    """pyproject.toml keeps 6.12.0 out (the leak above) without closing the door on the
    releases after it, and the binding installed here satisfies it."""
    import tomllib
    from importlib.metadata import version
    from pathlib import Path

    from packaging.requirements import Requirement

    data = tomllib.loads((Path(__file__).resolve().parent.parent / "pyproject.toml").read_text())
    pins = [Requirement(d) for d in data["project"]["dependencies"]]
    qt = next(r for r in pins if r.name.lower().startswith("pyside6"))
    assert "6.12.0" not in qt.specifier
    assert "6.11.3" in qt.specifier and "6.12.1" in qt.specifier
    assert version(qt.name) in qt.specifier
