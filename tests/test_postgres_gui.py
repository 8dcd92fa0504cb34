"""The window with a shared database: conflicts shown with both texts, saves retried offline."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from core.errors import ConnectionLostError, PasswordRequiredError
from core.services import Services
from core.storage.database import Database, describe_url, with_password
from core.storage.migrate import migrate
from gui import app as gui_app
from gui.conflict_dialog import Choice, ConflictDialog
from gui.details_tab import DetailsTab
from gui.main_window import PROCEEDINGS, MainWindow
from gui.operations import Ops
from gui.proceedings.tab import ProceedingsTab
from gui.proceedings.timeline_model import TEXT
from gui.undo import Undo
from tests.gui_helpers import settle, type_text


@pytest.fixture
def other(db_url: str) -> Iterator[Services]:
    """The second secretary's machine: its own Services on the same database."""
    db = Database(db_url)
    migrate(db)
    yield Services.build(db)
    db.dispose()


class Asked:
    """Stands in for the conflict dialog: records what it showed; answer() clicks *choice*
    later, as the secretary does after the refused save has returned."""

    def __init__(self, choice: Choice) -> None:
        self.choice = choice
        self.calls: list[tuple[str, str, str]] = []
        self.pending: list[Callable[[Choice], object]] = []

    def __call__(
        self, _parent: Any, what: str, mine: str, theirs: str, on_choice: Callable[..., object]
    ) -> None:
        self.calls.append((what, mine, theirs))
        self.pending.append(on_choice)

    def answer(self) -> None:
        while self.pending:
            self.pending.pop(0)(self.choice)


def details(qtbot: Any, ops: Ops, undo: Undo, meeting_id: int) -> DetailsTab:
    tab = DetailsTab(ops, undo)
    qtbot.addWidget(tab)
    tab.set_meeting(meeting_id)
    settle(ops)
    return tab


def retype(tab: DetailsTab, field: str, value: str) -> None:
    edit = tab.edits[field]
    edit.selectAll()
    edit.del_()
    type_text(edit, value)
    tab.flush()
    tab.ops.drain(5)


@pytest.mark.parametrize("choice", list(Choice))
def test_details_conflict_shows_both_texts_and_follows_the_choice(
    qtbot: Any, services: Services, other: Services, ops: Ops, undo: Undo, choice: Choice
) -> None:
    mid = services.meetings.create("Tiêu đề gốc").id
    tab = details(qtbot, ops, undo, mid)
    refusals: list[str] = []
    ops.refused.connect(refusals.append)
    other.meetings.update(mid, title="Tiêu đề do máy khác sửa")
    tab.ask_conflict = asked = Asked(choice)
    retype(tab, "title", "Tiêu đề của tôi")
    assert asked.calls == [("Trích yếu", "Tiêu đề của tôi", "Tiêu đề do máy khác sửa")]
    # Until the secretary answers nothing is overwritten and her text stays in the box,
    # counted as unsaved.
    assert services.meetings.get(mid).title == "Tiêu đề do máy khác sửa"
    assert tab.edits["title"].text() == "Tiêu đề của tôi"
    assert [u.label for u in ops.unsaved()] == ["Thông tin chung: Trích yếu"]
    retype(tab, "title", "Tiêu đề của tôi")  # saving again does not open a second dialog
    assert len(asked.calls) == 1
    asked.answer()
    ops.drain(5)
    stored = services.meetings.get(mid).title
    if choice is Choice.MINE:
        assert stored == "Tiêu đề của tôi" and tab.edits["title"].text() == stored
        assert ops.all_saved()
    elif choice is Choice.THEIRS:
        assert stored == "Tiêu đề do máy khác sửa" == tab.edits["title"].text()
        assert ops.all_saved()
    else:  # later: nothing overwritten, my text stays in the box, and it counts unsaved
        assert stored == "Tiêu đề do máy khác sửa"
        assert tab.edits["title"].text() == "Tiêu đề của tôi"
        assert not ops.all_saved()


def test_details_changes_elsewhere_to_other_parts_merge_silently(
    qtbot: Any, services: Services, other: Services, ops: Ops, undo: Undo
) -> None:
    mid = services.meetings.create("Họp giao ban").id
    tab = details(qtbot, ops, undo, mid)
    tab.ask_conflict = asked = Asked(Choice.LATER)
    # The other secretary adds entries, edits attendance and the place: the version moves on.
    other.entries.add(mid, "opinion", "Ý kiến từ máy khác")
    other.attendance.add(mid, "Trần Văn Nam", status="present")
    other.meetings.update(mid, place="Phòng họp số 2")
    retype(tab, "title", "Họp giao ban tháng 12")
    assert asked.calls == []
    m = services.meetings.get(mid)
    assert (m.title, m.place) == ("Họp giao ban tháng 12", "Phòng họp số 2")


@pytest.fixture
def tab(qtbot: Any, services: Services, ops: Ops, undo: Undo) -> ProceedingsTab:
    mid = services.meetings.create("Họp trực tuyến hai nơi").id
    t = ProceedingsTab(ops, undo)
    qtbot.addWidget(t)
    t.resize(1280, 560)
    t.show()
    t.set_meeting(mid)
    settle(ops)
    return t


def test_timeline_edit_conflict_keeps_both_texts(
    tab: ProceedingsTab, services: Services, other: Services, ops: Ops
) -> None:
    mid = tab.meeting_id
    assert mid is not None
    e = services.entries.add(mid, "opinion", "Văn bản ban đầu")
    tab.set_meeting(None)
    tab.set_meeting(mid)
    settle(ops)
    other.entries.update(e.id, e.version, text="Văn bản máy khác sửa")
    tab.ask_conflict = asked = Asked(Choice.MINE)
    index = tab.model.index(tab.model.row_of(e.id), TEXT)
    tab.model.setData(index, "Văn bản của tôi")
    ops.drain(5)
    assert asked.calls and asked.calls[0][1:] == ("Văn bản của tôi", "Văn bản máy khác sửa")
    assert services.entries.get(e.id).text == "Văn bản máy khác sửa"
    assert tab.model.has_unsaved()  # shown in red, my text kept
    assert tab.model.data(index) == "Văn bản của tôi"
    asked.answer()  # "Giữ bản của tôi"
    settle(ops)
    assert services.entries.get(e.id).text == "Văn bản của tôi" and not tab.model.has_unsaved()
    # A change by the other machine to another field of the entry is merged without asking.
    fresh = services.entries.get(e.id)
    other.entries.update(e.id, fresh.version, kind="proposal")
    tab.ask_conflict = asked = Asked(Choice.LATER)
    tab.model.setData(tab.model.index(tab.model.row_of(e.id), TEXT), "Lần sửa thứ hai")
    settle(ops)
    assert asked.calls == []
    got = services.entries.get(e.id)
    assert (got.text, got.kind) == ("Lần sửa thứ hai", "proposal")
    # "Lấy bản kia": the other text replaces mine in the timeline.
    other.entries.update(e.id, got.version, text="Bản cuối của máy khác")
    tab.ask_conflict = asked = Asked(Choice.THEIRS)
    tab.model.setData(tab.model.index(tab.model.row_of(e.id), TEXT), "Không dùng bản này")
    ops.drain(5)
    asked.answer()
    settle(ops)
    assert not tab.model.has_unsaved()
    assert tab.model.entry_at(tab.model.row_of(e.id)).text == "Bản cuối của máy khác"
    assert services.entries.get(e.id).text == "Bản cuối của máy khác"


class FlakyEntries:
    """services.entries whose add() fails while 'offline'; with stored=True the first
    failing add is committed before the reply is lost (the worst case for duplicates)."""

    def __init__(self, real: Any, failures: int, stored: bool) -> None:
        self.real, self.failures, self.stored = real, failures, stored

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)

    def add(self, *args: Any, **kwargs: Any) -> Any:
        if self.failures:
            self.failures -= 1
            if self.stored:
                self.stored = False
                self.real.add(*args, **kwargs)
                raise ConnectionLostError("lost", during_commit=True)
            raise ConnectionLostError("lost")
        return self.real.add(*args, **kwargs)


@pytest.mark.parametrize("stored", [False, True], ids=["not-stored", "stored-reply-lost"])
def test_add_while_offline_keeps_the_text_and_adds_once(
    qtbot: Any, services: Services, stored: bool
) -> None:
    """Offline, the entry stays on screen and counts unsaved; typing goes on; once the
    server is back it is stored once, also when its first commit had in fact reached the
    server (the uid finds it)."""
    flaky = FlakyEntries(services.entries, failures=2, stored=stored)
    ops = Ops(dataclasses.replace(services, entries=flaky))
    t = ProceedingsTab(ops, Undo(ops, lambda _m: None))
    qtbot.addWidget(t)
    t.show()
    mid = services.meetings.create("Họp khi mạng chập chờn").id
    t.set_meeting(mid)
    settle(ops)
    type_text(t.bar.text, "Đề nghị bổ sung kinh phí")
    t.add_entry()
    qtbot.waitUntil(lambda: ops.failure() is not None)
    assert isinstance(ops.failure(), ConnectionLostError)
    assert t.model.entries()[-1].text == "Đề nghị bổ sung kinh phí"  # still in the window
    assert [u.label for u in ops.unsaved()] == ["Thêm mục ghi: Đề nghị bổ sung kinh phí"]
    type_text(t.bar.text, "Câu tiếp theo")  # the secretary types on meanwhile
    settle(ops)  # retried by itself until the server takes it
    assert [e.text for e in services.entries.list(mid)] == ["Đề nghị bổ sung kinh phí"]
    assert t.model.rowCount() == 1 and t.model.entries()[0].id > 0
    assert services.drafts.get(mid).text == "Câu tiếp theo"
    ops.close()


def test_details_save_while_offline_is_retried(
    qtbot: Any, services: Services, ops: Ops, undo: Undo, monkeypatch: pytest.MonkeyPatch
) -> None:
    mid = services.meetings.create("Tiêu đề cũ").id
    tab = details(qtbot, ops, undo, mid)
    real = services.meetings.update
    calls = {"n": 0}

    def flaky(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 1:
            raise ConnectionLostError("lost")
        return real(*args, **kwargs)

    monkeypatch.setattr(services.meetings, "update", flaky)
    edit = tab.edits["title"]
    edit.selectAll()
    edit.del_()
    type_text(edit, "Tiêu đề gõ khi mất mạng")
    tab.flush()
    qtbot.waitUntil(lambda: calls["n"] >= 1)
    assert tab.edits["title"].text() == "Tiêu đề gõ khi mất mạng"
    settle(ops)
    assert calls["n"] == 2
    assert services.meetings.get(mid).title == "Tiêu đề gõ khi mất mạng"


# -- passwords and what the window shows --------------------------------------------------------
def test_password_is_asked_until_right_and_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    url = "postgresql+psycopg://hoa@db.office.vn/bienban"
    tried: list[str] = []
    asked: list[tuple[str, bool]] = []

    def fake_open(db_arg: str | None, **_kw: Any) -> str:
        tried.append(db_arg or "")
        if "dung-roi" not in (db_arg or ""):
            raise PasswordRequiredError("password")
        return "opened"

    answers = iter(["sai", "dung-roi"])
    monkeypatch.setattr(gui_app, "open_database", fake_open)
    monkeypatch.setattr(
        gui_app,
        "ask_password",
        lambda server, wrong=False: asked.append((server, wrong)) or next(answers),
    )
    assert gui_app._open(url) == "opened"
    assert asked[0] == (describe_url(url), False) and asked[1][1] is True
    assert all("sai" not in server and "dung" not in server for server, _ in asked)
    assert tried[-1] == with_password(url, "dung-roi")
    monkeypatch.setattr(gui_app, "ask_password", lambda server, wrong=False: None)
    assert gui_app._open(url) is None  # cancelled: the window does not open


def test_window_title_and_status_bar_hide_the_password(
    qtbot: Any, db_url: str, tmp_path: Path
) -> None:
    url = with_password(db_url, "mat-khau-bi-mat") if "://" in db_url else db_url
    db = Database(url)  # on the test server loopback is trusted: the password is not needed
    migrate(db)
    window = MainWindow(
        Ops(Services.build(db)), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.show()
    settle(window.ops)
    shown = [window.windowTitle(), window.db_label.text(), window.statusBar().currentMessage()]
    assert all("mat-khau-bi-mat" not in s for s in shown)
    window.close()
    window.ops.close()
    db.dispose()


def test_conflict_dialog_answers(qtbot: Any) -> None:
    dialog = ConflictDialog(
        "Trích yếu",
        "Biên bản họp Ban Chấp hành Đảng bộ xã tháng 11 năm 2025",
        "Biên bản hội nghị Ban Chấp hành Đảng bộ xã (mở rộng) tháng 11",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.later.isDefault()
    dialog.keep_mine.click()
    assert dialog.choice is Choice.MINE
    got: list[Choice] = []
    from gui.conflict_dialog import ask

    opened = ask(None, "Địa điểm", "Hội trường A", "Hội trường B", got.append)
    qtbot.addWidget(opened)
    assert opened.isVisible() and got == []  # does not block the save that opened it
    opened.take_theirs.click()
    assert got == [Choice.THEIRS]


def test_the_window_says_where_a_shared_database_keeps_its_recordings(
    qtbot: Any, services: Services, backend: str, tmp_path: Path
) -> None:
    from audio.fake import FakeBackend

    meeting = services.meetings.create("Họp có ghi âm")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Ops(services), settings, audio_backend=FakeBackend())
    qtbot.addWidget(window)
    window.show()
    settle(window.ops)
    window.open_meeting(meeting.id)
    window.show_tab(PROCEEDINGS)
    settle(window.ops)
    qtbot.waitUntil(lambda: window.recording.session is not None, timeout=5000)
    session = window.recording.session
    assert session is not None and session.bar.record_button.isVisibleTo(window)
    note = session.bar.local_note
    if backend == "postgresql":  # the audio stays on this computer; the bar says so
        assert note.isVisibleTo(window) and "chỉ lưu trên máy này" in note.text()
        assert not window.recording.store.root.is_relative_to(tmp_path)
    else:  # beside the database file
        assert not note.isVisibleTo(window)
        assert window.recording.store.root.name.endswith(".sqlite3.audio")
    window.close()
    window.ops.close()
