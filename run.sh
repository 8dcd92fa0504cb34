#!/usr/bin/env bash
# Set up BienBan (a .venv with the project installed) and run it: ./run.sh [ARGS]
# ./run.sh bench runs the benchmark suite.
set -euo pipefail
cd "$(dirname "$0")"
source ./scripts/bootstrap.sh
bootstrap ""
if [ "${1:-}" = "bench" ]; then
    shift
    exec .venv/bin/python -m bench "$@"
fi
exec .venv/bin/python main.py "$@"
