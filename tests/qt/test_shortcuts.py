"""Shortcuts as a person presses them (issue 10 item 2): Ctrl+A, Ctrl+C, Ctrl+V and Delete on
the timeline before any menu was ever opened; Ctrl+= zooms; undo, zoom and fit are disabled
with no plan; Ctrl+Z in an inspector field undoes the plan edit Edit > Undo names."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from conftest import center, placement


def press(widget, key, modifiers=Qt.NoModifier):
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def test_edit_shortcuts_work_on_the_timeline_without_opening_a_menu(window):
    tl = window.timeline
    tl.setFocus()
    n = len(window.doc.placements())
    press(tl, Qt.Key_A, Qt.ControlModifier)
    assert len(tl.selected) == n
    press(tl, Qt.Key_Escape)
    assert not tl.selected
    QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p2"))
    press(tl, Qt.Key_C, Qt.ControlModifier)
    assert [p.id for p in tl.clipboard] == ["p2"]
    QTest.mouseMove(tl.viewport(), center(window, "p2") + QPoint(int(30 * tl.ppd), 0))
    press(tl, Qt.Key_V, Qt.ControlModifier)
    assert len(window.doc.placements()) == n + 1
    assert window.act_undo.text().startswith("Undo Paste")
    press(tl, Qt.Key_Delete)
    assert len(window.doc.placements()) == n


def test_ctrl_equals_zooms_in(window):
    tl = window.timeline
    tl.setFocus()
    before = tl.ppd
    press(tl, Qt.Key_Equal, Qt.ControlModifier)
    assert tl.ppd > before
    press(tl, Qt.Key_Minus, Qt.ControlModifier)
    assert abs(tl.ppd - before) < 1e-9


def test_undo_zoom_and_fit_are_disabled_with_no_plan(window, answers):
    window.act_close.trigger()
    assert window.doc is None
    for action in (window.act_undo, window.act_redo, window.act_zoom_in, window.act_zoom_out, window.act_fit):
        assert not action.isEnabled(), action.text()


def test_ctrl_z_in_an_inspector_field_undoes_the_plan_edit(window):
    page = window.inspector.plan_page
    page.name.setText("Renamed plan")
    page.name.editingFinished.emit()
    assert window.doc.plan.name == "Renamed plan"
    assert window.act_undo.text().endswith("Rename plan")
    page.name.setFocus()
    press(page.name, Qt.Key_Z, Qt.ControlModifier)
    assert window.doc.plan.name != "Renamed plan"
    assert page.name.text() == window.doc.plan.name   # the field shows the plan's name again
    assert placement(window, "p2") is not None
