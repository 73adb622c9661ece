"""An earned slot (issue 14 item 5) as the window shows it: marked in the palette, "earned" in
its placements' bars, its earn per new person labelled as such in the inspector and the slot
marked in the Slots chart."""

from campaign_planner.core import edits, reach
from campaign_planner.qt.charts.views import SlotsChart

from conftest import placement

EARNED = "alipay_central_recommendation"


def add_earning(window, days=None):
    """Earning switched on for the whole plan (by default)."""
    days = window.doc.plan.days if days is None else days
    before = {p.id for p in window.doc.placements()}
    assert window.doc.edit("Add placement", edits.add_placement, EARNED, window.doc.plan.start, days,
                           scenario=window.doc.scenario)
    return next(p for p in window.doc.placements() if p.id not in before)


def test_the_palette_marks_the_earned_slot(window):
    item = window.palette.slot_item(EARNED)
    name = window.doc.plan.slot(EARNED).name
    assert item.text(0) == f"{name} (earned)"
    tip = item.toolTip(0)
    assert "Impressions earned: 2 per new person the plan brought the day before" in tip
    assert "placements switch earning on" in tip
    booked = window.palette.slot_item("alipay_search_hot")
    assert "(earned)" not in booked.text(0) and "earned" not in booked.toolTip(0)


def test_an_earned_placements_bar_says_earned(window, qapp):
    pl = add_earning(window)
    tl = window.timeline
    assert tl._bar_label(placement(window, pl.id)) == "earned"
    assert tl._bar_label(placement(window, "p1")).endswith("/d")
    qapp.processEvents()
    # it is counted: new people earn impressions
    pr = window.doc.projection()
    assert EARNED in pr.slot_ids and pr.slot_impressions[pr.slot_ids.index(EARNED)] > 0


def test_the_inspector_labels_the_earn_per_new_person(window, qapp):
    page = window.inspector.plan_page
    table = page.table
    labels = [table.item(r, 0).text() for r in range(table.rowCount())]
    name = window.doc.plan.slot(EARNED).name
    assert f"{name}: Impressions earned per new person" in labels
    assert f"{name}: Impressions per unit" not in labels
    assert any(label.endswith(": Impressions per unit") for label in labels)  # the booked slots
    row = labels.index(f"{name}: Impressions earned per new person")
    assert "new person" in table.item(row, 0).toolTip()


def test_the_slots_chart_marks_the_earned_slot(window, qapp):
    add_earning(window)
    plan = window.doc.plan
    chart = SlotsChart()
    chart.set_data(plan, reach.project(plan, window.doc.scenario))
    labels = [label for label, _ in chart.rows]
    assert f"{plan.slot(EARNED).name} (earned)" in labels
    assert plan.slot("alipay_home_banner").name in labels
