"""A scenario in a few numbers, and two scenarios side by side (issue 12: the comparison table
of the window and the PDF report, and ``project --summary``).

Every number is the one the rest of the planner shows: reach and k+ reach on the plan's last
day from the projection, the cost after caps from ``costs``, the target date on the series
the plan's target is about (k+ reach for its target frequency k).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .costs import cost_per_thousand, scenario_cost
from .plan import Plan
from .reach import Projection, project

#: the "3+" of the comparison table and of ``reach_3plus`` in ``project --summary``
EFFECTIVE_K = 3


@dataclass(frozen=True)
class Summary:
    """One scenario's numbers by the plan's last day."""

    scenario: str
    reach: float  # unique people reached
    reach_3plus: float  # people exposed at least EFFECTIVE_K times
    cost: float  # in the plan's currency, after caps
    cost_per_thousand: float | None  # None when no one is reached
    target_day: int | None  # index of the first day the target is met; None: never, or no target
    target_date: _dt.date | None


def summarize(
    plan: Plan,
    scenario: str | None = None,
    *,
    pr: Projection | None = None,
    cost: float | None = None,
    include_forbidden: bool = False,
) -> Summary:
    """The numbers of one scenario (the first by default). ``pr`` and ``cost``, when given,
    are its projection and its total cost, counted the same way (``include_forbidden``)."""
    sc = plan.scenario(scenario)
    if pr is None:
        pr = project(plan, sc.name, include_forbidden=include_forbidden)
    last = float(pr.reach[-1]) if pr.days else 0.0
    if cost is None:
        cost = scenario_cost(plan, sc.name, include_forbidden=include_forbidden)
    day = pr.target_day(plan.target_reach) if plan.target_reach and pr.days else None
    return Summary(
        scenario=sc.name,
        reach=last,
        reach_3plus=pr.reach_at_least(EFFECTIVE_K) if pr.days else 0.0,
        cost=cost,
        cost_per_thousand=cost_per_thousand(cost, last),
        target_day=day,
        target_date=None if day is None else plan.start + _dt.timedelta(days=day),
    )


@dataclass(frozen=True)
class Row:
    """A row of the comparison table: the value for A, for B, and B - A (None where a
    value is missing: cost per thousand when no one is reached, a target never met; the
    target date's difference is in days, negative when B reaches the target earlier)."""

    key: str  # reach, reach_3plus, cost, cost_per_thousand, target_date
    a: float | _dt.date | None
    b: float | _dt.date | None
    difference: float | None


ROW_KEYS = ("reach", "reach_3plus", "cost", "cost_per_thousand", "target_date")


def comparison_rows(a: Summary, b: Summary) -> list[Row]:
    """The comparison table of two summaries, in ROW_KEYS order."""
    rows = []
    for key in ROW_KEYS:
        va, vb = getattr(a, key), getattr(b, key)
        if va is None or vb is None:
            diff = None
        elif key == "target_date":
            diff = float((vb - va).days)
        else:
            diff = float(vb) - float(va)
        rows.append(Row(key, va, vb, diff))
    return rows
