"""Extreme but valid numbers (issue 8 item 11): every value at the edges of what validation
accepts still gives finite, non-negative people in every series and in the CSVs."""

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from campaign_planner.core.plan import (
    KAPPA_RANGE,
    MAX_IMPRESSIONS_PER_UNIT,
    MAX_PEOPLE,
    MAX_UNITS_PER_DAY,
    Placement,
    Slot,
    num,
    validate,
)
from campaign_planner.core.reach import bands, project
from campaign_planner.export.csv import frequency_csv, series_csv, slots_csv

from plans import D, simple_plan


def edge(lo, hi):
    return st.sampled_from([lo, hi, math.sqrt(lo * hi)]) | st.floats(lo, hi)


@settings(max_examples=60, deadline=None)
@given(kappa=edge(*KAPPA_RANGE), size=edge(1.0, MAX_PEOPLE), ipu=edge(1e-6, MAX_IMPRESSIONS_PER_UNIT),
       share=edge(1e-12, 1.0), ctr=edge(1e-12, 1.0), units=edge(1e-6, MAX_UNITS_PER_DAY),
       cap=st.none() | edge(1e-6, MAX_UNITS_PER_DAY))
def test_extreme_valid_values_give_finite_people(kappa, size, ipu, share, ctr, units, cap):
    slots = [Slot("s1", "S", "x", "day", num(ipu), num(share), num(ctr), max_units_per_day=cap),
             Slot("s2", "T", "x", "day", num(ipu / 2 + 1e-6), num(min(1.0, share * 3)), num(ctr))]
    placements = [Placement("p1", "s1", D(2020, 1, 2), D(2020, 1, 5), units),
                  Placement("p2", "s2", D(2020, 1, 1), D(2020, 1, 10), units)]
    plan = simple_plan(kappa=kappa, sizes=((size, ("x",)), (size / 3 + 1, ("x",))), slots=slots,
                       placements=placements)
    validate(plan)
    pr = project(plan)
    for series in (pr.reach, pr.daily_reach, pr.new_people, pr.visitors, pr.retained, pr.frequency,
                   pr.slot_reach, pr.slot_exclusive, *pr.reach_segment, *pr.reach_platform):
        assert all(math.isfinite(x) for x in series), series
    assert pr.reach[-1] <= pr.population * (1 + 1e-9)
    b = bands(plan, draws=4)
    text = series_csv(plan, pr, b) + slots_csv(pr) + frequency_csv(pr)
    assert "nan" not in text and "inf" not in text


def test_values_past_the_stated_limits_are_refused_with_the_limit_named():
    import dataclasses

    import pytest

    from campaign_planner.core.plan import PlanError
    base = simple_plan()
    slot = base.slots[0]
    cases = [
        dataclasses.replace(base, audience=dataclasses.replace(base.audience, kappa=num(KAPPA_RANGE[0] / 2))),
        dataclasses.replace(base, target_reach=MAX_PEOPLE * 2),
        dataclasses.replace(base, slots=(dataclasses.replace(slot, impressions_per_unit=num(1e300)),)),
        dataclasses.replace(base, slots=(dataclasses.replace(slot, max_units_per_day=MAX_UNITS_PER_DAY * 2),)),
    ]
    for plan in cases:
        with pytest.raises(PlanError) as e:
            validate(plan)
        assert "at most" in str(e.value) or "at least" in str(e.value), str(e.value)
