"""Plan files: round trip, atomic save, defensive open, the first hostile corpus."""

import csv
import io
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.reach import project
from campaign_planner.export.csv import series_csv
from campaign_planner.store import planfile
from campaign_planner.store.planfile import FORMAT_VERSION, PlanFileError, open_plan, save_plan

import hostile
from strategies import plans


@pytest.fixture
def template():
    return builtin_template("weibo-alipay-2019")


def snapshot(folder: Path) -> dict:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}


def test_save_and_open_give_the_same_plan(tmp_path, template):
    """Round trip: a plan saved and opened is equal to itself; no temporary or journal is left."""
    path = tmp_path / "plan.mpplan"
    save_plan(template, path)
    assert open_plan(path) == template
    assert [p.name for p in tmp_path.iterdir()] == ["plan.mpplan"]  # no temp or journal left


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                HealthCheck.function_scoped_fixture])
@given(plans(max_placements=6))
def test_any_plan_round_trips_through_a_file(tmp_path, plan):
    """Round trip (hypothesis): any plan saved and opened is equal to itself."""
    path = tmp_path / "p.mpplan"
    save_plan(plan, path)
    assert open_plan(path) == plan


def test_the_file_is_plain_sqlite_with_our_ids(tmp_path, template):
    """The saved file is a single file in rollback-journal mode, with no deleted content left inside; its header carries the application id and the format version (read by the sqlite3 tool)."""
    path = tmp_path / "plan.mpplan"
    save_plan(template, path)
    out = subprocess.run(["sqlite3", str(path), "PRAGMA application_id; PRAGMA user_version; "
                          "PRAGMA journal_mode; PRAGMA freelist_count; SELECT count(*) FROM placements; "
                          "SELECT value FROM meta WHERE key = 'name';"],
                         capture_output=True, text=True, check=True).stdout.split()
    assert out[:5] == [str(planfile.APPLICATION_ID), str(FORMAT_VERSION), "delete", "0", "6"]
    assert " ".join(out[5:]) == template.name


def test_projection_table_matches_project_csv(tmp_path, template):
    path = tmp_path / "plan.mpplan"
    save_plan(template, path)
    conn = sqlite3.connect(path)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(projection)")]
    rows = conn.execute("SELECT * FROM projection WHERE scenario = 'A' ORDER BY date").fetchall()
    full = list(csv.reader(io.StringIO(series_csv(template, project(template)))))
    # the same columns, without project --csv's reach_phase_<id> ones
    keep = [i for i, c in enumerate(full[0]) if not c.startswith("reach_phase_")]
    assert len(keep) == len(full[0]) - len(template.phases)
    expected = [[r[i] for i in keep] for r in full]
    assert cols[1:] == expected[0]
    assert len(rows) == len(expected) - 1 == template.days
    assert rows[200][1] == expected[201][0]
    assert [f"{v:.2f}" for v in rows[200][2:]] == expected[201][1:]


def test_the_app_never_trusts_the_projection_table(tmp_path, template):
    """Every value is validated and the plan is rebuilt from its own tables: the projection table is never read back."""
    path = tmp_path / "plan.mpplan"
    save_plan(template, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE projection SET reach = 1")
    conn.commit()
    conn.close()
    assert open_plan(path) == template


def test_a_wal_mode_plan_opens(tmp_path, template):
    """A legitimate oddity opens fine: a plan saved in WAL mode (a WAL-mode image needs header bytes 18 and 19 set to 1 first)."""
    path = tmp_path / "plan.mpplan"
    save_plan(template, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    conn.execute("UPDATE meta SET value = 'Changed in WAL' WHERE key = 'name'")
    conn.commit()
    conn.close()
    assert path.read_bytes()[18:20] == b"\x02\x02"
    assert open_plan(path).name == "Changed in WAL"


def test_a_newer_version_is_refused_naming_both_versions_and_nothing_is_written(tmp_path, template):
    """Newer version: "made by a newer version of the planner (format N); this version reads up to M", and nothing is written anywhere."""
    path = tmp_path / "plan.mpplan"
    save_plan(template, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    before = snapshot(tmp_path)
    with pytest.raises(PlanFileError) as e:
        open_plan(path)
    assert "newer version of the planner (format 7)" in str(e.value)
    assert f"reads up to format {FORMAT_VERSION}" in str(e.value)
    assert snapshot(tmp_path) == before


def test_save_replaces_atomically_and_removes_stale_temps(tmp_path, template):
    """A kill at any instant leaves at most a stray temp file that the next save removes."""
    path = tmp_path / "plan.mpplan"
    save_plan(template, path)
    stale = tmp_path / ".plan.mpplan~abc123.tmp"  # as a killed save leaves it
    stale.write_bytes(b"half a save")
    import dataclasses
    second = dataclasses.replace(template, name="Second version")
    save_plan(second, path)
    assert open_plan(path).name == "Second version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.mpplan"]


def test_a_failed_save_leaves_the_old_file(tmp_path, template):
    """Never write over the only good copy: a failed rename leaves the old file, byte for byte."""
    import dataclasses
    path = tmp_path / "plan.mpplan"
    save_plan(template, path)
    before = path.read_bytes()

    def boom(step):
        if step == "replace":
            raise OSError(28, "No space left on device")
    with pytest.raises(PlanFileError, match="disk may be full"):
        save_plan(dataclasses.replace(template, name="New"), path, hook=boom)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["plan.mpplan"]


def test_saving_into_a_missing_folder_is_a_clear_error(tmp_path, template):
    with pytest.raises(PlanFileError, match="does not exist"):
        save_plan(template, tmp_path / "nope" / "plan.mpplan")


def test_a_file_over_the_size_cap_is_refused(tmp_path, template, monkeypatch):
    """Read the bytes once, with a size cap (over it: a clear error)."""
    path = tmp_path / "plan.mpplan"
    save_plan(template, path)
    monkeypatch.setattr(planfile, "MAX_FILE_BYTES", 1024)
    with pytest.raises(PlanFileError, match="larger than"):
        open_plan(path)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    return hostile.build(folder, builtin_template("weibo-alipay-2019"))


@pytest.fixture
def marker(tmp_path, monkeypatch):
    """A SQL function on every opening connection that leaves a file if anything calls it."""
    mark = tmp_path / "marker-was-called"

    def hook(conn):
        conn.create_function("marker", 0, lambda: mark.write_text("ran") and None, deterministic=True)
    monkeypatch.setattr(planfile, "TEST_CONNECT_HOOK", hook)
    return mark


def test_corpus_is_large_enough(corpus):
    assert len({name for name, _ in corpus if not name.startswith("truncated at page")}) >= 25


def test_the_corpus_is_really_hostile(corpus, marker):
    """Control: opened naively, the corpus's SQL does call the marker."""
    conn = sqlite3.connect(dict(corpus)["generated column calling a function"])
    planfile.TEST_CONNECT_HOOK(conn)
    conn.execute("SELECT g FROM meta").fetchall()
    conn.close()
    assert marker.exists()


def test_every_hostile_file_is_one_clear_error_and_runs_nothing(corpus, marker):
    """A hostile corpus (views shadowing tables, triggers, generated columns calling functions, recursive CTE views, huge blobs, wrong application id, newer version, zero bytes, HTML renamed to .mpplan, truncated at every page boundary): each gives PlanFileError, nothing runs (a test-only SQL function that writes a marker file proves it), each in under 2 s."""
    for name, path in corpus:
        before = path.read_bytes()
        t = time.perf_counter()
        with pytest.raises(PlanFileError) as e:
            open_plan(path)
        assert time.perf_counter() - t < 2, name
        msg = str(e.value)
        assert path.name in msg and "Traceback" not in msg and len(msg) < 300, (name, msg)
        assert not marker.exists(), name
        assert path.read_bytes() == before, name


@pytest.mark.parametrize("name,expect", [
    ("zero bytes", "empty"), ("html renamed", "not a plan file"),
    ("plain sqlite database", "not a Campaign Planner plan"), ("newer version", "newer version"),
    ("trigger", "altered"), ("view shadowing a table", "altered"), ("generated column calling a function", "altered"),
    ("truncated half page", "truncated"), ("unknown slot", "unknown slot 'nowhere'"),
    ("huge blob", "damaged"), ("text in a number column", "expected a number"),
])
def test_hostile_messages_say_what_is_wrong(corpus, name, expect):
    path = dict(corpus)[name]
    with pytest.raises(PlanFileError, match=expect):
        open_plan(path)
