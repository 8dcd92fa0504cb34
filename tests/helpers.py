"""Helpers shared by the service tests: refused calls leave the database as it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from core.domain.models import Meeting
from core.errors import BienBanError
from core.services import Services


def dump(services: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (FTS shadow tables included), for before/after comparisons."""
    with services.db.read() as s:
        tables = (
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            if services.db.is_sqlite
            else "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            " ORDER BY tablename"
        )
        names = [r[0] for r in s.execute(text(tables))]
        return {
            name: [tuple(r) for r in s.execute(text(f'SELECT * FROM "{name}" ORDER BY 1'))]
            for name in names
        }


def refused(
    services: Services,
    error: type[BaseException],
    call: Callable[..., Any],
    *args: Any,
    match: str | None = None,
    **kwargs: Any,
) -> pytest.ExceptionInfo[BaseException]:
    """Call *call*, expect *error*, and check that not a single row changed."""
    before = dump(services)
    with pytest.raises(error, match=match) as info:
        call(*args, **kwargs)
    assert dump(services) == before
    said = info.value
    if isinstance(said, BienBanError):
        # The window shows one language: the message must come apart into its two halves.
        assert said.vi != said.en, f"not one Vietnamese and one English half: {said.message!r}"
        assert " / " not in said.vi and " / " not in said.en, said.message
    return info


def finalize(services: Services, meeting_id: int) -> None:
    """Mark a meeting finalized directly (the service for it arrives later)."""
    with services.db.write() as s:
        m = s.get(Meeting, meeting_id)
        assert m is not None
        m.status = "finalized"
