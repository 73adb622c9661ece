"""The window as a whole: inspector edits, refusals, files, unsaved changes."""

import dataclasses

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest

from campaign_planner.qt import dialogs
from campaign_planner.store.planfile import open_plan

from conftest import center, placement


def select(window, pid):
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, pid))


def test_inspector_edit_shows_on_the_bar_and_in_the_projection(window):
    select(window, "p2")
    page = window.inspector.placement_page
    assert window.inspector.stack.currentWidget() is page
    before = window.charts.last_projection.reach[-1]
    page.units.setText("3")
    page.units.editingFinished.emit()
    assert placement(window, "p2").units_per_day == 3
    assert window.act_undo.text() == "Undo Change units per day"
    assert window.charts.last_projection.reach[-1] > before
    assert window.doc.projection().reach[-1] == window.charts.last_projection.reach[-1]
    img = window.timeline.viewport().grab().toImage()
    assert not img.isNull()


def test_an_invalid_value_is_refused_with_a_message_and_changes_nothing(window):
    select(window, "p2")
    page = window.inspector.placement_page
    plan = window.doc.plan
    for bad in ("-1", "0", "lots"):
        page.units.setText(bad)
        page.units.editingFinished.emit()
        assert window.doc.plan is plan
        assert window.inspector.error.isVisibleTo(window.inspector)
        assert page.units.text() == "1"  # the field shows the plan's value again
    assert "greater than 0" in window.inspector.error.text() or "not a number" in window.inspector.error.text()
    page.end.setDate(page.start.date().addDays(-3))
    page.end.editingFinished.emit()
    assert window.doc.plan is plan
    assert "before it starts" in window.inspector.error.text()
    assert window.doc.undo_stack.count() == 0


def test_plan_fields_and_assumptions_edit_through_undo(window):
    window.timeline.set_selection(set())
    page = window.inspector.plan_page
    page.target.setText("300,000,000")
    page.target.editingFinished.emit()
    assert window.doc.plan.target_reach == 300e6
    row = next(i for i, r in enumerate(page._rows) if r[0] == "audience")
    page.table.item(row, 1).setText("1.1")
    assert window.doc.plan.audience.kappa.value == 1.1
    page.table.item(row, 2).setText("2")  # low above the value: refused
    assert window.doc.plan.audience.kappa.low == 0.5
    assert "low (2) is above the value (1.1)" in window.inspector.error.text()
    window.doc.undo_stack.undo()
    window.doc.undo_stack.undo()
    assert window.doc.plan.target_reach == 20e6 and window.doc.plan.audience.kappa.value == 0.8


def test_category_change_flags_placements_in_the_problems_panel(window):
    page = window.inspector.plan_page
    page.category.setCurrentIndex(page.category.findData("entertainment"))   # picked from the list
    page.category.activated.emit(page.category.currentIndex())
    assert window.doc.plan.mini_program.category == "entertainment"
    panel = window.problems
    assert panel.row_count() >= 3
    index = panel.model.index(0, 2)
    rect = panel.table.visualRect(index)
    assert rect.isValid() and panel.table.isVisible()
    QTest.mouseClick(panel.table.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    QTest.mouseDClick(panel.table.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    assert window.timeline.selected == {panel.placement_at(0)}


def test_save_reopen_equal(window, answers, tmp_path):
    select(window, "p2")
    QTest.keyClick(window.timeline, Qt.Key_Right)
    target = tmp_path / "saved.mpplan"
    answers.save_path = str(target)
    assert window.save_as()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("saved.mpplan")
    assert open_plan(target) == window.doc.plan
    QTest.keyClick(window.timeline, Qt.Key_Right)
    assert window.isWindowModified()
    assert window.save()  # to the same path, no dialog
    assert open_plan(target) == window.doc.plan
    assert str(target.resolve()) in window.store.recent()


def test_unsaved_changes_prompt(window, answers, tmp_path):
    select(window, "p2")
    QTest.keyClick(window.timeline, Qt.Key_Right)
    plan = window.doc.plan
    answers.save_answer = dialogs.CANCEL
    assert not window.close_plan()
    assert answers.asked_to_save == ["rollout.mpplan"]
    assert window.doc.plan is plan
    answers.save_answer = dialogs.DISCARD
    assert window.close_plan()
    assert window.doc is None


def test_closing_the_window_asks_and_cancel_keeps_it_open(window, answers):
    select(window, "p2")
    QTest.keyClick(window.timeline, Qt.Key_Right)
    answers.save_answer = dialogs.CANCEL
    assert not window.close()
    assert window.isVisible()


def test_a_bad_file_shows_a_message_and_leaves_the_open_plan(window, answers, tmp_path):
    bad = tmp_path / "bad.mpplan"
    bad.write_bytes(b"<html>not a plan</html>" * 10)
    plan = window.doc.plan
    assert not window.open_path(str(bad))
    assert answers.errors and "not a plan file" in answers.errors[0]
    assert window.doc.plan is plan


def test_dropping_a_plan_file_on_the_window_opens_it(window, answers, tmp_path, qtbot):
    other = tmp_path / "other.mpplan"
    from campaign_planner.store.planfile import save_plan
    save_plan(dataclasses.replace(window.doc.plan, name="Dropped plan"), other)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(other))])
    drop = QDropEvent(QPointF(300, 300), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(drop)
    qtbot.waitUntil(lambda: window.doc.plan.name == "Dropped plan", timeout=3000)
    assert window.doc.undo_stack.count() == 0  # opening is not an undoable step


def test_new_from_template_and_start_page(window, answers):
    assert window.close_plan()
    assert window.start_page.templates.count() >= 2
    assert window.start_page.recent.count() >= 1
    assert window.new_from_template("blank")
    assert window.doc.plan.name == "Blank plan" and window.doc.path is None
    assert window.windowTitle().startswith("Blank plan")


def test_each_chart_tab_shows_the_plan_and_hover_moves_the_frequency_date(window, qtbot):
    panel = window.charts
    for i, kind in enumerate(("reach", "daily", "slots", "frequency", "funnel")):
        panel.tabs.setCurrentIndex(i)
        chart = panel.charts[kind]
        assert panel.tabs.currentWidget() is chart
        assert chart.projection is window.doc.projection() and chart.title.text()
    assert "2020-06-30" in panel.charts["frequency"].title.text()   # the last day by default
    reach = panel.charts["reach"]
    panel.tabs.setCurrentIndex(0)
    reach.on_hover(140.0, 0.0)                                       # the mouse over 2019-11-18
    assert reach.hover.text().startswith("2019-11-18") and "reach" in reach.hover.text()
    qtbot.waitUntil(lambda: "2019-11-18" in panel.charts["frequency"].title.text(), timeout=2000)


def test_save_as_template_then_new_from_it(window, answers):
    answers.text = "Brand launch 品牌"
    assert window.save_as_template()
    ids = {t["id"]: t["name"] for t in window.store.templates()}
    tid = next(i for i, n in ids.items() if n == "Brand launch 品牌")
    assert tid.startswith("user-")
    plan = window.doc.plan
    assert window.new_from_template(tid)
    assert window.doc.plan == dataclasses.replace(plan, name="Brand launch 品牌")
    assert window.doc.path is None


def test_view_count_forbidden_placements_changes_the_numbers_not_the_plan(window):
    """Placements the rules forbid do not count by default; View > Count Forbidden Placements
    counts them (issue 10 item 8). The plan and its undo history do not change."""
    page = window.inspector.plan_page
    page.category.setCurrentIndex(page.category.findData("entertainment"))   # picked from the list
    page.category.activated.emit(page.category.currentIndex())
    left = window.doc.projection()
    assert set(left.left_out) == {"p1", "p2", "p5"}
    steps = window.doc.undo_stack.count()
    window.act_forbidden.trigger()
    counted = window.doc.projection()
    assert counted.left_out == () and counted.reach[-1] > left.reach[-1]
    assert window.charts.last_projection is counted
    assert window.doc.undo_stack.count() == steps
    window.act_forbidden.trigger()
    assert window.doc.projection().reach[-1] == left.reach[-1]


def test_with_forbidden_placements_counted_the_live_chart_counts_them_during_a_drag(window, qtbot):
    """The drag preview follows View > Count Forbidden Placements, as the settled chart does."""
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from conftest import center
    page = window.inspector.plan_page
    page.category.setCurrentIndex(page.category.findData("entertainment"))
    window.act_forbidden.trigger()
    tl = window.timeline
    before = window.charts.last_projection
    start = center(window, "p2")
    QTest.mousePress(tl.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, 7):
        QTest.mouseMove(tl.viewport(), start + QPoint(int(i * 10 * tl.ppd / 6), 0))
    qtbot.waitUntil(lambda: window.charts.last_projection is not before, timeout=3000)
    assert window.charts.last_projection.left_out == ()
    QTest.mouseRelease(tl.viewport(), Qt.LeftButton, Qt.NoModifier, start + QPoint(int(10 * tl.ppd), 0))
    window.act_forbidden.trigger()
