"""The inspector as a person uses it: several placements edited at once, dates typed the way
people type them, the assumptions readable at the window's default size, the reach summary
shown once."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from campaign_planner.qt.panels.inspector import PlacementPage

from conftest import center, placement


def click(window, pid, modifiers=Qt.NoModifier):
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, modifiers, center(window, pid))


def type_into(widget, text):
    """Click into a field, select what is there, type ``text`` and press Enter (Chinese
    characters arrive as an input method commits them)."""
    QTest.mouseClick(widget, Qt.LeftButton)
    QTest.keyClick(widget, Qt.Key_A, Qt.ControlModifier)
    for ch in text:
        if ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            e = QInputMethodEvent("", [])
            e.setCommitString(ch)
            QApplication.sendEvent(widget, e)
    QTest.keyClick(widget, Qt.Key_Return)


def test_several_placements_show_what_they_share_and_take_one_value_as_one_step(window):
    click(window, "p1")
    click(window, "p2", Qt.ControlModifier)
    click(window, "p3", Qt.ControlModifier)
    ins = window.inspector
    page = ins.placement_page
    assert window.doc.selection.placements == {"p1", "p2", "p3"}
    assert ins.stack.currentWidget() is page and ins.title.text() == "3 placements selected"
    pls = {p: placement(window, p) for p in ("p1", "p2", "p3")}
    # what they do not share is empty and says so; the plan's fields are not shown
    assert len({p.start for p in pls.values()}) > 1
    assert page.start.line.text() == "" and page.start.line.placeholderText() == "several values"
    assert page.slot.currentText() == "Several slots"
    assert page.hint.isVisibleTo(ins)
    before = window.doc.plan
    type_into(page.units, "4")
    assert {placement(window, p).units_per_day for p in pls} == {4}
    assert page.units.text() == "4" and page.units.placeholderText() == ""   # now shared
    assert window.doc.undo_stack.count() == 1 and window.act_undo.text() == "Undo Change units per day"
    # a slot chosen for all of them
    target = next(i for i in range(page.slot.count()) if page.slot.itemData(i) == "weibo_square")
    page.slot.activated.emit(target)
    assert {placement(window, p).slot for p in pls} == {"weibo_square"}
    assert page.slot.currentText() == page.slot.itemText(page.slot.findData("weibo_square"))
    QTest.keyClick(window.timeline, Qt.Key_Z, Qt.ControlModifier)
    QTest.keyClick(window.timeline, Qt.Key_Z, Qt.ControlModifier)
    assert window.doc.plan == before


def test_a_value_one_of_them_cannot_take_is_refused_whole_and_the_message_goes_with_the_selection(window):
    click(window, "p1")
    click(window, "p2", Qt.ControlModifier)
    page = window.inspector.placement_page
    plan = window.doc.plan
    latest_start = max(placement(window, p).start for p in ("p1", "p2"))
    type_into(page.end.line, str(latest_start - dt.timedelta(days=1)))
    assert window.doc.plan is plan
    assert "before it starts" in window.inspector.error.text()
    assert window.inspector.error.isVisibleTo(window.inspector)
    click(window, "p3")
    assert not window.inspector.error.isVisibleTo(window.inspector)


def test_dates_are_typed_as_people_type_them(window):
    click(window, "p2")
    page = window.inspector.placement_page
    start = placement(window, "p2").start
    end = placement(window, "p2").end
    for typed, wanted in ((f"{start.year}/{start.month}/{start.day + 1}", start + dt.timedelta(days=1)),
                          (f"{start.year}年{start.month}月{start.day + 2}日", start + dt.timedelta(days=2)),
                          ((start + dt.timedelta(days=3)).strftime("%Y%m%d"), start + dt.timedelta(days=3)),
                          (str(start), start)):
        type_into(page.start.line, typed)
        assert placement(window, "p2").start == wanted, typed
        assert page.start.line.text() == str(wanted)
    # Up steps a day
    QTest.keyClick(page.end.line, Qt.Key_Up)
    assert placement(window, "p2").end == end + dt.timedelta(days=1)
    # not a date: refused, the field shows the date again
    plan = window.doc.plan
    for bad in ("next week", "2020-02-30"):
        type_into(page.start.line, bad)
        assert window.doc.plan is plan
        assert f"“{bad}” is not a date" in window.inspector.error.text()
        assert page.start.line.text() == str(start)


def test_the_calendar_picks_a_date(window):
    click(window, "p2")
    page = window.inspector.placement_page
    start = placement(window, "p2").start
    QTest.mouseClick(page.start.button, Qt.LeftButton)
    cal = page.start.calendar
    assert cal is not None and cal.isVisible()
    from PySide6.QtCore import QDate
    wanted = start + dt.timedelta(days=2)
    cal.setSelectedDate(QDate(wanted.year, wanted.month, wanted.day))
    QTest.keyClick(cal.focusWidget() or cal, Qt.Key_Return)
    assert placement(window, "p2").start == wanted
    assert not cal.isVisible()


def test_the_assumptions_are_readable_at_the_default_window_size(qtbot, qapp, answers, template_file):
    from campaign_planner.qt.app import make_window
    win = make_window(qapp, str(template_file))   # the size the window opens with
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qapp.processEvents()
    page = win.inspector.plan_page
    bar = page.tabs.tabBar()
    QTest.mouseClick(bar, Qt.LeftButton, Qt.NoModifier, bar.tabRect(1).center())
    qapp.processEvents()
    table = page.table
    assert table.isVisible()
    # at least eight rows on screen, without scrolling
    shown = [r for r in range(table.rowCount()) if table.rowViewportPosition(r) + table.rowHeight(r)
             <= table.viewport().height()]
    assert len(shown) >= 8, len(shown)
    # every number is shown whole (250M rather than a cut "250,00…"), names are not cut
    fm = table.fontMetrics()
    delegate = table.itemDelegate()
    for r in shown:
        for c in (1, 2, 3):
            text = delegate.displayText(table.item(r, c).text(), table.locale())
            assert fm.horizontalAdvance(text) <= table.columnWidth(c), (r, c, text)
        assert table.columnWidth(0) >= 120
    assert delegate.displayText("250,000,000", table.locale()) == "250M"
    win.doc.undo_stack.setClean()


def test_the_reach_summary_is_shown_once(window):
    reach = window.charts.charts["reach"]
    summary = reach.summary()
    assert summary
    labels = [w for w in window.findChildren(QLabel) if w.isVisible() and summary in w.text()]
    # the reach chart's title, and no line of its own above the charts
    assert labels == [reach.title]


def test_the_placement_page_is_the_one_for_one_or_many(window):
    click(window, "p2")
    assert isinstance(window.inspector.stack.currentWidget(), PlacementPage)
    assert window.inspector.title.text() == "Placement p2"
    assert not window.inspector.placement_page.hint.isVisibleTo(window.inspector)
