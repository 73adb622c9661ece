"""`campaign-planner optimize` as INTERFACES.md says, run as a user runs it (subprocesses):
the key,value summary on stdout, the new scenario in OUT.mpplan, bad input in one line."""

import csv
import io
import os
import subprocess
import sys

import pytest

from campaign_planner.core.reach import project
from campaign_planner.store.planfile import open_plan


def run(*args):
    return subprocess.run([sys.executable, "-m", "campaign_planner", *map(str, args)], capture_output=True,
                          text=True, env=dict(os.environ), timeout=120)


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.mpplan"
    assert run("new", path).returncode == 0
    return path


def summary(text):
    return dict(csv.reader(io.StringIO(text.split("\n", 1)[1])))


def test_optimize_under_a_budget_writes_a_new_scenario(tmp_path, plan_file):
    out = tmp_path / "out.mpplan"
    r = run("optimize", plan_file, "--budget", "800000", "-o", out)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines()[0] == "key,value"
    rows = summary(r.stdout)
    assert list(rows) == ["bookings", "cost", "reach_before", "reach_after"]
    assert int(rows["bookings"]) > 0 and float(rows["cost"]) <= 800000
    plan = open_plan(out)
    base, new = plan.scenarios[0], plan.scenarios[-1]
    assert new.name == f"{base.name} optimised"
    assert float(rows["reach_before"]) == pytest.approx(float(project(plan, base.name).reach[-1]), abs=0.01)
    assert float(rows["reach_after"]) == pytest.approx(float(project(plan, new.name).reach[-1]), abs=0.01)
    assert sum(p.days for p in new.placements[len(base.placements):]) == int(rows["bookings"])


def test_optimize_a_number_of_bookings_into_a_named_scenario(tmp_path, plan_file):
    out = tmp_path / "out.mpplan"
    r = run("optimize", plan_file, "--bookings", "12", "--into", "Twelve more", "-o", out)
    assert r.returncode == 0, r.stderr
    assert summary(r.stdout)["bookings"] == "12"
    assert open_plan(out).scenarios[-1].name == "Twelve more"


def test_a_budget_below_the_cheapest_booking_is_zero_bookings(tmp_path, plan_file):
    r = run("optimize", plan_file, "--budget", "1", "-o", tmp_path / "out.mpplan")
    assert r.returncode == 0, r.stderr
    rows = summary(r.stdout)
    assert rows["bookings"] == "0" and rows["cost"] == "0.00" and rows["reach_before"] == rows["reach_after"]


@pytest.mark.parametrize("args,words", [
    ([], "one of the arguments --budget --bookings is required"),
    (["--budget", "-5"], "the budget must be a number that is not negative"),
    (["--budget", "lots"], "invalid float value: 'lots'"),
    (["--budget", "5", "--bookings", "3"], "not allowed with argument"),
    (["--bookings", "3", "--scenario", "Nope"], "no scenario 'Nope'"),
    (["--bookings", "3", "--into", "A"], "already a scenario named A"),
])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(tmp_path, plan_file, args, words):
    out = tmp_path / "out.mpplan"
    r = run("optimize", plan_file, *args, "-o", out)
    assert r.returncode == 2, r
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and words in lines[0], r.stderr
    assert not out.exists()


def test_a_kplus_target_is_what_is_maximised_and_printed(tmp_path, plan_file):
    """With a 3+ target the optimiser maximises people reached 3+ times: stdout keeps the four
    rows (reach is unique reach) and adds the 3+ reach it maximised."""
    import dataclasses

    from campaign_planner.core.reach import kplus_reach
    from campaign_planner.store.planfile import save_plan

    k3 = tmp_path / "k3.mpplan"
    save_plan(dataclasses.replace(open_plan(plan_file), target_frequency=3), k3)
    out = tmp_path / "out.mpplan"
    r = run("optimize", k3, "--bookings", "30", "-o", out)
    assert r.returncode == 0, r.stderr
    rows = summary(r.stdout)
    assert list(rows) == ["bookings", "cost", "reach_before", "reach_after", "reach_3plus_before",
                          "reach_3plus_after"]
    plan = open_plan(out)
    new = plan.scenarios[-1].name
    assert float(rows["reach_after"]) == pytest.approx(project(plan, new).reach[-1], abs=0.01)
    assert float(rows["reach_3plus_after"]) == pytest.approx(kplus_reach(plan, new, 3)[-1], abs=0.01)
    assert float(rows["reach_3plus_after"]) > float(rows["reach_3plus_before"])
