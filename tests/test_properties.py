"""Property tests: any text survives the round trip as NFC; search never raises."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.errors import ValidationError
from core.services import Services
from core.storage.database import Database
from core.storage.migrate import migrate

# Any code point, lone surrogates included (st.text() leaves those out by default).
ANY_TEXT = st.text() | st.text(st.characters(exclude_categories=()), max_size=30)
_cache: list[tuple[Services, int]] = []


def _services() -> tuple[Services, int]:
    """One database for all examples (a fresh one per example would dominate the run)."""
    if not _cache:
        folder = tempfile.mkdtemp(prefix="bienban-prop-")
        db = Database(f"sqlite:///{Path(folder) / 'prop.sqlite3'}")
        migrate(db)
        services = Services.build(db)
        meeting_id = services.meetings.create("Họp kiểm thử").id
        services.entries.add(meeting_id, "note", "Đảng bộ kết luận")
        _cache.append((services, meeting_id))
    return _cache[0]


def _has_lone_surrogate(value: str) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in value)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_entry_text_round_trips_as_nfc(value: str) -> None:
    services, meeting_id = _services()
    if _has_lone_surrogate(value) or not value.strip():
        try:
            services.entries.add(meeting_id, "opinion", value)
        except ValidationError:
            return
        raise AssertionError(f"accepted {value!r}")
    e = services.entries.add(meeting_id, "opinion", value)
    expected = unicodedata.normalize("NFC", value)
    assert e.text == expected
    assert services.entries.get(e.id).text == expected


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_search_never_raises(query: str) -> None:
    services, meeting_id = _services()
    for hit in services.search.search(query):
        assert hit.meeting_id == meeting_id
        assert all(0 <= a < b <= len(hit.plain) for a, b in hit.spans)


VIETNAMESE = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
)
VI_TEXT = st.text(
    st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + "0123456789 .,;:!?%_\"'()*-\n\t\x0b"),
    min_size=1,
).filter(lambda t: t.strip())


@settings(max_examples=100, deadline=None)
@given(VI_TEXT)
def test_stored_text_is_found_by_its_own_words(value: str) -> None:
    from core.domain.text import search_terms

    services, meeting_id = _services()
    e = services.entries.add(meeting_id, "note", value)
    terms = search_terms(value)
    if terms:
        refs = {h.ref_id for h in services.search.search(" ".join(terms), limit=10_000)}
        assert e.id in refs
