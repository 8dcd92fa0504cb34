"""BienBan entry point: parse arguments, then run a CLI command or open the window."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    # Minutes are confidential: every file BienBan creates (database, WAL, backups,
    # exports, lock) is readable by its owner only.
    os.umask(0o077)
    from core.cli import build_parser, run_command

    args = build_parser().parse_args(argv)
    if args.command:
        return run_command(args)
    from gui.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
