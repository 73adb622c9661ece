"""Charts fit for slides (issue 10, item 3): the legend never covers the plot; SVG is the asked
size, its title inside, no seams between stacked fills (rasterised with rsvg-convert); Copy
chart copies the export size; the time charts line up with the timeline's dates; today and the
day the target is reached are marked."""

import dataclasses
import datetime as dt
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.reach import project
from campaign_planner.qt import dialogs, exports
from campaign_planner.qt.charts.views import KINDS, _tint
from campaign_planner.qt.style import TARGET_COLOR, TODAY_COLOR, segment_color
from campaign_planner.store.planfile import save_plan


def pixels(img: QImage) -> np.ndarray:
    """(height, width, 3) RGB array of ``img``."""
    img = img.convertToFormat(QImage.Format_RGB32)
    arr = np.frombuffer(img.constBits(), dtype=np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    return arr[:, :img.width(), 2::-1].astype(int)


def rasterise(svg_path, png_path) -> np.ndarray:
    """The SVG as librsvg draws it (rsvg-convert, from librsvg2-bin: packaging/setup.sh --test)."""
    subprocess.run(["rsvg-convert", str(svg_path), "-o", str(png_path)], check=True)
    img = QImage(str(png_path))
    assert not img.isNull()
    return pixels(img)


def menu_action(menu, text):
    for a in menu.actions():
        if a.text().replace("&", "") == text:
            return a
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


# --------------------------------------------------------------------------- the legend

def plot_and_legend(chart):
    vb = chart.plot.getViewBox().sceneBoundingRect()
    return vb, chart.legend_rect()


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("size", [(1200, 600), (640, 360), (1920, 1080)])
def test_the_legend_is_beside_the_plot_never_over_it(qapp, plan, plan_bands, kind, size):
    w = exports.chart_widget(kind, plan, bands=plan_bands)
    exports.lay_out(w, *size)
    vb, legend = plot_and_legend(w)
    assert legend is not None and legend.width() > 20
    assert not legend.intersects(vb), (kind, size, legend, vb)
    assert legend.left() >= vb.right()
    # and it is whole: inside the picture
    assert legend.right() <= size[0] + 0.5 and legend.top() >= 0


def test_the_live_charts_keep_their_legend_beside_the_plot(window, qtbot):
    for i, kind in enumerate(KINDS):
        window.charts.tabs.setCurrentIndex(i)
        chart = window.charts.chart(kind)
        qtbot.waitUntil(lambda chart=chart: chart.isVisible() and chart.plot.getViewBox().width() > 50)
        vb, legend = plot_and_legend(chart)
        assert not legend.intersects(vb), kind


def test_no_plot_colour_in_the_legend_column_of_the_png(qapp, tmp_path, plan, plan_bands):
    """Looked at as pixels: right of the plot area there is only the legend (its samples and
    text), none of the layers' fill."""
    w = exports.chart_widget("reach", plan, bands=plan_bands)
    exports.save_png(w, tmp_path / "r.png", 1200, 600)
    px = pixels(QImage(str(tmp_path / "r.png")))
    vb, legend = plot_and_legend(w)
    tints = [_tint(segment_color(plan, s.id), 0.45) for s in plan.audience.segments]
    right = px[int(legend.bottom()) + 5:, int(vb.right()) + 4:]
    for t in tints:
        near = np.abs(right - np.array([t.red(), t.green(), t.blue()])).sum(axis=2) <= 6
        assert near.sum() == 0
    left = px[:, :int(vb.right()) - 2]
    assert all((np.abs(left - np.array([t.red(), t.green(), t.blue()])).sum(axis=2) <= 6).sum() > 1000
               for t in tints)


# --------------------------------------------------------------------------- SVG

@pytest.mark.parametrize("kind,size", [("reach", (1200, 600)), ("slots", (1000, 500)), ("frequency", (800, 600)),
                                       ("funnel", (640, 360)), ("daily", (1600, 900))])
def test_svg_is_the_asked_size_with_nothing_clipped(qapp, tmp_path, plan, plan_bands, kind, size):
    w = exports.chart_widget(kind, plan, bands=plan_bands)
    path = tmp_path / f"{kind}.svg"
    exports.save_svg(w, path, *size)
    root = ET.parse(path).getroot()
    assert (root.get("width"), root.get("height")) == (str(size[0]), str(size[1]))
    assert root.get("viewBox").split() == ["0", "0", str(size[0]), str(size[1])]
    ns = "{http://www.w3.org/2000/svg}"
    texts = " ".join("".join(t.itertext()) for t in root.iter(f"{ns}text"))
    title = w.title.text().split("    ")[0]
    assert title in texts
    px = rasterise(path, tmp_path / f"{kind}.png")
    assert px.shape[:2] == (size[1], size[0])
    # nothing runs off the picture: a 2-pixel frame all round is background
    frame = np.concatenate([px[:2].reshape(-1, 3), px[-2:].reshape(-1, 3), px[:, :2].reshape(-1, 3),
                            px[:, -2:].reshape(-1, 3)])
    assert frame.min() >= 235, "something is cut at the SVG's edge"
    # the title is drawn (dark ink) in the band above the plot, left of the legend
    vb = w.plot.getViewBox().sceneBoundingRect()
    band = px[2:int(vb.top()), :int(vb.right())]
    assert (band.max(axis=2) < 90).sum() > 150, "no title above the plot"


def test_svg_title_is_the_same_as_the_png_title(qapp, tmp_path, plan, plan_bands):
    """The SVG and the PNG of a chart are the same picture: compare the title rows."""
    w = exports.chart_widget("reach", plan, bands=plan_bands)
    exports.save_svg(w, tmp_path / "r.svg", 1200, 600)
    exports.save_png(w, tmp_path / "r.png", 1200, 600)
    svg = rasterise(tmp_path / "r.svg", tmp_path / "r-svg.png")
    png = pixels(QImage(str(tmp_path / "r.png")))
    top = int(w.plot.getViewBox().sceneBoundingRect().top())
    ink = lambda px: np.argwhere(px[:top - 2, :900].max(axis=2) < 90)  # noqa: E731
    a, b = ink(svg), ink(png)
    assert len(a) > 150 and len(b) > 150
    assert a[:, 0].min() > 2 and b[:, 0].min() > 2                      # not cut at the top
    assert abs(a[:, 0].min() - b[:, 0].min()) <= 3 and abs(a[:, 0].max() - b[:, 0].max()) <= 3
    assert abs(a[:, 1].min() - b[:, 1].min()) <= 3 and abs(a[:, 1].max() - b[:, 1].max()) <= 12


def test_svg_stacked_fills_have_no_seams(qapp, tmp_path, plan, plan_bands):
    """Antialiased, pyqtgraph's fill chunks (50 points each) leave light hairlines where they
    meet; the export draws each area as one path. Inside every layer's tint, no pixel may be
    lighter than its neighbours a pixel away on both sides (a dark tick or line may cross)."""
    w = exports.chart_widget("reach", plan, bands=plan_bands)
    exports.save_svg(w, tmp_path / "r.svg", 1200, 600)
    px = rasterise(tmp_path / "r.svg", tmp_path / "r.png")
    seams = 0
    checked = 0
    for s in plan.audience.segments:
        tint = np.array(_tint(segment_color(plan, s.id), 0.45).getRgb()[:3])
        is_tint = np.abs(px - tint).sum(axis=2) <= 6
        # pixels between two tint pixels (one each side), lighter than the tint
        between = is_tint[:, :-2] & is_tint[:, 2:]
        lighter = px[:, 1:-1].sum(axis=2) > tint.sum() + 12
        checked += int(between.sum())
        seams += int((between & lighter).sum())
    assert checked > 50000
    assert seams == 0, f"{seams} seam pixels"


def test_svg_in_chinese_has_the_title_and_legend_in_chinese(qapp, tmp_path, plan, plan_bands):
    from campaign_planner.qt.app import install_translator
    install_translator(qapp, "zh_CN")
    try:
        w = exports.chart_widget("reach", plan, bands=plan_bands)
        exports.save_svg(w, tmp_path / "r.svg", 1200, 600)
    finally:
        install_translator(qapp, "en")
    root = ET.parse(tmp_path / "r.svg").getroot()
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "累计去重触达" in texts and "万" in texts
    px = rasterise(tmp_path / "r.svg", tmp_path / "r.png")
    assert px.shape[:2] == (600, 1200)
    assert np.concatenate([px[:2].reshape(-1, 3), px[:, -2:].reshape(-1, 3)]).min() >= 235


# --------------------------------------------------------------------------- Copy chart

def test_copy_chart_copies_the_export_size_not_the_strip_on_screen(window, answers, tmp_path, monkeypatch,
                                                                   qtbot):
    clipboard = QApplication.clipboard()
    on_screen = window.charts.chart("reach").size()
    menu_action(window.export_menu, "Copy chart").trigger()
    img = clipboard.image()
    assert (img.width(), img.height()) == (1200, 600)            # nothing chosen yet: the default
    assert (img.width(), img.height()) != (on_screen.width(), on_screen.height())
    assert round(img.dotsPerMeterX() * 0.0254) == 96
    # the user exports a PNG at 1600 x 500, 192 dpi: Copy chart follows
    monkeypatch.setattr(dialogs, "get_image_size", lambda parent: (1600, 500, 192))
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(tmp_path / "chart.png"))
    menu_action(window.export_menu, "Chart as PNG…").trigger()
    assert answers.errors == []
    assert QImage(str(tmp_path / "chart.png")).size().toTuple() == (1600, 500)
    menu_action(window.export_menu, "Copy chart").trigger()
    img = clipboard.image()
    assert (img.width(), img.height()) == (1600, 500)
    # drawn as exported: the title and the legend are in the picture, the hover line is not
    px = pixels(img)
    assert (px[:40, :800].max(axis=2) < 90).sum() > 300
    # the size dialog opens at the size chosen last, and an SVG export has that picture's size
    from campaign_planner.qt.charts.panel import ImageSizeDialog
    assert ImageSizeDialog().values() == (1600, 500, 192)
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(tmp_path / "chart.svg"))
    menu_action(window.export_menu, "Chart as SVG…").trigger()
    root = ET.parse(tmp_path / "chart.svg").getroot()
    assert (root.get("width"), root.get("height")) == ("800", "250")


# --------------------------------------------------------------------------- lined up with the timeline

def screen_x_of_chart_day(chart, day: float) -> float:
    vb = chart.plot.getViewBox()
    scene = vb.mapViewToScene(QPointF(day, 0))
    return chart.plot.viewport().mapToGlobal(chart.plot.viewportTransform().map(scene)).x()


def screen_x_of_timeline_day(tl, day: float) -> float:
    return tl.viewport().mapToGlobal(QPointF(tl.x_of(day), 0)).x()


def assert_lined_up(window, qtbot, kind):
    tl = window.timeline
    chart = window.charts.chart(kind)
    qtbot.waitUntil(lambda: chart.isVisible() and chart.plot.getViewBox().width() > 100)
    QApplication.processEvents()
    d0, d1 = tl.visible_days()
    vb = chart.plot.getViewBox().sceneBoundingRect()
    c0, c1 = chart.plot.getViewBox().viewRange()[0]
    days = [d for d in np.linspace(max(d0, c0), min(d1, c1), 7)]
    assert len(days) == 7 and days[-1] - days[0] > 10
    for d in days:
        a, b = screen_x_of_chart_day(chart, d), screen_x_of_timeline_day(tl, d)
        assert abs(a - b) <= 0.5, (kind, d, a, b)
    # the month ticks of the chart's axis fall on the timeline's month lines
    first_month = next(x for x in chart.axis.tickValues(c0, c1, vb.width())[0][1] if d0 <= x <= d1)
    assert abs(screen_x_of_chart_day(chart, first_month) - screen_x_of_timeline_day(tl, first_month)) <= 0.5


@pytest.mark.parametrize("kind", ["reach", "daily"])
def test_time_charts_line_up_with_the_timeline_days(window, qtbot, kind):
    tl = window.timeline
    window.charts.tabs.setCurrentIndex(KINDS.index(kind))
    assert_lined_up(window, qtbot, kind)                  # the fixture's zoom, scrolled to the start
    tl.fit_to_plan()
    assert_lined_up(window, qtbot, kind)
    tl.set_zoom(4.0)
    tl.horizontalScrollBar().setValue(600)                # scrolled, as the user scrolls
    assert_lined_up(window, qtbot, kind)
    QTest.keyClick(tl, Qt.Key_Plus, Qt.ControlModifier)   # zoomed from the keyboard (if bound)
    assert_lined_up(window, qtbot, kind)
    window.resize(1200, 800)                             # the window resized: both move
    qtbot.waitUntil(lambda: window.width() == 1200)
    assert_lined_up(window, qtbot, kind)
    window.resizeDocks([window.docks["palette"]], [380], Qt.Horizontal)   # the timeline moves right
    QApplication.processEvents()
    assert_lined_up(window, qtbot, kind)


def test_switching_to_the_daily_tab_lines_it_up(window, qtbot):
    window.timeline.set_zoom(3.0)
    window.timeline.horizontalScrollBar().setValue(200)
    tabs = window.charts.tabs
    QTest.mouseClick(tabs.tabBar(), Qt.LeftButton, Qt.NoModifier, tabs.tabBar().tabRect(1).center())
    assert tabs.currentIndex() == 1
    assert_lined_up(window, qtbot, "daily")
    QTest.mouseClick(tabs.tabBar(), Qt.LeftButton, Qt.NoModifier, tabs.tabBar().tabRect(0).center())
    window.timeline.horizontalScrollBar().setValue(500)
    assert_lined_up(window, qtbot, "reach")


# --------------------------------------------------------------------------- today and the target date

def column_of(px, color: str, y0: int, y1: int, tolerance: int = 40) -> np.ndarray:
    c = QColor(color)
    near = np.abs(px[y0:y1] - np.array([c.red(), c.green(), c.blue()])).sum(axis=2) <= tolerance
    return near.sum(axis=0)


def test_today_and_target_are_marked_when_inside_the_plan(qapp, qtbot, answers, tmp_path):
    today = dt.date.today()
    base = builtin_template("weibo-alipay-2019")
    plan = dataclasses.replace(base, end=today + dt.timedelta(days=30))      # runs through today
    pr = project(plan)
    target_day = pr.target_day(plan.target_reach)
    for kind in ("reach", "daily"):
        w = exports.chart_widget(kind, plan, pr=pr)
        marks = w.markers()
        assert marks["today"] == (today - plan.start).days + 0.5
        assert marks["target"] == target_day
        assert w.today_line.label.toPlainText() == f"Today {today}"
        assert w.target_line.label.toPlainText() == f"Target reached {plan.start + dt.timedelta(days=target_day)}"
        exports.save_png(w, tmp_path / f"{kind}.png", 1200, 600)
        px = pixels(QImage(str(tmp_path / f"{kind}.png")))
        vb = w.plot.getViewBox()
        x_today = round(vb.mapViewToScene(QPointF(marks["today"], 0)).x())
        x_target = round(vb.mapViewToScene(QPointF(marks["target"], 0)).x())
        top, bottom = int(vb.sceneBoundingRect().top()) + 60, int(vb.sceneBoundingRect().bottom()) - 5
        red = column_of(px, TODAY_COLOR, top, bottom)
        assert red[x_today - 1:x_today + 2].max() > 0.8 * (bottom - top), "no today line"
        # the dashed target line may fall between two pixel columns and be drawn in both, paler:
        # look for a green stripe standing out from the columns a few pixels to either side
        green = column_of(px, TARGET_COLOR, top, bottom, tolerance=120)
        beside = np.concatenate([green[x_target - 9:x_target - 3], green[x_target + 4:x_target + 10]])
        assert green[x_target - 1:x_target + 2].max() - np.median(beside) > 0.3 * (bottom - top), "no target line"
    # in the window too: open that plan
    from campaign_planner.qt.app import make_window
    path = tmp_path / "now.mpplan"
    save_plan(plan, path)
    win = make_window(qapp, str(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.charts is not None)
    assert win.charts.chart("reach").markers() == {"today": (today - plan.start).days + 0.5, "target": target_day}
    win.doc.undo_stack.setClean()


def test_no_today_line_outside_the_plan_and_no_target_line_when_not_reached(qapp, plan):
    w = exports.chart_widget("reach", plan)      # 2019-2020: today is after the plan
    assert w.markers() == {"target": project(plan).target_day(plan.target_reach)}
    high = dataclasses.replace(plan, target_reach=2e9)
    w = exports.chart_widget("daily", high)
    assert w.markers() == {}
    assert "not reached" in exports.chart_widget("reach", high).title.text()


# --------------------------------------------------------------------------- the note on forbidden placements

@pytest.mark.parametrize("kind,size", [("reach", (1200, 600)), ("slots", (640, 360)), ("funnel", (800, 450))])
def test_the_left_out_note_is_under_the_title_whole_and_covers_nothing(qapp, tmp_path, plan, kind, size):
    """A picture that left forbidden placements out says so under its title: inside the
    picture, above the plot, clear of the legend, nothing cut at the edges (as librsvg draws it)."""
    brand = dataclasses.replace(plan, mini_program=dataclasses.replace(plan.mini_program, category="commercial_brand"))
    w = exports.chart_widget(kind, brand)
    path = tmp_path / f"{kind}.svg"
    exports.save_svg(w, path, *size)
    assert w.note == "Left out (forbidden): p1, p2 — 2 placements"
    vb, legend = plot_and_legend(w)
    title = w._scene_title.sceneBoundingRect()
    assert title.bottom() <= vb.top() and title.bottom() <= legend.top() + 1
    assert title.left() >= 0 and title.right() <= size[0]
    px = rasterise(path, tmp_path / f"{kind}.png")
    frame = np.concatenate([px[:2].reshape(-1, 3), px[-2:].reshape(-1, 3), px[:, :2].reshape(-1, 3),
                            px[:, -2:].reshape(-1, 3)])
    assert frame.min() >= 235
    # the note's brown is drawn between the title's line and the plot
    brown = np.abs(px - np.array([0x8A, 0x4B, 0x00])).sum(axis=2) < 100
    assert brown[:int(vb.top())].sum() > 100


@pytest.mark.parametrize("today_minus_target", [-3, 3])
def test_the_today_and_target_labels_never_run_across_the_other_line(qapp, tmp_path, today_minus_target):
    """Today a few days before (or after) the target date: each label sits on the side away
    from the other line, in the picture as on screen."""
    from campaign_planner.core.edits import shifted
    base = builtin_template("weibo-alipay-2019")
    target_day = project(base).target_day(base.target_reach)
    today = dt.date.today()
    plan = shifted(base, (today - dt.timedelta(days=today_minus_target) - (base.start + dt.timedelta(days=target_day))).days)
    pr = project(plan)
    for kind in ("reach", "daily"):
        w = exports.chart_widget(kind, plan, pr=pr)
        exports.save_png(w, tmp_path / f"{kind}.png", 1200, 600)
        vb = w.plot.getViewBox()
        marks = w.markers()
        x = {k: vb.mapViewToScene(QPointF(v, 0)).x() for k, v in marks.items()}
        today_box = w.today_line.label.sceneBoundingRect()
        target_box = w.target_line.label.sceneBoundingRect()
        assert not today_box.left() < x["target"] < today_box.right(), kind
        assert not target_box.left() < x["today"] < target_box.right(), kind
        assert not today_box.intersects(target_box)
