"""The command line, run as a user runs it: in a subprocess."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.jsonio import plan_to_json
from campaign_planner.core.plan import Placement
from campaign_planner.core.reach import project
from campaign_planner.store.planfile import open_plan, save_plan


def run(*args, cwd=None):
    env = dict(os.environ)
    return subprocess.run([sys.executable, "-m", "campaign_planner", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def assert_bad_input(r, *words):
    assert r.returncode == 2, r
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("campaign-planner: "), r.stderr
    assert "Traceback" not in r.stderr
    for w in words:
        assert w in r.stderr


def test_new_dump_import_round_trip(tmp_path):
    plan_path = tmp_path / "plan.mpplan"
    r = run("new", plan_path, "--template", "weibo-alipay-2019")
    assert r.returncode == 0, r.stderr
    assert open_plan(plan_path) == builtin_template("weibo-alipay-2019")
    r = run("dump", plan_path)
    assert r.returncode == 0
    data = json.loads(r.stdout)
    assert data["format"] == "mpplan" and data["version"] == 1
    (tmp_path / "plan.json").write_text(r.stdout, encoding="utf-8")
    assert run("import", tmp_path / "plan.json", tmp_path / "again.mpplan").returncode == 0
    assert open_plan(tmp_path / "again.mpplan") == open_plan(plan_path)
    assert run("dump", plan_path, "-o", tmp_path / "out.json").returncode == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8")) == data


def test_new_blank_and_unknown_template(tmp_path):
    assert run("new", tmp_path / "b.mpplan", "--template", "blank").returncode == 0
    assert open_plan(tmp_path / "b.mpplan").scenarios[0].placements == ()
    r = run("new", tmp_path / "c.mpplan", "--template", "nope")
    assert_bad_input(r, "no template 'nope'")
    assert not (tmp_path / "c.mpplan").exists()


def test_new_does_not_overwrite_a_plan(tmp_path):
    p = tmp_path / "plan.mpplan"
    assert run("new", p).returncode == 0
    before = p.read_bytes()
    assert_bad_input(run("new", p, "--template", "blank"), "already exists")
    assert p.read_bytes() == before
    assert run("new", p, "--template", "blank", "--force").returncode == 0
    assert open_plan(p).name == "Blank plan"


def test_project_csv_columns_and_values(tmp_path):
    p = tmp_path / "plan.mpplan"
    run("new", p)
    r = run("project", p, "--csv", "-")
    assert r.returncode == 0, r.stderr
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0] == ["date", "reach", "reach_segment_alipay_only", "reach_segment_weibo_only",
                       "reach_segment_both", "reach_platform_alipay", "reach_platform_weibo",
                       "reach_phase_preparation", "reach_phase_internal_test", "reach_phase_public_test",
                       "reach_phase_open", "daily_reach", "new_people", "visitors", "retained"]
    plan = open_plan(p)
    assert len(rows) == 1 + plan.days and rows[1][0] == "2019-07-01"
    assert float(rows[-1][1]) == pytest.approx(project(plan).reach[-1], abs=0.01)
    assert float(rows[-1][1]) > 1e7  # plain people, not millions


def test_project_with_bands_slots_and_frequency(tmp_path):
    p = tmp_path / "plan.mpplan"
    run("new", p)
    r = run("project", p, "--bands", "--draws", "30", "--seed", "7", "--csv", tmp_path / "s.csv",
            "--slots", tmp_path / "slots.csv", "--frequency", "-")
    assert r.returncode == 0, r.stderr
    series = list(csv.DictReader(io.StringIO((tmp_path / "s.csv").read_text())))
    last = series[-1]
    assert float(last["reach_p10"]) <= float(last["reach_p50"]) <= float(last["reach_p90"])
    assert float(last["reach_p10"]) < float(last["reach_p90"])
    again = run("project", p, "--bands", "--draws", "30", "--seed", "7", "--csv", "-")
    assert again.stdout == (tmp_path / "s.csv").read_text()
    slots = list(csv.reader(io.StringIO((tmp_path / "slots.csv").read_text())))
    assert slots[0] == ["slot", "impressions", "reach", "exclusive_reach", "cap_bound_days", "cost"]
    assert {r[0] for r in slots[1:]} == {"weibo_feed", "weibo_dm_share", "alipay_home_banner",
                                         "alipay_life_channel", "weibo_square"}
    freq = list(csv.reader(io.StringIO(r.stdout)))
    assert freq[0] == ["exposures", "people"]
    assert [x[0] for x in freq[1:]] == [str(i) for i in range(10)] + ["10+"]


def test_project_json_plan_and_scenario(tmp_path):
    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    data["scenarios"].append({"name": "B", "placements": []})
    (tmp_path / "p.json").write_text(json.dumps(data), encoding="utf-8")
    r = run("project", tmp_path / "p.json", "--scenario", "B")
    assert r.returncode == 0
    assert float(list(csv.reader(io.StringIO(r.stdout)))[-1][1]) == 0.0
    assert_bad_input(run("project", tmp_path / "p.json", "--scenario", "C"), "no scenario 'C'", "'A', 'B'")


def test_check_reports_problems_and_exit_status(tmp_path):
    import dataclasses
    plan = builtin_template("weibo-alipay-2019")
    sc = plan.scenarios[0]
    bad = dataclasses.replace(plan, mini_program=dataclasses.replace(plan.mini_program, category="entertainment"))
    save_plan(bad, tmp_path / "bad.mpplan")
    r = run("check", tmp_path / "bad.mpplan")
    assert r.returncode == 1
    lines = [l.split("\t") for l in r.stdout.splitlines()]
    assert ["error", "p1"] == lines[0][:2]
    assert "first admitted in phase 开放期 Open from 2020-04-01" in lines[0][2]
    save_plan(plan, tmp_path / "ok.mpplan")
    r = run("check", tmp_path / "ok.mpplan")
    assert (r.returncode, r.stdout) == (0, "")
    capped = dataclasses.replace(plan, scenarios=(dataclasses.replace(sc, placements=sc.placements + (
        Placement("big", "weibo_feed", sc.placements[0].start, sc.placements[0].end, 30),)),))
    save_plan(capped, tmp_path / "capped.mpplan")
    r = run("check", tmp_path / "capped.mpplan")
    assert r.returncode == 0  # warnings only
    assert any(l.startswith("warning\tbig\t") and "cap-bound" in l for l in r.stdout.splitlines())


@pytest.mark.parametrize("args,words", [
    (["project", "missing.mpplan"], ["missing.mpplan: no such file"]),
    (["project"], ["required"]),
    (["frobnicate"], []),
    (["project", "plan.mpplan", "--draws", "0"], ["--draws"]),
    (["project", "plan.mpplan", "--draws", "many"], ["invalid int value"]),
    (["dump", "plan.mpplan", "-o", "plan.mpplan"], ["is also the input"]),
    (["import", "broken.json", "out.mpplan"], ["not valid JSON"]),
    (["import", "typo.json", "out.mpplan"], ["scenarios[0].placements[0].unit_per_day: unknown key"]),
    (["check", "html.mpplan"], ["not a plan file"]),
    (["project", "plan.mpplan", "--csv", "-", "--slots", "-"], ["only one of"]),
])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(tmp_path, args, words):
    save_plan(builtin_template("weibo-alipay-2019"), tmp_path / "plan.mpplan")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    data["scenarios"][0]["placements"][0]["unit_per_day"] = 1
    (tmp_path / "typo.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "html.mpplan").write_text("<html></html>" * 20)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    r = run(*args, cwd=tmp_path)
    assert_bad_input(r, *words)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_version_and_help():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("campaign-planner ")
    r = run("--help")
    assert r.returncode == 0 and "project" in r.stdout


def test_forbidden_placements_are_not_counted_and_are_named(tmp_path):
    """Placements the rules forbid do not count by default; stderr names them; the option
    counts them (issue 10 item 8)."""
    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    data["mini_program"]["category"] = "e_commerce"   # not admitted before the open phase
    path = tmp_path / "ecom.json"
    path.write_text(json.dumps(data))
    left = run("project", path, "--csv", "-")
    counted = run("project", path, "--csv", "-", "--include-forbidden")
    assert left.returncode == counted.returncode == 0
    assert left.stderr.count("\n") == 1 and "3 placements the rules forbid are not counted (p1, p2, p5)" in left.stderr
    assert counted.stderr == ""
    reach_left = float(left.stdout.splitlines()[-1].split(",")[1])
    reach_all = float(counted.stdout.splitlines()[-1].split(",")[1])
    assert reach_left < reach_all


def test_one_forbidden_placement_is_one_and_a_long_list_is_cut(tmp_path):
    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    data["mini_program"]["category"] = "commercial_brand"   # p1 and p2 come before the public test
    first = data["scenarios"][0]["placements"][0]
    data["scenarios"][0]["placements"] = [first]
    path = tmp_path / "one.json"
    path.write_text(json.dumps(data))
    r = run("project", path, "--csv", "-")
    assert r.returncode == 0 and "note: 1 placement the rules forbid is not counted (p1); " in r.stderr
    data["scenarios"][0]["placements"] += [dict(first, id=f"october-{i:02d}") for i in range(20)]
    path.write_text(json.dumps(data))
    r = run("project", path, "--csv", "-")
    assert r.returncode == 0 and r.stderr.count("\n") == 1
    assert "note: 21 placements the rules forbid are not counted (p1, october-00, " in r.stderr
    assert " more); --include-forbidden counts them" in r.stderr and "october-19" not in r.stderr


def test_export_says_which_forbidden_placements_it_left_out(tmp_path):
    """export leaves out what the rules forbid, in every file: the chart says which under its
    title, the report's first page too; --include-forbidden counts them, and the report says so."""
    import subprocess as sp
    import unicodedata
    import xml.etree.ElementTree as ET

    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    data["mini_program"]["category"] = "commercial_brand"
    path = tmp_path / "brand.json"
    path.write_text(json.dumps(data))

    def pdf_first_page(pdf):
        text = sp.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
                      check=True).stdout
        return " ".join(unicodedata.normalize("NFKC", text).split())

    def svg_text(svg):
        root = ET.parse(svg).getroot()
        return " ".join(" ".join("".join(t.itertext()).split()) for t in root.iter("{http://www.w3.org/2000/svg}text"))

    note = "Left out (forbidden): p1, p2 — 2 placements"
    left = run("export", path, "--svg", tmp_path / "l.svg", "--pdf", tmp_path / "l.pdf")
    assert left.returncode == 0 and "2 placements the rules forbid are not counted (p1, p2)" in left.stderr
    assert note in svg_text(tmp_path / "l.svg") and note in pdf_first_page(tmp_path / "l.pdf")
    counted = run("export", path, "--svg", tmp_path / "c.svg", "--pdf", tmp_path / "c.pdf", "--include-forbidden")
    assert counted.returncode == 0 and counted.stderr == ""
    assert "Left out" not in svg_text(tmp_path / "c.svg")
    first = pdf_first_page(tmp_path / "c.pdf")
    assert "Counted although the rules forbid them: p1, p2 — 2 placements" in first and "Left out" not in first
    from campaign_planner.export.numbers import people
    from campaign_planner.store.planfile import open_any
    plan = open_any(path)
    assert people(project(plan, include_forbidden=True).reach[-1]) in first
    assert people(project(plan).reach[-1]) in pdf_first_page(tmp_path / "l.pdf")
