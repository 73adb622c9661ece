"""Rules: eligibility by phase and category, flags, caps, overlaps, plan dates."""

import datetime as dt
import time

from campaign_planner.core.plan import Phase, Placement, PlanError, Slot, num
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
    assert "cap-bound on 3 days: 30 units a day asked" in problems[0].message
    assert not has_errors(problems)
    assert cap_bound_days(plan, plan.scenarios[0]) == {"a": [D(2020, 1, 2), D(2020, 1, 3), D(2020, 1, 4)]}
    one = plan_with(Placement("a", "s1", D(2020, 1, 2), D(2020, 1, 2), 30), slots=[feed])
    assert "cap-bound on 1 day: 30 units" in check(one)[0].message


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


def test_the_incremental_checker_always_equals_a_full_check():
    """rules.Checker re-checks only what an edit touched, and always gives exactly what
    check() and cap_bound_days() give, in the same order, through a random walk of edits."""
    import random

    from campaign_planner.core import edits
    from campaign_planner.core.rules import Checker, cap_bound_days

    from plans import big_plan
    plan = big_plan(placements=400, slots=12, days=365)
    sc = plan.scenarios[0].name
    checker = Checker(plan, sc)
    rng = random.Random(7)
    done = []
    for step in range(60):
        ids = [p.id for p in plan.scenarios[0].placements]
        kind = rng.choice(["move", "units", "slot", "delete", "add", "note", "phase", "assumption", "rename"])
        try:
            if kind == "move":
                plan, ch = edits.move_placements(plan, rng.sample(ids, 3), rng.choice([-9, -1, 1, 5, 30]))
            elif kind == "units":
                plan, ch = edits.update_placement(plan, rng.choice(ids), units_per_day=rng.choice([1, 20, 40]))
            elif kind == "slot":
                plan, ch = edits.update_placement(plan, rng.choice(ids), slot=f"slot{rng.randrange(12)}")
            elif kind == "delete":
                plan, ch = edits.delete_placements(plan, rng.sample(ids, 2))
            elif kind == "add":
                plan, ch = edits.add_placement(plan, f"slot{rng.randrange(12)}",
                                               plan.start + dt.timedelta(days=rng.randrange(300)))
            elif kind == "note":
                plan, ch = edits.update_placement(plan, rng.choice(ids), note=f"n{step}")
            elif kind == "rename":
                plan, ch = edits.rename_phase(plan, plan.phases[step % len(plan.phases)].id, f"Phase {step}")
            elif kind == "phase":
                ph = plan.phases[0]
                plan, ch = edits.set_phase_dates(plan, ph.id, ph.start, ph.end - dt.timedelta(days=1))
            else:
                a = plan.audience.kappa
                plan, ch = edits.set_assumption(plan, "audience", "kappa", a.with_value(a.value * 0.99))
        except PlanError:
            continue
        done.append(kind)
        checker.update(plan, sc, ch)
        assert checker.problems == check(plan, sc), (step, kind)
        assert checker.cap_days == cap_bound_days(plan, plan.scenario(sc)), (step, kind)
        full = check(plan, sc)
        for pl in plan.scenarios[0].placements[::37]:
            assert checker.problems_of(pl.id) == [p for p in full if p.placement == pl.id]
    assert len(done) >= 40 and len(set(done)) == 9, done  # every kind of edit was exercised
