"""The optimiser (issue 13, core): checked against brute force over every subset of the
candidate bookings on small plans, never choosing what the rules forbid, never over the
budget, the same result for the same plan; with a target frequency k > 1 its objective is
k+ reach (its model checked against reach.kplus_reach)."""

import copy
import dataclasses
import datetime as dt
import itertools
import math

import numpy as np
import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.optimize import _Model, add_suggestion, candidates, optimize
from campaign_planner.core.plan import Phase, Placement, PlanError, Slot, num
from campaign_planner.core.reach import kplus_reach, project, schedule

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
    """The projection's reach on the last day with ``bookings`` ((slot, day index)) added: k+
    reach for the plan's target frequency k (unique reach when k = 1)."""
    base = plan.scenarios[0]
    extra = tuple(
        Placement(f"b{i}", s, plan.start + dt.timedelta(days=d), plan.start + dt.timedelta(days=d), 1.0)
        for i, (s, d) in enumerate(bookings)
    )
    p = dataclasses.replace(plan, scenarios=(dataclasses.replace(base, placements=base.placements + extra),))
    if plan.target_frequency > 1:
        return float(kplus_reach(p)[-1])
    return float(project(p).reach[-1])


def brute_force(plan, budget=None, count=None):
    """The best reach (k+ for the plan's target k) over every subset of the candidates within
    the budget or the count."""
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
    for budget in (0.0, 39.0, 40.0, 55_555.0, 2_000_000.0):
        s = optimize(plan, budget=budget)
        assert s.cost <= budget
        assert s == optimize(plan, budget=budget)
    assert optimize(plan, budget=39.0).bookings == ()  # below the cheapest booking: none, no error


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


# --------------------------------------------------------------------------- k+ reach (k > 1)


def base_totals(plan):
    """Each slot's units in the base scenario (after caps) through the last day."""
    sched = schedule(plan, plan.scenarios[0])
    order = {s.id: i for i, s in enumerate(plan.slots)}
    totals = np.zeros(len(plan.slots))
    for i, sid in enumerate(sched.slot_ids):
        totals[order[sid]] = sched.cumulative[i, -1]
    return totals


def kplus_plan(k, kappa=0.8):
    """Two platforms, three segments, five slots: one with q = 1 and many units (about 60
    exposures each), one with a tiny q (1e-6: few people, each exposed very often), one with
    no placement, two ordinary ones."""
    slots = [
        Slot("all", "All", "x", "day", num(2000.0), num(1.0), num(0.1), cost_per_unit=num(2.0)),
        Slot("tiny", "Tiny", "y", "day", num(30.0), num(1e-6), num(0.1), cost_per_unit=num(1.0)),
        Slot("none", "None", "y", "day", num(150.0), num(0.4), num(0.1), cost_per_unit=num(3.0)),
        Slot("mid", "Mid", "x", "day", num(400.0), num(0.3), num(0.1), cost_per_unit=num(1.0)),
        Slot("low", "Low", "y", "day", num(90.0), num(0.8), num(0.1), cost_per_unit=num(1.0)),
    ]
    placements = (
        Placement("p1", "all", D(2020, 1, 1), D(2020, 1, 10), 3.0),
        Placement("p2", "tiny", D(2020, 1, 2), D(2020, 1, 4), 1.0),
        Placement("p3", "mid", D(2020, 1, 3), D(2020, 1, 5), 2.0),
        Placement("p4", "low", D(2020, 1, 1), D(2020, 1, 2), 1.0),
    )
    plan = simple_plan(
        kappa=kappa,
        days=10,
        platforms=("x", "y"),
        slots=slots,
        placements=placements,
        sizes=((400.0, ("x",)), (300.0, ("y",)), (300.0, ("x", "y"))),
    )
    return dataclasses.replace(plan, target_frequency=k)


@pytest.mark.parametrize("kappa", [0.4, 0.8, 3.0])
@pytest.mark.parametrize("k", [1, 2, 3, 5, 10])
def test_the_model_is_kplus_reach_on_the_last_day(k, kappa):
    plan = kplus_plan(k, kappa)
    model = _Model(plan, base_totals(plan))
    assert model.k == k
    assert model.reach == pytest.approx(float(kplus_reach(plan, k=k)[-1]), rel=1e-9)
    assert model.unique == pytest.approx(float(project(plan).reach[-1]), rel=1e-9)
    assert model.reach <= model.unique * (1 + 1e-12)


@pytest.mark.parametrize("k", [2, 3])
def test_the_model_stays_finite_and_exact_at_extreme_exposures(k):
    """q = 1 with expected counts in the thousands and millions (only people not on its
    platform escape it), q = 1e-6 with 10^13: nothing overflows, nothing is NaN, the model is
    still kplus_reach."""
    plan = kplus_plan(k)
    totals = base_totals(plan)
    for extra in (np.array([1e6, 1e6, 0, 0, 0]), np.array([1e9, 1e9, 1e3, 0, 0])):
        big = totals + extra
        model = _Model(plan, big)
        assert np.isfinite(model.L).all() and np.isfinite(model.G).all()
        placed = tuple(
            Placement(f"z{j}", s.id, plan.start, plan.start, float(u))
            for j, (s, u) in enumerate(zip(plan.slots, big))
            if u
        )
        p = dataclasses.replace(plan, scenarios=(dataclasses.replace(plan.scenarios[0], placements=placed),))
        assert model.reach == pytest.approx(float(kplus_reach(p)[-1]), rel=1e-9)
        gains = model.gains(np.arange(len(plan.slots)))
        assert np.isfinite(gains).all() and (gains >= 0).all()


@pytest.mark.parametrize("k", [2, 3, 6])
def test_gains_are_the_reach_added_by_add(k):
    plan = kplus_plan(k)
    model = _Model(plan, base_totals(plan))
    slots = np.arange(len(plan.slots))
    gains = model.gains(slots)
    assert (gains >= 0).all() and (gains[[0, 2, 3, 4]] > 0).all()  # slot 1 (q = 1e-6): next to nothing
    for j in slots:
        other = copy.deepcopy(model)
        other.add(int(j))
        assert gains[j] == pytest.approx(other.reach - model.reach, rel=1e-9, abs=1e-9)
        # additive updates: the same as the model made afresh with one more unit
        totals = base_totals(plan)
        totals[j] += 1
        assert other.reach == pytest.approx(_Model(plan, totals).reach, rel=1e-12)


def test_a_target_of_3_plus_optimises_3_plus_reach():
    plan = kplus_plan(3)
    s = optimize(plan, budget=12.0)
    assert s.k == 3 and s.cost <= 12.0 and s.bookings
    out = add_suggestion(plan, s)
    new = out.scenarios[-1].name
    assert s.reach_before == pytest.approx(float(kplus_reach(plan, k=3)[-1]), rel=1e-9)
    assert s.reach_after == pytest.approx(float(kplus_reach(out, new, k=3)[-1]), rel=1e-9)
    assert s.unique_before == pytest.approx(float(project(plan).reach[-1]), rel=1e-9)
    assert s.unique_after == pytest.approx(float(project(out, new).reach[-1]), rel=1e-9)
    assert s.reach_after > s.reach_before
    assert s == optimize(plan, budget=12.0)
    one = optimize(dataclasses.replace(plan, target_frequency=1), budget=12.0)
    assert one.k == 1 and (one.reach_before, one.reach_after) == (one.unique_before, one.unique_after)


@pytest.mark.parametrize("k", [2, 3])
@pytest.mark.parametrize("seed", range(4))
def test_kplus_greedy_against_brute_force(seed, k):
    """k+ reach is not submodular: no guarantee; the greedy comes close on small plans all the
    same (0.5 asserted; see the printed ratios)."""
    plan = dataclasses.replace(small_plan(seed), target_frequency=k)
    base = end_reach(plan, [])
    for kwargs in ({"budget": 3.0}, {"budget": 7.0}, {"budget": 12.0}, {"bookings": 2}, {"bookings": 4}):
        s = optimize(plan, **kwargs)
        assert s.k == k
        picked = [(b[0], (b[1] - plan.start).days) for b in s.bookings]
        assert s.reach_after == pytest.approx(end_reach(plan, picked), rel=1e-9)
        best = brute_force(plan, budget=kwargs.get("budget"), count=kwargs.get("bookings"))
        gained, possible = s.reach_after - base, best - base
        ratio = gained / possible if possible > 0 else 1.0
        assert gained <= possible * (1 + 1e-9) + 1e-9
        assert ratio >= 0.5
        print(f"k {k} seed {seed} {kwargs}: {ratio:.4f} of the optimum")


def test_the_optimiser_follows_the_plans_target_frequency():
    """A slot every user of the platform is eligible for, against a slot only 5% are eligible
    for, with as many impressions a unit (0.1 and 2 exposures a unit each): up to three units
    of the first reach the most people, of the second expose the most people 3 times."""
    slots = [
        Slot("wide", "Wide", "x", "day", num(100.0), num(1.0), num(0.1), cost_per_unit=num(1.0)),
        Slot("deep", "Deep", "x", "day", num(100.0), num(0.05), num(0.1), cost_per_unit=num(1.0)),
    ]
    one = simple_plan(days=3, slots=slots, sizes=((1000.0, ("x",)),))
    three = dataclasses.replace(one, target_frequency=3)
    for kwargs in ({"bookings": 1}, {"bookings": 2}, {"bookings": 3}, {"budget": 3.0}):
        n = kwargs.get("bookings", 3)
        for p, slot in ((one, "wide"), (three, "deep")):
            s = optimize(p, **kwargs)
            assert s.k == p.target_frequency
            assert [b[0] for b in s.bookings] == [slot] * n
            assert s.reach_after == pytest.approx(brute_force(p, count=n), rel=1e-9)  # the best by its own measure
        # and the other objective's choice is worse by this one's measure
        assert end_reach(one, [("wide", d) for d in range(n)]) > end_reach(one, [("deep", d) for d in range(n)])
        assert end_reach(three, [("deep", d) for d in range(n)]) > end_reach(three, [("wide", d) for d in range(n)])
