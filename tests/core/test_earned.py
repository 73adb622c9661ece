"""Earned slots (issue 14 item 5; REACH_MODEL.md, "Earned slots"): impressions earned in
proportion to the plan's new people of the day before, switched on by placements."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

import numpy as np
import pytest

from campaign_planner.core import costs, optimize, reach, rules
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.jsonio import plan_from_json, plan_to_json
from campaign_planner.core.plan import Placement, PlanError, Scenario, Slot, num, placement_cost
from campaign_planner.store.planfile import plan_from_bytes, plan_to_bytes

from plans import D, simple_plan

EARN = 2.0


def day(n: int) -> dt.date:
    return D(2020, 1, 1) + dt.timedelta(days=n)


def earned_plan(placements, *, earn=EARN, days=30, earned_cap=None, cost=0.0):
    """One booked slot and one earned slot on one platform of 1,000,000 people."""
    slots = [
        Slot("booked", "Booked", "x", "day", num(50_000.0), num(0.5), num(0.1), cost_per_unit=10.0),
        Slot(
            "earned",
            "Earned",
            "x",
            "earned",
            num(earn, earn / 4, earn * 2.5),
            num(0.3, 0.1, 0.5),
            num(0.02),
            max_units_per_day=earned_cap,
            cost_per_unit=cost,
        ),
    ]
    return simple_plan(sizes=((1_000_000.0, ("x",)),), slots=slots, placements=placements, days=days)


BOOKED = Placement("b1", "booked", day(0), day(9), 1.0)
EARNING = Placement("e1", "earned", day(3), day(19), 1.0)


def earned_daily(plan, scenario=None):
    """(earned impressions a day, the projection)."""
    pr = reach.project(plan, scenario)
    sched = reach.schedule(plan, plan.scenario(scenario))
    if "earned" not in sched.slot_ids:
        return np.zeros(plan.days), pr
    j = sched.slot_ids.index("earned")
    return sched.daily[j] * plan.slot("earned").impressions_per_unit.value, pr


def test_an_earned_slot_alone_reaches_nobody():
    plan = earned_plan([EARNING])
    pr = reach.project(plan)
    assert pr.reach[-1] == 0.0 and not pr.new_people.any()
    imp, _ = earned_daily(plan)
    assert not imp.any()
    assert not pr.slot_impressions.any()


def test_earned_impressions_are_earn_times_the_previous_days_new_people():
    plan = earned_plan([BOOKED, EARNING])
    imp, pr = earned_daily(plan)
    expected = np.zeros(plan.days)
    expected[1:] = EARN * pr.new_people[:-1]
    on = np.zeros(plan.days, dtype=bool)
    on[3:20] = True
    expected[~on] = 0.0
    # the same numbers as the projection's new people, to the rounding of two sums of ~1e6
    np.testing.assert_allclose(imp, expected, rtol=0, atol=1e-9 * pr.population)
    assert (imp[~on] == 0).all() and (imp[on][:7] > 0).all()
    j = pr.slot_ids.index("earned")
    assert pr.slot_impressions[j] == pytest.approx(imp.sum(), rel=1e-12)
    # earned impressions reach people: more than the booked slot alone
    alone = reach.project(earned_plan([BOOKED]))
    assert pr.reach[-1] > alone.reach[-1]
    assert (pr.reach[:3] == alone.reach[:3]).all() and pr.reach[3] > alone.reach[3]  # earning is on from day 3


def test_earning_is_causal():
    a = earned_plan([BOOKED, EARNING])
    later = Placement("b2", "booked", day(12), day(14), 3.0)
    b = dataclasses.replace(a, scenarios=(Scenario("A", (BOOKED, EARNING, later)),))
    ia, _ = earned_daily(a)
    ib, _ = earned_daily(b)
    assert (ia[:13] == ib[:13]).all()  # a change on day 12 earns from day 13 on
    assert ib[13] > ia[13]


def test_doubling_the_earn_roughly_doubles_earned_impressions_and_never_lowers_reach():
    one = earned_plan([BOOKED, EARNING])
    two = earned_plan([BOOKED, EARNING], earn=2 * EARN)
    i1, p1 = earned_daily(one)
    i2, p2 = earned_daily(two)
    assert 1.8 < i2.sum() / i1.sum() < 2.5
    assert (p2.reach >= p1.reach - 1e-9 * p1.population).all()
    assert p2.reach[-1] > p1.reach[-1]


def test_json_writes_and_reads_earn_per_new_person():
    plan = earned_plan([BOOKED, EARNING])
    data = plan_to_json(plan)
    earned = next(s for s in data["slots"] if s["id"] == "earned")
    booked = next(s for s in data["slots"] if s["id"] == "booked")
    assert "earn_per_new_person" in earned and "impressions_per_unit" not in earned
    assert earned["earn_per_new_person"] == {"value": 2, "low": 0.5, "high": 5}
    assert "impressions_per_unit" in booked and "earn_per_new_person" not in booked
    assert plan_from_json(data) == plan
    # impressions_per_unit is accepted in its place
    old = dict(earned)
    old["impressions_per_unit"] = old.pop("earn_per_new_person")
    data2 = dict(data, slots=[old if s is earned else s for s in data["slots"]])
    assert plan_from_json(data2) == plan
    both = dict(earned, impressions_per_unit=3)
    with pytest.raises(PlanError, match="earn_per_new_person or impressions_per_unit, not both"):
        plan_from_json(dict(data, slots=[both if s is earned else s for s in data["slots"]]))
    neither = {k: v for k, v in earned.items() if k != "earn_per_new_person"}
    with pytest.raises(PlanError, match=r"slots\[1\]\.earn_per_new_person: missing"):
        plan_from_json(dict(data, slots=[neither if s is earned else s for s in data["slots"]]))
    # a booked slot knows no earn_per_new_person
    odd = dict(booked, earn_per_new_person=1)
    with pytest.raises(PlanError, match="unknown key"):
        plan_from_json(dict(data, slots=[odd if s is booked else s for s in data["slots"]]))


def test_plan_file_round_trip():
    plan = earned_plan([BOOKED, EARNING])
    again = plan_from_bytes(plan_to_bytes(plan))
    assert again == plan
    assert again.slot("earned").earned
    np.testing.assert_array_equal(reach.project(again).reach, reach.project(plan).reach)


def test_the_optimiser_never_suggests_an_earned_slot():
    plan = earned_plan([BOOKED, EARNING])
    free = optimize.candidates(plan)
    assert len(free[1]) == 0 and len(free[0]) > 0
    s = optimize.optimize(plan, bookings=5)
    assert s.bookings and all(slot != "earned" for slot, _ in s.bookings)


def test_an_earned_placement_costs_nothing_unless_it_has_its_own_cost():
    plan = earned_plan([BOOKED, EARNING], cost=99.0)  # a cost per unit is not paid for earned traffic
    c = costs.costs(plan)
    assert c.placements["e1"] == 0.0 and c.delivered_units["e1"] == 0.0
    assert c.total == 10 * 10.0
    assert placement_cost(EARNING, plan.slot("earned")) == 0.0
    priced = dataclasses.replace(EARNING, cost=500.0)
    plan2 = dataclasses.replace(plan, scenarios=(Scenario("A", (BOOKED, priced)),))
    assert costs.costs(plan2).placements["e1"] == 500.0
    assert placement_cost(priced, plan.slot("earned")) == 500.0


def test_a_cap_does_not_bind_an_earned_slot():
    many = Placement("e2", "earned", day(5), day(8), 5.0)
    plan = earned_plan([BOOKED, EARNING, many], earned_cap=1.0)
    assert not [p for p in rules.check(plan) if p.kind == "cap"]
    uncapped = earned_plan([BOOKED, EARNING, many])
    np.testing.assert_array_equal(reach.project(plan).reach, reach.project(uncapped).reach)
    # the units of a placement on an earned slot do not matter: it only switches earning on
    np.testing.assert_array_equal(reach.project(uncapped).reach, reach.project(earned_plan([BOOKED, EARNING])).reach)


def test_bands_scale_earned_impressions_with_the_drawn_earn():
    plan = earned_plan([BOOKED, EARNING])
    b = reach.bands(plan, draws=40)
    pr = reach.project(plan)
    assert (b.p10 <= b.p90).all()
    assert b.p10[-1] < pr.reach[-1] < b.p90[-1]


def test_the_template_has_one_earned_slot_and_scenario_a_does_not_use_it():
    plan = builtin_template("weibo-alipay-2019")
    sl = plan.slot("alipay_central_recommendation")
    assert sl.earned and sl.platform == "alipay" and sl.cost_per_unit.value == 0
    assert (sl.impressions_per_unit.value, sl.impressions_per_unit.low, sl.impressions_per_unit.high) == (2, 0.5, 5)
    assert all(p.slot != sl.id for sc in plan.scenarios for p in sc.placements)


def _best(f, n=7) -> float:
    f()
    times = []
    for _ in range(n):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def test_the_projection_with_an_earned_slot_costs_little_more():
    plan = builtin_template("weibo-alipay-2019")
    sc = plan.scenarios[0]
    on = Placement("earn", "alipay_central_recommendation", plan.start, plan.end, 1.0)
    with_earned = dataclasses.replace(plan, scenarios=(Scenario(sc.name, (*sc.placements, on)),))
    without = _best(lambda: reach.project(plan))
    with_it = _best(lambda: reach.project(with_earned))
    print(
        f"\nprojection of the template: {without * 1e3:.2f} ms without, {with_it * 1e3:.2f} ms with an earned slot "
        f"on every day ({with_it / without:.2f}x)"
    )
    assert reach.project(with_earned).reach[-1] > reach.project(plan).reach[-1]
