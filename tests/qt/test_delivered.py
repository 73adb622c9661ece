"""File > Import Delivered Numbers… (issue 14): delivered reach beside the plan in the charts'
Delivered tab, the fitted values offered and applied as one undoable step, a bad CSV named
by its line with nothing changed, and the tab's chart exported."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from test_calibrate import TRUTH, delivered  # noqa: E402


def write_actuals(tmp_path, plan, kappa=0.8):
    path = tmp_path / "dashboard.csv"
    path.write_text(delivered(plan, TRUTH, kappa), encoding="utf-8")
    return path


def test_import_shows_delivered_beside_the_plan_and_keeps_the_plan(qtbot, window, answers, tmp_path):
    win = window
    qtbot.waitUntil(lambda: win.charts is not None, timeout=5000)
    plan = win.doc.plan
    answers.actuals_path = str(write_actuals(tmp_path, plan))
    answers.apply_calibration = False
    win.act_import_delivered.trigger()
    assert answers.errors == []
    assert win.doc.plan is plan and win.doc.undo_stack.count() == 0
    charts = win.charts
    assert charts.current_kind() == "delivered"
    chart = charts.delivered
    assert set(chart.series) == set(TRUTH)
    for sid, (name, planned, days, reach) in chart.series.items():
        assert name == plan.slot(sid).name and len(planned) == plan.days and len(days) == len(reach) == 90
    assert "%" in chart.title.text() and "A" in chart.title.text()
    (cal, rows, error_text), = answers.calibrations
    assert rows == len(TRUTH) + 1 and "%" in error_text
    assert "Delivered numbers of 3 slots imported from dashboard.csv" in win.statusBar().currentMessage()


def test_applying_the_fitted_values_is_one_undoable_step(qtbot, window, answers, tmp_path):
    win = window
    qtbot.waitUntil(lambda: win.charts is not None, timeout=5000)
    plan = win.doc.plan
    answers.actuals_path = str(write_actuals(tmp_path, plan))
    answers.apply_calibration = True
    win.act_import_delivered.trigger()
    (cal, _, _), = answers.calibrations
    after = win.doc.plan
    assert win.doc.undo_stack.count() == 1
    for sid, f in zip(cal.slots, cal.eligible_share):
        assert after.slot(sid).eligible_share.value == f.value
        assert abs(f.value - TRUTH[sid]) <= 0.1 * TRUTH[sid]
    assert after.audience.kappa.value == cal.kappa.value
    # the planned lines follow the fitted values: the chart was drawn again
    planned = win.charts.delivered.series["weibo_feed"][1]
    assert planned.max() > 0
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.timeline.setFocus()
    QTest.keyClick(win.timeline, Qt.Key_Z, Qt.ControlModifier)
    assert win.doc.plan == plan


def test_a_bad_csv_is_named_by_its_line_and_changes_nothing(qtbot, window, answers, tmp_path):
    win = window
    qtbot.waitUntil(lambda: win.charts is not None, timeout=5000)
    plan = win.doc.plan
    bad = tmp_path / "bad.csv"
    bad.write_text("date,slot,impressions,reach\n2019-07-01,weibo_feed,100,50\n2019-07-02,weibo_feed,100,40\n",
                   encoding="utf-8")
    answers.actuals_path = str(bad)
    win.act_import_delivered.trigger()
    assert len(answers.errors) == 1 and answers.errors[0].startswith("line 3: the cumulative reach of")
    assert answers.calibrations == [] and win.doc.plan is plan and win.doc.delivered is None
    assert win.charts.delivered is None and win.charts.current_kind() != "delivered"
    answers.actuals_path = str(tmp_path / "missing.csv")
    win.act_import_delivered.trigger()
    assert len(answers.errors) == 2 and "missing.csv" in answers.errors[1]


def test_the_delivered_chart_exports_as_png(qtbot, window, answers, tmp_path, monkeypatch):
    from campaign_planner.qt import dialogs
    win = window
    qtbot.waitUntil(lambda: win.charts is not None, timeout=5000)
    answers.actuals_path = str(write_actuals(tmp_path, win.doc.plan))
    win.act_import_delivered.trigger()
    out = tmp_path / "delivered.png"
    monkeypatch.setattr(dialogs, "get_image_size", lambda parent: (1000, 500, 96))
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(out))
    export_png = next(a for a in win.export_menu.actions() if a.text().startswith("Chart as PNG"))
    export_png.trigger()
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1000, 500)
    first = sum(img.pixelColor(x, y).name() == "#1565c0" for x in range(0, 1000, 2) for y in range(0, 500, 2))
    assert first > 50  # the first slot's planned line, dots and legend, in its colour


def test_values_the_numbers_do_not_pin_down_are_kept(qtbot, window, answers, tmp_path):
    """Three days of one slot say little: the dialog shows its values as not pinned down, Apply
    is disabled and nothing changes."""
    from campaign_planner.qt.calibration import CalibrationDialog

    win = window
    qtbot.waitUntil(lambda: win.charts is not None, timeout=5000)
    plan = win.doc.plan
    path = tmp_path / "three.csv"
    path.write_text(delivered(plan, {"weibo_feed": 0.03}, 0.8, days=3), encoding="utf-8")
    answers.actuals_path = str(path)
    answers.apply_calibration = True
    win.act_import_delivered.trigger()
    (cal, _, _), = answers.calibrations
    assert not any(f.determined for f in (*cal.eligible_share, cal.kappa))
    dlg = CalibrationDialog(win, plan, cal, "three.csv")
    assert not dlg.apply.isEnabled() and dlg.keep.isDefault()
    assert dlg.table.item(0, 2).text() == "not pinned down: kept"
    dlg.deleteLater()
    assert win.doc.plan is plan and win.doc.undo_stack.count() == 0
