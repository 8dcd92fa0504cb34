#!/usr/bin/env bash
# Make LibreOffice and poppler-utils available for the layout tests: ./scripts/libreoffice.sh
#
# The tests that lay the exports out page by page (tests/test_export_layout.py, the PDF
# export, the profile preview) need soffice, pdftotext and pdftoppm, and the metric-compatible
# fonts (Liberation stands in for Times New Roman and Arial). When they are missing, this
# installs them from the distribution packages (as root, with apt-get); when that cannot be
# done, it says why, and those tests are reported as skipped with the reason by `pytest -ra`.
#   BIENBAN_TEST_LIBREOFFICE=0: do not install anything.
set -uo pipefail

PACKAGES=(libreoffice-writer-nogui poppler-utils fonts-liberation2)

note() { echo "libreoffice.sh: $*" >&2; }

missing() {
    command -v soffice >/dev/null 2>&1 || return 0
    command -v pdftotext >/dev/null 2>&1 || return 0
    command -v pdftoppm >/dev/null 2>&1 || return 0
    return 1
}

install_lo() {
    if [ "$(id -u)" != 0 ]; then
        note "not root: cannot install ${PACKAGES[*]}"
        return 1
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        note "no apt-get: cannot install ${PACKAGES[*]}"
        return 1
    fi
    note "installing ${PACKAGES[*]} from the distribution packages ..."
    export DEBIAN_FRONTEND=noninteractive
    local opts=(-y -q --no-install-recommends -o Dpkg::Options::=--force-confold)
    if ! timeout 900 apt-get install "${opts[@]}" "${PACKAGES[@]}" >/dev/null 2>&1; then
        timeout 300 apt-get update -q >/dev/null 2>&1 || true
        if ! timeout 900 apt-get install "${opts[@]}" "${PACKAGES[@]}" >/dev/null 2>&1; then
            note "apt-get could not install ${PACKAGES[*]}"
            return 1
        fi
    fi
    return 0
}

if ! missing; then
    note "LibreOffice $(soffice --version 2>/dev/null | awk '{print $2}') and poppler-utils found"
    exit 0
fi
if [ "${BIENBAN_TEST_LIBREOFFICE:-1}" = 0 ]; then
    note "BIENBAN_TEST_LIBREOFFICE=0: the LibreOffice layout tests will be skipped"
    exit 0
fi
if install_lo && ! missing; then
    note "LibreOffice $(soffice --version 2>/dev/null | awk '{print $2}') installed"
else
    note "the LibreOffice layout tests will be skipped: soffice, pdftotext or pdftoppm missing"
fi
exit 0
