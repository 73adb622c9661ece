"""The timeline driven like a user drives it: real mouse drags, key presses and wheel events."""


from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from campaign_planner.qt.timeline import SLOT_MIME

from conftest import center, days, drag, placement


def test_drag_a_bar_moves_it_by_whole_days_and_undo_restores(window):
    tl = window.timeline
    before = placement(window, "p2")
    start = center(window, "p2")
    drag(tl.viewport(), start, start + QPoint(int(5 * tl.ppd), 0))
    after = placement(window, "p2")
    assert (after.start, after.end) == (before.start + days(5), before.end + days(5))
    assert window.doc.undo_stack.count() == 1
    assert window.act_undo.text() == "Undo Move placement"
    assert window.isWindowModified()
    window.act_undo.trigger()
    assert placement(window, "p2") == before
    assert not window.isWindowModified()


def test_resize_by_dragging_the_right_end(window):
    tl = window.timeline
    before = placement(window, "p4")
    rect = tl.bar_rect(before)
    edge = QPoint(int(rect.right()) - 2, int(rect.center().y()))
    drag(tl.viewport(), edge, edge + QPoint(int(3 * tl.ppd), 0))
    after = placement(window, "p4")
    assert (after.start, after.end) == (before.start, before.end + days(3))
    assert window.act_undo.text() == "Undo Resize placement"


def test_drag_a_slot_from_the_palette_adds_a_14_day_placement(window):
    tl = window.timeline
    item = window.palette.slot_item("alipay_search_hot")
    mime = window.palette.mimeData([item])
    assert mime.hasFormat(SLOT_MIME)
    row = tl.lane_row("alipay_search_hot")
    target = QPointF(tl.x_of(tl.day_of(window.doc.plan.start + days(40))) + 2, tl.row_y(row) + 10)
    enter = QDragEnterEvent(target.toPoint(), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)  # noqa
    QApplication.sendEvent(tl.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(target, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(tl.viewport(), drop)
    new = [p for p in window.doc.placements() if p.slot == "alipay_search_hot"]
    assert len(new) == 1
    assert new[0].start == window.doc.plan.start + days(40) and new[0].days == 14
    assert window.act_undo.text() == "Undo Add placement"
    assert tl.selected == {new[0].id}


def test_rubber_band_selects_several_and_moving_them_is_one_step(window):
    tl = window.timeline
    # p2 (private message share) and p1 (feed) are both on Weibo lanes in October
    r2, r1 = tl.bar_rect(placement(window, "p2")), tl.bar_rect(placement(window, "p1"))
    top_left = QPoint(int(min(r1.left(), r2.left())) - 4, int(r2.top()) - 3)
    bottom_right = QPoint(int(max(r1.left(), r2.left())) + 6, int(r1.bottom()) + 3)
    drag(tl.viewport(), top_left, bottom_right)
    assert {"p1", "p2"} <= tl.selected
    sel = set(tl.selected)
    before = {p.id: p for p in window.doc.placements()}
    drag(tl.viewport(), center(window, "p1"), center(window, "p1") + QPoint(int(7 * tl.ppd), 0))
    for pid in sel:
        assert placement(window, pid).start == before[pid].start + days(7)
    assert window.doc.undo_stack.count() == 1
    window.act_undo.trigger()
    assert {p.id: p for p in window.doc.placements()} == before


def test_ctrl_click_adds_to_the_selection(window):
    tl = window.timeline
    QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p3"))
    QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.ControlModifier, center(window, "p4"))
    assert tl.selected == {"p3", "p4"}
    # a plain click (no drag) on one of them selects it alone; a drag would have moved both
    QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p4"))
    assert tl.selected == {"p4"}
    assert window.doc.undo_stack.count() == 0


def test_delete_and_undo(window):
    tl = window.timeline
    QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p3"))
    QTest.keyClick(tl, Qt.Key_Delete)
    assert "p3" not in {p.id for p in window.doc.placements()}
    window.act_undo.trigger()
    assert "p3" in {p.id for p in window.doc.placements()}


def test_arrow_keys_nudge_by_a_day_and_shift_by_a_week(window):
    tl = window.timeline
    before = placement(window, "p5")
    QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p5"))
    QTest.keyClick(tl, Qt.Key_Right)
    assert placement(window, "p5").start == before.start + days(1)
    QTest.keyClick(tl, Qt.Key_Left, Qt.ShiftModifier)
    assert placement(window, "p5").start == before.start - days(6)


def test_copy_and_paste_at_the_date_under_the_cursor(window):
    tl = window.timeline
    QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p3"))
    window.act_copy.trigger()
    row = tl.lane_row("alipay_home_banner")
    where = QPoint(int(tl.x_of(tl.day_of(window.doc.plan.start + days(30))) + 2), int(tl.row_y(row) + 10))
    QTest.mouseMove(tl.viewport(), where)
    window.act_paste.trigger()
    copies = [p for p in window.doc.placements() if p.slot == "alipay_home_banner"]
    assert len(copies) == 2
    new = next(p for p in copies if p.id != "p3")
    assert new.start == window.doc.plan.start + days(30) and new.days == placement(window, "p3").days


def test_ctrl_wheel_zooms_and_the_ruler_follows(window):
    tl = window.timeline
    tl.set_zoom(2.0)  # the plan is wider than the view: there is room to zoom around the cursor
    assert tl.ruler_level() == "month"
    pos = QPointF(tl.viewport().width() / 2, 200)
    day_under_cursor = tl.day_at(pos.x())
    levels = []
    for _ in range(16):
        ev = QWheelEvent(pos, tl.viewport().mapToGlobal(pos), QPoint(0, 0), QPoint(0, 120), Qt.NoButton,
                         Qt.ControlModifier, Qt.NoScrollPhase, False)
        QApplication.sendEvent(tl.viewport(), ev)
        if not levels or levels[-1] != tl.ruler_level():
            levels.append(tl.ruler_level())
    assert levels == ["month", "week", "day"]
    assert abs(tl.day_at(pos.x()) - day_under_cursor) < 1  # zoomed around the cursor
    tl.fit_to_plan()
    assert tl.ruler_level() in ("month", "quarter")


def test_dragging_a_phase_edge_makes_the_rules_follow(window):
    tl = window.timeline
    plan = window.doc.plan
    assert window.problems.row_count() == 0
    internal = plan.phase("internal_test")
    # drag the internal test's start 20 days later: p1 and p2 (October) fall before it
    row_y = tl.header_h() - 22 + 11  # the Weibo phase row is the last one
    x = tl.x_of(tl.day_of(internal.start)) + 2
    drag(tl.viewport(), QPoint(int(x), row_y), QPoint(int(x + 20 * tl.ppd), row_y))
    moved = window.doc.plan.phase("internal_test")
    assert moved.start == internal.start + days(20) and moved.end == internal.end
    kinds = {window.problems.placement_at(i) for i in range(window.problems.row_count())}
    assert {"p1", "p2"} <= kinds
    assert tl.model.problems_of("p1")[0].level == "error"
    assert "first admitted" in tl.tooltip_for(placement(window, "p1"))
    assert "2 errors" in window.problems.count.text()
    window.act_undo.trigger()
    assert window.problems.row_count() == 0


def test_a_phase_edge_cannot_overlap_the_next_phase(window):
    """Dragging a phase's end far past its neighbour stops the phase the day before the
    neighbour starts (after a first drag made room, so the clamp is what stops it)."""
    tl = window.timeline
    plan = window.doc.plan
    internal = plan.phase("internal_test")
    following = min((ph for ph in plan.phases if ph.platform == internal.platform and ph.start > internal.end),
                    key=lambda ph: ph.start)
    assert following.start == internal.end + days(1)  # they touch: no room to grow today
    row_y = tl.header_h() - 11
    x = tl.x_of(tl.day_of(internal.end) + 1) - 2
    drag(tl.viewport(), QPoint(int(x), row_y), QPoint(int(x - 10 * tl.ppd), row_y))
    shrunk = window.doc.plan.phase("internal_test").end
    assert shrunk == internal.end - days(10)
    x = tl.x_of(tl.day_of(shrunk) + 1) - 2
    drag(tl.viewport(), QPoint(int(x), row_y), QPoint(int(x + 30 * tl.ppd), row_y))
    assert window.doc.plan.phase("internal_test").end == following.start - days(1)  # clamped at the neighbour
    assert window.doc.undo_stack.count() == 2


def test_the_live_chart_follows_a_drag_before_the_mouse_is_released(window, qtbot):
    """While a bar is dragged, the reach chart shows the plan as it would be (rate-limited),
    and after the release the plan's own projection, drawn once."""
    from campaign_planner.core import edits
    from campaign_planner.core.reach import project
    tl = window.timeline
    qtbot.waitUntil(lambda: window.charts is not None, timeout=5000)
    before = window.doc.projection()
    p2_start = placement(window, "p2").start
    start = center(window, "p2")
    QTest.mousePress(tl.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, 7):
        QTest.mouseMove(tl.viewport(), start + QPoint(int(i * 20 * tl.ppd / 6), 0))
    shown = []
    qtbot.waitUntil(lambda: window.charts.last_projection is not before and
                    shown.append(window.charts.last_projection) is None, timeout=3000)
    expected = project(edits.move_placements(window.doc.plan, {"p2"}, 20, window.doc.scenario)[0])
    assert window.doc.projection() is before  # nothing is edited yet
    assert list(shown[-1].reach) == list(expected.reach)
    redraws = []
    window.charts.charts["reach"].set_data = (lambda orig: lambda *a, **k: redraws.append(1) or orig(*a, **k))(
        window.charts.charts["reach"].set_data)
    QTest.mouseRelease(tl.viewport(), Qt.LeftButton, Qt.NoModifier, start + QPoint(int(20 * tl.ppd), 0))
    qtbot.wait(50)
    assert window.doc.undo_stack.count() == 1 and window.doc.projection() is not before
    assert list(window.charts.last_projection.reach) == list(window.doc.projection().reach)
    assert window.charts.last_projection is window.doc.projection()
    assert len(redraws) == 1  # the drag's end and its edit: one redraw
    assert placement(window, "p2").start == p2_start + days(20)


def test_consecutive_nudges_are_one_undo_step(window):
    tl = window.timeline
    first = placement(window, "p2").start
    QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p2"))
    for _ in range(4):
        QTest.keyClick(tl, Qt.Key_Right)
    assert placement(window, "p2").start == first + days(4)
    assert window.doc.undo_stack.count() == 1
    assert window.act_undo.text().endswith("Nudge placements")
    window.act_undo.trigger()
    assert placement(window, "p2").start == first


def test_drag_on_the_phase_row_adds_a_phase_and_rename_it(window, answers):
    tl = window.timeline
    row_y = 38 + 11  # the Alipay phase row (empty), just below the ruler
    x0 = tl.x_of(tl.day_of(window.doc.plan.start + days(10)))
    drag(tl.viewport(), QPoint(int(x0) + 2, row_y), QPoint(int(x0 + 30 * tl.ppd) + 2, row_y))
    new = [p for p in window.doc.plan.phases if p.platform == "alipay"]
    assert len(new) == 1
    assert (new[0].start, new[0].end) == (window.doc.plan.start + days(10), window.doc.plan.start + days(40))
    answers.text = "Alipay launch"
    QTest.mouseDClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(int(x0) + 20, row_y))
    assert window.doc.plan.phase(new[0].id).name == "Alipay launch"
    window.inspector.phase_page.admits.item_of("all").setCheckState(Qt.Checked)   # ticks "All categories"
    assert window.doc.plan.phase(new[0].id).admits == ("all",)


def test_the_status_bar_shows_the_date_under_the_cursor(window):
    tl = window.timeline
    row = tl.lane_row("weibo_feed")
    pos = QPoint(int(tl.x_of(20.5)), int(tl.row_y(row) + 10))
    QTest.mouseMove(tl.viewport(), pos)
    assert window.cursor_label.text() == str(window.doc.plan.start + days(20))


def test_the_delete_key_deletes_a_selected_phase(window):
    tl = window.timeline
    internal = window.doc.plan.phase("internal_test")
    row_y = tl.header_h() - 22 + 11  # the Weibo phase row
    x = tl.x_of(tl.day_of(internal.start) + 10)
    QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, QPoint(int(x), row_y))
    assert window.doc.selection.phase == "internal_test"
    QTest.keyClick(tl, Qt.Key_Delete)
    assert all(ph.id != "internal_test" for ph in window.doc.plan.phases)
    window.act_undo.trigger()
    assert window.doc.plan.phase("internal_test") == internal
