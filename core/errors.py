"""Typed errors raised by the core; each carries a message a secretary can read."""

from __future__ import annotations


class BienBanError(Exception):
    """Base of every error the core raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(BienBanError):
    """Input that cannot be stored as given; nothing was changed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(BienBanError):
    """The record asked for does not exist (or no longer exists)."""


class StorageError(BienBanError):
    """The database could not be read or written: full, locked, read-only or damaged."""


class SchemaTooNewError(StorageError):
    """The database was written by a newer BienBan; it is left untouched."""


class ConflictError(BienBanError):
    """Someone else saved the same record first; our change was not applied."""


class ExportError(BienBanError):
    """A document could not be produced or written."""
