"""The optimiser: the bookings that add the most unique reach (REACH_MODEL.md, "Optimiser";
INTERFACES.md, ``optimize``).

A booking is one unit of one slot on one day. The candidates are the bookings the rules allow:
inside the plan's dates (and the window asked for), on a day when a phase of the slot's
platform admits the mini program's category, on a slot whose required flags the mini program
has, and with at least one unit of headroom under the slot's daily cap once the base
scenario's own placements are counted.

The objective is the projection's cumulative unique reach on the plan's last day. It
depends on each slot's total exposure only (REACH_MODEL.md, "Reach": ``U_jst`` accumulates
the slot's impressions), so every booking of one slot adds the same reach whatever its day:
the candidates of a slot are interchangeable, and a chosen booking takes the slot's earliest
free day (the earlier the impressions, the higher the curve on every day, for the same end).
Marginal gains are worked out for all slots at once from the per-slot, per-activity-node
log-miss terms of the last day (a vectorised pass over J slots x S segments x K nodes).

Reach is monotone and submodular in the set of bookings, so the lazy greedy (CELF: a priority
queue of stale upper bounds, re-evaluated only when at the top) picks by marginal reach per
unit cost under a budget, by marginal reach alone under a count limit; under a budget the
better of that and the best single booking is kept: within (1 - 1/e) / 2 of the optimum
under a budget, 1 - 1/e under a count limit.

Deterministic: the same plan and arguments give the same bookings (ties go to the slot
first in the plan, then the earliest day).
"""

from __future__ import annotations

import datetime as _dt
import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import numpy as np

from .edits import _checked_name, new_ids
from .messages import Msg
from .plan import Placement, Plan, PlanError, Scenario
from .reach import NODES, Cancelled, _structure, activity_nodes, forbidden_mask, schedule


@dataclass(frozen=True)
class Suggestion:
    """What the optimiser chose, on top of the base scenario."""

    base: str
    bookings: tuple[tuple[str, _dt.date], ...]  # (slot id, day), by slot in the plan's order, then day
    cost: float  # of the added bookings, in the plan's currency
    reach_before: float  # the base scenario's reach on the plan's last day
    reach_after: float  # with the bookings added
    candidates: int  # bookings the rules allowed

    def placements(self, plan: Plan, taken: Iterable[str] = ()) -> tuple[Placement, ...]:
        """The bookings as placements of one unit per day, consecutive days of one slot merged
        into one placement, with fresh ids (not in ``taken``)."""
        runs: list[tuple[str, _dt.date, _dt.date]] = []
        for slot, day in self.bookings:
            if runs and runs[-1][0] == slot and runs[-1][2] + _dt.timedelta(days=1) == day:
                runs[-1] = (slot, runs[-1][1], day)
            else:
                runs.append((slot, day, day))
        ids = new_ids(taken, len(runs))
        return tuple(Placement(pid, slot, start, end, 1.0) for pid, (slot, start, end) in zip(ids, runs))


class _Model:
    """Reach on the plan's last day as a function of each slot's total units: the terms of
    the projection's formula that do not change while bookings are added."""

    def __init__(self, plan: Plan, totals: np.ndarray, nodes: int = NODES):
        slots = plan.slots
        st = _structure(plan, tuple(s.id for s in slots))
        sizes = np.array([s.size.value for s in plan.audience.segments])
        self.sizes = sizes
        self.a, self.w = activity_nodes(np.array(plan.audience.kappa.value), nodes)  # (K,), (K,)
        platform_size = sizes @ st.uses.astype(float)  # (P,)
        npj = platform_size[st.slot_platform] if len(slots) else np.zeros(0)
        self.q = np.array([s.eligible_share.value for s in slots])
        ipu = np.array([s.impressions_per_unit.value for s in slots])
        with np.errstate(divide="ignore", invalid="ignore"):
            self.scale = np.where(npj > 0, ipu / (npj * self.q), 0.0)  # units -> exposure U_j
        self.uses = st.uses[:, st.slot_platform].astype(float) if len(slots) else np.zeros((len(sizes), 0))  # (S, J)
        self.totals = totals.astype(float).copy()
        self.terms = self._terms(self.totals)  # (J, K)
        self.L = self.uses @ self.terms  # (S, K): log of the share not reached
        self.reach = self._reach(self.L)

    def _terms(self, units: np.ndarray, slots: np.ndarray | slice = slice(None)) -> np.ndarray:
        """log(1 - q_j + q_j exp(-a_k U_j)) for ``units`` of ``slots``: (n, K)."""
        q = self.q[slots][:, None]
        x = np.exp(-self.a[None, :] * (self.scale[slots] * units)[:, None])
        with np.errstate(divide="ignore"):
            return np.log(1 - q + q * x)

    def _reach(self, L: np.ndarray) -> float:
        return float(((1.0 - np.exp(L)) @ self.w) @ self.sizes)

    def gains(self, slots: np.ndarray) -> np.ndarray:
        """The reach one more unit of each of ``slots`` adds (vectorised)."""
        new = self._terms(self.totals[slots] + 1.0, slots) - self.terms[slots]  # (n, K)
        L = self.L[None, :, :] + self.uses[:, slots].T[:, :, None] * new[:, None, :]  # (n, S, K)
        reach = ((1.0 - np.exp(L)) @ self.w) @ self.sizes  # (n,)
        return np.maximum(reach - self.reach, 0.0)

    def add(self, j: int) -> None:
        self.totals[j] += 1.0
        new = self._terms(self.totals[j : j + 1], slice(j, j + 1))[0]
        self.L = self.L + np.outer(self.uses[:, j], new - self.terms[j])
        self.terms[j] = new
        self.reach = self._reach(self.L)


def candidates(
    plan: Plan,
    scenario: str | None = None,
    *,
    slots: Iterable[str] | None = None,
    start: _dt.date | None = None,
    end: _dt.date | None = None,
) -> list[np.ndarray]:
    """For each slot of the plan (in its order), the day indexes of the bookings the rules
    allow, earliest first (empty for a slot not in ``slots`` when given). ``start``/``end``
    narrow the days (inside the plan's dates)."""
    T = plan.days
    J = len(plan.slots)
    wanted = None if slots is None else set(slots)
    unknown = sorted((wanted or set()) - {s.id for s in plan.slots})
    if unknown:
        raise PlanError([Msg("plan.no_slot", ident=unknown[0])])
    d0 = 0 if start is None else max(0, (start - plan.start).days)
    d1 = T - 1 if end is None else min(T - 1, (end - plan.start).days)
    if J == 0 or d1 < d0:
        return [np.zeros(0, dtype=np.int64) for _ in range(J)]
    days = np.arange(d0, d1 + 1)
    rows = np.zeros((J * len(days), 4))
    rows[:, 0] = np.repeat(np.arange(J), len(days))
    rows[:, 1] = rows[:, 2] = np.tile(days, J)
    rows[:, 3] = 1.0
    allowed = ~forbidden_mask(plan, rows).reshape(J, len(days))
    sched = schedule(plan, plan.scenario(scenario))
    demand = np.zeros((J, T))
    order = {s.id: i for i, s in enumerate(plan.slots)}
    for k, sid in enumerate(sched.slot_ids):
        demand[order[sid]] = sched.demand[k]
    caps = np.array([s.max_units_per_day or np.inf for s in plan.slots])[:, None]
    allowed &= demand[:, d0 : d1 + 1] + 1.0 <= caps * (1 + 1e-12)
    out = []
    for j, s in enumerate(plan.slots):
        ok = allowed[j] if wanted is None or s.id in wanted else np.zeros(len(days), dtype=bool)
        out.append(days[ok].astype(np.int64))
    return out


def optimize(
    plan: Plan,
    scenario: str | None = None,
    *,
    budget: float | None = None,
    bookings: int | None = None,
    slots: Iterable[str] | None = None,
    start: _dt.date | None = None,
    end: _dt.date | None = None,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Suggestion:
    """The bookings to add to ``scenario`` (the first by default): within ``budget`` (in the
    plan's currency; each booking costs its slot's cost per unit) or at most ``bookings`` of
    them (cost ignored). Exactly one of the two. ``slots``, ``start`` and ``end`` narrow the
    candidates. ``cancel()`` True stops (reach.Cancelled); ``progress(done, total)`` now and then.
    Bad arguments are a PlanError with a message."""
    if (budget is None) == (bookings is None):
        raise PlanError([Msg("optimize.budget_or_count")])
    if budget is not None and not (np.isfinite(budget) and budget >= 0):
        raise PlanError([Msg("optimize.bad_budget", value=budget)])
    if bookings is not None and (int(bookings) != bookings or bookings < 0):
        raise PlanError([Msg("optimize.bad_count", value=bookings)])
    sc = plan.scenario(scenario)
    free = candidates(plan, sc.name, slots=slots, start=start, end=end)
    n_free = np.array([len(f) for f in free])
    sched = schedule(plan, sc)
    totals = np.zeros(len(plan.slots))
    order = {s.id: i for i, s in enumerate(plan.slots)}
    for k, sid in enumerate(sched.slot_ids):
        totals[order[sid]] = sched.cumulative[k, -1] if plan.days else 0.0
    model = _Model(plan, totals)
    before = float(model.reach)
    by_count = bookings is not None
    cost = np.array([s.cost_per_unit.value for s in plan.slots]) if plan.slots else np.zeros(0)
    limit = float(bookings) if by_count else float(budget)  # type: ignore[arg-type]
    price = np.ones(len(plan.slots)) if by_count else cost

    def ratio(gain: float, j: int) -> float:
        return np.inf if price[j] <= 0 else gain / price[j]

    live = np.flatnonzero(n_free > 0)
    heap: list[tuple[float, int]] = []
    if len(live):
        first_gains = model.gains(live)
        heap = [(-ratio(g, int(j)), int(j)) for g, j in zip(first_gains, live) if g > 0]
        heapq.heapify(heap)
        best_single = max(
            ((g, int(j)) for g, j in zip(first_gains, live) if g > 0 and price[j] <= limit),
            key=lambda x: (x[0], -x[1]),
            default=None,
        )
    else:
        best_single = None
    used = np.zeros(len(plan.slots), dtype=np.int64)
    spent = 0.0
    steps = 0
    total_hint = int(min(n_free.sum(), limit if by_count else n_free.sum()))
    while heap:
        if cancel is not None and cancel():
            raise Cancelled()
        _, j = heapq.heappop(heap)
        if used[j] >= n_free[j] or spent + price[j] > limit * (1 + 1e-12):
            continue  # no free day left, or it no longer fits: never again (spent only grows)
        gain = float(model.gains(np.array([j]))[0])
        if gain <= 0:
            continue
        r = ratio(gain, j)
        if heap and r < -heap[0][0] * (1 - 1e-12):
            heapq.heappush(heap, (-r, j))  # stale: the bound was too high; look again later
            continue
        model.add(j)
        used[j] += 1
        spent += price[j]
        steps += 1
        heapq.heappush(heap, (-r, j))  # its next booking's gain is at most this one's
        if progress is not None and steps % 50 == 0:
            progress(steps, max(total_hint, steps))
    greedy_reach = float(model.reach)
    if not by_count and best_single is not None and best_single[0] > greedy_reach - before:
        used = np.zeros(len(plan.slots), dtype=np.int64)
        used[best_single[1]] = 1
        after = before + best_single[0]
    else:
        after = greedy_reach
    chosen = tuple(
        (plan.slots[j].id, plan.start + _dt.timedelta(days=int(d)))
        for j in range(len(plan.slots))
        for d in free[j][: used[j]]
    )
    if progress is not None:
        progress(1, 1)
    return Suggestion(
        base=sc.name,
        bookings=chosen,
        cost=float((used * cost).sum()) if len(cost) else 0.0,
        reach_before=before,
        reach_after=after,
        candidates=int(n_free.sum()),
    )


def add_suggestion(plan: Plan, suggestion: Suggestion, into: str | None = None) -> Plan:
    """``plan`` with one more scenario, last: the base scenario's placements and the suggested
    bookings (merged runs of one unit per day). ``into`` (default "BASE optimised") must be a
    name the plan does not use yet."""
    base = plan.scenario(suggestion.base)
    name = _checked_name(plan, into if into is not None else f"{base.name} optimised")
    taken = {p.id for p in base.placements}
    added = suggestion.placements(plan, taken)
    return replace(plan, scenarios=(*plan.scenarios, Scenario(name, base.placements + added)))
