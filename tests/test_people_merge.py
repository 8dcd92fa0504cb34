"""Person directory: merging duplicates keeps every reference; the directory dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from core.errors import NotFoundError, ValidationError
from core.services import Services
from gui.operations import Ops
from gui.people_dialog import PeopleDialog
from tests.gui_helpers import settle
from tests.helpers import finalize, refused


@pytest.fixture
def two(services: Services) -> dict[str, int]:
    """'Nguyễn Văn An' twice in the directory (with and without the unit), three meetings."""
    m1 = services.meetings.create("Họp tháng 9").id
    m2 = services.meetings.create("Họp tháng 10").id
    m3 = services.meetings.create("Họp tháng 11").id
    keep = services.people.create("Nguyễn Văn An", "", "Sở Tài chính").id
    drop = services.people.create("Nguyễn Văn An", "Phó Giám đốc", "").id
    return {"m1": m1, "m2": m2, "m3": m3, "keep": keep, "drop": drop}


def test_merge_moves_attendance_and_deletes_the_duplicate(services: Services, two) -> None:
    att, people = services.attendance, services.people
    a1 = att.add(two["m1"], person_id=two["keep"], role="chair")
    a2 = att.add(two["m2"], person_id=two["drop"], role="secretary", status="present")
    e = services.entries.add(two["m2"], "opinion", "Đồng ý", speaker_id=a2.id)
    kept = people.merge(two["keep"], two["drop"])
    assert kept.id == two["keep"]
    assert kept.position == "Phó Giám đốc"  # filled from the duplicate, which had one
    with pytest.raises(NotFoundError):
        people.get(two["drop"])
    (row2,) = att.list(two["m2"])
    assert (row2.id, row2.person_id, row2.role, row2.status) == (
        a2.id,
        two["keep"],
        "secretary",
        "present",
    )
    assert row2.unit == "Sở Tài chính"
    assert att.list(two["m1"])[0].id == a1.id
    assert services.entries.get(e.id).speaker_id == a2.id
    assert services.entries.get(e.id).speaker_unit == "Sở Tài chính"
    assert sorted(people.meetings_of(two["keep"])) == [two["m1"], two["m2"]]
    # The search index knows the person under the kept entry.
    assert two["m2"] in services.search.meeting_ids("so tai chinh")


@pytest.mark.parametrize("informative", ["keep", "drop"])
def test_both_on_one_list_keeps_the_more_informative_row(
    services: Services, two, informative: str
) -> None:
    att = services.attendance
    m = two["m1"]
    rich = "late" if informative == "keep" else "absent_excused"
    k = att.add(m, person_id=two["keep"], status=rich if informative == "keep" else "unknown")
    d = att.add(
        m,
        person_id=two["drop"],
        status=rich if informative == "drop" else "unknown",
        reason="Đi công tác" if informative == "drop" else "",
    )
    by_k = services.entries.add(m, "opinion", "Ý kiến 1", speaker_id=k.id)
    by_d = services.entries.add(m, "opinion", "Ý kiến 2", speaker_id=d.id)
    services.drafts.save(m, text="đang gõ", speaker_id=d.id)
    services.people.merge(two["keep"], two["drop"])
    (row,) = att.list(m)
    winner = k if informative == "keep" else d
    assert row.id == winner.id and row.person_id == two["keep"] and row.status == rich
    assert {services.entries.get(x.id).speaker_id for x in (by_k, by_d)} == {winner.id}
    assert services.drafts.get(m).speaker_id == winner.id
    hits = services.search.search("nguyen van an")
    assert {h.ref_id for h in hits if h.source == "attendee"} == {winner.id}


def test_merge_refusals_change_nothing(services: Services, two) -> None:
    people = services.people
    refused(services, ValidationError, people.merge, two["keep"], two["keep"], match="themselves")
    refused(services, NotFoundError, people.merge, two["keep"], 99_999)
    refused(services, NotFoundError, people.merge, 99_999, two["drop"])
    # Both on the list of a finalized meeting: a row of approved minutes would go.
    services.attendance.add(two["m3"], person_id=two["keep"])
    services.attendance.add(two["m3"], person_id=two["drop"])
    finalize(services, two["m3"])
    refused(services, ValidationError, people.merge, two["keep"], two["drop"], match="finalized")


def test_merge_repoints_a_finalized_meeting_with_one_of_them(services: Services, two) -> None:
    services.attendance.add(two["m3"], person_id=two["drop"], status="present")
    finalize(services, two["m3"])
    version = services.meetings.get(two["m3"]).version
    services.people.merge(two["keep"], two["drop"])
    assert services.attendance.list(two["m3"])[0].person_id == two["keep"]
    assert services.meetings.get(two["m3"]).version == version


# -- the dialog -------------------------------------------------------------------------------


def _select(d: PeopleDialog, *rows: int) -> None:
    sm = d.view.selectionModel()
    sm.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in rows:
        sm.select(d.model.index(r, 0), flags)


def test_dialog_lists_filters_and_edits(qtbot, services: Services, ops: Ops, two) -> None:
    services.people.create("Trần Thị Bình", "Chuyên viên", "Sở Y tế")
    services.attendance.add(two["m1"], person_id=two["keep"])
    d = PeopleDialog(ops)
    qtbot.addWidget(d)
    assert d.model.rowCount() == 3
    d.search.setText("binh y te")
    qtbot.waitUntil(lambda: d.model.rowCount() == 1)
    d.search.clear()
    qtbot.waitUntil(lambda: d.model.rowCount() == 3)
    row = d.model.row_of(two["keep"])
    assert d.model.index(row, 3).data() == "1"
    assert d.model.setData(d.model.index(row, 1), "Giám đốc", Qt.ItemDataRole.EditRole)
    settle(ops)
    assert services.people.get(two["keep"]).position == "Giám đốc"
    # A rename onto another entry's name and unit is refused and shown, the typed value
    # kept in red.
    other = d.model.row_of(two["drop"])
    d.model.setData(d.model.index(other, 2), "Sở Tài chính", Qt.ItemDataRole.EditRole)
    settle(ops)
    assert services.people.get(two["drop"]).unit == ""
    assert d.message.text().startswith("Đã có người trùng họ tên")
    assert d.model.index(other, 2).data() == "Sở Tài chính"
    assert d.model.index(other, 2).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_dialog_merges_two_selected_rows(qtbot, services: Services, ops: Ops, two) -> None:
    services.attendance.add(two["m2"], person_id=two["drop"])
    d = PeopleDialog(ops)
    qtbot.addWidget(d)
    _select(d, d.model.row_of(two["keep"]))
    assert not d.merge_button.isEnabled()
    _select(d, d.model.row_of(two["keep"]), d.model.row_of(two["drop"]))
    assert d.merge_button.isEnabled()
    asked = []

    def keep_first(a, b):
        asked.append({a.id, b.id})
        return two["keep"], two["drop"]

    d.ask_keep = keep_first
    d.merge_selected()
    settle(ops)
    assert asked == [{two["keep"], two["drop"]}]
    assert d.model.rowCount() == 1 and "Đã gộp" in d.message.text()
    assert services.attendance.list(two["m2"])[0].person_id == two["keep"]
    assert [p.id for p in services.people.list()] == [two["keep"]]
    # Declining the question merges nothing.
    d.ask_keep = lambda a, b: None
    _select(d, 0)
    d.merge_selected()
    settle(ops)
    assert [p.id for p in services.people.list()] == [two["keep"]]


def test_dialog_shows_a_refused_merge(qtbot, services: Services, ops: Ops, two) -> None:
    for person in ("keep", "drop"):
        services.attendance.add(two["m3"], person_id=two[person])
    finalize(services, two["m3"])
    d = PeopleDialog(ops)
    qtbot.addWidget(d)
    d.merge(two["keep"], two["drop"])
    settle(ops)
    assert "biên bản đã chốt" in d.message.text()
    d.merge(two["keep"], two["keep"])
    settle(ops)
    assert "chính họ" in d.message.text()
    assert d.model.rowCount() == 2


def test_menu_opens_the_directory(qtbot, services: Services, two, tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from gui.main_window import MainWindow

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Ops(services), settings)
    qtbot.addWidget(window)
    dialog = window.show_people()
    assert isinstance(dialog, PeopleDialog) and dialog.model.rowCount() == 2
    dialog.reject()
