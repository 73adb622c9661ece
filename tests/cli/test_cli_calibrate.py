"""`campaign-planner calibrate` as INTERFACES.md says, run as a user runs it (subprocesses):
the fitted values in OUT.mpplan, the report, and bad input in one line with nothing written."""

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from campaign_planner.store.planfile import open_plan

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_calibrate import TRUTH, delivered  # noqa: E402


def run(*args):
    return subprocess.run([sys.executable, "-m", "campaign_planner", *map(str, args)], capture_output=True,
                          text=True, env=dict(os.environ), timeout=120)


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "plan.mpplan"
    assert run("new", path).returncode == 0
    return path


@pytest.fixture
def actuals(tmp_path, plan_file):
    path = tmp_path / "delivered.csv"
    path.write_text(delivered(open_plan(plan_file), TRUTH, 0.8), encoding="utf-8")
    return path


def test_calibrate_writes_the_fitted_values_and_a_report(tmp_path, plan_file, actuals):
    out = tmp_path / "fitted.mpplan"
    r = run("calibrate", plan_file, actuals, "-o", out, "--report", "-")
    assert r.returncode == 0, r.stderr
    rows = dict(csv.reader(io.StringIO(r.stdout.split("\n", 1)[1])))
    plan = open_plan(out)
    for sid, q in TRUTH.items():
        assert float(rows[f"eligible_share_{sid}"]) == pytest.approx(q, rel=0.1)
        a = plan.slot(sid).eligible_share
        assert a.value == pytest.approx(float(rows[f"eligible_share_{sid}"]), rel=1e-5)
        assert a.low <= a.value <= a.high and "delivered" in a.source
        assert float(rows[f"delivered_reach_{sid}"]) > 0 and f"planned_reach_{sid}" in rows
    assert float(rows["kappa"]) == pytest.approx(0.8, rel=0.2)
    assert plan.audience.kappa.value == pytest.approx(float(rows["kappa"]), rel=1e-5)
    assert float(rows["error_after"]) < float(rows["error_before"])
    assert rows["rows"] == str(3 * 90)


def test_the_report_goes_to_a_file(tmp_path, plan_file, actuals):
    report = tmp_path / "fit.csv"
    r = run("calibrate", plan_file, actuals, "-o", tmp_path / "o.mpplan", "--report", report)
    assert r.returncode == 0, r.stderr
    assert report.read_text().startswith("key,value\neligible_share_")


@pytest.mark.parametrize(
    "text, says",
    [
        ("date,slot,impressions,reach\n2019-07-01,weibo_nope,10,5\n", "line 2: the plan has no slot 'weibo_nope'"),
        ("date,slot,impressions,reach\n2019-06-01,weibo_feed,10,5\n", "line 2: 2019-06-01 is outside the plan"),
        ("date,slot,impressions,reach\n2019-07-01,weibo_feed,10,-5\n", "line 2: reach '-5' must be a number"),
        ("date,slot,impressions,reach\n2019-07-01,weibo_feed,100,50\n2019-07-02,weibo_feed,100,40\n",
         "line 3: the cumulative reach of"),
        ("date,slot,reach\n2019-07-01,weibo_feed,5\n", "line 1: the header has no column impressions"),
    ],
)
def test_bad_delivered_numbers_exit_2_in_one_line_and_write_nothing(tmp_path, plan_file, text, says):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.mpplan"
    r = run("calibrate", plan_file, path, "-o", out)
    assert r.returncode == 2
    assert says in r.stderr and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert not out.exists()


def test_a_missing_file_a_folder_and_an_unknown_scenario(tmp_path, plan_file, actuals):
    out = tmp_path / "out.mpplan"
    for args in ([tmp_path / "none.csv"], [tmp_path], [actuals, "--scenario", "Nope"]):
        r = run("calibrate", plan_file, *args, "-o", out)
        assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1, r.stderr
        assert "Traceback" not in r.stderr
    assert not out.exists()


def test_the_input_plan_is_not_changed(tmp_path, plan_file, actuals):
    before = plan_file.read_bytes()
    assert run("calibrate", plan_file, actuals, "-o", tmp_path / "o.mpplan").returncode == 0
    assert plan_file.read_bytes() == before
    r = run("calibrate", plan_file, actuals, "-o", plan_file)
    assert r.returncode == 2 and plan_file.read_bytes() == before
