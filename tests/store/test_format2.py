"""Plan file format 2 (issue 12): costs with ranges, currency, budget and target frequency;
format-1 files still open, with the defaults; what this version writes it reads back equal."""

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from campaign_planner.core import edits
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.jsonio import plan_from_json_text
from campaign_planner.core.plan import MAX_MONEY, Assumption, Placement, num
from campaign_planner.store.planfile import FORMAT_VERSION, PlanFileError, open_plan, save_plan

from plans import D, simple_plan

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def template():
    return builtin_template("weibo-alipay-2019")


def test_a_format_1_file_opens_with_the_defaults():
    plan = open_plan(FIXTURES / "plan-format-1.mpplan")
    assert (plan.currency, plan.budget, plan.target_frequency) == ("CNY", None, 1)
    for sl in plan.slots:
        assert sl.cost_per_unit == Assumption(0.0)
    assert plan == plan_from_json_text((FIXTURES / "plan-format-1.json").read_text(encoding="utf-8"))


def test_the_format_2_fixture_holds_every_new_field():
    plan = open_plan(FIXTURES / "plan-format-2.mpplan")
    assert FORMAT_VERSION >= 2  # format 3 added the correlation within a platform (test_format3.py)
    assert (plan.currency, plan.budget, plan.target_frequency) == ("CNY", 4_500_000.0, 3)
    assert plan.slot("weibo_feed").cost_per_unit.source
    assert plan.slot("weibo_dm_share").cost_per_unit == Assumption(800.0)
    assert any(p.cost is not None for p in plan.scenarios[0].placements)


def test_new_fields_round_trip_and_the_cost_range_is_a_row_only_when_there_is_one(tmp_path, template):
    plan = dataclasses.replace(template, budget=0.0, currency="EUR", target_frequency=10)
    plan, _ = edits.set_slot_cost(plan, "weibo_feed", Assumption(MAX_MONEY, 1.0, MAX_MONEY, "a quote"))
    plan, _ = edits.set_slot_cost(plan, "weibo_square", 7.5)
    path = tmp_path / "p.mpplan"
    save_plan(plan, path)
    assert open_plan(path) == plan
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == FORMAT_VERSION
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert (meta["currency"], meta["budget"], meta["target_frequency"]) == ("EUR", "0.0", "10")
    rows = dict(conn.execute("SELECT owner, low FROM assumptions WHERE field = 'cost_per_unit'"))
    assert "slot:weibo_square" not in rows and rows["slot:weibo_feed"] == 1.0
    cost = dict(conn.execute("SELECT id, cost_per_unit FROM slots"))
    assert cost["weibo_square"] == 7.5 and cost["weibo_feed"] == MAX_MONEY  # SQLite tools see every price


def saved(tmp_path, plan, sql, *params):
    path = tmp_path / "p.mpplan"
    save_plan(plan, path)
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("sql,params,words", [
    ("UPDATE assumptions SET value = 1 WHERE owner = 'slot:weibo_feed' AND field = 'cost_per_unit'", (),
     "slot:weibo_feed.cost_per_unit is 1 but the slots table says 2000"),
    ("INSERT INTO assumptions VALUES ('slot:weibo_feed', 'cost_per_unit', 20000, 1, 2, NULL)", (),
     "unexpected slot:weibo_feed.cost_per_unit"),
    ("INSERT INTO assumptions VALUES ('slot:nope', 'cost_per_unit', 1, 0, 2, NULL)", (),
     "slot:nope.cost_per_unit belongs to nothing"),
    ("INSERT INTO assumptions VALUES ('audience', 'cost_per_unit', 1, 0, 2, NULL)", (),
     "unexpected audience.cost_per_unit"),
    ("UPDATE meta SET value = 'x' WHERE key = 'target_frequency'", (), "meta.target_frequency: expected a whole number"),
    ("UPDATE meta SET value = '11' WHERE key = 'target_frequency'", (), "target frequency must be a whole number"),
    ("UPDATE meta SET value = 'lots' WHERE key = 'budget'", (), "meta.budget: expected a number"),
    ("UPDATE meta SET value = '-3' WHERE key = 'budget'", (), "the budget must not be negative"),
    ("UPDATE meta SET value = 'yuan' WHERE key = 'currency'", (), "currency must be a three-letter code"),
    ("UPDATE slots SET cost_per_unit = -1 WHERE id = 'weibo_dm_share'", (),
     "slot:weibo_dm_share.cost_per_unit is 40 but the slots table says -1"),
    ("UPDATE slots SET cost_per_unit = 'free' WHERE id = 'weibo_dm_share'", (), "slot weibo_dm_share.cost_per_unit: expected a number"),
])
def test_bad_cost_and_money_rows_are_refused_with_a_message(tmp_path, template, sql, params, words):
    path = saved(tmp_path, template, sql, *params)
    with pytest.raises(PlanFileError) as e:
        open_plan(path)
    assert words in str(e.value) and str(e.value).startswith("p.mpplan")


def test_missing_new_meta_keys_take_their_defaults(tmp_path, template):
    plan = dataclasses.replace(template, budget=5.0, target_frequency=2)
    path = saved(tmp_path, plan, "DELETE FROM meta WHERE key IN ('budget', 'target_frequency', 'currency')")
    again = open_plan(path)
    assert (again.budget, again.target_frequency, again.currency) == (None, 1, "CNY")


def test_a_plan_with_hundreds_of_segments_saves_and_opens(tmp_path):
    """Format 1 allowed at most 400 columns in the projection table: 450 segments could not be saved."""
    plan = simple_plan(sizes=tuple((1000.0 + i, ("x",)) for i in range(450)),
                       placements=[Placement("p1", "s1", D(2020, 1, 1), D(2020, 1, 2), 1.0)])
    save_plan(plan, tmp_path / "wide.mpplan")
    assert open_plan(tmp_path / "wide.mpplan") == plan
    cols = sqlite3.connect(tmp_path / "wide.mpplan").execute("PRAGMA table_info(projection)").fetchall()
    assert len(cols) == 2 + 1 + 450 + 1 + 4


def test_a_plain_cost_in_the_slots_table_needs_no_row(tmp_path):
    plan = simple_plan(slots=[dataclasses.replace(simple_plan().slots[0], cost_per_unit=num(12.5))])
    save_plan(plan, tmp_path / "p.mpplan")
    conn = sqlite3.connect(tmp_path / "p.mpplan")
    assert conn.execute("SELECT count(*) FROM assumptions WHERE field = 'cost_per_unit'").fetchone() == (0,)
    assert open_plan(tmp_path / "p.mpplan").slots[0].cost_per_unit == Assumption(12.5)
    conn.execute("UPDATE slots SET cost_per_unit = -1")
    conn.commit()
    conn.close()
    with pytest.raises(PlanFileError, match="slot s1 cost per unit: value must not be negative"):
        open_plan(tmp_path / "p.mpplan")
