#!/usr/bin/env bash
# Set up BienBan with its test tools and run lint, type checks and the whole suite headless.
# The steps are scripts/bootstrap.py's (on Windows: py scripts\bootstrap.py test).
set -euo pipefail
cd "$(dirname "$0")"
PY="${PYTHON:-python3}"
"$PY" scripts/bootstrap.py setup --extras test,bundle

# What the tests need from the machine, in two lists:
#  - SETUP: scripts run once before the suite that install or prepare something (for
#    example scripts/libreoffice.sh); listed here, skipped while the file does not exist.
#  - AROUND: scripts that start a throwaway service, run the command given to them and stop
#    the service (scripts/postgres.sh CMD...); they are chained, the suite runs innermost.
SETUP=(scripts/libreoffice.sh)
AROUND=(scripts/postgres.sh scripts/sound.sh)

for script in "${SETUP[@]}"; do
    if [ -e "$script" ]; then
        bash "$script"
    fi
done
wrap=()
for script in "${AROUND[@]}"; do
    [ -e "$script" ] && wrap+=(bash "$script")
done
exec "${wrap[@]}" "$PY" scripts/bootstrap.py test --extras test,bundle "$@"
