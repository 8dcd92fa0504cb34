"""PostgreSQL through a link with 20 ms round trips: round trips and time per save, and the window.

`python -m bench.pg_link` (run by `python -m bench`) needs a server: BIENBAN_BENCH_PG_URL or
BIENBAN_TEST_PG_URL, else it runs itself under scripts/postgres.sh, which starts a
throwaway one. The proxy (bench/slowlink.py) on 127.0.0.1 holds every chunk 10 ms each way.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.slowlink import SlowLink  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DELAY_MS = 10.0  # each way: a 20 ms round trip, a small office link or a VPN
TARGET_TRIPS = 4
TARGET_STALL_MS = 50.0


def _server() -> str | None:
    return os.environ.get("BIENBAN_BENCH_PG_URL") or os.environ.get("BIENBAN_TEST_PG_URL")


def _fresh_database(admin_url: str) -> str:
    """A new empty database on the server; its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"bienban_bench_{os.getpid()}_{int(time.time())}"
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def _through(link: SlowLink, url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(host="127.0.0.1", port=link.port).render_as_string(False)


def _per_call(link: SlowLink | None, n: int, fn: Callable[[int], Any]) -> tuple[float, float]:
    """(round trips per call, median ms per call)."""
    times = []
    if link is not None:
        link.reset_count()
    for i in range(n):
        t0 = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - t0)
    trips = link.reset_count() / n if link is not None else float("nan")
    return trips, statistics.median(times) * 1000


def measure(url: str, entries: int = 2000, n: int = 10) -> dict[str, Any]:
    from sqlalchemy.engine import make_url

    from core.services import Services
    from core.storage.database import Database
    from core.storage.migrate import migrate

    parsed = make_url(url)
    link = SlowLink((str(parsed.host or "127.0.0.1"), int(parsed.port or 5432)), DELAY_MS)
    out: dict[str, Any] = {}
    try:
        for name, target in (("direct", url), ("link", _through(link, url))):
            db = Database(target)
            migrate(db)
            s = Services.build(db)
            counted = link if name == "link" else None
            mid = s.meetings.create("Họp đo thời gian").id
            speaker = s.attendance.add(mid, "Nguyễn Văn An", status="present").id
            s.entries.add(mid, "opinion", "khởi động")  # the pool's first connection
            ids: list[int] = []
            add = _per_call(
                counted,
                n,
                lambda i, m=mid, sp=speaker, svc=s, ids=ids: ids.append(
                    svc.entries.add(
                        m, "opinion", f"Ý kiến số {i}", speaker_id=sp, clear_draft=True
                    ).id
                ),
            )
            edit = _per_call(
                counted, n, lambda i, svc=s, ids=ids: svc.entries.update(ids[i], text=f"Sửa {i}")
            )
            draft = _per_call(counted, n, lambda i, m=mid, svc=s: svc.drafts.save(m, f"nháp {i}"))
            big = s.meetings.create("Cuộc họp 2.000 mục ghi").id
            s.entries.add(big, "opinion", "mở đầu")
            with db.write() as session:  # the long meeting, in bulk
                from sqlalchemy import insert

                from core.domain.models import Entry
                from core.domain.uids import new_uid

                session.execute(
                    insert(Entry),
                    [
                        {
                            "uid": new_uid(),
                            "meeting_id": big,
                            "position": k + 1,
                            "kind": "opinion",
                            "speaker_text": "Đại biểu",
                            "text": f"Ý kiến số {k} về kế hoạch năm sau " * 3,
                            "version": 1,
                        }
                        for k in range(entries - 1)
                    ],
                )
            opened = _per_call(counted, 3, lambda _i, b=big, svc=s: svc.meetings.record(b))
            out[name] = {"add": add, "edit": edit, "draft": draft, "open": opened}
            if name == "link":
                out["stall_ms"] = _window_stall(s, mid)
            db.dispose()
    finally:
        link.close()
    return out


def _window_stall(services: Any, meeting_id: int) -> float:
    """The longest stall of the real window typing and adding over the slow link."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bench.measure import typing_stall
    from gui.collector import installed
    from gui.main_window import PROCEEDINGS, MainWindow
    from gui.operations import Ops

    app = QApplication.instance() or QApplication([])
    collector = installed(app)
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Ops(services), settings)
        window.show()
        collector.settle()
        window.ops.drain(60)
        window.open_meeting(meeting_id)
        window.show_tab(PROCEEDINGS)
        window.ops.drain(60)
        stall = typing_stall(app, window)
        window.close()
        window.ops.close()
    collector.stop()
    return stall


def rows(result: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    """(what, measured, target, met) for the README table."""
    out = []
    link, direct = result["link"], result["direct"]
    for key, what in (
        ("add", "add an entry"),
        ("edit", "change its text"),
        ("draft", "save the draft"),
    ):
        trips, ms = link[key]
        out.append(
            (
                f"PostgreSQL over a 20 ms link: {what}",
                f"{trips:.1f} round trips, {ms:.0f} ms (direct {direct[key][1]:.1f} ms)",
                f"<= {TARGET_TRIPS} round trips",
                trips <= TARGET_TRIPS,
            )
        )
    trips, ms = link["open"]
    out.append(
        (
            "PostgreSQL over a 20 ms link: open a 2,000-entry meeting",
            f"{trips:.0f} round trips, {ms:.0f} ms (direct {direct['open'][1]:.0f} ms)",
            "— (on the worker: the window goes on)",
            True,
        )
    )
    out.append(
        (
            "longest window stall typing and adding over that link",
            f"{result['stall_ms']:.0f} ms",
            f"<= {TARGET_STALL_MS:.0f} ms",
            result["stall_ms"] <= TARGET_STALL_MS,
        )
    )
    return out


def run() -> list[tuple[str, str, str, bool]] | None:
    """Measure against a server (started for the purpose when none is given); None when no
    PostgreSQL can be had."""
    url = _server()
    if url is None:
        script = ROOT / "scripts" / "postgres.sh"
        done = subprocess.run(
            [str(script), sys.executable, "-m", "bench.pg_link", "--json"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
        if done.returncode != 0 or not lines:
            print(done.stderr[-2000:], file=sys.stderr)
            return None
        return rows(json.loads(lines[-1]))
    return rows(measure(_fresh_database(url)))


def main() -> int:
    if "--json" in sys.argv:
        url = _server()
        if url is None:
            print("no PostgreSQL server", file=sys.stderr)
            return 1
        print(json.dumps(measure(_fresh_database(url))))
        return 0
    table = run()
    if table is None:
        print("PostgreSQL could not be had: the slow-link figures were not measured")
        return 1
    for what, measured, target, ok in table:
        print(f"{what}: {measured} (target {target}) {'ok' if ok else 'MISSED'}")
    return 0 if all(ok for *_x, ok in table) else 1


if __name__ == "__main__":
    sys.exit(main())
