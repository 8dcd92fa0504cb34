#!/usr/bin/env bash
# Set up BienBan with its test tools and run lint, type checks and the whole suite headless.
set -euo pipefail
cd "$(dirname "$0")"
source ./scripts/bootstrap.sh
bootstrap "test"
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m ruff check .
.venv/bin/python -m mypy
# The layout tests render the exports with LibreOffice: installed here where possible.
./scripts/libreoffice.sh
# The suite runs against SQLite and, through a throwaway server, PostgreSQL.
./scripts/postgres.sh .venv/bin/python -m pytest "$@"
