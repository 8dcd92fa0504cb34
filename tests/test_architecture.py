"""core/ stays plain Python (no Qt, gui or audio); audio/ stays free of Qt and gui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parent.parent / "core"
AUDIO = CORE.parent / "audio"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "gui")
# The one bridge from core to the audio layer: the CLI's `audio` command, inside the command.
AUDIO_BRIDGE = ("core/cli.py", "cmd_audio")


def _imports(path: Path, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_core_module_imports_qt_or_gui() -> None:
    offenders = {
        str(p.relative_to(CORE.parent)): sorted(_imports(p) & set(FORBIDDEN))
        for p in CORE.rglob("*.py")
        if _imports(p) & set(FORBIDDEN)
    }
    assert offenders == {}


def test_audio_never_imports_qt_or_gui() -> None:
    offenders = {
        str(p.relative_to(CORE.parent)): sorted(_imports(p) & set(FORBIDDEN))
        for p in AUDIO.rglob("*.py")
        if _imports(p) & set(FORBIDDEN)
    }
    assert offenders == {}


def test_core_imports_audio_only_inside_the_cli_command() -> None:
    users = set()
    for p in CORE.rglob("*.py"):
        rel = str(p.relative_to(CORE.parent))
        if "audio" in _imports(p, top_level_only=True):
            users.add(f"{rel} (at import)")
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
                inner = ast.Module(body=fn.body, type_ignores=[])
                for node in ast.walk(inner):
                    mod = node.module if isinstance(node, ast.ImportFrom) else None
                    names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
                    if (mod or "").split(".")[0] == "audio" or any(
                        n.split(".")[0] == "audio" for n in names
                    ):
                        users.add((rel, fn.name))
    assert users <= {AUDIO_BRIDGE}, users


def test_importing_all_of_core_loads_no_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(CORE.parent).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if "migrations" not in p.parts
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules\n"
        "       if m.split('.')[0] in ('PySide6', 'shiboken6', 'gui', 'audio', 'sounddevice')]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=CORE.parent, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
