"""Issue 12 on the command line, run as a user runs it (subprocesses): `project --summary`,
the `cost` column of `--slots`, the `reach_phase_<id>` columns of `--csv`, `compare`, the
budget warning of `check`, and bad costs, budgets and frequencies refused in one line."""

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys

import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.jsonio import plan_to_json
from campaign_planner.core.reach import kplus_reach, project


def run(*args):
    return subprocess.run([sys.executable, "-m", "campaign_planner", *map(str, args)], capture_output=True,
                          text=True, env=dict(os.environ), timeout=120)


def assert_bad_input(r, *words):
    assert r.returncode == 2, r
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("campaign-planner: "), r.stderr
    for w in words:
        assert w in r.stderr, r.stderr


def rows(text):
    return list(csv.reader(io.StringIO(text)))


def write_json(tmp_path, data, name="plan.json"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def template_json():
    return plan_to_json(builtin_template("weibo-alipay-2019"))


def test_summary_rows_checked_by_hand(tmp_path, template_json):
    plan = builtin_template("weibo-alipay-2019")
    path = write_json(tmp_path, template_json)
    r = run("project", path, "--summary", "-")
    assert r.returncode == 0, r.stderr
    got = dict(rows(r.stdout)[1:])
    assert list(got) == ["reach", "reach_3plus", "cost", "cost_per_thousand_reached", "target_reach",
                         "target_reached_on", "target_frequency", "currency", "budget", "cost_low", "cost_high"]
    # cost: units x days x price for each placement (no day of the template is cap-bound)
    price = {s["id"]: s["cost_per_unit"] for s in template_json["slots"]}
    cost = low = high = 0.0
    for p in template_json["scenarios"][0]["placements"]:
        days = (dt.date.fromisoformat(p["end"]) - dt.date.fromisoformat(p["start"])).days + 1
        units = p["units_per_day"] * days
        cost += units * price[p["slot"]]["value"]
        low += units * price[p["slot"]]["low"]
        high += units * price[p["slot"]]["high"]
    pr = project(plan)
    assert float(got["cost"]) == pytest.approx(cost, abs=0.005) and cost == 464_040
    assert (float(got["cost_low"]), float(got["cost_high"])) == pytest.approx((low, high), abs=0.005)
    assert float(got["reach"]) == pytest.approx(pr.reach[-1], abs=0.01)
    assert float(got["cost_per_thousand_reached"]) == pytest.approx(cost / pr.reach[-1] * 1000, abs=0.005)
    assert float(got["reach_3plus"]) == pytest.approx(pr.frequency[3:].sum(), abs=0.01)
    assert float(got["target_reach"]) == 20e6
    first = next(i for i, x in enumerate(pr.reach) if x >= 20e6)
    assert got["target_reached_on"] == (plan.start + dt.timedelta(days=first)).isoformat()
    assert (got["target_frequency"], got["currency"], got["budget"]) == ("1", "CNY", "")


def test_summary_target_on_k_plus_reach(tmp_path, template_json):
    template_json.update(target_frequency=3, target_reach=5e6, budget=1e6, currency="USD")
    r = run("project", write_json(tmp_path, template_json), "--summary", tmp_path / "s.csv")
    assert r.returncode == 0 and r.stdout == "", r.stderr
    got = dict(rows((tmp_path / "s.csv").read_text())[1:])
    plan = builtin_template("weibo-alipay-2019")
    three = kplus_reach(plan, k=3)
    first = next(i for i, x in enumerate(three) if x >= 5e6)
    assert got["target_reached_on"] == (plan.start + dt.timedelta(days=first)).isoformat()
    once = next(i for i, x in enumerate(project(plan).reach) if x >= 5e6)
    assert first > once
    assert (got["target_frequency"], got["currency"], got["budget"]) == ("3", "USD", "1000000.00")


def test_summary_of_a_plan_that_reaches_no_one(tmp_path):
    r = run("new", tmp_path / "b.mpplan", "--template", "blank")
    assert r.returncode == 0, r.stderr
    got = dict(rows(run("project", tmp_path / "b.mpplan", "--summary", "-").stdout)[1:])
    assert got["reach"] == "0.00" and got["cost"] == "0.00"
    assert got["cost_per_thousand_reached"] == "" and got["target_reach"] == "" and got["target_reached_on"] == ""


def test_slots_cost_is_after_the_cap(tmp_path, template_json):
    # 30 feed insertions a day asked for 10 days; the feed allows 24 a day
    template_json["scenarios"][0]["placements"] = [
        {"id": "f", "slot": "weibo_feed", "start": "2019-10-08", "end": "2019-10-17", "units_per_day": 30},
        {"id": "h", "slot": "alipay_home_banner", "start": "2019-11-11", "end": "2019-11-12", "units_per_day": 1,
         "cost": 123456}]
    r = run("project", write_json(tmp_path, template_json), "--slots", "-")
    assert r.returncode == 0, r.stderr
    table = rows(r.stdout)
    assert table[0] == ["slot", "impressions", "reach", "exclusive_reach", "cap_bound_days", "cost"]
    by_slot = {row[0]: row for row in table[1:]}
    assert by_slot["weibo_feed"][4] == "10"
    assert float(by_slot["weibo_feed"][5]) == 24 * 10 * 2000
    assert float(by_slot["alipay_home_banner"][5]) == 123456  # the placement's own price


def test_csv_has_a_reach_column_per_phase(tmp_path, template_json):
    r = run("project", write_json(tmp_path, template_json), "--csv", "-")
    assert r.returncode == 0, r.stderr
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    header = rows(r.stdout)[0]
    phases = [p["id"] for p in template_json["phases"]]
    assert header[7:11] == [f"reach_phase_{p}" for p in phases]
    assert header[6] == "reach_platform_weibo" and header[11] == "daily_reach"
    # the preparation phase starts on the plan's first day: its reach is the plan's
    assert all(row["reach_phase_preparation"] == row["reach"] for row in table)
    for phase in template_json["phases"][1:]:
        col = f"reach_phase_{phase['id']}"
        before = [row[col] for row in table if row["date"] < phase["start"]]
        assert set(before) == {"0.00"}
        assert float(table[-1][col]) <= float(table[-1]["reach"])
    # the first placement starts in the internal test: from then on it is the plan's reach; the
    # open phase (from 2020-04-01) sees only the last placement
    assert table[-1]["reach_phase_internal_test"] == table[-1]["reach"]
    assert 0 < float(table[-1]["reach_phase_open"]) < float(table[-1]["reach"]) / 2


def two_scenarios(data):
    b = json.loads(json.dumps(data["scenarios"][0]))
    b["name"] = "Bigger 更多"
    b["placements"][0]["units_per_day"] = 8
    data["scenarios"].append(b)
    return data


def test_compare_a_scenario_with_itself_is_zero(tmp_path, template_json):
    r = run("compare", write_json(tmp_path, template_json), "A", "A", "--bands", "--draws", "40")
    assert r.returncode == 0, r.stderr
    table = rows(r.stdout)
    assert table[0] == ["date", "reach_a", "reach_b", "difference", "difference_p10", "difference_p50",
                        "difference_p90"]
    assert len(table) == 1 + 366
    assert {x for row in table[1:] for x in row[3:]} == {"0.00"}
    assert all(row[1] == row[2] for row in table[1:])


def test_compare_two_scenarios(tmp_path, template_json):
    path = write_json(tmp_path, two_scenarios(template_json))
    r = run("compare", path, "A", "Bigger 更多", "--csv", tmp_path / "c.csv", "--bands", "--draws", "40",
            "--seed", "3")
    assert r.returncode == 0 and r.stdout == "", r.stderr
    table = list(csv.DictReader(io.StringIO((tmp_path / "c.csv").read_text(encoding="utf-8"))))
    for row in table:
        assert float(row["difference"]) == pytest.approx(float(row["reach_b"]) - float(row["reach_a"]), abs=0.011)
        assert float(row["difference_p10"]) <= float(row["difference_p50"]) <= float(row["difference_p90"])
    assert float(table[-1]["difference"]) > 1e6
    project_a = rows(run("project", path, "--csv", "-").stdout)
    assert [r["reach_a"] for r in table] == [r[1] for r in project_a[1:]]
    plain = run("compare", path, "A", "Bigger 更多")
    assert rows(plain.stdout)[0] == ["date", "reach_a", "reach_b", "difference"]
    again = run("compare", path, "A", "Bigger 更多", "--bands", "--draws", "40", "--seed", "3", "--csv", "-")
    assert again.stdout == (tmp_path / "c.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize("args,words", [
    (["A", "Z"], "no scenario 'Z' in the plan; it has 'A'"),
    (["Z", "A", "--bands"], "no scenario 'Z'"),
    (["A", "A", "--bands", "--draws", "0"], "--draws must be between 1 and 100000"),
    (["A", "A", "--seed", "-1"], "--seed"),
    (["A"], "the following arguments are required"),
])
def test_compare_bad_input_is_one_line_exit_2(tmp_path, template_json, args, words):
    path = write_json(tmp_path, template_json)
    r = run("compare", path, *args, "--csv", tmp_path / "out.csv")
    assert_bad_input(r, words)
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.parametrize("change,words", [
    (lambda d: d["slots"][0].update(cost_per_unit=-5), "slot weibo_dm_share cost per unit: value must not be negative"),
    (lambda d: d["slots"][0].update(cost_per_unit={"value": 5, "low": 9}), "low (9) is above the value (5)"),
    (lambda d: d.update(budget=-1), "the budget must not be negative"),
    (lambda d: d.update(target_frequency=11), "the target frequency must be a whole number from 1 to 10"),
    (lambda d: d.update(currency="RMB¥"), "the currency must be a three-letter code"),
])
@pytest.mark.parametrize("command", [["project", "--summary", "OUT"], ["import", "OUT"],
                                     ["compare", "A", "A", "--csv", "OUT"]])
def test_bad_costs_budgets_and_frequencies_are_refused_and_nothing_written(tmp_path, template_json, change, words,
                                                                           command):
    change(template_json)
    path = write_json(tmp_path, template_json)
    out = tmp_path / "out.file"
    args = [str(out) if a == "OUT" else a for a in command]
    r = run(args[0], path, *args[1:])
    assert_bad_input(r, words)
    assert not out.exists()


def test_check_warns_about_a_scenario_over_budget(tmp_path, template_json):
    template_json["budget"] = 100_000
    r = run("check", write_json(tmp_path, template_json))
    assert r.returncode == 0, r.stderr  # a warning, not an error
    lines = [line.split("\t") for line in r.stdout.splitlines()]
    assert ["warning", "", "scenario A costs 464,040.00 CNY, 364,040.00 CNY over the plan's budget of "
            "100,000.00 CNY"] in lines
    template_json["budget"] = 500_000
    assert "budget" not in run("check", write_json(tmp_path, template_json, "ok.json")).stdout


def test_new_outputs_to_standard_output_only_once(tmp_path, template_json):
    path = write_json(tmp_path, template_json)
    assert_bad_input(run("project", path, "--summary", "-", "--slots", "-"), "standard output")
    assert_bad_input(run("project", path, "--summary", path), "is also the input")


def test_the_plan_file_keeps_costs_budget_and_frequency(tmp_path, template_json):
    template_json.update(budget=2_000_000, target_frequency=2)
    template_json["slots"][3]["cost_per_unit"]["source"] = "a quote"
    path = write_json(tmp_path, template_json)
    assert run("import", path, tmp_path / "p.mpplan").returncode == 0
    dumped = json.loads(run("dump", tmp_path / "p.mpplan").stdout)
    assert dumped == json.loads(path.read_text(encoding="utf-8"))


def test_export_pdf_with_a_comparison_page(tmp_path, template_json):
    path = write_json(tmp_path, two_scenarios(template_json))
    out = tmp_path / "report.pdf"
    r = run("export", path, "--pdf", out, "--compare", "A", "Bigger 更多", "--lang", "en")
    assert r.returncode == 0, r.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Comparison: A and Bigger 更多" in text
    assert "Reached 3+ times" in text and "Cost per thousand reached" in text
    zh = tmp_path / "report-zh.pdf"
    assert run("export", path, "--pdf", zh, "--compare", "A", "Bigger 更多", "--lang", "zh_CN").returncode == 0
    text = subprocess.run(["pdftotext", str(zh), "-"], capture_output=True, text=True, check=True).stdout
    assert "比较" in text and "Comparison" not in text


@pytest.mark.parametrize("args,words", [
    (["--pdf", "OUT", "--compare", "A", "Z"], "no scenario 'Z'"),
    (["--png", "OUT", "--compare", "A", "A"], "--compare adds a page to the PDF report: give --pdf too"),
    (["--pdf", "OUT", "--compare", "A"], "expected 2 arguments"),
])
def test_export_compare_bad_input_writes_nothing(tmp_path, template_json, args, words):
    out = tmp_path / "out.pdf"
    r = run("export", write_json(tmp_path, template_json), *[str(out) if a == "OUT" else a for a in args])
    assert_bad_input(r, words)
    assert not out.exists()
