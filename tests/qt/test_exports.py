"""Exports checked for content: PNG pixels, SVG elements and text, PDF pages and text, CSV."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from campaign_planner.core.reach import bands, project
from campaign_planner.qt import exports
from campaign_planner.qt.charts import svg_fix
from campaign_planner.qt.charts.views import KINDS

from conftest import center


def image_stats(path):
    img = QImage(str(path))
    assert not img.isNull()
    img = img.convertToFormat(QImage.Format_RGB32)
    arr = np.frombuffer(img.constBits(), dtype=np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    rgb = arr[:, :img.width(), :3].reshape(-1, 3)
    non_white = float((rgb.min(axis=1) < 235).mean())
    colours = len(np.unique(rgb[::7], axis=0))
    return img, non_white, colours


@pytest.mark.parametrize("kind", KINDS)
def test_png_has_the_asked_size_and_drawn_content(qapp, tmp_path, plan, plan_bands, kind):
    w = exports.chart_widget(kind, plan, pr=project(plan), bands=plan_bands)
    path = tmp_path / f"{kind}.png"
    exports.save_png(w, path, 900, 450, 150)
    img, non_white, colours = image_stats(path)
    assert (img.width(), img.height()) == (900, 450)
    assert round(img.dotsPerMeterX() * 0.0254) == 150
    assert non_white > 0.03, "the image is (nearly) blank"
    assert colours > 12


def test_the_reach_chart_shows_segments_band_and_target(qapp, tmp_path, plan, plan_bands):
    w = exports.chart_widget("reach", plan, bands=plan_bands)
    exports.save_png(w, tmp_path / "r.png", 1200, 600)
    img, _, _ = image_stats(tmp_path / "r.png")
    # each segment's layer is filled with its own tint (qt/style.py): find many pixels of each
    from campaign_planner.qt.charts.views import _tint
    from campaign_planner.qt.style import segment_color
    pixels = [img.pixelColor(x, y) for x in range(0, 1200, 3) for y in range(0, 600, 3)]
    for s in plan.audience.segments:
        tint = _tint(segment_color(plan, s.id), 0.45)
        near = sum(1 for c in pixels if abs(c.red() - tint.red()) + abs(c.green() - tint.green())
                   + abs(c.blue() - tint.blue()) <= 6)
        assert near > 300, (s.id, tint.name(), near)
    assert "Cumulative unique reach" in w.title.text() and "target 20M reached on 2019-12-24" in w.title.text()


def test_svg_parses_and_has_the_series_and_axis_text(qapp, tmp_path, plan, plan_bands):
    for kind in ("reach", "slots"):
        w = exports.chart_widget(kind, plan, bands=plan_bands)
        path = tmp_path / f"{kind}.svg"
        exports.save_svg(w, path, 1000, 500)
        root = ET.parse(path).getroot()
        ns = "{http://www.w3.org/2000/svg}"
        paths = [p for p in root.iter(f"{ns}path") if len(p.get("d", "")) > 50]
        texts = " ".join("".join(t.itertext()) for t in root.iter(f"{ns}text"))
        assert len(paths) >= 3, kind
        if kind == "reach":
            assert "2019-10" in texts and "20M" in texts and "Total reach" in texts
            assert "Cumulative unique reach" in texts
        else:
            assert "信息流" in texts and "Feed" in texts and "Exclusive reach" in texts


def test_svg_fix_strips_only_closing_tokens():
    assert svg_fix.strip_close_path_tokens("M1,2 L3,4 Z M5,6 L7,8 Z") == "M1,2 L3,4 M5,6 L7,8"
    assert svg_fix.strip_close_path_tokens("M1,2 L3,4") == "M1,2 L3,4"


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_pdf_report_pages_and_text(qapp, tmp_path, plan, plan_bands):
    from campaign_planner.qt.report import write_report
    path = tmp_path / "report.pdf"
    calls = []
    write_report(plan, path, bands=plan_bands, progress=lambda d, t: calls.append((d, t)))
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(l for l in info.splitlines() if l.startswith("Pages:")).split()[1])
    assert pages >= 8  # title, timeline, five charts, assumptions (+ problems)
    assert "842 x 595" in info  # A4 landscape
    text = pdf_text(path)
    assert plan.name in text
    assert "Unique people reached" in text and "31.2M" in text
    assert "Activity heterogeneity (kappa)" in text and "0.8" in text
    assert "000: Alipay mini-program summit report" in text and "assumption" in text
    assert "Timeline" in text and "Exposures per person on 2020-06-30" in text
    assert calls[-1][0] == calls[-1][1]


def test_pdf_cancelled_leaves_nothing(qapp, tmp_path, plan):
    from campaign_planner.qt.report import Cancelled, write_report
    with pytest.raises(Cancelled):
        write_report(plan, tmp_path / "r.pdf", cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []


def test_pdf_problems_page_lists_the_problems(qapp, tmp_path, plan):
    import dataclasses

    from campaign_planner.qt.report import write_report
    bad = dataclasses.replace(plan, mini_program=dataclasses.replace(plan.mini_program, category="e_commerce"))
    write_report(bad, tmp_path / "r.pdf")
    text = pdf_text(tmp_path / "r.pdf")
    assert "Problems" in text and "before 微博 Weibo admits the category" in text.replace("\n", " ")


def test_gui_csv_export_equals_project(window, answers, tmp_path):
    path = tmp_path / "series.csv"
    assert window.charts.export_csv(str(path))
    cli = subprocess.run([sys.executable, "-m", "campaign_planner", "project", window.doc.path, "--csv", "-"],
                         capture_output=True, text=True, check=True).stdout
    assert path.read_text(encoding="utf-8") == cli


def test_gui_png_equals_headless_export(window, answers, tmp_path, qtbot):
    qtbot.waitUntil(lambda: window.charts.bands.result is not None, timeout=20000)
    gui = tmp_path / "gui.png"
    assert window.charts.export_png(str(gui), (800, 400, 96))
    cli = tmp_path / "cli.png"
    r = subprocess.run([sys.executable, "-m", "campaign_planner", "export", window.doc.path, "--png", str(cli),
                        "--width", "800", "--height", "400"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    a, b = QImage(str(gui)), QImage(str(cli))
    assert (a.width(), a.height()) == (b.width(), b.height()) == (800, 400)
    assert a == b


def test_headless_export_writes_every_format(tmp_path):
    plan_path = tmp_path / "p.mpplan"
    subprocess.run([sys.executable, "-m", "campaign_planner", "new", str(plan_path)], check=True)
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    r = subprocess.run([sys.executable, "-m", "campaign_planner", "export", str(plan_path), "--chart", "funnel",
                        "--png", str(tmp_path / "f.png"), "--svg", str(tmp_path / "f.svg"),
                        "--pdf", str(tmp_path / "r.pdf"), "--csv", str(tmp_path / "s.csv"), "--dpi", "200"],
                       capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and r.stderr == "", r.stderr
    img, non_white, _ = image_stats(tmp_path / "f.png")
    assert (img.width(), img.height()) == (1200, 600) and non_white > 0.03
    ET.parse(tmp_path / "f.svg")
    assert "Retained (7 days)" in pdf_text(tmp_path / "r.pdf")
    proj = subprocess.run([sys.executable, "-m", "campaign_planner", "project", str(plan_path), "--csv", "-"],
                          capture_output=True, text=True, check=True).stdout
    assert (tmp_path / "s.csv").read_text(encoding="utf-8") == proj


@pytest.mark.parametrize("args,words", [
    (["--png", "x.png", "--width", "50"], "--width"),
    (["--png", "x.png", "--dpi", "0"], "--dpi"),
    (["--chart", "pie", "--png", "x.png"], "invalid choice"),
    ([], "nothing to export"),
    (["--png", "nofolder/x.png"], "does not exist"),
    (["--pdf", "-"], "writes files"),
])
def test_headless_export_bad_arguments(tmp_path, args, words):
    plan_path = tmp_path / "p.mpplan"
    subprocess.run([sys.executable, "-m", "campaign_planner", "new", str(plan_path)], check=True)
    before = sorted(p.name for p in tmp_path.iterdir())
    r = subprocess.run([sys.executable, "-m", "campaign_planner", "export", str(plan_path), *args],
                       capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 2 and len(r.stderr.splitlines()) == 1 and words in r.stderr, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_an_edit_during_the_band_computation_never_shows_the_old_band(window, qtbot):
    panel = window.charts
    old_plan = window.doc.plan
    panel.bands.draws = 400   # long enough to be caught mid-way
    shown = []
    original = panel.charts["reach"].set_bands
    panel.charts["reach"].set_bands = lambda b: (shown.append(b), original(b))
    started = []
    panel.bands.sig_progress.connect(lambda d, t: started.append(d))
    panel.bands.request()
    qtbot.waitUntil(lambda: bool(started), timeout=20000)
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p3"))
    QTest.keyClick(window.timeline, Qt.Key_Right)     # an edit while the old plan's band computes
    new_plan = window.doc.plan
    assert new_plan is not old_plan
    qtbot.waitUntil(lambda: panel.bands.result is not None, timeout=30000)
    drawn = [b for b in shown if b is not None]
    assert drawn, "the new band was never drawn"
    expected_new = bands(new_plan, draws=400)
    expected_old = bands(old_plan, draws=400)
    for b in drawn:
        assert np.array_equal(b.p50, expected_new.p50)
        assert not np.array_equal(b.p50, expected_old.p50)
    assert panel.charts["reach"].bands is drawn[-1]


def test_the_band_fits_in_the_live_chart_when_it_arrives(window, qtbot):
    panel = window.charts
    qtbot.waitUntil(lambda: panel.bands.result is not None, timeout=20000)
    top = panel.charts["reach"].plot.getViewBox().viewRange()[1][1]
    assert top >= panel.bands.result.p90.max()


# --------------------------------------------------------------------------- placements left out (issue 10 item 8)

NOTE_INK = np.array([0x8A, 0x4B, 0x00])       # the note's brown (ChartView.NOTE_COLOR)


def brand_plan(plan):
    """The rollout for a commercial brand: its October placements on Weibo (p1, p2) come
    before the public test admits the category, so the rules forbid them."""
    import dataclasses
    return dataclasses.replace(plan, mini_program=dataclasses.replace(plan.mini_program, category="commercial_brand"))


def svg_text(path) -> str:
    root = ET.parse(path).getroot()
    return " ".join(" ".join("".join(t.itertext()).split()) for t in root.iter("{http://www.w3.org/2000/svg}text"))


def rgb(path) -> np.ndarray:
    img = QImage(str(path)).convertToFormat(QImage.Format_RGB32)
    arr = np.frombuffer(img.constBits(), dtype=np.uint8).reshape(img.height(), img.bytesPerLine() // 4, 4)
    return arr[:, :img.width(), 2::-1].astype(int)


def note_ink(px: np.ndarray, top: int) -> int:
    """Pixels of the note's brown above the plot (the title's band)."""
    return int((np.abs(px[:top] - NOTE_INK).sum(axis=2) < 100).sum())


def test_exported_charts_say_which_forbidden_placements_were_left_out(qapp, tmp_path, plan):
    brand = brand_plan(plan)
    note = "Left out (forbidden): p1, p2 — 2 placements"
    w = exports.chart_widget("reach", brand)
    exports.save_svg(w, tmp_path / "r.svg", 1200, 600)
    exports.save_png(w, tmp_path / "r.png", 1200, 600)
    assert note in svg_text(tmp_path / "r.svg")
    top = int(w.plot.getViewBox().sceneBoundingRect().top())
    # drawn in the picture, under the title: in the PNG and in the SVG as librsvg draws it
    subprocess.run(["rsvg-convert", str(tmp_path / "r.svg"), "-o", str(tmp_path / "r-svg.png")], check=True)
    assert note_ink(rgb(tmp_path / "r.png"), top) > 150
    assert note_ink(rgb(tmp_path / "r-svg.png"), top) > 150
    # every chart says it
    for kind in KINDS:
        exports.save_svg(exports.chart_widget(kind, brand), tmp_path / f"{kind}.svg", 1000, 500)
        assert note in svg_text(tmp_path / f"{kind}.svg"), kind
    # nothing is said when nothing was left out: forbidden placements counted, or none at all
    for name, chart in (("counted", exports.chart_widget("reach", brand, include_forbidden=True)),
                        ("clean", exports.chart_widget("reach", plan))):
        exports.save_svg(chart, tmp_path / f"{name}.svg", 1200, 600)
        exports.save_png(chart, tmp_path / f"{name}.png", 1200, 600)
        assert "Left out" not in svg_text(tmp_path / f"{name}.svg") and "forbidden" not in svg_text(
            tmp_path / f"{name}.svg")
        top = int(chart.plot.getViewBox().sceneBoundingRect().top())
        assert note_ink(rgb(tmp_path / f"{name}.png"), top) == 0, name
        assert not np.array_equal(rgb(tmp_path / f"{name}.png"), rgb(tmp_path / "r.png"))


def test_one_placement_left_out_is_one_placement_and_a_long_list_is_cut(qapp, tmp_path, plan):
    import dataclasses
    brand = brand_plan(plan)
    sc = brand.scenario()
    one = dataclasses.replace(brand, scenarios=(dataclasses.replace(
        sc, placements=tuple(p for p in sc.placements if p.id != "p2")),))
    exports.save_svg(exports.chart_widget("funnel", one), tmp_path / "one.svg", 800, 400)
    assert "Left out (forbidden): p1 — 1 placement" in svg_text(tmp_path / "one.svg")
    assert "1 placements" not in svg_text(tmp_path / "one.svg")
    # 30 more October placements on Weibo: the first ones are named, the rest counted
    p1 = sc.placements[0]
    many = dataclasses.replace(brand, scenarios=(dataclasses.replace(sc, placements=sc.placements + tuple(
        dataclasses.replace(p1, id=f"october-{i:02d}") for i in range(30))),))
    left = project(many).left_out
    assert len(left) == 32
    w = exports.chart_widget("reach", many)
    exports.save_svg(w, tmp_path / "many.svg", 640, 360)
    text = svg_text(tmp_path / "many.svg")
    shown = exports.left_out_note(project(many))
    assert shown.startswith("Left out (forbidden): p1, p2, october-00, ") and shown.endswith(" more — 32 placements")
    named = shown.split(": ", 1)[1].split(" and ")[0].split(", ")
    assert 3 <= len(named) <= 10 and shown.endswith(f" and {32 - len(named)} more — 32 placements")
    # wrapped to the picture's width, whole, above the plot
    assert " ".join(shown.split()) in text or all(part in text for part in shown.split(" — "))
    title = w._scene_title.sceneBoundingRect()
    assert title.right() <= 640 and title.bottom() <= w.plot.getViewBox().sceneBoundingRect().top()


def test_exported_charts_in_chinese_say_it_too(qapp, tmp_path, plan):
    from campaign_planner.qt.app import install_translator
    brand = brand_plan(plan)
    install_translator(qapp, "zh_CN")
    try:
        note = exports.left_out_note(project(brand))
        w = exports.chart_widget("reach", brand)
        exports.save_svg(w, tmp_path / "r.svg", 1200, 600)
        exports.save_png(w, tmp_path / "r.png", 1200, 600)
    finally:
        install_translator(qapp, "en")
    text = svg_text(tmp_path / "r.svg")
    squeezed = "".join(text.split())   # the SVG splits Chinese text into runs at punctuation
    assert "累计去重触达" in text and "".join(note.split()) in squeezed and "p1, p2" in note and "2" in note
    top = int(w.plot.getViewBox().sceneBoundingRect().top())
    assert note_ink(rgb(tmp_path / "r.png"), top) > 150


def test_chart_exports_from_the_window_follow_count_forbidden_placements(qapp, qtbot, answers, tmp_path, plan,
                                                                        monkeypatch):
    """Chart as SVG, Chart as PNG and Copy chart, from the menus, say what was left out, and
    say nothing once View > Count Forbidden Placements counts it."""
    from PySide6.QtWidgets import QApplication

    from campaign_planner.qt import dialogs
    from campaign_planner.qt.app import make_window
    from campaign_planner.store.planfile import save_plan
    save_plan(brand_plan(plan), tmp_path / "brand.mpplan")
    win = make_window(qapp, str(tmp_path / "brand.mpplan"))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    menu = {a.text().replace("&", ""): a for a in win.export_menu.actions()}
    view = next(a.menu() for a in win.menuBar().actions() if a.text().replace("&", "") == "View")
    count = next(a for a in view.actions() if a.text().replace("&", "") == "Count Forbidden Placements")
    monkeypatch.setattr(dialogs, "get_image_size", lambda parent: (1200, 600, 96))
    note = "Left out (forbidden): p1, p2 — 2 placements"
    for counted in (False, True):
        if counted:
            count.trigger()
        assert count.isChecked() == counted
        svg, png = tmp_path / f"{counted}.svg", tmp_path / f"{counted}.png"
        monkeypatch.setattr(dialogs, "get_export_path", lambda *a, p=svg: str(p))
        menu["Chart as SVG…"].trigger()
        monkeypatch.setattr(dialogs, "get_export_path", lambda *a, p=png: str(p))
        menu["Chart as PNG…"].trigger()
        menu["Copy chart"].trigger()
        assert answers.errors == []
        assert (note in svg_text(svg)) is not counted
        copied = QApplication.clipboard().image().convertToFormat(QImage.Format_RGB32)
        arr = np.frombuffer(copied.constBits(), dtype=np.uint8).reshape(copied.height(), -1, 4)
        copied_px = arr[:, :copied.width(), 2::-1].astype(int)
        for px in (rgb(png), copied_px):
            assert (note_ink(px, 60) > 150) is not counted
    win.doc.undo_stack.setClean()
