"""CSV of projected series, as INTERFACES.md specifies (``project --csv/--slots/--frequency/
--summary``, ``compare --csv``)."""

from __future__ import annotations

import csv
import datetime as _dt
import io
from collections.abc import Iterable

import numpy as np

from ..core.costs import Costs
from ..core.optimize import Suggestion
from ..core.plan import Plan
from ..core.reach import FREQ_MAX, Bands, Comparison, PhaseReach, Projection, phase_reach
from ..core.summary import summarize


def series_columns(plan: Plan, with_bands: bool = False, with_phases: bool = True) -> list[str]:
    """The columns of ``project --csv``: ``with_phases``, a ``reach_phase_<id>`` column per
    phase after the ``reach_platform_*`` ones (the plan file's projection table has none)."""
    cols = ["date", "reach"]
    cols += [f"reach_segment_{s.id}" for s in plan.audience.segments]
    cols += [f"reach_platform_{p.id}" for p in plan.platforms]
    if with_phases:
        cols += [f"reach_phase_{ph.id}" for ph in plan.phases]
    cols += ["daily_reach", "new_people", "visitors", "retained"]
    if with_bands:
        cols += ["reach_p10", "reach_p50", "reach_p90"]
    return cols


def people(x: float) -> float:
    """People as a plain number with two decimals (no -0.0, no tiny negatives from rounding)."""
    return round(max(float(x), 0.0), 2) + 0.0


def series_rows(
    plan: Plan, pr: Projection, bands: Bands | None = None, phases: PhaseReach | None = None
) -> Iterable[tuple]:
    """One row per day: the ISO date, then the people columns of ``series_columns`` (the
    per-phase ones when ``phases`` is given)."""
    cols = [pr.reach, *pr.reach_segment, *pr.reach_platform]
    if phases is not None:
        cols += list(phases.reach)
    cols += [pr.daily_reach, pr.new_people, pr.visitors, pr.retained]
    if bands is not None:
        cols += [bands.p10, bands.p50, bands.p90]
    table = np.round(np.maximum(np.vstack(cols).T, 0.0), 2) + 0.0
    for i, row in enumerate(table.tolist()):
        yield ((plan.start + _dt.timedelta(days=i)).isoformat(), *row)


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def _write(header: list[str], rows: Iterable[Iterable]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([_fmt(v) for v in r])
    return buf.getvalue()


def series_csv(plan: Plan, pr: Projection, bands: Bands | None = None, phases: PhaseReach | None = None) -> str:
    """``project --csv``: with the per-phase columns (computed here for the projection's
    scenario, counting forbidden placements as it did, unless given)."""
    if phases is None:
        phases = phase_reach(plan, pr.scenario, include_forbidden=pr.include_forbidden)
    return _write(series_columns(plan, bands is not None), series_rows(plan, pr, bands, phases))


def money(x: float) -> str:
    """Money as a plain number with two decimals."""
    return f"{round(float(x), 2) + 0.0:.2f}"


def slots_csv(pr: Projection, costs: Costs | None = None) -> str:
    """``project --slots``: one row per slot used; with ``costs`` (of the same scenario,
    counted the same way) a ``cost`` column after ``cap_bound_days``."""
    rows = [
        [sid, people(imp), people(r), people(x), int(c)]
        for sid, imp, r, x, c in zip(
            pr.slot_ids, pr.slot_impressions, pr.slot_reach, pr.slot_exclusive, pr.slot_cap_bound_days
        )
    ]
    header = ["slot", "impressions", "reach", "exclusive_reach", "cap_bound_days"]
    if costs is not None:
        header.append("cost")
        for r in rows:
            r.append(money(costs.slots.get(str(r[0]), 0.0)))
    return _write(header, rows)


def summary_rows(plan: Plan, pr: Projection, costs: Costs) -> list[tuple[str, str]]:
    """``project --summary``: (key, value) rows. On the last day: ``reach`` and
    ``reach_3plus`` (people exposed 3+ times); ``cost`` (the scenario's) and
    ``cost_per_thousand_reached`` (empty when no one is reached); ``target_reach`` (empty
    without a target) and ``target_reached_on`` (the first day the target is met, on k+ reach
    for the plan's target frequency k, empty if never); then ``target_frequency``,
    ``currency``, ``budget`` (empty without one), ``cost_low`` and ``cost_high`` (every cost
    per unit at the low or the high end of its range)."""
    s = summarize(plan, pr.scenario, pr=pr, cost=costs.total)
    target = plan.target_reach
    return [
        ("reach", _fmt(people(s.reach))),
        ("reach_3plus", _fmt(people(s.reach_3plus))),
        ("cost", money(s.cost)),
        ("cost_per_thousand_reached", "" if s.cost_per_thousand is None else money(s.cost_per_thousand)),
        ("target_reach", "" if target is None else _fmt(people(target))),
        ("target_reached_on", "" if s.target_date is None else s.target_date.isoformat()),
        ("target_frequency", str(plan.target_frequency)),
        ("currency", plan.currency),
        ("budget", "" if plan.budget is None else money(plan.budget)),
        ("cost_low", money(costs.total_low)),
        ("cost_high", money(costs.total_high)),
    ]


def summary_csv(plan: Plan, pr: Projection, costs: Costs) -> str:
    return _write(["key", "value"], summary_rows(plan, pr, costs))


def signed(x: float) -> float:
    """A difference of people: two decimals, negative allowed (no -0.0)."""
    return round(float(x), 2) + 0.0


def compare_columns(with_bands: bool) -> list[str]:
    cols = ["date", "reach_a", "reach_b", "difference"]
    if with_bands:
        cols += ["difference_p10", "difference_p50", "difference_p90"]
    return cols


def compare_csv(plan: Plan, c: Comparison) -> str:
    """``compare --csv``: one row per day, B - A; with bands the difference's P10/P50/P90."""
    cols = [c.reach_a, c.reach_b, c.difference]
    b = c.difference_bands
    if b is not None:
        cols += [b.p10, b.p50, b.p90]
    table = np.vstack(cols).T if len(c.reach_a) else np.zeros((0, len(cols)))
    rows = (
        ((plan.start + _dt.timedelta(days=i)).isoformat(), people(r[0]), people(r[1]), *(signed(x) for x in r[2:]))
        for i, r in enumerate(table.tolist())
    )
    return _write(compare_columns(b is not None), rows)


def frequency_csv(pr: Projection) -> str:
    labels = [str(i) for i in range(FREQ_MAX)] + [f"{FREQ_MAX}+"]
    return _write(["exposures", "people"], zip(labels, (people(x) for x in pr.frequency)))


def calibration_csv(plan: Plan, cal, actuals, planned: dict) -> str:
    """``calibrate --report``: ``key,value`` rows. For each delivered slot (the plan's order)
    ``eligible_share_<id>`` with ``_low`` and ``_high``; then ``kappa``, ``kappa_low``,
    ``kappa_high``; ``rows`` (delivered rows fitted), ``error_before`` and ``error_after``
    (root mean square relative error of the slots' reach with the plan's values and with the
    fitted ones); then for each slot ``delivered_reach_<id>`` (on its last delivered day) and
    ``planned_reach_<id>`` (the scenario's projection of the slot alone on that day)."""

    def g(x: float) -> str:
        return f"{x:.6g}"

    rows: list[tuple[str, str]] = []
    for sid, f in zip(cal.slots, cal.eligible_share):
        rows += [
            (f"eligible_share_{sid}", g(f.value)),
            (f"eligible_share_{sid}_low", g(f.low)),
            (f"eligible_share_{sid}_high", g(f.high)),
        ]
    k = cal.kappa
    rows += [
        ("kappa", g(k.value)),
        ("kappa_low", g(k.low)),
        ("kappa_high", g(k.high)),
        ("rows", str(cal.rows)),
        ("error_before", g(cal.error_before)),
        ("error_after", g(cal.error_after)),
    ]
    for sa in actuals.slots:
        last = int(sa.days[-1])
        rows += [
            (f"delivered_reach_{sa.slot}", _fmt(people(sa.reach[-1]))),
            (f"planned_reach_{sa.slot}", _fmt(people(planned[sa.slot][last]))),
        ]
    return _write(["key", "value"], rows)


def optimize_csv(s: Suggestion) -> str:
    """``optimize``'s standard output: ``key,value`` rows ``bookings``, ``cost`` (of the added
    bookings), ``reach_before`` and ``reach_after`` (the base scenario's unique reach on the
    plan's last day, without and with them). When the plan's target is k+ (k > 1), what was
    maximised follows: ``reach_<k>plus_before`` and ``reach_<k>plus_after``."""
    rows = [
        ("bookings", str(len(s.bookings))),
        ("cost", money(s.cost)),
        ("reach_before", _fmt(people(s.unique_before))),
        ("reach_after", _fmt(people(s.unique_after))),
    ]
    if s.k > 1:
        rows += [
            (f"reach_{s.k}plus_before", _fmt(people(s.reach_before))),
            (f"reach_{s.k}plus_after", _fmt(people(s.reach_after))),
        ]
    return _write(["key", "value"], rows)
