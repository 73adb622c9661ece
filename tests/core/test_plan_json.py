"""Plan validation and the JSON format of INTERFACES.md."""

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings

from campaign_planner.core.catalog import builtin_template, resources_dir
from campaign_planner.core.jsonio import plan_from_json, plan_from_json_text, plan_to_json
from campaign_planner.core.plan import Placement, PlanError, validate

from plans import D, simple_plan
from strategies import plans

EXAMPLE = {
    "format": "mpplan", "version": 1,
    "name": "Public welfare launch",
    "start": "2019-10-01", "end": "2020-06-30",
    "mini_program": {"name": "蚂蚁森林", "category": "public_welfare",
                     "flags": ["whitelisted", "service_type"], "retention_7d": 0.4},
    "audience": {
        "kappa": {"value": 0.8, "low": 0.5, "high": 1.2},
        "segments": [
            {"id": "alipay_only", "size": 250000000, "platforms": ["alipay"]},
            {"id": "weibo_only", "size": 236000000, "platforms": ["weibo"]},
            {"id": "both", "size": {"value": 250000000, "low": 220000000, "high": 280000000},
             "platforms": ["alipay", "weibo"]}]},
    "platforms": [{"id": "alipay", "name": "支付宝"}, {"id": "weibo", "name": "微博"}],
    "phases": [{"id": "internal_test", "name": "内测期", "platform": "weibo",
                "start": "2019-10-01", "end": "2019-12-31",
                "admits": ["government", "livelihood", "public_welfare", "campus", "smart_retail"]}],
    "slots": [{"id": "weibo_feed", "name": "信息流", "platform": "weibo",
               "unit": "insertion", "impressions_per_unit": {"value": 2000000, "low": 1000000, "high": 3000000},
               "max_units_per_day": 24, "eligible_share": 0.6, "ctr": 0.01,
               "requires": ["whitelisted", "service_type"], "cost_per_unit": 0}],
    "scenarios": [{"name": "A", "placements": [
        {"id": "p1", "slot": "weibo_feed", "start": "2019-10-08", "end": "2019-10-21", "units_per_day": 2}]}],
}


def test_the_documented_example_loads():
    plan = plan_from_json(EXAMPLE)
    assert plan.audience.segments[2].size.low == 220_000_000
    assert plan.slot("weibo_feed").max_units_per_day == 24
    assert plan.scenarios[0].placements[0].days == 14
    assert plan_from_json(plan_to_json(plan)) == plan


def test_dump_writes_the_documented_shape():
    out = plan_to_json(plan_from_json(EXAMPLE))
    assert out["audience"]["segments"][0]["size"] == 250000000
    assert out["slots"][0]["impressions_per_unit"] == {"value": 2000000, "low": 1000000, "high": 3000000}
    assert list(out)[:6] == ["format", "version", "name", "start", "end", "mini_program"]


@pytest.mark.parametrize("path,mutate", [
    ("scenarios[0].placements[0].unit_per_day",
     lambda d: d["scenarios"][0]["placements"][0].__setitem__("unit_per_day", 2)),
    ("audience.segments[1].sise", lambda d: d["audience"]["segments"][1].__setitem__("sise", 1)),
    ("colour", lambda d: d.__setitem__("colour", "red")),
    ("slots[0].impressions_per_unit.median",
     lambda d: d["slots"][0]["impressions_per_unit"].__setitem__("median", 3)),
])
def test_unknown_keys_are_refused_with_their_path(path, mutate):
    d = copy.deepcopy(EXAMPLE)
    mutate(d)
    with pytest.raises(PlanError) as e:
        plan_from_json(d)
    assert str(e.value) == f"{path}: unknown key"


@pytest.mark.parametrize("mutate,expect", [
    (lambda d: d.__setitem__("end", "2019-01-01"), "ends (2019-01-01) before it starts (2019-10-01)"),
    (lambda d: d["audience"]["segments"][0].__setitem__("size", -5), "segment alipay_only size: value must be greater than 0"),
    (lambda d: d["audience"]["segments"][0].__setitem__("size", 0), "segment alipay_only size: value must be greater than 0"),
    (lambda d: d["slots"][0].__setitem__("eligible_share", 1.5), "eligible share: value must be a share in (0, 1]"),
    (lambda d: d["slots"][0].__setitem__("eligible_share", 0), "eligible share: value must be a share in (0, 1]"),
    (lambda d: d["scenarios"][0]["placements"][0].__setitem__("slot", "nope"), "uses unknown slot 'nope'"),
    (lambda d: d["scenarios"][0]["placements"].append(dict(d["scenarios"][0]["placements"][0])), "duplicate placement id 'p1'"),
    (lambda d: d["audience"].__setitem__("kappa", {"value": 0.8, "low": 0.9}), "low (0.9) is above the value (0.8)"),
    (lambda d: d["audience"].__setitem__("kappa", {"value": 0.8, "high": 0.7}), "high (0.7) is below the value (0.8)"),
    (lambda d: d["scenarios"][0]["placements"][0].__setitem__("units_per_day", -1), "units per day must be greater than 0"),
    (lambda d: d["scenarios"][0]["placements"][0].__setitem__("start", "2019-13-01"), "expected a date as YYYY-MM-DD"),
    (lambda d: d["slots"][0].__setitem__("platform", "tmall"), "unknown platform 'tmall'"),
    (lambda d: d.__setitem__("version", 7), "newer version of the planner"),
    (lambda d: d["slots"][0].__setitem__("ctr", "high"), "slots[0].ctr: expected a number, got text"),
])
def test_invalid_plans_are_refused_with_a_reason(mutate, expect):
    d = copy.deepcopy(EXAMPLE)
    mutate(d)
    with pytest.raises(PlanError) as e:
        plan_from_json(d)
    assert expect in str(e.value)


def test_not_json_is_one_clear_error():
    with pytest.raises(PlanError, match="not valid JSON"):
        plan_from_json_text("{nope")
    with pytest.raises(PlanError, match="expected an object"):
        plan_from_json_text("[1, 2]")


def test_overlapping_phases_of_one_platform_are_refused():
    d = copy.deepcopy(EXAMPLE)
    d["phases"].append({"id": "pt", "name": "x", "platform": "weibo", "start": "2019-12-01", "end": "2020-01-31"})
    with pytest.raises(PlanError, match="phases internal_test and pt overlap on weibo"):
        plan_from_json(d)


def test_a_placement_outside_the_plan_loads_and_is_a_rule_error():
    """The app can produce this state (plan dates edited), so files in it must open;
    ``rules.check`` reports it as an error instead."""
    plan = simple_plan(days=5, placements=[Placement("a", "s1", D(2020, 1, 3), D(2020, 1, 9), 1)])
    validate(plan)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_json_round_trip(plan):
    assert plan_from_json(json.loads(json.dumps(plan_to_json(plan)))) == plan


@pytest.mark.parametrize("tid", ["weibo-alipay-2019", "blank"])
def test_templates_load(tid):
    plan = builtin_template(tid)
    assert plan_from_json(plan_to_json(plan)) == plan


def test_template_figures_name_their_source_or_are_assumptions_with_ranges():
    plan = builtin_template("weibo-alipay-2019")
    numbers = [plan.audience.kappa, plan.mini_program.retention_7d]
    numbers += [s.size for s in plan.audience.segments]
    numbers += [a for s in plan.slots for a in (s.impressions_per_unit, s.eligible_share, s.ctr)]
    for a in numbers:
        assert a.source or (a.low is not None and a.high is not None and a.low < a.high), a
    sizes = {s.id: s.size for s in plan.audience.segments}
    assert sizes["both"].value == 250e6 and "002" in sizes["both"].source
    assert sizes["alipay_only"].value == 500e6 - 250e6
    assert sizes["weibo_only"].value == 486e6 - 250e6
    assert [p.id for p in plan.phases] == ["preparation", "internal_test", "public_test", "open"]
    assert plan.slot("weibo_feed").max_units_per_day == 24
    alipay = [s for s in plan.slots if s.platform == "alipay"]
    assert len(alipay) == 9
    assert [s.id for s in alipay if s.earned] == ["alipay_central_recommendation"]
    assert (resources_dir() / "templates" / "SOURCES.md").exists()
