"""BienBan's data files (export profiles, the sample meeting, translations), found in one place.

A package so that they travel with every install: the checkout, `pip install .` (package
data) and the standalone bundle (scripts/bienban.spec puts them at the same place).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent
PROFILES = ROOT / "profiles"
SAMPLE = ROOT / "sample" / "working-session-vi.json"
I18N = ROOT / "i18n"
