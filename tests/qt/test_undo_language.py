"""Undo steps made on the timeline follow a language switch (issue 10 item 6): each edit is
made as a person makes it (mouse drags, key presses, Ctrl+C / Ctrl+V, a slot dropped from the
palette), then View > Language > 简体中文 rebuilds the window, and Edit > Undo and every step of
the undo history are named in Chinese, with no English word left from the English names."""

import re

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from campaign_planner.qt.app import install_translator, settings
from campaign_planner.qt.timeline import SLOT_MIME

from conftest import center, days, drag, placement


def press(widget, key, modifiers=Qt.NoModifier):
    QTest.keyClick(widget, key, modifiers)
    QApplication.processEvents()


def click(win, pid, modifiers=Qt.NoModifier):
    QTest.mouseClick(win.timeline.viewport(), Qt.LeftButton, modifiers, center(win, pid))


def steps(doc) -> list[str]:
    return [doc.undo_stack.text(i) for i in range(doc.undo_stack.count())]


def english_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


def drop_slot(win, slot: str, day: int):
    """Drag a slot from the palette onto its lane (the drop, as the palette's drag ends)."""
    tl = win.timeline
    mime = win.palette.mimeData([win.palette.slot_item(slot)])
    assert mime.hasFormat(SLOT_MIME)
    target = QPointF(tl.x_of(tl.day_of(win.doc.plan.start + days(day))) + 2, tl.row_y(tl.lane_row(slot)) + 10)
    enter = QDragEnterEvent(target.toPoint(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(tl.viewport(), enter)
    assert enter.isAccepted()
    QApplication.sendEvent(tl.viewport(), QDropEvent(target, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier))


def edit_on_the_timeline(win, answers):
    """Every kind of timeline edit, the way a person makes it."""
    tl = win.timeline
    tl.setFocus()
    # move one bar, then two (a rubber band selects p1 and p2, dragging p1 moves both)
    drag(tl.viewport(), center(win, "p2"), center(win, "p2") + QPoint(int(5 * tl.ppd), 0))
    r2, r1 = tl.bar_rect(placement(win, "p2")), tl.bar_rect(placement(win, "p1"))
    drag(tl.viewport(), QPoint(int(min(r1.left(), r2.left())) - 4, int(r2.top()) - 3),
         QPoint(int(max(r1.left(), r2.left())) + 6, int(r1.bottom()) + 3))
    assert {"p1", "p2"} <= tl.selected
    drag(tl.viewport(), center(win, "p1"), center(win, "p1") + QPoint(int(7 * tl.ppd), 0))
    # resize a bar by its right end
    rect = tl.bar_rect(placement(win, "p4"))
    edge = QPoint(int(rect.right()) - 2, int(rect.center().y()))
    drag(tl.viewport(), edge, edge + QPoint(int(3 * tl.ppd), 0))
    # copy two bars and paste them at the date under the mouse; delete one
    click(win, "p3")
    click(win, "p4", Qt.ControlModifier)
    assert tl.selected == {"p3", "p4"}
    press(tl, Qt.Key_C, Qt.ControlModifier)
    QTest.mouseMove(tl.viewport(), center(win, "p3") + QPoint(int(60 * tl.ppd), 0))
    press(tl, Qt.Key_V, Qt.ControlModifier)
    click(win, "p3")
    press(tl, Qt.Key_Delete)
    # a slot dropped from the palette
    drop_slot(win, "alipay_search_hot", 40)
    # a phase's start dragged 20 days later (the Weibo phase row is the last one)
    internal = win.doc.plan.phase("internal_test")
    row_y = tl.header_h() - 22 + 11
    x = tl.x_of(tl.day_of(internal.start)) + 2
    drag(tl.viewport(), QPoint(int(x), row_y), QPoint(int(x + 20 * tl.ppd), row_y))
    # a new phase drawn on the (empty) Alipay phase row, renamed by a double click, deleted
    row_y = 38 + 11
    x0 = tl.x_of(tl.day_of(win.doc.plan.start + days(10)))
    drag(tl.viewport(), QPoint(int(x0) + 2, row_y), QPoint(int(x0 + 30 * tl.ppd) + 2, row_y))
    answers.text = "Alipay launch"
    QTest.mouseDClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(int(x0) + 20, row_y))
    assert tl.selected_phase is not None and not tl.selected
    press(tl, Qt.Key_Backspace)   # (Delete is Edit > Delete's shortcut, which deletes placements only)
    assert not [p for p in win.doc.plan.phases if p.platform == "alipay"]
    # consecutive nudges: one step
    click(win, "p5")
    for _ in range(3):
        press(tl, Qt.Key_Right)


ENGLISH = ["Move placement", "Move 2 placements", "Resize placement", "Paste 2 placements",
           "Delete 1 placement", "Add placement", "Change phase dates", "Add phase", "Rename phase",
           "Delete phase", "Nudge placements"]


def test_timeline_undo_steps_are_named_in_the_new_language(window, qapp, qtbot, answers):
    edit_on_the_timeline(window, answers)
    doc = window.doc
    assert steps(doc) == ENGLISH
    assert window.act_undo.text() == "Undo Nudge placements"
    english = set().union(*(english_words(t) for t in ENGLISH))
    zh = next(a for a in window.menuBar().findChildren(type(window.act_save)) if a.text() == "简体中文")
    new = None
    try:
        zh.trigger()                                  # View > Language > 简体中文
        new = qapp._main_window
        qtbot.addWidget(new)
        assert new is not window and new.doc is doc and doc.undo_stack.count() == len(ENGLISH)
        named = steps(doc)
        left = {t: english_words(t) & english for t in named if english_words(t) & english}
        assert not left, f"undo steps still in English after the switch: {left}"
        assert all(re.search(r"[\u4e00-\u9fff]", t) for t in named), named
        assert named[ENGLISH.index("Move 2 placements")] == "移动 2 个投放"
        assert named[ENGLISH.index("Paste 2 placements")] == "粘贴 2 个投放"
        assert named[-1] == "微调投放"
        undo = new.act_undo.text()
        assert undo.startswith("撤销") and not english_words(undo) & english, undo
        assert undo == "撤销 微调投放"
        # a nudge in the new window still merges into the (renamed) nudge step
        new.timeline.set_zoom(10.0)
        new.timeline.horizontalScrollBar().setValue(0)
        qapp.processEvents()
        before = placement(new, "p5").start
        click(new, "p5")
        new.timeline.setFocus()
        press(new.timeline, Qt.Key_Right)
        assert placement(new, "p5").start == before + days(1)
        assert doc.undo_stack.count() == len(ENGLISH) and doc.undo_stack.text(len(ENGLISH) - 1) == "微调投放"
        assert new.act_undo.text() == "撤销 微调投放"
    finally:
        settings().setValue("language", "en")
        install_translator(qapp, "en")
        doc.undo_stack.setClean()
        if new is not None and new is not window:
            new.close()
