"""Headless commands (INTERFACES.md): new, import, dump, check, project, compare, export.

Exit status: 0 success; 1 the plan has rule errors (``check``); 2 bad input, with
one line on stderr and nothing written. No command writes to its input, and a
plan file is never overwritten unless ``--force`` is given.
"""

from __future__ import annotations

import argparse
import os
import sys

from . import __version__
from .text import one_line

PROG = "campaign-planner"
COMMANDS = (
    "new",
    "import",
    "dump",
    "check",
    "project",
    "compare",
    "optimize",
    "calibrate",
    "export",
    "install-desktop",
)
CHART_KINDS = ("reach", "daily", "slots", "frequency", "funnel")
LANGUAGES = ("en", "zh_CN")
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

    from .core.catalog import BUILTIN_TEMPLATES, builtin_template_name

    templates = ", ".join(f"{t} ({builtin_template_name(t)})" for t in BUILTIN_TEMPLATES)
    c = sub.add_parser(
        "new",
        help="create a plan from a template",
        description=f"Create a plan file from a template. Built-in templates: {templates}; the window's "
        "File > Save as Template adds your own (their ids are listed in the error for an unknown id).",
    )
    c.add_argument("out", metavar="OUT.mpplan", help="the plan file to create")
    c.add_argument(
        "--template",
        default="weibo-alipay-2019",
        metavar="ID",
        help=f"the template's id (default weibo-alipay-2019); built-in: {', '.join(BUILTIN_TEMPLATES)}",
    )
    c.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    c = sub.add_parser("import", help="JSON plan -> plan file")
    c.add_argument("plan", metavar="PLAN.json", help="a JSON plan (docs/command-line.md gives its format)")
    c.add_argument("out", metavar="OUT.mpplan", help="the plan file to create")
    c.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    c = sub.add_parser("dump", help="plan file -> JSON")
    c.add_argument("plan", metavar="PLAN", help="a .mpplan plan file (or a .json plan)")
    c.add_argument("-o", "--output", metavar="PLAN.json", help="write the JSON here (default: standard output)")

    c = sub.add_parser("check", help="rule problems, one per line")
    c.add_argument("plan", metavar="PLAN", help="a .mpplan plan file or a .json plan")
    c.add_argument("--scenario", metavar="NAME", help="check one scenario (default: all)")

    c = sub.add_parser("project", help="projected reach as CSV")
    c.add_argument("plan", metavar="PLAN", help="a .mpplan plan file or a .json plan")
    c.add_argument("--scenario", metavar="NAME", help="the scenario to project (default: the first)")
    c.add_argument("--bands", action="store_true", help="add P10/P50/P90 columns")
    c.add_argument("--draws", type=int, default=200, metavar="M", help="draws of the assumptions for --bands (200)")
    c.add_argument("--seed", type=int, metavar="S", help="seed of the draws (default: one made from the plan)")
    c.add_argument("--csv", metavar="FILE|-", help="the daily series: one row per day")
    c.add_argument(
        "--slots",
        metavar="FILE|-",
        help="one row per slot used: impressions, reach, exclusive reach, cap-bound days, cost (after caps)",
    )
    c.add_argument("--frequency", metavar="FILE|-", help="the exposure distribution on the last day")
    c.add_argument(
        "--summary",
        metavar="FILE|-",
        help="key,value rows: reach, 3+ reach, cost, cost per thousand reached, target and the day it is "
        "reached (on k+ reach for the plan's target frequency k), then target frequency, currency, budget, "
        "cost range",
    )
    c.add_argument(
        "--include-forbidden",
        action="store_true",
        help="count placements the rules forbid (by default they are left out, and named on stderr)",
    )

    c = sub.add_parser(
        "compare",
        help="two scenarios side by side: reach of A, of B and B - A per day, as CSV",
        description="Compare scenario B with scenario A of one plan: one row per day with reach_a, reach_b and "
        "their difference (B - A); with --bands the P10/P50/P90 of the difference, from the same draws of the "
        "assumptions for both scenarios (common random numbers), so comparing a scenario with itself gives 0.",
    )
    c.add_argument("plan", metavar="PLAN", help="a .mpplan plan file or a .json plan")
    c.add_argument("a", metavar="A", help="the name of the scenario compared against")
    c.add_argument("b", metavar="B", help="the name of the scenario compared with A (the difference is B - A)")
    c.add_argument(
        "--bands", action="store_true", help="add difference_p10/p50/p90 columns (the same draws for A and B)"
    )
    c.add_argument("--draws", type=int, default=200, metavar="M", help="draws of the assumptions for --bands (200)")
    c.add_argument("--seed", type=int, metavar="S", help="seed of the draws (default: one made from the plan)")
    c.add_argument("--csv", metavar="FILE|-", help="where to write the CSV (default: standard output)")
    c.add_argument(
        "--include-forbidden",
        action="store_true",
        help="count placements the rules forbid (by default they are left out, and named on stderr)",
    )

    c = sub.add_parser(
        "optimize",
        help="suggest the bookings that add the most unique reach (k+ reach for a k+ target), as a new scenario",
        description="Add to a scenario the bookings (one unit of one slot on one day) the rules allow that add "
        "the most unique reach by the plan's last day (the most people reached k+ times when the plan's target "
        "is k+): within --budget (each booking costs its slot's cost per "
        "unit) or up to --bookings of them (cost ignored). Writes OUT.mpplan: the plan with one more scenario "
        "holding the base placements plus the bookings, consecutive days of one slot merged. Prints key,value "
        "rows: bookings, cost, reach_before, reach_after (unique reach), and for a k+ target reach_<k>plus_before, "
        "reach_<k>plus_after.",
    )
    c.add_argument("plan", metavar="PLAN", help="a .mpplan plan file or a .json plan")
    how = c.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--budget", type=float, metavar="X", help="what the added bookings may cost, in the plan's currency"
    )
    how.add_argument("--bookings", type=int, metavar="N", help="how many bookings to add (cost ignored)")
    c.add_argument("--scenario", metavar="NAME", help="the base scenario (default: the first)")
    c.add_argument("--into", metavar="NAME", help='the new scenario\'s name (default: "NAME optimised")')
    c.add_argument("-o", "--output", metavar="OUT.mpplan", required=True, help="the plan file to write")
    c.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    c = sub.add_parser(
        "calibrate",
        help="fit eligible shares and kappa to delivered numbers",
        description="Fit each delivered slot's eligible share and the audience's kappa to delivered numbers: "
        "ACTUALS.csv has the columns date,slot,impressions,reach (that day's impressions of the slot and the "
        "cumulative unique people it has reached to date), one row per slot and day. The fit minimises the "
        "squared relative error of each slot's reach alone, with the delivered impressions as exposure. Writes "
        "OUT.mpplan with the fitted values and their approximate 80%% ranges.",
    )
    c.add_argument("plan", metavar="PLAN", help="a .mpplan plan file or a .json plan")
    c.add_argument("actuals", metavar="ACTUALS.csv", help="the delivered numbers (date,slot,impressions,reach)")
    c.add_argument(
        "--scenario",
        metavar="NAME",
        help="the scenario that was delivered (default: the first): the report sets its planned reach beside "
        "the delivered reach",
    )
    c.add_argument("-o", "--output", metavar="OUT.mpplan", required=True, help="the plan file to write")
    c.add_argument(
        "--report",
        metavar="FILE|-",
        help="key,value rows: each fitted value and its range, the fit's error before and after, and each slot's "
        "planned and delivered reach",
    )
    c.add_argument("--force", action="store_true", help="overwrite OUT if it exists")

    c = sub.add_parser("export", help="charts as PNG/SVG, the PDF report, the series as CSV (no display needed)")
    c.add_argument("plan", metavar="PLAN", help="a .mpplan plan file or a .json plan")
    c.add_argument("--scenario", metavar="NAME", help="the scenario to export (default: the first)")
    c.add_argument("--chart", choices=CHART_KINDS, default="reach", help="the chart for --png and --svg (reach)")
    c.add_argument("--png", metavar="FILE", help="the chart as a PNG image")
    c.add_argument("--svg", metavar="FILE", help="the chart as an SVG image")
    c.add_argument("--pdf", metavar="FILE", help="the PDF report")
    c.add_argument(
        "--compare",
        nargs=2,
        metavar=("A", "B"),
        help="add a page comparing scenarios A and B to the PDF report (B - A, with its P10-P90 band)",
    )
    c.add_argument("--csv", metavar="FILE", help="the daily series as CSV (as project --csv)")
    c.add_argument("--width", type=int, default=1200, metavar="PX", help="image width in pixels (1200)")
    c.add_argument("--height", type=int, default=600, metavar="PX", help="image height in pixels (600)")
    c.add_argument("--dpi", type=int, default=96, metavar="N", help="PNG resolution: text scales with it (96)")
    c.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the language of the charts and the report (default: the system's; never the window's last choice)",
    )
    c.add_argument(
        "--include-forbidden",
        action="store_true",
        help="count placements the rules forbid (by default they are left out, and named on stderr)",
    )

    c = sub.add_parser(
        "install-desktop", help="register the app, its icon and the .mpplan file type for this user (freedesktop)"
    )
    c.add_argument("--uninstall", action="store_true", help="remove what install-desktop installed")
    return p


def load_plan(path: str):
    """A plan from a ``.json`` or ``.mpplan`` file; BadInput with a readable reason."""
    from .store.planfile import PlanFileError, open_any

    try:
        return open_any(path)
    except PlanFileError as e:
        raise BadInput(str(e)) from None


def _check_outputs(outs: list[str], inputs: list[str], force: bool = True) -> None:
    """Refuse, before any work, outputs that could never be written or that would be
    written twice or over an input. Standard output is ``-``."""
    from .fileio import FileAccessError, display_name, is_stream, resolve_target, same_file

    if sum(o == "-" for o in outs) > 1:
        raise BadInput("only one output can be standard output (-)")
    seen: list[tuple[str, object]] = []
    for out in outs:
        if out == "-":
            continue
        shown = display_name(out)
        try:
            real, st = resolve_target(out)
        except FileAccessError as e:
            raise BadInput(str(e)) from None
        if any(same_file(out, i) for i in inputs):
            raise BadInput(f"{shown}: is also the input; no command writes to its input")
        if not is_stream(st):
            if any(real == r or same_file(out, o) for o, r in seen):
                raise BadInput(f"{shown}: given twice; each output needs its own file")
            seen.append((out, real))
        if not force and st is not None and not is_stream(st):
            raise BadInput(f"{shown}: already exists; choose another name or pass --force")


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
    from .fileio import FileAccessError, write_file

    try:
        write_file(out, text)
    except FileAccessError as e:
        raise BadInput(str(e)) from None


def cmd_new(a) -> int:
    from .store.local import LocalStore, StoreError

    _check_outputs([a.out], [], a.force)
    try:
        store = LocalStore()
        plan = store.template(a.template)
        store.close()
    except StoreError as e:
        raise BadInput(str(e)) from None
    _save(plan, a.out)
    return EXIT_OK


def cmd_import(a) -> int:
    _check_outputs([a.out], [a.plan], a.force)
    plan = load_plan(a.plan)
    _save(plan, a.out)
    return EXIT_OK


def cmd_dump(a) -> int:
    from .core.jsonio import plan_to_json_text

    out = a.output or "-"
    _check_outputs([out], [a.plan])
    _write_text(out, plan_to_json_text(load_plan(a.plan)))
    return EXIT_OK


def _check_seed(seed) -> None:
    if seed is not None and not 0 <= seed < 2**63:
        raise BadInput("--seed must be a whole number from 0 to 9223372036854775807")


def _check_size(plan, scenario, draws: int = 0) -> None:
    from .core.plan import size_problem

    problem = size_problem(plan, plan.scenario(scenario), draws)
    if problem:
        raise BadInput(problem)


def _note_left_out(pr) -> None:
    """Say (one line on stderr) which placements the rules forbid and the numbers leave out
    (named as the exported charts and the report name them: core.messages.id_list)."""
    _note_left_out_of("", pr.left_out)


def _note_left_out_of(which: str, left_out) -> None:
    from .core.messages import id_list

    n = len(left_out)
    if n:
        what = "1 placement the rules forbid is" if n == 1 else f"{n:,} placements the rules forbid are"
        where = f" in {which}" if which else ""
        _say(f"note: {what} not counted{where} ({id_list(left_out)}); --include-forbidden counts them")


def _scenario(plan, name):
    if name is None:
        return None
    names = [s.name for s in plan.scenarios]
    if name not in names:
        from .core.messages import Msg

        raise BadInput(Msg("plan.no_scenario", name=name, names=", ".join(map(repr, names))))
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
            lines.append(f"{p.level}\t{one_line(p.placement or '')}\t{one_line(prefix + p.message)}\n")
    sys.stdout.write("".join(lines))
    return EXIT_RULES if errors else EXIT_OK


def _check_draws(draws: int) -> None:
    if draws < 1 or draws > 100_000:
        raise BadInput("--draws must be between 1 and 100000")


def cmd_project(a) -> int:
    from .core.costs import costs
    from .core.reach import bands, project
    from .export.csv import frequency_csv, series_csv, slots_csv, summary_csv

    _check_draws(a.draws)
    _check_seed(a.seed)
    outs = [o for o in (a.csv, a.slots, a.frequency, a.summary) if o]
    if sum(o == "-" for o in outs) > 1:
        raise BadInput("only one of --csv, --slots, --frequency, --summary can write to standard output")
    _check_outputs(outs, [a.plan])
    plan = load_plan(a.plan)
    name = _scenario(plan, a.scenario)
    if a.bands:
        _check_size(plan, name, a.draws)
    pr = project(plan, name, include_forbidden=a.include_forbidden)
    b = bands(plan, name, draws=a.draws, seed=a.seed, include_forbidden=a.include_forbidden) if a.bands else None
    _note_left_out(pr)
    texts = []
    if a.csv or not outs:
        texts.append((a.csv or "-", series_csv(plan, pr, b)))
    spent = costs(plan, name, include_forbidden=a.include_forbidden) if (a.slots or a.summary) else None
    if a.slots:
        texts.append((a.slots, slots_csv(pr, spent)))
    if a.frequency:
        texts.append((a.frequency, frequency_csv(pr)))
    if a.summary and spent is not None:
        texts.append((a.summary, summary_csv(plan, pr, spent)))
    for out, text in texts:
        _write_text(out, text)
    return EXIT_OK


def cmd_compare(a) -> int:
    from .core.reach import compare
    from .export.csv import compare_csv

    _check_draws(a.draws)
    _check_seed(a.seed)
    out = a.csv or "-"
    _check_outputs([out], [a.plan])
    plan = load_plan(a.plan)
    for name in (a.a, a.b):
        _scenario(plan, name)
    if a.bands:
        _check_size(plan, a.a, a.draws)
        _check_size(plan, a.b, a.draws)
    c = compare(plan, a.a, a.b, draws=a.draws if a.bands else 0, seed=a.seed, include_forbidden=a.include_forbidden)
    _note_left_out_of(f"scenario {c.a!r}", c.left_out_a)
    if c.b != c.a:
        _note_left_out_of(f"scenario {c.b!r}", c.left_out_b)
    _write_text(out, compare_csv(plan, c))
    return EXIT_OK


def cmd_optimize(a) -> int:
    from .core.optimize import add_suggestion, optimize
    from .export.csv import optimize_csv

    _check_outputs([a.output], [a.plan], a.force)
    plan = load_plan(a.plan)
    name = _scenario(plan, a.scenario)
    suggestion = optimize(plan, name, budget=a.budget, bookings=a.bookings)
    result = add_suggestion(plan, suggestion, a.into)
    _save(result, a.output)
    _write_text("-", optimize_csv(suggestion))
    return EXIT_OK


def cmd_calibrate(a) -> int:
    from .core.calibrate import calibrated, fit, planned_series
    from .export.csv import calibration_csv
    from .store.actuals import load_actuals

    outs = [a.output] + ([a.report] if a.report else [])
    _check_outputs(outs, [a.plan, a.actuals], a.force)
    plan = load_plan(a.plan)
    name = _scenario(plan, a.scenario)
    actuals = load_actuals(a.actuals, plan)
    cal = fit(plan, actuals)
    _save(calibrated(plan, cal), a.output)
    if a.report:
        planned = planned_series(plan, name, cal.slots)
        _write_text(a.report, calibration_csv(plan, cal, actuals, planned))
    return EXIT_OK


def cmd_export(a) -> int:
    outs = [o for o in (a.png, a.svg, a.pdf, a.csv) if o]
    if not outs:
        raise BadInput("nothing to export: give --png, --svg, --pdf or --csv")
    if not (100 <= a.width <= 10000 and 100 <= a.height <= 10000):
        raise BadInput("--width and --height must be between 100 and 10000 pixels")
    if not 50 <= a.dpi <= 1200:
        raise BadInput("--dpi must be between 50 and 1200")
    if "-" in outs:
        raise BadInput("export writes files; use 'project --csv -' for standard output")
    _check_outputs(outs, [a.plan])
    if a.compare and not a.pdf:
        raise BadInput("--compare adds a page to the PDF report: give --pdf too")
    plan = load_plan(a.plan)
    name = _scenario(plan, a.scenario)
    for other in a.compare or ():
        _scenario(plan, other)
        _check_size(plan, other, 200)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the same files with or without a display
    from .core.reach import bands, project
    from .export.csv import series_csv
    from .qt import exports, report
    from .qt.app import create_app, install_translator

    app = create_app()
    install_translator(app, a.lang)  # None: the system locale decides
    pr = project(plan, name, include_forbidden=a.include_forbidden)
    b = (
        bands(plan, name, include_forbidden=a.include_forbidden)
        if (a.pdf or (a.chart == "reach" and (a.png or a.svg)))
        else None
    )
    _note_left_out(pr)
    try:
        if a.png or a.svg:
            widget = exports.chart_widget(a.chart, plan, name, pr, b)
            if a.png:
                exports.save_png(widget, a.png, a.width, a.height, a.dpi)
            if a.svg:
                exports.save_svg(widget, a.svg, a.width, a.height)
        if a.pdf:
            comparison = None
            if a.compare:
                from .core.reach import compare

                comparison = compare(plan, *a.compare, draws=200, include_forbidden=a.include_forbidden)
            report.write_report(
                plan, a.pdf, name, bands=b, include_forbidden=a.include_forbidden, comparison=comparison
            )
    except exports.ExportError as e:
        raise BadInput(str(e)) from None
    if a.csv:
        _write_text(a.csv, series_csv(plan, pr))
    return EXIT_OK


def cmd_install_desktop(a) -> int:
    from . import desktop

    try:
        (desktop.uninstall if a.uninstall else desktop.install)()
    except desktop.DesktopError as e:
        raise BadInput(str(e)) from None
    return EXIT_OK


HANDLERS = {
    "export": cmd_export,
    "new": cmd_new,
    "import": cmd_import,
    "dump": cmd_dump,
    "check": cmd_check,
    "project": cmd_project,
    "compare": cmd_compare,
    "optimize": cmd_optimize,
    "calibrate": cmd_calibrate,
    "install-desktop": cmd_install_desktop,
}


def _say(message: str) -> None:
    """One line on standard error, control characters escaped (nothing raw from a file)."""
    try:
        sys.stderr.write(f"{PROG}: {one_line(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def run(argv: list[str]) -> int:
    from .core.plan import PlanError
    from .fileio import FileAccessError, reason

    try:
        args = _parser().parse_args(argv)
        return HANDLERS[args.command](args)
    except BadInput as e:
        _say(str(e))
        return EXIT_BAD_INPUT
    except (PlanError, FileAccessError) as e:
        _say(str(e))
        return EXIT_BAD_INPUT
    except MemoryError:
        _say("not enough memory for this plan")
        return EXIT_BAD_INPUT
    except OSError as e:
        where = f"{e.filename}: " if getattr(e, "filename", None) else ""
        _say(f"{where}{reason(e)}")
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
        _say(f"internal error ({type(e).__name__}: {e}); please report it")
        return EXIT_INTERNAL
