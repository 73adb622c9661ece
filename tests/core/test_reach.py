"""The reach engine against REACH_MODEL.md's published special cases and its own promises."""

import dataclasses
import datetime as dt

import numpy as np
import pytest

from campaign_planner.core.plan import Placement, Slot, num
from campaign_planner.core.reach import activity_nodes, bands, project

from plans import D, big_plan, simple_plan

POISSON = 1e7  # kappa large enough that everyone is alike


FIRST_DAY = D(2020, 1, 1)


def one_day(slot_id="s1", units=1.0, day=FIRST_DAY, pid=None):
    return Placement(pid or f"p_{slot_id}", slot_id, day, day, units)


def test_poisson_special_case():
    """kappa -> inf, q = 1: reach is 1 - exp(-U)."""
    for U in (0.01, 0.3, 1.0, 2.5, 10.0):
        plan = simple_plan(kappa=POISSON, sizes=((1000.0, ("x",)),),
                           slots=[Slot("s1", "S", "x", "day", num(1000.0 * U), num(1.0), num(0.1))],
                           placements=[one_day()], days=1)
        share = project(plan).reach[-1] / 1000.0
        assert share == pytest.approx(1 - np.exp(-U), abs=1e-9)


def test_sainsbury_saturated_slots():
    """Two saturated slots with q = 0.3 and 0.4 reach 1 - 0.7 * 0.6 = 0.58 of people."""
    slots = [Slot("a", "A", "x", "day", num(1e12), num(0.3), num(0.1)),
             Slot("b", "B", "x", "day", num(1e12), num(0.4), num(0.1))]
    plan = simple_plan(kappa=POISSON, slots=slots, placements=[one_day("a"), one_day("b")], days=1)
    assert project(plan).reach[-1] / 1000.0 == pytest.approx(0.58, abs=1e-9)


def test_goerg_one_point_curve():
    """kappa = 1, one slot, q = 1: reach = N I / (N + I) (to 1e-7: issue 14's nodes)."""
    for impressions, expected in ((200.0, 100.0), (100.0, 200.0 / 3)):
        plan = simple_plan(kappa=1.0, sizes=((200.0, ("x",)),),
                           slots=[Slot("s1", "S", "x", "day", num(impressions), num(1.0), num(0.1))],
                           placements=[one_day()], days=1)
        assert project(plan).reach[-1] == pytest.approx(expected, rel=1e-7)


def test_multi_publisher_frequency():
    """Segments 0.3 (neither) / 0.2 (platform 1) / 0.5 (both), exposure 0.5 per platform:
    0, 1, 2+ exposures for 0.605 / 0.245 / 0.150 of people."""
    sizes = ((300.0, ()), (200.0, ("p1",)), (500.0, ("p1", "p2")))
    # U = I / (N_p * q): platform 1 has 700 users, platform 2 has 500.
    slots = [Slot("s1", "S1", "p1", "day", num(0.5 * 700), num(1.0), num(0.1)),
             Slot("s2", "S2", "p2", "day", num(0.5 * 500), num(1.0), num(0.1))]
    plan = simple_plan(kappa=POISSON, sizes=sizes, slots=slots, platforms=("p1", "p2"),
                       placements=[one_day("s1"), one_day("s2")], days=1)
    f = project(plan).frequency / 1000.0
    assert f[0] == pytest.approx(0.605, abs=5e-4)
    assert f[1] == pytest.approx(0.245, abs=5e-4)
    assert f[2:].sum() == pytest.approx(0.150, abs=5e-4)
    assert project(plan).reach[-1] / 1000.0 == pytest.approx(1 - f[0], abs=1e-9)


@pytest.mark.parametrize("kappa", np.linspace(0.3, 5.0, 12))
def test_quadrature_matches_closed_form(kappa):
    """A single slot with q = 1 matches 1 - (1 + U/kappa)^-kappa within 0.002 for U in [0.01, 100]."""
    U = np.geomspace(0.01, 100, 200)
    a, w = activity_nodes(kappa)
    approx = 1 - (w * np.exp(-np.outer(U, a))).sum(axis=1)
    exact = 1 - (1 + U / kappa) ** -kappa
    assert np.abs(approx - exact).max() < 0.002
    assert np.abs(approx / exact - 1).max() < 1e-6  # (issue 14's nodes: relative, at every exposure)
    # and through the whole engine, at a few exposures
    for u in (0.01, 1.0, 100.0):
        plan = simple_plan(kappa=kappa, slots=[Slot("s1", "S", "x", "day", num(1000.0 * u), num(1.0), num(0.1))],
                           placements=[one_day()], days=1)
        assert project(plan).reach[-1] / 1000 == pytest.approx(1 - (1 + u / kappa) ** -kappa, rel=1e-6)


def test_overlap_is_deduplicated_across_platforms():
    """People on both platforms reached on both are counted once: total <= sum of platforms."""
    plan = big_plan(placements=200, slots=10, days=120)
    pr = project(plan)
    assert np.all(pr.reach <= pr.reach_platform.sum(axis=0) + 1e-6)
    assert pr.reach[-1] < pr.reach_platform.sum(axis=0)[-1]  # the 250 M overlap is shared
    assert np.all(np.diff(pr.reach) >= -1e-6)
    assert pr.reach[-1] <= pr.population
    assert pr.reach_segment.sum(axis=0) == pytest.approx(pr.reach)
    assert pr.new_people.sum() == pytest.approx(pr.reach[-1])
    assert pr.frequency.sum() == pytest.approx(pr.population)
    assert pr.population - pr.frequency[0] == pytest.approx(pr.reach[-1], rel=1e-6)
    assert np.all(pr.visitors <= pr.reach + 1e-6)
    assert pr.retained[-1] == pytest.approx(0.4 * pr.visitors[-1])


def test_exclusive_reach_is_what_is_lost_without_the_slot():
    plan = big_plan(placements=60, slots=6, days=60)
    pr = project(plan)
    for j, sid in enumerate(pr.slot_ids):
        sc = plan.scenarios[0]
        without = dataclasses.replace(plan, scenarios=(dataclasses.replace(
            sc, placements=tuple(p for p in sc.placements if p.slot != sid)),))
        assert pr.slot_exclusive[j] == pytest.approx(pr.reach[-1] - project(without).reach[-1], rel=1e-9)
        assert 0 < pr.slot_exclusive[j] <= pr.slot_reach[j] + 1e-6


def test_cap_clips_impressions_and_counts_cap_bound_days():
    feed = Slot("feed", "Feed", "x", "insertion", num(10.0), num(1.0), num(0.1), max_units_per_day=24)
    plan = simple_plan(slots=[feed], days=10, placements=[
        Placement("a", "feed", D(2020, 1, 1), D(2020, 1, 5), 20),
        Placement("b", "feed", D(2020, 1, 4), D(2020, 1, 6), 10)])
    pr = project(plan)
    # days 1-3: 20, days 4-5: 30 -> 24, day 6: 10
    assert pr.slot_impressions[0] == pytest.approx(10 * (3 * 20 + 2 * 24 + 10))
    assert pr.slot_cap_bound_days[0] == 2


def test_placements_outside_the_plan_are_clipped_when_counted():
    plan = simple_plan(days=5, placements=[Placement("a", "s1", D(2019, 12, 25), D(2020, 1, 2), 1)])
    pr = project(plan, include_forbidden=True)
    assert pr.slot_impressions[0] == pytest.approx(2 * 100)
    left = project(plan)  # outside the plan's dates is an error: not counted by default
    assert left.left_out == ("a",) and left.reach[-1] == 0.0


def test_placements_the_rules_forbid_are_left_out_exactly_as_the_rules_say():
    """A placement with an error of its own (dates, admission, flags) does not count unless
    asked; forbidden_mask agrees with rules.check on random plans."""
    import random

    from campaign_planner.core import rules
    from campaign_planner.core.catalog import builtin_template
    from campaign_planner.core.reach import forbidden_mask, placement_rows
    own = {"dates", "not_admitted", "phase", "flags"}
    base = builtin_template("weibo-alipay-2019")
    rng = random.Random(5)
    for _ in range(25):
        mp = dataclasses.replace(base.mini_program, category=rng.choice(["public_welfare", "e_commerce", "campus"]),
                                 flags=tuple(f for f in ("whitelisted", "service_type", "big_v") if rng.random() < 0.5))
        plan = dataclasses.replace(base, mini_program=mp)
        sc = plan.scenarios[0]
        errors = {p.placement for p in rules.check(plan) if p.level == rules.ERROR and p.kind in own}
        mask = forbidden_mask(plan, placement_rows(plan, sc.placements))
        assert {pl.id for pl, bad in zip(sc.placements, mask) if bad} == errors
        pr = project(plan)
        assert set(pr.left_out) == errors
        allowed = dataclasses.replace(plan, scenarios=(dataclasses.replace(
            sc, placements=tuple(p for p in sc.placements if p.id not in errors)),))
        assert pr.reach.tolist() == pytest.approx(project(allowed).reach.tolist())


def test_empty_plan_projects_zero():
    pr = project(simple_plan())
    assert pr.reach.tolist() == [0.0] * 10
    assert pr.frequency[0] == pytest.approx(1000.0)


def test_bands_are_deterministic_ordered_and_seeded_by_the_plan():
    plan = big_plan(placements=100, slots=8, days=90)
    b1 = bands(plan, draws=40)
    b2 = bands(plan, draws=40)
    assert np.array_equal(b1.p50, b2.p50)
    assert np.all(b1.p10 <= b1.p50 + 1e-3) and np.all(b1.p50 <= b1.p90 + 1e-3)
    assert b1.p10[-1] < b1.p90[-1]  # the ranges matter
    point = project(plan).reach[-1]
    assert b1.p10[-1] * 0.9 < point < b1.p90[-1] * 1.1
    other = bands(plan, draws=40, seed=12345)
    assert not np.array_equal(other.p50, b1.p50)


def test_bands_without_ranges_collapse_to_the_projection():
    """Exactly (issue 14: the bands used other nodes, in float32, 2e-3 apart); more in
    test_bands_exact.py."""
    plan = simple_plan(slots=[Slot("s1", "S", "x", "day", num(500.0), num(0.5), num(0.1))],
                       placements=[Placement("a", "s1", D(2020, 1, 1), D(2020, 1, 5), 1)])
    b = bands(plan, draws=10)
    assert np.array_equal(b.p10, project(plan).reach)
    assert np.array_equal(b.p90, b.p10) and np.array_equal(b.p50, b.p10)


def test_scenarios_share_draws():
    """Common random numbers: the seed depends on the assumptions, not on placements."""
    from campaign_planner.core.reach import plan_seed
    plan = big_plan(placements=50, slots=6, days=60)
    fewer = dataclasses.replace(plan, scenarios=(dataclasses.replace(
        plan.scenarios[0], placements=plan.scenarios[0].placements[:10]),))
    assert plan_seed(plan) == plan_seed(fewer)


def test_bands_can_be_cancelled():
    from campaign_planner.core.reach import Cancelled
    calls = []
    with pytest.raises(Cancelled):
        bands(big_plan(placements=50, slots=6, days=60), draws=64,
              cancel=lambda: len(calls) > 0, progress=lambda d, t: calls.append(d))
    assert calls == [8]


def test_daily_reach_is_reach_of_that_days_exposure_alone():
    plan = big_plan(placements=80, slots=6, days=60)
    pr = project(plan)
    for t in (0, 17, 42):
        day = plan.start + dt.timedelta(days=t)
        one = dataclasses.replace(plan, start=day, end=day)
        only = project(one, include_forbidden=True)  # the other days' placements are clipped away
        assert pr.daily_reach[t] == pytest.approx(only.reach[0], rel=1e-9, abs=1e-6)


def test_visitors_are_reach_of_clicks():
    plan = big_plan(placements=80, slots=6, days=60)
    clicks = dataclasses.replace(plan, slots=tuple(dataclasses.replace(
        s, impressions_per_unit=num(s.impressions_per_unit.value * s.ctr.value)) for s in plan.slots))
    assert project(plan).visitors == pytest.approx(project(clicks).reach, rel=1e-9)


def test_frequency_at_a_day():
    from campaign_planner.core.reach import frequency_at
    plan = big_plan(placements=80, slots=6, days=60)
    pr = project(plan)
    assert frequency_at(plan) == pytest.approx(pr.frequency)
    early = frequency_at(plan, day=10)
    assert early.sum() == pytest.approx(pr.population)
    assert pr.population - early[0] == pytest.approx(pr.reach[10], rel=1e-6)


def test_placement_rows_reused_across_edits_equal_fresh_ones():
    """The engine reuses the rows of unchanged placements (same objects) after an edit; the
    result is always what a fresh computation gives."""
    import random

    import numpy as np

    from campaign_planner.core import edits, reach

    from plans import big_plan
    plan = big_plan(placements=300, slots=8, days=365)
    rng = random.Random(3)
    for _ in range(30):
        ids = [p.id for p in plan.scenarios[0].placements]
        try:
            if rng.random() < 0.5:
                plan, _ = edits.move_placements(plan, rng.sample(ids, 2), rng.choice([-3, 2, 9]))
            else:
                plan, _ = edits.update_placement(plan, rng.choice(ids), slot=f"slot{rng.randrange(8)}",
                                                 units_per_day=rng.choice([1, 3, 7]))
        except Exception:
            continue
        cached = reach.placement_rows(plan, plan.scenarios[0].placements)
        reach._ROWS_CACHE = None
        fresh = reach.placement_rows(plan, plan.scenarios[0].placements)
        assert np.array_equal(cached, fresh)
