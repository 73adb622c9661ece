"""What a scenario costs (PRODUCT.md, "Planning decisions": Costs).

A placement costs its own ``cost`` when it has one (an override: the price agreed for the
whole placement, whatever it delivers), otherwise its *delivered units* times its slot's
cost per unit (the plan's ``currency``). Delivered units are the units the projection
counts: the placement's units on each of its days inside the plan's dates, except that on
a day when the slot's placements together ask for more than the slot's daily cap, the slot
delivers (and is paid for) only the cap, shared between them in proportion to what each
asks. So the cost of a slot is its cost per unit times the units after caps, exactly the
units its impressions come from (``project --slots``: ``impressions`` and ``cost``).

Placements the rules forbid are counted exactly as the projection counts them: left out by
default (they reach no one and cost nothing; ``left_out`` names them), counted with
``include_forbidden=True`` (and then they take their share of a cap too). Days outside the
plan's dates are never counted, as the projection does not count them.

A placement on an earned slot (unit ``earned``, REACH_MODEL.md "Earned slots") only switches
earning on: it delivers no units of its own (its delivered units are 0, no cap applies) and
costs its own ``cost`` if it has one, otherwise nothing (earned traffic is not bought).

A slot's cost per unit may carry a low/high range: ``total_low`` and ``total_high`` are
the scenario's cost with every slot at the low or the high end (overrides stay as they are).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .plan import Plan, Scenario
from .reach import forbidden_mask, placement_rows


@dataclass(frozen=True)
class Costs:
    """The costs of one scenario, in ``currency``."""

    scenario: str
    currency: str
    placements: dict[str, float]  # counted placement id -> its cost, in the scenario's order
    delivered_units: dict[str, float]  # counted placement id -> its units after caps, inside the plan
    slots: dict[str, float]  # slot id -> its placements' cost, for slots with counted placements (plan order)
    platforms: dict[str, float]  # platform id -> cost of its slots, every platform of the plan (plan order)
    total: float
    total_low: float  # every slot's cost per unit at its low end
    total_high: float  # ... at its high end
    left_out: tuple[str, ...] = ()  # placements the rules forbid, not counted

    def per_thousand(self, reach: float) -> float | None:
        """Cost per thousand people reached; None when ``reach`` is 0."""
        return cost_per_thousand(self.total, reach)


def cost_per_thousand(cost: float, reach: float) -> float | None:
    """``cost`` per thousand people reached; None when no one is reached."""
    if not reach > 0:
        return None
    return float(cost) / float(reach) * 1000.0


def _delivered(plan: Plan, sc: Scenario, include_forbidden: bool):
    """(indexes of the counted placements, their slot indexes, their delivered units,
    their override costs (NaN: none), the ids left out)."""
    pls = sc.placements
    T = plan.days
    rows = placement_rows(plan, pls)
    counted = np.arange(len(pls))
    left_out: tuple[str, ...] = ()
    if not include_forbidden and len(rows):
        bad = forbidden_mask(plan, rows)
        if bad.any():
            left_out = tuple(pls[i].id for i in np.flatnonzero(bad))
            counted = np.flatnonzero(~bad)
            rows = rows[counted]
    j = rows[:, 0].astype(np.int64)
    s = np.clip(rows[:, 1].astype(np.int64), 0, T)
    e = np.clip(rows[:, 2].astype(np.int64), -1, T - 1)
    u = rows[:, 3]
    days = np.maximum(e - s + 1, 0)
    units = u * days
    earned = np.array([sl.earned for sl in plan.slots], dtype=bool)
    caps = np.array([sl.max_units_per_day or np.inf for sl in plan.slots], dtype=float)
    caps[earned] = np.inf  # an earned slot's cap does not apply
    if len(j):
        units[earned[j]] = 0.0  # earned, not bought: no units of its own
    capped = np.isfinite(caps[j]) & (days > 0) if len(j) else np.zeros(0, dtype=bool)
    if capped.any():
        slots_c, local = np.unique(j[capped], return_inverse=True)
        sc_, ec_, uc_ = s[capped], e[capped], u[capped]
        n_cells = len(slots_c) * (T + 1)
        flat = local * (T + 1)
        demand = np.cumsum(
            (np.bincount(flat + sc_, uc_, n_cells) - np.bincount(flat + ec_ + 1, uc_, n_cells)).reshape(
                len(slots_c), T + 1
            )[:, :T],
            axis=1,
        )
        cap = caps[slots_c][:, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            share = np.where(demand > cap * (1 + 1e-12), cap / demand, 1.0)  # of what is asked, delivered
        running = np.zeros((len(slots_c), T + 1))
        np.cumsum(share, axis=1, out=running[:, 1:])
        units[capped] = uc_ * (running[local, ec_ + 1] - running[local, sc_])
    override = np.array([np.nan if pls[i].cost is None else pls[i].cost for i in counted], dtype=float)
    return counted, j, units, override, left_out


def scenario_cost(plan: Plan, scenario: str | None = None, *, include_forbidden: bool = False) -> float:
    """The total cost of one scenario (the first by default): ``costs(...).total``, without
    the per-placement tables (what the budget rule needs)."""
    return total_of(plan, plan.scenario(scenario), include_forbidden)


def total_of(plan: Plan, sc: Scenario, include_forbidden: bool = False) -> float:
    """The total cost of the scenario ``sc`` of ``plan``."""
    _, j, units, override, _ = _delivered(plan, sc, include_forbidden)
    cpu = np.array([sl.cost_per_unit.value for sl in plan.slots], dtype=float)
    each = np.where(np.isnan(override), units * cpu[j] if len(j) else units, override)
    return float(each.sum())


def costs(plan: Plan, scenario: str | None = None, *, include_forbidden: bool = False) -> Costs:
    """The costs of one scenario (the first by default): per placement, slot, platform and
    in total, with the total's range. Forbidden placements as in the projection (see the
    module): left out unless ``include_forbidden``."""
    sc = plan.scenario(scenario)
    counted, j, units, override, left_out = _delivered(plan, sc, include_forbidden)
    cpu = np.array([[sl.cost_per_unit.value, sl.cost_per_unit.lo, sl.cost_per_unit.hi] for sl in plan.slots])
    cpu = cpu.reshape(-1, 3)
    fixed = ~np.isnan(override)
    priced = units[:, None] * cpu[j] if len(j) else np.zeros((0, 3))
    each = np.where(fixed[:, None], np.nan_to_num(override)[:, None], priced)  # (n, 3): value, low, high
    per_slot = np.zeros((len(plan.slots), 3))
    np.add.at(per_slot, j, each)
    used = np.zeros(len(plan.slots), dtype=bool)
    used[j] = True
    platform_of = {p.id: i for i, p in enumerate(plan.platforms)}
    per_platform = np.zeros(len(plan.platforms))
    for k, sl in enumerate(plan.slots):
        if used[k] and sl.platform in platform_of:
            per_platform[platform_of[sl.platform]] += per_slot[k, 0]
    ids = [sc.placements[i].id for i in counted]
    total = each.sum(axis=0) if len(each) else np.zeros(3)
    return Costs(
        scenario=sc.name,
        currency=plan.currency,
        placements=dict(zip(ids, each[:, 0].tolist())),
        delivered_units=dict(zip(ids, units.tolist())),
        slots={sl.id: float(per_slot[k, 0]) for k, sl in enumerate(plan.slots) if used[k]},
        platforms={p.id: float(per_platform[i]) for i, p in enumerate(plan.platforms)},
        total=float(total[0]),
        total_low=float(total[1]),
        total_high=float(total[2]),
        left_out=left_out,
    )


def scenario_costs(plan: Plan, *, include_forbidden: bool = False) -> dict[str, float]:
    """Every scenario's total cost, by name, in the plan's order."""
    return {sc.name: scenario_cost(plan, sc.name, include_forbidden=include_forbidden) for sc in plan.scenarios}


def over_budget(plan: Plan, scenario: str | None = None, *, include_forbidden: bool = False) -> float | None:
    """How much the scenario's cost exceeds the plan's budget; None when there is no budget
    or the scenario keeps within it."""
    if plan.budget is None:
        return None
    total = scenario_cost(plan, scenario, include_forbidden=include_forbidden)
    return total - plan.budget if total > plan.budget else None
