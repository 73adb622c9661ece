"""The timeline's layout, checked on what is drawn: overlapping placements stack in sub-rows
(each visible and pickable with the mouse), the ruler's labels are never cut or run together
at any zoom in English and Chinese, and the slot names can be read (a resizable label column,
a tooltip with the full name)."""

import datetime as dt
import math
import random

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from campaign_planner.core import edits
from campaign_planner.qt.timeline.geometry import (
    LABEL_W,
    LANE_H,
    MAX_PPD,
    MIN_LABEL_W,
    MIN_PPD,
    SUB_H,
    assign_subrows,
    ruler_level,
)

from conftest import center, days, drag, placement

# ---------------------------------------------------------------------------- sub-rows, plain


def test_sub_rows_are_first_fit_by_start_and_never_overlap():
    rng = random.Random(7)
    for _ in range(200):
        n = rng.randrange(0, 40)
        spans = sorted((s, s + rng.randrange(0, 20)) for s in (rng.randrange(0, 100) for _ in range(n)))
        starts, ends = [s for s, _ in spans], [e for _, e in spans]
        subs, count = assign_subrows(starts, ends)
        last_end: dict[int, int] = {}
        for s, e, k in zip(starts, ends, subs):
            # the first sub-row whose last placement ended before this one starts
            free = [j for j in range(count) if last_end.get(j, -1) < s]
            assert k == min(free, default=len(last_end))
            last_end[k] = e
        depth = max((sum(1 for s2, e2 in spans if s2 <= s <= e2) for s, _ in spans), default=0)
        assert count == depth   # greedy by start uses as few sub-rows as the deepest overlap


# ---------------------------------------------------------------------------- sub-rows, in the window


def add_overlapping(window, slot, start, n_days):
    before = {p.id for p in window.doc.placements()}
    assert window.doc.edit("Add placement", edits.add_placement, slot, start, n_days,
                           scenario=window.doc.scenario)
    return next(p for p in window.doc.placements() if p.id not in before)


def test_an_overlapping_placement_gets_its_own_sub_row_and_only_its_lane_is_rebuilt(window, qapp):
    tl = window.timeline
    model = tl.model
    for i in range(8):           # a lane of 8 sub-rows: the lanes are taller than the view
        add_overlapping(window, "alipay_search_hot", window.doc.plan.start + days(i), 20)
    assert tl.lane_row("alipay_search_hot").subs == 8
    p3 = placement(window, "p3")
    before_rows = {r.key: r for r in model.rows}
    lanes_before = dict(model.lanes)
    vs = tl.verticalScrollBar()
    height_before, range_before = model.content_height(), vs.maximum()
    assert range_before > 0
    new = add_overlapping(window, "alipay_home_banner", p3.start + days(2), 10)
    row = tl.lane_row("alipay_home_banner")
    assert row.subs == 2 and row.h == 2 * SUB_H
    assert 2 * SUB_H >= 28 and SUB_H - 4 >= 14   # a stacked bar stays pickable
    # only the touched lane was rebuilt; the rows below it moved down, the ones above did not
    assert all(model.lanes[k] is v for k, v in lanes_before.items() if k != "alipay_home_banner")
    grew = row.h - LANE_H
    for r in model.rows:
        old = before_rows[r.key]
        assert r.y == (old.y + grew if old.y > row.y else old.y)
    assert model.content_height() == height_before + grew
    assert vs.maximum() == range_before + grew              # the scroll range follows
    # both bars are drawn, one above the other, inside the lane
    r3, rn = tl.bar_rect(placement(window, "p3")), tl.bar_rect(new)
    assert not r3.intersects(rn)
    for r in (r3, rn):
        assert tl.row_y(row) <= r.top() and r.bottom() <= tl.row_y(row) + row.h
        assert r.height() >= 14
    image = tl.viewport().grab().toImage()
    for r in (r3, rn):
        c = QColor(image.pixel(r.center().toPoint()))
        assert c != QColor("white"), "the bar in its sub-row is painted"
    window.act_undo.trigger()
    assert tl.lane_row("alipay_home_banner").subs == 1 and tl.lane_row("alipay_home_banner").h == LANE_H
    assert {r.key: r for r in model.rows} == before_rows
    assert vs.maximum() == range_before


def test_an_edit_that_keeps_the_sub_rows_repaints_only_its_lane(window, qapp, monkeypatch):
    tl = window.timeline
    p3 = placement(window, "p3")
    add_overlapping(window, "alipay_home_banner", p3.start, 7)
    seen = []
    orig = tl.repaint_dirty
    monkeypatch.setattr(tl, "repaint_dirty", lambda dirty: seen.append(dirty) or orig(dirty))
    rows = list(tl.model.rows)
    window.doc.edit("Nudge", edits.move_placements, {"p3"}, 1, window.doc.scenario)
    assert seen[-1].slots == {"alipay_home_banner"} and not seen[-1].everything and not seen[-1].rows
    assert tl.model.rows == rows
    window.doc.edit("Nudge", edits.move_placements, {"p3"}, 30, window.doc.scenario)   # away: one sub-row
    assert seen[-1].everything and seen[-1].rows
    assert tl.lane_row("alipay_home_banner").subs == 1


def test_each_stacked_bar_is_picked_dragged_and_rubber_banded_by_its_own_sub_row(window, qapp):
    tl = window.timeline
    p3 = placement(window, "p3")
    new = add_overlapping(window, "alipay_home_banner", p3.start, 7)   # exactly over p3
    qapp.processEvents()
    lower = new if tl.bar_rect(new).top() > tl.bar_rect(p3).top() else p3
    upper = p3 if lower is new else new
    for pl in (upper, lower):
        QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, pl.id))
        assert tl.selected == {pl.id}
        assert tl.placement_at(QPointF(center(window, pl.id)))[0].id == pl.id
    # a drag of the lower bar moves it, not the one above it
    start = center(window, lower.id)
    drag(tl.viewport(), start, start + QPoint(int(20 * tl.ppd), 0))
    assert placement(window, lower.id).start == lower.start + days(20)
    assert placement(window, upper.id).start == upper.start
    window.act_undo.trigger()
    # a rubber band across the lower sub-row only selects the lower bar
    ru = tl.bar_rect(placement(window, upper.id))
    rl = tl.bar_rect(placement(window, lower.id))
    assert rl.top() > ru.bottom()
    y = int(rl.center().y())
    drag(tl.viewport(), QPoint(int(rl.left()) - 10, y - 2), QPoint(int(rl.right()) + 10, y + 2))
    assert tl.selected == {lower.id}


def test_the_units_label_is_drawn_only_where_it_fits(window, qapp):
    """The "1/d" label (white text) shows in a stacked bar wide enough for it, and not in one
    too narrow: no text is drawn cut."""
    tl = window.timeline
    p3 = placement(window, "p3")
    new = add_overlapping(window, "alipay_home_banner", p3.start, 7)

    def light_pixels(pl):
        r = tl.bar_rect(placement(window, pl.id)).toRect().adjusted(1, 1, -1, -1)
        image = tl.viewport().grab().toImage()
        return sum(1 for x in range(r.left(), r.right() + 1) for y in range(r.top(), r.bottom() + 1)
                   if QColor(image.pixel(x, y)).lightness() > 235)

    for ppd, shown in ((10.0, True), (2.5, False)):
        tl.set_zoom(ppd)
        tl.horizontalScrollBar().setValue(int(tl.day_of(p3.start) * tl.ppd) - 50)
        qapp.processEvents()
        for pl in (p3, new):
            assert (light_pixels(pl) > 5) == shown, (ppd, pl.id)


# ---------------------------------------------------------------------------- the ruler

@pytest.fixture(params=["en", "zh_CN"])
def any_language_window(request, qtbot, qapp, answers, template_file):
    from campaign_planner.qt.app import install_translator, make_window, settings
    s = settings()
    s.setValue("language", request.param)
    win = make_window(qapp, str(template_file))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    qapp.processEvents()
    try:
        yield win
    finally:
        win.doc.undo_stack.setClean()
        s.setValue("language", "en")
        install_translator(qapp, "en")


def check_ruler(tl):
    """Paint the view and check the labels and ticks the painter drew."""
    tl.viewport().grab()
    labels, ticks = tl.ruler_labels_drawn, tl.ruler_ticks_drawn
    fm = QFontMetrics(tl.font())
    left, right, bottom = tl.label_w, tl.viewport().width(), tl.ruler_h()
    for lb in labels:
        assert lb.text, lb
        assert lb.w == fm.horizontalAdvance(lb.text), lb
        assert left <= lb.x and lb.right <= right, (tl.ppd, lb)   # never cut at the view's edges
        assert 0 <= lb.y and lb.y + lb.h <= bottom, (tl.ppd, lb)
    for row in (0, 1):
        mine = sorted((lb for lb in labels if lb.row == row), key=lambda lb: lb.x)
        assert mine, (tl.ppd, tl.horizontalScrollBar().value(), row)
        for a, b in zip(mine, mine[1:]):
            assert a.right + 2 <= b.x, (tl.ppd, a, b)              # never running together
        # no tick line crosses a label
        for x, y0, y1 in ticks:
            for lb in mine:
                assert not (lb.x - 1 < x < lb.right + 1 and y0 < lb.y + lb.h and y1 > lb.y), (tl.ppd, x, lb)
    uppers = [lb for lb in labels if lb.row == 0]
    lowers = [lb for lb in labels if lb.row == 1]
    assert max(lb.y + lb.h for lb in uppers) <= min(lb.y for lb in lowers)
    return labels


def test_ruler_labels_are_whole_and_apart_at_every_zoom(any_language_window, qapp):
    tl = any_language_window.timeline
    levels = set()
    steps = 36
    for i in range(steps + 1):
        ppd = MIN_PPD * (MAX_PPD / MIN_PPD) ** (i / steps)
        tl.set_zoom(ppd)
        hs = tl.horizontalScrollBar()
        for where in (0.0, 0.37, 0.5, 1.0):
            hs.setValue(int(hs.maximum() * where))
            check_ruler(tl)
        levels.add(ruler_level(tl.ppd))
    # fit, and odd scroll positions at each level's narrowest zoom, where labels are tightest
    QTest.keyClick(any_language_window, Qt.Key_0, Qt.ControlModifier)
    check_ruler(tl)
    for ppd in (0.25, 0.9, 3.0, 18.0):
        tl.set_zoom(ppd)
        for v in range(0, tl.horizontalScrollBar().maximum() + 1, 37):
            tl.horizontalScrollBar().setValue(v)
            check_ruler(tl)
    assert levels == {"quarter", "month", "week", "day"}


def test_the_period_begun_left_of_the_view_is_named_at_the_left_edge(any_language_window, qapp):
    tl = any_language_window.timeline
    tl.set_zoom(6.0)      # weeks; months are about 180 pixels wide
    plan = tl.plan
    mid_month = dt.date(2019, 11, 12)
    tl.horizontalScrollBar().setValue(int(tl.day_of(mid_month) * tl.ppd))
    labels = check_ruler(tl)
    first = min((lb for lb in labels if lb.row == 0), key=lambda lb: lb.x)
    assert first.x == tl.label_w + 4
    assert first.text == tl._major_labels(mid_month.replace(day=1), "week", tl.locale())[0]
    # a month's last two days: no form of its name fits there, so none is drawn (cut);
    # the next month's name is drawn at its start
    tl.horizontalScrollBar().setValue(int(tl.day_of(dt.date(2019, 11, 29)) * tl.ppd))
    labels = check_ruler(tl)
    first = min((lb for lb in labels if lb.row == 0), key=lambda lb: lb.x)
    assert first.x == tl.x_of(tl.day_of(dt.date(2019, 12, 1))) + 4
    assert first.text == tl._major_labels(dt.date(2019, 12, 1), "week", tl.locale())[0]
    assert plan.start <= mid_month <= plan.end


# ---------------------------------------------------------------------------- the label column


def lane_point(tl, slot_id, x=None):
    row = tl.lane_row(slot_id)
    return QPoint(int(tl.label_w // 2 if x is None else x), int(tl.row_y(row) + row.h / 2))


def test_dragging_the_label_columns_edge_widens_it_and_the_charts_follow(window, qtbot, qapp):
    tl = window.timeline
    qtbot.waitUntil(lambda: window.charts is not None, timeout=5000)
    assert tl.label_w == LABEL_W
    longest = max(window.doc.plan.slots, key=lambda s: QFontMetrics(tl.font()).horizontalAdvance(s.name))
    fm = QFontMetrics(tl.font())
    assert fm.elidedText(longest.name, Qt.ElideRight, tl.label_w - 20) != longest.name   # cut today
    first_day = tl.visible_days()[0]
    ranges = []
    tl.sig_range_changed.connect(lambda a, b: ranges.append((a, b)))
    y = tl.row_y(tl.lane_row("alipay_home_banner")) + 5
    edge = QPoint(tl.label_w - 2, int(y))
    QTest.mouseMove(tl.viewport(), edge)
    assert tl.viewport().cursor().shape() == Qt.SplitHCursor
    drag(tl.viewport(), edge, edge + QPoint(140, 0))
    assert tl.label_w == LABEL_W + 140
    assert fm.elidedText(longest.name, Qt.ElideRight, tl.label_w - 20) == longest.name
    assert abs(tl.visible_days()[0] - first_day) < 1e-9      # the lanes keep their first day
    assert ranges and ranges[-1] == tl.visible_days()
    assert window.charts._days == tl.visible_days()          # linked charts realigned
    assert window.doc.undo_stack.count() == 0                # a view setting, not an edit
    # bars follow the column: a click on a bar still picks it
    QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p3"))
    assert tl.selected == {"p3"}
    # narrower than the minimum: stops at the minimum
    edge = QPoint(tl.label_w - 1, int(y))
    drag(tl.viewport(), edge, QPoint(5, int(y)))
    assert tl.label_w == MIN_LABEL_W
    # a double click on the edge fits the longest name
    edge = QPoint(tl.label_w - 1, int(y))
    QTest.mouseDClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, edge)
    assert fm.elidedText(longest.name, Qt.ElideRight, tl.label_w - 20) == longest.name
    check_ruler(tl)


def show_tooltip(tl, pos: QPoint) -> str:
    QToolTip.hideText()
    ev = QHelpEvent(QEvent.ToolTip, pos, tl.viewport().mapToGlobal(pos))
    QApplication.sendEvent(tl.viewport(), ev)
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_a_lane_labels_tooltip_tells_the_slots_full_name_platform_and_requirements(window, qapp):
    tl = window.timeline
    text = show_tooltip(tl, lane_point(tl, "weibo_homepage"))
    assert "账号主页入口 Account homepage entry" in text
    assert "Platform: 微博 Weibo" in text
    assert "Requires: Whitelisted, Big-V account" in text
    text = show_tooltip(tl, lane_point(tl, "weibo_feed"))
    assert "信息流 Feed" in text and "Whitelisted, Service-type mini program" in text and "At most 24 a day" in text
    text = show_tooltip(tl, lane_point(tl, "alipay_huabei"))
    assert "花呗频道 Huabei channel" in text and "No special requirements" in text
    # over a bar, the bar's own tooltip; over the group row, the platform's name
    assert "(p3)" in show_tooltip(tl, center(window, "p3"))
    group = next(r for r in tl.model.rows if r.kind == "group" and r.key == "weibo")
    assert "微博 Weibo" in show_tooltip(tl, QPoint(20, int(tl.row_y(group) + 5)))


def test_the_phase_row_labels_are_named_in_full_in_a_narrow_column(window, qapp):
    tl = window.timeline
    tl.set_label_width(MIN_LABEL_W)
    text = show_tooltip(tl, QPoint(10, tl.ruler_h() + 5))
    assert text == "Phases: 支付宝 Alipay"
    assert math.isclose(tl.visible_days()[0], tl.day_at(MIN_LABEL_W))


def test_a_phase_too_narrow_for_its_name_tells_it_in_a_tooltip(window, qapp):
    tl = window.timeline
    tl.set_zoom(MIN_PPD)
    internal = window.doc.plan.phase("internal_test")
    y = tl.header_h() - 11          # the Weibo phase row
    x = (tl.x_of(tl.day_of(internal.start)) + tl.x_of(tl.day_of(internal.end) + 1)) / 2
    text = show_tooltip(tl, QPoint(int(x), y))
    assert internal.name in text and f"{internal.start} to {internal.end}" in text
