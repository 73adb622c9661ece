"""The optimiser: the bookings that add the most reach (REACH_MODEL.md, "Optimiser";
INTERFACES.md, ``optimize``).

A booking is one unit of one slot on one day. The candidates are the bookings the rules allow:
inside the plan's dates (and the window asked for), on a day when a phase of the slot's
platform admits the mini program's category, on a slot whose required flags the mini program
has, and with at least one unit of headroom under the slot's daily cap once the base
scenario's own placements are counted.

The objective is the projection's k+ reach on the plan's last day, k being the plan's target
frequency (``Plan.target_frequency``): cumulative unique (1+) reach when k = 1, the people
exposed at least k times when k > 1 (``reach.kplus_reach``). It depends on each slot's total
exposure only (REACH_MODEL.md, "Reach": ``U_jst`` accumulates the slot's impressions), so
every booking of one slot adds the same reach whatever its day: the candidates of a slot are
interchangeable, and a chosen booking takes the slot's earliest free day (the earlier the
impressions, the higher the curve on every day, for the same end).

Marginal gains are worked out for all slots at once (a vectorised pass over J slots x
S segments x K activity nodes) from per-slot terms of the last day that add up: for a person
of activity a, slot j's exposure count has the generating function
``f_j(z) = 1 - q_j + q_j exp(-lam (1 - z))`` (``lam = a U_j``), written ``c0_j h_j(z)`` with
``c0_j = f_j(0)``; ``log c0_j`` and the power series of ``log h_j`` truncated at degree k - 1
are summed over the slots a segment sees, and the share exposed fewer than k times is
``exp(sum log c0)`` times the sum of the coefficients 0..k-1 of ``exp(sum log h)``. With
k = 1 only ``log c0`` is left: the log of the share not reached.

Unique (1+) reach is monotone and submodular in the set of bookings, so for k = 1 the lazy
greedy (CELF: a priority queue of stale upper bounds, re-evaluated only when at the top) picks
by marginal reach per unit cost under a budget, by marginal reach alone under a count limit;
under a budget the better of that and the best single booking is kept: within (1 - 1/e) / 2 of
the optimum under a budget, 1 - 1/e under a count limit.

k+ reach for k > 1 is monotone but NOT submodular (a booking may add more k+ reach once other
bookings have brought people to k - 1 exposures), so stale gains are no upper bounds: the
plain greedy re-evaluates every candidate slot's gain at every step, with the same rules (gain
per unit cost under a budget, gain under a count, the better of that and the best single
booking under a budget). For k > 1 there is NO approximation guarantee: it is a heuristic. On
small test plans (three slots, brute force over every subset) it finds the optimum in most
cases, but it can fall to about half of the best possible gain (it may spend the budget on
the best first step, or miss a slot whose gain only grows once it is booked several times).

Deterministic: the same plan and arguments give the same bookings (ties go to the slot
first in the plan, then the earliest day).
"""

from __future__ import annotations

import datetime as _dt
import heapq
import math
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
    reach_before: float  # the base scenario's k+ reach on the plan's last day (k: below)
    reach_after: float  # with the bookings added
    candidates: int  # bookings the rules allowed
    k: int = 1  # the frequency optimised: the plan's target frequency (1: unique reach)
    unique_before: float = 0.0  # the base scenario's unique (1+) reach on the plan's last day
    unique_after: float = 0.0  # with the bookings added (equal to reach_before/after when k = 1)

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


#: Above this expected count ``lam`` a slot's power series no longer matter in floating point:
#: the weight of its Poisson part in ``h``, ``r = q e^-lam / c0``, is exactly 0 when q < 1 (so
#: h = 1), and when q = 1 the share with no exposure ``c0 = e^-lam`` is exactly 0 (so is the share
#: exposed fewer than k times, whatever h). ``h`` is computed with ``lam`` capped here, so that
#: ``lam^m`` stays finite.
LAM_CAP = 1e3

#: Candidate slots evaluated together by ``_Model.gains`` (bounds its arrays' memory).
GAINS_BLOCK = 256


def _series_exp(G: np.ndarray) -> np.ndarray:
    """Sum of the coefficients 0..k-1 of exp(G(z)), G(z) = sum_m G[..., m-1, :] z^m (m = 1..k-1):
    (..., k-1, K) -> (..., K). E_0 = 1, E_m = (1/m) sum_{i=1..m} i G_i E_{m-i}."""
    n = G.shape[-2]
    E = [np.ones(G.shape[:-2] + G.shape[-1:])]
    total = E[0].copy()
    for m in range(1, n + 1):
        e = G[..., 0, :] * E[m - 1]
        for i in range(2, m + 1):
            e += i * G[..., i - 1, :] * E[m - i]
        e *= 1.0 / m
        E.append(e)
        total += e
    return total


class _Model:
    """k+ reach on the plan's last day as a function of each slot's total units, k being the
    plan's target frequency: the terms of the projection's formula that do not change while
    bookings are added, all additive over slots (see the module's docstring).

    Per slot j and activity node i: ``logc0`` (J, K) = log(1 - q + q exp(-lam)), the log of the share with
    no exposure, and ``g`` (J, k-1, K), the coefficients 1..k-1 of log h_j(z), where
    h_j(z) = 1 + sum_m r lam^m / m! z^m, r = q exp(-lam) / c0. Per segment: ``L`` (S, K) and
    ``G`` (S, k-1, K), their sums over the slots the segment sees. The share exposed fewer than
    k times is exp(L) times the coefficients 0..k-1 of exp(G) (with k = 1: exp(L), the share
    not reached)."""

    def __init__(self, plan: Plan, totals: np.ndarray, k: int | None = None, nodes: int = NODES):
        slots = plan.slots
        self.k = plan.target_frequency if k is None else int(k)
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
        m = np.arange(1, self.k)
        self._log_fact = np.array([math.lgamma(i + 1.0) for i in m]).reshape(-1, 1)  # (k-1, 1)
        self._m = m.astype(float).reshape(-1, 1)
        self.totals = totals.astype(float).copy()
        self.logc0, self.g = self._terms(self.totals)  # (J, K), (J, k-1, K)
        self.L = self.uses @ self.logc0  # (S, K): log of the share with no exposure
        self.G = np.einsum("sj,jmk->smk", self.uses, self.g)  # (S, k-1, K)
        self.reach = float(self._reach(self.L, self.G))

    def _terms(self, units: np.ndarray, slots: np.ndarray | slice = slice(None)) -> tuple[np.ndarray, np.ndarray]:
        """``logc0`` (n, K) and ``g`` (n, k-1, K) for ``units`` of ``slots``."""
        q = self.q[slots][:, None]
        lam = self.a[None, :] * (self.scale[slots] * units)[:, None]  # (n, K)
        with np.errstate(divide="ignore"):
            log_q, log_1q = np.log(q), np.log(1.0 - q)  # -inf for q = 1 (1 - q) and q = 0
            logc0 = np.where(lam > 0, np.logaddexp(log_1q, log_q - lam), 0.0)  # q = 1: -lam; no exposure: 0
            if self.k == 1:
                return logc0, np.zeros((len(logc0), 0, len(self.a)))
            log_r = log_q - np.logaddexp(log_1q + lam, log_q)  # r = q / ((1 - q) e^lam + q)
            log_lam = np.log(np.minimum(lam, LAM_CAP))  # -inf where lam = 0: h = 1
        h = np.exp(log_r[:, None, :] + self._m * log_lam[:, None, :] - self._log_fact)  # (n, k-1, K)
        g = np.empty_like(h)
        for m in range(1, self.k):  # the power series of log h, h_0 = 1
            x = h[:, m - 1].copy()
            for i in range(1, m):
                x -= (i / m) * g[:, i - 1] * h[:, m - i - 1]
            g[:, m - 1] = x
        return logc0, g

    def _unreached(self, L: np.ndarray, G: np.ndarray) -> np.ndarray:
        """Share exposed fewer than k times: (..., S, K), (..., S, k-1, K) -> (..., S, K)."""
        P = np.exp(L)
        if self.k > 1:
            P *= _series_exp(G)
        return np.minimum(P, 1.0)

    def _reach(self, L: np.ndarray, G: np.ndarray) -> np.ndarray:
        return ((1.0 - self._unreached(L, G)) @ self.w) @ self.sizes

    @property
    def unique(self) -> float:
        """Unique (1+) reach."""
        return float(((-np.expm1(self.L)) @ self.w) @ self.sizes)

    def gains(self, slots: np.ndarray) -> np.ndarray:
        """The k+ reach one more unit of each of ``slots`` adds (vectorised)."""
        out = np.empty(len(slots))
        for b in range(0, len(slots), GAINS_BLOCK):
            blk = slots[b : b + GAINS_BLOCK]
            logc0, g = self._terms(self.totals[blk] + 1.0, blk)
            u = self.uses[:, blk].T[:, :, None]  # (n, S, 1)
            L = self.L[None, :, :] + u * (logc0 - self.logc0[blk])[:, None, :]  # (n, S, K)
            G = self.G[None] + u[..., None] * (g - self.g[blk])[:, None]  # (n, S, k-1, K)
            out[b : b + GAINS_BLOCK] = self._reach(L, G) - self.reach
        return np.maximum(out, 0.0)

    def add(self, j: int) -> None:
        self.totals[j] += 1.0
        logc0, g = self._terms(self.totals[j : j + 1], slice(j, j + 1))
        self.L += np.outer(self.uses[:, j], logc0[0] - self.logc0[j])
        self.G += self.uses[:, j][:, None, None] * (g[0] - self.g[j])[None]
        self.logc0[j], self.g[j] = logc0[0], g[0]
        self.reach = float(self._reach(self.L, self.G))


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
    narrow the days (inside the plan's dates). An earned slot (unit ``earned``) is never a
    candidate: its impressions are earned, not booked."""
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
        ok = allowed[j] if (wanted is None or s.id in wanted) and not s.earned else np.zeros(len(days), dtype=bool)
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
    for i, sid in enumerate(sched.slot_ids):
        totals[order[sid]] = sched.cumulative[i, -1] if plan.days else 0.0
    k = plan.target_frequency
    model = _Model(plan, totals, k)
    before, unique_before = model.reach, model.unique
    by_count = bookings is not None
    cost = np.array([s.cost_per_unit.value for s in plan.slots]) if plan.slots else np.zeros(0)
    limit = float(bookings) if by_count else float(budget)  # type: ignore[arg-type]
    price = np.ones(len(plan.slots)) if by_count else cost
    live = np.flatnonzero(n_free > 0)
    first_gains = model.gains(live) if len(live) else np.zeros(0)
    best_single = max(
        ((float(g), int(j)) for g, j in zip(first_gains, live) if g > 0 and price[j] <= limit),
        key=lambda x: (x[0], -x[1]),
        default=None,
    )
    total_hint = int(min(n_free.sum(), limit if by_count else n_free.sum()))

    def check() -> None:
        if cancel is not None and cancel():
            raise Cancelled()

    def booked(steps: int) -> None:
        if progress is not None and steps % 50 == 0:
            progress(steps, max(total_hint, steps))

    greedy = _lazy_greedy if k == 1 else _plain_greedy
    used = greedy(model, live, first_gains, n_free, price, limit, check, booked)
    if not by_count and best_single is not None and best_single[0] > model.reach - before:
        used = np.zeros(len(plan.slots), dtype=np.int64)
        used[best_single[1]] = 1
    after = _Model(plan, totals + used, k) if used.any() else model  # afresh: no rounding carried over
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
        reach_after=after.reach,
        candidates=int(n_free.sum()),
        k=k,
        unique_before=unique_before,
        unique_after=after.unique,
    )


def _ratio(gains: np.ndarray, price: np.ndarray) -> np.ndarray:
    """Gain per unit price (infinite for a free booking that adds reach)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(price > 0, gains / np.where(price > 0, price, 1.0), np.inf)


def _lazy_greedy(
    model: _Model,
    live: np.ndarray,
    first_gains: np.ndarray,
    n_free: np.ndarray,
    price: np.ndarray,
    limit: float,
    check: Callable[[], None],
    booked: Callable[[int], None],
) -> np.ndarray:
    """CELF (k = 1: reach is submodular, so a slot's last gain bounds its next one): how many
    bookings of each slot."""
    first = _ratio(first_gains, price[live])
    heap = [(-float(r), int(j)) for r, g, j in zip(first, first_gains, live) if g > 0]
    heapq.heapify(heap)
    used = np.zeros(len(n_free), dtype=np.int64)
    spent = 0.0
    steps = 0
    while heap:
        check()
        _, j = heapq.heappop(heap)
        if used[j] >= n_free[j] or spent + price[j] > limit * (1 + 1e-12):
            continue  # no free day left, or it no longer fits: never again (spent only grows)
        gain = model.gains(np.array([j]))
        if gain[0] <= 0:
            continue
        r = float(_ratio(gain, price[j : j + 1])[0])
        if heap and r < -heap[0][0] * (1 - 1e-12):
            heapq.heappush(heap, (-r, j))  # stale: the bound was too high; look again later
            continue
        model.add(j)
        used[j] += 1
        spent += price[j]
        steps += 1
        booked(steps)
        heapq.heappush(heap, (-r, j))  # its next booking's gain is at most this one's
    return used


def _plain_greedy(
    model: _Model,
    live: np.ndarray,
    first_gains: np.ndarray,
    n_free: np.ndarray,
    price: np.ndarray,
    limit: float,
    check: Callable[[], None],
    booked: Callable[[int], None],
) -> np.ndarray:
    """The greedy without lazy bounds (k > 1: k+ reach is not submodular, a slot's gain may
    grow): every step re-evaluates the gain of every slot that still has a free day that fits
    (one vectorised ``gains`` call) and books the best ratio, the slot first in the plan on a
    tie; it stops when none adds reach. How many bookings of each slot."""
    used = np.zeros(len(n_free), dtype=np.int64)
    spent = 0.0
    steps = 0
    fits = price[live] <= limit * (1 + 1e-12)
    slots, gains = live[fits], first_gains[fits]
    while len(slots):
        check()
        ratio = np.where(gains > 0, _ratio(gains, price[slots]), -np.inf)
        i = int(np.argmax(ratio))
        if not ratio[i] > -np.inf:
            break  # nothing adds reach
        j = int(slots[i])
        model.add(j)
        used[j] += 1
        spent += price[j]
        steps += 1
        booked(steps)
        slots = live[(used[live] < n_free[live]) & (spent + price[live] <= limit * (1 + 1e-12))]
        gains = model.gains(slots) if len(slots) else gains[:0]
    return used


def add_suggestion(plan: Plan, suggestion: Suggestion, into: str | None = None) -> Plan:
    """``plan`` with one more scenario, last: the base scenario's placements and the suggested
    bookings (merged runs of one unit per day). ``into`` (default "BASE optimised") must be a
    name the plan does not use yet."""
    base = plan.scenario(suggestion.base)
    name = _checked_name(plan, into if into is not None else f"{base.name} optimised")
    taken = {p.id for p in base.placements}
    added = suggestion.placements(plan, taken)
    return replace(plan, scenarios=(*plan.scenarios, Scenario(name, base.placements + added)))
