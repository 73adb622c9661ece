"""Issue 12, costs: a slot's cost per unit (with a range), a placement's override, totals per
placement, slot, platform and scenario after caps, cost per thousand reached, the budget rule
and the edits of costs, budget, currency and target frequency. Numbers are checked against
sums worked out by hand here, not against the code's own helpers."""

import dataclasses
import datetime as dt

import pytest

from campaign_planner.core import costs, edits, rules
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.jsonio import plan_from_json, plan_to_json
from campaign_planner.core.plan import (
    MAX_MONEY,
    Assumption,
    Phase,
    Placement,
    PlanError,
    Scenario,
    Slot,
    num,
    validate,
)
from campaign_planner.core.reach import plan_seed, project

from plans import D, big_plan, simple_plan

DAY1 = D(2020, 1, 1)


def day(n):
    return DAY1 + dt.timedelta(days=n)


def priced_plan(placements, *, cap=None, days=10, budget=None, phases=(), category="public_welfare"):
    """Two platforms; slot a (x, 100 per unit, range 50..200, optional cap), slot b (y, 1000)."""
    slots = [
        Slot("a", "A", "x", "insertion", num(100.0), num(1.0), num(0.1), max_units_per_day=cap,
             cost_per_unit=num(100.0, 50.0, 200.0)),
        Slot("b", "B", "y", "day", num(100.0), num(1.0), num(0.1), cost_per_unit=1000.0),
    ]
    plan = simple_plan(sizes=((1000.0, ("x",)), (500.0, ("y",))), slots=slots, placements=placements,
                       platforms=("x", "y"), days=days, phases=phases, category=category)
    return dataclasses.replace(plan, budget=budget)


def test_a_placement_costs_units_times_days_times_the_price():
    plan = priced_plan([Placement("p1", "a", day(0), day(3), 2.0), Placement("p2", "b", day(2), day(2), 1.0)])
    c = costs.costs(plan)
    assert c.placements == {"p1": 2 * 4 * 100.0, "p2": 1 * 1 * 1000.0}
    assert c.slots == {"a": 800.0, "b": 1000.0}
    assert c.platforms == {"x": 800.0, "y": 1000.0}
    assert c.total == 1800.0 == costs.scenario_cost(plan)
    assert (c.total_low, c.total_high) == (2 * 4 * 50.0 + 1000.0, 2 * 4 * 200.0 + 1000.0)
    assert c.currency == "CNY"


def test_a_cap_bound_day_costs_only_the_cap_shared_in_proportion():
    # slot a allows 3 units a day; p1 asks 2 a day on days 0-3, p2 asks 4 a day on days 2-5
    plan = priced_plan([Placement("p1", "a", day(0), day(3), 2.0), Placement("p2", "a", day(2), day(5), 4.0)],
                       cap=3.0)
    c = costs.costs(plan)
    # days 0-1: p1 alone, 2 units (under the cap); days 2-3: 6 asked, 3 delivered: p1 gets 1, p2 2;
    # days 4-5: p2 alone asks 4, gets the cap 3
    p1_units = 2 + 2 + 1 + 1
    p2_units = 2 + 2 + 3 + 3
    assert c.delivered_units == pytest.approx({"p1": p1_units, "p2": p2_units})
    assert c.placements == pytest.approx({"p1": 100.0 * p1_units, "p2": 100.0 * p2_units})
    delivered = float(project(plan).slot_impressions[0]) / 100.0  # impressions per unit is 100
    assert c.slots["a"] == pytest.approx(100.0 * delivered) == pytest.approx(100.0 * (p1_units + p2_units))


def test_an_override_is_the_placements_price_whatever_it_delivers():
    plan = priced_plan([Placement("p1", "a", day(0), day(3), 2.0, cost=123.0),
                        Placement("p2", "a", day(0), day(3), 2.0)], cap=2.0)
    c = costs.costs(plan)
    assert c.placements["p1"] == 123.0
    assert c.placements["p2"] == pytest.approx(100.0 * 4)  # half the cap each day: 1 unit x 4 days
    assert c.total_low == pytest.approx(123.0 + 50.0 * 4) and c.total_high == pytest.approx(123.0 + 200.0 * 4)


def test_forbidden_placements_cost_what_they_count_in_reach():
    phase = Phase("open", "Open", "x", day(5), day(9), ("public_welfare",))
    pls = [Placement("early", "a", day(0), day(6), 1.0), Placement("late", "a", day(5), day(6), 1.0),
           Placement("out", "b", day(8), day(12), 1.0)]
    plan = priced_plan(pls, phases=(phase,))
    left = costs.costs(plan)
    pr = project(plan)
    assert set(left.left_out) == set(pr.left_out) == {"early", "out"}
    assert left.placements == {"late": 200.0} and left.total == 200.0
    counted = costs.costs(plan, include_forbidden=True)
    assert counted.left_out == ()
    # "out" runs past the plan's last day (day 9): only days 8 and 9 are delivered and paid
    assert counted.placements == {"early": 700.0, "late": 200.0, "out": 2000.0}
    assert costs.scenario_cost(plan, include_forbidden=True) == 2900.0


def test_cost_per_thousand_reached_and_none_when_no_one_is_reached():
    plan = priced_plan([Placement("p1", "a", day(0), day(3), 2.0)])
    reach = project(plan).reach[-1]
    c = costs.costs(plan)
    assert c.per_thousand(reach) == pytest.approx(800.0 / reach * 1000)
    assert costs.cost_per_thousand(800.0, 0.0) is None
    empty = priced_plan([])
    assert costs.costs(empty).total == 0.0 and costs.costs(empty).per_thousand(project(empty).reach[-1]) is None


def test_every_scenario_has_its_total():
    plan = priced_plan([Placement("p1", "a", day(0), day(0), 1.0)])
    plan = dataclasses.replace(plan, scenarios=plan.scenarios + (Scenario("B", (Placement("q", "b", day(0), day(1), 1.0),)),))
    assert costs.scenario_costs(plan) == {"A": 100.0, "B": 2000.0}
    assert costs.costs(plan, "B").scenario == "B"


def test_the_template_carries_assumed_costs_with_ranges():
    for tid in ("weibo-alipay-2019", "blank"):
        plan = builtin_template(tid)
        for sl in plan.slots:
            a = sl.cost_per_unit
            if sl.earned:  # earned traffic is not bought
                assert a.value == 0, sl.id
                continue
            assert a.is_assumption and a.low is not None and a.high is not None
            assert 0 < a.low < a.value < a.high, sl.id
    plan = builtin_template("weibo-alipay-2019")
    feed = plan.slot("weibo_feed").cost_per_unit.value
    units = {p.id: p.units_per_day * p.days for p in plan.scenarios[0].placements}
    c = costs.costs(plan)
    assert c.placements["p1"] == units["p1"] * feed  # the feed's 2 a day are under its cap of 24
    assert c.total == pytest.approx(sum(units[p.id] * plan.slot(p.slot).cost_per_unit.value
                                        for p in plan.scenarios[0].placements))


def test_cost_is_not_a_reach_assumption():
    """Editing a price changes neither the projection nor the bands' seed."""
    plan = builtin_template("weibo-alipay-2019")
    cheaper, ch = edits.set_slot_cost(plan, "weibo_feed", num(1.0, 0.5, 2.0))
    assert ch.plan
    assert plan_seed(cheaper) == plan_seed(plan)
    assert (project(cheaper).reach == project(plan).reach).all()
    assert costs.scenario_cost(cheaper) < costs.scenario_cost(plan)


def test_costs_of_20000_placements_take_milliseconds():
    import time

    plan = big_plan(placements=20_000)
    costs.scenario_cost(plan)
    t = time.perf_counter()
    c = costs.costs(plan)
    elapsed = time.perf_counter() - t
    assert len(c.placements) == 20_000 - len(c.left_out)
    assert elapsed < 0.5


# ---------------------------------------------------------------- the budget rule


def budget_problems(plan, scenario=None):
    return [p for p in rules.check(plan, scenario) if p.kind == "budget"]


def test_a_scenario_over_the_budget_is_warned_about():
    plan = priced_plan([Placement("p1", "a", day(0), day(3), 2.0)], budget=500.0)
    (p,) = budget_problems(plan)
    assert p.level == rules.WARNING and p.placement is None and p.scenario == "A"
    assert p.message == "scenario A costs 800.00 CNY, 300.00 CNY over the plan's budget of 500.00 CNY"
    assert costs.over_budget(plan) == 300.0
    assert budget_problems(dataclasses.replace(plan, budget=800.0)) == []  # exactly the budget is within it
    assert budget_problems(dataclasses.replace(plan, budget=None)) == []
    assert costs.over_budget(dataclasses.replace(plan, budget=None)) is None


def test_the_budget_counts_what_the_projection_counts():
    phase = Phase("open", "Open", "x", day(5), day(9), ("public_welfare",))
    plan = priced_plan([Placement("early", "a", day(0), day(3), 10.0), Placement("late", "a", day(5), day(5), 1.0)],
                       budget=500.0, phases=(phase,))
    assert budget_problems(plan) == []  # "early" is forbidden: it is never delivered, so never paid


def test_the_incremental_checker_follows_the_budget():
    plan = priced_plan([Placement("p1", "a", day(0), day(1), 1.0)], budget=500.0)
    checker = rules.Checker(plan)
    assert checker.problems == rules.check(plan) == []
    more, ch = edits.update_placement(plan, "p1", units_per_day=5.0)  # 1,000: over
    checker.update(more, "A", ch)
    assert checker.problems == rules.check(more) and [p.kind for p in checker.problems] == ["budget"]
    richer, ch = edits.set_budget(more, 2000.0)
    checker.update(richer, "A", ch)
    assert checker.problems == rules.check(richer) == []
    dearer, ch = edits.set_slot_cost(richer, "a", 1000.0)
    checker.update(dearer, "A", ch)
    assert checker.problems == rules.check(dearer) and checker.problems[0].kind == "budget"


# ---------------------------------------------------------------- edits and validation


def refused(fn, *args):
    with pytest.raises(PlanError) as e:
        fn(*args)
    return e.value.problems


def test_cost_edits_refuse_bad_values_and_change_nothing():
    plan = priced_plan([Placement("p1", "a", day(0), day(3), 2.0)])
    before = plan
    assert refused(edits.set_slot_cost, plan, "a", -1.0)[0].key == "plan.number.nonneg"
    assert refused(edits.set_slot_cost, plan, "a", float("nan"))[0].key == "plan.number.finite"
    assert refused(edits.set_slot_cost, plan, "a", 2 * MAX_MONEY)[0].key == "plan.number.at_most"
    assert refused(edits.set_slot_cost, plan, "a", Assumption(10.0, 20.0, 30.0))[0].key == "plan.number.low_above"
    assert refused(edits.set_slot_cost, plan, "a", Assumption(10.0, -5.0, 30.0))[0].key == "plan.number.nonneg"
    assert refused(edits.set_slot_cost, plan, "nope", 1.0)[0].key == "plan.no_slot"
    assert refused(edits.set_slot_cost, plan, "a", num(100.0, 50.0, 200.0))[0].key == "edits.nothing_changed"
    m = refused(edits.set_slot_cost, plan, "a", -1.0)[0]
    assert m == "slot a cost per unit: value must not be negative (got -1)"
    assert refused(edits.set_budget, plan, -5.0)[0] == "the budget must not be negative nor above 1e+13 (got -5)"
    assert refused(edits.set_budget, plan, float("inf"))[0].key == "plan.bad_budget"
    assert refused(edits.set_budget, plan, None)[0].key == "edits.nothing_changed"
    assert refused(edits.set_currency, plan, "yuan")[0].key == "plan.bad_currency"
    assert refused(edits.set_currency, plan, "")[0].key == "plan.bad_currency"
    assert refused(edits.set_currency, plan, "cny")[0].key == "edits.nothing_changed"
    for k in (0, 11, -3, 2.5):
        assert refused(edits.set_target_frequency, plan, k)[0].key == "plan.bad_target_frequency"
    assert refused(edits.set_target_frequency, plan, 0)[0] == (
        "the target frequency must be a whole number from 1 to 10 (got 0)")
    assert plan == before


def test_cost_edits_make_a_new_plan_that_validates():
    plan = priced_plan([Placement("p1", "a", day(0), day(3), 2.0)])
    new, ch = edits.set_slot_cost(plan, "b", Assumption(5.0, 1.0, 9.0, "quote of 2019-10-01"))
    assert new.slot("b").cost_per_unit == Assumption(5.0, 1.0, 9.0, "quote of 2019-10-01") and ch.plan
    new, ch = edits.set_budget(new, 1e6)
    assert new.budget == 1e6 and ch.plan
    new, _ = edits.set_currency(new, " usd ")
    assert new.currency == "USD"
    new, ch = edits.set_target_frequency(new, 3)
    assert new.target_frequency == 3 and ch.plan and ch.projection
    new, _ = edits.set_budget(new, None)
    assert new.budget is None
    validate(new)
    assert plan.budget is None and plan.currency == "CNY" and plan.target_frequency == 1


def test_validation_names_every_bad_money_value():
    plan = priced_plan([])
    bad = dataclasses.replace(plan, budget=-1.0, currency="¥", target_frequency=12,
                              slots=(dataclasses.replace(plan.slots[0], cost_per_unit=num(-2.0)),) + plan.slots[1:])
    with pytest.raises(PlanError) as e:
        validate(bad)
    keys = {m.key for m in e.value.problems}
    assert {"plan.bad_budget", "plan.bad_currency", "plan.bad_target_frequency", "plan.number.nonneg"} <= keys


def test_a_plain_number_given_for_a_cost_is_a_cost_without_a_range():
    sl = Slot("s", "S", "x", "day", num(1.0), num(1.0), num(0.1), cost_per_unit=12)
    assert sl.cost_per_unit == Assumption(12.0) and sl == dataclasses.replace(sl, cost_per_unit=num(12.0))
    assert Slot("s", "S", "x", "day", num(1.0), num(1.0), num(0.1)).cost_per_unit == Assumption(0.0)


# ---------------------------------------------------------------- JSON


def test_json_round_trip_with_costs_budget_currency_and_frequency():
    plan = builtin_template("weibo-alipay-2019")
    plan = dataclasses.replace(plan, budget=4_000_000.0, currency="USD", target_frequency=3)
    plan, _ = edits.set_slot_cost(plan, "weibo_feed", Assumption(20000.0, 10000.0, 40000.0, "a quote"))
    data = plan_to_json(plan)
    assert (data["budget"], data["currency"], data["target_frequency"]) == (4_000_000, "USD", 3)
    assert data["slots"][3]["cost_per_unit"] == {"value": 20000, "low": 10000, "high": 40000, "source": "a quote"}
    assert plan_from_json(data) == plan
    plain = plan_to_json(builtin_template("blank"))
    assert not {"budget", "currency", "target_frequency"} & plain.keys()  # defaults are not written


@pytest.mark.parametrize("change,words", [
    ({"budget": -1}, "budget must not be negative"),
    ({"budget": "lots"}, "budget: expected a number"),
    ({"target_frequency": 11}, "target frequency must be a whole number from 1 to 10"),
    ({"target_frequency": 0}, "target frequency must be a whole number from 1 to 10"),
    ({"target_frequency": 2.5}, "target_frequency: expected a whole number"),
    ({"currency": "cn"}, "currency must be a three-letter code"),
    ({"currency": 156}, "currency: expected text"),
])
def test_json_bad_plan_values_are_refused_with_a_message(change, words):
    data = plan_to_json(builtin_template("blank"))
    data.update(change)
    with pytest.raises(PlanError, match=words):
        plan_from_json(data)


@pytest.mark.parametrize("cost,words", [
    (-5, "slot weibo_dm_share cost per unit: value must not be negative"),
    ({"value": 10, "low": -1}, "low must not be negative"),
    ({"value": 10, "high": 5}, "high (5) is below the value (10)"),
    ({"value": 10, "hgih": 5}, "cost_per_unit.hgih: unknown key"),
    ("free", "cost_per_unit: expected a number"),
])
def test_json_bad_costs_are_refused_with_a_message(cost, words):
    data = plan_to_json(builtin_template("blank"))
    data["slots"][0]["cost_per_unit"] = cost
    with pytest.raises(PlanError) as e:
        plan_from_json(data)
    assert words in str(e.value)
