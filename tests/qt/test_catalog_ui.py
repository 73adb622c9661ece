"""The catalog in the window (issue 15, item 1): a slot chosen in the Slots palette is edited
in the inspector; the palette's context menu adds, renames and removes platforms and slots;
every change is one undoable step, and a refused value changes nothing and says why."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from campaign_planner.core.plan import Assumption
from campaign_planner.core.reach import project


def choose_slot(win, slot_id):
    """Click the slot's row in the palette, as a person does."""
    item = win.palette.slot_item(slot_id)
    win.palette.scrollToItem(item)
    rect = win.palette.visualItemRect(item)
    QTest.mouseClick(win.palette.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    QApplication.processEvents()


def type_into(field, text):
    """Select the field's text and type over it (Chinese as an input method commits it)."""
    field.setFocus()
    field.selectAll()
    if not text:
        QTest.keyClick(field, Qt.Key_Delete)
    elif text.isascii():
        QTest.keyClicks(field, text)
    else:
        field.insert(text)
    QTest.keyClick(field, Qt.Key_Return)
    QApplication.processEvents()


def edit_cell(table, row, col, text):
    """Double-click a cell, type ``text`` over what it holds, press Enter (as test_costs_ui does)."""
    from test_costs_ui import edit_cell as edit
    edit(table, row, col, text)


def test_a_slot_chosen_in_the_palette_is_edited_in_the_inspector(qtbot, window, answers):
    win = window
    plan = win.doc.plan
    choose_slot(win, "weibo_feed")
    page = win.inspector.slot_page
    assert win.inspector.stack.currentWidget() is page and page.name.text() == plan.slot("weibo_feed").name
    type_into(page.name, "关注流 Follow stream")
    assert win.doc.plan.slot("weibo_feed").name == "关注流 Follow stream"
    # the eligible share, typed in its table: the projection follows
    before = project(win.doc.plan).reach[-1]
    row = page.NUMBERS.index("eligible_share")
    edit_cell(page.table, row, 1, "0.03")
    assert win.doc.plan.slot("weibo_feed").eligible_share.value == 0.03
    assert project(win.doc.plan).reach[-1] != before
    assert win.doc.undo_stack.count() == 2
    # refused: a share above 1 changes nothing and says why
    edit_cell(page.table, row, 1, "1.5")
    assert win.doc.plan.slot("weibo_feed").eligible_share.value == 0.03
    assert win.inspector.error.isVisible() and win.inspector.error.text().startswith("Not changed:")
    # the daily cap: a word is refused, a number taken, empty is no cap
    type_into(page.cap, "lots")
    assert "is not a number" in win.inspector.error.text()
    type_into(page.cap, "3")
    assert win.doc.plan.slot("weibo_feed").max_units_per_day == 3
    type_into(page.cap, "")
    assert win.doc.plan.slot("weibo_feed").max_units_per_day is None
    # Ctrl+Z, one edit at a time
    win.act_undo.trigger()
    assert win.doc.plan.slot("weibo_feed").max_units_per_day == 3
    while win.doc.undo_stack.canUndo():
        win.act_undo.trigger()
    assert win.doc.plan == plan


def test_the_source_and_the_range_of_a_slot_number(qtbot, window, answers):
    win = window
    choose_slot(win, "weibo_square")
    page = win.inspector.slot_page
    row = page.NUMBERS.index("ctr")
    edit_cell(page.table, row, 2, "0.001")
    edit_cell(page.table, row, 4, "my dashboard, 2019-10")
    ctr = win.doc.plan.slot("weibo_square").ctr
    assert ctr.low == 0.001 and ctr.source == "my dashboard, 2019-10"


def test_the_context_menu_adds_a_slot_and_a_platform(qtbot, window, answers):
    win = window
    plan = win.doc.plan
    choose_slot(win, "alipay_search_hot")
    answers.text = "口碑 Koubei"
    win.palette.act_add_slot.trigger()
    new = [s for s in win.doc.plan.slots if s.id not in {t.id for t in plan.slots}]
    assert len(new) == 1 and new[0].name == "口碑 Koubei" and new[0].platform == "alipay"
    assert win.palette.current_slot() == new[0].id
    assert win.inspector.stack.currentWidget() is win.inspector.slot_page
    answers.text = "淘宝 Taobao"
    win.palette.act_add_platform.trigger()
    assert [p.name for p in win.doc.plan.platforms][-1] == "淘宝 Taobao"
    win.act_undo.trigger()
    win.act_undo.trigger()
    assert win.doc.plan == plan


def test_removing_a_used_slot_asks_and_takes_its_placements_in_one_step(qtbot, window, answers):
    win = window
    plan = win.doc.plan
    used = plan.scenarios[0].placements[0].slot
    choose_slot(win, used)
    answers.confirm_answer = False
    win.palette.act_remove_slot.trigger()
    assert win.doc.plan is plan and len(answers.confirm_asked) == 1
    assert "placement" in answers.confirm_asked[0][1]
    answers.confirm_answer = True
    win.palette.act_remove_slot.trigger()
    after = win.doc.plan
    assert used not in {s.id for s in after.slots}
    assert all(p.slot != used for sc in after.scenarios for p in sc.placements)
    assert win.doc.undo_stack.count() == 1
    win.act_undo.trigger()
    assert win.doc.plan == plan


def test_a_platform_in_use_is_not_removed(qtbot, window, answers):
    win = window
    plan = win.doc.plan
    choose_slot(win, "weibo_feed")
    assert not win.palette.act_remove_platform.isEnabled()
    assert win.palette.act_remove_platform.toolTip() == "Remove its slots and phases first"
    win.palette.remove_platform()   # asked anyway (a shortcut, a script): refused with the reason
    assert win.doc.plan is plan
    assert "Not changed" in win.statusBar().currentMessage()


def test_the_slot_page_in_chinese(qtbot, qapp, answers, template_file):
    from test_scenarios import open_window

    from campaign_planner.qt.app import install_translator, settings
    win = open_window(qapp, qtbot, template_file, "zh_CN")
    try:
        choose_slot(win, "weibo_feed")
        page = win.inspector.slot_page
        assert win.inspector.title.text() == "入口"
        assert page.remove.text() == "删除入口"
        assert page.table.horizontalHeaderItem(1).text() == "取值"
        assert [a.text() for a in win.palette.actions()][:2] == ["添加入口…", "添加平台…"]
    finally:
        install_translator(qapp, "en")
        settings().setValue("language", "en")


def test_an_assumption_typed_with_its_range(qtbot, window, answers):
    """What the table stores is an Assumption: value, low, high and source together."""
    win = window
    choose_slot(win, "weibo_feed")
    page = win.inspector.slot_page
    edit_cell(page.table, page.NUMBERS.index("impressions_per_unit"), 3, "500,000")
    a = win.doc.plan.slot("weibo_feed").impressions_per_unit
    assert isinstance(a, Assumption) and a.high == 500_000


def test_slots_come_from_the_library_with_their_platform(qtbot, window, answers, monkeypatch):
    from campaign_planner.qt import dialogs
    win = window
    plan = win.doc.plan
    shown = {}

    def choose(parent, library, plan_):
        shown["ids"] = [s.id for s in library.slots]
        return ["taobao_store"]
    monkeypatch.setattr(dialogs, "ask_library_slots", choose)
    win.palette.act_from_library.trigger()
    after = win.doc.plan
    assert "taobao_store" in shown["ids"] and "weibo_feed" in shown["ids"]
    assert after.slot("taobao_store").platform == "taobao"
    assert "taobao" in {p.id for p in after.platforms}
    assert any(s.platforms == ("taobao",) for s in after.audience.segments)   # its people, counted
    assert win.palette.current_slot() == "taobao_store"
    assert win.doc.undo_stack.count() == 1
    win.act_undo.trigger()
    assert win.doc.plan == plan


def test_a_slot_saved_to_the_library_is_offered_to_later_plans(qtbot, window, answers, monkeypatch):
    from campaign_planner.qt import dialogs
    win = window
    choose_slot(win, "weibo_feed")
    type_into(win.inspector.slot_page.name, "Follow stream")
    win.palette.act_to_library.trigger()
    assert "kept in the library" in win.statusBar().currentMessage()
    seen = {}

    def choose(parent, library, plan_):
        seen["name"] = library.slot("weibo_feed").name
        return None
    monkeypatch.setattr(dialogs, "ask_library_slots", choose)
    win.palette.act_from_library.trigger()
    assert seen["name"] == "Follow stream"


def test_the_library_dialog_marks_what_the_plan_has(qtbot, window, answers):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from campaign_planner.core.library import builtin_library
    from campaign_planner.qt import dialogs
    win = window
    seen = {}

    def answer():
        dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
                   and hasattr(w, "tree"))
        tree = dlg.tree
        items = {tree.topLevelItem(i).child(k).data(0, Qt.UserRole): tree.topLevelItem(i).child(k)
                 for i in range(tree.topLevelItemCount()) for k in range(tree.topLevelItem(i).childCount())}
        seen["feed"] = (items["weibo_feed"].text(0), bool(items["weibo_feed"].flags() & Qt.ItemIsEnabled))
        items["amap_search"].setCheckState(0, Qt.Checked)
        dlg.accept()
    QTimer.singleShot(50, answer)
    got = dialogs.ask_library_slots(win, builtin_library(), win.doc.plan)
    assert got == ["amap_search"]
    assert seen["feed"][0].endswith("(in the plan)") and not seen["feed"][1]


def test_a_platform_is_renamed_from_the_context_menu(qtbot, window, answers):
    win = window
    plan = win.doc.plan
    choose_slot(win, "weibo_feed")
    answers.text = "新浪微博 Sina Weibo"
    win.palette.act_rename_platform.trigger()
    assert next(p.name for p in win.doc.plan.platforms if p.id == "weibo") == "新浪微博 Sina Weibo"
    assert win.palette.topLevelItem(1).text(0) == "新浪微博 Sina Weibo"
    assert win.doc.projection().reach[-1] == pytest.approx(project(plan).reach[-1])  # a name changes no number
    win.act_undo.trigger()
    assert win.doc.plan == plan


def test_what_cannot_be_done_is_not_offered(qtbot, window, answers):
    win = window
    choose_slot(win, "weibo_feed")
    assert not win.palette.act_remove_platform.isEnabled()   # Weibo has slots and phases
    choose_slot(win, "alipay_central_recommendation")          # an earned slot: its cost is not typed
    page = win.inspector.slot_page
    cost = page.table.item(page.NUMBERS.index("cost_per_unit"), 1)
    assert not cost.flags() & Qt.ItemIsEditable
