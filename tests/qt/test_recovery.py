"""Crash recovery and external changes, with the real window: a planner process is killed
with SIGKILL mid-work, and the next start offers what it had."""

import dataclasses
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from campaign_planner.qt import dialogs
from campaign_planner.qt.autosave import folder, recoverable
from campaign_planner.store import autosave
from campaign_planner.store.planfile import backups_of, open_plan, save_plan

from conftest import center, placement

EDITING_APP = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from campaign_planner.qt.app import create_app, make_window
app = create_app()
win = make_window(app, sys.argv[1])
win.resize(1400, 900)
app.processEvents()
tl = win.timeline
tl.set_zoom(10.0); tl.horizontalScrollBar().setValue(0); app.processEvents()
p2 = next(p for p in win.doc.placements() if p.id == "p2")
QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, tl.bar_rect(p2).center().toPoint())
for i in range(int(sys.argv[2])):
    QTest.keyClick(tl, Qt.Key_Right)          # real key presses: nudge p2 a day each
    app.processEvents()
print("edited", win.doc.placements()[1].start, flush=True)
if sys.argv[3] == "crash":
    os.kill(os.getpid(), 9)                   # a real crash: no clean-up runs
print("waiting", flush=True)
sys.stdin.readline()
"""


def run_app(plan_path, edits, mode):
    return subprocess.Popen([sys.executable, "-c", EDITING_APP, str(plan_path), str(edits), mode],
                            stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True, env=dict(os.environ))


def test_recovery_after_a_real_crash_of_the_window(qtbot, qapp, answers, template_file):
    """After a crash, the next start finds the working copy whose lock is stale and offers to restore it."""
    before = open_plan(template_file)
    proc = run_app(template_file, 5, "crash")
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == -signal.SIGKILL, out
    edited_start = out.split()[1]
    assert open_plan(template_file) == before  # the user's file was never touched
    from campaign_planner.qt.app import make_window
    answers.recover_answers = [dialogs.RESTORE]
    win = make_window(qapp, None)
    qtbot.addWidget(win)
    assert len(answers.recover_asked) == 1
    name, edited_at, saved_as = answers.recover_asked[0]
    assert name == before.name and saved_as == str(template_file.resolve()) and edited_at
    assert str(placement(win, "p2").start) == edited_start
    assert (placement(win, "p2").start - before.scenarios[0].placements[1].start).days == 5
    assert win.isWindowModified() and win.doc.path == str(template_file.resolve())
    # saving the restored plan writes it to its file and ends the working copy
    assert win.save()
    assert open_plan(template_file) == win.doc.plan
    assert autosave.working_copies(folder()) == []
    win.close()


def test_a_running_instance_is_not_a_crash(qtbot, qapp, answers, template_file):
    """A second running instance is not a crash: its working copy is never offered."""
    proc = run_app(template_file, 2, "stay")
    try:
        assert proc.stdout.readline().startswith("edited")
        assert proc.stdout.readline().startswith("waiting")
        assert len(autosave.working_copies(folder())) == 1
        assert recoverable() == []       # its lock is held by a live planner
    finally:
        proc.kill()
        proc.communicate()
    found = recoverable()                # now it is a crash
    assert len(found) == 1 and found[0][0].plan.name
    for _, _, lock, _ in found:
        lock.unlock()


def test_declining_a_recovery_keeps_it_for_later(qtbot, qapp, answers, template_file):
    proc = run_app(template_file, 1, "crash")
    proc.communicate(timeout=120)
    from campaign_planner.qt.app import make_window
    answers.recover_answers = [dialogs.DISCARD]
    win = make_window(qapp, None)
    qtbot.addWidget(win)
    assert win.doc is None
    assert autosave.working_copies(folder()) == []
    kept = list((folder() / "declined").iterdir())
    assert len(kept) == 1 and autosave.read_working_copy(kept[0]).plan.name
    # "not now" leaves it to be offered again
    proc = run_app(template_file, 1, "crash")
    proc.communicate(timeout=120)
    answers.recover_answers = [dialogs.LATER]
    win2 = make_window(qapp, None)
    qtbot.addWidget(win2)
    assert len(autosave.working_copies(folder())) == 1
    assert len(recoverable()) == 1


def test_every_edit_is_mirrored_and_a_clean_close_leaves_no_working_copy(window, answers):
    """The open plan is mirrored to a working copy in the application-data folder after every edit; the working copy is never the user's file."""
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p2"))
    QTest.keyClick(window.timeline, Qt.Key_Right)
    working = window.doc.autosaver.working.path
    assert autosave.read_working_copy(working).plan == window.doc.plan
    QTest.keyClick(window.timeline, Qt.Key_Right)
    assert autosave.read_working_copy(working).plan == window.doc.plan
    answers.save_answer = dialogs.DISCARD
    assert window.close_plan()
    assert not working.exists() and autosave.working_copies(folder()) == []


def test_saving_over_a_file_changed_on_disk_asks_first(window, answers, tmp_path):
    """If the file on disk changed since it was opened (size, mtime, hash), ask before overwriting."""
    path = Path(window.doc.path)
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p2"))
    QTest.keyClick(window.timeline, Qt.Key_Right)
    theirs = dataclasses.replace(open_plan(path), name="Changed by a colleague")
    save_plan(theirs, path)             # someone else saves the same file meanwhile
    answers.external_answer = dialogs.CANCEL
    assert not window.save()
    assert answers.external_asked == [("rollout.mpplan", False)]
    assert open_plan(path).name == "Changed by a colleague"
    answers.external_answer = dialogs.SAVE_AS
    answers.save_path = str(tmp_path / "mine.mpplan")
    assert window.save()
    assert open_plan(path).name == "Changed by a colleague" and open_plan(tmp_path / "mine.mpplan") == window.doc.plan
    assert window.doc.path == str((tmp_path / "mine.mpplan").resolve())


def test_overwrite_keeps_a_backup_of_what_was_there(window, answers, tmp_path, _data_dir):
    path = Path(window.doc.path)
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p2"))
    QTest.keyClick(window.timeline, Qt.Key_Right)
    save_plan(dataclasses.replace(open_plan(path), name="Changed by a colleague"), path)
    answers.external_answer = dialogs.OVERWRITE
    assert window.save()
    assert open_plan(path) == window.doc.plan
    kept = backups_of(_data_dir / "backups", path)
    assert kept and open_plan(kept[0]).name == "Changed by a colleague"


def test_a_plan_moved_away_while_open_does_not_swallow_the_save(window, answers, tmp_path):
    path = Path(window.doc.path)
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p2"))
    QTest.keyClick(window.timeline, Qt.Key_Right)
    moved = tmp_path / "renamed-by-sync.mpplan"
    shutil.move(path, moved)            # a sync client renames the open plan
    answers.external_answer = dialogs.CANCEL
    assert not window.save()
    assert answers.external_asked == [("rollout.mpplan", True)]
    assert not path.exists()
    answers.external_answer = dialogs.OVERWRITE   # "save it here again"
    assert window.save()
    assert open_plan(path) == window.doc.plan
    assert open_plan(moved).name == window.doc.plan.name and open_plan(moved) != window.doc.plan


def test_a_failed_save_tells_the_user_and_keeps_the_file_and_the_edits(window, answers, monkeypatch):
    import errno

    from campaign_planner.store import planfile
    path = Path(window.doc.path)
    before = path.read_bytes()
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p2"))
    QTest.keyClick(window.timeline, Qt.Key_Right)

    def full_disk(src, dst):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(planfile.os, "replace", full_disk)
    assert not window.save()
    assert answers.errors and "the disk may be full" in answers.errors[-1]
    assert path.read_bytes() == before
    assert window.isWindowModified()          # the edits are still unsaved, and still mirrored
    working = window.doc.autosaver.working.path
    assert autosave.read_working_copy(working).plan == window.doc.plan
