"""Scenarios in the window (issue 12 item 1), reached as a person does: the Scenario menu, the
Scenarios panel's buttons and list, the switcher in the tool bar, Ctrl+PgUp / Ctrl+PgDown.
Names are typed in the dialog (the recorder answers); each edit is one undoable step with its
name; a bad name is refused with a message and changes nothing; the timeline, the problems,
the inspector and the charts show the current scenario; the plan file and the working copy
keep every scenario, in order. In English and in Chinese."""

import dataclasses
import datetime as dt

import numpy as np
import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, precondition, rule
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_document_stateful import DocumentMachine

from campaign_planner.core import edits, reach
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.plan import Placement, Scenario
from campaign_planner.core.rules import check
from campaign_planner.qt import texts
from campaign_planner.qt.app import install_translator, make_window, settings
from campaign_planner.store import autosave
from campaign_planner.store.planfile import open_plan, save_plan

D = dt.date


@pytest.fixture(autouse=True)
def application(qapp):
    """Every test here has the QApplication (the document's timers need its event loop), the
    state machine's too."""
    return qapp


def two_scenarios():
    """The rollout template (scenario A: p1..p6, no problem) and scenario B: p1 on the feed
    before Weibo admits the mini program (an error) and p9 on the home banner."""
    plan = builtin_template("weibo-alipay-2019")
    b = Scenario("B", (Placement("p1", "weibo_feed", D(2019, 7, 10), D(2019, 7, 30), 2.0),
                       Placement("p9", "alipay_home_banner", D(2020, 2, 1), D(2020, 2, 20), 1.0)))
    return dataclasses.replace(plan, scenarios=plan.scenarios + (b,))


def open_window(qapp, qtbot, path, language="en"):
    settings().setValue("language", language)
    win = make_window(qapp, str(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.charts is not None and win.scenario_panel is not None, timeout=5000)
    win.language = language
    return win


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "two.mpplan"
    save_plan(two_scenarios(), path)
    return path


@pytest.fixture(params=["en"])
def win(request, qtbot, qapp, answers, plan_file):
    try:
        w = open_window(qapp, qtbot, plan_file, request.param)
        yield w
        if w.doc is not None:
            w.doc.undo_stack.setClean()
    finally:
        install_translator(qapp, "en")
        settings().setValue("language", "en")


@pytest.fixture(params=["en", "zh_CN"])
def both(request, qtbot, qapp, answers, plan_file):
    """The window in English and in Chinese."""
    try:
        w = open_window(qapp, qtbot, plan_file, request.param)
        yield w
        if w.doc is not None:
            w.doc.undo_stack.setClean()
    finally:
        install_translator(qapp, "en")
        settings().setValue("language", "en")


def settled(win, qtbot):
    """Wait until the scenario shown has been analysed (its rules, problems and numbers)."""
    qtbot.waitUntil(lambda: not win.doc.analysis_paused, timeout=3000)
    QApplication.processEvents()


def names(win):
    return [s.name for s in win.doc.plan.scenarios]


def menu_action(win, text):
    """The Scenario menu's item ``text`` (without its "&"), as the person finds it."""
    win.scenario_menu.aboutToShow.emit()
    found = [a for a in win.scenario_menu.actions() if a.text().replace("&", "") == text]
    assert found, [a.text() for a in win.scenario_menu.actions()]
    return found[0]


def click(button):
    QTest.mouseClick(button, Qt.LeftButton)
    QApplication.processEvents()


def pick(combo, data):
    """Open the switcher's list and click the entry holding ``data``."""
    combo.showPopup()
    view = combo.view()
    index = combo.model().index(combo.findData(data), 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view.visualRect(index).center())
    QApplication.processEvents()


def undo(win):
    win.act_undo.trigger()
    QApplication.processEvents()


def redo(win):
    win.act_redo.trigger()
    QApplication.processEvents()


def shown_bars(win):
    """Placement ids the timeline draws (its lanes), and their dates."""
    return {pl.id: (pl.start, pl.end) for lane in win.timeline.model.lanes.values()
            for pl, _s, _e, _k in lane.visible(-10, 10_000)}


def assert_views_follow(win):
    """The timeline, the problems panel, the inspector and the charts all show the scenario."""
    doc = win.doc
    sc = doc.plan.scenario(doc.scenario)
    assert shown_bars(win) == {p.id: (p.start, p.end) for p in sc.placements}
    expected = check(doc.plan, doc.scenario)
    assert win.problems.row_count() == len(expected)
    assert sorted(win.problems.placement_at(r) for r in range(win.problems.row_count())) == \
        sorted(p.placement for p in expected)
    pr = reach.project(doc.plan, doc.scenario)
    shown = win.charts.last_projection
    assert shown.scenario == doc.scenario
    assert np.array_equal(shown.reach, pr.reach) and np.array_equal(shown.daily_reach, pr.daily_reach)
    assert win.inspector.stack.currentWidget() is win.inspector.plan_page    # nothing of another scenario selected
    assert win.scenarios.combo.currentData() == doc.scenario
    assert win.scenario_panel.list.currentItem().data(0, Qt.UserRole) == doc.scenario


# ---------------------------------------------------------------- switching


def test_the_switcher_lists_the_scenarios_and_picking_one_shows_it_everywhere(win, qtbot):
    assert win.scenario_bar.isVisible() and win.scenarios.combo.isVisible()
    assert [win.scenarios.combo.itemText(i) for i in range(win.scenarios.combo.count())] == ["A", "B"]
    assert win.doc.scenario == "A" and win.scenarios.combo.currentText() == "A"
    settled(win, qtbot)
    assert_views_follow(win)
    assert win.problems.row_count() == 0
    stack = win.doc.undo_stack.count()
    pick(win.scenarios.combo, "B")
    assert win.doc.scenario == "B"
    assert shown_bars(win) == {"p1": (D(2019, 7, 10), D(2019, 7, 30)), "p9": (D(2020, 2, 1), D(2020, 2, 20))}
    settled(win, qtbot)
    assert_views_follow(win)
    assert win.problems.row_count() == 1 and win.problems.placement_at(0) == "p1"
    assert win.timeline.model.problems_of("p1")                # hatched on the timeline
    assert win.doc.undo_stack.count() == stack and not win.doc.modified   # a view choice, not an edit
    assert "B" in win.windowTitle()
    pick(win.scenarios.combo, "A")
    settled(win, qtbot)
    assert_views_follow(win)


def test_ctrl_pgdown_and_ctrl_pgup_go_round_the_scenarios(win, qtbot):
    tl = win.timeline
    tl.setFocus()
    seen = []
    for key in (Qt.Key_PageDown, Qt.Key_PageDown, Qt.Key_PageUp, Qt.Key_PageUp):
        QTest.keyClick(tl, key, Qt.ControlModifier)
        QApplication.processEvents()
        seen.append(win.doc.scenario)
    assert seen == ["B", "A", "B", "A"]
    assert win.scenarios.act_next.shortcut().toString() == "Ctrl+PgDown"
    assert win.scenarios.act_previous.shortcut().toString() == "Ctrl+PgUp"
    from campaign_planner.qt.help import shortcut_rows
    keys = dict(shortcut_rows(win))
    assert any("Ctrl+PgDown" in k for k in keys.values()) and any("Ctrl+PgUp" in k for k in keys.values())


def test_a_click_in_the_panels_list_and_the_menus_list_switch(win, qtbot):
    lst = win.scenario_panel.list
    item = lst.topLevelItem(1)
    QTest.mouseClick(lst.viewport(), Qt.LeftButton, Qt.NoModifier, lst.visualItemRect(item).center())
    QApplication.processEvents()
    assert win.doc.scenario == "B"
    assert lst.topLevelItem(1).font(0).bold() and not lst.topLevelItem(0).font(0).bold()
    assert [lst.topLevelItem(i).text(1) for i in range(2)] == ["6", "2"]      # placements in each
    menu_action(win, "A").trigger()
    QApplication.processEvents()
    assert win.doc.scenario == "A"
    assert menu_action(win, "A").isChecked() and not menu_action(win, "B").isChecked()
    settled(win, qtbot)
    assert_views_follow(win)


def test_a_selection_does_not_follow_into_another_scenario(win, qtbot):
    win.timeline.set_selection({"p1", "p2"})
    assert win.inspector.stack.currentWidget() is win.inspector.placement_page
    pick(win.scenarios.combo, "B")
    assert not win.doc.selection.placements          # p1 of B is another placement than p1 of A
    settled(win, qtbot)
    assert_views_follow(win)


def test_the_rules_are_worked_out_after_the_new_scenario_is_painted(win, qtbot):
    """A switch paints the other scenario's bars first; its rules and numbers come right after."""
    settled(win, qtbot)
    order = []
    paint = type(win.timeline).paintEvent
    win.timeline.paintEvent = lambda e: (paint(win.timeline, e), order.append(("paint", win.doc.analysis_paused)))
    win.doc.sig_changed.connect(lambda ch: order.append(("resumed", None)) if ch == edits.Changes(phases=True)
                                else None)
    pick(win.scenarios.combo, "B")
    qtbot.waitUntil(lambda: ("resumed", None) in order, timeout=2000)
    assert order[0] == ("paint", True)             # the bars, before any rule was checked
    settled(win, qtbot)
    assert_views_follow(win)


# ---------------------------------------------------------------- edits, each an undo step


def test_new_scenario_from_the_menu_is_empty_shown_and_undoable(win, answers, qtbot):
    answers.text = "Lean"
    menu_action(win, "New Scenario…").trigger()
    QApplication.processEvents()
    title, label, offered = answers.text_asked[-1]
    assert (title, offered) == ("New scenario", "C")                # a free name is offered
    assert names(win) == ["A", "B", "Lean"] and win.doc.scenario == "Lean"
    assert shown_bars(win) == {} and win.doc.modified
    assert win.act_undo.text() == "Undo Add scenario"
    settled(win, qtbot)
    assert_views_follow(win)
    assert win.scenario_panel.names() == ["A", "B", "Lean"]
    undo(win)
    assert names(win) == ["A", "B"] and win.doc.scenario == "A"    # shown as it was before the edit
    assert win.act_redo.text() == "Redo Add scenario"
    redo(win)
    assert names(win) == ["A", "B", "Lean"] and win.doc.scenario == "Lean"


def test_duplicate_button_copies_the_scenario_shown(win, answers, qtbot):
    pick(win.scenarios.combo, "B")
    answers.text = "B bold"
    click(win.scenario_panel.buttons["duplicate"])
    assert answers.text_asked[-1][2] == "B copy"
    assert names(win) == ["A", "B", "B bold"] and win.doc.scenario == "B bold"
    assert win.doc.plan.scenario("B bold").placements == win.doc.plan.scenario("B").placements
    assert win.act_undo.text() == "Undo Duplicate scenario"
    # the copy is edited on its own
    win.timeline.set_selection({"p9"})
    win.timeline.setFocus()
    QTest.keyClick(win.timeline, Qt.Key_Right)
    assert win.doc.plan.scenario("B bold").placements[1].start == D(2020, 2, 2)
    assert win.doc.plan.scenario("B").placements[1].start == D(2020, 2, 1)
    win.timeline.set_selection(set())
    settled(win, qtbot)
    assert_views_follow(win)
    undo(win)
    undo(win)
    assert names(win) == ["A", "B"] and win.doc.scenario == "B"


def test_rename_by_double_click_and_the_title_follows(win, answers, qtbot):
    lst = win.scenario_panel.list
    pick(win.scenarios.combo, "B")
    answers.text = "  Bold \n push "
    at = lst.visualItemRect(lst.topLevelItem(1)).center()
    QTest.mouseClick(lst.viewport(), Qt.LeftButton, Qt.NoModifier, at)      # a double-click, as Qt sees one
    QTest.mouseDClick(lst.viewport(), Qt.LeftButton, Qt.NoModifier, at)
    QApplication.processEvents()
    assert answers.text_asked[-1][:3] == ("Rename scenario", "New name of B:", "B")
    assert names(win) == ["A", "Bold push"] and win.doc.scenario == "Bold push"
    assert win.scenarios.combo.currentText() == "Bold push"
    assert "Bold push" in win.windowTitle()
    assert win.act_undo.text() == "Undo Rename scenario"
    settled(win, qtbot)
    assert_views_follow(win)
    undo(win)
    assert names(win) == ["A", "B"] and win.doc.scenario == "B" and "— B —" in win.windowTitle()


def test_delete_shows_a_neighbour_never_deletes_the_last_and_undo_brings_it_back(win, qtbot):
    pick(win.scenarios.combo, "A")
    click(win.scenario_panel.buttons["delete"])
    assert names(win) == ["B"] and win.doc.scenario == "B"
    assert "Scenario A deleted" in win.statusBar().currentMessage()
    assert win.act_undo.text() == "Undo Delete scenario"
    assert not win.scenario_panel.buttons["delete"].isEnabled()      # the last one stays
    assert not win.scenarios.act_delete.isEnabled()
    assert "B" not in win.windowTitle()                              # one scenario: not named in the title
    settled(win, qtbot)
    assert_views_follow(win)
    undo(win)
    assert names(win) == ["A", "B"] and win.doc.scenario == "A"
    settled(win, qtbot)
    assert_views_follow(win)
    redo(win)
    assert names(win) == ["B"] and win.doc.scenario == "B"
    # the last one cannot be deleted, even asked directly: a message, nothing changed
    plan = win.doc.plan
    win.scenarios.delete()
    assert win.doc.plan is plan
    assert win.scenario_panel.error.isVisible()
    assert win.scenario_panel.error.text() == "Not changed: B is the plan's only scenario: a plan needs at least one"


def test_move_up_and_down_reorder_and_undo(win, qtbot):
    pick(win.scenarios.combo, "B")
    assert not win.scenario_panel.buttons["down"].isEnabled()
    click(win.scenario_panel.buttons["up"])
    assert names(win) == ["B", "A"] and win.doc.scenario == "B"
    assert win.scenario_panel.names() == ["B", "A"]
    assert [win.scenarios.combo.itemText(i) for i in range(2)] == ["B", "A"]
    assert win.act_undo.text() == "Undo Move scenario"
    assert not win.scenario_panel.buttons["up"].isEnabled() and win.scenario_panel.buttons["down"].isEnabled()
    menu_action(win, "Move Scenario Down").trigger()
    assert names(win) == ["A", "B"]
    undo(win)
    assert names(win) == ["B", "A"]
    undo(win)
    assert names(win) == ["A", "B"]


def test_undoing_an_edit_made_in_another_scenario_shows_that_scenario(win, qtbot):
    pick(win.scenarios.combo, "B")
    win.timeline.set_selection({"p9"})
    win.timeline.delete_selection()
    assert [p.id for p in win.doc.placements()] == ["p1"]
    pick(win.scenarios.combo, "A")
    settled(win, qtbot)
    undo(win)                                      # the deletion, made in B
    assert win.doc.scenario == "B"
    assert [p.id for p in win.doc.placements()] == ["p1", "p9"]
    settled(win, qtbot)
    assert_views_follow(win)
    pick(win.scenarios.combo, "A")
    redo(win)
    assert win.doc.scenario == "B" and [p.id for p in win.doc.placements()] == ["p1"]


@pytest.mark.parametrize("typed,why", [
    (" b", "there is already a scenario named B; choose another name"),     # in any case
    ("x" * 120, "a scenario's name has at most 100 characters (this one has 120)"),
])
def test_a_bad_name_is_refused_in_the_dialog_and_nothing_changes(win, answers, typed, why):
    plan, steps = win.doc.plan, win.doc.undo_stack.count()
    answers.text = typed
    for act in (win.scenarios.act_new, win.scenarios.act_duplicate, win.scenarios.act_rename):
        act.trigger()
        QApplication.processEvents()
        assert answers.errors[-1] == why               # shown under the field, OK disabled
        assert win.doc.plan is plan and win.doc.undo_stack.count() == steps


def test_an_empty_name_is_refused_with_a_message_and_nothing_changes(win, answers):
    plan, steps = win.doc.plan, win.doc.undo_stack.count()
    answers.text = "   "
    click(win.scenario_panel.buttons["new"])
    assert win.doc.plan is plan and win.doc.undo_stack.count() == steps
    assert win.scenario_panel.error.text() == "Not changed: a scenario needs a name"
    assert win.statusBar().currentMessage() == "Not changed: a scenario needs a name"
    answers.text = "Fine"
    click(win.scenario_panel.buttons["new"])
    assert not win.scenario_panel.error.isVisible() and names(win) == ["A", "B", "Fine"]


def test_a_cancelled_dialog_changes_nothing(win, answers):
    plan = win.doc.plan
    answers.text = None
    for act in (win.scenarios.act_new, win.scenarios.act_duplicate, win.scenarios.act_rename):
        act.trigger()
    assert win.doc.plan is plan and not win.doc.modified


# ---------------------------------------------------------------- saved and mirrored


def test_the_saved_file_keeps_the_scenarios_in_order(win, answers, tmp_path, qtbot):
    answers.text = "Copy of B"
    pick(win.scenarios.combo, "B")
    win.scenarios.act_duplicate.trigger()
    win.scenarios.act_up.trigger()
    win.scenarios.act_up.trigger()
    assert names(win) == ["Copy of B", "A", "B"]
    answers.save_path = str(tmp_path / "saved.mpplan")
    assert win.save_as()
    assert open_plan(answers.save_path) == win.doc.plan
    win.doc.undo_stack.setClean()
    assert win.open_path(str(tmp_path / "saved.mpplan"))
    assert names(win) == ["Copy of B", "A", "B"] and win.doc.scenario == "Copy of B"   # opened at the first
    qtbot.waitUntil(lambda: win.scenario_panel is not None, timeout=3000)
    assert win.scenario_panel.names() == ["Copy of B", "A", "B"]


def test_the_working_copy_holds_every_scenario_after_each_edit_undo_and_redo(win, answers, qtbot):
    saver = win.doc.autosaver
    assert saver is not None
    answers.text = "N"

    def mirrored():
        assert saver.error is None
        assert autosave.read_working_copy(saver.working.path).plan == win.doc.plan
    steps = [win.scenarios.act_new.trigger, win.scenarios.act_duplicate.trigger, win.scenarios.act_up.trigger,
             lambda: pick(win.scenarios.combo, "B"), win.scenarios.act_down.trigger,
             lambda: (setattr(answers, "text", "Renamed"), win.scenarios.act_rename.trigger()),
             win.scenarios.act_delete.trigger]
    for step in steps:
        step()
        QApplication.processEvents()
        if win.doc.modified:
            mirrored()
    for _ in range(win.doc.undo_stack.count()):
        undo(win)
        if win.doc.modified:
            mirrored()
    for _ in range(win.doc.undo_stack.count()):
        redo(win)
        mirrored()


# ---------------------------------------------------------------- both languages


def test_in_both_languages_the_scenario_ui_shows_sentences_not_ids(both, answers, qtbot):
    win = both
    zh = win.language == "zh_CN"
    assert [a.text() for a in win.menuBar().actions()][:3] == (
        ["文件(&F)", "编辑(&E)", "视图(&V)"] if zh else ["&File", "&Edit", "&View"])
    assert [a.menu() for a in win.menuBar().actions()][3] is win.scenario_menu    # File, Edit, View, Scenario, Help
    answers.text = "b"
    win.scenarios.act_new.trigger()
    assert answers.errors and "edits." not in answers.errors[-1] and "{" not in answers.errors[-1]
    answers.text = ""
    click(win.scenario_panel.buttons["new"])
    error = win.scenario_panel.error.text()
    assert error.startswith("未更改：" if zh else "Not changed: ")
    assert "edits." not in error and "{" not in error
    answers.text = "Lean"
    click(win.scenario_panel.buttons["new"])
    assert win.act_undo.text().startswith("撤销" if zh else "Undo ")
    assert isinstance(win.doc.undo_stack.command(win.doc.undo_stack.count() - 1).label, texts.TrText)
    settled(win, qtbot)
    assert_views_follow(win)
    pick(win.scenarios.combo, "B")
    settled(win, qtbot)
    assert_views_follow(win)
    # the problem of scenario B in the window's language, made from its template (no id)
    text = win.problems.model.text(win.problems.model.rows[0])
    assert text == ("信息流 Feed 上的 p1 于 2019-07-10 开始，早于 微博 Weibo 准入类目“公益”：最早在阶段“内测期 Internal test”"
                    "自 2019-10-01 起准入" if zh else
                    "p1 on 信息流 Feed starts 2019-07-10, before 微博 Weibo admits the category 'Public welfare': first "
                    "admitted in phase 内测期 Internal test from 2019-10-01")


def test_a_language_switch_keeps_the_scenario_shown_and_names_the_steps_again(win, answers, qapp, qtbot):
    answers.text = "Lean"
    pick(win.scenarios.combo, "B")
    win.scenarios.act_duplicate.trigger()
    assert win.doc.scenario == "Lean"
    doc = win.doc
    try:
        win.sig_language.emit("zh_CN")
        QApplication.processEvents()
        new = qapp._main_window
        qtbot.addWidget(new)
        assert new is not win and new.doc is doc
        qtbot.waitUntil(lambda: new.scenario_panel is not None, timeout=3000)
        assert new.scenarios.combo.currentData() == "Lean" and new.scenario_panel.names() == ["A", "B", "Lean"]
        assert new.act_undo.text().startswith("撤销")
        new.scenarios.act_next.trigger()
        assert doc.scenario == "A"
    finally:
        doc.undo_stack.setClean()
        install_translator(qapp, "en")
        settings().setValue("language", "en")


def test_a_drag_under_way_when_the_scenario_changes_moves_nothing(win, qtbot):
    """Ctrl+PgDown in the middle of a drag: the bar dragged belongs to the scenario left; the
    release then changes no scenario."""
    from conftest import center
    tl = win.timeline
    plan = win.doc.plan
    start = center(win, "p1")
    QTest.mousePress(tl.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    for dx in (10, 20, 40):
        QTest.mouseMove(tl.viewport(), start + QPoint(dx, 0))
    QTest.keyClick(tl, Qt.Key_PageDown, Qt.ControlModifier)
    assert win.doc.scenario == "B" and tl.gesture is None
    QTest.mouseRelease(tl.viewport(), Qt.LeftButton, Qt.NoModifier, start + QPoint(40, 0))
    QApplication.processEvents()
    assert win.doc.plan is plan and win.doc.undo_stack.count() == 0
    settled(win, qtbot)
    assert_views_follow(win)


def test_with_no_plan_open_the_scenario_ui_is_hidden_and_disabled(win, answers):
    win.doc.undo_stack.setClean()
    assert win.close_plan()
    assert win.doc is None and not win.scenario_bar.isVisible()
    win.scenario_menu.aboutToShow.emit()
    assert not any(a.isEnabled() for a in win.scenario_menu.actions() if not a.isSeparator())
    assert not win.docks["scenarios"].isVisible()


# ---------------------------------------------------------------- random sequences (the document alone)

NAMES = st.sampled_from(["A", "B", "b", "Copy", "Lean plan", " ", "A\x00"])


class ScenarioMachine(DocumentMachine):
    """DocumentMachine's edits, undo, redo and saves, with scenarios switched, added, duplicated,
    renamed, deleted and moved among them: undoing everything gives the original plan shown at
    its scenario; the scenario shown always exists; its problems are always the rules' (the
    rules kept for the scenario shown before are reused only when nothing they read changed)."""

    def names(self):
        return [s.name for s in self.doc.plan.scenarios]

    @rule(data=st.data())
    def switch(self, data):
        self.doc.set_scenario(data.draw(st.sampled_from(self.names())))

    @rule(name=NAMES)
    def add_scenario(self, name):
        self.apply("Add scenario", edits.add_scenario, name)

    @rule(name=NAMES)
    def duplicate_scenario(self, name):
        self.apply("Duplicate scenario", edits.duplicate_scenario, self.doc.scenario, name)

    @rule(name=NAMES)
    def rename_scenario(self, name):
        self.apply("Rename scenario", edits.rename_scenario, self.doc.scenario, name)

    @rule()
    def delete_scenario(self):
        self.apply("Delete scenario", edits.delete_scenario, self.doc.scenario)

    @rule(delta=st.sampled_from([-1, 1, 5]))
    def move_scenario(self, delta):
        self.apply("Move scenario", edits.move_scenario, self.doc.scenario, self.names().index(self.doc.scenario) + delta)

    @precondition(lambda self: self.doc.undo_stack.canUndo())
    @rule()
    def undo_all_then_redo(self):
        stack = self.doc.undo_stack
        here = stack.index()
        stack.setIndex(0)
        assert self.doc.scenario == "A"          # the original plan, shown at its only scenario
        stack.setIndex(here)

    @invariant()
    def the_scenario_shown_exists_and_its_problems_are_the_rules(self):
        assert self.doc.scenario in self.names()
        self.doc.resume_analysis()               # the timeline would have painted by now
        assert self.doc.problems() == check(self.doc.plan, self.doc.scenario)
        assert all(p.id in {q.id for q in self.doc.placements()} for p in self.doc.placements())
        assert self.doc.selection.placements <= {p.id for p in self.doc.placements()}


ScenarioMachine.TestCase.settings = hsettings(max_examples=30, stateful_step_count=30, deadline=None,
                                              suppress_health_check=[HealthCheck.too_slow])
TestScenarioSequences = ScenarioMachine.TestCase


def test_the_band_is_computed_again_for_the_scenario_shown(win, qtbot):
    qtbot.waitUntil(lambda: win.charts.bands.result is not None, timeout=30000)
    pick(win.scenarios.combo, "B")
    assert win.charts.bands.result is None                  # the band of A is gone at once
    qtbot.waitUntil(lambda: win.charts.bands.result is not None, timeout=30000)
    expected = reach.bands(win.doc.plan, "B", draws=win.charts.bands.draws)
    got = win.charts.bands.result
    assert np.allclose(got.p10, expected.p10) and np.allclose(got.p90, expected.p90)
    assert not np.allclose(got.p90, reach.bands(win.doc.plan, "A", draws=win.charts.bands.draws).p90)
