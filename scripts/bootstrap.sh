# Sourced by run.sh and test.sh: create .venv and (re)install the project when needed.
bootstrap() {
    local extras="$1"
    local py="${PYTHON:-python3}"
    if [ ! -x .venv/bin/python ]; then
        echo "Creating .venv with $py ..." >&2
        "$py" -m venv .venv
    fi
    # Reinstall only when pyproject.toml (or the extras asked for) changed since the last install.
    local want
    want="$(sha256sum pyproject.toml | cut -d' ' -f1) ${extras}"
    local have=""
    [ -f .venv/.install-stamp ] && have="$(cat .venv/.install-stamp)"
    if [ "$want" != "$have" ] && ! { [ -z "$extras" ] && [ "${have%% *}" = "${want%% *}" ]; }; then
        echo "Installing BienBan into .venv ..." >&2
        .venv/bin/python -m pip install --quiet --upgrade pip >&2 || true
        if [ -n "$extras" ]; then
            .venv/bin/python -m pip install --quiet -e ".[${extras}]" >&2
        else
            .venv/bin/python -m pip install --quiet -e . >&2
        fi
        echo "$want" > .venv/.install-stamp
    fi
    # Interface translations: compile each catalogue newer than its .qm (without this,
    # gui/i18n.py builds a missing one into the user cache at start-up).
    local ts
    for ts in resources/i18n/*.ts; do
        [ -e "$ts" ] || continue
        if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
            .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm" >&2 || true
        fi
    done
}
