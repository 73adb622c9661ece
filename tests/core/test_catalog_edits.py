"""Catalog edits of core/catalog_edits.py, no Qt: platforms and slots added, renamed, changed and
removed as pure functions Plan -> (Plan, Changes); what is invalid or in use is refused with a
sentence naming the slot or platform by its name, and the plan is unchanged; Changes says what
changed (the projection only when a number may); an edited plan survives JSON and the plan file."""

import dataclasses
import re
from pathlib import Path

import pytest

from campaign_planner.core import catalog_edits as ce
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.edits import Changes
from campaign_planner.core.jsonio import plan_from_json_text, plan_to_json_text
from campaign_planner.core.messages import TEMPLATES
from campaign_planner.core.plan import Assumption, Placement, PlanError, Platform, Scenario, Slot, num, validate
from campaign_planner.store.planfile import open_plan, save_plan


@pytest.fixture(scope="module")
def plan():
    return builtin_template("weibo-alipay-2019")


@pytest.fixture(scope="module")
def two(plan):
    """The template with scenario B too: weibo_feed in both A (its 2 placements) and B (2)."""
    a = plan.scenarios[0]
    feed = [p for p in a.placements if p.slot == "weibo_feed"]
    assert len(feed) == 2, "the template changed: pick another slot"
    f = feed[0]
    b = Scenario(
        "B",
        (
            dataclasses.replace(f, id="q1"),
            dataclasses.replace(f, id="q2", note="again"),
            *[p for p in a.placements if p.slot != "weibo_feed"][:1],
        ),
    )
    out = dataclasses.replace(plan, scenarios=(a, b))
    validate(out)
    return out


def refused(fn, *args, **kwargs) -> PlanError:
    with pytest.raises(PlanError) as e:
        fn(*args, **kwargs)
    assert e.value.problems, "a refusal says why"
    return e.value


def keys(e: PlanError) -> list[str]:
    return [m.key for m in e.problems]


def test_every_message_key_is_a_template():
    source = Path(ce.__file__).read_text(encoding="utf-8")
    used = set(re.findall(r'Msg\(\s*"([a-z_.]+)"', source)) | {
        f"catalog.field.{f}" for f in ("eligible_share", "ctr", "cost_per_unit", "max_units_per_day")
    }
    assert used <= set(TEMPLATES), used - set(TEMPLATES)


# ---------------------------------------------------------------- platforms


def test_add_rename_remove_a_platform(plan):
    after, ch = ce.add_platform(plan, "douyin", "  抖音\n Douyin ")
    assert after.platforms[-1].id == "douyin" and after.platform("douyin").name == "抖音 Douyin"
    assert after.platforms[:-1] == plan.platforms and after.slots == plan.slots
    assert ch.plan and ch.names and ch.projection
    validate(after)

    renamed, ch = ce.rename_platform(after, "douyin", "Douyin")
    assert renamed.platform("douyin").name == "Douyin"
    assert ch == Changes(names=True) and not ch.projection

    removed, ch = ce.remove_platform(renamed, "douyin")
    assert removed == plan and ch.plan and ch.names


def test_platform_refusals(plan):
    e = refused(ce.add_platform, plan, "weibo", "Weibo again")
    assert keys(e) == ["catalog.id_taken"]
    assert str(e) == "the id 'weibo' is already used by the platform '微博 Weibo'; choose another id"
    e = refused(ce.add_platform, plan, "weibo_feed", "x")  # a slot's id
    assert str(e) == "the id 'weibo_feed' is already used by the slot '信息流 Feed'; choose another id"
    for bad in ("", "has space", "-dash", "x" * 65, "é"):
        e = refused(ce.add_platform, plan, bad, "Name")
        assert keys(e) == ["catalog.bad_id"] and repr(bad) in str(e)
    assert str(refused(ce.add_platform, plan, "new", " \n\t")) == "a platform needs a name"
    assert keys(refused(ce.rename_platform, plan, "nope", "x")) == ["edits.no_platform"]
    assert keys(refused(ce.rename_platform, plan, "weibo", "")) == ["catalog.needs_name"]
    assert keys(refused(ce.rename_platform, plan, "weibo", "微博 Weibo")) == ["edits.nothing_changed"]
    assert keys(refused(ce.remove_platform, plan, "nope")) == ["edits.no_platform"]


def test_a_platform_in_use_is_not_removed_and_the_message_names_what_uses_it(plan):
    e = refused(ce.remove_platform, plan, "weibo")
    assert keys(e) == ["catalog.platform_has_slots", "catalog.platform_has_phases", "catalog.platform_has_segments"]
    slots, phases, segments = e.problems
    assert slots.startswith("platform '微博 Weibo' cannot be removed while slots are on it: '私信/群分享")
    assert "'信息流 Feed'" in str(slots) or "more" in str(slots)
    assert "weibo_feed" not in str(e)  # names, not ids
    assert phases.args["names"].startswith(repr(plan.phase("preparation").name))
    assert "'Weibo only 仅微博'" in segments and "'Both 两者都用'" in segments
    # only segments left: only they are named
    p = dataclasses.replace(plan, platforms=(*plan.platforms, Platform("x", "X")))
    seg = dataclasses.replace(plan.audience.segments[0], platforms=("alipay", "x"))
    p = dataclasses.replace(p, audience=dataclasses.replace(p.audience, segments=(seg, *p.audience.segments[1:])))
    validate(p)
    e = refused(ce.remove_platform, p, "x")
    assert str(e) == "platform 'X' cannot be removed while audience segments use it: 'Alipay only 仅支付宝'"


# ---------------------------------------------------------------- slots


def test_add_a_slot_with_neutral_values_after_its_platforms_last(plan):
    after, ch = ce.add_slot(plan, "weibo_topic", "话题 Topic", "weibo")
    s = after.slot("weibo_topic")
    assert s == Slot(
        "weibo_topic",
        "话题 Topic",
        "weibo",
        "insertion",
        Assumption(100_000.0),
        Assumption(0.1),
        Assumption(0.01),
        None,
        (),
        Assumption(0.0),
    )
    ids = [x.id for x in after.slots]
    last_weibo = max(i for i, x in enumerate(plan.slots) if x.platform == "weibo")
    assert ids.index("weibo_topic") == last_weibo + 1
    assert [x for x in after.slots if x.id != "weibo_topic"] == list(plan.slots)
    assert ch.plan and ch.names and ch.assumptions and ch.projection and not ch.placements
    validate(after)
    # a platform without slots: last; an earned slot; a day slot
    p, _ = ce.add_platform(plan, "douyin", "Douyin")
    p, _ = ce.add_slot(p, "dy_feed", "Feed", "douyin", unit="day")
    assert p.slots[-1].id == "dy_feed" and p.slots[-1].unit == "day"
    p, _ = ce.add_slot(p, "dy_earned", "Recommended", "douyin", unit="earned")
    assert p.slots[-1].id == "dy_earned" and p.slots[-1].earned


def test_add_slot_refusals(plan):
    assert str(refused(ce.add_slot, plan, "weibo_feed", "x", "weibo")) == (
        "the id 'weibo_feed' is already used by the slot '信息流 Feed'; choose another id"
    )
    assert keys(refused(ce.add_slot, plan, "alipay", "x", "alipay")) == ["catalog.id_taken"]
    e = refused(ce.add_slot, plan, "a b", "x", "weibo")
    assert keys(e) == ["catalog.bad_id"] and str(e).startswith("'a b' cannot be a slot id: an id is 1-64 letters")
    assert str(refused(ce.add_slot, plan, "new", "  ", "weibo")) == "a slot needs a name"
    assert str(refused(ce.add_slot, plan, "new", "New", "douyin")) == "no platform 'douyin'"
    assert str(refused(ce.add_slot, plan, "new", "New", "weibo", unit="week")) == (
        "slot 'New': the unit must be one of insertion, day, earned (got 'week')"
    )


def test_update_a_slots_name_changes_names_only(plan):
    after, ch = ce.update_slot(plan, "weibo_feed", name="Feed")
    assert after.slot("weibo_feed").name == "Feed"
    assert ch == Changes(names=True) and not ch.projection


@pytest.mark.parametrize(
    "field,value,flag",
    [
        ("eligible_share", 0.5, "assumptions"),
        ("eligible_share", num(0.5, 0.2, 0.8, "a report"), "assumptions"),
        ("impressions_per_unit", 123.0, "assumptions"),
        ("ctr", Assumption(0.02), "assumptions"),
        ("cost_per_unit", 1000, "plan"),
        ("unit", "day", "plan"),
        ("unit", "earned", "plan"),
        ("max_units_per_day", 3, "plan"),
        ("requires", ["whitelisted", " big_v ", "big_v"], "plan"),
    ],
)
def test_update_a_slots_numbers_changes_the_projection(plan, field, value, flag):
    after, ch = ce.update_slot(plan, "weibo_feed", **{field: value})
    new = after.slot("weibo_feed")
    if field == "requires":
        assert new.requires == ("whitelisted", "big_v")
    elif field == "max_units_per_day":
        assert new.max_units_per_day == 3.0
    elif field != "unit":
        assert getattr(new, field) == (value if isinstance(value, Assumption) else Assumption(float(value)))
    else:
        assert new.unit == value
    assert getattr(ch, flag) and ch.projection and not ch.names
    assert [s for s in after.slots if s.id != "weibo_feed"] == [s for s in plan.slots if s.id != "weibo_feed"]
    validate(after)


def test_update_several_fields_at_once_and_remove_a_cap(plan):
    capped, _ = ce.update_slot(plan, "weibo_feed", max_units_per_day=5)
    after, ch = ce.update_slot(capped, "weibo_feed", name="Feed", eligible_share=0.3, max_units_per_day=None)
    s = after.slot("weibo_feed")
    assert (s.name, s.eligible_share, s.max_units_per_day) == ("Feed", Assumption(0.3), None)
    assert ch.names and ch.assumptions and ch.plan and ch.projection


def test_a_slots_custom_flag_may_stay_but_not_be_added(plan):
    p = dataclasses.replace(
        plan, slots=tuple(dataclasses.replace(s, requires=("gold",)) if s.id == "weibo_feed" else s for s in plan.slots)
    )
    validate(p)
    after, _ = ce.update_slot(p, "weibo_feed", requires=("gold", "invited"))
    assert after.slot("weibo_feed").requires == ("gold", "invited")
    e = refused(ce.update_slot, p, "weibo_square", requires=["gold"])
    assert str(e) == (
        f"slot {p.slot('weibo_square').name!r} cannot require 'gold': the flags a slot may require "
        "are whitelisted, service_type, big_v, invited"
    )


@pytest.mark.parametrize(
    "fields,key,english",
    [
        (
            {"eligible_share": 1.5},
            "plan.number.share",
            "slot '信息流 Feed' eligible share: value must be a share in (0, 1] (got 1.5)",
        ),
        (
            {"eligible_share": 0},
            "plan.number.share",
            "slot '信息流 Feed' eligible share: value must be a share in (0, 1] (got 0)",
        ),
        (
            {"eligible_share": num(0.5, 0.0, 0.9)},
            "plan.number.share",
            "slot '信息流 Feed' eligible share: low must be a share in (0, 1] (got 0)",
        ),
        (
            {"eligible_share": num(0.5, 0.1, 1.2)},
            "plan.number.share",
            "slot '信息流 Feed' eligible share: high must be a share in (0, 1] (got 1.2)",
        ),
        (
            {"ctr": 2.0},
            "plan.number.share",
            "slot '信息流 Feed' click-through rate: value must be a share in (0, 1] (got 2)",
        ),
        (
            {"eligible_share": num(0.5, 0.6)},
            "plan.number.low_above",
            "slot '信息流 Feed' eligible share: low (0.6) is above the value (0.5)",
        ),
        (
            {"impressions_per_unit": -5},
            "plan.number.positive",
            "slot '信息流 Feed' impressions per unit: value must be greater than 0 (got -5)",
        ),
        (
            {"impressions_per_unit": float("nan")},
            "plan.number.finite",
            "slot '信息流 Feed' impressions per unit: value must be a finite number, not nan",
        ),
        (
            {"cost_per_unit": -1},
            "plan.number.nonneg",
            "slot '信息流 Feed' cost per unit: value must not be negative (got -1)",
        ),
        (
            {"cost_per_unit": "cheap"},
            "catalog.not_a_number",
            "slot '信息流 Feed' cost per unit: 'cheap' is not a number",
        ),
        (
            {"max_units_per_day": -1},
            "catalog.bad_cap",
            "slot '信息流 Feed': the daily cap must be greater than 0 and at most 1e+06 (got -1)",
        ),
        (
            {"max_units_per_day": 0},
            "catalog.bad_cap",
            "slot '信息流 Feed': the daily cap must be greater than 0 and at most 1e+06 (got 0)",
        ),
        ({"max_units_per_day": "x"}, "catalog.not_a_number", "slot '信息流 Feed' daily cap: 'x' is not a number"),
        (
            {"unit": "week"},
            "catalog.bad_unit",
            "slot '信息流 Feed': the unit must be one of insertion, day, earned (got 'week')",
        ),
        (
            {"requires": ["gold"]},
            "catalog.unknown_flag",
            "slot '信息流 Feed' cannot require 'gold': the flags a slot may require are whitelisted, service_type, big_v, invited",
        ),
        ({"name": " "}, "catalog.needs_name", "a slot needs a name"),
        ({"colour": "red"}, "catalog.no_field.slot", "slots have no field 'colour'"),
        ({"platform": "alipay"}, "catalog.no_field.slot", "slots have no field 'platform'"),
        ({"name": "信息流 Feed"}, "edits.nothing_changed", "nothing changed"),
        ({}, "edits.nothing_changed", "nothing changed"),
        (
            {"name": "New", "ctr": 5.0},
            "plan.number.share",
            "slot 'New' click-through rate: value must be a share in (0, 1] (got 5)",
        ),
    ],
)
def test_update_slot_refusals_name_the_slot(plan, fields, key, english):
    e = refused(ce.update_slot, plan, "weibo_feed", **fields)
    assert keys(e) == [key] and str(e) == english


def test_an_earned_slots_impressions_are_its_earn_per_new_person(plan):
    e = refused(ce.update_slot, plan, "alipay_central_recommendation", impressions_per_unit=0)
    assert str(e).endswith("earn per new person: value must be greater than 0 (got 0)")
    after, ch = ce.update_slot(plan, "alipay_central_recommendation", impressions_per_unit=0.5)
    assert after.slot("alipay_central_recommendation").impressions_per_unit == Assumption(0.5) and ch.projection


def test_update_slot_of_an_unknown_slot(plan):
    assert str(refused(ce.update_slot, plan, "nope", name="x")) == "no slot 'nope'"


def test_remove_an_unused_slot(plan):
    added, _ = ce.add_slot(plan, "new", "New", "alipay")
    assert ce.slot_placements(added, "new") == 0
    after, ch = ce.remove_slot(added, "new")
    assert after == plan
    assert ch.plan and ch.names and ch.assumptions and ch.projection and not ch.placements
    assert keys(refused(ce.remove_slot, plan, "nope")) == ["plan.no_slot"]


def test_a_slot_in_use_goes_only_with_its_placements_in_one_edit(two):
    assert ce.slot_placements(two, "weibo_feed") == 4
    assert ce.slot_placements(two, "nope") == 0
    e = refused(ce.remove_slot, two, "weibo_feed")
    [m] = e.problems
    assert m.key == "catalog.slot_in_use" and m.args["n"] == 4 and m.args["scenarios"] == "A, B"
    assert str(e) == (
        "slot '信息流 Feed' is in use (placements: 4; scenarios: A, B): remove them first, "
        "or remove the slot with its placements"
    )
    a_feed = {p.id for p in two.scenarios[0].placements if p.slot == "weibo_feed"}
    after, ch = ce.remove_slot(two, "weibo_feed", with_placements=True)
    assert "weibo_feed" not in {s.id for s in after.slots}
    assert all(p.slot != "weibo_feed" for sc in after.scenarios for p in sc.placements)
    assert [len(sc.placements) for sc in after.scenarios] == [
        len(sc.placements) - n for sc, n in zip(two.scenarios, (2, 2))
    ]
    assert ch.placements == a_feed | {"q1", "q2"} and ch.plan and ch.names and ch.assumptions and ch.projection
    assert [sc.name for sc in after.scenarios] == ["A", "B"]
    validate(after)
    # with_placements on an unused slot is a plain removal
    bare, _ = ce.remove_slot(after, "weibo_square", with_placements=True)
    assert len(bare.slots) == len(after.slots) - 1


def test_suggest_id(plan):
    assert ce.suggest_id(plan, "slot") == "slot"
    p, _ = ce.add_slot(plan, "slot", "Slot", "weibo")
    assert ce.suggest_id(p, "slot") == "slot_2"
    p, _ = ce.add_slot(p, "slot_2", "Slot", "weibo")
    assert ce.suggest_id(p, "Slot") == "slot_3"
    assert ce.suggest_id(plan, "信息流 Feed") == "feed"
    assert ce.suggest_id(plan, "Café Banner!") == "cafe_banner"
    assert ce.suggest_id(plan, "信息流") == "id"
    assert ce.suggest_id(plan, "weibo") == "weibo_2"  # a platform's id
    assert ce.suggest_id(plan, "Weibo Feed") == "weibo_feed_2"  # a slot's
    assert ce.suggest_id(plan, "both") == "both_2"  # a segment's
    assert ce.suggest_id(plan, "open") == "open_2"  # a phase's
    long = ce.suggest_id(plan, "x" * 100)
    assert long == "x" * 64
    p, _ = ce.add_platform(plan, long, "Long")
    assert ce.suggest_id(p, "x" * 100) == "x" * 62 + "_2"
    for base in ("", "-.-", "a/b\\c", "名字 2", "x.y-z"):
        ident = ce.suggest_id(plan, base)
        ce.add_platform(plan, ident, "ok")  # accepted as it is


# ---------------------------------------------------------------- files


def _edited(two):
    p, _ = ce.add_platform(two, "douyin", "抖音 Douyin")
    p, _ = ce.add_slot(p, "dy_feed", "推荐 Feed", "douyin", unit="day")
    p, _ = ce.add_slot(p, "dy_earned", "Earned", "douyin", unit="earned")
    p, _ = ce.update_slot(
        p,
        "dy_feed",
        eligible_share=num(0.4, 0.3, 0.5, "a guess"),
        cost_per_unit=num(12.5, 10, 15),
        max_units_per_day=2,
        requires=["whitelisted"],
    )
    p, _ = ce.update_slot(p, "dy_earned", impressions_per_unit=0.25)
    p, _ = ce.rename_platform(p, "alipay", "Alipay")
    p, _ = ce.remove_slot(p, "weibo_feed", with_placements=True)
    p = dataclasses.replace(
        p,
        scenarios=(
            p.scenarios[0],
            dataclasses.replace(
                p.scenarios[1],
                placements=(*p.scenarios[1].placements, Placement("d1", "dy_feed", p.start, p.start, 1.0)),
            ),
        ),
    )
    validate(p)
    return p


def test_an_edited_plan_survives_json(two):
    p = _edited(two)
    assert plan_from_json_text(plan_to_json_text(p)) == p


def test_an_edited_plan_survives_the_plan_file(two, tmp_path):
    p = _edited(two)
    save_plan(p, tmp_path / "edited.mpplan")
    assert open_plan(tmp_path / "edited.mpplan") == p


# ---------------------------------------------------------------- the audience's cells


def test_platform_users_go_to_the_people_of_that_platform_only():
    from campaign_planner.core.catalog import builtin_template

    plan = builtin_template("weibo-alipay-2019")
    before = ce.platform_users(plan)
    after, changes = ce.set_platform_users(plan, "weibo", 300e6)
    assert ce.platform_users(after) == {**before, "weibo": 300e6}
    assert changes.projection
    with pytest.raises(PlanError) as e:
        ce.set_platform_users(plan, "weibo", 100e6)
    assert "would not add up" in e.value.message
    with pytest.raises(PlanError):
        ce.set_platform_users(plan, "weibo", -1)


def test_cells_of_the_overlap_are_added_once_and_removed():
    from campaign_planner.core.catalog import builtin_template

    plan = builtin_template("weibo-alipay-2019")
    with pytest.raises(PlanError) as e:
        ce.add_segment(plan, ["weibo", "alipay"], 1e6)
    assert "already has a cell" in e.value.message
    no_users, _ = ce.add_platform(plan, "taobao", "淘宝 Taobao")
    with pytest.raises(PlanError) as e:   # no people of Taobao yet to share with Alipay
        ce.add_segment(no_users, ["taobao", "alipay"], 5e6)
    assert "would not add up" in e.value.message
    plan2, _ = ce.add_platform(plan, "taobao", "淘宝 Taobao", users=700e6)
    assert ce.platform_users(plan2)["taobao"] == 700e6
    plan3, _ = ce.add_segment(plan2, ["taobao", "alipay"], 5e6)
    # the overlap's people were already each platform's: every platform keeps its users
    assert ce.platform_users(plan3) == ce.platform_users(plan2)
    seg = plan3.audience.segments[-1].id
    plan4, _ = ce.remove_segment(plan3, seg)
    assert ce.platform_users(plan4)["taobao"] == 695e6
    with pytest.raises(PlanError):
        ce.remove_segment(plan, "nope")


def test_switching_a_slot_to_earned_starts_its_number_afresh():
    plan = builtin_template("weibo-alipay-2019")
    after, _ = ce.update_slot(plan, "weibo_feed", unit="earned")
    assert after.slot("weibo_feed").impressions_per_unit == ce.NEW_EARNED_PER_PERSON
    back, _ = ce.update_slot(after, "weibo_feed", unit="insertion")
    assert back.slot("weibo_feed").impressions_per_unit == ce.NEW_SLOT_IMPRESSIONS


def test_a_platforms_users_typed_are_no_longer_the_published_figure():
    plan = builtin_template("weibo-alipay-2019")
    after, _ = ce.set_platform_users(plan, "weibo", 600e6)
    only = next(s for s in after.audience.segments if s.platforms == ("weibo",))
    assert only.size.value == 350e6 and only.size.source is None
