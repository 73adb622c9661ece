"""Entry point: ``campaign-planner COMMAND ...`` runs headless, anything else opens the window."""

from __future__ import annotations

import sys
from pathlib import Path


def _is_file(path: str) -> bool:
    try:
        return Path(path).is_file()
    except (OSError, ValueError):
        return False


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .cli import COMMANDS, EXIT_BAD_INPUT, PROG, run

    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
        return run(argv)
    if len(argv) > 1 or (
        argv
        and (
            argv[0].startswith("-")
            or (Path(argv[0]).suffix.lower() not in (".mpplan", ".json") and not _is_file(argv[0]))
        )
    ):
        from .text import one_line

        sys.stderr.write(
            f"{PROG}: {one_line(repr(argv[0]))} is neither a command ({', '.join(COMMANDS)}) nor a plan file to open\n"
        )
        return EXIT_BAD_INPUT
    from .qt.app import run_gui

    return run_gui(argv[0] if argv else None)


if __name__ == "__main__":
    sys.exit(main())
