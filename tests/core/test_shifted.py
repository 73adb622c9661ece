"""core.edits.shifted: a plan moved in time as a whole (a new blank plan starts today):
the plan's dates, every phase's and every placement's in every scenario, by the same days."""

import dataclasses
import datetime as dt

import pytest

from campaign_planner.core import edits
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.plan import Scenario, validate
from campaign_planner.core.rules import check

D = dt.timedelta


@pytest.fixture(scope="module")
def plan():
    """The rollout template with a second scenario, so every scenario is seen to move."""
    p = builtin_template("weibo-alipay-2019")
    second = Scenario("B", p.scenarios[0].placements[:3])
    return dataclasses.replace(p, scenarios=p.scenarios + (second,))


@pytest.mark.parametrize("days", [1, -40, 365, 1000])
def test_every_date_moves_by_the_same_days(plan, days):
    new = edits.shifted(plan, days)
    assert (new.start, new.end) == (plan.start + D(days), plan.end + D(days))
    assert new.days == plan.days
    assert len(new.phases) == len(plan.phases) > 0
    for old, moved in zip(plan.phases, new.phases):
        assert (moved.start, moved.end) == (old.start + D(days), old.end + D(days))
        assert dataclasses.replace(moved, start=old.start, end=old.end) == old
    assert [s.name for s in new.scenarios] == ["A", "B"]
    for old_sc, new_sc in zip(plan.scenarios, new.scenarios):
        assert len(new_sc.placements) == len(old_sc.placements) > 0
        for old, moved in zip(old_sc.placements, new_sc.placements):
            assert (moved.start, moved.end) == (old.start + D(days), old.end + D(days))
            assert dataclasses.replace(moved, start=old.start, end=old.end) == old
    # nothing else changes: moved back, it is the same plan
    assert edits.shifted(new, -days) == plan
    validate(new)


def test_what_the_rules_say_moves_with_the_plan(plan):
    """Placements keep their places relative to the phases: the same problems, by kind and placement."""
    def said(p):
        return sorted((pr.kind, pr.placement) for pr in check(p))
    assert said(edits.shifted(plan, 500)) == said(plan)


def test_no_days_is_the_same_plan(plan):
    assert edits.shifted(plan, 0) is plan


def test_the_blank_template_starts_on_the_day_asked():
    blank = builtin_template("blank")
    today = dt.date(2031, 2, 28)
    new = edits.shifted(blank, (today - blank.start).days)
    assert new.start == today and new.days == blank.days
    assert dataclasses.replace(new, start=blank.start, end=blank.end) == blank
