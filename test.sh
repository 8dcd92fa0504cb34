#!/usr/bin/env bash
# Set up BienBan with its test tools and run lint, type checks and the whole suite headless.
set -euo pipefail
cd "$(dirname "$0")"
source ./scripts/bootstrap.sh
bootstrap "test"
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m ruff check .
.venv/bin/python -m mypy
# The suite runs against SQLite and, through a throwaway server, PostgreSQL; the recording
# tests hear a private sound server with no sound card (scripts/sound.sh).
./scripts/postgres.sh ./scripts/sound.sh .venv/bin/python -m pytest "$@"
