"""Entry point: ``campaign-planner COMMAND ...`` runs headless, anything else opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from .cli import COMMANDS, run
    if argv and (argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version")):
        return run(argv)
    from .qt.app import run_gui
    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
