"""The reach engine: REACH_MODEL.md in numpy.

A person of activity ``a`` (Gamma, shape kappa, mean 1) in segment ``s`` who is
eligible for slot ``j`` has had ``Poisson(a * U_jst)`` exposures by day ``t``, with

    U_jst = (impressions of j through t) * pi_js / (N_s * q_j).

Because ``pi_js = N_s / N_p(j)`` for every segment that uses the slot's platform,
``U_jst`` does not depend on the segment: ``U_jt = C_jt * ipu_j / (N_p(j) * q_j)``
(``C`` = cumulative units after caps). The engine therefore computes one array
``L[k, j, t] = log(1 - q_j + q_j exp(-a_k U_jt))`` per quadrature node ``k``,
sums it per platform, and each segment adds the platforms it uses.

The expectation over ``a`` is one quadrature rule for every series, the line and each draw of
the bands alike: ``gammaq.gamma_nodes``, the trapezoid rule in ``log a`` with its tails
condensed into a few Gauss nodes, NODES = 32 nodes whose weights sum to 1 and whose mean is 1
(so the mean exposure, and the impressions a frequency table implies, are exact). It keeps
the same relative accuracy at every exposure up to U_CAP (see gamma_nodes: reach within 1e-7,
3+ reach 4e-6, frequency buckets 2e-3 for kappa 0.05 to 50), where the former Gauss-Legendre
nodes in probability space lost up to 10 % below kappa 0.3 and most of the light frequency
buckets.

Earned slots (unit ``earned``, REACH_MODEL.md "Earned slots"): such a slot books nothing; on
each day one of its placements covers, its "units" are the whole plan's new people of the day
before (point values), and its ``impressions_per_unit`` is the earn per new person, so every
series below treats it as any other slot. ``schedule`` finds those units day by day (causal:
what happens on day t earns from day t + 1 on). The bands draw the earn per new person as any
impressions per unit, scaling the earned impressions of the line's schedule: an approximation,
the feedback of a draw's own reach on what it earns is not simulated again for each draw.

Shares are formed so that no exposure gives exactly 0: a slot's log share missed is
``log1p(q expm1(-x))`` (exactly 0 at x = 0, and exact to rounding for a tiny x), and the share
reached is ``-expm1(sum of logs)`` averaged over the nodes, never ``1 - (a sum of weights)``.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .gammaq import gamma_nodes
from .messages import Msg
from .plan import Assumption, Plan, PlanError, Scenario, assumptions, size_problem

NODES = 32  # activity nodes of every series (projection, k+, frequency, phases, bands)
#: Exposure per eligible person of mean activity (all slots together) up to which the nodes
#: resolve the least active people (gammaq.gamma_nodes); a plan far beyond it is rare.
U_CAP = 3e3
KAPPA_POISSON = 1e6  # at or above this, everyone is alike (a = 1)
FREQ_MAX = 10  # frequency buckets 0..9 and 10+
LOG_FLOOR = -700.0
#: The bands' arithmetic when their draws differ (the spread of the assumptions dwarfs float32's
#: 1e-7); when no range matters every draw is computed as the line is, in float64.
BAND_DTYPE = np.float32


@lru_cache(maxsize=1024)
def _rule(kappa: float, n: int) -> tuple[np.ndarray, np.ndarray]:
    if kappa >= KAPPA_POISSON:
        a, w = np.ones(n), np.zeros(n)
        w[0] = 1.0
    else:
        a, w = gamma_nodes(kappa, n, U_CAP)
    a.setflags(write=False)
    w.setflags(write=False)
    return a, w


def activity_nodes(kappa, n: int = NODES) -> tuple[np.ndarray, np.ndarray]:
    """Nodes and weights for E over a ~ Gamma(kappa, mean 1): ``sum(w * f(a))``.

    ``kappa`` a scalar (or 0-d array): ``a`` and ``w`` of shape (n,). An array: its own
    rule for each value, ``a`` and ``w`` of shape ``kappa.shape + (n,)``; a value's nodes are
    the very same numbers whether it comes alone or in an array (read-only, cached).
    """
    k = np.asarray(kappa, dtype=float)
    if k.ndim == 0:
        return _rule(float(k), n)
    values, inverse = np.unique(k.ravel(), return_inverse=True)
    rules = [_rule(float(v), n) for v in values]
    a = np.stack([r[0] for r in rules])[inverse].reshape(k.shape + (n,)) if rules else np.zeros(k.shape + (n,))
    w = np.stack([r[1] for r in rules])[inverse].reshape(k.shape + (n,)) if rules else np.zeros(k.shape + (n,))
    return a, w


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Schedule:
    """Units per slot and day of one scenario, after caps; independent of assumptions, except
    the units of earned slots (the plan's new people of the day before, with its point values)."""

    slot_ids: tuple[str, ...]  # used slots (at least one placement day inside the plan)
    daily: np.ndarray  # (J, T) units after caps
    cumulative: np.ndarray  # (J, T)
    cap_bound: np.ndarray  # (J, T) bool: demand above the cap that day
    demand: np.ndarray  # (J, T) units before caps
    left_out: tuple[str, ...] = ()  # placements the rules forbid, not counted


#: The last placements turned into rows (slot index, start day, end day, units): an edit
#: changes a few placements of thousands, and unchanged ones are the very same objects
#: (plans are immutable), so only the changed rows are made again. One entry, replaced
#: whole (an atomic assignment: the bands' worker thread may read it too).
_ROWS_CACHE: tuple | None = None


def placement_rows(plan: Plan, placements: tuple) -> np.ndarray:
    """(n, 4) float array: slot index, first and last day (from the plan's start), units."""
    global _ROWS_CACHE
    order = {s.id: i for i, s in enumerate(plan.slots)}
    t0 = plan.start.toordinal()
    key = (plan.slots, t0)
    cached = _ROWS_CACHE
    if cached is not None and cached[0] == key and len(cached[1]) == len(placements):
        old, old_rows = cached[1], cached[2]
        rows = old_rows.copy()
        for i, (p, q) in enumerate(zip(placements, old)):
            if p is not q:
                rows[i] = (order[p.slot], p.start.toordinal() - t0, p.end.toordinal() - t0, p.units_per_day)
    else:
        rows = np.array(
            [(order[p.slot], p.start.toordinal() - t0, p.end.toordinal() - t0, p.units_per_day) for p in placements],
            dtype=float,
        ).reshape(-1, 4)
    _ROWS_CACHE = (key, placements, rows)
    return rows


def forbidden_mask(plan: Plan, rows: np.ndarray) -> np.ndarray:
    """Which placements (rows of ``placement_rows``) the rules forbid: those with an error of
    their own in rules.check (outside the plan's dates, starting before any phase of the
    slot's platform admits the plan's category, or on a slot that needs a flag the mini
    program lacks). Vectorised: microseconds for 20,000 placements."""
    from .rules import first_admission

    admission = first_admission(plan)
    flags = set(plan.mini_program.flags)
    never = 10**9

    def first(slot) -> float:
        if slot.platform not in admission:
            return -never
        adm = admission[slot.platform]
        return never if adm is None else (adm[0] - plan.start).days

    first_day = np.array([first(s) for s in plan.slots], dtype=np.float64)
    lacks_flags = np.array([any(f not in flags for f in s.requires) for s in plan.slots], dtype=bool)
    if not len(rows):
        return np.zeros(0, dtype=bool)
    j = rows[:, 0].astype(np.int64)
    return (rows[:, 1] < 0) | (rows[:, 2] > plan.days - 1) | lacks_flags[j] | (rows[:, 1] < first_day[j])


def schedule(plan: Plan, scenario: Scenario, include_forbidden: bool = False) -> Schedule:
    """Units per slot and day. Placements the rules forbid are left out unless
    ``include_forbidden`` (they are named in ``left_out``).

    Independent of the assumptions, except for a plan with earned slots (unit ``earned``):
    their units are, on each day one of their placements covers, the whole plan's new people
    of the day before with the plan's point values (``_earned_units``); no cap applies to them."""
    T = plan.days
    pls = scenario.placements
    rows = placement_rows(plan, pls)
    left_out: tuple[str, ...] = ()
    if not include_forbidden and len(rows):
        bad = forbidden_mask(plan, rows)
        if bad.any():
            left_out = tuple(pls[i].id for i in np.flatnonzero(bad))
            rows = rows[~bad]
    j, s, e = (rows[:, i].astype(np.int64) for i in range(3))
    u = rows[:, 3]
    s = np.clip(s, 0, T)
    e = np.clip(e, -1, T - 1)
    keep = e >= s
    j, s, e, u = j[keep], s[keep], e[keep], u[keep]
    n_cells = len(plan.slots) * (T + 1)
    diff = (np.bincount(j * (T + 1) + s, u, n_cells) - np.bincount(j * (T + 1) + e + 1, u, n_cells)).reshape(
        len(plan.slots), T + 1
    )
    demand_all = np.cumsum(diff[:, :T], axis=1)
    demand_all[np.abs(demand_all) < 1e-9] = 0.0  # float residue of + then -
    earned = np.array([sl.earned for sl in plan.slots], dtype=bool)
    if earned.any():  # earning is on where a placement covers the day, whatever its units
        cover = np.cumsum(
            (np.bincount(j * (T + 1) + s, None, n_cells) - np.bincount(j * (T + 1) + e + 1, None, n_cells)).reshape(
                len(plan.slots), T + 1
            )[:, :T],
            axis=1,
        )
        demand_all[earned] = (cover[earned] > 0.5).astype(float)
    used = np.flatnonzero(demand_all.any(axis=1))
    demand = demand_all[used]
    caps = np.array([np.inf if plan.slots[i].earned else plan.slots[i].max_units_per_day or np.inf for i in used])
    caps = caps[:, None]
    if earned[used].any():
        demand = _earned_units(plan, used, demand)
    daily = np.minimum(demand, caps)
    return Schedule(
        tuple(plan.slots[i].id for i in used),
        daily,
        np.cumsum(daily, axis=1),
        demand > caps * (1 + 1e-12),
        demand,
        left_out,
    )


def _earned_units(plan: Plan, used: np.ndarray, demand: np.ndarray) -> np.ndarray:
    """``demand`` (J, T) of the used slots with each earned slot's row (1 where earning is on,
    0 elsewhere) replaced by its units: the plan's new people of the day before on the days
    earning is on (0 on the first day: no day before).

    The log share missed of every other slot is computed for all days at once, as the
    projection does; then, day by day, the earned slots add theirs from their units so far,
    giving that day's reach and new people, which the earned slots earn on the next day."""
    slot_ids = tuple(plan.slots[i].id for i in used)
    earned = np.array([plan.slots[i].earned for i in used], dtype=bool)
    on = demand[earned] > 0  # (E, T)
    out = demand.copy()
    out[earned] = 0.0
    st = _structure(plan, slot_ids)
    slots = [plan.slots[i] for i in used]
    p = Params(
        sizes=np.array([s.size.value for s in plan.audience.segments]),
        kappa=np.array(plan.audience.kappa.value),
        q=np.array([s.eligible_share.value for s in slots]),
        ipu=np.array([s.impressions_per_unit.value for s in slots]),
        ctr=np.array([s.ctr.value for s in slots]),
        retention=np.array(plan.mini_program.retention_7d.value),
    )
    a, w = activity_nodes(p.kappa, NODES)
    scale = _exposure_scale(st, p)
    T = demand.shape[1]
    P = len(st.platform_ids)
    bought = ~earned
    uses = st.uses.astype(float)  # (S, P)
    if bought.any():
        Lp = _platform_log_miss(
            a, scale[bought], p.q[bought], np.cumsum(out[bought], axis=1), st.slot_platform[bought], P
        )  # (K, P, T)
        seg_base = np.einsum("kpt,sp->kst", Lp, uses)  # (K, S, T)
    else:
        seg_base = np.zeros((len(w), len(p.sizes), T))
    to_seg = st.slot_onehot[earned] @ uses.T  # (E, S): the segments each earned slot reaches
    # the day loop in as few numpy calls as it can (a few microseconds each): L of the earned
    # slots is log1p(q expm1(-a scale c)), and reach = -sum over nodes and segments of
    # w_k N_s expm1(seg_log)
    base_t = np.ascontiguousarray(seg_base.transpose(2, 0, 1))  # (T, K, S)
    neg_as = -np.multiply.outer(a, scale[earned])  # (K, E)
    q_e = p.q[earned]
    floor = bool((q_e >= 1.0).any())
    weights = np.multiply.outer(w, p.sizes)  # (K, S)
    on_f = on.T.astype(float)  # (T, E)
    on_any = on.any(axis=0).tolist()
    earned_rows = np.zeros((T, len(q_e)))
    so_far = np.zeros(len(q_e))  # each earned slot's cumulative units through the day
    x = np.zeros_like(neg_as)
    seg_log = np.zeros(weights.shape)
    before = new = 0.0
    with np.errstate(divide="ignore"):
        for t in range(T - 1):
            if new > 0.0 and on_any[t]:
                np.multiply(on_f[t], new, out=earned_rows[t])
                so_far += earned_rows[t]
            np.multiply(neg_as, so_far, out=x)
            np.expm1(x, out=x)
            x *= q_e
            np.log1p(x, out=x)
            if floor:
                np.maximum(x, LOG_FLOOR, out=x)
            np.matmul(x, to_seg, out=seg_log)
            seg_log += base_t[t]
            reach_t = -float(np.vdot(weights, np.expm1(seg_log, out=seg_log)))
            new = reach_t - before if reach_t > before else 0.0
            before = reach_t
        if T and new > 0.0 and on_any[T - 1]:
            np.multiply(on_f[T - 1], new, out=earned_rows[T - 1])
    earned_rows = earned_rows.T
    out[earned] = earned_rows
    return out


@dataclass(frozen=True)
class Params:
    """One set of assumption values, arrays with an optional leading draw axis."""

    sizes: np.ndarray  # (..., S)
    kappa: np.ndarray  # (...)
    q: np.ndarray  # (..., J)
    ipu: np.ndarray  # (..., J)
    ctr: np.ndarray  # (..., J)
    retention: np.ndarray  # (...)


@dataclass(frozen=True)
class Structure:
    """Who uses which platform, for the used slots of a schedule."""

    segment_ids: tuple[str, ...]
    platform_ids: tuple[str, ...]
    uses: np.ndarray  # (S, P) bool
    slot_platform: np.ndarray  # (J,) platform index
    slot_onehot: np.ndarray  # (J, P)


def structure(plan: Plan, sched: Schedule) -> Structure:
    return _structure(plan, sched.slot_ids)


def _structure(plan: Plan, slot_ids: tuple[str, ...]) -> Structure:
    pids = tuple(p.id for p in plan.platforms)
    pidx = {p: i for i, p in enumerate(pids)}
    segs = plan.audience.segments
    uses = np.zeros((len(segs), len(pids)), dtype=bool)
    for i, s in enumerate(segs):
        for p in s.platforms:
            uses[i, pidx[p]] = True
    platform_of = {sl.id: sl.platform for sl in plan.slots}
    sp = np.array([pidx[platform_of[sid]] for sid in slot_ids], dtype=np.int64)
    onehot = np.zeros((len(sp), len(pids)))
    onehot[np.arange(len(sp)), sp] = 1.0
    return Structure(tuple(s.id for s in segs), pids, uses, sp, onehot)


def point_params(plan: Plan, sched: Schedule) -> Params:
    slots = [plan.slot(s) for s in sched.slot_ids]
    return Params(
        sizes=np.array([s.size.value for s in plan.audience.segments]),
        kappa=np.array(plan.audience.kappa.value),
        q=np.array([s.eligible_share.value for s in slots]),
        ipu=np.array([s.impressions_per_unit.value for s in slots]),
        ctr=np.array([s.ctr.value for s in slots]),
        retention=np.array(plan.mini_program.retention_7d.value),
    )


def _exposure_scale(st: Structure, p: Params) -> np.ndarray:
    """ipu_j / (N_p(j) * q_j): multiply by cumulative units to get U_jt. Shape (..., J)."""
    platform_size = np.einsum("...s,sp->...p", p.sizes, st.uses.astype(float))  # (..., P)
    npj = np.take(platform_size, st.slot_platform, axis=-1)  # (..., J)
    with np.errstate(divide="ignore"):
        return np.where(npj > 0, p.ipu / (npj * p.q), 0.0)


def _log_miss(a: np.ndarray, scale: np.ndarray, q: np.ndarray, units: np.ndarray) -> np.ndarray:
    """L[..., k, j, t] = log(1 - q_j + q_j exp(-a_k scale_j units_jt)).

    As ``log1p(q expm1(-x))``: exactly 0 with no exposure (x = 0), and exact to rounding for
    a tiny exposure (where ``log(1 - q + q exp(-x))`` keeps only 1e-16 absolute). Both are
    vectorised in numpy (as fast as exp and log)."""
    x = a[..., :, None, None] * -(scale[..., :, None] * units)[..., None, :, :]
    np.expm1(x, out=x)
    x *= q[..., None, :, None]
    with np.errstate(divide="ignore"):
        np.log1p(x, out=x)  # -inf where q = 1 and exposure is huge
    if (q >= 1.0).any():  # below 1, log1p(-q) bounds L
        np.maximum(x, LOG_FLOOR, out=x)  # exp(-700) is 0 for our purposes; keeps differences finite
    return x


def _platform_log_miss(
    a, scale, q, units, slot_platform, n_platforms, *, dtype=np.float64, block=4, last=None
) -> np.ndarray:
    """Sum of L over the slots of each platform: (..., K, P, T).

    Works through a few slots at a time so the intermediate arrays stay in the CPU
    cache (about twice as fast as one pass over the whole (K, J, T) array).
    ``last``, if given, receives L on the last day, shape (..., K, J).
    """
    T = units.shape[-1]
    out = np.zeros(a.shape + (n_platforms, T), dtype=dtype)
    a, scale, q, units = (np.asarray(x, dtype=dtype) for x in (a, scale, q, units))
    for p in range(n_platforms):
        js = np.flatnonzero(slot_platform == p)
        for b in range(0, len(js), block):
            blk = js[b : b + block]
            x = _log_miss(a, scale[..., blk], q[..., blk], units[blk])  # (..., K, B, T)
            out[..., p, :] += x.sum(axis=-2)
            if last is not None:
                last[..., blk] = x[..., -1]
    return out


def _reached(log_by_platform: np.ndarray, uses: np.ndarray, w: np.ndarray) -> np.ndarray:
    """Share of each segment reached: (..., K, P, T) -> (..., S, T), with weights ``w`` of
    shape (K,) or (..., K). ``-expm1`` of the log share missed, averaged over the nodes:
    exactly 0 with no exposure whatever the weights add up to."""
    seg_log = np.einsum("...kpt,sp->...kst", log_by_platform, uses.astype(log_by_platform.dtype))
    np.expm1(seg_log, out=seg_log)
    return -np.einsum("...kst,...k->...st", seg_log, w.astype(seg_log.dtype))


# --------------------------------------------------------------------------- projection


@dataclass(frozen=True)
class Projection:
    plan_name: str
    scenario: str
    start_ordinal: int
    segment_ids: tuple[str, ...]
    platform_ids: tuple[str, ...]
    reach: np.ndarray  # (T,) cumulative unique people
    reach_segment: np.ndarray  # (S, T)
    reach_platform: np.ndarray  # (P, T) people reached through that platform's slots
    daily_reach: np.ndarray  # (T,)
    new_people: np.ndarray  # (T,)
    visitors: np.ndarray  # (T,) cumulative unique visitors
    retained: np.ndarray  # (T,)
    slot_ids: tuple[str, ...]  # used slots
    slot_impressions: np.ndarray  # (J,) total after caps
    slot_reach: np.ndarray  # (J,) slot alone, on the last day
    slot_exclusive: np.ndarray  # (J,) reach lost without the slot, on the last day
    slot_cap_bound_days: np.ndarray  # (J,)
    frequency: np.ndarray  # (11,) people with 0..9, 10+ exposures on the last day
    population: float
    left_out: tuple[str, ...] = ()  # placements the rules forbid, not counted in any series
    include_forbidden: bool = False  # whether placements the rules forbid were counted
    target_frequency: int = 1  # k of the plan's target: k+ reach
    reach_kplus: np.ndarray | None = None  # (T,) people exposed k+ times (k > 1; None: k = 1, see reach)

    @property
    def days(self) -> int:
        return len(self.reach)

    @property
    def target_series(self) -> np.ndarray:
        """The series the plan's target is about: cumulative k+ reach for the plan's target
        frequency k (plain cumulative unique reach when k = 1)."""
        return self.reach if self.reach_kplus is None else self.reach_kplus

    def target_day(self, target: float) -> int | None:
        """Index of the first day the target series (k+ reach for the plan's target
        frequency k; cumulative reach when k = 1) is at least ``target``."""
        hit = np.flatnonzero(self.target_series >= target)
        return int(hit[0]) if len(hit) else None

    def reach_at_least(self, k: int) -> float:
        """People exposed at least ``k`` times (1..10) by the last day, from ``frequency``."""
        if not 1 <= k <= FREQ_MAX:
            raise ValueError(f"k must be from 1 to {FREQ_MAX}")
        return float(self.frequency[k:].sum())


_POOL: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="reach")
    return _POOL


def _forget_pool_after_fork() -> None:
    """A forked child has none of its parent's threads: it starts its own pool when needed."""
    global _POOL
    _POOL = None


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool_after_fork)


def project(
    plan: Plan, scenario: str | None = None, *, nodes: int = NODES, include_forbidden: bool = False
) -> Projection:
    """The projection of one scenario (the first by default). Placements the rules forbid do
    not count unless ``include_forbidden``; ``Projection.left_out`` names them."""
    sc = plan.scenario(scenario)
    sched = schedule(plan, sc, include_forbidden)
    st = structure(plan, sched)
    p = point_params(plan, sched)
    return _project(plan, sc.name, sched, st, p, nodes, include_forbidden)


def _reach_lines(a, w, scale, q, cumulative, st: Structure, sizes, last=None) -> tuple[np.ndarray, np.ndarray]:
    """L summed per platform (K, P, T) and cumulative reach per segment (S, T). The one
    computation of the reach line: the projection, comparisons, phases and each set of
    assumptions of the bands all go through it, so equal inputs give equal reach, bit for bit."""
    Lp = _platform_log_miss(a, scale, q, cumulative, st.slot_platform, len(st.platform_ids), last=last)
    return Lp, sizes[:, None] * _reached(Lp, st.uses, w)


def _project(
    plan: Plan, scenario: str, sched: Schedule, st: Structure, p: Params, nodes: int, include_forbidden: bool = False
) -> Projection:
    T = plan.days
    S, P = st.uses.shape
    a, w = activity_nodes(p.kappa, nodes)
    scale = _exposure_scale(st, p)
    sizes = p.sizes
    J = len(sched.slot_ids)

    # visitors (exposures scaled by each slot's click-through rate) on the second core:
    # numpy releases the GIL in its loops
    def visitors_series():
        return _reach_lines(a, w, scale * p.ctr, p.q, sched.cumulative, st, sizes)[1].sum(axis=0)

    visitors_job = _pool().submit(visitors_series)
    k = plan.target_frequency
    # k+ reach for a target k > 1 (as costly as all the rest): its first half of the days after
    # the visitors on the second core, the other half here once the rest is done
    half = T // 2
    kplus_job = (
        _pool().submit(lambda: _kplus_reached(a, w, scale, p.q, sched.cumulative[:, :half], st, k)) if k > 1 else None
    )

    last = np.zeros((len(w), J))  # L on the last day, (K, J)
    Lp, reach_segment = _reach_lines(a, w, scale, p.q, sched.cumulative, st, sizes, last=last)  # (K, P, T), (S, T)
    reach = reach_segment.sum(axis=0)

    # per platform: people reached through that platform's slots
    reached_plat = -np.einsum("kpt,k->pt", np.expm1(Lp), w)  # share of a user of p reached via p
    users = sizes @ st.uses  # (P,)
    reach_platform = users[:, None] * reached_plat

    # daily reach: that day's exposure only
    # daily units take few distinct values: evaluate L once per slot and value, and gather
    # (an earned slot's units, new people, differ every day: its L is evaluated day by day)
    earned_ids = {sl.id for sl in plan.slots if sl.earned}
    earned = np.array([sid in earned_ids for sid in sched.slot_ids], dtype=bool)
    values = np.unique(sched.daily[~earned]) if earned.any() else np.unique(sched.daily)
    Lu = _log_miss(a, scale, p.q, values[None, :]).reshape(len(w), -1)  # (K, J * U)
    at = np.arange(J)[:, None] * len(values) + np.searchsorted(values, sched.daily)  # (J, T) into J * U
    Ld = np.zeros((len(w), P, T))
    for pi in range(P):
        js = np.flatnonzero((st.slot_platform == pi) & ~earned)
        if len(js):
            Ld[:, pi] = np.take(Lu, at[js], axis=1).sum(axis=1)
        je = np.flatnonzero((st.slot_platform == pi) & earned)
        if len(je):
            Ld[:, pi] += _log_miss(a, scale[je], p.q[je], sched.daily[je]).sum(axis=1)
    daily = (sizes[:, None] * _reached(Ld, st.uses, w)).sum(0)

    visitors = visitors_job.result()

    new_people = np.diff(reach, prepend=0.0)

    # per slot and exclusive, on the last day
    slot_reach = np.zeros(J)
    slot_excl = np.zeros(J)
    if J and T:
        seg_log_last = np.einsum("kp,sp->ks", Lp[:, :, -1], st.uses.astype(float))  # (K, S)
        uses_j = st.uses[:, st.slot_platform].T  # (J, S)
        alone = -np.einsum("kj,k->j", np.expm1(last), w)  # share of a user of p_j
        slot_reach = alone * users[st.slot_platform]
        # exp(seg_log - L_j) - exp(seg_log) = exp(seg_log - L_j) (1 - exp(L_j)): the extra share
        # not reached without slot j (as a product: no cancellation when it is small)
        extra = np.exp(seg_log_last[:, None, :] - last[:, :, None]) * -np.expm1(last)[:, :, None]
        extra = np.einsum("kjs,k->js", extra, w) * uses_j
        slot_excl = extra @ sizes
    freq = _frequency(a, w, scale, p.q, sched.cumulative[:, -1] if J else np.zeros(0), st, sizes)
    kplus = None
    if kplus_job is not None:
        later = _kplus_reached(a, w, scale, p.q, sched.cumulative[:, half:], st, k)
        kplus = (sizes[:, None] * np.concatenate([kplus_job.result(), later], axis=1)).sum(0)
    return Projection(
        plan_name=plan.name,
        scenario=scenario,
        start_ordinal=plan.start.toordinal(),
        segment_ids=st.segment_ids,
        platform_ids=st.platform_ids,
        reach=reach,
        reach_segment=reach_segment,
        reach_platform=reach_platform,
        daily_reach=daily,
        new_people=new_people,
        visitors=visitors,
        retained=visitors * float(p.retention),
        slot_ids=sched.slot_ids,
        slot_impressions=sched.daily.sum(axis=1) * p.ipu if J else np.zeros(0),
        slot_reach=slot_reach,
        slot_exclusive=slot_excl,
        slot_cap_bound_days=sched.cap_bound.sum(axis=1) if J else np.zeros(0, dtype=int),
        frequency=freq,
        population=float(sizes.sum()),
        left_out=sched.left_out,
        include_forbidden=include_forbidden,
        target_frequency=k,
        reach_kplus=kplus,
    )


def frequency_at(
    plan: Plan,
    scenario: str | None = None,
    day: int | None = None,
    *,
    nodes: int = NODES,
    include_forbidden: bool = False,
) -> np.ndarray:
    """People by exposure count (0..9, 10+) on day index ``day`` (the last day by default)."""
    sc = plan.scenario(scenario)
    sched = schedule(plan, sc, include_forbidden)
    st = structure(plan, sched)
    p = point_params(plan, sched)
    a, w = activity_nodes(p.kappa, nodes)
    day = plan.days - 1 if day is None else max(0, min(plan.days - 1, int(day)))
    units = sched.cumulative[:, day] if len(sched.slot_ids) else np.zeros(0)
    return _frequency(a, w, _exposure_scale(st, p), p.q, units, st, p.sizes)


def _frequency(a, w, scale, q, units_last, st: Structure, sizes) -> np.ndarray:
    """People by exposure count (0..9, 10+) from the product of per-slot count distributions.

    Each slot contributes ``(1 - q) + q * Poisson(lambda)``; products of these are
    polynomial products truncated at degree 9, per platform and then per segment over the
    platforms it uses. The 10+ bucket is, node by node, what the others leave, so the buckets
    add up to the population; with no exposure every person is in bucket 0, exactly.
    """
    K = len(w)
    lam = a[None, :] * (scale * units_last)[:, None]  # (J, K)
    n = np.arange(1, FREQ_MAX, dtype=float)[:, None, None]  # (9, 1, 1)
    log_fact = np.array([math.lgamma(m + 1.0) for m in range(1, FREQ_MAX)])[:, None, None]
    with np.errstate(divide="ignore", invalid="ignore"):
        logpmf = n * np.log(lam) - lam - log_fact  # (9, J, K): Poisson at 1..9
    factor = np.empty((FREQ_MAX,) + lam.shape)  # (10, J, K)
    factor[1:] = np.where(lam > 0, np.exp(logpmf), 0.0) * q[:, None]
    factor[0] = 1.0 + q[:, None] * np.expm1(-lam)  # 1 - q + q e^-lam, exactly 1 at lam = 0
    P = st.uses.shape[1]
    one = np.zeros((FREQ_MAX, K))
    one[0] = 1.0
    per_platform = [one] * P
    for j, p in enumerate(st.slot_platform):
        per_platform[p] = _polymul(per_platform[p], factor[:, j], FREQ_MAX)
    out = np.zeros(FREQ_MAX + 1)
    for s in range(len(sizes)):
        poly = one
        for p in np.flatnonzero(st.uses[s]):
            poly = _polymul(poly, per_platform[p], FREQ_MAX)
        out[:FREQ_MAX] += sizes[s] * (poly @ w)
        out[FREQ_MAX] += sizes[s] * (np.maximum(1.0 - poly.sum(axis=0), 0.0) @ w)
    return out


# --------------------------------------------------------------------------- k+ reach

#: Memory one block of days of the k+ computation may take (it goes through the days in blocks).
KPLUS_BLOCK_BYTES = 32 << 20


def _polymul(x: np.ndarray, y: np.ndarray, k: int) -> np.ndarray:
    """Product of two polynomials in their first axis, truncated at degree k - 1."""
    out = x * y[0]
    for m in range(1, k):
        out[m:] += x[: k - m] * y[m]
    return out


def _kplus_reached(a, w, scale, q, cumulative, st: Structure, k: int) -> np.ndarray:
    """Share of each segment exposed at least ``k`` times through each day: (S, T).

    A person of activity ``a_i`` has, from slot j, 0 exposures with probability 1 - q_j and
    Poisson(a_i U_jt) otherwise. The probabilities of 0..k-1 exposures are multiplied slot
    by slot as polynomials truncated at degree k - 1 (the probability generating function
    of REACH_MODEL.md, "frequency"; every term is non-negative, so nothing cancels), per
    platform, then per segment over the platforms it uses; one minus their sum, averaged over
    the activity nodes, is the share exposed k times or more (exactly 0 with no exposure).
    Vectorised over nodes and days; the days go in blocks so the arrays stay within
    KPLUS_BLOCK_BYTES."""
    S, P = st.uses.shape
    J, T = cumulative.shape
    K = len(w)
    out = np.zeros((S, T))
    if T == 0 or S == 0:
        return out
    block = int(max(1, min(T, KPLUS_BLOCK_BYTES // (8 * k * K * (P + 3)))))
    for t0 in range(0, T, block):
        C = cumulative[:, t0 : t0 + block]
        n = C.shape[1]
        polys = np.zeros((P, k, K, n))
        polys[:, 0] = 1.0
        f = np.empty((k, K, n))
        for j in range(J):
            lam = np.multiply.outer(a, scale[j] * C[j])  # (K, n)
            qe = np.exp(-lam)
            qe *= q[j]  # q Poisson(lam) at 0
            np.add(qe, 1.0 - q[j], out=f[0])  # exactly 1 at lam = 0: fl(fl(1 - q) + q) = 1 for q in [0, 1]
            if k > 1:
                np.multiply(qe, lam, out=f[1])  # then at 1, 2, ... k-1
                for m in range(2, k):
                    np.multiply(f[m - 1], lam, out=f[m])
                    f[m] *= 1.0 / m
            pj = st.slot_platform[j]
            polys[pj] = _polymul(polys[pj], f, k)
        for si in range(S):
            used = np.flatnonzero(st.uses[si])
            if not len(used):
                continue  # a segment that uses no platform is never reached
            poly = polys[used[0]]
            for pi in used[1:]:
                poly = _polymul(poly, polys[pi], k)
            out[si, t0 : t0 + n] = w @ np.maximum(1.0 - poly.sum(axis=0), 0.0)
    return out


def kplus_reach(
    plan: Plan,
    scenario: str | None = None,
    k: int | None = None,
    *,
    nodes: int = NODES,
    include_forbidden: bool = False,
) -> np.ndarray:
    """Cumulative k+ reach per day: people exposed at least ``k`` times (1..10; the plan's
    target frequency by default) through each day, the tail of the frequency distribution
    (REACH_MODEL.md). With k = 1 it is cumulative unique reach; on the last day it equals
    ``Projection.reach_at_least(k)``."""
    k = plan.target_frequency if k is None else int(k)
    if not 1 <= k <= FREQ_MAX:
        raise ValueError(f"k must be from 1 to {FREQ_MAX}")
    sc = plan.scenario(scenario)
    sched = schedule(plan, sc, include_forbidden)
    st = structure(plan, sched)
    p = point_params(plan, sched)
    a, w = activity_nodes(p.kappa, nodes)
    reached = _kplus_reached(a, w, _exposure_scale(st, p), p.q, sched.cumulative, st, k)
    return (p.sizes[:, None] * reached).sum(axis=0)


# --------------------------------------------------------------------------- per phase


@dataclass(frozen=True)
class PhaseReach:
    """Reach accumulated from each phase's first day (REACH_MODEL.md, "per phase")."""

    phase_ids: tuple[str, ...]  # the plan's phases, in its order
    reach: np.ndarray  # (F, T): 0 before the phase's first day


def phase_reach(
    plan: Plan, scenario: str | None = None, *, nodes: int = NODES, include_forbidden: bool = False
) -> PhaseReach:
    """For each phase of the plan, the people reached by the scenario's exposures from the
    phase's first day (or the plan's, if the phase starts before it) through each day: the
    reach formula with U accumulated from that day, every slot counted (a phase's platform
    decides what the rules admit, not what reaches people), going on after the phase ends.
    0 before the phase starts. A phase starting on the plan's first day gives ``reach``."""
    sc = plan.scenario(scenario)
    sched = schedule(plan, sc, include_forbidden)
    st = structure(plan, sched)
    p = point_params(plan, sched)
    a, w = activity_nodes(p.kappa, nodes)
    scale = _exposure_scale(st, p)
    T = plan.days
    out = np.zeros((len(plan.phases), T))
    done: dict[int, int] = {}
    for i, ph in enumerate(plan.phases):
        d0 = max(0, (ph.start - plan.start).days)
        if d0 >= T:
            continue
        if d0 in done:
            out[i] = out[done[d0]]
            continue
        C = sched.cumulative[:, d0:]
        if d0 > 0:
            C = C - sched.cumulative[:, d0 - 1 : d0]
        out[i, d0:] = _reach_lines(a, w, scale, p.q, C, st, p.sizes)[1].sum(axis=0)
        done[d0] = i
    return PhaseReach(tuple(ph.id for ph in plan.phases), out)


# --------------------------------------------------------------------------- bands


def plan_seed(plan: Plan) -> int:
    """A seed that depends only on the plan's assumptions (not on its placements),
    so the same plan always gives the same bands and two scenarios of a plan share
    their draws (common random numbers)."""
    parts = [a for _, _, a in assumptions(plan)]
    blob = json.dumps(
        [[a.value, a.low, a.high] for a in parts] + [s.id for s in plan.audience.segments] + [s.id for s in plan.slots]
    )
    return int.from_bytes(hashlib.sha256(blob.encode()).digest()[:8], "little")


def _draw(rng_u: np.ndarray, a: Assumption) -> np.ndarray:
    """Triangular(low, value, high) by inverse CDF from uniforms; the value if no range."""
    lo, mode, hi = a.lo, a.value, a.hi
    if hi <= lo:
        return np.full(rng_u.shape, mode)
    c = (mode - lo) / (hi - lo)
    left = lo + np.sqrt(rng_u * (hi - lo) * (mode - lo))
    right = hi - np.sqrt((1 - rng_u) * (hi - lo) * (hi - mode))
    return np.where(rng_u < c, left, right)


def _copula_uniforms(rng: np.random.Generator, groups: np.ndarray, rho: np.ndarray) -> np.ndarray:
    """Uniforms (J, M) from a Gaussian copula: for draw m the normal scores of two members of
    one group have correlation rho[m]; of different groups, none. ``z_j = sqrt(rho) g +
    sqrt(1 - rho) e_j`` with g (one per group) and e_j standard normal, so each z_j is
    standard normal and each ``u_j = Phi(z_j)`` uniform, whatever rho (Phi through math.erfc:
    no scipy at run time)."""
    import math

    m = rho.shape[0]
    common = rng.standard_normal((int(groups.max(initial=-1)) + 1, m))
    own = rng.standard_normal((groups.shape[0], m))
    r = np.clip(rho, 0.0, 1.0)
    z = np.sqrt(r) * common[groups] + np.sqrt(1.0 - r) * own
    return 0.5 * np.frompyfunc(math.erfc, 1, 1)(z * -math.sqrt(0.5)).astype(float)


def draw_params(plan: Plan, draws: int, seed: int | None = None) -> dict[str, np.ndarray]:
    """M draws of every assumption of the plan, keyed by what they are; all slots of the plan.

    Each draws its triangular distribution by inverse CDF from a uniform. The uniforms of the
    slots' eligible shares (and, apart, of their impressions per unit) come from a Gaussian
    copula: within one platform their normal scores have correlation rho, the audience's
    ``correlation`` drawn for that draw; across platforms, and for every other assumption,
    independent (REACH_MODEL.md, "Correlated draws"). Only the plan's assumptions and slots
    matter, never its placements: two scenarios share every draw."""
    rng = np.random.default_rng(plan_seed(plan) if seed is None else seed)
    segs, slots = plan.audience.segments, plan.slots
    listed = assumptions(plan)
    u = rng.random((len(listed), draws))
    row = {(owner, field): k for k, (owner, field, _) in enumerate(listed)}
    rho = _draw(u[row[("audience", "correlation")]], plan.audience.correlation)
    platform_index: dict[str, int] = {}
    groups = np.array([platform_index.setdefault(s.platform, len(platform_index)) for s in slots], dtype=int)
    for name in ("eligible_share", "impressions_per_unit"):
        rows = [row[(f"slot:{s.id}", name)] for s in slots]
        if rows:
            u[rows] = _copula_uniforms(rng, groups, rho)
    drawn = {(owner, field): _draw(u[k], a) for k, (owner, field, a) in enumerate(listed)}
    out = {
        "kappa": drawn[("audience", "kappa")],
        "retention": drawn[("mini_program", "retention_7d")],
        "sizes": (
            np.stack([drawn[(f"segment:{s.id}", "size")] for s in segs], axis=-1) if segs else np.zeros((draws, 0))
        ),
    }
    ipu = [drawn[(f"slot:{s.id}", "impressions_per_unit")] for s in slots]
    q = [drawn[(f"slot:{s.id}", "eligible_share")] for s in slots]
    ctr = [drawn[(f"slot:{s.id}", "ctr")] for s in slots]
    out["ipu"] = np.stack(ipu, axis=-1) if slots else np.zeros((draws, 0))
    # a share is drawn within its own (0, 1] range; the floor only guards U = I / (N q) (a value
    # below it, with no range, stays itself, as in the line)
    floor = np.array([min(1e-9, s.eligible_share.lo) for s in slots])
    out["q"] = np.clip(np.stack(q, axis=-1), floor, 1.0) if slots else np.zeros((draws, 0))
    out["ctr"] = np.stack(ctr, axis=-1) if slots else np.zeros((draws, 0))
    return out


@dataclass(frozen=True)
class Bands:
    p10: np.ndarray
    p50: np.ndarray
    p90: np.ndarray
    draws: int
    seed: int


class Cancelled(Exception):
    pass


def bands(
    plan: Plan,
    scenario: str | None = None,
    *,
    draws: int = 200,
    seed: int | None = None,
    chunk: int = 8,
    cancel=None,
    progress=None,
    include_forbidden: bool = False,
) -> Bands:
    """P10/P50/P90 of cumulative unique reach over ``draws`` parameter sets.

    ``cancel()`` returning True stops the work (raises Cancelled); ``progress(done, total)``
    is called after each chunk of draws. Each draw uses the line's activity nodes (NODES);
    draws that differ are computed in BAND_DTYPE (float32: percentiles need no more), and when
    no assumption reach depends on has a range, every draw is the line itself, bit for bit, so
    P10 = P50 = P90 = ``project().reach``. No exposure is exactly 0 people either way.
    """
    seed = plan_seed(plan) if seed is None else seed
    out = reach_draws(
        plan,
        scenario,
        draws=draws,
        seed=seed,
        chunk=chunk,
        cancel=cancel,
        progress=progress,
        include_forbidden=include_forbidden,
    )
    p10, p50, p90 = np.percentile(out, [10, 50, 90], axis=0)
    return Bands(p10, p50, p90, draws, seed)


def reach_draws(
    plan: Plan,
    scenario: str | None = None,
    *,
    draws: int = 200,
    seed: int | None = None,
    chunk: int = 8,
    cancel=None,
    progress=None,
    include_forbidden: bool = False,
) -> np.ndarray:
    """Cumulative unique reach for each of ``draws`` parameter sets: (draws, T), what
    ``bands`` takes the percentiles of (the same draws for any scenario of the plan). With no
    range that matters to reach, each row is ``project().reach`` exactly (computed once)."""
    if draws < 1:
        raise ValueError("draws must be at least 1")
    sc = plan.scenario(scenario)
    big = size_problem(plan, sc, draws)
    if big:
        raise PlanError([big])
    sched = schedule(plan, sc, include_forbidden)
    st = structure(plan, sched)
    seed = plan_seed(plan) if seed is None else seed
    d = draw_params(plan, draws, seed)
    slot_ids = [s.id for s in plan.slots]
    col = [slot_ids.index(s) for s in sched.slot_ids]
    p = Params(
        sizes=d["sizes"],
        kappa=d["kappa"],
        q=d["q"][:, col],
        ipu=d["ipu"][:, col],
        ctr=d["ctr"][:, col],
        retention=d["retention"],
    )
    T = plan.days
    out = np.empty((draws, T))
    if _all_alike(p):  # no range that reach depends on: every draw is the line, exactly
        if cancel is not None and cancel():
            raise Cancelled()
        out[:] = _draw_lines(st, _one_draw(p), sched.cumulative)
        if progress is not None:
            progress(draws, draws)
        return out
    a, w = activity_nodes(p.kappa, NODES)  # (M, K) each
    scale = _exposure_scale(st, p)  # (M, J)
    for lo in range(0, draws, chunk):
        if cancel is not None and cancel():
            raise Cancelled()
        hi = min(draws, lo + chunk)
        Lp = _platform_log_miss(
            a[lo:hi],
            scale[lo:hi],
            p.q[lo:hi],
            sched.cumulative,
            st.slot_platform,
            len(st.platform_ids),
            dtype=BAND_DTYPE,
        )  # (m, K, P, T)
        reached = _reached(Lp, st.uses, w[lo:hi])  # (m, S, T)
        out[lo:hi] = np.einsum("ms,mst->mt", p.sizes[lo:hi], reached.astype(float))
        if progress is not None:
            progress(hi, draws)
    return out


def _all_alike(p: Params) -> bool:
    """Whether every draw has the same values of everything reach depends on (no assumption
    that matters carries a range)."""
    return all(bool((x == x[:1]).all()) for x in (p.sizes, p.kappa, p.q, p.ipu))


def _one_draw(p: Params) -> Params:
    """The first draw's values, shaped as point_params shapes the plan's (no draw axis)."""
    return Params(p.sizes[0], p.kappa[0], p.q[0], p.ipu[0], p.ctr[0], p.retention[0])


def _draw_lines(st: Structure, p: Params, cumulative: np.ndarray) -> np.ndarray:
    """Cumulative reach (T,) of one set of values: the line's own computation."""
    a, w = activity_nodes(float(p.kappa), NODES)
    return _reach_lines(a, w, _exposure_scale(st, p), p.q, cumulative, st, p.sizes)[1].sum(axis=0)


# --------------------------------------------------------------------------- compare


@dataclass(frozen=True)
class Comparison:
    """Two scenarios of one plan side by side: B - A."""

    a: str
    b: str
    start_ordinal: int
    reach_a: np.ndarray  # (T,) cumulative unique reach of A
    reach_b: np.ndarray  # (T,)
    difference: np.ndarray  # (T,) reach_b - reach_a
    difference_bands: Bands | None = None  # P10/P50/P90 of reach_b - reach_a over the same draws
    bands_a: Bands | None = None  # P10/P50/P90 of A's reach over those draws
    bands_b: Bands | None = None
    left_out_a: tuple[str, ...] = ()  # placements the rules forbid, not counted
    left_out_b: tuple[str, ...] = ()


def _point_reach(plan: Plan, sched: Schedule, nodes: int = NODES) -> np.ndarray:
    """Cumulative unique reach of a schedule with the plan's values: exactly project()'s."""
    st = structure(plan, sched)
    p = point_params(plan, sched)
    a, w = activity_nodes(p.kappa, nodes)
    return _reach_lines(a, w, _exposure_scale(st, p), p.q, sched.cumulative, st, p.sizes)[1].sum(axis=0)


def _check_scenarios(plan: Plan, *names: str) -> None:
    known = [s.name for s in plan.scenarios]
    for name in names:
        if name not in known:
            raise PlanError([Msg("plan.no_scenario", name=name, names=", ".join(map(repr, known)))])


def compare(
    plan: Plan,
    a: str,
    b: str,
    *,
    draws: int = 0,
    seed: int | None = None,
    include_forbidden: bool = False,
    cancel=None,
    progress=None,
    chunk: int = 8,
) -> Comparison:
    """Scenario ``b`` against scenario ``a``: both reaches, and their difference ``b - a``
    per day; with ``draws`` > 0 also P10/P50/P90 of the difference over ``draws`` sets of
    the assumptions, the SAME sets for both scenarios (common random numbers; the seed is
    ``plan_seed`` unless given, as for ``bands``), so the band is that of the difference
    alone. A scenario compared with itself, or with a copy of itself, gives exactly 0.

    Slots whose schedule is the same in both scenarios are evaluated once for both, and a
    slot that differs is evaluated for B only on the days its cumulative schedule differs
    from A's, so comparing a scenario with an edited copy costs little more than one
    scenario's bands (two unrelated scenarios cost about twice as much).
    An unknown scenario is a PlanError ("plan.no_scenario"). ``cancel`` and ``progress`` as
    for ``bands``."""
    _check_scenarios(plan, a, b)
    if draws < 0:
        raise ValueError("draws must not be negative")
    sa, sb = plan.scenario(a), plan.scenario(b)
    if draws:
        for sc in (sa, sb):
            big = size_problem(plan, sc, draws)
            if big:
                raise PlanError([big])
    sched_a = schedule(plan, sa, include_forbidden)
    sched_b = sched_a if sb is sa else schedule(plan, sb, include_forbidden)
    reach_a = _point_reach(plan, sched_a)
    reach_b = reach_a if sched_b is sched_a else _point_reach(plan, sched_b)
    diff_bands = bands_a = bands_b = None
    if draws:
        diff_bands, bands_a, bands_b = _compare_bands(
            plan, sched_a, sched_b, draws, plan_seed(plan) if seed is None else seed, chunk, cancel, progress
        )
    return Comparison(
        a=sa.name,
        b=sb.name,
        start_ordinal=plan.start.toordinal(),
        reach_a=reach_a,
        reach_b=reach_b,
        difference=reach_b - reach_a,
        difference_bands=diff_bands,
        bands_a=bands_a,
        bands_b=bands_b,
        left_out_a=sched_a.left_out,
        left_out_b=sched_b.left_out,
    )


def _compare_bands(plan: Plan, sched_a: Schedule, sched_b: Schedule, draws: int, seed: int, chunk, cancel, progress):
    ia = {sid: i for i, sid in enumerate(sched_a.slot_ids)}
    ib = {sid: i for i, sid in enumerate(sched_b.slot_ids)}
    union = tuple(sl.id for sl in plan.slots if sl.id in ia or sl.id in ib)
    st = _structure(plan, union)
    T = plan.days
    zero = np.zeros(T)
    common: list[int] = []
    differ: list[int] = []
    rows_a, rows_b, differ_days = [], [], []
    for u, sid in enumerate(union):
        ra = sched_a.cumulative[ia[sid]] if sid in ia else zero
        rb = sched_b.cumulative[ib[sid]] if sid in ib else zero
        if sid in ia and sid in ib and (ra is rb or np.array_equal(ra, rb)):
            common.append(u)
            continue
        differ.append(u)
        rows_a.append(ra)
        rows_b.append(rb)
        differ_days.append(np.flatnonzero(ra != rb))
    col = {sl.id: i for i, sl in enumerate(plan.slots)}
    cols = [col[sid] for sid in union]
    d = draw_params(plan, draws, seed)
    p = Params(
        sizes=d["sizes"],
        kappa=d["kappa"],
        q=d["q"][:, cols],
        ipu=d["ipu"][:, cols],
        ctr=d["ctr"][:, cols],
        retention=d["retention"],
    )
    out_a = np.empty((draws, T))
    out_b = np.empty((draws, T))

    def pct(x: np.ndarray) -> Bands:
        p10, p50, p90 = np.percentile(x, [10, 50, 90], axis=0)
        return Bands(p10, p50, p90, draws, seed)

    if _all_alike(p):  # no range that reach depends on: each scenario's line, exactly
        if cancel is not None and cancel():
            raise Cancelled()
        one = _one_draw(p)
        for sched, out in ((sched_a, out_a), (sched_b, out_b)):
            keep = [union.index(sid) for sid in sched.slot_ids]
            mine = Params(one.sizes, one.kappa, one.q[keep], one.ipu[keep], one.ctr[keep], one.retention)
            out[:] = _draw_lines(_structure(plan, sched.slot_ids), mine, sched.cumulative)
        if progress is not None:
            progress(draws, draws)
        return pct(out_b - out_a), pct(out_a), pct(out_b)
    act, w = activity_nodes(p.kappa, NODES)  # (M, K) each
    scale = _exposure_scale(st, p)  # (M, U)
    P = len(st.platform_ids)
    c_rows = np.stack([sched_a.cumulative[ia[union[u]]] for u in common]) if common else np.zeros((0, T))
    f32 = BAND_DTYPE
    for lo in range(0, draws, chunk):
        if cancel is not None and cancel():
            raise Cancelled()
        hi = min(draws, lo + chunk)
        m_act, m_scale, m_q = act[lo:hi], scale[lo:hi], p.q[lo:hi]
        L_common = _platform_log_miss(
            m_act, m_scale[:, common], m_q[:, common], c_rows, st.slot_platform[common], P, dtype=f32
        )
        if differ:
            La, Lb = L_common.copy(), L_common.copy()
            act_32 = m_act.astype(f32)
            for n, u in enumerate(differ):
                plat, days = st.slot_platform[u], differ_days[n]
                sc_u, q_u = m_scale[:, [u]].astype(f32), m_q[:, [u]].astype(f32)
                in_a, in_b = union[u] in ia, union[u] in ib
                if in_a:
                    xa = _log_miss(act_32, sc_u, q_u, rows_a[n][None, :].astype(f32))[..., 0, :]  # (m, K, T)
                    La[..., plat, :] += xa
                if in_b:  # B's L only on the days its schedule differs from A's (A's elsewhere)
                    xb = _log_miss(act_32, sc_u, q_u, rows_b[n][None, days].astype(f32))[..., 0, :]
                    if in_a:
                        xa[..., days] = xb
                        Lb[..., plat, :] += xa
                    else:  # not in A: 0 (nothing reached) on the other days
                        Lb[..., plat, days] += xb
        else:
            La = Lb = L_common
        m_w = w[lo:hi]
        out_a[lo:hi] = np.einsum("ms,mst->mt", p.sizes[lo:hi], _reached(La, st.uses, m_w).astype(float))
        if Lb is La:
            out_b[lo:hi] = out_a[lo:hi]
        else:
            out_b[lo:hi] = np.einsum("ms,mst->mt", p.sizes[lo:hi], _reached(Lb, st.uses, m_w).astype(float))
        if progress is not None:
            progress(hi, draws)

    return pct(out_b - out_a), pct(out_a), pct(out_b)
