#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL cluster: ./scripts/postgres.sh CMD [ARGS...]
#
# Installs PostgreSQL from the distribution packages when missing (as root, with apt-get),
# starts a private cluster in a temporary folder on a loopback port, exports
# BIENBAN_TEST_PG_URL (and BIENBAN_TEST_PG_RESTART, a script restarting the server) for the
# command, then stops and removes the cluster whatever happens. When PostgreSQL cannot be
# had, the command still runs, with BIENBAN_TEST_PG_SKIP saying why: the PostgreSQL tests
# are then reported as skipped with that reason.
#   BIENBAN_TEST_PG_URL already set: that server is used as is (nothing started).
#   BIENBAN_TEST_PG=0: do not start a server (PostgreSQL tests skipped).
set -uo pipefail

PG_PORT="${BIENBAN_TEST_PG_PORT:-54329}"
PG_VERSION_WANTED="15"
PG_DIR=""
PG_BIN=""
AS_PG=()

note() { echo "postgres.sh: $*" >&2; }

skip() {
    export BIENBAN_TEST_PG_SKIP="$1"
    note "PostgreSQL tests will be skipped: $1"
}

find_bin() {
    local d
    for d in "/usr/lib/postgresql/${PG_VERSION_WANTED}/bin" $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
            PG_BIN="$d"
            return 0
        fi
    done
    if command -v pg_config >/dev/null 2>&1; then
        d="$(pg_config --bindir 2>/dev/null)"
        if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
            PG_BIN="$d"
            return 0
        fi
    fi
    return 1
}

install_pg() {
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        return 1
    fi
    note "installing PostgreSQL ${PG_VERSION_WANTED} from the distribution packages ..."
    export DEBIAN_FRONTEND=noninteractive
    local opts=(-y -q --no-install-recommends -o Dpkg::Options::=--force-confold)
    if ! timeout 600 apt-get install "${opts[@]}" postgresql >/dev/null 2>&1; then
        timeout 300 apt-get update -q >/dev/null 2>&1 || true
        timeout 600 apt-get install "${opts[@]}" postgresql >/dev/null 2>&1 || return 1
    fi
    find_bin
}

cleanup() {
    if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
        if [ -f "$PG_DIR/data/postmaster.pid" ]; then
            timeout 30 "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 20 \
                stop >/dev/null 2>&1 || true
        fi
        rm -rf "$PG_DIR"
    fi
}

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_cluster() {
    if ! find_bin && ! install_pg; then
        skip "PostgreSQL server programs not found and could not be installed (need root and apt-get)"
        return 1
    fi
    PG_DIR="$(mktemp -d /tmp/bienban-pg.XXXXXX)" || { skip "no temporary folder"; return 1; }
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    if [ "$(id -u)" = 0 ]; then
        if ! id postgres >/dev/null 2>&1; then
            skip "running as root but there is no 'postgres' user to own the cluster"
            return 1
        fi
        chown postgres: "$PG_DIR"
        if command -v runuser >/dev/null 2>&1; then
            AS_PG=(runuser -u postgres --)
        else
            AS_PG=(setpriv --reuid=postgres --regid=postgres --init-groups --)
        fi
    fi
    local port="$PG_PORT" tries=0
    while ! port_free "$port"; do
        tries=$((tries + 1))
        [ "$tries" -gt 20 ] && { skip "no free loopback port near $PG_PORT"; return 1; }
        port=$((PG_PORT + tries))
    done
    local locale="C.UTF-8"
    locale -a 2>/dev/null | grep -qix 'c.utf-\?8' || locale="C"
    # The cluster is thrown away after the run: no fsync, trust on loopback except for the
    # role the password tests use.
    if ! (cd "$PG_DIR" && timeout 120 "${AS_PG[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" \
        -U postgres -E UTF8 --locale="$locale" --auth=trust --no-sync \
        >"$PG_DIR/initdb.log" 2>&1); then
        skip "initdb failed: $(tail -n 3 "$PG_DIR/initdb.log" | tr '\n' ' ')"
        return 1
    fi
    cat >"$PG_DIR/data/pg_hba.conf" <<'EOF'
local all all trust
host all bienban_pw 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
EOF
    local opts="-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c fsync=off"
    opts+=" -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    if ! (cd "$PG_DIR" && timeout 60 "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" \
        -l "$PG_DIR/server.log" -o "$opts" -w -t 30 start >/dev/null 2>&1); then
        skip "the server did not start: $(tail -n 3 "$PG_DIR/server.log" 2>/dev/null | tr '\n' ' ')"
        return 1
    fi
    # Tests restart the server mid-session (lost connection) through this script.
    local q
    q="$(printf '%q ' "${AS_PG[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log")"
    cat >"$PG_DIR/restart" <<EOF
#!/bin/sh
cd "$PG_DIR" && exec timeout 60 $q -o "$opts" -m fast -w -t 30 restart >/dev/null
EOF
    chmod 755 "$PG_DIR/restart"
    export BIENBAN_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
    export BIENBAN_TEST_PG_RESTART="$PG_DIR/restart"
    note "PostgreSQL $("$PG_BIN/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port ($PG_DIR)"
    return 0
}

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
if [ -n "${BIENBAN_TEST_PG_URL:-}" ]; then
    note "using the server given in BIENBAN_TEST_PG_URL"
elif [ "${BIENBAN_TEST_PG:-1}" = 0 ]; then
    skip "BIENBAN_TEST_PG=0"
else
    start_cluster || true
fi
"$@"
status=$?
exit "$status"
