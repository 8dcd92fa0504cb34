"""Search against hostile text: invisible characters inside words, a 10 MB paste."""

from __future__ import annotations

import time

import pytest

import core.search.query as query
from core.domain.text import fold
from core.services import Services

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


@pytest.mark.parametrize("mark", INVISIBLE)
def test_invisible_characters_inside_words_are_folded_away(
    services: Services, meeting_id: int, mark: str
) -> None:
    services.entries.add(meeting_id, "opinion", f"Đồng chí Ngu{mark}yễn Văn Hùng phát biểu")
    services.attendance.add(meeting_id, f"Trần{mark} Thị Lan", unit=f"Phòng Kế{mark} hoạch")
    services.meetings.update(meeting_id, place=f"Hội{mark} trường")
    assert fold(f"Ngu{mark}yễn") == "nguyen"
    for q in ("nguyen van hung", "tran thi", "ke hoach", "hoi truong"):
        assert [h.meeting_id for h in services.search.search(q)][:1] == [meeting_id], q
    # The query side too: a name pasted with an invisible character finds the plain one.
    services.entries.add(meeting_id, "note", "Phạm Minh Chính")
    assert services.search.search(f"Ph{mark}ạm Minh")
    assert services.search.meeting_ids(f"chi{mark}nh") == [meeting_id]
    hit = next(h for h in services.search.search("nguyen") if h.source == "entry")
    assert "[Ngu" in hit.snippet and hit.plain.startswith("Đồng chí Ngu")


@pytest.fixture
def folded_lengths(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How much text each snippet folded."""
    seen: list[int] = []
    real = query.fold_with_map

    def spy(value: str) -> tuple[str, list[int]]:
        seen.append(len(value))
        return real(value)

    monkeypatch.setattr(query, "fold_with_map", spy)
    return seen


def test_a_huge_entry_is_never_folded_whole(
    services: Services, meeting_id: int, folded_lengths: list[int]
) -> None:
    filler = "Nội dung phát biểu rất dài về kế hoạch năm sau của đơn vị. " * 40_000  # 2.4 MB
    services.entries.add(meeting_id, "opinion", "Mở đầu: giám đốc trình bày. " + filler)
    services.entries.add(meeting_id, "opinion", filler + " Cuối cùng là kết luận của chủ tọa")
    started = time.perf_counter()
    near = services.search.search("giam doc")
    far = services.search.search("ket luan chu toa")
    took = time.perf_counter() - started
    assert max(folded_lengths) <= query.HEAD_CHARS
    assert len(near) == 1 and near[0].snippet.startswith("Mở đầu: [giám] [đốc] trình bày")
    assert near[0].snippet.endswith("…")
    assert len(far) == 1 and far[0].meeting_id == meeting_id
    if services.db.is_sqlite:
        # The hit 2.4 MB in is found in SQL and marked, from a window around it.
        assert "[kết] [luận] của [chủ] [tọa]" in far[0].snippet
        assert far[0].snippet.startswith("…")
    else:
        # PostgreSQL keeps words only: the head of the text is shown, unmarked.
        assert far[0].snippet.startswith("Nội dung phát biểu") and far[0].spans == ()
    assert took < 5, f"{took:.2f} s"  # was about 7 s per hit before the bound
    # The stored text is whole.
    assert len(services.entries.list(meeting_id)[1].text) > 2_000_000
