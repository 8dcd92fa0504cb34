"""The CLI: subcommands through a real process and in-process, exit codes, --db, BIENBAN_DB."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import build_parser, run_command

ROOT = Path(__file__).resolve().parent.parent


def bienban(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "BIENBAN_DB"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
    )


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


def test_sample_list_show_search_in_a_process(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    r = bienban("--db", db, "sample")
    assert r.returncode == 0, r.stderr
    mid = r.stdout.strip()
    assert mid.isdigit()
    r = bienban("--db", db, "list")
    assert r.returncode == 0 and r.stdout.startswith(f"{mid}\t2026-11-24 14:05\tdraft\t")
    r = bienban("--db", db, "show", mid)
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "Lê Văn Thắng" in out and "Sở Công Thương" in out
    # Attendees, then the proceedings in order, ending with the conclusion.
    assert out.index("Thành phần") < out.index("Chương trình") < out.index("Diễn biến")
    assert out.index("[Báo cáo]") < out.index("[Đề xuất]") < out.index("[Biểu quyết]")
    assert out.index("[Biểu quyết]") < out.index("[Kết luận]") < out.index("Nhiệm vụ:")
    r = bienban("--db", f"sqlite:///{db}", "search", "ket luan")
    assert r.returncode == 0 and r.stdout.startswith(mid + "\t")
    assert "[" in r.stdout


def test_errors_in_a_process(tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    r = bienban("--db", db, "show", "999")
    assert r.returncode == 1
    assert r.stdout == ""
    assert r.stderr.count("\n") == 1 and r.stderr.startswith("bienban: ")
    assert "999" in r.stderr
    for args in (["frobnicate"], ["show"], ["show", "abc"], ["search"], ["list", "--limit", "x"]):
        r = bienban("--db", db, *args)
        assert r.returncode == 2, args
        assert "usage" in r.stderr


def test_bienban_db_variable_chooses_the_database(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    r = bienban("sample", env={"BIENBAN_DB": str(db)})
    assert r.returncode == 0, r.stderr
    assert db.exists()
    code, out = run("--db", str(db), "list")
    assert code == 0 and len(out.splitlines()) == 1


def test_in_process_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "in.sqlite3")
    code, out = run("--db", db, "sample")
    assert code == 0
    mid = int(out)
    code, out = run("--db", f"sqlite:///{db}", "list", "--limit", "5")
    assert code == 0 and out.startswith(f"{mid}\t")
    code, out = run("--db", db, "show", str(mid))
    assert code == 0 and f"#{mid} " in out and "Vắng có lý do" in out
    for query in ("ket luan", "dang bo", "DANG BO"):
        code, out = run("--db", db, "search", query)
        assert code == 0 and out.startswith(f"{mid}\t"), query
    capsys.readouterr()
    code, out = run("--db", db, "search", "không có gì như vậy")
    assert code == 0 and out == ""
    assert "No results" in capsys.readouterr().err
    for missing in ("12345", str(2**70)):
        code, out = run("--db", db, "show", missing)
        assert code == 1 and out == ""
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and missing in err


def test_env_variable_in_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "env2.sqlite3"
    monkeypatch.setenv("BIENBAN_DB", str(db))
    assert run("sample")[0] == 0
    assert db.exists()


def test_broken_database_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(b"\x00garbage" * 512)
    code, out = run("--db", str(path), "list")
    assert code == 1 and out == ""
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("bienban: ")


def test_usage_errors_exit_2() -> None:
    parser = build_parser()
    for argv in (["nope"], ["show"], ["show", "x"], ["--db"]):
        with pytest.raises(SystemExit) as info:
            parser.parse_args(argv)
        assert info.value.code == 2
