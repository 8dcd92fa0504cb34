"""A row of groups goes onto two lines when its groups do not fit, also when one of them grows
after the window is on screen (the recording bar joins the agenda line once a meeting opens)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from gui.widgets.reflow import ReflowRow


def test_a_row_inside_a_row_that_grows_on_screen_makes_the_outer_row_wrap(qtbot) -> None:
    outer = ReflowRow()
    qtbot.addWidget(outer)
    times = QLabel("18:55:57  Bắt đầu họp 14:05 24/11  Kết thúc họp 16:50 24/11")
    agenda = QLabel("Mục chương trình: 3. Kết luận buổi làm việc")
    inner = ReflowRow(spacing=8)
    inner.add(agenda, 1)
    outer.add(times)
    outer.add(inner, 1)
    width = times.sizeHint().width() + agenda.sizeHint().width() + 60
    outer.resize(width, 80)
    outer.show()
    qtbot.waitUntil(lambda: outer.is_one_line())

    recording = QLabel("● Ghi âm  ■  Micrô mặc định  00:00:00")
    inner.add(recording)  # the meeting opened: its recording bar joins the agenda line
    qtbot.waitUntil(lambda: not outer.is_one_line())  # the agenda line goes under the clock
    qtbot.waitUntil(lambda: inner.is_one_line())  # and has the width for both
    assert agenda.width() >= agenda.sizeHint().width()  # the caption is not cut
