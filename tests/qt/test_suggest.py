"""Scenario > Suggest Bookings… (issue 13): the dialog filled as a person fills it, the optimiser
on a pool thread with a progress dialog and Cancel, the result as one undoable scenario shown
in the Compare tab."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_scenarios import open_window

from campaign_planner.core import optimize, reach
from campaign_planner.qt.charts.views import KINDS
from campaign_planner.store.planfile import open_plan, save_plan


def typed(widget, text):
    """Select what a field holds and type ``text`` over it."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(widget, text)


def untick(dlg, slot_id):
    """Click a slot's row in the dialog's list (a click on the name toggles it)."""
    item = dlg.slots.item_of(slot_id)
    dlg.slots.scrollToItem(item)
    rect = dlg.slots.visualItemRect(item)
    pos = rect.center()
    pos.setX(rect.left() + 60)  # on its name
    QTest.mouseClick(dlg.slots.viewport(), Qt.LeftButton, Qt.NoModifier, pos)


def wait_done(qtbot, win):
    qtbot.waitUntil(lambda: not win.scenarios.suggester.busy, timeout=20000)
    QApplication.processEvents()


def units(plan, scenario):
    """Booked unit-days per slot of a scenario."""
    out = {}
    for p in plan.scenario(scenario).placements:
        out[p.slot] = out.get(p.slot, 0) + p.units_per_day * ((p.end - p.start).days + 1)
    return out


def test_suggest_by_count_from_the_menu(qtbot, window, answers):
    win = window
    qtbot.waitUntil(lambda: win.charts is not None and win.scenario_panel is not None, timeout=5000)
    plan = win.doc.plan
    base = win.doc.scenario
    skipped = "alipay_home_banner"

    def fill(dlg):
        QTest.mouseClick(dlg.by_count, Qt.LeftButton)
        typed(dlg.count, "20")
        untick(dlg, skipped)
        typed(dlg.start.line, "2019-10-01")
        QTest.keyClick(dlg.start.line, Qt.Key_Return)
    answers.suggest = fill
    steps = win.doc.undo_stack.count()
    win.scenarios.act_suggest.trigger()
    wait_done(qtbot, win)

    assert answers.errors == []
    name = f"{base} optimised"
    after = win.doc.plan
    assert [s.name for s in after.scenarios] == [s.name for s in plan.scenarios] + [name]
    assert win.doc.scenario == name  # the timeline shows the suggestion
    assert win.doc.undo_stack.count() == steps + 1
    # the same request to the core gives the same bookings: what the dialog said reached it
    slots = [s.id for s in plan.slots if s.id != skipped]
    s = optimize.optimize(plan, base, bookings=20, slots=slots, start=dt.date(2019, 10, 1))
    assert len(s.bookings) == 20
    added = {p.id for p in after.scenario(name).placements} - {p.id for p in plan.scenario(base).placements}
    assert added and set(win.doc.selection.placements) == added  # the added placements are selected
    new = [p for p in after.scenario(name).placements if p.id in added]
    assert all(p.slot != skipped and p.start >= dt.date(2019, 10, 1) and p.units_per_day == 1 for p in new), new
    assert sum((p.end - p.start).days + 1 for p in new) == 20
    got = sorted((p.slot, p.start + dt.timedelta(days=i)) for p in new for i in range((p.end - p.start).days + 1))
    assert got == sorted(s.bookings)
    assert win.doc.projection().reach[-1] == pytest.approx(s.reach_after, rel=1e-9)
    # compared with its base in the Compare tab, with both bands
    charts = win.charts
    assert charts.tabs.currentIndex() == len(KINDS) and charts.current_kind() == "compare"
    panel = charts.compare_panel()
    assert (panel.combo_a.currentText(), panel.combo_b.currentText()) == (base, name)
    assert "Suggested 20 bookings" in win.statusBar().currentMessage()
    qtbot.waitUntil(lambda: panel.bands.result is not None, timeout=20000)
    assert panel.bands.result.bands_b is not None and panel.bands.result.bands_a is not None
    # one undoable step: Ctrl+Z takes the scenario away and shows the base again
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.timeline.setFocus()
    QTest.keyClick(win.timeline, Qt.Key_Z, Qt.ControlModifier)
    QApplication.processEvents()
    assert win.doc.plan.scenarios == plan.scenarios and win.doc.scenario == base
    win.act_redo.trigger()
    assert win.doc.scenario == name and len(win.doc.plan.scenarios) == len(plan.scenarios) + 1


def test_suggest_within_a_budget_from_the_panel_button(qtbot, window, answers, tmp_path):
    win = window
    qtbot.waitUntil(lambda: win.scenario_panel is not None, timeout=5000)
    plan = win.doc.plan
    base = win.doc.scenario
    prices = {s.id: s.cost_per_unit.value for s in plan.slots}

    def fill(dlg):
        QTest.mouseClick(dlg.by_budget, Qt.LeftButton)
        typed(dlg.budget, "abc")
        assert not dlg.ok.isEnabled() and "number" in dlg.error.text()
        typed(dlg.budget, "-5")
        assert not dlg.ok.isEnabled() and "negative" in dlg.error.text()
        typed(dlg.name, base)  # a name the plan uses
        assert not dlg.ok.isEnabled() and dlg.error.text()
        typed(dlg.name, "Half a million")
        typed(dlg.budget, "500,000")
        assert dlg.ok.isEnabled(), dlg.error.text()
    answers.suggest = fill
    QTest.mouseClick(win.scenario_panel.buttons["suggest"], Qt.LeftButton)
    wait_done(qtbot, win)
    after = win.doc.plan
    assert after.scenarios[-1].name == "Half a million" and win.doc.scenario == "Half a million"
    before_units, after_units = units(plan, base), units(after, "Half a million")
    spent = sum((after_units.get(k, 0) - before_units.get(k, 0)) * prices[k] for k in after_units)
    assert 0 < spent <= 500_000
    # it is kept: saved and opened again, the scenario is there
    path = tmp_path / "saved.mpplan"
    save_plan(after, path)
    assert open_plan(path).scenario("Half a million").placements == after.scenario("Half a million").placements


def test_a_budget_below_every_booking_adds_nothing_and_says_so(qtbot, window, answers):
    win = window
    plan = win.doc.plan
    steps = win.doc.undo_stack.count()

    def fill(dlg):
        QTest.mouseClick(dlg.by_budget, Qt.LeftButton)
        typed(dlg.budget, "1")
    answers.suggest = fill
    win.scenarios.act_suggest.trigger()
    wait_done(qtbot, win)
    assert win.doc.plan is plan and win.doc.undo_stack.count() == steps
    assert len(answers.infos) == 1 and "None of the 3,750 bookings the rules allow fits a budget of ¥1." in answers.infos[0]


def test_cancelled_dialog_changes_nothing(qtbot, window, answers):
    win = window
    plan = win.doc.plan
    answers.suggest = None
    win.scenarios.act_suggest.trigger()
    assert not win.scenarios.suggester.busy and win.doc.plan is plan


def test_cancel_in_the_progress_dialog_drops_the_result(qtbot, window, answers):
    win = window
    plan = win.doc.plan
    answers.suggest = lambda dlg: QTest.mouseClick(dlg.by_count, Qt.LeftButton)
    win.scenarios.act_suggest.trigger()
    suggester = win.scenarios.suggester
    assert suggester.busy and suggester.progress is not None
    cancel = suggester.progress.cancel
    QTest.mouseClick(cancel, Qt.LeftButton)
    assert not suggester.busy
    QTest.qWait(300)  # the worker's result, if it came, is dropped
    assert win.doc.plan is plan and win.doc.undo_stack.count() == 0
    assert "cancelled" in win.statusBar().currentMessage()


def test_the_rules_decide_what_is_suggested(qtbot, window, answers):
    """Weibo's slots open only in their phases and some need flags: no added booking is one the
    rules forbid, so the Problems panel has nothing new to say."""
    win = window
    plan = win.doc.plan
    base = win.doc.scenario
    answers.suggest = lambda dlg: (QTest.mouseClick(dlg.by_count, Qt.LeftButton), typed(dlg.count, "300"))
    win.scenarios.act_suggest.trigger()
    wait_done(qtbot, win)
    after = win.doc.plan
    name = after.scenarios[-1].name
    old = {p.id for p in plan.scenario(base).placements}
    added = tuple(p for p in after.scenario(name).placements if p.id not in old)
    assert sum((p.end - p.start).days + 1 for p in added) == 300
    assert not reach.forbidden_mask(after, reach.placement_rows(after, added)).any()
    assert {p.placement for p in win.doc.problems()} <= old | {None}


def test_the_dialog_in_chinese(qtbot, qapp, answers, template_file):
    win = open_window(qapp, qtbot, template_file, "zh_CN")
    try:
        seen = {}

        def fill(dlg):
            seen["title"] = dlg.windowTitle()
            seen["ok"] = dlg.ok.text()
            seen["slot"] = dlg.slots.item(0).text()
        answers.suggest = fill
        win.scenarios.act_suggest.trigger()
        wait_done(qtbot, win)
        assert seen["title"] == "建议投放" and seen["ok"] == "建议"
        assert "每单位" in seen["slot"]
        assert win.doc.plan.scenarios[-1].name.endswith("优化")
    finally:
        from campaign_planner.qt.app import install_translator, settings
        install_translator(qapp, "en")
        settings().setValue("language", "en")


def test_enter_in_a_field_suggests_and_a_bad_date_is_said(qtbot, window, answers):
    win = window
    seen = {}

    def fill(dlg):
        QTest.mouseClick(dlg.by_count, Qt.LeftButton)
        typed(dlg.count, "5")
        typed(dlg.start.line, "not a date")
        QTest.keyClick(dlg.start.line, Qt.Key_Return)  # said, and no suggestion with the old date
        seen["error"] = (dlg.error.isVisible(), dlg.error.text(), dlg.isVisible(), dlg.ok.isEnabled())
        typed(dlg.start.line, "2019/8/1")
        QTest.keyClick(dlg.start.line, Qt.Key_Return)  # a date: Enter suggests
        seen["accepted"] = dlg.result() == dlg.DialogCode.Accepted and not dlg.isVisible()
        seen["request"] = dlg.request()
    answers.suggest = fill
    win.scenarios.act_suggest.trigger()
    wait_done(qtbot, win)
    assert seen["error"] == (True, "“not a date” is not a date", True, False)
    assert seen["accepted"]
    assert (seen["request"].bookings, seen["request"].start) == (5, dt.date(2019, 8, 1))
    assert win.doc.plan.scenarios[-1].name == "A optimised"


def test_amounts_as_people_type_them():
    from campaign_planner.qt.suggest import parse_amount
    assert parse_amount("50,000") == 50_000
    assert parse_amount("¥5 万") == 50_000
    assert parse_amount("1.2亿") == 120_000_000
    assert parse_amount("lots") is None


def test_a_suggestion_on_a_suggestion_is_numbered(qtbot, window, answers):
    win = window
    names = []

    def fill(dlg):
        names.append(dlg.name.text())
        QTest.mouseClick(dlg.by_count, Qt.LeftButton)
    answers.suggest = fill
    win.scenarios.act_suggest.trigger()
    wait_done(qtbot, win)
    win.scenarios.act_suggest.trigger()  # from the suggestion, shown now
    wait_done(qtbot, win)
    assert names == ["A optimised", "A optimised 2"]
