"""Issue 12: k+ reach (effective frequency) and the target date on it, reach per phase, and
comparing two scenarios with common random numbers, against closed forms and computations
made independently here."""

import dataclasses
import datetime as dt
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from campaign_planner.core import edits, reach
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.plan import (
    KAPPA_RANGE,
    MAX_IMPRESSIONS_PER_UNIT,
    MAX_UNITS_PER_DAY,
    Phase,
    Placement,
    PlanError,
    Scenario,
    Slot,
    num,
)
from campaign_planner.core.reach import Cancelled, compare, kplus_reach, phase_reach, project, reach_draws

from plans import D, big_plan, simple_plan

POISSON = 1e7
DAY1 = D(2020, 1, 1)


def day(n):
    return DAY1 + dt.timedelta(days=n)


@pytest.fixture(scope="module")
def template():
    return builtin_template("weibo-alipay-2019")


# ---------------------------------------------------------------- k+ reach


def poisson_tail(lam, k):
    return 1.0 - sum(math.exp(-lam) * lam**n / math.factorial(n) for n in range(k))


@pytest.mark.parametrize("q", [1.0, 0.4])
def test_kplus_reach_of_one_slot_is_the_poisson_tail(q):
    """Everyone alike, one slot: a viewer of it has Poisson(U) exposures, so k+ reach is
    q x P(Poisson(U) >= k)."""
    U_per_day = 0.7
    plan = simple_plan(kappa=POISSON, slots=[Slot("s1", "S", "x", "day", num(1000.0 * q * U_per_day), num(q), num(0.1))],
                       placements=[Placement("p", "s1", day(0), day(5), 1.0)], days=8)
    for k in (1, 2, 3, 7, 10):
        series = kplus_reach(plan, k=k) / 1000.0
        expected = [q * poisson_tail(U_per_day * min(t + 1, 6), k) for t in range(8)]
        assert series == pytest.approx(expected, abs=1e-9)


def test_kplus_reach_of_a_gamma_audience_is_the_negative_binomial_tail():
    """kappa = 1.5, one slot with q = 1: exposures are negative binomial (closed form)."""
    kappa, U = 1.5, 2.0
    plan = simple_plan(kappa=kappa, slots=[Slot("s1", "S", "x", "day", num(1000.0 * U), num(1.0), num(0.1))],
                       placements=[Placement("p", "s1", day(0), day(0), 1.0)], days=1)
    p = kappa / (kappa + U)
    for k in (2, 3, 5):
        below = sum(math.exp(math.lgamma(kappa + n) - math.lgamma(kappa) - math.lgamma(n + 1))
                    * p**kappa * (1 - p) ** n for n in range(k))
        assert kplus_reach(plan, k=k)[-1] / 1000.0 == pytest.approx(1 - below, rel=1e-6)  # abs=0.003 before issue 14


def test_kplus_reach_with_k_1_is_reach(template):
    pr = project(template)
    assert kplus_reach(template, k=1) == pytest.approx(pr.reach, rel=1e-9, abs=1e-3)
    big = big_plan()
    assert kplus_reach(big, k=1) == pytest.approx(project(big).reach, rel=1e-9, abs=1e-3)


def test_kplus_reach_on_the_last_day_is_the_frequency_tail(template):
    """Two platforms, overlapping segments, a cap: the tail of the last day's frequency
    distribution (computed by another route) is the last value of each k+ series."""
    pr = project(template)
    prev = None
    for k in range(1, 11):
        series = kplus_reach(template, k=k)
        assert series[-1] == pytest.approx(pr.reach_at_least(k), rel=1e-9)
        assert (np.diff(series) >= -1e-6).all()  # cumulative: never falls
        if prev is not None:
            assert (series <= prev + 1e-6).all()  # k+ never above (k-1)+
        prev = series


def test_the_target_date_is_on_k_plus_reach_when_k_is_above_1(template):
    target = 5e6
    plan = dataclasses.replace(template, target_reach=target)
    one = project(plan)
    assert one.reach_kplus is None and one.target_series is one.reach
    three_plan, _ = edits.set_target_frequency(plan, 3)
    three = project(three_plan)
    series = kplus_reach(template, k=3)
    assert three.target_series == pytest.approx(series, rel=1e-12)
    day3 = three.target_day(target)
    assert day3 == int(np.flatnonzero(series >= target)[0])
    assert day3 > one.target_day(target)  # 5 M people seeing it 3 times takes longer than once
    assert three.reach_at_least(3) == pytest.approx(series[-1], rel=1e-9)


@settings(max_examples=40, deadline=None)
@given(kappa=st.sampled_from([KAPPA_RANGE[0], 0.3, 1.0, 50.0, KAPPA_RANGE[1]]),
       ipu=st.sampled_from([1e-6, 1.0, 1e3, 1e8, MAX_IMPRESSIONS_PER_UNIT]),
       share=st.sampled_from([1e-12, 0.01, 0.5, 1.0]), units=st.sampled_from([1e-6, 1.0, MAX_UNITS_PER_DAY]),
       k=st.integers(1, 10))
def test_kplus_reach_at_extreme_values_is_finite_and_below_reach(kappa, ipu, share, units, k):
    slots = [Slot("s1", "S", "x", "day", num(ipu), num(share), num(0.1)),
             Slot("s2", "T", "y", "day", num(ipu / 3 + 1e-6), num(min(1.0, share * 3)), num(0.1))]
    plan = simple_plan(kappa=kappa, sizes=((1e9, ("x",)), (5.0, ("x", "y")), (7.0, ())), slots=slots,
                       platforms=("x", "y"),
                       placements=[Placement("p1", "s1", day(1), day(4), units), Placement("p2", "s2", day(0), day(9), units)])
    pr = project(plan)
    series = kplus_reach(plan, k=k)
    assert np.isfinite(series).all() and (series >= 0).all()
    assert (series <= pr.reach * (1 + 1e-9) + 1e-6).all()
    assert series[-1] == pytest.approx(pr.reach_at_least(k), rel=1e-6, abs=1e-3)


def test_kplus_projection_stays_fast():
    import time

    plan = dataclasses.replace(big_plan(), target_frequency=3)
    project(plan)
    t = time.perf_counter()
    for _ in range(3):
        project(plan)
    assert (time.perf_counter() - t) / 3 < 0.2  # about 15 ms on the reference machine


# ---------------------------------------------------------------- per phase


def test_a_phase_from_the_first_day_has_the_plans_reach(template):
    plan = dataclasses.replace(template, phases=(Phase("all", "All", None, template.start, template.end, ("all",)),)
                               + template.phases[1:])
    ph = phase_reach(plan)
    assert ph.phase_ids[0] == "all"
    assert ph.reach[0] == pytest.approx(project(plan).reach, rel=1e-12)


def test_a_phase_counts_exposures_from_its_first_day_only(template):
    """Reach from day d equals the reach of the same placements cut to start on day d."""
    ph = phase_reach(template)
    for i, phase in enumerate(template.phases):
        d = (phase.start - template.start).days
        cut = []
        for p in template.scenarios[0].placements:
            if p.end >= phase.start:
                cut.append(dataclasses.replace(p, start=max(p.start, phase.start)))
        clipped = dataclasses.replace(template, scenarios=(Scenario("A", tuple(cut)),))
        expected = project(clipped, include_forbidden=True).reach
        assert (ph.reach[i, :d] == 0).all()
        assert ph.reach[i, d:] == pytest.approx(expected[d:], rel=1e-9, abs=1e-3), phase.id
    assert ph.reach[-1, -1] < ph.reach[0, -1]  # the open phase's reach is a part of the plan's


def test_phases_outside_the_plan():
    plan = simple_plan(placements=[Placement("p", "s1", day(0), day(9), 1.0)], days=10,
                       phases=(Phase("before", "B", None, day(-30), day(-1), ("all",)),
                               Phase("after", "A", None, day(20), day(30), ("all",))))
    ph = phase_reach(plan, include_forbidden=True)
    assert ph.reach[0] == pytest.approx(project(plan, include_forbidden=True).reach)
    assert (ph.reach[1] == 0).all()


# ---------------------------------------------------------------- compare


def with_b(plan, placements, name="B"):
    return dataclasses.replace(plan, scenarios=plan.scenarios + (Scenario(name, tuple(placements)),))


def moved(plan, every=10, days=3, n=100):
    pls = list(plan.scenarios[0].placements)
    for i in range(0, n, every):
        pls[i] = dataclasses.replace(pls[i], start=pls[i].start + dt.timedelta(days=days),
                                     end=min(pls[i].end + dt.timedelta(days=days), plan.end))
    return pls


def test_a_scenario_compared_with_itself_or_its_copy_is_exactly_zero(template):
    for plan, b in ((template, "A"), (with_b(template, template.scenarios[0].placements), "B"),
                    (with_b(template, list(template.scenarios[0].placements)), "B")):
        c = compare(plan, "A", b, draws=50)
        assert (c.difference == 0).all() and (c.reach_a == c.reach_b).all()
        b_ = c.difference_bands
        assert (b_.p10 == 0).all() and (b_.p50 == 0).all() and (b_.p90 == 0).all()


def test_the_difference_is_b_minus_a_of_the_projections(template):
    b_pls = [dataclasses.replace(p, units_per_day=p.units_per_day * 2) for p in template.scenarios[0].placements[:3]]
    plan = with_b(template, b_pls)
    c = compare(plan, "A", "B")
    assert c.difference_bands is None
    assert (c.reach_a == project(plan, "A").reach).all() and (c.reach_b == project(plan, "B").reach).all()
    assert (c.difference == project(plan, "B").reach - project(plan, "A").reach).all()


@pytest.fixture(scope="module")
def pair():
    big = big_plan()
    return with_b(big, moved(big, every=5, days=20, n=2000))


def symmetric(a):
    half = min(a.value - a.lo, a.hi - a.value)
    return num(a.value, a.value - half, a.value + half)


def test_the_difference_band_contains_the_point_difference():
    """With ranges centred on their values (so the point projection sits in the middle of the
    draws: with a lopsided range the value is the mode of its triangular draw, not its median,
    and the point may lie outside a P10-P90 band), the point difference is inside the band of
    the difference on every day."""
    big = big_plan()
    aud = big.audience
    big = dataclasses.replace(
        big,
        audience=dataclasses.replace(aud, kappa=symmetric(aud.kappa),
                                     segments=tuple(dataclasses.replace(g, size=symmetric(g.size)) for g in aud.segments)),
        slots=tuple(dataclasses.replace(s, impressions_per_unit=symmetric(s.impressions_per_unit),
                                        eligible_share=symmetric(s.eligible_share)) for s in big.slots))
    plan = with_b(big, moved(big, every=5, days=20, n=2000))
    c = compare(plan, "A", "B", draws=100)
    b = c.difference_bands
    assert (b.p10 <= b.p50 + 1e-6).all() and (b.p50 <= b.p90 + 1e-6).all()
    assert (b.p10 <= c.difference + 1.0).all() and (c.difference <= b.p90 + 1.0).all()
    assert np.abs(c.difference).max() > 1e6 and (b.p90 - b.p10).max() > 1e5  # a real difference, a real band


def test_common_random_numbers_make_the_band_of_the_difference_narrower(pair):
    """The same draws for both scenarios against independent draws for each."""
    M = 100
    crn = compare(pair, "A", "B", draws=M, seed=7).difference_bands
    independent = reach_draws(pair, "B", draws=M, seed=8) - reach_draws(pair, "A", draws=M, seed=7)
    p10, p90 = np.percentile(independent, [10, 90], axis=0)
    t = pair.days - 1
    assert crn.p90[t] - crn.p10[t] < 0.2 * (p90[t] - p10[t])


def test_compare_uses_the_bands_own_draws(pair):
    """Each scenario's band in a comparison is the one ``bands`` gives (same seed, same draws)."""
    c = compare(pair, "A", "B", draws=40)
    for name, got in (("A", c.bands_a), ("B", c.bands_b)):
        alone = reach.bands(pair, name, draws=40)
        assert got.seed == alone.seed == reach.plan_seed(pair)
        assert got.p50 == pytest.approx(alone.p50, rel=1e-5, abs=50)


def test_compare_is_not_much_slower_than_one_scenarios_bands():
    """Issue 12's goal: comparing with an edited copy (10 placements of 2,000 moved a week)
    costs at most 1.5x one scenario's bands (1.2x on the reference machine)."""
    import random
    import time

    big = big_plan()
    pls = list(big.scenarios[0].placements)
    for i in random.Random(3).sample(range(len(pls)), 10):
        pls[i] = dataclasses.replace(pls[i], start=pls[i].start + dt.timedelta(days=7),
                                     end=min(pls[i].end + dt.timedelta(days=7), big.end))
    pair = with_b(big, pls)

    def timed(fn):
        fn()
        best = math.inf
        for _ in range(2):
            t = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t)
        return best

    one = timed(lambda: reach.bands(pair, "A", draws=200))
    both = timed(lambda: compare(pair, "A", "B", draws=200))
    assert both < 1.6 * one


def test_an_unknown_scenario_is_refused_with_its_message(template):
    with pytest.raises(PlanError) as e:
        compare(template, "A", "Z", draws=10)
    (m,) = e.value.problems
    assert m.key == "plan.no_scenario" and m == "no scenario 'Z' in the plan; it has 'A'"


def test_compare_can_be_cancelled_and_reports_progress(pair):
    seen = []
    compare(pair, "A", "B", draws=16, chunk=8, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(8, 16), (16, 16)]
    with pytest.raises(Cancelled):
        compare(pair, "A", "B", draws=16, cancel=lambda: True)


def test_forbidden_placements_are_left_out_of_both_and_named():
    phase = Phase("open", "Open", "x", day(5), day(9), ("public_welfare",))
    plan = simple_plan(placements=[Placement("early", "s1", day(0), day(3), 1.0)], days=10, phases=(phase,))
    plan = with_b(plan, [Placement("late", "s1", day(6), day(7), 1.0)])
    c = compare(plan, "A", "B", draws=8)
    assert c.left_out_a == ("early",) and (c.reach_a == 0).all() and c.left_out_b == ()
    counted = compare(plan, "A", "B", include_forbidden=True)
    assert counted.reach_a[-1] > 0
