"""core/edits.py on its own (no Qt): each edit returns a new plan and what changed, or
refuses with a sentence and changes nothing."""

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from campaign_planner.core import edits
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.plan import Assumption, Placement, PlanError, assumptions, validate

D = dt.date


@pytest.fixture(scope="module")
def plan():
    return builtin_template("weibo-alipay-2019")


def ids(plan):
    return [p.id for p in plan.scenarios[0].placements]


def placement(plan, pid):
    return next(p for p in plan.scenarios[0].placements if p.id == pid)


def test_move_shifts_only_the_named_placements_and_names_them(plan):
    new, ch = edits.move_placements(plan, ["p1", "p2"], 3)
    for pid in ("p1", "p2"):
        assert placement(new, pid).start == placement(plan, pid).start + dt.timedelta(days=3)
        assert placement(new, pid).days == placement(plan, pid).days
    assert placement(new, "p3") is placement(plan, "p3")  # untouched placements are the same objects
    assert ch.placements == {"p1", "p2"} and ch.projection and not ch.phases
    assert plan == builtin_template("weibo-alipay-2019")  # the old plan is unchanged


def test_move_outside_the_plan_is_refused(plan):
    with pytest.raises(PlanError, match="outside the plan's dates"):
        edits.move_placements(plan, ["p1"], -10_000)
    with pytest.raises(PlanError, match="no placement 'nope'"):
        edits.move_placements(plan, ["nope"], 1)
    with pytest.raises(PlanError, match="nothing to move"):
        edits.move_placements(plan, ["p1"], 0)


def test_update_checks_each_field(plan):
    p1 = placement(plan, "p1")
    new, ch = edits.update_placement(plan, "p1", units_per_day=5, note="launch week")
    assert placement(new, "p1").units_per_day == 5 and placement(new, "p1").note == "launch week"
    assert ch.placements == {"p1"}
    for bad, words in (({"units_per_day": 0}, "greater than 0"), ({"units_per_day": 2e6}, "at most"),
                       ({"end": p1.start - dt.timedelta(days=1)}, "before it starts"),
                       ({"slot": "nope"}, "unknown slot"), ({"cost": -1.0}, "negative"),
                       ({"note": "x\ud800"}, "not valid Unicode"), ({"colour": "red"}, "no field")):
        with pytest.raises(PlanError, match=words):
            edits.update_placement(plan, "p1", **bad)
    with pytest.raises(PlanError, match="nothing changed"):
        edits.update_placement(plan, "p1", units_per_day=p1.units_per_day)


def test_update_many_sets_a_shared_field_on_each_and_refuses_whole(plan):
    new, ch = edits.update_placements(plan, ["p1", "p2", "p3"], units_per_day=7)
    assert {placement(new, p).units_per_day for p in ("p1", "p2", "p3")} == {7}
    assert placement(new, "p4") is placement(plan, "p4")
    # only those that changed are named
    again, ch2 = edits.update_placements(new, ["p1", "p4"], units_per_day=7)
    assert ch2.placements == {"p4"}
    # one placement that cannot take the value refuses the whole edit
    late = max(placement(plan, p).start for p in ("p1", "p2"))
    with pytest.raises(PlanError, match="before it starts"):
        edits.update_placements(plan, ["p1", "p2"], end=late - dt.timedelta(days=1))
    with pytest.raises(PlanError, match="nothing changed"):
        edits.update_placements(new, ["p1", "p2"], units_per_day=7)
    with pytest.raises(PlanError, match="no placement 'nope'"):
        edits.update_placements(plan, ["p1", "nope"], units_per_day=3)


def test_add_gives_fresh_ids_and_selects_them(plan):
    new, ch = edits.add_placement(plan, "weibo_square", D(2020, 3, 1), days=10, units=2)
    added = set(ids(new)) - set(ids(plan))
    assert len(added) == 1 and ch.added == tuple(added) and ch.placements == added
    p = placement(new, added.pop())
    assert (p.start, p.end, p.units_per_day) == (D(2020, 3, 1), D(2020, 3, 10), 2)
    near_end, _ = edits.add_placement(plan, "weibo_square", plan.end - dt.timedelta(days=2))
    assert max(p.end for p in near_end.scenarios[0].placements) == plan.end  # shortened to the plan


def test_paste_keeps_offsets_and_delete_removes(plan):
    copied = [placement(plan, "p1"), placement(plan, "p2")]
    at = D(2020, 1, 6)
    new, ch = edits.paste_placements(plan, copied, at)
    pasted = [placement(new, i) for i in ch.added]
    assert min(p.start for p in pasted) == at
    assert (pasted[1].start - pasted[0].start) == (copied[1].start - copied[0].start)
    gone, ch2 = edits.delete_placements(new, ch.added)
    assert gone == plan and ch2.placements == set(ch.added) and ch2.added == ()
    with pytest.raises(PlanError, match="nothing to delete"):
        edits.delete_placements(plan, ["nope"])


def test_phase_edits_keep_phases_apart(plan):
    ph = next(p for p in plan.phases if p.platform == "weibo")
    new, ch = edits.rename_phase(plan, ph.id, "  Soft launch ")
    assert new.phase(ph.id).name == "Soft launch" and ch.names and not ch.phases and not ch.projection
    with pytest.raises(PlanError, match="needs a name"):
        edits.rename_phase(plan, ph.id, "  ")
    later = [p for p in plan.phases if p.platform == ph.platform and p.start > ph.start]
    with pytest.raises(PlanError, match="overlap"):
        edits.set_phase_dates(plan, ph.id, ph.start, later[0].end)
    with pytest.raises(PlanError, match="before it starts"):
        edits.set_phase_dates(plan, ph.id, ph.end, ph.start)
    admits, _ = edits.set_phase_admits(plan, ph.id, [" campus", "campus", "", "government "])
    assert admits.phase(ph.id).admits == ("campus", "government")
    gone, _ = edits.delete_phase(plan, ph.id)
    assert ph.id not in [p.id for p in gone.phases]


def test_add_phase_fills_a_gap_and_refuses_an_overlap(plan):
    free_platform = "alipay" if not any(p.platform == "alipay" for p in plan.phases) else None
    start = plan.start
    new, ch = edits.add_phase(plan, free_platform, start + dt.timedelta(days=9), start, "First")
    added = [p for p in new.phases if p.name == "First"]
    assert len(added) == 1 and (added[0].start, added[0].end) == (start, start + dt.timedelta(days=9))
    validate(new)
    with pytest.raises(PlanError, match="overlap"):
        edits.add_phase(new, free_platform, start, start + dt.timedelta(days=3), "Second")


def test_plan_and_mini_program_fields(plan):
    new, ch = edits.update_plan(plan, name="Renamed", target_reach=2e8)
    assert (new.name, new.target_reach) == ("Renamed", 2e8) and ch.plan
    with pytest.raises(PlanError, match="before it starts"):
        edits.update_plan(plan, end=plan.start - dt.timedelta(days=1))
    with pytest.raises(PlanError, match="target reach"):
        edits.update_plan(plan, target_reach=-5)
    mp, ch = edits.update_mini_program(plan, flags=[" big_v", "big_v", ""])
    assert mp.mini_program.flags == ("big_v",) and ch.plan and not ch.assumptions
    _, ch = edits.update_mini_program(plan, retention_7d=Assumption(0.3))
    assert ch.assumptions


def test_every_assumption_can_be_set_and_is_listed_once(plan):
    listed = edits.assumptions_of(plan)
    assert [(o, f) for o, f, _, _ in listed] == [(o, f) for o, f, _ in assumptions(plan)]
    assert len({(o, f) for o, f, _, _ in listed}) == len(listed)
    for owner, field, _label, a in listed:
        value = a.lo if a.lo < a.value else (a.hi if a.hi > a.value else a.value * 0.9)
        new, ch = edits.set_assumption(plan, owner, field, dataclasses.replace(a, value=value))
        assert ch.assumptions and not ch.placements
        got = next(x for o, f, _, x in edits.assumptions_of(new) if (o, f) == (owner, field))
        assert got.value == value
    with pytest.raises(PlanError, match="no assumption"):
        edits.set_assumption(plan, "slot:weibo_square", "colour", Assumption(1))
    with pytest.raises(PlanError, match="no slot"):
        edits.set_assumption(plan, "slot:nope", "ctr", Assumption(0.1))
    with pytest.raises(PlanError, match="share"):
        edits.set_assumption(plan, "slot:weibo_square", "eligible_share", Assumption(1.5))


@settings(max_examples=50, deadline=None)
@given(days=st.integers(-400, 400), units=st.floats(0.01, 50))
def test_an_edit_either_gives_a_valid_plan_or_changes_nothing(days, units):
    plan = builtin_template("weibo-alipay-2019")
    for fn, args in ((edits.move_placements, (["p2"], days)),
                     (edits.update_placement, ("p2",)),):
        try:
            new, _ = fn(plan, *args) if fn is edits.move_placements else fn(plan, *args, units_per_day=units)
        except PlanError as e:
            assert e.problems and all(isinstance(x, str) and x for x in e.problems)
            continue
        validate(new)
        assert new is not plan
    assert plan == builtin_template("weibo-alipay-2019")


def test_a_placement_on_a_new_slot_that_would_exceed_the_memory_limit_is_refused():
    from campaign_planner.core.plan import Platform, Slot, num

    from plans import simple_plan
    slots = [Slot(f"s{i}", f"S{i}", "x", "day", num(10.0), num(0.5), num(0.1)) for i in range(2000)]
    plan = simple_plan(slots=slots, days=3660,
                       placements=[Placement(f"p{i}", f"s{i}", D(2020, 1, 1), D(2020, 1, 2), 1) for i in range(500)])
    validate(plan)
    with pytest.raises(PlanError, match="GiB"):
        edits.add_placements(plan, [Placement("n", f"s{i}", D(2020, 1, 1), D(2020, 1, 2), 1) for i in range(500, 900)])
    assert Platform  # imported for the plan's platform


@settings(max_examples=80, deadline=None)
@given(start=st.integers(-30, 400), length=st.integers(-5, 200), which=st.integers(0, 10))
def test_phase_edits_check_exactly_what_a_full_validation_checks(start, length, which):
    """Phase edits check only the phases (fast on big plans): they refuse exactly what a full
    validation of the same plan would refuse."""
    plan = builtin_template("weibo-alipay-2019")
    ph = plan.phases[which % len(plan.phases)]
    s = plan.start + dt.timedelta(days=start)
    e = s + dt.timedelta(days=length)
    naive = dataclasses.replace(plan, phases=tuple(dataclasses.replace(p, start=s, end=e) if p.id == ph.id else p
                                                   for p in plan.phases))
    try:
        validate(naive)
        full_ok = True
    except PlanError:
        full_ok = False
    try:
        new, _ = edits.set_phase_dates(plan, ph.id, s, e)
    except PlanError:
        assert not full_ok or e < s or (s, e) == (ph.start, ph.end)  # refused, or nothing to change
        return
    assert full_ok and new == naive
