"""Formal documents from a meeting record: Word minutes, conclusion notice, PDF."""
