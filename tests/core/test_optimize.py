"""The optimiser (issue 13, core): checked against brute force over every subset of the
candidate bookings on small plans, never choosing what the rules forbid, never over the
budget, the same result for the same plan."""

import dataclasses
import datetime as dt
import itertools
import math

import numpy as np
import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.optimize import add_suggestion, candidates, optimize
from campaign_planner.core.plan import Phase, Placement, PlanError, Slot, num
from campaign_planner.core.reach import project

from plans import D, simple_plan

BUDGET_GUARANTEE = (1 - 1 / math.e) / 2
COUNT_GUARANTEE = 1 - 1 / math.e


def small_plan(seed: int, days: int = 3):
    """Two platforms, three segments, three slots of different sizes, shares and prices."""
    rng = np.random.default_rng(seed)
    slots = [
        Slot(
            f"s{j}",
            f"Slot {j}",
            ("x", "y", "x")[j],
            "day",
            num(float(rng.uniform(50, 600))),
            num(float(rng.uniform(0.2, 1.0))),
            num(0.1),
            cost_per_unit=num(float(rng.integers(1, 6))),
        )
        for j in range(3)
    ]
    return simple_plan(
        kappa=float(rng.uniform(0.4, 3)),
        days=days,
        platforms=("x", "y"),
        slots=slots,
        sizes=((400.0, ("x",)), (300.0, ("y",)), (300.0, ("x", "y"))),
    )


def end_reach(plan, bookings):
    """The projection's reach on the last day with ``bookings`` ((slot, day index)) added."""
    base = plan.scenarios[0]
    extra = tuple(
        Placement(f"b{i}", s, plan.start + dt.timedelta(days=d), plan.start + dt.timedelta(days=d), 1.0)
        for i, (s, d) in enumerate(bookings)
    )
    p = dataclasses.replace(plan, scenarios=(dataclasses.replace(base, placements=base.placements + extra),))
    return float(project(p).reach[-1])


def brute_force(plan, budget=None, count=None):
    """The best reach over every subset of the candidates within the budget or the count."""
    free = candidates(plan)
    cands = [(plan.slots[j].id, int(d)) for j in range(len(plan.slots)) for d in free[j]]
    cost = {s.id: s.cost_per_unit.value for s in plan.slots}
    best = end_reach(plan, [])
    seen = {}
    for n in range(1, len(cands) + 1):
        for subset in itertools.combinations(cands, n):
            if count is not None and n > count:
                break
            if budget is not None and sum(cost[s] for s, _ in subset) > budget:
                continue
            key = tuple(sorted(s for s, _ in subset))  # the end reach depends on the counts per slot
            if key not in seen:
                seen[key] = end_reach(plan, subset)
            best = max(best, seen[key])
    return best


@pytest.mark.parametrize("seed", range(4))
def test_within_the_guarantee_of_brute_force_under_a_budget(seed):
    plan = small_plan(seed)
    base = end_reach(plan, [])
    for budget in (3.0, 7.0, 12.0):
        s = optimize(plan, budget=budget)
        assert s.cost <= budget
        best = brute_force(plan, budget=budget)
        assert s.reach_after == pytest.approx(end_reach(plan, [(b[0], (b[1] - plan.start).days) for b in s.bookings]))
        gained, possible = s.reach_after - base, best - base
        assert gained >= BUDGET_GUARANTEE * possible - 1e-6
        print(f"seed {seed} budget {budget}: {gained / possible if possible else 1:.4f} of the optimum")


@pytest.mark.parametrize("seed", range(4))
def test_within_the_guarantee_of_brute_force_under_a_count(seed):
    plan = small_plan(seed)
    base = end_reach(plan, [])
    for n in (1, 2, 4):
        s = optimize(plan, bookings=n)
        assert len(s.bookings) == n
        best = brute_force(plan, count=n)
        assert s.reach_after - base >= COUNT_GUARANTEE * (best - base) - 1e-6


def test_the_end_reach_depends_only_on_how_many_units_each_slot_gets():
    plan = small_plan(0)
    assert end_reach(plan, [("s0", 0), ("s1", 2)]) == pytest.approx(end_reach(plan, [("s0", 2), ("s1", 0)]))


def test_a_forbidden_booking_with_great_reach_is_never_chosen():
    """A huge slot that needs a flag the mini program lacks, and a platform whose phase admits
    the category only from the third day: neither is booked where the rules forbid it."""
    slots = [
        Slot("huge", "Huge", "x", "day", num(1e6), num(1.0), num(0.1), requires=("big_v",), cost_per_unit=num(1.0)),
        Slot("late", "Late", "y", "day", num(5e5), num(1.0), num(0.1), cost_per_unit=num(1.0)),
        Slot("small", "Small", "x", "day", num(20.0), num(0.5), num(0.1), cost_per_unit=num(1.0)),
    ]
    phases = (Phase("p1", "Open", "y", D(2020, 1, 3), D(2020, 1, 10), ("all",)),)
    plan = simple_plan(days=5, platforms=("x", "y"), slots=slots, phases=phases, sizes=((1e6, ("x",)), (1e6, ("y",))))
    s = optimize(plan, budget=100.0)
    chosen = {(slot, (day - plan.start).days) for slot, day in s.bookings}
    assert not any(slot == "huge" for slot, _ in chosen)
    assert {d for slot, d in chosen if slot == "late"} == {2, 3, 4}  # the days the phase admits
    assert {d for slot, d in chosen if slot == "small"} == {0, 1, 2, 3, 4}


def test_the_daily_cap_leaves_room_only_where_the_base_scenario_has_not_filled_it():
    slots = [
        Slot(
            "capped",
            "Capped",
            "x",
            "insertion",
            num(100.0),
            num(1.0),
            num(0.1),
            max_units_per_day=2.0,
            cost_per_unit=num(1.0),
        )
    ]
    base = (
        Placement("p1", "capped", D(2020, 1, 1), D(2020, 1, 2), 2.0),
        Placement("p2", "capped", D(2020, 1, 3), D(2020, 1, 3), 1.5),
    )
    plan = simple_plan(days=4, slots=slots, placements=base)
    assert candidates(plan)[0].tolist() == [3]  # 1.5 of 2 on the third day: not a whole unit of room
    s = optimize(plan, bookings=5)
    assert [(d - plan.start).days for _, d in s.bookings] == [3]


def test_the_budget_is_never_exceeded_and_the_same_plan_gives_the_same_result():
    plan = builtin_template("weibo-alipay-2019")
    for budget in (0.0, 999.0, 1000.0, 55_555.0, 2_000_000.0):
        s = optimize(plan, budget=budget)
        assert s.cost <= budget
        assert s == optimize(plan, budget=budget)
    assert optimize(plan, budget=999.0).bookings == ()  # below the cheapest booking: none, no error


def test_the_result_is_a_new_scenario_with_consecutive_days_merged():
    plan = builtin_template("weibo-alipay-2019")
    s = optimize(plan, budget=500_000.0)
    out = add_suggestion(plan, s)
    new = out.scenarios[-1]
    assert new.name == f"{plan.scenarios[0].name} optimised"
    base = plan.scenarios[0].placements
    assert new.placements[: len(base)] == base
    added = new.placements[len(base) :]
    assert sum(p.days for p in added) == len(s.bookings)
    for a, b in zip(added, added[1:]):  # runs of one slot never touch
        assert not (a.slot == b.slot and a.end + dt.timedelta(days=1) == b.start)
    assert len({p.id for p in new.placements}) == len(new.placements)
    assert float(project(out, new.name).reach[-1]) == pytest.approx(s.reach_after, rel=1e-9)
    with pytest.raises(PlanError, match="already a scenario named"):
        add_suggestion(out, s, new.name)


@pytest.mark.parametrize(
    "kwargs,words",
    [
        ({}, "give a budget or a number of bookings"),
        ({"budget": 5.0, "bookings": 3}, "give a budget or a number of bookings"),
        ({"budget": -1.0}, "the budget must be a number that is not negative"),
        ({"budget": float("nan")}, "the budget must be a number that is not negative"),
        ({"bookings": -2}, "the number of bookings must be a whole number"),
        ({"budget": 5.0, "slots": ["nope"]}, "nope"),
    ],
)
def test_bad_arguments_are_refused_with_a_message(kwargs, words):
    with pytest.raises(PlanError, match=words):
        optimize(small_plan(0), **kwargs)
