"""Bringing meetings and attendance lists in from files."""
