"""Never lose a plan: kills during saves, failures at every step, a full disk, kills during
an edit loop, backups, and one fixture per released format version."""

import dataclasses
import errno
import os
import random
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.jsonio import plan_from_json_text
from campaign_planner.core.plan import Placement
from campaign_planner.store import autosave, planfile
from campaign_planner.store.planfile import FORMAT_VERSION, SAVE_STEPS, PlanFileError, backups_of, open_plan, save_plan

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def old_and_new():
    old = builtin_template("weibo-alipay-2019")
    sc = old.scenarios[0]
    new = dataclasses.replace(old, name="The new version", scenarios=(dataclasses.replace(
        sc, placements=sc.placements + (Placement("p99", "weibo_square", sc.placements[0].start,
                                                  sc.placements[0].end, 3),)),))
    return old, new


def _fork_save(plan, path) -> int:
    pid = os.fork()
    if pid == 0:  # the child saves, nothing else
        try:
            save_plan(plan, path)
        finally:
            os._exit(0)
    return pid


def test_kill_9_at_random_instants_during_save_leaves_old_or_new(tmp_path, old_and_new, long_run):
    """kill -9 a child process at random instants during save: the file is always exactly the old or the new plan."""
    old, new = old_and_new
    trials = 1000 if long_run else 100
    path = tmp_path / "plan.mpplan"
    save_plan(old, path)
    old_bytes = path.read_bytes()
    durations = []  # a whole save in a forked child, fork included
    for _ in range(3):
        t = time.perf_counter()
        os.waitpid(_fork_save(new, tmp_path / "timing.mpplan"), 0)
        durations.append(time.perf_counter() - t)
    duration = sorted(durations)[1]
    rng = random.Random(1234)
    outcome = {"old": 0, "new": 0}
    for _ in range(trials):
        path.write_bytes(old_bytes)
        pid = _fork_save(new, path)
        time.sleep(rng.uniform(0, duration * 1.3))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if path.read_bytes() == old_bytes:
            outcome["old"] += 1
        else:
            assert open_plan(path) == new  # the new plan, whole, or nothing changed
            outcome["new"] += 1
    print(f"\n{trials} kills during save: {outcome}")
    assert outcome["old"] and outcome["new"], outcome  # kills landed both during and after saves
    save_plan(old, path)  # the next save removes any temporary file a kill left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.mpplan", "timing.mpplan"]


@pytest.mark.parametrize("failing", [s for s in SAVE_STEPS if s != "fsync-dir"])
def test_a_failure_at_any_step_leaves_the_old_file_and_says_so(tmp_path, old_and_new, failing):
    """Inject a failure at every I/O step of save: the old file is untouched and the user is told."""
    old, new = old_and_new
    path = tmp_path / "plan.mpplan"
    save_plan(old, path)
    before = path.read_bytes()
    seen = []

    def hook(step):
        seen.append(step)
        if step == failing:
            raise OSError(errno.EIO, "Input/output error")
    with pytest.raises(PlanFileError) as e:
        save_plan(new, path, hook=hook, backup_dir=tmp_path / "backups")
    assert seen[-1] == failing
    assert "could not save plan.mpplan" in str(e.value) and "unchanged" in str(e.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_folder_that_cannot_be_synced_does_not_fail_the_save(tmp_path, old_and_new):
    old, new = old_and_new
    path = tmp_path / "plan.mpplan"
    save_plan(old, path)

    def hook(step):
        if step == "fsync-dir":
            raise OSError(errno.EINVAL, "Invalid argument")
    save_plan(new, path, hook=hook)
    assert open_plan(path) == new


def test_a_full_disk_leaves_the_old_file_and_says_so(tmp_path, old_and_new):
    """RLIMIT_FSIZE makes every write past 16 KiB fail, as a full disk does."""
    old, new = old_and_new
    path = tmp_path / "plan.mpplan"
    save_plan(old, path)
    before = path.read_bytes()
    report = tmp_path / "child.txt"
    pid = os.fork()
    if pid == 0:
        try:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (16 * 1024, resource.RLIM_INFINITY))
            try:
                save_plan(new, path)
                outcome = "saved"
            except PlanFileError as e:
                outcome = str(e)
            except BaseException as e:  # anything else is a bug
                outcome = f"BUG {type(e).__name__}: {e}"
            resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
            report.write_text(outcome)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    outcome = report.read_text()
    assert "the disk may be full" in outcome, outcome
    assert path.read_bytes() == before
    report.unlink()
    assert [p.name for p in tmp_path.iterdir()] == ["plan.mpplan"]


def test_saving_keeps_a_small_rotation_of_backups(tmp_path, old_and_new):
    """The version being replaced is kept as a backup (the last three per plan)."""
    old, new = old_and_new
    path = tmp_path / "plan.mpplan"
    backups = tmp_path / "backups"
    save_plan(old, path, backup_dir=backups)
    assert backups_of(backups, path) == []  # nothing was replaced
    versions = [dataclasses.replace(old, name=f"Version {i}") for i in range(5)]
    for v in versions:
        save_plan(v, path, backup_dir=backups)
    kept = backups_of(backups, path)
    assert len(kept) == planfile.BACKUPS_KEPT
    assert [open_plan(k).name for k in kept] == ["Version 3", "Version 2", "Version 1"]
    assert open_plan(path).name == "Version 4"


EDIT_LOOP = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication([])
from campaign_planner.core import edits
from campaign_planner.core.catalog import builtin_template
from campaign_planner.qt.autosave import Autosaver
from campaign_planner.qt.document import PlanDocument
doc = PlanDocument(builtin_template("weibo-alipay-2019"), autosaver_factory=Autosaver.factory())
saver = doc.start_autosave()
print("working", saver.working.path, flush=True)
i = 0
while True:
    i += 1
    doc.edit("Units", edits.update_placement, "p2", units_per_day=i + 0.5)   # one placement's row
    doc.edit("Rename plan", edits.update_plan, name=f"edit {i}")              # the state's row
    # the edits returned: the window would show them now; the working copy already has them
    print("ack", i, flush=True)
"""


def test_kill_9_during_an_edit_loop_loses_no_acknowledged_edit(tmp_path, long_run, _data_dir):
    """kill -9 during an edit loop: every edit that the app acknowledged is in the recovered working copy."""
    trials = 100 if long_run else 10
    rng = random.Random(99)
    for trial in range(trials):
        env = dict(os.environ)
        proc = subprocess.Popen([sys.executable, "-c", EDIT_LOOP], stdout=subprocess.PIPE, text=True, env=env)
        working = Path(proc.stdout.readline().split(" ", 1)[1].strip())
        stop_after = rng.randint(1, 60)
        last_ack = 0
        for line in proc.stdout:
            last_ack = int(line.split()[1])
            if last_ack >= stop_after:
                break
        time.sleep(rng.uniform(0, 0.01))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        proc.stdout.close()
        rec = autosave.read_working_copy(working)
        recovered = int(rec.plan.name.split()[1])
        assert recovered >= last_ack, (trial, recovered, last_ack)
        units = next(p.units_per_day for p in rec.plan.scenarios[0].placements if p.id == "p2")
        # each write is whole: killed between an iteration's two edits, the units are one ahead
        assert (units, rec.edits) in ((recovered + 0.5, 2 * recovered), (recovered + 1.5, 2 * recovered + 1)), trial
        autosave.WorkingCopy(working.parent, working.stem).discard()


def test_every_released_format_version_has_a_fixture_that_opens():
    """Migrations: one committed fixture file per released format version; older versions migrate in memory and the file on disk is not rewritten."""
    for version in range(1, FORMAT_VERSION + 1):
        fixture = FIXTURES / f"plan-format-{version}.mpplan"
        expected = plan_from_json_text((FIXTURES / f"plan-format-{version}.json").read_text(encoding="utf-8"))
        before = fixture.read_bytes()
        assert open_plan(fixture) == expected
        assert fixture.read_bytes() == before  # opened (and migrated) in memory only


def test_a_declined_recovery_is_kept_for_a_while(tmp_path):
    wc = autosave.WorkingCopy(tmp_path / "autosave")
    wc.write(builtin_template("blank"), None)
    wc.close()
    kept = autosave.decline(wc.path)
    assert kept.parent.name == "declined" and autosave.read_working_copy(kept).plan.name == "Blank plan"
    assert autosave.working_copies(tmp_path / "autosave") == []
    autosave.purge_declined(tmp_path / "autosave", keep_days=14)
    assert kept.exists()
    old = time.time() - 15 * 86400
    os.utime(kept, (old, old))
    autosave.purge_declined(tmp_path / "autosave", keep_days=14)
    assert not kept.exists()


def test_a_damaged_working_copy_is_a_clear_error(tmp_path):
    bad = tmp_path / f"x{autosave.SUFFIX}"
    bad.write_bytes(b"not sqlite at all" * 50)
    with pytest.raises(autosave.WorkingCopyError, match="damaged|not a working copy"):
        autosave.read_working_copy(bad)


def _old_layout_copy(path: Path, plan) -> None:
    """A working copy as planners wrote them before each scenario's order had its own row."""
    import json
    import sqlite3

    from campaign_planner.core.jsonio import placement_to_json, plan_to_json
    conn = sqlite3.connect(path)
    for name in autosave.SCHEMA_1:
        conn.execute(autosave.SCHEMA[name])
    head = dataclasses.replace(plan, scenarios=tuple(dataclasses.replace(sc, placements=()) for sc in plan.scenarios))
    state = {"plan": plan_to_json(head), "saved_as": None, "edits": 3, "edited_at": "2024-05-01T10:00:00+08:00",
             "order": {sc.name: [p.id for p in sc.placements] for sc in plan.scenarios}}
    conn.execute("INSERT INTO state VALUES (1, ?)", (json.dumps(state),))
    conn.executemany("INSERT INTO placements VALUES (?, ?, ?)", [(sc.name, p.id, json.dumps(placement_to_json(p)))
                                                                 for sc in plan.scenarios for p in sc.placements])
    conn.commit()
    conn.close()


def test_a_working_copy_from_before_the_orders_table_is_read_and_continued(tmp_path):
    """A copy left by an older planner still restores; its next write moves the order to its table."""
    from campaign_planner.core import edits
    plan = builtin_template("weibo-alipay-2019")
    path = tmp_path / f"old{autosave.SUFFIX}"
    _old_layout_copy(path, plan)
    rec = autosave.read_working_copy(path)
    assert rec.plan == plan and rec.edits == 3
    w = autosave.WorkingCopy(tmp_path, "old")
    w.adopt(rec.plan, rec.edits)
    moved, changes = edits.move_placements(plan, {"p2"}, 1)
    w.write(moved, None, changes.placements)
    w.close()
    rec = autosave.read_working_copy(path)
    assert rec.plan == moved and rec.edits == 4
    import sqlite3
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM orders").fetchone()[0] == len(plan.scenarios)
    conn.close()


def test_an_edit_writes_only_what_it_changed(tmp_path):
    """Told what an edit changed, a write stores those placements; a scenario's order only when
    placements were added or removed; a write that fails changes nothing the next one relies on."""
    import sqlite3

    from campaign_planner.core import edits
    plan = builtin_template("weibo-alipay-2019")
    w = autosave.WorkingCopy(tmp_path / "autosave")
    w.write(plan, None)
    rows = {}

    def write(after, changes):
        conn = w._connect()
        before = conn.total_changes
        w.write(after, None, changes.placements)
        rows[len(rows)] = conn.total_changes - before
        assert autosave.read_working_copy(w.path).plan == after
        return after
    plan = write(*edits.move_placements(plan, {"p2"}, 1))
    plan = write(*edits.update_plan(plan, name="Renamed"))
    plan = write(*edits.add_placement(plan, plan.slots[0].id, plan.start))
    plan = write(*edits.delete_placements(plan, {"p1"}))
    assert rows == {0: 2, 1: 1, 2: 3, 3: 3}
    # a write that fails (the folder is gone): the next one, told only of its own edit, still has both
    w.close()
    conn = sqlite3.connect(w.path)
    conn.execute("PRAGMA query_only=ON")
    w._conn = conn
    moved, changes = edits.move_placements(plan, {"p2"}, 1)
    with pytest.raises(autosave.WorkingCopyError):
        w.write(moved, None, changes.placements)
    w._conn = None
    conn.close()
    again, more = edits.move_placements(moved, {"p3"}, 1)
    w.write(again, None, changes.placements | more.placements)   # the Autosaver keeps what failed
    assert autosave.read_working_copy(w.path).plan == again
    w.discard()
