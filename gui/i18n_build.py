"""Translation catalogues: refresh resources/i18n/*.ts from gui/, check them, build the .qm.

    python -m gui.i18n_build            # lupdate, copy the Vietnamese sources, list what is
                                        # left to translate (exit status 1 if anything is)
    python -m gui.i18n_build --check    # only list problems, change nothing
    python -m gui.i18n_build --release  # also compile every .ts into the .qm beside it

The .ts files are the source of truth for translations: edit bienban_en.ts with Qt Linguist
(pyside6-linguist) or by hand. The Vietnamese catalogue repeats each source text, marked
finished, so a string nobody has looked at yet shows up in both languages.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import resources
from core.programs import no_console

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = resources.I18N
SOURCE_LANGUAGE = "vi_VN"
CATALOGUES = {"vi": "bienban_vi.ts", "en": "bienban_en.ts"}
# Letters only Vietnamese uses (an English text holding one was not translated).
VI_LETTERS = set(
    "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"
)
PLACEHOLDER = re.compile(r"%[1-9n]")
ACCELERATOR = re.compile(r"&(?=[^&\s])")


def find_tool(name: str) -> str | None:
    """A Qt Linguist tool: the one in the PySide6 wheel, else pyside6-NAME or NAME on PATH."""
    try:
        import PySide6
    except ImportError:
        PySide6 = None  # type: ignore[assignment]  # noqa: N806
    if PySide6 is not None:
        folder = Path(PySide6.__file__).resolve().parent
        for candidate in (folder / name, folder / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    if beside.is_file():
        return str(beside)
    return shutil.which(f"pyside6-{name}") or shutil.which(name)


def sources(root: Path = ROOT) -> list[Path]:
    return sorted((root / "gui").rglob("*.py"))


def lupdate(ts_files: list[Path], root: Path = ROOT, prune: bool = True) -> str:
    """Merge the texts of gui/ into *ts_files* (translations kept); returns lupdate's report."""
    tool = find_tool("lupdate")
    if tool is None:
        raise RuntimeError("lupdate not found (it comes with PySide6)")
    args = [tool, *map(str, sources(root)), "-source-language", SOURCE_LANGUAGE]
    # No line numbers: a change elsewhere in a file does not rewrite the catalogues.
    args += ["-locations", "none"]
    if prune:
        args.append("-no-obsolete")
    args += ["-ts", *map(str, ts_files)]
    done = subprocess.run(
        args, capture_output=True, text=True, check=True, timeout=120, **no_console()
    )
    return str(done.stdout) + str(done.stderr)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # the translation, or its plural forms (%n)
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"


def _forms(message: ET.Element) -> tuple[str, ...]:
    tr = message.find("translation")
    if tr is None:
        return ("",)
    if message.get("numerus") == "yes":
        return tuple(f.text or "" for f in tr.findall("numerusform")) or ("",)
    return (tr.text or "",)


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = (tr.get("type") or "") if tr is not None else "unfinished"
            found.append(Message(name, message.findtext("source") or "", _forms(message), kind))
    return found


def _problem(m: Message, language: str) -> str | None:
    if m.kind in ("vanished", "obsolete"):
        return None  # no longer in the program
    if not all(f.strip() for f in m.forms):
        return "untranslated"
    if m.kind == "unfinished":
        return "unfinished"
    if language == "vi":
        return None if set(m.forms) == {m.source} else "differs from the source text"
    for text in m.forms:
        if VI_LETTERS & set(text):
            return "still Vietnamese"
        if set(PLACEHOLDER.findall(m.source)) != set(PLACEHOLDER.findall(text)):
            return "placeholders %1, %2… differ"
        if bool(ACCELERATOR.search(m.source)) != bool(ACCELERATOR.search(text)):
            return "keyboard accelerator (&) missing or extra"
    return None


def problems(ts: Path, language: str) -> list[str]:
    """One line per message of *ts* that the interface would show untranslated."""
    found = []
    for m in messages(ts):
        why = _problem(m, language)
        if why is not None:
            found.append(f"{ts.name}: [{m.context}] {m.source!r}: {why}")
    return found


def copy_sources(ts: Path) -> int:
    """The source language's catalogue: every live message translated by itself."""
    tree = ET.parse(ts)
    changed = 0
    for message in tree.getroot().iter("message"):
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        if tr.get("type") in ("vanished", "obsolete"):
            continue
        source = message.findtext("source") or ""
        if _forms(message) == (source,) and not tr.get("type"):
            continue
        tr.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            # Vietnamese has one plural form.
            tr.clear()
            tr.text = None
            ET.SubElement(tr, "numerusform").text = source
        else:
            tr.text = source
        changed += 1
    if changed:
        write_ts(tree, ts)
    return changed


def write_ts(tree: ET.ElementTree[ET.Element], ts: Path) -> None:
    root = tree.getroot()
    assert root is not None  # a parsed .ts file
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def release(folder: Path = I18N_DIR, force: bool = False) -> list[Path]:
    """Compile each .ts newer than its .qm; returns the .qm files written."""
    tool = find_tool("lrelease")
    if tool is None:
        raise RuntimeError("lrelease not found (it comes with PySide6)")
    written = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if force or not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run(
                [tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120, **no_console()
            )
            written.append(qm)
    return written


def update(folder: Path = I18N_DIR, root: Path = ROOT) -> list[str]:
    """lupdate both catalogues, fill the Vietnamese one, return what is left to translate."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {lang: folder / name for lang, name in CATALOGUES.items()}
    lupdate(list(files.values()), root)
    if copy_sources(files["vi"]):
        lupdate([files["vi"]], root)  # back into lupdate's own layout
    return [p for lang, ts in files.items() for p in problems(ts, lang)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m gui.i18n_build")
    parser.add_argument("--check", action="store_true", help="only list problems")
    parser.add_argument("--release", action="store_true", help="also build the .qm files")
    args = parser.parse_args(argv)
    if args.check:
        found = [p for lang, n in CATALOGUES.items() for p in problems(I18N_DIR / n, lang)]
    else:
        found = update()
    for line in found:
        print(line)
    for name in CATALOGUES.values():
        live = [m for m in messages(I18N_DIR / name) if m.kind not in ("vanished", "obsolete")]
        print(f"{name}: {len(live)} messages", file=sys.stderr)
    if args.release:
        for qm in release():
            print(f"built {qm.relative_to(ROOT)}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
