"""Diacritic-insensitive search over every meeting: the index and the queries."""
