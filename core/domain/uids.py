"""Client-generated ids: a retry after a lost reply finds the row they name."""

from __future__ import annotations

import uuid


def new_uid() -> str:
    """A new id for a row the window is about to create (a UUID4 as text)."""
    return str(uuid.uuid4())
