"""Messages of the Qt-free layers: each keeps its template and arguments (so the window can
translate it) while its text stays the English sentence the command line has always printed;
category and flag ids have display names (core/names.py)."""

import ast
import dataclasses
import datetime as dt
import json
import pickle
from pathlib import Path

import pytest

from campaign_planner import fileio
from campaign_planner.core import edits, jsonio, names
from campaign_planner.core.catalog import builtin_template, template_text
from campaign_planner.core.messages import TEMPLATES, Joined, Msg, Plural
from campaign_planner.core.names import CATEGORY, FLAG, Name, Names
from campaign_planner.core.plan import CATEGORIES, FLAGS, Phase, PlanError, num, validate
from campaign_planner.core.rules import check
from campaign_planner.store import planfile
from campaign_planner.store.errors import PlanFileError
from campaign_planner.store.local import LocalStore, StoreError
from campaign_planner.text import one_line

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "gui" / "campaign_planner"
D = dt.date


@pytest.fixture(scope="module")
def plan():
    return builtin_template("weibo-alipay-2019")


def refused(fn, *args, **kwargs) -> PlanError:
    with pytest.raises(PlanError) as e:
        fn(*args, **kwargs)
    return e.value


# The English sentences as the planner printed them before messages kept their templates
# (captured from the previous release with the same inputs).
@pytest.mark.parametrize("make,english", [
    (lambda p: edits.move_placements(p, ["p1"], 0), "nothing to move"),
    (lambda p: edits.move_placements(p, ["p1"], 9999),
     "2047-02-22..2047-03-07 is outside the plan's dates 2019-07-01..2020-06-30"),
    (lambda p: edits.update_placement(p, "p1", colour=1), "placements have no field 'colour'"),
    (lambda p: edits.update_placement(p, "p1", units_per_day=0),
     "placement p1: units per day must be greater than 0 and at most 1e+06 (got 0)"),
    (lambda p: edits.update_placement(p, "p1", end=D(2019, 7, 1)),
     "placement p1 ends (2019-07-01) before it starts (2019-10-08)"),
    (lambda p: edits.update_placement(p, "p1", scenario="Q", units_per_day=3), "no scenario 'Q'"),
    (lambda p: edits.set_phase_dates(p, "open", D(2020, 3, 1), D(2020, 6, 1)),
     "phases public_test and open overlap on weibo (2020-03-01 .. 2020-03-31)"),
    (lambda p: edits.rename_phase(p, "open", "  "), "a phase needs a name"),
    (lambda p: edits.update_plan(p, end=D(2040, 1, 1)),
     "the plan spans 7490 days; the planner handles at most 10 years"),
    (lambda p: edits.update_plan(p, target_reach=-1.0),
     "target reach must be a positive number of people, at most 1e+10 (got -1)"),
    (lambda p: edits.update_mini_program(p, retention_7d=num(float("nan"))),
     "mini program 7-day retention: value must be a finite number, not nan"),
    (lambda p: edits.update_mini_program(p, name="a\ud800"),
     "the mini program's name holds characters that are not valid Unicode (a lone surrogate)"),
    (lambda p: edits.set_assumption(p, "audience", "kappa", num(5000)),
     "audience kappa: value must be at most 1000 (got 5000)"),
    (lambda p: edits.set_assumption(p, "slot:weibo_feed", "ctr", num(0.5, 0.6, 0.4)),
     "slot weibo_feed click-through rate: low (0.6) is above the value (0.5); "
     "slot weibo_feed click-through rate: high (0.4) is below the value (0.5)"),
    (lambda p: validate(dataclasses.replace(p, platforms=p.platforms * 60)),
     "the plan has 120 platforms; the planner handles at most 100"),
    (lambda p: validate(dataclasses.replace(p, phases=(
        Phase("a", "A", None, D(2020, 1, 1), D(2020, 2, 1)), Phase("b", "B", None, D(2020, 1, 15), D(2020, 3, 1))))),
     "phases a and b overlap for all platforms (2020-01-15 .. 2020-02-01)"),
    (lambda p: jsonio.plan_from_json([]), "plan: expected an object, got a list"),
    (lambda p: jsonio.plan_from_json_text("["), "not valid JSON: Expecting value (line 1, column 2)"),
])
def test_the_english_sentence_is_what_it_was(plan, make, english):
    e = refused(make, plan)
    assert str(e) == english
    assert all(isinstance(m, Msg) for m in e.problems)
    assert str(e.message) == english and isinstance(e.message, Joined)


def test_json_paths_and_kinds_keep_their_sentences():
    d = json.loads(template_text("weibo-alipay-2019"))
    d["scenarios"][0]["placements"][0]["unit_per_day"] = 2
    e = refused(jsonio.plan_from_json, d)
    assert str(e) == "scenarios[0].placements[0].unit_per_day: unknown key"
    [m] = e.problems
    assert m.key == "json.at" and m.args["problem"].key == "json.unknown_key"
    d = json.loads(template_text("weibo-alipay-2019"))
    d["name"] = None
    assert str(refused(jsonio.plan_from_json, d)) == "name: expected text, got null"


def test_a_message_keeps_its_template_and_arguments(plan):
    e = refused(edits.update_placement, plan, "p1", cost=-5)
    [m] = e.problems
    assert m == "placement p1: cost must not be negative nor above 1e+13 (got -5)"
    assert m.key == "plan.placement.cost" and m.template == TEMPLATES["plan.placement.cost"]
    assert m.args == {"ident": "p1", "where": "", "limit": 1e13, "value": -5}
    inner = refused(edits.update_mini_program, plan, retention_7d=num(2)).problems[0]
    assert inner.args["what"].key == "plan.what.retention" and inner.args["label"].key == "word.value"
    assert pickle.loads(pickle.dumps(inner)) == inner and pickle.loads(pickle.dumps(inner)).key == inner.key


def test_counted_sentences_say_one_and_many_in_english():
    assert Msg("planfile.more_problems", n=1) == " (and 1 more problem)"
    assert Msg("planfile.more_problems", n=19) == " (and 19 more problems)"
    assert Msg("local.ignored", n=1).startswith("1 damaged entry in the local store (a template")
    assert Msg("local.ignored", n=3).startswith("3 damaged entries in the local store (templates")
    for t in TEMPLATES.values():
        if isinstance(t, Plural):
            assert "%n" in t.source and "%n" in t.one and "%n" in t.other


def test_file_errors_carry_messages(tmp_path, plan):
    with pytest.raises(PlanFileError) as e:
        planfile.open_plan(tmp_path / "none.mpplan")
    assert str(e.value) == "none.mpplan: no such file"
    assert e.value.message.key == "fileio.read.missing"
    (tmp_path / "e.mpplan").write_bytes(b"")
    with pytest.raises(PlanFileError) as e:
        planfile.open_plan(tmp_path / "e.mpplan")
    assert str(e.value) == "e.mpplan is empty (0 bytes): not a plan file" and e.value.message.key == "planfile.empty"
    with pytest.raises(PlanFileError) as e:
        planfile.save_plan(plan, "/dev/null")
    assert str(e.value) == "could not save null: it is not a regular file; choose a file name"
    with pytest.raises(fileio.FileAccessError) as f:
        fileio.read_regular("/dev/null", 100, "settings file")
    assert str(f.value) == "null: is a character device, not a settings file"
    assert f.value.message.args["what"].key == "fileio.what.settings"
    assert f.value.message.args["kind"].key == "fileio.kind.char_device"
    bad = tmp_path / "bad.json"
    d = json.loads(template_text("weibo-alipay-2019"))
    d["platforms"] = []
    bad.write_text(json.dumps(d))
    with pytest.raises(PlanFileError) as e:
        planfile.open_any(bad)
    assert str(e.value).startswith("bad.json: segment alipay_only uses unknown platform 'alipay' (and ")
    assert str(e.value).endswith(" more problems)") and e.value.message.args["more"].key == "planfile.more_problems"


def test_store_errors_and_notices_carry_messages(tmp_path, plan):
    store = LocalStore(tmp_path / "store")
    with pytest.raises(StoreError) as e:
        store.template("nope")
    assert str(e.value) == "no template 'nope'; known templates: weibo-alipay-2019, blank"
    assert e.value.message.key == "local.template.unknown"
    with pytest.raises(StoreError) as e:
        store.save_template("blank", plan)
    assert str(e.value) == "'blank' is a built-in template; choose another name"
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "store.sqlite").mkdir()
    damaged = LocalStore(tmp_path / "other")
    [notice] = damaged.notices
    assert notice.startswith("The local store could not be read (it is a folder); it was set aside as ")
    assert notice.key == "local.set_aside" and notice.args["reason"].args["kind"].key == "fileio.kind.folder"


def test_one_line_escapes_names_and_keeps_the_message():
    m = Msg("fileio.read.missing", name="evil\nline")
    safe = one_line(m)
    assert safe == "evil\\x0aline: no such file" and isinstance(safe, Msg) and safe.key == m.key
    j = one_line(Joined([m, "plain\x1b"]))
    assert j == "evil\\x0aline: no such file; plain\\x1b" and isinstance(j, Joined)
    assert one_line(Name(CATEGORY, "x\ny")).id == "x\\x0ay"


# ---------------------------------------------------------------- names


def test_categories_and_flags_have_english_names():
    assert CATEGORIES == tuple(names.CATEGORY_NAMES) and FLAGS == tuple(names.FLAG_NAMES)
    assert set(FLAGS) >= {"whitelisted", "service_type", "big_v", "invited"}
    assert names.category_name("public_welfare") == "Public welfare"
    assert names.category_name("all") == "All categories"
    assert names.category_name("pets") == "custom: pets"
    assert names.flag_name("big_v") == "Big-V account" and names.flag_name("gold") == "custom: gold"
    for template in ("weibo-alipay-2019", "blank"):
        p = builtin_template(template)
        used = {c for ph in p.phases for c in ph.admits} | {p.mini_program.category}
        assert all(names.is_known(CATEGORY, c) for c in used), used
        flags = set(p.mini_program.flags) | {f for s in p.slots for f in s.requires}
        assert all(names.is_known(FLAG, f) for f in flags), flags


def test_rule_problems_name_categories_and_flags_by_id(plan):
    p = dataclasses.replace(plan, mini_program=dataclasses.replace(
        plan.mini_program, category="e_commerce", flags=("whitelisted",)))
    problems = check(p)
    phase = next(x for x in problems if x.kind == "phase")
    category = dict(phase.args)["category"]
    assert isinstance(category, Name) and category.kind == CATEGORY and category == "e_commerce"
    assert "before 微博 Weibo admits the category 'e_commerce': first admitted in phase" in phase.message
    flags = next(x for x in problems if x.kind == "flags")
    missing = dict(flags.args)["flags"]
    assert isinstance(missing, Names) and missing.kind == FLAG
    assert flags.message.endswith(f"requires {', '.join(missing.ids)}, which the mini program does not have")
    assert check(p) == problems   # equal and hashable as before


# ---------------------------------------------------------------- add_phase


def test_a_new_phase_admits_what_its_predecessor_admits(plan):
    after, _ = edits.add_phase(plan, "alipay", D(2019, 8, 1), D(2019, 8, 31), "First")
    first = next(ph for ph in after.phases if ph.name == "First")
    assert first.admits == ()   # the platform's first phase: nothing yet
    weibo_end = max(ph.end for ph in plan.phases if ph.platform == "weibo")
    later, _ = edits.add_phase(plan, "weibo", weibo_end + dt.timedelta(days=1), plan.end + dt.timedelta(days=40), "Later")
    assert next(ph for ph in later.phases if ph.name == "Later").admits == plan.phase("open").admits == ("all",)
    given, _ = edits.add_phase(plan, "weibo", weibo_end + dt.timedelta(days=1), weibo_end + dt.timedelta(days=9),
                               "Given", admits=["campus", " campus", ""])
    assert next(ph for ph in given.phases if ph.name == "Given").admits == ("campus",)
    none, _ = edits.add_phase(plan, "weibo", weibo_end + dt.timedelta(days=1), weibo_end + dt.timedelta(days=9),
                              "None", admits=())
    assert next(ph for ph in none.phases if ph.name == "None").admits == ()


# ---------------------------------------------------------------- every message is registered


def _sources():
    files = sorted((PACKAGE / "core").glob("*.py")) + sorted((PACKAGE / "store").glob("*.py"))
    return files + [PACKAGE / "fileio.py"]


def test_every_message_key_in_the_sources_is_registered_and_every_template_is_used():
    used: set[str] = set()
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Msg" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant):
                    assert first.value in TEMPLATES, f"{path.name}: Msg({first.value!r}) is not in TEMPLATES"
                    used.add(first.value)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in TEMPLATES:
                used.add(node.value)   # keys chosen from a table (fileio's reasons, the store's)
    dynamic = ("word.", "json.kind.", "list.")   # made as f"word.{label}" and the like
    unused = [k for k in TEMPLATES if k not in used and not k.startswith(dynamic)]
    assert not unused, unused
