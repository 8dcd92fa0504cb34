"""Exports where Windows differs: Word holding the target, leftovers of killed exports, helper
programs found where their installers put them and started without a console window.

No Windows machine runs these: its behaviour is simulated (the refusals os.replace and
DeleteFile give there, the registry, the creation flags) around the real code paths.
"""

from __future__ import annotations

import errno
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from core import programs
from core.errors import ExportError, FileInUseError
from core.export import profile_preview, writer
from core.export.api import export_meeting
from core.services import Services

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def outdir(tmp_path: Path) -> Path:
    path = tmp_path / "out"
    path.mkdir()
    return path


def _sharing_violation(winerror: int = 32) -> PermissionError:
    exc = PermissionError(errno.EACCES, "The process cannot access the file")
    exc.winerror = winerror  # type: ignore[attr-defined]  # set by Python on Windows only
    return exc


def _word_holds(monkeypatch: pytest.MonkeyPatch, target: Path, for_calls: int) -> list[float]:
    """os.replace onto *target* refused *for_calls* times as Windows refuses it while Word
    has the file open; returns the times of the attempts."""
    attempts: list[float] = []
    real = writer.os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == target:
            attempts.append(time.monotonic())
            if len(attempts) <= for_calls:
                raise _sharing_violation()
        real(src, dst)

    monkeypatch.setattr(writer, "WINDOWS", True)
    monkeypatch.setattr(writer.os, "replace", replace)
    return attempts


# -- Word holds the file -----------------------------------------------------------------


def test_a_momentary_sharing_violation_is_retried(
    services: Services, sample_id: int, outdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = outdir / "m.docx"
    out.write_bytes(b"the signed version")
    attempts = _word_holds(monkeypatch, out, for_calls=3)
    export_meeting(services, sample_id, out)
    assert len(attempts) == 4
    assert out.read_bytes()[:2] == b"PK"
    assert [p.name for p in outdir.iterdir()] == ["m.docx"]


def test_word_holding_the_target_names_it_and_says_what_to_do(
    services: Services, sample_id: int, outdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = outdir / "m.docx"
    out.write_bytes(b"the signed version")
    attempts = _word_holds(monkeypatch, out, for_calls=10**6)
    with pytest.raises(FileInUseError) as info:
        export_meeting(services, sample_id, out)
    message = info.value.message
    assert str(out) in message and message.count(" / ") == 1
    assert "Đóng tệp trong Word rồi xuất lại" in message
    assert "Close the file in Word and export again" in message
    assert info.value.path == out
    # Tried for about two seconds, not forever, not once.
    assert len(attempts) > 3 and attempts[-1] - attempts[0] < writer.REPLACE_PATIENCE_S + 0.5
    assert out.read_bytes() == b"the signed version"
    assert [p.name for p in outdir.iterdir()] == ["m.docx"]


def test_access_denied_on_a_read_only_target_is_not_called_in_use(
    services: Services, sample_id: int, outdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = outdir / "m.docx"
    out.write_bytes(b"the signed version")

    def denied(src: Any, dst: Any) -> None:
        raise _sharing_violation(winerror=5)

    monkeypatch.setattr(writer, "WINDOWS", True)
    monkeypatch.setattr(writer, "REPLACE_PATIENCE_S", 0.2)
    monkeypatch.setattr(writer.os, "replace", denied)
    monkeypatch.setattr(writer, "_read_only", lambda path: path == out)
    with pytest.raises(ExportError) as info:
        export_meeting(services, sample_id, out)
    assert not isinstance(info.value, FileInUseError)
    assert "permission denied" in info.value.message
    assert out.read_bytes() == b"the signed version"


def test_other_failures_are_not_retried_on_windows(
    services: Services, sample_id: int, outdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def full(src: Any, dst: Any) -> None:
        calls.append(1)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(writer, "WINDOWS", True)
    monkeypatch.setattr(writer.os, "replace", full)
    with pytest.raises(ExportError, match="disk is full"):
        export_meeting(services, sample_id, outdir / "m.docx")
    assert calls == [1]


# -- leftovers of killed exports ---------------------------------------------------------

_EXPORTER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from core.export.writer import write_atomic

    def produce(tmp):
        tmp.write_bytes(b"half a document")
        print("writing", flush=True)
        time.sleep(60)

    write_atomic(Path(sys.argv[1]), produce)
    """
)


def _exporter(target: Path) -> subprocess.Popen[str]:
    """Another program in the middle of an export to *target* (it never finishes)."""
    child = subprocess.Popen(
        [sys.executable, "-c", _EXPORTER, str(target)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "writing"
    return child


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX: SIGKILL")
def test_a_killed_exports_temporary_file_goes_at_the_next_export(
    services: Services, sample_id: int, outdir: Path
) -> None:
    child = _exporter(outdir / "a.docx")
    child.kill()
    child.wait()
    assert [p.name.startswith(".~bienban-") for p in outdir.iterdir()] == [True]
    export_meeting(services, sample_id, outdir / "b.docx")
    assert [p.name for p in outdir.iterdir()] == ["b.docx"]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX: flock")
def test_an_export_still_running_elsewhere_keeps_its_temporary_file(
    services: Services, sample_id: int, outdir: Path
) -> None:
    child = _exporter(outdir / "a.docx")
    try:
        export_meeting(services, sample_id, outdir / "b.docx")
        names = sorted(p.name for p in outdir.iterdir())
        assert len(names) == 2 and names[0].startswith(".~bienban-") and names[1] == "b.docx"
    finally:
        child.kill()
        child.wait()


def test_on_windows_a_temporary_file_still_open_is_kept(
    outdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows refuses to delete a file another program has open (our writer keeps its
    temporary file open until the rename): that refusal is the sign it is in use."""
    dead = outdir / ".~bienban-dead.docx"
    live = outdir / ".~bienban-live.docx"
    dead.write_bytes(b"killed")
    live.write_bytes(b"being written")
    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self == live:
            raise _sharing_violation()
        real_unlink(self, missing_ok)

    monkeypatch.setattr(writer, "WINDOWS", True)
    monkeypatch.setattr(Path, "unlink", unlink)
    assert writer.sweep_leftovers(outdir) == [dead]
    assert live.exists() and not dead.exists()


def test_on_windows_the_temporary_file_is_closed_before_the_rename(
    outdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: set[int] = set()
    real_mkstemp, real_close = writer.tempfile.mkstemp, writer.os.close

    def mkstemp(**kw: Any) -> tuple[int, str]:
        fd, name = real_mkstemp(**kw)
        opened.add(fd)
        return fd, name

    def close(fd: int) -> None:
        opened.discard(fd)
        real_close(fd)

    def replace(src: Any, dst: Any) -> None:
        assert not opened, "Windows cannot rename a file still open"
        Path(src).rename(dst)

    monkeypatch.setattr(writer, "WINDOWS", True)
    monkeypatch.setattr(writer, "lock_descriptor", lambda *a, **k: pytest.fail("no flock"))
    monkeypatch.setattr(writer.tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(writer.os, "close", close)
    monkeypatch.setattr(writer.os, "replace", replace)
    writer.write_atomic(outdir / "x.csv", lambda tmp: tmp.write_bytes(b"a;b"))
    assert (outdir / "x.csv").read_bytes() == b"a;b"


# -- helper programs ---------------------------------------------------------------------


def _completed(cmd: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess(cmd, 1, "", "simulated")


@pytest.mark.parametrize("windows", [True, False])
def test_helpers_get_no_console_window_on_windows(
    windows: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict[str, Any]] = []

    def run(cmd: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
        seen.append(kw)
        return _completed(cmd)

    monkeypatch.setattr(programs, "WINDOWS", windows)
    monkeypatch.setattr(subprocess, "run", run)
    monkeypatch.setattr(writer, "find_soffice", lambda: "soffice")
    with pytest.raises(ExportError):
        writer.docx_to_pdf(tmp_path / "a.docx", tmp_path / "a.pdf")
    monkeypatch.setattr(profile_preview.shutil, "which", lambda name: name)
    with pytest.raises(ExportError):
        profile_preview._png_of_page1(tmp_path / "a.pdf", tmp_path)
    from gui import i18n

    monkeypatch.setattr(i18n, "find_tool", lambda name: name)
    assert not i18n.compile_ts(tmp_path / "a.ts", tmp_path / "a.qm")
    flags = [kw.get("creationflags", 0) for kw in seen]
    assert flags == [0x08000000 if windows else 0] * 3


def _fake_winreg(values: dict[str, str]) -> Any:
    class Key:
        def __init__(self, name: str) -> None:
            self.name = name

        def __enter__(self) -> Key:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

    class WinReg:
        HKEY_LOCAL_MACHINE = "HKLM"
        HKEY_CURRENT_USER = "HKCU"

        @staticmethod
        def OpenKey(hive: str, key: str) -> Key:  # noqa: N802 - winreg's own name
            if f"{hive}\\{key}" not in values:
                raise FileNotFoundError(key)
            return Key(f"{hive}\\{key}")

        @staticmethod
        def QueryValueEx(key: Key, name: str) -> tuple[str, int]:  # noqa: N802
            assert name == ""
            return values[key.name], 1

    return WinReg


def test_windows_finds_libreoffice_through_the_registry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "D" / "Apps" / "LibreOffice" / "program"
    folder.mkdir(parents=True)
    (folder / "soffice.exe").write_bytes(b"MZ")
    key = r"HKLM\SOFTWARE\LibreOffice\UNO\InstallPath"
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg({key: str(folder)}))
    monkeypatch.setattr(programs, "WINDOWS", True)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert programs.find_soffice() == str(folder / "soffice.exe")


def test_windows_finds_libreoffice_through_app_paths_or_program_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(programs, "WINDOWS", True)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    exe = tmp_path / "LO" / "program" / "soffice.exe"
    exe.parent.mkdir(parents=True)
    exe.write_bytes(b"MZ")
    app_paths = r"HKCU\SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\soffice.exe"
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg({app_paths: f'"{exe}"'}))
    assert programs.find_soffice() == str(exe)
    # Nothing in the registry: the Program Files folder.
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg({}))
    assert programs.find_soffice() is None
    files = tmp_path / "Program Files"
    (files / "LibreOffice" / "program").mkdir(parents=True)
    (files / "LibreOffice" / "program" / "soffice.exe").write_bytes(b"MZ")
    monkeypatch.setenv("ProgramFiles", str(files))
    assert programs.find_soffice() == str(files / "LibreOffice" / "program" / "soffice.exe")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX: a shell script stands in for mdfind")
def test_macos_finds_libreoffice_in_applications_or_through_spotlight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(programs, "MACOS", True)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert programs.find_soffice() is None
    elsewhere = tmp_path / "Volumes" / "Tools" / "LibreOffice.app"
    (elsewhere / "Contents" / "MacOS").mkdir(parents=True)
    (elsewhere / "Contents" / "MacOS" / "soffice").write_bytes(b"\xcf\xfa")
    mdfind = bin_dir / "mdfind"
    mdfind.write_text(f"#!/bin/sh\necho '{elsewhere}'\n")
    mdfind.chmod(0o755)
    assert programs.find_soffice() == str(elsewhere / "Contents" / "MacOS" / "soffice")
    mine = tmp_path / "home" / "Applications" / "LibreOffice.app" / "Contents" / "MacOS"
    mine.mkdir(parents=True)
    (mine / "soffice").write_bytes(b"\xcf\xfa")
    assert programs.find_soffice() == str(mine / "soffice")
