"""Rules: eligibility by phase and category, flags, caps, overlaps, plan dates."""

import time

from campaign_planner.core.plan import Phase, Placement, Slot, num
from campaign_planner.core.rules import ERROR, WARNING, cap_bound_days, check, has_errors
from plans import D, big_plan, simple_plan

WEIBO_PHASES = (
    Phase("internal", "Internal test", "x", D(2020, 1, 1), D(2020, 1, 10), ("public_welfare", "campus")),
    Phase("public", "Public test", "x", D(2020, 1, 11), D(2020, 1, 20), ("commercial_brand",)),
    Phase("open", "Open", "x", D(2020, 1, 21), D(2020, 1, 31), ("all",)),
)


def plan_with(*placements, category="public_welfare", flags=(), slots=None, phases=WEIBO_PHASES, days=40):
    return simple_plan(days=days, phases=phases, category=category, flags=flags, slots=slots,
                       placements=placements)


def kinds(problems):
    return [(p.level, p.placement, p.kind) for p in problems]


def test_admitted_category_has_no_problem_and_stays_admitted_later():
    plan = plan_with(Placement("a", "s1", D(2020, 1, 2), D(2020, 1, 25), 1))
    assert check(plan) == []


def test_placement_before_the_admitting_phase_names_it():
    plan = plan_with(Placement("a", "s1", D(2020, 1, 5), D(2020, 1, 12), 1), category="commercial_brand")
    [p] = check(plan)
    assert (p.level, p.placement, p.kind) == (ERROR, "a", "phase")
    assert "first admitted in phase Public test from 2020-01-11" in p.message


def test_all_admits_from_the_open_phase():
    plan = plan_with(Placement("a", "s1", D(2020, 1, 21), D(2020, 1, 22), 1), category="entertainment")
    assert check(plan) == []
    plan = plan_with(Placement("a", "s1", D(2020, 1, 20), D(2020, 1, 22), 1), category="entertainment")
    assert "first admitted in phase Open from 2020-01-21" in check(plan)[0].message


def test_no_phase_admits_the_category():
    phases = WEIBO_PHASES[:2]
    plan = plan_with(Placement("a", "s1", D(2020, 1, 5), D(2020, 1, 6), 1), category="e_commerce", phases=phases)
    [p] = check(plan)
    assert "no X phase admits the category 'e_commerce'" in p.message


def test_platform_without_phases_is_open():
    plan = plan_with(Placement("a", "s1", D(2020, 1, 5), D(2020, 1, 6), 1), category="e_commerce", phases=())
    assert check(plan) == []


def test_missing_flags_are_named():
    feed = Slot("s1", "Feed", "x", "insertion", num(10.0), num(0.5), num(0.1), requires=("whitelisted", "service_type"))
    plan = plan_with(Placement("a", "s1", D(2020, 1, 2), D(2020, 1, 3), 1), slots=[feed], flags=("service_type",))
    [p] = check(plan)
    assert p.kind == "flags" and "requires whitelisted," in p.message


def test_cap_bound_is_a_warning_with_the_days():
    feed = Slot("s1", "Feed", "x", "insertion", num(10.0), num(0.5), num(0.1), max_units_per_day=24)
    plan = plan_with(Placement("a", "s1", D(2020, 1, 2), D(2020, 1, 4), 30), slots=[feed])
    problems = check(plan)
    assert kinds(problems) == [(WARNING, "a", "cap")]
    assert "cap-bound on 3 day(s)" in problems[0].message
    assert not has_errors(problems)
    assert cap_bound_days(plan, plan.scenarios[0]) == {"a": [D(2020, 1, 2), D(2020, 1, 3), D(2020, 1, 4)]}


def test_two_placements_together_over_the_cap():
    feed = Slot("s1", "Feed", "x", "insertion", num(10.0), num(0.5), num(0.1), max_units_per_day=24)
    plan = plan_with(Placement("a", "s1", D(2020, 1, 2), D(2020, 1, 6), 20),
                     Placement("b", "s1", D(2020, 1, 5), D(2020, 1, 9), 10), slots=[feed])
    got = kinds(check(plan))
    assert (WARNING, "a", "cap") in got and (WARNING, "b", "cap") in got
    assert (WARNING, "b", "overlap") in got
    assert cap_bound_days(plan, plan.scenarios[0])["b"] == [D(2020, 1, 5), D(2020, 1, 6)]


def test_touching_placements_do_not_overlap():
    plan = plan_with(Placement("a", "s1", D(2020, 1, 2), D(2020, 1, 4), 1),
                     Placement("b", "s1", D(2020, 1, 5), D(2020, 1, 9), 1))
    assert check(plan) == []


def test_outside_the_plan_dates_is_an_error():
    plan = plan_with(Placement("a", "s1", D(2020, 1, 30), D(2020, 2, 15), 1), days=40)
    [p] = check(plan)
    assert (p.level, p.kind) == (ERROR, "dates")
    assert "outside the plan's dates 2020-01-01..2020-02-09" in p.message


def test_rules_scale_to_20000_placements():
    plan = big_plan(placements=20_000)
    t = time.perf_counter()
    problems = check(plan)
    elapsed = time.perf_counter() - t
    assert problems  # overlaps and caps exist in the random plan
    assert elapsed < 5  # generous: the benchmark reports the real figure
