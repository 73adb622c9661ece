"""The file lifecycle (qt/files.py) with the real window: a closed plan is freed, the
document gets its file state when it is made, and autosave writes what an edit changed."""

import dataclasses
import gc
import random
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtTest import QTest

from campaign_planner.core import edits
from campaign_planner.core.plan import Plan
from campaign_planner.qt import dialogs
from campaign_planner.qt.autosave import Autosaver, folder
from campaign_planner.qt.document import PlanDocument
from campaign_planner.store import autosave
from campaign_planner.store.planfile import fingerprint, open_plan, save_plan

from conftest import center
from plans import big_plan


def deleted_later(qapp):
    """Run what deleteLater scheduled, then Python's collector."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
    gc.collect()


def nudge(window, pid="p2"):
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, pid))
    QTest.keyClick(window.timeline, Qt.Key_Right)


def test_closing_plans_frees_their_documents(window, answers, qapp, tmp_path):
    """Open and close five plans with File > Open and File > Close plan (each edited, its
    changes discarded): none of the five documents, undo stacks or plans stays alive."""
    first = weakref.ref(window.doc)
    docs, stacks = [], []
    answers.save_answer = dialogs.DISCARD
    for i in range(5):
        path = tmp_path / f"plan{i}.mpplan"
        save_plan(dataclasses.replace(window.doc.plan if window.doc else open_plan(answers.open_path),
                                      name=f"Plan {i}"), path)
        answers.open_path = str(path)
        window.act_open.trigger()
        assert window.doc.plan.name == f"Plan {i}" and window.stack.currentWidget() is window.timeline
        window.timeline.set_zoom(10.0)
        window.timeline.horizontalScrollBar().setValue(0)
        qapp.processEvents()
        nudge(window)
        assert window.doc.modified and window.doc.undo_stack.count() == 1 and window.doc.autosaver
        docs.append(weakref.ref(window.doc))
        stacks.append(weakref.ref(window.doc.undo_stack))
        window.act_close.trigger()
        assert window.doc is None and window.stack.currentWidget() is window.start_page
    assert answers.errors == []
    assert autosave.working_copies(folder()) == []      # each discarded working copy went with its plan
    deleted_later(qapp)
    assert first() is None
    assert [d() for d in docs] == [None] * 5
    assert [s() for s in stacks] == [None] * 5
    alive = {o.name for o in gc.get_objects() if isinstance(o, Plan)}
    assert not alive & {f"Plan {i}" for i in range(5)}


def test_opening_another_plan_and_new_from_template_free_the_one_before(window, answers, qapp, tmp_path):
    before = weakref.ref(window.doc)
    assert window.new_from_template("blank")
    blank = weakref.ref(window.doc)
    path = tmp_path / "other.mpplan"
    save_plan(open_plan(window.doc.path) if window.doc.path else window.doc.plan, path)
    assert window.open_path(str(path))
    deleted_later(qapp)
    assert before() is None and blank() is None and window.doc is not None


def test_the_document_gets_its_file_state_when_it_is_made(window, answers, tmp_path, template_file):
    doc = window.doc
    assert doc.path == str(template_file.resolve()) and doc.fingerprint == fingerprint(template_file)
    assert doc.autosaver is not None and doc.autosaver.doc is doc
    nudge(window)
    working = doc.autosaver.working.path
    answers.save_path = str(tmp_path / "saved.mpplan")
    assert window.save_as()
    assert doc.path == str((tmp_path / "saved.mpplan").resolve())
    assert doc.fingerprint == fingerprint(tmp_path / "saved.mpplan")
    assert not working.exists()                          # saved: its working copy went
    nudge(window)                                         # the next edit starts a new one
    assert doc.autosaver.working.path != working
    assert autosave.read_working_copy(doc.autosaver.working.path).plan == doc.plan


def test_a_document_without_a_factory_is_not_autosaved(qapp):
    doc = PlanDocument(big_plan(placements=10))
    assert doc.start_autosave() is None and doc.fingerprint is None and doc.path is None
    doc.mark_saved("/somewhere/plan.mpplan", ("fp",))
    assert doc.path == "/somewhere/plan.mpplan" and doc.fingerprint == ("fp",)


# ---------------------------------------------------------------------------- autosave costs what the edit changed

def rows_written(saver, fn):
    """How many rows ``fn`` (an edit, undo or redo) made the working copy write."""
    conn = saver.working._connect()
    before = conn.total_changes
    fn()
    return conn.total_changes - before


def test_a_nudge_on_a_big_plan_writes_a_few_rows_and_an_add_rewrites_the_order(qapp):
    plan = big_plan(placements=20_000)
    doc = PlanDocument(plan, autosaver_factory=Autosaver.factory())
    saver = doc.start_autosave()
    pid = plan.scenarios[0].placements[7].id
    doc.edit("Move", edits.move_placements, {pid}, 1)           # the first write: the whole plan
    assert saver.error is None and saver.working.edits == 1
    # one placement row and the state row: no other placement, and not the order
    assert rows_written(saver, lambda: doc.edit("Move", edits.move_placements, {pid}, 1)) == 2
    assert rows_written(saver, doc.undo_stack.undo) == 2
    assert rows_written(saver, doc.undo_stack.redo) == 2
    # adding a placement: its row, the scenario's order, the state
    slot = plan.slots[0].id
    assert rows_written(saver, lambda: doc.edit("Add", edits.add_placement, slot, plan.start)) == 3
    assert rows_written(saver, doc.undo_stack.undo) == 3          # its row deleted, the order, the state
    assert autosave.read_working_copy(saver.working.path).plan == doc.plan
    doc.close()


def test_every_edit_undo_and_redo_is_mirrored_whole(qapp, tmp_path):
    """Random edits, undos and redos of a plan with two scenarios: after each, the working
    copy (written only where the Changes say) reads back as the document's plan."""
    base = big_plan(placements=60, slots=6)
    plan = dataclasses.replace(base, scenarios=base.scenarios + (dataclasses.replace(base.scenarios[0], name="B"),))
    doc = PlanDocument(plan, autosaver_factory=Autosaver.factory())
    saver = doc.start_autosave()
    rng = random.Random(7)
    copied = []
    for step in range(150):
        pls = doc.placements()
        ids = [p.id for p in pls]
        kind = rng.choice(["move", "move", "units", "add", "delete", "paste", "undo", "redo", "scenario", "plan"])
        if kind == "move" and ids:
            doc.edit("Move", edits.move_placements, set(rng.sample(ids, min(len(ids), rng.randint(1, 3)))),
                     rng.choice([-2, -1, 1, 2]), doc.scenario, merge_id=rng.choice([-1, PlanDocument.NUDGE]))
        elif kind == "units" and ids:
            doc.edit("Units", edits.update_placement, rng.choice(ids), doc.scenario, units_per_day=rng.randint(1, 9))
        elif kind == "add":
            doc.edit("Add", edits.add_placement, rng.choice(plan.slots).id,
                     plan.start + (plan.end - plan.start) * rng.random() // 2, scenario=doc.scenario)
        elif kind == "delete" and ids:
            doc.edit("Delete", edits.delete_placements, set(rng.sample(ids, min(len(ids), 2))), doc.scenario)
        elif kind == "paste":
            copied = copied or list(pls[:3])
            doc.edit("Paste", edits.paste_placements, copied, plan.start, scenario=doc.scenario)
        elif kind == "undo" and doc.undo_stack.canUndo():
            doc.undo_stack.undo()
        elif kind == "redo" and doc.undo_stack.canRedo():
            doc.undo_stack.redo()
        elif kind == "scenario":
            doc.scenario = rng.choice(["A", "B"]) if "A" in {s.name for s in doc.plan.scenarios} else doc.scenario
        elif kind == "plan":
            doc.edit("Name", edits.update_plan, name=f"Plan at step {step}")
        assert saver.error is None
        if doc.modified or saver.working.edits:
            assert autosave.read_working_copy(saver.working.path).plan == doc.plan, (step, kind)
    doc.close()


def test_edits_made_while_autosave_fails_are_written_once_it_works(qapp):
    """What edits touched while the working copy could not be written stays noted: the first
    write that succeeds afterwards holds them all."""
    import sqlite3
    plan = big_plan(placements=200)
    doc = PlanDocument(plan, autosaver_factory=Autosaver.factory())
    saver = doc.start_autosave()
    ids = [p.id for p in plan.scenarios[0].placements]
    doc.edit("Move", edits.move_placements, {ids[0]}, 1)
    assert saver.error is None
    saver.working.close()
    saver.working._conn = sqlite3.connect(saver.working.path, isolation_level=None)
    saver.working._conn.execute("PRAGMA query_only=ON")                  # every write fails now
    doc.edit("Move", edits.move_placements, {ids[1]}, 1)
    doc.edit("Delete", edits.delete_placements, {ids[2]})
    doc.edit("Units", edits.update_placement, ids[3], units_per_day=7)
    assert saver.error and "cannot write" in saver.error
    saver.working.close()                                                  # writable again
    doc.edit("Move", edits.move_placements, {ids[4]}, 1)
    assert saver.error is None
    assert autosave.read_working_copy(saver.working.path).plan == doc.plan
    doc.close()


def test_two_recovered_plans_each_get_a_window_and_keep_their_working_copies(qtbot, qapp, answers):
    """Two plans left unsaved: the first is restored in the window, the second in a new one;
    each goes on mirroring to the working copy it was restored from."""
    from campaign_planner.core.catalog import builtin_template
    from campaign_planner.qt.app import make_window
    left = []
    for name in ("First", "Second"):
        w = autosave.WorkingCopy(folder())
        w.write(dataclasses.replace(builtin_template("weibo-alipay-2019"), name=name), None)
        w.close()                                   # its planner is gone: no lock held
        left.append(w.path)
    answers.recover_answers = [dialogs.RESTORE, dialogs.RESTORE]
    win = make_window(qapp, None)
    qtbot.addWidget(win)
    assert len(win._extra_windows) == 1
    other = win._extra_windows[0]
    qtbot.addWidget(other)
    windows = sorted((win, other), key=lambda w: w.doc.plan.name)
    assert [w.doc.plan.name for w in windows] == ["First", "Second"]
    for w, path in zip(windows, sorted(left, key=lambda p: autosave.read_working_copy(p).plan.name)):
        assert w.isWindowModified() and w.doc.autosaver.working.path == path
        w.doc.edit("Rename", edits.update_plan, name=f"{w.doc.plan.name} again")
        assert autosave.read_working_copy(path).plan == w.doc.plan
        w.doc.undo_stack.setClean()
