"""Headless commands (INTERFACES.md): new, import, dump, check, project.

Exit status: 0 success; 1 the plan has rule errors (``check``); 2 bad input, with
one line on stderr and nothing written. No command writes to its input, and a
plan file is never overwritten unless ``--force`` is given.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from . import __version__

PROG = "campaign-planner"
COMMANDS = ("new", "import", "dump", "check", "project", "export")
CHART_KINDS = ("reach", "daily", "slots", "frequency", "funnel")
EXIT_OK, EXIT_RULES, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3


class BadInput(Exception):
    """Bad input from the user: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, never the usage block
        raise BadInput(message)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Plan mini-program campaigns and project their unique reach.")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    c = sub.add_parser("new", help="create a plan from a template")
    c.add_argument("out", metavar="OUT.mpplan")
    c.add_argument("--template", default="weibo-alipay-2019", metavar="ID")
    c.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    c = sub.add_parser("import", help="JSON plan -> plan file")
    c.add_argument("plan", metavar="PLAN.json")
    c.add_argument("out", metavar="OUT.mpplan")
    c.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    c = sub.add_parser("dump", help="plan file -> JSON")
    c.add_argument("plan", metavar="PLAN")
    c.add_argument("-o", "--output", metavar="PLAN.json")

    c = sub.add_parser("check", help="rule problems, one per line")
    c.add_argument("plan", metavar="PLAN")
    c.add_argument("--scenario", metavar="NAME", help="check one scenario (default: all)")

    c = sub.add_parser("project", help="projected reach as CSV")
    c.add_argument("plan", metavar="PLAN")
    c.add_argument("--scenario", metavar="NAME")
    c.add_argument("--bands", action="store_true", help="add P10/P50/P90 columns")
    c.add_argument("--draws", type=int, default=200, metavar="M")
    c.add_argument("--seed", type=int, metavar="S")
    c.add_argument("--csv", metavar="FILE|-")
    c.add_argument("--slots", metavar="FILE|-")
    c.add_argument("--frequency", metavar="FILE|-")

    c = sub.add_parser("export", help="charts as PNG/SVG, the PDF report, the series as CSV (no display needed)")
    c.add_argument("plan", metavar="PLAN")
    c.add_argument("--scenario", metavar="NAME")
    c.add_argument("--chart", choices=CHART_KINDS, default="reach")
    c.add_argument("--png", metavar="FILE")
    c.add_argument("--svg", metavar="FILE")
    c.add_argument("--pdf", metavar="FILE")
    c.add_argument("--csv", metavar="FILE")
    c.add_argument("--width", type=int, default=1200, metavar="PX")
    c.add_argument("--height", type=int, default=600, metavar="PX")
    c.add_argument("--dpi", type=int, default=96, metavar="N")
    return p


def load_plan(path: str):
    """A plan from a ``.json`` or ``.mpplan`` file; BadInput with a readable reason."""
    from .store.planfile import PlanFileError, open_any
    try:
        return open_any(path)
    except PlanFileError as e:
        raise BadInput(str(e)) from None


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _check_output(out: str, inputs: list[str], force: bool = True) -> None:
    if out == "-":
        return
    for i in inputs:
        if _same_file(out, i):
            raise BadInput(f"{out}: is also the input; no command writes to its input")
    p = Path(out)
    if p.is_dir():
        raise BadInput(f"{out}: is a folder; give a file name")
    if not p.parent.exists():
        raise BadInput(f"{out}: the folder {p.parent} does not exist")
    if not force and p.exists():
        raise BadInput(f"{out}: already exists; choose another name or pass --force")


def _save(plan, out: str) -> None:
    from .store.planfile import PlanFileError, save_plan
    try:
        save_plan(plan, out)
    except PlanFileError as e:
        raise BadInput(str(e)) from None


def _write_text(out: str, text: str) -> None:
    if out == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from .export.files import write_atomic
    try:
        write_atomic(out, text)
    except OSError as e:
        raise BadInput(f"{out}: cannot be written ({e.strerror or e})") from None


def cmd_new(a) -> int:
    from .store.local import LocalStore, StoreError
    _check_output(a.out, [], a.force)
    try:
        store = LocalStore()
        plan = store.template(a.template)
        store.close()
    except StoreError as e:
        raise BadInput(str(e)) from None
    _save(plan, a.out)
    return EXIT_OK


def cmd_import(a) -> int:
    _check_output(a.out, [a.plan], a.force)
    plan = load_plan(a.plan)
    _save(plan, a.out)
    return EXIT_OK


def cmd_dump(a) -> int:
    from .core.jsonio import plan_to_json_text
    out = a.output or "-"
    _check_output(out, [a.plan])
    _write_text(out, plan_to_json_text(load_plan(a.plan)))
    return EXIT_OK


def _scenario(plan, name):
    if name is None:
        return None
    names = [s.name for s in plan.scenarios]
    if name not in names:
        raise BadInput(f"no scenario {name!r} in the plan; it has {', '.join(map(repr, names))}")
    return name


def cmd_check(a) -> int:
    from .core.rules import ERROR, check
    plan = load_plan(a.plan)
    names = [_scenario(plan, a.scenario)] if a.scenario else [s.name for s in plan.scenarios]
    errors = False
    lines = []
    for name in names:
        prefix = f"[{name}] " if len(plan.scenarios) > 1 and not a.scenario else ""
        for p in check(plan, name):
            errors |= p.level == ERROR
            lines.append(f"{p.level}\t{p.placement or ''}\t{prefix}{p.message}\n")
    sys.stdout.write("".join(lines))
    return EXIT_RULES if errors else EXIT_OK


def cmd_project(a) -> int:
    from .core.reach import bands, project
    from .export.csv import frequency_csv, series_csv, slots_csv
    if a.draws < 1 or a.draws > 100_000:
        raise BadInput("--draws must be between 1 and 100000")
    outs = [o for o in (a.csv, a.slots, a.frequency) if o]
    if sum(o == "-" for o in outs) > 1:
        raise BadInput("only one of --csv, --slots, --frequency can write to standard output")
    for o in outs:
        _check_output(o, [a.plan])
    plan = load_plan(a.plan)
    name = _scenario(plan, a.scenario)
    pr = project(plan, name)
    b = bands(plan, name, draws=a.draws, seed=a.seed) if a.bands else None
    texts = []
    if a.csv or not outs:
        texts.append((a.csv or "-", series_csv(plan, pr, b)))
    if a.slots:
        texts.append((a.slots, slots_csv(pr)))
    if a.frequency:
        texts.append((a.frequency, frequency_csv(pr)))
    for out, text in texts:
        _write_text(out, text)
    return EXIT_OK


def cmd_export(a) -> int:
    outs = [o for o in (a.png, a.svg, a.pdf, a.csv) if o]
    if not outs:
        raise BadInput("nothing to export: give --png, --svg, --pdf or --csv")
    if not (100 <= a.width <= 10000 and 100 <= a.height <= 10000):
        raise BadInput("--width and --height must be between 100 and 10000 pixels")
    if not 50 <= a.dpi <= 1200:
        raise BadInput("--dpi must be between 50 and 1200")
    if len(set(outs)) < len(outs):
        raise BadInput("each output needs its own file")
    for o in outs:
        if o == "-":
            raise BadInput("export writes files; use 'project --csv -' for standard output")
        _check_output(o, [a.plan])
    plan = load_plan(a.plan)
    name = _scenario(plan, a.scenario)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the same files with or without a display
    from .core.reach import bands, project
    from .export.csv import series_csv
    from .qt.app import create_app, install_translator, settings
    from .qt import exports, report
    app = create_app()
    install_translator(app, settings().value("language", "") or None)
    pr = project(plan, name)
    b = bands(plan, name) if (a.pdf or (a.chart == "reach" and (a.png or a.svg))) else None
    try:
        if a.png or a.svg:
            widget = exports.chart_widget(a.chart, plan, name, pr, b)
            if a.png:
                exports.save_png(widget, a.png, a.width, a.height, a.dpi)
            if a.svg:
                exports.save_svg(widget, a.svg, a.width, a.height)
        if a.pdf:
            report.write_report(plan, a.pdf, name, bands=b)
    except exports.ExportError as e:
        raise BadInput(str(e)) from None
    if a.csv:
        _write_text(a.csv, series_csv(plan, pr))
    return EXIT_OK


HANDLERS = {"export": cmd_export, "new": cmd_new, "import": cmd_import, "dump": cmd_dump, "check": cmd_check, "project": cmd_project}


def run(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
        return HANDLERS[args.command](args)
    except BadInput as e:
        sys.stderr.write(f"{PROG}: {e}\n")
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130
    except BrokenPipeError:
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_OK
    except Exception as e:  # a bug: one line, never a traceback
        sys.stderr.write(f"{PROG}: internal error ({type(e).__name__}: {e}); please report it\n")
        return EXIT_INTERNAL
