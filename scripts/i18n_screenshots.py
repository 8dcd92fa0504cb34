"""English-interface screenshots for the README: QT_QPA_PLATFORM=offscreen .venv/bin/python
scripts/i18n_screenshots.py [OUT_DIR] (default docs/images). The sample meeting is open; the
profiles editor waits for LibreOffice's page-1 preview when LibreOffice is installed."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QThreadPool  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from core.operations.call import Call  # noqa: E402
from core.operations.changes import Changes, Part  # noqa: E402
from core.services import Services  # noqa: E402
from core.storage.database import Database  # noqa: E402
from core.storage.locations import sqlite_url  # noqa: E402
from core.storage.migrate import migrate  # noqa: E402
from gui.action_tracker import ActionTracker  # noqa: E402
from gui.i18n import install_translators  # noqa: E402
from gui.main_window import DETAILS, PROCEEDINGS, MainWindow  # noqa: E402
from gui.operations import Ops  # noqa: E402
from gui.profile_editor import ProfileEditor  # noqa: E402

TODAY = dt.date(2026, 12, 1)  # two of the tracker's items are overdue then


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def over(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with *dialog* drawn in its middle, as a user would see it."""
    shot = window.grab()
    inner = dialog.grab()
    painter = QPainter(shot)
    painter.drawPixmap(
        (shot.width() - inner.width()) // 2, (shot.height() - inner.height()) // 2, inner
    )
    painter.end()
    return shot


def add_tracker_items(services: Services) -> None:
    m = services.meetings.create(
        "Họp giao ban tháng 10/2026 của Sở Công Thương",
        planned_start=dt.datetime(2026, 10, 5, 8),
    )
    acts = services.actions
    acts.add(
        m.id,
        "Báo cáo tiến độ giải ngân vốn đầu tư công",
        lead="Phòng Kế hoạch - Tài chính",
        deadline="2026-10-30",
    )
    done = acts.add(m.id, "Rà soát doanh nghiệp chậm nộp báo cáo", lead="Phòng Quản lý công nghiệp")
    acts.follow_up(done.id, "done", closed_on="2026-10-18", note="Đã gửi công văn")
    acts.add(
        m.id,
        "Cập nhật tỷ lệ lấp đầy các cụm công nghiệp",
        lead="Phòng Quản lý công nghiệp",
        deadline="2026-11-10",
    )


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translators(app, "en")
    tmp = Path(tempfile.mkdtemp(prefix="bienban-shots-"))
    db = Database(sqlite_url(tmp / "shots.sqlite3"))
    migrate(db)
    services = Services.build(db)
    add_tracker_items(services)
    sample = services.add_sample()
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Ops(services), settings)
    window.resize(1280, 720)
    window.show()
    window.meetings.select(sample)
    window.show_tab(PROCEEDINGS)
    settle(app)
    assert window.grab().save(str(out / "gui-proceedings-en.png"))

    tracker = ActionTracker(window.ops)
    tracker.today = lambda: TODAY
    tracker.resize(1280, 680)
    tracker.reload()
    tracker.view.setCurrentIndex(tracker.model.index(2, 2))  # the overdue rows stay red
    tracker.show()
    settle(app)
    assert tracker.grab().save(str(out / "gui-action-tracker-en.png"))
    tracker.close()

    # Finalized twice, changed since: the revisions list with both and the banner.
    QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    menu = window.revisions_menu
    for extra in ("Mục bổ sung", "Mục bổ sung thứ hai"):
        menu.finalize_action.trigger()
        menu.reopen_action.trigger()
        window.ops.drain()
        window.ops.write(
            Call("agenda", "add", (sample, extra)), extra, Changes.of(sample, Part.AGENDA)
        )
        window.ops.drain()
    window.show_tab(DETAILS)
    dialog = menu.show_revisions()
    assert dialog is not None
    settle(app)
    assert over(window, dialog).save(str(out / "gui-revisions-en.png"))
    dialog.close()

    editor = ProfileEditor(services, sample)
    editor.resize(1280, 720)
    editor.show()
    editor.new_name.setText("Department office")
    editor.copy_profile()
    if shutil.which("soffice") and editor.preview() is not None:
        while editor.last_preview is None:
            app.processEvents()
            QThreadPool.globalInstance().waitForDone(100)
    settle(app)
    assert editor.grab().save(str(out / "gui-profile-editor-en.png"))
    editor.close()
    window.close()
    db.dispose()
    shutil.rmtree(tmp, ignore_errors=True)
    for name in ("proceedings", "action-tracker", "revisions", "profile-editor"):
        print(out / f"gui-{name}-en.png")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images"))
