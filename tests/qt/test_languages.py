"""No raw ids in either language (issue 10 item 6): categories and flags are shown and chosen by
their names (a combo box, checkable lists), what the core and the store say reaches the window
in its language, counts say one and many, template names are translated, the recovery dialog
shows a local date and time, undo steps can be named again after a language switch. Driven as
a user does: clicks on the list items, a pick in the combo box's list."""

import datetime as dt
import os
import time

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from campaign_planner.core import edits
from campaign_planner.core.messages import Msg
from campaign_planner.core.names import CATEGORY, FLAG, Name, Names
from campaign_planner.core.plan import CATEGORIES, FLAGS, PlanError
from campaign_planner.qt import dialogs, texts
from campaign_planner.qt.app import install_translator, make_window, settings

RAW_IDS = tuple(CATEGORIES) + tuple(FLAGS)


def raw_ids_in(text: str) -> list[str]:
    return [i for i in RAW_IDS if i in text]


@pytest.fixture(params=["en", "zh_CN"])
def win(request, qtbot, qapp, answers, template_file):
    """The window on the rollout template, in English and in Chinese."""
    settings().setValue("language", request.param)   # as View > Language does
    try:
        w = make_window(qapp, str(template_file))
        qtbot.addWidget(w)
        w.resize(1400, 900)
        qtbot.waitExposed(w)
        w.language = request.param
        yield w
        if w.doc is not None:
            w.doc.undo_stack.setClean()
    finally:
        install_translator(qapp, "en")


@pytest.fixture
def zh(qapp):
    install_translator(qapp, "zh_CN")
    yield
    install_translator(qapp, "en")


def zh_or_en(win, zh: str, en: str) -> str:
    return zh if win.language == "zh_CN" else en


def click_item(widget, item, on_box: bool = False):
    """Click a list item as a user does: on its name, or on its check box."""
    rect = widget.visualItemRect(item)
    widget.scrollToItem(item)
    rect = widget.visualItemRect(item)
    pos = rect.center()
    if on_box:
        pos.setX(rect.left() + 10)
    QTest.mouseClick(widget.viewport(), Qt.LeftButton, Qt.NoModifier, pos)


def pick(combo, data):
    """Open the combo box's list and click the entry holding ``data``."""
    combo.showPopup()
    view = combo.view()
    index = combo.model().index(combo.findData(data), 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, view.visualRect(index).center())
    QApplication.processEvents()


# ---------------------------------------------------------------- the inspector


def test_the_category_is_picked_by_its_name(win):
    win.timeline.set_selection(set())
    page = win.inspector.plan_page
    shown = [page.category.itemText(i) for i in range(page.category.count())]
    assert shown[CATEGORIES.index("public_welfare")] == zh_or_en(win, "公益", "Public welfare")
    assert page.category.currentText() == zh_or_en(win, "公益", "Public welfare")
    assert not page.category.isEditable() and not raw_ids_in(" ".join(shown))
    pick(page.category, "entertainment")
    assert win.doc.plan.mini_program.category == "entertainment"
    assert win.doc.undo_stack.count() == 1
    assert win.doc.undo_stack.undoText() == zh_or_en(win, "修改类目", "Change category")
    assert page.category.currentText() == zh_or_en(win, "娱乐", "Entertainment")
    # the problems panel names the category too, never its id
    texts_shown = [win.problems.model.text(p) for p in win.problems.model.rows]
    assert texts_shown and not any(raw_ids_in(t) for t in texts_shown)
    assert any(zh_or_en(win, "娱乐", "Entertainment") in t for t in texts_shown)
    win.doc.undo_stack.undo()
    assert win.doc.plan.mini_program.category == "public_welfare"
    assert page.category.currentText() == zh_or_en(win, "公益", "Public welfare")


def test_flags_are_ticked_in_a_list(win):
    win.timeline.set_selection(set())
    flags = win.inspector.plan_page.flags
    assert flags.ids() == list(FLAGS)
    assert [flags.item(i).text() for i in range(flags.count())] == [
        zh_or_en(win, "白名单", "Whitelisted"), zh_or_en(win, "服务类小程序", "Service-type mini program"),
        zh_or_en(win, "大V账号", "Big-V account"), zh_or_en(win, "定向邀请", "Invited")]
    assert flags.checked() == ["whitelisted", "service_type"]
    click_item(flags, flags.item_of("big_v"))                 # on its name
    assert win.doc.plan.mini_program.flags == ("whitelisted", "service_type", "big_v")
    click_item(flags, flags.item_of("whitelisted"), on_box=True)   # on its box
    assert win.doc.plan.mini_program.flags == ("service_type", "big_v")
    assert win.doc.undo_stack.count() == 2   # one undoable step per click
    assert win.doc.undo_stack.undoText() == zh_or_en(win, "修改资质", "Change flags")
    win.doc.undo_stack.undo()
    win.doc.undo_stack.undo()
    assert win.doc.plan.mini_program.flags == ("whitelisted", "service_type")
    assert flags.checked() == ["whitelisted", "service_type"]


def test_a_flag_the_planner_does_not_know_is_shown_marked(win):
    win.doc.edit("flags", edits.update_mini_program, flags=("whitelisted", "gold_partner"))
    flags = win.inspector.plan_page.flags
    item = flags.item_of("gold_partner")
    assert item.text() == zh_or_en(win, "自定义：gold_partner", "custom: gold_partner")
    click_item(flags, item)
    assert win.doc.plan.mini_program.flags == ("whitelisted",)


def test_what_a_phase_admits_is_ticked_in_a_list(win):
    win.doc.selection.set_phase("internal_test")
    page = win.inspector.phase_page
    assert win.inspector.stack.currentWidget() is page
    admits = page.admits
    assert admits.ids() == ["all", *CATEGORIES]
    assert admits.item(0).text() == zh_or_en(win, "所有类目", "All categories")
    assert admits.item_of("campus").text() == zh_or_en(win, "校园", "Campus")
    assert admits.checked() == ["government", "livelihood", "public_welfare", "campus", "smart_retail"]
    click_item(admits, admits.item_of("campus"))
    assert win.doc.plan.phase("internal_test").admits == ("government", "livelihood", "public_welfare",
                                                          "smart_retail")
    assert win.doc.undo_stack.undoText() == zh_or_en(win, "修改准入类目", "Change admitted categories")
    click_item(admits, admits.item_of("all"), on_box=True)
    assert "all" in win.doc.plan.phase("internal_test").admits
    assert win.doc.undo_stack.count() == 2
    assert not any(raw_ids_in(admits.item(i).text()) for i in range(admits.count()))


def test_a_refused_edit_says_why_in_the_windows_language(win):
    win.timeline.set_selection({"p2"})
    page = win.inspector.placement_page
    plan = win.doc.plan
    page.units.setText("0")
    page.units.editingFinished.emit()
    assert win.doc.plan is plan
    text = win.inspector.error.text()
    assert text == zh_or_en(
        win, "未更改：投放 p2：每日单位数必须大于 0 且不超过 1e+06（实际为 0）",
        "Not changed: placement p2: units per day must be greater than 0 and at most 1e+06 (got 0)")
    page.units.setText("lots")
    page.units.editingFinished.emit()
    assert win.inspector.error.text() == zh_or_en(win, "未更改：“lots”不是数字", "Not changed: “lots” is not a number")
    win.timeline.set_selection(set())
    plan_page = win.inspector.plan_page
    row = next(i for i, r in enumerate(plan_page._rows) if r[0] == "audience")
    plan_page.table.item(row, 2).setText("5")   # a low above the value
    assert win.inspector.error.text() == zh_or_en(
        win, "未更改：受众 kappa：下限（5）高于取值（0.8）", "Not changed: audience kappa: low (5) is above the value (0.8)")


def test_the_selection_count_says_one_and_many(win):
    win.timeline.set_selection({"p1", "p2"})
    assert win.inspector.title.text() == zh_or_en(win, "已选择 2 个投放", "2 placements selected")


# ---------------------------------------------------------------- palette and problems


def test_the_palette_names_what_a_slot_requires(win):
    item = win.palette.slot_item("weibo_feed")
    tip = item.toolTip(0)
    assert zh_or_en(win, "需要：白名单、服务类小程序", "Requires: Whitelisted, Service-type mini program") in tip
    assert not raw_ids_in(tip)
    home = win.palette.slot_item("weibo_homepage").toolTip(0)
    assert zh_or_en(win, "白名单、大V账号", "Whitelisted, Big-V account") in home and not raw_ids_in(home)


def test_the_problems_panel_counts_in_words(win):
    win.timeline.set_selection(set())
    pick(win.inspector.plan_page.category, "e_commerce")
    panel = win.problems
    errors = panel.model.counts["error"]
    warnings = panel.model.counts["warning"]
    assert errors > 1
    assert panel.count.text() == zh_or_en(
        win, f"{errors} 个错误，{warnings} 个警告",
        f"{errors} errors, {warnings} warning{'' if warnings == 1 else 's'}")
    shown = [panel.model.data(panel.model.index(r, 2)) for r in range(panel.row_count())]
    assert all(zh_or_en(win, "电商", "E-commerce") in t for t in shown if "admit" in t or "准入" in t)
    assert not any(raw_ids_in(t) for t in shown)


def test_the_problems_panel_says_one_error(qapp, qtbot, answers, template_file):
    win = make_window(qapp, str(template_file))
    qtbot.addWidget(win)
    plan = win.doc.plan
    only = [p for p in plan.scenarios[0].placements if p.slot == "weibo_feed"][:1]
    win.doc.edit("keep one", edits.delete_placements, {p.id for p in plan.scenarios[0].placements} - {only[0].id})
    win.doc.edit("no flags", edits.update_mini_program, flags=())
    win.problems.refresh()
    assert win.problems.count.text() == "1 error, 0 warnings"
    win.doc.undo_stack.setClean()


# ---------------------------------------------------------------- messages, names, dates


def test_core_messages_are_translated_with_their_arguments(zh):
    from campaign_planner.core.catalog import builtin_template
    with pytest.raises(PlanError) as e:
        edits.update_plan(builtin_template("weibo-alipay-2019"), name=" ", end=dt.date(2019, 1, 1))
    assert texts.tr_message(e.value) == "计划需要名称；计划的结束日期（2019-01-01）早于开始日期（2019-07-01）"
    assert texts.tr_message(e.value.message) == texts.tr_message(e.value)   # what sig_refused emits
    nested = Msg("planfile.save.failed", name="a.mpplan", reason=Msg("fileio.write.failed",
                 name="a.mpplan", reason=Msg("fileio.reason.full")))
    assert texts.tr_message(nested) == "无法保存 a.mpplan：a.mpplan：无法写入（磁盘可能已满）"
    assert texts.tr_message(Msg("planfile.more_problems", n=3)) == "（另有 3 个问题）"
    assert texts.tr_message(Name(CATEGORY, "public_welfare")) == "公益"
    assert texts.tr_message(Names(FLAG, ("big_v", "odd\nflag"))) == "大V账号、自定义：odd\\x0aflag"
    assert texts.tr_message("plain text\n") == "plain text\\x0a"
    assert texts.tr_message(None) == ""


def test_in_english_names_are_shown_not_ids(qapp):
    install_translator(qapp, "en")
    assert texts.category_name("public_welfare") == "Public welfare"
    assert texts.category_name("all") == "All categories"
    assert texts.category_name("pets") == "custom: pets"
    assert texts.flag_name("service_type") == "Service-type mini program"
    assert texts.tr_message(Msg("local.ignored", n=1)).startswith("1 damaged entry in the local store")
    assert texts.tr_message(Msg("planfile.more_problems", n=2)) == " (and 2 more problems)"


def test_store_and_file_errors_reach_the_window_in_its_language(zh, tmp_path):
    from campaign_planner.store.local import LocalStore, StoreError
    from campaign_planner.store.planfile import PlanFileError, open_plan
    store = LocalStore(tmp_path / "store")
    with pytest.raises(StoreError) as e:
        store.template("nope")
    assert texts.tr_message(e.value) == "没有模板 'nope'；已知模板：weibo-alipay-2019, blank"
    (tmp_path / "x.mpplan").write_bytes(b"not a plan at all" * 10)
    with pytest.raises(PlanFileError) as f:
        open_plan(tmp_path / "x.mpplan")
    assert texts.tr_message(f.value) == "x.mpplan 不是计划文件（不是 SQLite 数据库）"
    assert dialogs.error_text(f.value) == "x.mpplan 不是计划文件（不是 SQLite 数据库）"
    assert dialogs.error_text([f.value, "line one\nline two"]) == (
        "x.mpplan 不是计划文件（不是 SQLite 数据库）\n\nline one\nline two")


def test_a_broken_translation_falls_back_to_english(zh, monkeypatch):
    real = QCoreApplication.translate
    monkeypatch.setattr(QCoreApplication, "translate",
                        lambda c, s, d=None, n=-1: "{nonsense}" if s.startswith("no segment") else real(c, s, d, n))
    assert texts.tr_message(Msg("plan.no_segment", ident="x")) == "no segment 'x'"


def test_template_names_are_translated(zh):
    assert texts.template_name("weibo-alipay-2019", "Weibo x Alipay rollout 2019-2020") == "微博 x 支付宝 分阶段推广 2019-2020"
    assert texts.template_name("blank", "Blank plan") == "空白计划"
    assert texts.template_name("user-mine-123456", "我的模板\n") == "我的模板\\x0a"


def test_template_names_are_the_builtin_ones():
    from campaign_planner.core.catalog import BUILTIN_TEMPLATES, builtin_template
    assert set(texts.TEMPLATE_NAMES) == set(BUILTIN_TEMPLATES)
    for tid in BUILTIN_TEMPLATES:
        assert texts.TEMPLATE_NAMES[tid] == builtin_template(tid).name


@pytest.fixture
def shanghai():
    old = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_a_date_and_time_is_shown_local(qapp, shanghai):
    install_translator(qapp, "zh_CN")
    try:
        assert texts.local_datetime_text("2024-05-03T06:05:00+00:00") == "2024/5/3 14:05"
        assert texts.local_datetime_text("2024-05-03T14:05:00") == "2024/5/3 14:05"   # no offset: local already
    finally:
        install_translator(qapp, "en")
    shown = texts.local_datetime_text("2024-05-03T06:05:00+00:00")
    assert "5/3/24" in shown and "2:05" in shown and "PM" in shown
    assert texts.local_datetime_text("yesterday\n") == "yesterday\\x0a"


def test_the_recovery_dialog_shows_a_local_date_and_time(qapp, shanghai, zh):
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        seen.append(box.text())
        box.reject()
    QTimer.singleShot(0, answer)
    dialogs.ask_recover(None, "我的计划", "2024-05-03T06:05:00+00:00", None)
    assert "最后编辑：2024/5/3 14:05" in seen[0] and "T06:05" not in seen[0]


# ---------------------------------------------------------------- ask_admits


def _answer_admits(click, accept=True):
    """Tick the categories in ``click`` in the open dialog, then OK (or Cancel)."""
    def act():
        dlg = QApplication.activeModalWidget()
        for ident in click:
            click_item(dlg.list, dlg.list.item_of(ident))
        button = dlg.buttons.button(QDialogButtonBox.Ok if accept else QDialogButtonBox.Cancel)
        QTest.mouseClick(button, Qt.LeftButton)
    QTimer.singleShot(0, act)


def test_ask_admits_offers_a_checkable_list(qapp, zh):
    seen = {}

    def look():
        dlg = QApplication.activeModalWidget()
        seen["names"] = [dlg.list.item(i).text() for i in range(dlg.list.count())]
        seen["checked"] = dlg.list.checked()
        seen["title"] = dlg.windowTitle()
        dlg.reject()
    QTimer.singleShot(0, look)
    assert dialogs.ask_admits(None, ["all", *CATEGORIES], ["campus", "pets"]) is None
    assert seen["names"][:3] == ["所有类目", "政务", "民生"] and seen["names"][-1] == "自定义：pets"
    assert seen["checked"] == ["campus", "pets"] and seen["title"] == "准入类目"
    _answer_admits(["government", "campus"])
    assert dialogs.ask_admits(None, list(CATEGORIES), ["campus", "smart_retail"]) == ["government", "smart_retail"]
    _answer_admits(["government"], accept=False)
    assert dialogs.ask_admits(None, list(CATEGORIES), []) is None


def test_a_new_phase_defaults_to_its_predecessors_categories_in_the_dialog(qapp):
    from campaign_planner.core.catalog import builtin_template
    plan = builtin_template("weibo-alipay-2019")
    before = edits.preceding_phase(plan, "weibo", dt.date(2019, 12, 1))
    assert before.id == "internal_test"
    _answer_admits(["social"])
    chosen = dialogs.ask_admits(None, list(CATEGORIES), list(before.admits))
    assert chosen == ["government", "livelihood", "public_welfare", "campus", "smart_retail", "social"]


# ---------------------------------------------------------------- undo steps after a language switch


class _Step(QUndoCommand):
    def __init__(self, label):
        super().__init__(label)
        self.label = label

    def redo(self):
        pass

    def undo(self):
        pass


def test_undo_steps_are_named_again_after_a_language_switch(qapp):
    install_translator(qapp, "en")
    stack = QUndoStack()
    stack.push(_Step(texts.TrText(lambda: QCoreApplication.translate("PlanPage", "Rename plan"))))
    stack.push(_Step("plain"))
    assert stack.text(0) == "Rename plan"
    try:
        install_translator(qapp, "zh_CN")
        texts.retranslate_stack(stack)
        assert stack.text(0) == "重命名计划" and stack.text(1) == "plain"
        assert texts.retranslate("plain") == "plain"
    finally:
        install_translator(qapp, "en")
    texts.retranslate_stack(stack)
    assert stack.text(0) == "Rename plan"


def test_the_inspectors_undo_steps_can_be_named_again(win, qapp, monkeypatch):
    given = []
    edit = win.doc.edit
    monkeypatch.setattr(win.doc, "edit", lambda text, *a, **k: given.append(text) or edit(text, *a, **k))
    win.timeline.set_selection(set())
    pick(win.inspector.plan_page.category, "campus")
    click_item(win.inspector.plan_page.flags, win.inspector.plan_page.flags.item_of("invited"))
    win.timeline.set_selection({"p2"})
    win.inspector.placement_page.note.setText("hello")
    win.inspector.placement_page.note.editingFinished.emit()
    assert [str(t) for t in given] == [zh_or_en(win, "修改类目", "Change category"),
                                       zh_or_en(win, "修改资质", "Change flags"),
                                       zh_or_en(win, "修改备注", "Change note")]
    # each name the document was given is a TrText: made again in the other language
    other = "en" if win.language == "zh_CN" else "zh_CN"
    install_translator(qapp, other)
    assert all(isinstance(t, texts.TrText) for t in given)
    assert [t.again() for t in given] == (["修改类目", "修改资质", "修改备注"] if other == "zh_CN"
                                          else ["Change category", "Change flags", "Change note"])


def test_the_start_page_names_the_built_in_templates_in_the_windows_language(qapp, qtbot, answers):
    from campaign_planner.qt.app import make_window, settings
    settings().setValue("language", "zh_CN")
    try:
        win = make_window(qapp, None)
        qtbot.addWidget(win)
        names = [win.start_page.templates.item(i).text() for i in range(win.start_page.templates.count())]
        assert "微博 x 支付宝 分阶段推广 2019-2020" in names and "空白计划" in names, names
    finally:
        settings().setValue("language", "en")
        from campaign_planner.qt.app import install_translator
        install_translator(qapp, "en")
