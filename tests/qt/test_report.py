"""The PDF report (issue 10, item 4), read back with pdfinfo, pdftotext and pdftoppm: page
numbers, plan name and date on every page; charts laid out for the page (their text the size
of the report's); a first page with the totals, the problem count and the assumptions that
matter most; the timeline's month names whole, in English and in Chinese."""

import dataclasses
import datetime as dt
import re
import subprocess
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QImage

from campaign_planner.core.costs import scenario_cost
from campaign_planner.core.plan import with_assumption
from campaign_planner.core.reach import project
from campaign_planner.export.numbers import people
from campaign_planner.qt import dialogs
from campaign_planner.qt.report import sensitivity, write_report


@pytest.fixture(scope="module")
def report(plan, plan_bands, tmp_path_factory, qapp):
    path = tmp_path_factory.mktemp("report") / "report.pdf"
    write_report(plan, path, bands=plan_bands)
    return path


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def page_text(path, page: int | None = None, layout=True) -> str:
    args = ["pdftotext"] + (["-layout"] if layout else [])
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    return subprocess.run(args + [str(path), "-"], capture_output=True, text=True, check=True).stdout


def words(path, page: int) -> list[tuple[str, float, float, float, float]]:
    """(word, x0, y0, x1, y1) of a page, in points."""
    out = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         capture_output=True, text=True, check=True).stdout
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", out).replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [(w.text or "", float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax")), float(w.get("yMax")))
            for w in root.iter("word")]


def page_image(path, page: int, dpi: int, out) -> QImage:
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", str(page), "-l", str(page),
                    str(path), str(out)], check=True)
    img = QImage(str(out) + ".png")
    assert not img.isNull()
    return img


def test_every_page_has_the_plan_name_the_date_and_page_n_of_m(report, plan):
    n = page_count(report)
    assert n >= 9
    today = dt.date.today().isoformat()
    for i in range(1, n + 1):
        text = page_text(report, i)
        footer = [line for line in text.splitlines() if line.strip()][-1]
        assert plan.name in footer, (i, footer)
        assert f"Report made on {today}" in footer, (i, footer)
        assert footer.rstrip().endswith(f"Page {i} of {n}"), (i, footer)


def test_the_first_page_has_the_figures_problems_and_the_assumptions_that_matter(report, plan, plan_bands):
    text = page_text(report, 1)
    pr = project(plan)
    for words_ in ("Unique people reached", "31.2M", "Reach, P10 to P90", "Target", "20M, reached on 2019-12-24",
                   "Unique visitors", "983.1K", "Retained after 7 days: 393.3K", "Cost", f"¥{scenario_cost(plan):,.0f}",
                   f"¥{scenario_cost(plan) / pr.reach[-1] * 1000:.2f} per thousand people reached",
                   "Problems", "0 errors, 0 warnings", "6 placements", "What the reach depends on most"):
        assert words_ in text, words_
    # the assumptions listed are the ones whose range moves the final reach most, with the
    # reach at each end of the range as core/reach.py projects it
    top = sensitivity(plan, base=pr)[:5]
    assert len(top) == 5
    assert top[0].label.startswith("首页腰封")     # the home-page banner's impressions
    swings = [s.swing for s in top]
    assert swings == sorted(swings, reverse=True)
    for s in top:
        low = with_assumption(plan, s.owner, s.field, dataclasses.replace(s.assumption, value=s.assumption.low))
        assert project(low).reach[-1] == pytest.approx(s.at_low)
        from campaign_planner.export.numbers import people
        assert f"{people(s.at_low)} – {people(s.at_high)}" in text
    assert "Activity heterogeneity (kappa)" in text
    # fields the reach does not depend on are never among them
    assert "Click-through rate" not in text and "7-day retention" not in text
    # and the reach chart is on it (its own title and legend)
    assert "Cumulative unique reach" in text and "Total reach" in text


def test_the_first_page_counts_problems_and_points_to_their_page(qapp, tmp_path, plan):
    bad = dataclasses.replace(plan, mini_program=dataclasses.replace(plan.mini_program, category="e_commerce"))
    write_report(bad, tmp_path / "r.pdf")
    first = page_text(tmp_path / "r.pdf", 1)
    m = re.search(r"(\d+) errors, (\d+) warnings", first)
    from campaign_planner.core import rules
    problems = rules.check(bad)
    assert m and int(m.group(1)) == sum(p.level == "error" for p in problems) > 0
    assert int(m.group(2)) == sum(p.level == "warning" for p in problems)
    page = int(re.search(r"the problems are listed on page (\d+)", first).group(1))
    listed = page_text(tmp_path / "r.pdf", page, layout=False).replace("\n", " ")
    assert "Problems" in listed and "admits the category" in listed


def test_costs_are_totalled_when_slots_have_a_cost(qapp, tmp_path, plan):
    slots = tuple(dataclasses.replace(s, cost_per_unit=1000.0) for s in plan.slots)
    priced = dataclasses.replace(plan, slots=slots)
    units = sum(p.units_per_day * p.days for p in priced.scenario().placements)
    write_report(priced, tmp_path / "r.pdf")
    text = page_text(tmp_path / "r.pdf", 1)
    assert f"¥{units * 1000:,.0f}" in text
    per_k = units * 1000 / project(priced).reach[-1] * 1000
    assert f"¥{per_k:,.2f} per thousand people reached" in text


def chart_pages(path):
    return [i for i in range(1, page_count(path) + 1)
            if "Cumulative unique reach" in page_text(path, i) and i != 1]


def test_chart_text_is_the_size_of_the_report_text(report):
    """A chart is laid out for the page: its tick labels (9 pt on screen) come out 9 pt on
    paper, as the report's 9 pt table text, not a screen chart scaled up or down."""
    page = chart_pages(report)[0]
    ticks = [w for w in words(report, page) if re.fullmatch(r"\d+M|0|20\d\d(-\d\d)?", w[0])]
    assert len(ticks) >= 8  # 0 to 40M by 10M and three dates (and the target's "20M" in the title)
    tick_h = np.median([w[4] - w[2] for w in ticks])
    # the assumptions table: 9 pt text
    n = page_count(report)
    table_page = next(i for i in range(1, n + 1) if "Source" in page_text(report, i) and "Low" in page_text(report, i))
    body = [w for w in words(report, table_page) if re.fullmatch(r"[\d,.]+", w[0])]
    body_h = np.median([w[4] - w[2] for w in body])
    assert tick_h == pytest.approx(body_h, rel=0.12), (tick_h, body_h)
    # and it fills the page: its axis labels reach the page's width and near its foot
    xs = [w[3] for w in words(report, page)]
    assert max(xs) > 842 - 34 - 80
    ys = [w[4] for w in ticks]
    assert max(ys) > 595 * 0.8


def test_chart_pages_are_drawn_as_vectors_and_look_like_charts(report, tmp_path):
    page = chart_pages(report)[0]
    img = page_image(report, page, 60, tmp_path / "p")
    arr = np.frombuffer(img.convertToFormat(QImage.Format_RGB32).constBits(), dtype=np.uint8)
    arr = arr.reshape(img.height(), -1, 4)[:, :img.width(), :3]
    assert (arr.min(axis=2) < 235).mean() > 0.2          # the stacked areas fill much of the page
    assert len(np.unique(arr.reshape(-1, 3)[::5], axis=0)) > 30


def month_names(plan, fmt_locale: QLocale) -> list[str]:
    fmt = QCoreApplication.translate("TimelineView", "MMMM yyyy")
    out, d = [], plan.start.replace(day=1)
    while d <= plan.end:
        out.append(fmt_locale.toString(QDate(d.year, d.month, 1), fmt))
        d = (d + dt.timedelta(days=32)).replace(day=1)
    return out


def timeline_text(path, slots="Slots") -> str:
    """The text of the timeline's pages (those with the label column's heading)."""
    n = page_count(path)
    pages = [i for i in range(1, n + 1) if slots in page_text(path, i)]
    assert pages
    return "\n".join(page_text(path, i, layout=False) for i in pages)


@pytest.mark.parametrize("start,end", [(dt.date(2019, 7, 1), dt.date(2020, 6, 30)),      # the template
                                       (dt.date(2019, 7, 20), dt.date(2020, 3, 10)),     # mid-month ends
                                       (dt.date(2019, 9, 28), dt.date(2019, 10, 3))])    # six days
def test_the_timeline_names_every_month_whole(qapp, tmp_path, plan, start, end):
    p = dataclasses.replace(plan, start=start, end=end)
    write_report(p, tmp_path / "r.pdf")
    text = timeline_text(tmp_path / "r.pdf")
    names = month_names(p, QLocale(QLocale.English, QLocale.UnitedStates))
    for name in names:
        assert name in text, (name, text[:400])
    # and no name cut short: every month word in the ruler is followed by its year
    months = "January|February|March|April|May|June|July|August|September|October|November|December"
    for m in re.finditer(rf"\b({months})\b(\s*\S*)", text):
        assert re.match(r"\s*20\d\d\b", m.group(2)), m.group(0)


def test_the_timeline_in_chinese_names_every_month_whole(qapp, tmp_path, plan):
    from campaign_planner.qt.app import install_translator
    install_translator(qapp, "zh_CN")
    try:
        write_report(plan, tmp_path / "r.pdf")
        names = month_names(plan, QLocale(QLocale.Chinese, QLocale.China))
        slots = QCoreApplication.translate("TimelineView", "Slots")
    finally:
        install_translator(qapp, "en")
    text = timeline_text(tmp_path / "r.pdf", slots).replace(" ", "")
    for name in names:
        assert name.replace(" ", "") in text, name


def test_timeline_page_shows_whole_strips_of_months(report, tmp_path, plan):
    """Looked at as an image: the first timeline page's ruler starts at the plan's first month
    and the bars are drawn (the platform colours are there)."""
    n = page_count(report)
    page = next(i for i in range(1, n + 1) if "Slots" in page_text(report, i))
    ws = words(report, page)
    july = [w for w in ws if w[0] == "July"]
    slots = [w for w in ws if w[0] == "Slots"]
    assert july and slots and july[0][1] > slots[0][3]        # right of the label column
    img = page_image(report, page, 50, tmp_path / "t")
    arr = np.frombuffer(img.convertToFormat(QImage.Format_RGB32).constBits(), dtype=np.uint8)
    arr = arr.reshape(img.height(), -1, 4)[:, :img.width(), 2::-1].astype(int)
    weibo = np.abs(arr - np.array([0xE6, 0x16, 0x2D])).sum(axis=2) < 120
    assert weibo.sum() > 30


def test_report_from_the_menu_has_the_footer_on_each_page(window, answers, tmp_path, monkeypatch):
    out = tmp_path / "from-menu.pdf"
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(out))
    action = next(a for a in window.export_menu.actions() if a.text().replace("&", "") == "PDF report…")
    action.trigger()
    assert answers.errors == []
    n = page_count(out)
    for i in (1, n):
        assert page_text(out, i).rstrip().endswith(f"Page {i} of {n}")
    assert window.doc.plan.name in page_text(out, n)


# --------------------------------------------------------------------------- forbidden placements, names, counts

def brand_plan(plan):
    """The rollout for a commercial brand: the rules forbid its October Weibo placements p1, p2."""
    return dataclasses.replace(plan, mini_program=dataclasses.replace(plan.mini_program, category="commercial_brand"))


def flat(text: str) -> str:
    """pdftotext's text on one line, ligatures (ﬂ, ﬀ) as letters, runs of spaces as one."""
    import unicodedata
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_the_first_page_says_which_forbidden_placements_were_left_out(qapp, tmp_path, plan):
    brand = brand_plan(plan)
    write_report(brand, tmp_path / "left.pdf")
    write_report(brand, tmp_path / "counted.pdf", include_forbidden=True)
    write_report(plan, tmp_path / "clean.pdf")
    left, counted, clean = (flat(page_text(tmp_path / f"{n}.pdf", 1, layout=False)) for n in ("left", "counted", "clean"))
    assert "Left out (forbidden): p1, p2 — 2 placements" in left
    assert "Counted although the rules forbid them: p1, p2 — 2 placements" in counted and "Left out" not in counted
    assert "forbid" not in clean and "Left out" not in clean
    # the numbers follow: reach without p1 and p2, and with them
    assert f"Unique people reached {people(project(brand).reach[-1])}" in left
    assert f"Unique people reached {people(project(brand, include_forbidden=True).reach[-1])}" in counted
    assert people(project(brand).reach[-1]) != people(project(brand, include_forbidden=True).reach[-1])
    # each chart page says it under the chart's title (not said twice on the first page)
    assert left.count("Left out (forbidden)") == 1
    pages = chart_pages(tmp_path / "left.pdf")
    assert len(pages) >= 1
    for i in range(2, page_count(tmp_path / "left.pdf") + 1):
        text = flat(page_text(tmp_path / "left.pdf", i, layout=False))
        if "Cumulative unique reach" in text or "Funnel by the end of the plan" in text:
            assert "Left out (forbidden): p1, p2 — 2 placements" in text, i
    assert "Left out" not in flat(page_text(tmp_path / "counted.pdf", layout=False))


def test_the_first_page_names_the_category_and_flags(qapp, tmp_path, plan):
    write_report(brand_plan(plan), tmp_path / "r.pdf")
    first = flat(page_text(tmp_path / "r.pdf", 1, layout=False))
    assert "(category Commercial brands; flags: Whitelisted, Service-type mini program)" in first
    assert "commercial_brand" not in first and "service_type" not in first and "whitelisted" not in first
    bare = dataclasses.replace(plan, mini_program=dataclasses.replace(plan.mini_program, flags=()))
    write_report(bare, tmp_path / "bare.pdf")
    assert "(category Public welfare; flags: none)" in flat(page_text(tmp_path / "bare.pdf", 1, layout=False))


def test_the_first_page_in_chinese_names_the_category_and_flags_in_chinese(qapp, tmp_path, plan):
    from campaign_planner.core.messages import forbidden_note
    from campaign_planner.qt.app import install_translator
    from campaign_planner.qt.texts import category_name, flag_name, tr_message
    install_translator(qapp, "zh_CN")
    try:
        write_report(brand_plan(plan), tmp_path / "r.pdf")
        names = [category_name("commercial_brand"), flag_name("whitelisted"), flag_name("service_type")]
        note = tr_message(forbidden_note(["p1", "p2"]))
    finally:
        install_translator(qapp, "en")
    first = flat(page_text(tmp_path / "r.pdf", 1, layout=False)).replace(" ", "")
    assert names[0] == "商业品牌"
    for name in names:
        assert name.replace(" ", "") in first, name
    assert "commercial_brand" not in first and "service_type" not in first
    # the note, in the window's language (its English words until the sentence is translated)
    assert "p1, p2" in note and flat(note).replace(" ", "") in first


def one_placement_plan(plan):
    """The brand plan with p1 only: one placement, forbidden (one error)."""
    brand = brand_plan(plan)
    sc = brand.scenario()
    return dataclasses.replace(brand, scenarios=(dataclasses.replace(
        sc, placements=tuple(p for p in sc.placements if p.id == "p1")),))


def test_counts_say_one_and_many(qapp, tmp_path, plan):
    one = one_placement_plan(plan)
    from campaign_planner.core import rules
    assert [p.level for p in rules.check(one)] == ["error"]
    write_report(one, tmp_path / "one.pdf")
    first = flat(page_text(tmp_path / "one.pdf", 1, layout=False))
    assert "1 error, 0 warnings" in first and "1 errors" not in first
    assert re.search(r"\b1 placement; the problems are listed on page \d+", first)
    assert "Left out (forbidden): p1 — 1 placement" in first and "1 placements" not in first
    assert "(366 days)" in first
    write_report(brand_plan(plan), tmp_path / "many.pdf")
    many = flat(page_text(tmp_path / "many.pdf", 1, layout=False))
    assert "2 errors, 0 warnings" in many and re.search(r"\b6 placements; the problems are listed on page", many)
    short = dataclasses.replace(plan, end=plan.start, scenarios=(dataclasses.replace(plan.scenario(), placements=()),))
    write_report(short, tmp_path / "day.pdf")
    day = flat(page_text(tmp_path / "day.pdf", 1, layout=False))
    assert "(1 day)" in day and "0 placements" in day and "0 errors, 0 warnings" in day


def view_action(win, text):
    view = next(a.menu() for a in win.menuBar().actions() if a.text().replace("&", "") == "View")
    return next(a for a in view.actions() if a.text().replace("&", "") == text)


def test_report_from_the_menu_follows_count_forbidden_placements(qapp, qtbot, answers, tmp_path, plan, monkeypatch):
    """File > Export > PDF report counts the forbidden placements when View > Count Forbidden
    Placements is on, as the window's numbers do, and says so; off, it says which it left out."""
    from campaign_planner.qt.app import make_window
    from campaign_planner.store.planfile import save_plan
    brand = brand_plan(plan)
    save_plan(brand, tmp_path / "brand.mpplan")
    win = make_window(qapp, str(tmp_path / "brand.mpplan"))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    count = view_action(win, "Count Forbidden Placements")
    report_action = next(a for a in win.export_menu.actions() if a.text().replace("&", "") == "PDF report…")
    out = {}
    for on in (True, False):
        if count.isChecked() != on:
            count.trigger()
        out[on] = tmp_path / f"{on}.pdf"
        monkeypatch.setattr(dialogs, "get_export_path", lambda *a, p=out[on]: str(p))
        report_action.trigger()
    assert answers.errors == []
    counted, left = flat(page_text(out[True], 1, layout=False)), flat(page_text(out[False], 1, layout=False))
    assert "Counted although the rules forbid them: p1, p2 — 2 placements" in counted
    assert f"Unique people reached {people(project(brand, include_forbidden=True).reach[-1])}" in counted
    assert "Left out (forbidden): p1, p2 — 2 placements" in left
    assert f"Unique people reached {people(project(brand).reach[-1])}" in left
    assert "Left out" not in flat(page_text(out[True], layout=False))
    win.doc.undo_stack.setClean()


def test_a_report_asked_for_before_the_band_is_ready_still_has_it(window, answers, tmp_path, monkeypatch):
    """File > Export > PDF report right after opening (the P10-P90 band still being computed):
    the report computes the band rather than leave it out while its legend names it."""
    window.charts.bands.stop()
    window.charts.bands.result = None      # as just after opening a plan, or after an edit
    out = tmp_path / "early.pdf"
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(out))
    action = next(a for a in window.export_menu.actions() if a.text().replace("&", "") == "PDF report…")
    action.trigger()
    assert answers.errors == []
    assert "P10 to P90" in flat(page_text(out, 1))
    assert window.statusBar().currentMessage() == "Exported early.pdf"


def test_csv_from_the_menu_says_so_and_carries_the_band(window, answers, tmp_path, monkeypatch, qtbot):
    qtbot.waitUntil(lambda: window.charts.bands.result is not None, timeout=30000)
    out = tmp_path / "series.csv"
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(out))
    action = next(a for a in window.export_menu.actions() if "CSV" in a.text())
    action.trigger()
    header = out.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[-3:] == ["reach_p10", "reach_p50", "reach_p90"]
    assert window.statusBar().currentMessage() == "Exported series.csv"
