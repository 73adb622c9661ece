"""Comparing two scenarios in the window (issue 12 item 2), reached as a person does: the
Compare tab of the charts, its A and B lists, the swap button, File > Export > PDF report with
comparison; and View > Reach per Phase (item 5). The band of the difference comes from the
background worker, with the same draws for both scenarios: a scenario compared with itself
gives exactly 0 everywhere, and an edit drops the band until it is computed again."""

import dataclasses
import datetime as dt
import subprocess

import numpy as np
import pytest
import test_scenarios
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_scenarios import pick

from campaign_planner.core import reach
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.plan import Scenario
from campaign_planner.qt import dialogs
from campaign_planner.qt.charts.views import KINDS
from campaign_planner.store.planfile import save_plan

D = dt.date


def plan_with_bigger_b():
    """The rollout template's scenario (A: "Rollout" or whatever it is named) and B: the same
    placements, the first one twice as many units per day."""
    plan = builtin_template("weibo-alipay-2019")
    a = plan.scenarios[0]
    first = a.placements[0]
    b = Scenario("Bigger", (dataclasses.replace(first, units_per_day=first.units_per_day * 2),) + a.placements[1:])
    return dataclasses.replace(plan, scenarios=(a, b))


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "compare.mpplan"
    save_plan(plan_with_bigger_b(), path)
    return path


#: the window of test_scenarios, on this module's plan file (the fixture it asks for)
win = test_scenarios.win


def open_compare_tab(win, qtbot):
    """Click the charts' Compare tab; wait for the band of the difference."""
    tabs = win.charts.tabs
    bar = tabs.tabBar()
    QTest.mouseClick(bar, Qt.LeftButton, Qt.NoModifier, bar.tabRect(len(KINDS)).center())
    QApplication.processEvents()
    panel = win.charts.compare
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(lambda: panel.difference.comparison is not None, timeout=20000)
    return panel


def test_the_compare_tab_shows_both_curves_the_difference_with_its_band_and_the_table(win, qtbot):
    panel = open_compare_tab(win, qtbot)
    a_name = win.doc.plan.scenarios[0].name
    assert panel.pair == (a_name, "Bigger")   # the first scenario against the other one
    plan = win.doc.plan
    pr_a, pr_b = reach.project(plan, a_name), reach.project(plan, "Bigger")
    # the overlay draws both curves as the projection gives them
    for curve, pr in zip(panel.overlay.curves, (pr_a, pr_b)):
        np.testing.assert_allclose(curve.getData()[1], pr.reach)
    # the difference chart: B - A, inside its P10-P90 band computed with common random numbers
    diff = panel.difference.curve.getData()[1]
    np.testing.assert_allclose(diff, pr_b.reach - pr_a.reach)
    assert diff[-1] > 0   # twice the units on the first placement reach more people
    c = panel.difference.comparison
    expected = reach.compare(plan, a_name, "Bigger", draws=200)
    np.testing.assert_allclose(c.difference_bands.p10, expected.difference_bands.p10)
    assert panel.difference.band.isVisible()
    assert c.difference_bands.p10[-1] <= c.difference_bands.p90[-1]
    assert "by the end" in panel.difference.title.text() and "P10–P90" in panel.difference.title.text()
    # the table: reach, 3+ reach, cost, cost per thousand, target date; A, B and B - A
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers[1:] == [a_name, "Bigger", "B − A"]
    labels = [panel.table.item(r, 0).text() for r in range(panel.table.rowCount())]
    assert labels[:4] == ["Reach by the end", "Reached 3+ times", "Cost", "Cost per thousand reached"]
    reach_row = [panel.table.item(0, c).text() for c in range(1, 4)]
    assert reach_row[2].startswith("+")
    cost_row = [panel.table.item(2, c).text() for c in range(1, 4)]
    assert all(t.startswith(("¥", "+¥")) for t in cost_row), cost_row
    assert cost_row[2] != "¥0"   # B books more units: it costs more


def test_a_scenario_compared_with_itself_gives_zero_everywhere(win, qtbot):
    panel = open_compare_tab(win, qtbot)
    # choose A in B's list, as a person does: open it and click the entry
    panel.combo_b.showPopup()
    view = panel.combo_b.view()
    index = panel.combo_b.model().index(panel.combo_b.findText(panel.pair[0]), 0)
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view.visualRect(index).center())
    QApplication.processEvents()
    assert panel.pair[0] == panel.pair[1]
    qtbot.waitUntil(lambda: panel.difference.comparison is not None
                    and panel.difference.comparison.b == panel.pair[1], timeout=20000)
    assert not panel.difference.curve.getData()[1].any()
    b = panel.difference.comparison.difference_bands
    assert not b.p10.any() and not b.p90.any()
    diffs = [panel.table.item(r, 3).text() for r in range(panel.table.rowCount())]
    assert diffs[0] == "0" and diffs[1] == "0"


def test_swap_turns_the_difference_round(win, qtbot):
    panel = open_compare_tab(win, qtbot)
    before = panel.difference.curve.getData()[1].copy()
    QTest.mouseClick(panel.swap, Qt.LeftButton)
    QApplication.processEvents()
    assert panel.pair[1] == win.doc.plan.scenarios[0].name
    np.testing.assert_allclose(panel.difference.curve.getData()[1], -before, atol=1e-6)


def test_an_edit_drops_the_band_and_the_numbers_follow(win, qtbot):
    panel = open_compare_tab(win, qtbot)
    pick(win.scenarios.combo, "Bigger")   # the tool bar's switcher
    assert win.doc.scenario == "Bigger"
    qtbot.waitUntil(lambda: not win.doc.analysis_paused, timeout=5000)
    before = panel.difference.curve.getData()[1][-1]
    # delete B's first placement: select it on the timeline and press Delete
    first = win.doc.placements()[0].id
    win.doc.selection.set_placements([first])
    win.timeline.setFocus()
    QTest.keyClick(win.timeline, Qt.Key_Delete)
    QApplication.processEvents()
    assert first not in {p.id for p in win.doc.placements()}
    assert panel.difference.comparison is None and not panel.difference.band.isVisible()   # until recomputed
    after = panel.difference.curve.getData()[1][-1]
    assert after < before
    qtbot.waitUntil(lambda: panel.difference.comparison is not None, timeout=20000)
    expected = reach.compare(win.doc.plan, *panel.pair, draws=200)
    np.testing.assert_allclose(panel.difference.comparison.difference_bands.p90, expected.difference_bands.p90)


def test_a_renamed_scenario_is_followed_in_the_compare_lists(win, qtbot, answers):
    panel = open_compare_tab(win, qtbot)
    pick(win.scenarios.combo, "Bigger")
    answers.text = "Bigger still"
    win.scenarios.rename()
    QApplication.processEvents()
    assert panel.pair[1] == "Bigger still"
    assert [panel.combo_b.itemText(i) for i in range(panel.combo_b.count())][-1] == "Bigger still"


def test_pdf_report_with_comparison_from_the_export_menu(win, qtbot, monkeypatch, tmp_path):
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(out))
    win.export_menu.aboutToShow.emit()
    action = next(a for a in win.export_menu.actions() if a.text().replace("&", "") == "PDF report with comparison…")
    action.trigger()
    assert out.exists()
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    a_name = win.doc.plan.scenarios[0].name
    assert f"Comparison: {a_name} and Bigger" in text
    assert "Cost per thousand reached" in text and "Reached 3+ times" in text
    plain = tmp_path / "plain.pdf"
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(plain))
    next(a for a in win.export_menu.actions() if a.text().replace("&", "") == "PDF report…").trigger()
    assert "Comparison:" not in subprocess.run(["pdftotext", str(plain), "-"], capture_output=True, text=True,
                                               check=True).stdout


def test_png_from_the_compare_tab_is_the_difference_chart(win, qtbot, monkeypatch, tmp_path):
    from PySide6.QtGui import QImage
    open_compare_tab(win, qtbot)
    out = tmp_path / "diff.png"
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(out))
    monkeypatch.setattr(dialogs, "get_image_size", lambda parent: (900, 450, 96))
    assert win.charts.export_png()
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 450)
    # the difference's green is drawn
    greens = sum(1 for x in range(0, 900, 3) for y in range(0, 450, 3)
                 if image.pixelColor(x, y).name() == "#2e7d32")
    assert greens > 20


def test_reach_per_phase_from_the_view_menu(win, qtbot):
    chart = win.charts.charts["reach"]
    view = next(a.menu() for a in win.menuBar().actions() if a.menu() and a.menu().title().replace("&", "") == "View")
    action = next(a for a in view.actions() if a.text().replace("&", "") == "Reach per Phase")
    action.trigger()
    QApplication.processEvents()
    plan = win.doc.plan
    expected = reach.phase_reach(plan, win.doc.scenario)
    drawn = [ph for ph, series in zip(expected.phase_ids, expected.reach) if series.any()]
    assert len(chart.phase_curves) == len(plan.phases)
    legend = [label.text for _, label in chart.legend.items]
    names = {ph.id: ph.name for ph in plan.phases}
    for pid in drawn:
        assert f"From {names[pid]}" in legend
    # the first phase's curve is the plan's reach from its first day
    curve, _ = chart.phase_curves[0]
    x, y = curve.getData()
    np.testing.assert_allclose(y, expected.reach[0][int(x[0]):])
    action.trigger()   # off again
    QApplication.processEvents()
    assert chart.phase_curves == []
    assert not any(t.startswith("From ") for t in (label.text for _, label in chart.legend.items))


def test_a_3plus_target_draws_the_3plus_curve_and_moves_the_target_date(win, qtbot):
    """The plan's target frequency, set in the inspector's spin box: the reach chart draws the
    people reached 3+ times, and the target date is the day that curve meets the target."""
    chart = win.charts.charts["reach"]
    plan = win.doc.plan
    one_plus = reach.project(plan, win.doc.scenario).target_day(plan.target_reach)
    assert chart.markers()["target"] == one_plus and not chart.kplus.isVisible()
    spin = win.inspector.plan_page.target_k
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, "3")
    QTest.keyClick(spin, Qt.Key_Return)
    QApplication.processEvents()
    assert win.doc.plan.target_frequency == 3
    pr = reach.project(win.doc.plan, win.doc.scenario)
    assert chart.kplus.isVisible()
    np.testing.assert_allclose(chart.kplus.getData()[1], pr.reach_kplus)
    assert "Reached 3+ times" in [label.text for _, label in chart.legend.items]
    three_plus = pr.target_day(plan.target_reach)
    if three_plus is None:
        assert "target" not in chart.markers() and "not reached" in chart.title.text()
    else:
        assert three_plus > one_plus and chart.markers()["target"] == three_plus
    assert "reached 3+ times" in chart.title.text()
    win.act_undo.trigger()
    QApplication.processEvents()
    assert win.doc.plan.target_frequency == 1 and not chart.kplus.isVisible()
    assert "Reached 3+ times" not in [label.text for _, label in chart.legend.items]
