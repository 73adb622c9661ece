"""Issue 14, item 1: with no ranges, no spread; with no exposure, nobody.

- With no assumption carrying a range (low and high left out, or equal to the value), every
  draw of the bands IS the line: P10 = P50 = P90 = ``project().reach``, bit for bit, and so
  are a comparison's bands (REACH_MODEL.md, "Additions (turn 2)").
- With no exposure (an empty plan, or the days before the first placement), the reach and
  every band are exactly 0 (the former bands showed about 44 people reached before any
  exposure: float32 weights adding up to slightly under 1, and ``1 - sum(w * miss)``)."""

import dataclasses

import numpy as np
import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.plan import Assumption, Placement, Scenario, Slot, num
from campaign_planner.core.reach import bands, compare, frequency_at, kplus_reach, phase_reach, project, reach_draws

from plans import D, big_plan, simple_plan


def without_ranges(obj, equal=False, keep=()):
    """``obj`` (a plan or a part of it) with every assumption's range taken away: low and high
    None, or (``equal``) both set to the value. Fields named in ``keep`` keep theirs."""
    if isinstance(obj, Assumption):
        return dataclasses.replace(obj, low=obj.value if equal else None, high=obj.value if equal else None)
    if isinstance(obj, tuple):
        return tuple(without_ranges(x, equal, keep) for x in obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: without_ranges(getattr(obj, f.name), equal, keep)
                   for f in dataclasses.fields(obj) if f.name not in keep}
        return dataclasses.replace(obj, **changes)
    return obj


def no_placements(plan):
    return dataclasses.replace(plan, scenarios=tuple(dataclasses.replace(s, placements=()) for s in plan.scenarios))


@pytest.fixture(scope="module")
def template():
    return builtin_template("weibo-alipay-2019")


def plans_without_ranges(template):
    big = big_plan(placements=300, slots=12, days=200)
    low_kappa = dataclasses.replace(big, audience=dataclasses.replace(big.audience, kappa=num(0.05, 0.02, 0.2)))
    return [without_ranges(big), without_ranges(big, equal=True), without_ranges(template),
            without_ranges(low_kappa, equal=True)]


def test_without_ranges_every_band_is_the_line_bit_for_bit(template):
    for plan in plans_without_ranges(template):
        line = project(plan).reach
        b = bands(plan, draws=50)
        assert line[-1] > 0
        for series in (b.p10, b.p50, b.p90):
            assert np.array_equal(series, line)
        assert np.array_equal(reach_draws(plan, draws=7), np.tile(line, (7, 1)))


def test_ranges_on_what_reach_does_not_use_leave_no_spread(template):
    """Click-through rates and retention carry ranges, nothing reach depends on does."""
    plan = without_ranges(template, keep=("ctr", "retention_7d"))
    assert any(s.ctr.low is not None for s in plan.slots)
    b = bands(plan, draws=30)
    assert np.array_equal(b.p10, project(plan).reach) and np.array_equal(b.p90, b.p10)


def test_without_ranges_a_comparisons_bands_are_the_lines(template):
    plan = without_ranges(template)
    moved = [dataclasses.replace(p, units_per_day=p.units_per_day * 2) for p in plan.scenarios[0].placements[:5]]
    plan = dataclasses.replace(plan, scenarios=plan.scenarios + (Scenario("B", tuple(moved)),))
    c = compare(plan, "A", "B", draws=40)
    for got, line in ((c.bands_a, c.reach_a), (c.bands_b, c.reach_b), (c.difference_bands, c.difference)):
        for series in (got.p10, got.p50, got.p90):
            assert np.array_equal(series, line)
    assert np.array_equal(c.reach_a, project(plan, "A").reach)


def test_an_empty_plan_reaches_nobody_in_any_series_or_band(template):
    for plan in (no_placements(template), no_placements(big_plan(placements=50, slots=6, days=60)), simple_plan()):
        pr = project(dataclasses.replace(plan, target_frequency=3))
        T = plan.days
        for series in (pr.reach, pr.new_people, pr.daily_reach, pr.visitors, pr.retained, pr.reach_kplus,
                       *pr.reach_segment, *pr.reach_platform, kplus_reach(plan, k=1), kplus_reach(plan, k=5),
                       *phase_reach(plan).reach):
            assert np.array_equal(series, np.zeros(T))
        assert pr.frequency[0] == pytest.approx(pr.population, rel=1e-15) and not pr.frequency[1:].any()
        assert not frequency_at(plan, day=0)[1:].any()
        b = bands(plan, draws=40)  # with ranges on every assumption of the first two
        for series in (b.p10, b.p50, b.p90):
            assert np.array_equal(series, np.zeros(T))


def test_nobody_is_reached_before_the_first_exposure():
    """The first placement starts on the plan's tenth day: until then reach, the bands (drawn
    with ranges, so not the line's own arithmetic) and a comparison's bands are 0."""
    base = big_plan(placements=200, slots=10, days=120)
    first = 9
    pls = tuple(p for p in base.scenarios[0].placements if (p.start - base.start).days >= first)
    plan = dataclasses.replace(base, scenarios=(Scenario("A", pls), Scenario("B", pls[:50])))
    day0 = min((p.start - plan.start).days for p in pls)
    assert day0 >= first
    pr = project(plan)
    assert not pr.reach[:day0].any() and pr.reach[day0] > 0
    draws = reach_draws(plan, draws=64)
    assert not draws[:, :day0].any() and (draws[:, day0] > 0).all()
    b = bands(plan, draws=64)
    assert not (b.p10[:day0].any() or b.p50[:day0].any() or b.p90[:day0].any())
    c = compare(plan, "A", "B", draws=32)
    for got in (c.bands_a, c.bands_b, c.difference_bands):
        assert not (got.p10[:day0].any() or got.p90[:day0].any())


def test_a_tiny_share_without_a_range_is_drawn_as_it_is():
    """A share below the bands' floor of 1e-9 (valid, and with no range) is not raised to it
    in the draws: the bands stay the line."""
    slot = Slot("s1", "S", "x", "day", num(1e3), num(1e-12), num(0.1))
    plan = simple_plan(slots=[slot], placements=[Placement("p", "s1", D(2020, 1, 2), D(2020, 1, 5), 1.0)])
    b = bands(plan, draws=5)
    assert np.array_equal(b.p50, project(plan).reach) and project(plan).reach[-1] > 0
