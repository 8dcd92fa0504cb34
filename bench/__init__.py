"""Benchmarks of BienBan on a generated archive (run with `python -m bench`)."""
