"""Costs in the window (issue 12 item 3), reached as a person does: the inspector's Costs tab
(a slot's cost per unit typed after a double-click), the Plan tab's budget, currency and
target frequency, the placement's cost under its Cost field, and the status bar's cost of the
scenario shown, which follows every edit and goes red over the budget, with the Problems
panel's warning. A value the plan cannot take is refused with the reason and changes nothing;
each edit is one undoable step with its name. In Chinese, money is written with 万 / 亿 and
slots and platforms by their names."""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLineEdit
from test_inspector import type_into

from campaign_planner.core import costs, reach
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.plan import Assumption, Placement, Scenario
from campaign_planner.export.numbers import full_money, money
from campaign_planner.qt.app import install_translator, make_window, settings
from campaign_planner.store.planfile import save_plan

from conftest import center


def tab(win, name):
    """Click the inspector's tab called ``name`` (nothing selected: the plan's tabs)."""
    tabs = win.inspector.plan_page.tabs
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == name)
    QTest.mouseClick(bar, Qt.LeftButton, Qt.NoModifier, bar.tabRect(index).center())
    QApplication.processEvents()
    assert tabs.currentIndex() == index


def slot_row(win, slot_id):
    plan = win.doc.plan
    return [s.id for s in plan.slots].index(slot_id)


def edit_cell(table, row, column, text):
    """Double-click a cell, type ``text`` over what it holds, press Enter."""
    item = table.item(row, column)
    table.scrollToItem(item)
    at = table.visualItemRect(item).center()
    QTest.mouseClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, at)
    QTest.mouseDClick(table.viewport(), Qt.LeftButton, Qt.NoModifier, at)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    QTest.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()


def empty(field):
    """Click into a field, select what is there, delete it, press Enter."""
    QTest.mouseClick(field, Qt.LeftButton)
    QTest.keyClick(field, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClick(field, Qt.Key_Delete)
    QTest.keyClick(field, Qt.Key_Return)


def undo(win):
    QTest.keyClick(win, Qt.Key_Z, Qt.ControlModifier)
    QApplication.processEvents()


def status_cost(plan, scenario=None, chinese=False):
    """What the status bar should say the scenario costs."""
    return money(costs.scenario_cost(plan, scenario), plan.currency, chinese, digits=2)


def budget_warnings(win):
    model = win.problems.model
    return [model.text(p) for p in model.rows if "budget" in model.text(p)]


def test_the_status_bar_follows_a_cost_per_unit_typed_in_the_costs_tab(window):
    plan = window.doc.plan
    label = window.cost_label
    assert label.isVisible() and label.text() == f"Cost {status_cost(plan)}" == "Cost ¥464.04K"
    assert "A costs ¥464,040" in label.toolTip()
    tab(window, "Costs")
    page = window.inspector.plan_page
    table = page.cost_table
    assert table.horizontalHeaderItem(1).text() == "Per unit (¥)"
    r = slot_row(window, "weibo_feed")
    # what the table shows: the name, the cost per unit and its range (compact), what its placements cost
    shown = [table.itemDelegate().displayText(table.item(r, c).text(), table.locale()) for c in range(5)]
    feed = plan.slot("weibo_feed")
    assert shown == [feed.name, "2,000", "1,000", "4,000", "¥168K"]
    edit_cell(table, r, 1, "4000")
    after = window.doc.plan
    assert after.slot("weibo_feed").cost_per_unit == Assumption(4000.0, 1000.0, 4000.0, feed.cost_per_unit.source)
    assert label.text() == f"Cost {status_cost(after)}" != f"Cost {status_cost(plan)}"
    assert table.item(r, 4).text() == money(costs.costs(after).slots["weibo_feed"], digits=2)
    assert window.act_undo.text() == "Undo Change cost per unit"
    # the platform's and the scenario's totals below the table follow
    totals = {page.totals.itemAt(i, QFormLayout.LabelRole).widget().text():
              page.totals.itemAt(i, QFormLayout.FieldRole).widget().text() for i in range(page.totals.rowCount())}
    weibo = next(p.name for p in plan.platforms if p.id == "weibo")
    assert totals[weibo] == money(costs.costs(after).platforms["weibo"], digits=2)
    assert totals["Scenario A"].startswith(money(costs.costs(after).total, digits=2))
    # the high end of the range too: one more step
    edit_cell(table, r, 3, "8,000")
    assert window.doc.plan.slot("weibo_feed").cost_per_unit.high == 8000
    undo(window)
    undo(window)
    assert window.doc.plan == plan
    assert label.text() == "Cost ¥464.04K"
    assert table.item(r, 1).text() == "2,000"


def test_a_negative_cost_per_unit_or_a_word_is_refused_and_changes_nothing(window):
    tab(window, "Costs")
    table = window.inspector.plan_page.cost_table
    plan, steps, status = window.doc.plan, window.doc.undo_stack.count(), window.cost_label.text()
    r = slot_row(window, "weibo_feed")
    edit_cell(table, r, 1, "-5")
    error = window.inspector.error
    assert error.isVisible() and error.text().startswith("Not changed:") and "negative" in error.text()
    assert window.doc.plan is plan and window.doc.undo_stack.count() == steps
    assert table.item(r, 1).text() == "2,000" and window.cost_label.text() == status
    edit_cell(table, r, 2, "cheap")
    assert error.text() == "Not changed: “cheap” is not a number"
    assert window.doc.plan is plan and window.doc.undo_stack.count() == steps
    assert table.item(r, 2).text() == "1,000"
    # a low above the value is refused too
    edit_cell(table, r, 2, "3000")
    assert error.text().startswith("Not changed:") and window.doc.plan is plan


def test_a_budget_shows_in_the_status_bar_and_going_over_it_turns_red_and_warns(window):
    page = window.inspector.plan_page
    label = window.cost_label
    plan = window.doc.plan
    assert plan.budget is None and not page.cost_budget.isVisible()
    assert page.form.labelForField(page.budget).text() == "Budget (¥)" and page.budget.placeholderText() == "none"
    type_into(page.budget, "600,000")
    assert window.doc.plan.budget == 600_000
    assert window.act_undo.text() == "Undo Change budget"
    assert label.text() == "Cost ¥464.04K of ¥600K budget" and "c62828" not in label.styleSheet()
    assert page.cost_budget.isVisible() and page.cost_budget.text() == "¥135.96K of ¥600K"
    assert budget_warnings(window) == []
    # a budget below the cost: red, with how far over, and a warning in the Problems panel
    type_into(page.budget, "400000")
    assert label.text() == "Cost ¥464.04K, over budget by ¥64.04K" and "c62828" in label.styleSheet()
    assert page.cost_budget.text() == "over by ¥64.04K" and "C62828" in page.cost_budget.styleSheet()
    assert len(budget_warnings(window)) == 1 and "464,040.00" in budget_warnings(window)[0]
    # the summary: the total with its range, and per thousand people reached
    c = costs.costs(window.doc.plan)
    assert page.cost_total.text() == f"¥464.04K ({money(c.total_low, digits=2)} – {money(c.total_high, digits=2)})"
    assert page.cost_per_k.text() == money(c.per_thousand(window.doc.projection().reach[-1]))
    undo(window)
    assert label.text() == "Cost ¥464.04K of ¥600K budget" and budget_warnings(window) == []
    # emptied: no budget again
    empty(page.budget)
    assert window.doc.plan.budget is None and label.text() == "Cost ¥464.04K"
    assert not page.cost_budget.isVisible()
    undo(window)
    undo(window)
    assert window.doc.plan == plan


def test_a_negative_budget_or_a_bad_currency_is_refused_and_changes_nothing(window):
    page = window.inspector.plan_page
    plan, steps = window.doc.plan, window.doc.undo_stack.count()
    type_into(page.budget, "-100")
    error = window.inspector.error
    assert error.isVisible() and error.text().startswith("Not changed: the budget must not be negative")
    assert window.doc.plan is plan and window.doc.undo_stack.count() == steps and page.budget.text() == ""
    type_into(page.budget, "a lot")
    assert error.text() == "Not changed: “a lot” is not a number" and window.doc.plan is plan
    type_into(page.currency.lineEdit(), "yuan")
    assert error.text().startswith("Not changed: the currency must be a three-letter code")
    assert window.doc.plan is plan and window.doc.undo_stack.count() == steps
    assert page.currency.currentText() == "CNY"


def test_the_currency_chosen_is_written_everywhere_the_money_is(window, qtbot):
    page = window.inspector.plan_page
    assert [page.currency.itemText(i) for i in range(page.currency.count())][:4] == ["CNY", "USD", "EUR", "HKD"]
    type_into(page.currency.lineEdit(), "usd")   # any case: kept in capitals
    assert window.doc.plan.currency == "USD"
    assert window.act_undo.text() == "Undo Change currency"
    assert window.cost_label.text() == "Cost $464.04K"
    assert page.form.labelForField(page.budget).text() == "Budget ($)"
    assert page.cost_table.horizontalHeaderItem(1).text() == "Per unit ($)"
    assert page.cost_total.text().startswith("$464.04K")
    # picked from the list
    combo = page.currency
    combo.showPopup()
    index = combo.model().index(combo.findText("HKD"), 0)
    QTest.mouseClick(combo.view().viewport(), Qt.LeftButton, Qt.NoModifier, combo.view().visualRect(index).center())
    QApplication.processEvents()
    assert window.doc.plan.currency == "HKD" and window.cost_label.text() == "Cost HK$464.04K"
    # Ctrl+Z in the field with nothing typed undoes the plan's edits, not the field's text
    window.activateWindow()   # the list closed (offscreen, the window is not active again by itself)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.mouseClick(combo.lineEdit(), Qt.LeftButton)
    assert QApplication.focusWidget() is combo
    undo(window)
    undo(window)
    assert window.doc.plan.currency == "CNY" and window.cost_label.text() == "Cost ¥464.04K"


def test_the_target_frequency_moves_the_target_date(window, qtbot):
    qtbot.waitUntil(lambda: window.charts is not None)
    chart = window.charts.charts["reach"]
    spin = window.inspector.plan_page.target_k
    plan = window.doc.plan
    assert spin.value() == 1 and spin.text() == "1+ times" and "unique reach" in spin.toolTip()
    QTest.mouseClick(spin, Qt.LeftButton)
    QTest.keyClick(spin, Qt.Key_Up)
    assert window.doc.plan.target_frequency == 2
    assert window.act_undo.text() == "Undo Change target frequency"
    QTest.keyClick(spin, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(spin, "4")
    assert window.doc.plan.target_frequency == 2   # counts when Enter is pressed
    QTest.keyClick(spin, Qt.Key_Return)
    QApplication.processEvents()
    after = window.doc.plan
    assert after.target_frequency == 4 and window.doc.undo_stack.count() == 2
    one_plus = reach.project(plan).target_day(plan.target_reach)
    four_plus = reach.project(after).target_day(after.target_reach)
    assert four_plus != one_plus
    assert chart.markers().get("target") == four_plus
    undo(window)
    undo(window)
    assert window.doc.plan == plan and spin.value() == 1
    assert chart.markers()["target"] == one_plus


def click(win, pid, modifiers=Qt.NoModifier):
    QTest.mouseClick(win.timeline.viewport(), Qt.LeftButton, modifiers, center(win, pid))


def test_the_placement_page_shows_what_the_placements_cost(window):
    c = costs.costs(window.doc.plan)
    click(window, "p1")
    page = window.inspector.placement_page
    line = page.placement_cost
    assert page.form.labelForField(line).text() == "Placement cost"
    assert line.isVisible() and line.text() == full_money(c.placements["p1"]) == "¥56,000"
    click(window, "p6", Qt.ControlModifier)
    assert line.text() == full_money(c.placements["p1"] + c.placements["p6"])
    click(window, "p1")
    # its own price: the cost shown is that price, and the status bar follows
    type_into(page.cost, "100000")
    assert line.text() == "¥100,000"
    assert window.cost_label.text() == f"Cost {status_cost(window.doc.plan)}"
    assert window.act_undo.text() == "Undo Change cost"
    empty(page.cost)
    assert line.text() == "¥56,000"


def test_a_forbidden_placement_costs_nothing_because_it_is_not_counted(qtbot, qapp, answers, tmp_path):
    """A commercial brand: Weibo does not admit it before its public test, so its October feed
    placement is forbidden, left out of the numbers (unless View > Count Forbidden Placements)."""
    plan = builtin_template("weibo-alipay-2019")
    plan = dataclasses.replace(plan, mini_program=dataclasses.replace(plan.mini_program, category="commercial_brand"))
    left_out = costs.costs(plan).left_out
    assert left_out
    pid = left_out[0]
    path = tmp_path / "brand.mpplan"
    save_plan(plan, path)
    win = make_window(qapp, str(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    win.timeline.set_zoom(10.0)
    win.timeline.horizontalScrollBar().setValue(0)
    QApplication.processEvents()
    try:
        click(win, pid)
        line = win.inspector.placement_page.placement_cost
        assert line.text() == "nothing: forbidden by the rules, so not counted"
        win.act_forbidden.trigger()   # counted after all: it costs what it delivers
        QApplication.processEvents()
        counted = costs.costs(plan, include_forbidden=True)
        assert line.text() == full_money(counted.placements[pid])
        assert win.cost_label.text() == f"Cost {money(counted.total, digits=2)}"
        win.act_forbidden.trigger()
    finally:
        win.doc.undo_stack.setClean()


def two_scenarios():
    plan = builtin_template("weibo-alipay-2019")
    b = Scenario("B", (Placement("p9", "alipay_home_banner", dt.date(2020, 2, 1), dt.date(2020, 2, 10), 1.0),))
    return dataclasses.replace(plan, scenarios=plan.scenarios + (b,), budget=300_000.0)


def test_the_status_bar_shows_the_scenario_shown_and_goes_when_the_plan_closes(qtbot, qapp, answers, tmp_path):
    from test_languages import pick
    plan = two_scenarios()
    path = tmp_path / "two.mpplan"
    save_plan(plan, path)
    win = make_window(qapp, str(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    label = win.cost_label
    assert label.text() == f"Cost {status_cost(plan, 'A')}, over budget by ¥164.04K"
    pick(win.scenarios.combo, "B")
    b_cost = f"Cost {status_cost(plan, 'B')} of ¥300K budget"
    qtbot.waitUntil(lambda: label.text() == b_cost, timeout=3000)
    assert "c62828" not in label.styleSheet() and "Scenario B costs" in label.toolTip()
    pick(win.scenarios.combo, "A")
    qtbot.waitUntil(lambda: label.text().startswith(f"Cost {status_cost(plan, 'A')}"), timeout=3000)
    win.files.close_plan()
    QApplication.processEvents()
    assert win.doc is None and not label.isVisible()


@pytest.fixture
def zh_window(qtbot, qapp, answers, template_file):
    settings().setValue("language", "zh_CN")
    try:
        win = make_window(qapp, str(template_file))
        qtbot.addWidget(win)
        win.resize(1400, 900)
        qtbot.waitExposed(win)
        yield win
        win.doc.undo_stack.setClean()
    finally:
        settings().setValue("language", "en")
        install_translator(qapp, "en")


def test_in_chinese_money_is_in_wan_and_slots_are_shown_by_their_names(zh_window):
    win = zh_window
    plan = win.doc.plan
    assert win.cost_label.text().endswith("¥46.4 万")
    page = win.inspector.plan_page
    win.inspector.plan_page.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    table = page.cost_table
    shown = [table.item(r, c).text() for r in range(table.rowCount()) for c in (0, 4)]
    shown += [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    ids = [s.id for s in plan.slots] + [p.id for p in plan.platforms]
    assert not [t for t in shown if any(i in t for i in ids)], shown
    assert table.item(slot_row(win, "weibo_feed"), 4).text() == "¥16.8 万"
    assert any(t == "¥46.4 万（¥22.78 万 – ¥92.93 万）" for t in shown), shown
