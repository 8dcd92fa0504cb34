#!/usr/bin/env bash
# Set up BienBan (a .venv with the project installed) and run it: ./run.sh [ARGS]
# ./run.sh bench runs the benchmark suite. The steps are scripts/bootstrap.py's (also on Windows).
set -euo pipefail
cd "$(dirname "$0")"
exec "${PYTHON:-python3}" scripts/bootstrap.py run "$@"
