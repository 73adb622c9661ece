"""Scenario edits of core/edits.py (issue 12 item 1), no Qt: add (empty), duplicate, rename,
delete (never the last), move; a name that is empty, too long, unprintable or already used (in
any case) is refused with a sentence and nothing changes; Changes says the list changed."""

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from campaign_planner.core import edits, jsonio
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.messages import TEMPLATES
from campaign_planner.core.plan import MAX_PLACEMENTS, MAX_SCENARIOS, PlanError, Scenario, validate

from plans import big_plan


@pytest.fixture(scope="module")
def plan():
    return builtin_template("weibo-alipay-2019")


@pytest.fixture(scope="module")
def three(plan):
    """The template with scenarios A (its placements), B (empty), C (A's first two placements)."""
    a = plan.scenarios[0]
    return dataclasses.replace(plan, scenarios=(a, Scenario("B"), Scenario("C", a.placements[:2])))


def names(plan):
    return [s.name for s in plan.scenarios]


def refused(fn, *args) -> PlanError:
    with pytest.raises(PlanError) as e:
        fn(*args)
    return e.value


def only(e: PlanError) -> str:
    """The key of the one reason ``e`` gives."""
    assert len(e.problems) == 1, e.problems
    return e.problems[0].key


# ---------------------------------------------------------------- add


def test_a_new_scenario_is_empty_last_and_named_as_typed_on_one_line(plan):
    new, ch = edits.add_scenario(plan, "  Big\n push \t ")
    assert names(new) == ["A", "Big push"]
    assert new.scenario("Big push").placements == ()
    assert new.scenarios[0] is plan.scenarios[0]
    assert ch.scenarios and ch.scenario == "Big push" and not ch.projection and not ch.placements
    validate(new)


@pytest.mark.parametrize("name,key", [
    ("", "edits.scenario_needs_name"),
    ("   \n\t", "edits.scenario_needs_name"),
    ("x" * 101, "edits.scenario_name_too_long"),
    ("a", "edits.scenario_name_taken"),          # "A" is there: names differ in more than case
    ("  A ", "edits.scenario_name_taken"),
    ("bad\x00name", "edits.scenario_name_unprintable"),
    ("bell\x07", "edits.scenario_name_unprintable"),
    ("half \ud800", "edits.scenario_name_unprintable"),
])
def test_a_bad_name_is_refused_with_a_reason_and_nothing_changes(plan, name, key):
    before = builtin_template("weibo-alipay-2019")
    for fn, args in ((edits.add_scenario, (name,)), (edits.duplicate_scenario, ("A", name))):
        e = refused(fn, plan, *args)
        assert only(e) == key
        assert str(e) and "edits." not in str(e)        # a sentence, not an id
    assert plan == before


def test_the_english_sentences(plan, three):
    assert str(refused(edits.add_scenario, plan, " ")) == "a scenario needs a name"
    assert str(refused(edits.add_scenario, plan, "y" * 150)) == \
        "a scenario's name has at most 100 characters (this one has 150)"
    assert str(refused(edits.add_scenario, plan, "a")) == "there is already a scenario named A; choose another name"
    assert str(refused(edits.add_scenario, plan, "a\x01")) == "a scenario's name cannot hold control characters"
    assert str(refused(edits.delete_scenario, plan, "A")) == "A is the plan's only scenario: a plan needs at least one"
    assert str(refused(edits.rename_scenario, three, "Q", "R")) == "no scenario 'Q'"


def test_a_name_of_exactly_the_limit_is_taken(plan):
    new, _ = edits.add_scenario(plan, "n" * edits.MAX_SCENARIO_NAME)
    assert names(new)[-1] == "n" * edits.MAX_SCENARIO_NAME


def test_no_more_than_the_planners_limit_of_scenarios(plan):
    full = dataclasses.replace(plan, scenarios=tuple(Scenario(f"s{i}") for i in range(MAX_SCENARIOS)))
    e = refused(edits.add_scenario, full, "one more")
    assert only(e) == "edits.too_many_scenarios"
    assert str(e) == "the plan would have 101 scenarios; the planner handles at most 100"
    assert only(refused(edits.duplicate_scenario, full, "s0", "one more")) == "edits.too_many_scenarios"


# ---------------------------------------------------------------- duplicate


def test_a_duplicate_has_the_sources_placements_and_comes_right_after_it(three):
    new, ch = edits.duplicate_scenario(three, "A", "A copy")
    assert names(new) == ["A", "A copy", "B", "C"]
    assert new.scenario("A copy").placements == three.scenario("A").placements
    assert ch.scenarios and ch.scenario == "A copy" and not ch.projection
    validate(new)
    # the copy changes on its own
    moved, _ = edits.move_placements(new, ["p1"], 1, "A copy")
    assert moved.scenario("A").placements == three.scenario("A").placements
    assert moved.scenario("A copy").placements != three.scenario("A").placements


def test_duplicating_an_unknown_scenario_or_past_the_placement_limit_is_refused(three):
    assert only(refused(edits.duplicate_scenario, three, "Z", "Z2")) == "edits.no_scenario"
    big = big_plan(placements=MAX_PLACEMENTS // 2 + 1, slots=4, days=30)
    assert only(refused(edits.duplicate_scenario, big, "A", "A2")) == "edits.too_many_placements"


# ---------------------------------------------------------------- rename


def test_rename_keeps_the_place_and_the_placements(three):
    new, ch = edits.rename_scenario(three, "B", "  Lean  ")
    assert names(new) == ["A", "Lean", "C"]
    assert new.scenario("Lean").placements is three.scenario("B").placements
    assert ch.scenarios and ch.scenario == "Lean" and not ch.projection


def test_rename_to_another_case_of_itself_is_allowed_to_another_scenarios_name_not(three):
    new, _ = edits.rename_scenario(three, "A", "a")
    assert names(new) == ["a", "B", "C"]
    assert only(refused(edits.rename_scenario, three, "A", "b")) == "edits.scenario_name_taken"
    assert only(refused(edits.rename_scenario, three, "A", "A")) == "edits.nothing_changed"
    assert only(refused(edits.rename_scenario, three, "A", " ")) == "edits.scenario_needs_name"
    assert only(refused(edits.rename_scenario, three, "X", "Y")) == "edits.no_scenario"


# ---------------------------------------------------------------- delete


def test_delete_removes_the_scenario_and_its_placements_but_never_the_last(three):
    new, ch = edits.delete_scenario(three, "B")
    assert names(new) == ["A", "C"] and ch.scenarios and not ch.projection
    new, _ = edits.delete_scenario(new, "A")
    assert names(new) == ["C"]
    assert only(refused(edits.delete_scenario, new, "C")) == "edits.last_scenario"
    assert only(refused(edits.delete_scenario, three, "Q")) == "edits.no_scenario"


# ---------------------------------------------------------------- move


@pytest.mark.parametrize("name,index,order", [
    ("A", 1, ["B", "A", "C"]),
    ("A", 2, ["B", "C", "A"]),
    ("C", 0, ["C", "A", "B"]),
    ("B", 99, ["A", "C", "B"]),     # past the end: the end
    ("B", -5, ["B", "A", "C"]),     # before the start: the start
])
def test_move_puts_the_scenario_at_the_index(three, name, index, order):
    new, ch = edits.move_scenario(three, name, index)
    assert names(new) == order
    assert ch.scenarios and ch.scenario == name and not ch.projection
    assert {s.name: s for s in new.scenarios} == {s.name: s for s in three.scenarios}


def test_moving_to_where_it_is_changes_nothing(three):
    assert only(refused(edits.move_scenario, three, "B", 1)) == "edits.nothing_changed"
    assert only(refused(edits.move_scenario, three, "A", -1)) == "edits.nothing_changed"
    assert only(refused(edits.move_scenario, three, "Z", 0)) == "edits.no_scenario"


# ---------------------------------------------------------------- names offered


def test_the_names_offered_are_free_letters_then_numbered(three):
    assert edits.suggest_scenario_name(three) == "D"
    lower = dataclasses.replace(three, scenarios=three.scenarios + (Scenario("d"),))
    assert edits.suggest_scenario_name(lower) == "E"          # "D" would clash with "d"
    assert edits.suggest_scenario_name(three, "A") == "A 2"
    assert edits.suggest_scenario_name(three, "C copy") == "C copy"
    two, _ = edits.add_scenario(three, "C copy")
    assert edits.suggest_scenario_name(two, "C copy") == "C copy 2"
    long = edits.suggest_scenario_name(three, "L" * 300)
    assert long == "L" * edits.MAX_SCENARIO_NAME
    again, _ = edits.add_scenario(three, long)
    assert edits.suggest_scenario_name(again, "L" * 300) == "L" * (edits.MAX_SCENARIO_NAME - 2) + " 2"
    letters = dataclasses.replace(three, scenarios=tuple(Scenario(c) for c in edits.SCENARIO_LETTERS))
    assert edits.suggest_scenario_name(letters) == "Z 2"
    assert edits.suggest_scenario_name(three, "x\x00y\nz") == "xy z"     # what can be typed, on one line
    assert edits.suggest_scenario_name(three, "\x00\x01") == "A 2"     # nothing printable: a letter


@settings(max_examples=150, deadline=None)
@given(base=st.text(max_size=150), taken=st.lists(st.text(min_size=1, max_size=12), max_size=6))
def test_a_name_offered_is_never_one_the_edit_refuses(plan, base, taken):
    for name in taken:
        if edits.scenario_name_problem(plan, name) is None:
            plan, _ = edits.add_scenario(plan, name)
    for offered in (edits.suggest_scenario_name(plan), edits.suggest_scenario_name(plan, base)):
        assert edits.scenario_name_problem(plan, offered) is None
        edits.add_scenario(plan, offered)


# ---------------------------------------------------------------- the file format keeps them


def test_edited_scenarios_survive_the_json_format_in_their_order(three):
    p, _ = edits.duplicate_scenario(three, "A", "Copy of A")
    p, _ = edits.rename_scenario(p, "B", "Lean")
    p, _ = edits.move_scenario(p, "C", 0)
    p, _ = edits.delete_scenario(p, "Lean")
    assert names(p) == ["C", "A", "Copy of A"]
    assert jsonio.plan_from_json(jsonio.plan_to_json(p)) == p


def test_every_new_message_has_its_template():
    for key in ("edits.scenario_needs_name", "edits.scenario_name_too_long", "edits.scenario_name_unprintable",
                "edits.scenario_name_taken", "edits.last_scenario", "edits.too_many_scenarios"):
        assert key in TEMPLATES


def test_all_says_the_scenarios_changed_too():
    assert edits.ALL.scenarios and edits.Changes().scenarios is False
