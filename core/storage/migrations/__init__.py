"""Alembic migration scripts for the BienBan schema."""
