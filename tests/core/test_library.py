"""The slot library (issue 15 items 2 and 3): the seed, its JSON, adding its slots to a plan
and keeping a plan's slot in it; templates use the library's entries."""

import dataclasses
import json
from pathlib import Path

import pytest

from campaign_planner.core import reach
from campaign_planner.core.catalog import BUILTIN_TEMPLATES, builtin_template, resources_dir
from campaign_planner.core.jsonio import plan_from_json_text
from campaign_planner.core.library import (
    Library,
    add_from_library,
    builtin_library,
    builtin_library_text,
    library_from_json,
    library_from_json_text,
    library_to_json_text,
    merge_seed,
    platform_users,
    slot_to_library,
)
from campaign_planner.core.plan import ASSUMPTION_FIELDS, Assumption, Placement, PlanError, Scenario
from campaign_planner.store.planfile import open_plan

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

#: The Alibaba apps source 000 (and 002 for Taobao) names, by id, with their Chinese names.
APPS = {
    "taobao": "天猫",
    "uc": "UC",
    "dingtalk": "钉钉",
    "eleme": "饿了么",
    "tmall_genie": "天猫精灵",
    "xianyu": "闲鱼",
    "amap": "高德",
    "1688": "1688",
}


@pytest.fixture(scope="module")
def lib() -> Library:
    return builtin_library()


def seed_json() -> dict:
    return json.loads(builtin_library_text())


# ---------------------------------------------------------------- the seed


def test_the_seed_has_alipay_weibo_and_every_alibaba_app_of_the_sources(lib):
    ids = [p.id for p in lib.platforms]
    assert ids[:2] == ["alipay", "weibo"]
    for pid, chinese in APPS.items():
        assert chinese in lib.platform(pid).name, pid
        assert lib.slots_of(pid), f"{pid} has no slot"
        assert 1 <= len(lib.slots_of(pid)) <= 2
        assert lib.notes.get(pid), pid
    assert set(lib.users) == set(ids)
    assert (resources_dir() / "library.json").is_file()


def test_every_figure_without_a_source_has_a_range(lib):
    figures = [(f"users.{pid}", a) for pid, a in lib.users.items()]
    for s in lib.slots:
        fields = (*ASSUMPTION_FIELDS["slot"], "cost_per_unit")
        figures += [(f"{s.id}.{f}", getattr(s, f)) for f in fields if not (s.earned and f == "cost_per_unit")]
    for what, a in figures:
        if a.is_assumption:
            assert a.low is not None and a.high is not None and a.low < a.value < a.high, what


def test_the_new_apps_figures_are_all_assumptions_with_a_note_saying_so(lib):
    for pid in APPS:
        assert lib.users[pid].is_assumption
        for s in lib.slots_of(pid):
            assert all(getattr(s, f).is_assumption for f in (*ASSUMPTION_FIELDS["slot"], "cost_per_unit"))
            assert "assumption" in lib.notes[s.id]
            assert (
                s.cost_per_unit.low == s.cost_per_unit.value / 2 and s.cost_per_unit.high == 2 * s.cost_per_unit.value
            )


def test_alipay_and_weibo_users_quote_the_sources(lib):
    assert lib.users["alipay"].value == 500e6 and lib.users["alipay"].source.startswith("000")
    assert lib.users["weibo"].value == 486e6 and lib.users["weibo"].source.startswith("002")


def test_the_sources_document_every_new_figure(lib):
    text = (resources_dir() / "templates" / "SOURCES.md").read_text(encoding="utf-8")
    assert "## Library" in text
    for pid in APPS:
        assert f"`{pid}`" in text
        for s in lib.slots_of(pid):
            assert f"`{s.id}`" in text


# ---------------------------------------------------------------- item 3: templates use the library


@pytest.mark.parametrize("template", BUILTIN_TEMPLATES)
def test_every_slot_and_platform_of_a_builtin_template_is_the_librarys(lib, template):
    plan = builtin_template(template)
    for p in plan.platforms:
        assert lib.platform(p.id) == p
    for s in plan.slots:
        assert lib.slot(s.id) == s, s.id
    for p in plan.platforms:  # the library's users of a platform are the template's people on it
        people = platform_users(plan, p.id)
        assert people is None or people.value == lib.users[p.id].value


@pytest.mark.parametrize("old", [1, 2, 3])
def test_a_plan_from_an_older_template_opens_unchanged(lib, old):
    plan = open_plan(FIXTURES / f"plan-format-{old}.mpplan")
    assert plan == plan_from_json_text((FIXTURES / f"plan-format-{old}.json").read_text(encoding="utf-8"))
    added, _ = add_from_library(plan, lib, ["amap_search"])
    assert added.slots[: len(plan.slots)] == plan.slots  # its own slots, as they were
    assert added.audience.segments[: len(plan.audience.segments)] == plan.audience.segments


# ---------------------------------------------------------------- JSON


def test_the_json_round_trips(lib):
    text = library_to_json_text(lib)
    assert text == builtin_library_text()
    assert library_from_json_text(text) == lib


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda d: d.update(format="mpplan"), "format: expected 'mpplan-library'"),
        (lambda d: d.update(version=2), "version"),
        (lambda d: d.update(extra=1), "extra: unknown key"),
        (lambda d: d["slots"][0].update(eligible_share=2), "eligible share"),
        (lambda d: d["slots"][0].update(colour="red"), "slots[0].colour: unknown key"),
        (lambda d: d["slots"][1].update(id=d["slots"][0]["id"]), "duplicate slot id"),
        (lambda d: d["slots"][0].update(platform="nowhere"), "unknown platform 'nowhere'"),
        (lambda d: d["users"].update(nowhere=1), "the library has no platform 'nowhere'"),
        (lambda d: d["users"].pop("uc"), "has no monthly users in the library"),
        (lambda d: d["users"].update(uc=-5), "monthly users of uc: value must be greater than 0"),
        (lambda d: d["users"].update(uc={"value": 5, "low": 9}), "low (9) is above the value"),
        (lambda d: d.update(users=[]), "users: expected an object"),
        (lambda d: d["slots"][0].update(id="alipay"), "the id 'alipay' is the library's platform"),
        (lambda d: d["platforms"][0].update(note=3), "platforms[0].note: expected text"),
    ],
)
def test_bad_entries_are_refused_with_a_message(change, words):
    d = seed_json()
    change(d)
    with pytest.raises(PlanError) as e:
        library_from_json(d)
    assert words in str(e.value)


def test_bad_json_text_is_refused():
    with pytest.raises(PlanError, match="not valid JSON"):
        library_from_json_text("{")


# ---------------------------------------------------------------- add from library


def test_adding_a_slot_of_a_new_platform_adds_the_platform_and_its_segment(lib):
    plan = builtin_template("weibo-alipay-2019")
    after, changes = add_from_library(plan, lib, ["taobao_store", "taobao_search"])
    assert changes.projection and changes.assumptions and changes.names
    assert after.platform("taobao") == lib.platform("taobao")
    assert [s.id for s in after.slots[-2:]] == ["taobao_store", "taobao_search"]
    (seg,) = [s for s in after.audience.segments if "taobao" in s.platforms]
    assert seg.id == "taobao_only" and seg.platforms == ("taobao",) and seg.size == lib.users["taobao"]
    assert seg.name == "Taobao/Tmall only 仅淘宝/天猫"
    assert plan.slots == after.slots[:-2]  # the plan keeps its own


def test_a_booked_slot_from_the_library_reaches_people(lib):
    plan = builtin_template("blank")
    plan, _ = add_from_library(plan, lib, ["amap_search"])
    booking = Placement("p1", "amap_search", plan.start, plan.start + (plan.end - plan.start) // 4, 1)
    plan = dataclasses.replace(plan, scenarios=(Scenario("A", (booking,)),))
    assert reach.project(plan).reach[-1] > 0


def test_a_slot_of_a_platform_the_plan_has_adds_no_platform_nor_segment(lib):
    plan = builtin_template("blank")
    slot = plan.slots[0]
    without = dataclasses.replace(plan, slots=tuple(s for s in plan.slots if s.id != slot.id))
    after, _ = add_from_library(without, lib, [slot.id])
    assert after.platforms == plan.platforms and after.audience == plan.audience
    assert after.slot(slot.id) == slot


def test_a_taken_segment_id_gets_another(lib):
    plan = builtin_template("blank")
    seg = dataclasses.replace(plan.audience.segments[0], id="uc_only")
    plan = dataclasses.replace(
        plan, audience=dataclasses.replace(plan.audience, segments=(seg, *plan.audience.segments[1:]))
    )
    after, _ = add_from_library(plan, lib, ["uc_feed"])
    assert after.audience.segments[-1].id == "uc_only_2"


def test_refusals_name_what_is_wrong(lib):
    plan = builtin_template("weibo-alipay-2019")
    with pytest.raises(PlanError, match="already has a slot with the id 'weibo_feed'"):
        add_from_library(plan, lib, ["uc_feed", "weibo_feed"])
    with pytest.raises(PlanError, match="the library has no slot 'nope'"):
        add_from_library(plan, lib, ["nope"])
    with pytest.raises(PlanError, match="choose at least one slot"):
        add_from_library(plan, lib, [])
    both = dataclasses.replace(
        plan,
        audience=dataclasses.replace(
            plan.audience,
            segments=(*plan.audience.segments[:-1], dataclasses.replace(plan.audience.segments[-1], id="uc_feed")),
        ),
    )
    with pytest.raises(PlanError, match="'uc_feed' of the library's slot .* is already the segment"):
        add_from_library(both, lib, ["uc_feed"])


# ---------------------------------------------------------------- save to library


def test_a_plans_slot_replaces_the_librarys_of_the_same_id(lib):
    plan = builtin_template("weibo-alipay-2019")
    mine = dataclasses.replace(plan.slot("weibo_feed"), name="My feed", eligible_share=Assumption(0.03, 0.01, 0.05))
    plan = dataclasses.replace(plan, slots=tuple(mine if s.id == "weibo_feed" else s for s in plan.slots))
    after = slot_to_library(lib, plan, "weibo_feed")
    assert after.slot("weibo_feed") == mine
    assert [s.id for s in after.slots] == [s.id for s in lib.slots]
    assert after.platforms == lib.platforms and after.users == lib.users


def test_a_slot_of_a_new_platform_brings_its_platform_and_users(lib):
    plan = builtin_template("weibo-alipay-2019")
    plan, _ = add_from_library(plan, lib, ["uc_feed"])
    small = Library(lib.platforms[:2], lib.slots_of("alipay"), {k: lib.users[k] for k in ("alipay", "weibo")})
    after = slot_to_library(small, plan, "uc_feed")
    assert after.platform("uc") == lib.platform("uc") and after.users["uc"] == lib.users["uc"]
    assert after.slots[-1] == lib.slot("uc_feed")
    assert library_from_json_text(library_to_json_text(after)) == after


def test_saving_is_refused_for_an_unknown_slot_or_a_platform_without_audience(lib):
    plan = builtin_template("blank")
    with pytest.raises(PlanError, match="no slot 'nope'"):
        slot_to_library(lib, plan, "nope")
    plan, _ = add_from_library(plan, lib, ["uc_feed"])
    bare = dataclasses.replace(
        plan,
        audience=dataclasses.replace(
            plan.audience, segments=tuple(s for s in plan.audience.segments if "uc" not in s.platforms)
        ),
    )
    small = Library(lib.platforms[:2], lib.slots_of("alipay"), {k: lib.users[k] for k in ("alipay", "weibo")})
    with pytest.raises(PlanError, match="has no audience segment in the plan"):
        slot_to_library(small, bare, "uc_feed")


# ---------------------------------------------------------------- a newer seed


def test_a_newer_seed_reaches_a_users_library_without_undoing_their_changes(lib):
    old = Library(lib.platforms[:3], lib.slots[:5], {k: lib.users[k] for k in [p.id for p in lib.platforms[:3]]})
    changed = dataclasses.replace(lib.slots[0], name="Mine")
    mine = dataclasses.replace(old, slots=(changed, *old.slots[1:]))
    merged = merge_seed(mine, old, lib)
    assert merged.slot(changed.id) == changed  # the user's change kept
    assert merged.slot(lib.slots[1].id) == lib.slots[1]
    assert {s.id for s in merged.slots} == {s.id for s in lib.slots}  # the new ones added
    assert set(merged.users) == set(lib.users)
