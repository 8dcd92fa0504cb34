#!/usr/bin/env bash
# Run a command with a private sound server and no sound card: ./scripts/sound.sh CMD [ARGS...]
#
# Installs what the recording tests need when missing (as root, with apt-get): PulseAudio,
# espeak-ng, PortAudio and ALSA's PulseAudio plugin (through which PortAudio reaches the
# server). Starts a PulseAudio server in a temporary folder with a null sink whose monitor is
# the default source: what is played into the sink is what a microphone would hear. Exports
# PULSE_SERVER for the command, then stops the server and removes the folder whatever
# happens. When that cannot be had, the command still runs, with BIENBAN_TEST_SOUND_SKIP
# saying why: the sound tests are then reported as skipped with that reason.
#   BIENBAN_TEST_SOUND=0: start nothing (sound tests skipped).
set -uo pipefail

SND_DIR=""
SND_PID=""
PACKAGES=(pulseaudio pulseaudio-utils espeak-ng libportaudio2 libasound2-plugins)

note() { echo "sound.sh: $*" >&2; }

skip() {
    export BIENBAN_TEST_SOUND_SKIP="$1"
    note "sound tests will be skipped: $1"
}

have_all() {
    command -v pulseaudio >/dev/null 2>&1 && command -v pactl >/dev/null 2>&1 \
        && command -v paplay >/dev/null 2>&1 && command -v espeak-ng >/dev/null 2>&1 \
        && ldconfig -p 2>/dev/null | grep -q 'libportaudio\.so' \
        && ls /usr/lib/*/alsa-lib/libasound_module_pcm_pulse.so >/dev/null 2>&1
}

install_all() {
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        return 1
    fi
    note "installing ${PACKAGES[*]} from the distribution packages ..."
    export DEBIAN_FRONTEND=noninteractive
    local opts=(-y -q --no-install-recommends -o Dpkg::Options::=--force-confold)
    if ! timeout 600 apt-get install "${opts[@]}" "${PACKAGES[@]}" >/dev/null 2>&1; then
        timeout 300 apt-get update -q >/dev/null 2>&1 || true
        timeout 600 apt-get install "${opts[@]}" "${PACKAGES[@]}" >/dev/null 2>&1 || return 1
    fi
    have_all
}

cleanup() {
    if [ -n "$SND_PID" ]; then
        kill "$SND_PID" 2>/dev/null
        wait "$SND_PID" 2>/dev/null
    fi
    [ -n "$SND_DIR" ] && rm -rf "$SND_DIR"
}

start_server() {
    if ! have_all && ! install_all; then
        skip "PulseAudio, espeak-ng or PortAudio missing and not installable (need root and apt-get)"
        return 1
    fi
    SND_DIR="$(mktemp -d /tmp/bienban-sound.XXXXXX)" || { skip "no temporary folder"; return 1; }
    trap cleanup EXIT
    trap 'exit 130' INT TERM
    # A server of our own: its socket, state and runtime files stay in the temporary folder.
    export PULSE_RUNTIME_PATH="$SND_DIR/run" PULSE_STATE_PATH="$SND_DIR/state"
    export PULSE_SERVER="unix:$SND_DIR/native"
    pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no --disallow-exit \
        --log-target="file:$SND_DIR/server.log" \
        -L "module-native-protocol-unix socket=$SND_DIR/native auth-anonymous=1" \
        -L "module-null-sink sink_name=bienban_sink rate=16000 channels=1" \
        >"$SND_DIR/out.log" 2>&1 &
    SND_PID=$!
    local tries=0
    until pactl info >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -gt 50 ] || ! kill -0 "$SND_PID" 2>/dev/null; then
            skip "the PulseAudio server did not start: $(tail -n 2 "$SND_DIR/server.log" \
                "$SND_DIR/out.log" 2>/dev/null | tr '\n' ' ')"
            unset PULSE_SERVER
            return 1
        fi
        sleep 0.1
    done
    pactl set-default-sink bienban_sink && pactl set-default-source bienban_sink.monitor
    note "PulseAudio null sink on $PULSE_SERVER"
    return 0
}

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi
if [ "${BIENBAN_TEST_SOUND:-1}" = 0 ]; then
    skip "BIENBAN_TEST_SOUND=0"
else
    start_server || true
fi
"$@"
status=$?
exit "$status"
