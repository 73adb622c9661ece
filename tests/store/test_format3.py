"""Plan file format 3 (issue 14 item 3): the audience's correlation within a platform, an
``audience.correlation`` row in ``assumptions``. Files of formats 1 and 2 (without the row)
still open, with the default, and save as format 3; a planner that reads only format 2
refuses a format-3 file as made by a newer version."""

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from campaign_planner.core.jsonio import plan_from_json_text
from campaign_planner.core.plan import DEFAULT_CORRELATION, Assumption
from campaign_planner.store import planfile
from campaign_planner.store.planfile import FORMAT_VERSION, PlanFileError, open_plan, save_plan

from plans import simple_plan

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def rows(path, sql="SELECT owner, field, value, low, high, source FROM assumptions WHERE owner = 'audience'"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def version(path) -> int:
    return rows(path, "PRAGMA user_version")[0][0]


def changed(path, *sql):
    conn = sqlite3.connect(path)
    for s in sql:
        conn.execute(s)
    conn.commit()
    conn.close()
    return path


def with_correlation(plan, a: Assumption):
    return dataclasses.replace(plan, audience=dataclasses.replace(plan.audience, correlation=a))


def test_the_format_is_3():
    assert FORMAT_VERSION == 3


@pytest.mark.parametrize("old", [1, 2])
def test_a_file_of_format_1_or_2_opens_with_the_default_correlation_and_saves_as_format_3(tmp_path, old):
    fixture = FIXTURES / f"plan-format-{old}.mpplan"
    assert version(fixture) == old and not [r for r in rows(fixture) if r[1] == "correlation"]
    before = fixture.read_bytes()
    plan = open_plan(fixture)
    assert plan.audience.correlation == DEFAULT_CORRELATION
    assert plan == plan_from_json_text((FIXTURES / f"plan-format-{old}.json").read_text(encoding="utf-8"))
    assert fixture.read_bytes() == before  # migrated in memory only
    path = tmp_path / "saved.mpplan"
    save_plan(plan, path)
    assert version(path) == 3
    assert ("audience", "correlation", 0.7, 0.4, 0.9, None) in rows(path)
    assert open_plan(path) == plan


def test_the_format_3_fixture_holds_a_correlation_that_is_not_the_default():
    plan = open_plan(FIXTURES / "plan-format-3.mpplan")
    assert version(FIXTURES / "plan-format-3.mpplan") == 3
    assert plan.audience.correlation == Assumption(0.6, 0.3, 0.85)


@pytest.mark.parametrize(
    "a", [Assumption(0.0), Assumption(0.99, 0.5, 0.99, "a survey of planners"), Assumption(0.25, None, 0.5)]
)
def test_the_correlation_round_trips(tmp_path, a):
    plan = with_correlation(simple_plan(), a)
    path = tmp_path / "p.mpplan"
    save_plan(plan, path)
    assert open_plan(path) == plan and open_plan(path).audience.correlation == a
    assert rows(path)[1] == ("audience", "correlation", a.value, a.low, a.high, a.source)


@pytest.mark.parametrize(
    "sql,words",
    [
        ("DELETE FROM assumptions WHERE field = 'correlation'", "missing audience.correlation"),
        (
            "UPDATE assumptions SET value = 1.2 WHERE field = 'correlation'",
            "the correlation within a platform: value must be at most 0.99 (got 1.2)",
        ),
        (
            "UPDATE assumptions SET low = -0.1 WHERE field = 'correlation'",
            "the correlation within a platform: low must be at least 0 (got -0.1)",
        ),
        (
            "UPDATE assumptions SET value = 'high' WHERE field = 'correlation'",
            "audience.correlation: expected a number",
        ),
        (
            "INSERT INTO assumptions VALUES ('audience', 'correlation', 0.5, NULL, NULL, NULL)",
            "unexpected audience.correlation",
        ),
        (
            "INSERT INTO assumptions VALUES ('slot:s1', 'correlation', 0.5, NULL, NULL, NULL)",
            "unexpected slot:s1.correlation",
        ),
    ],
)
def test_a_bad_correlation_row_is_refused_with_a_message(tmp_path, sql, words):
    path = tmp_path / "p.mpplan"
    save_plan(simple_plan(), path)
    changed(path, sql)
    before = path.read_bytes()
    with pytest.raises(PlanFileError) as e:
        open_plan(path)
    assert words in str(e.value)
    assert path.read_bytes() == before  # opening writes nothing


def test_a_format_2_file_with_a_correlation_row_was_not_made_by_a_planner_and_is_refused(tmp_path):
    """A format-2 planner refuses the row; so does this one when the file says format 2."""
    path = tmp_path / "p.mpplan"
    save_plan(with_correlation(simple_plan(), Assumption(0.5)), path)
    changed(path, "PRAGMA user_version = 2")
    with pytest.raises(PlanFileError, match="unexpected audience.correlation"):
        open_plan(path)
    changed(path, "DELETE FROM assumptions WHERE field = 'correlation'")
    assert open_plan(path) == simple_plan()  # without it: the default


def test_a_newer_format_is_refused_naming_both_versions(tmp_path, monkeypatch):
    """What a format-2 planner says of a format-3 file, and this one of a format-4 file."""
    path = tmp_path / "p.mpplan"
    save_plan(simple_plan(), path)
    monkeypatch.setattr(planfile, "FORMAT_VERSION", 2)
    with pytest.raises(PlanFileError) as e:
        open_plan(path)
    assert "newer version of the planner (format 3)" in str(e.value) and "reads up to format 2" in str(e.value)
    monkeypatch.undo()
    changed(path, "PRAGMA user_version = 4")
    with pytest.raises(PlanFileError) as e:
        open_plan(path)
    assert "newer version of the planner (format 4)" in str(e.value) and "reads up to format 3" in str(e.value)
