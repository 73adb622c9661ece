"""The audience as the cells of the platforms' overlap (issue 15, item 1): each platform's users
and each cell's size edited in Inspector > Plan > Audience; the sizes always add up (a platform
cannot have fewer users than its overlaps hold); every change is one undoable step."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_costs_ui import edit_cell

from campaign_planner.core import catalog_edits
from campaign_planner.qt import dialogs


def audience_tab(win):
    page = win.inspector.plan_page
    win.doc.selection.clear()
    QApplication.processEvents()
    bar = page.tabs.tabBar()
    i = next(k for k in range(page.tabs.count()) if page.tabs.tabText(k) == "Audience")
    QTest.mouseClick(bar, Qt.LeftButton, Qt.NoModifier, bar.tabRect(i).center())
    QApplication.processEvents()
    return page


def row_of(table, text):
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith(text))


def test_a_platforms_users_go_to_its_people_only(qtbot, window, answers):
    win = window
    plan = win.doc.plan
    page = audience_tab(win)
    users = catalog_edits.platform_users(plan)
    r = row_of(page.users_table, "微博")
    assert page.users_table.item(r, 1).text().replace(",", "") == f"{users['weibo']:.0f}"
    edit_cell(page.users_table, r, 1, "300,000,000")
    after = win.doc.plan
    assert catalog_edits.platform_users(after)["weibo"] == 300e6
    assert catalog_edits.platform_users(after)["alipay"] == users["alipay"]   # the overlap is kept
    both = next(s for s in after.audience.segments if set(s.platforms) == {"alipay", "weibo"})
    assert both.size.value == 250e6
    assert win.doc.undo_stack.count() == 1
    win.act_undo.trigger()
    assert win.doc.plan == plan


def test_sizes_that_would_not_add_up_are_refused(qtbot, window, answers):
    win = window
    plan = win.doc.plan
    page = audience_tab(win)
    edit_cell(page.users_table, row_of(page.users_table, "微博"), 1, "100,000,000")
    assert win.doc.plan is plan
    assert "would not add up" in win.inspector.error.text()
    edit_cell(page.users_table, row_of(page.users_table, "微博"), 1, "many")
    assert win.doc.plan is plan and "is not a number" in win.inspector.error.text()


def test_a_cell_edited_moves_the_platforms_users(qtbot, window, answers):
    win = window
    page = audience_tab(win)
    both = row_of(page.cells_table, "支付宝 Alipay + 微博 Weibo")
    edit_cell(page.cells_table, both, 1, "200,000,000")
    users = catalog_edits.platform_users(win.doc.plan)
    only = {tuple(s.platforms): s.size.value for s in win.doc.plan.audience.segments}
    assert users["weibo"] == only[("weibo",)] + 200e6 and users["alipay"] == only[("alipay",)] + 200e6
    assert page.users_table.item(row_of(page.users_table, "支付宝"), 1).text().replace(",", "") == \
        f"{users['alipay']:.0f}"


def test_cells_are_added_and_removed(qtbot, window, answers, monkeypatch):
    win = window
    plan = win.doc.plan
    page = audience_tab(win)
    monkeypatch.setattr(dialogs, "ask_platforms", lambda parent, ids, names: (["alipay", "weibo"], 1e6))
    add = next(b for b in page.findChildren(type(page.remove_cell)) if b.text() == "Add Cell…")
    QTest.mouseClick(add, Qt.LeftButton)
    assert win.doc.plan is plan and "already has a cell" in win.inspector.error.text()
    names = iter(["淘宝 Taobao", "700,000,000"])   # its name, then its monthly users
    monkeypatch.setattr(dialogs, "get_text", lambda parent, title, label, text="", check=None: next(names))
    win.palette.act_add_platform.trigger()
    taobao = win.doc.plan.platforms[-1].id
    assert catalog_edits.platform_users(win.doc.plan)[taobao] == 700e6
    before = catalog_edits.platform_users(win.doc.plan)
    monkeypatch.setattr(dialogs, "ask_platforms", lambda parent, ids, names: ([taobao, "alipay"], 5e6))
    QTest.mouseClick(add, Qt.LeftButton)
    cells = {frozenset(s.platforms) for s in win.doc.plan.audience.segments}
    assert frozenset({taobao, "alipay"}) in cells
    assert catalog_edits.platform_users(win.doc.plan) == before   # the overlap was among their users
    QApplication.processEvents()
    legend = [label.text for _, label in win.charts.chart("reach").legend.items]
    assert "淘宝 Taobao + 支付宝 Alipay" in legend and not any(t.startswith(taobao + "_") for t in legend)
    page = audience_tab(win)
    r = row_of(page.cells_table, "淘宝 Taobao + 支付宝 Alipay")
    page.cells_table.selectRow(r)
    QTest.mouseClick(page.remove_cell, Qt.LeftButton)
    assert frozenset({taobao, "alipay"}) not in {frozenset(s.platforms) for s in win.doc.plan.audience.segments}
    while win.doc.undo_stack.canUndo():
        win.act_undo.trigger()
    assert win.doc.plan == plan
