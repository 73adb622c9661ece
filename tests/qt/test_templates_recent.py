"""Templates and recent plans (issue 10 item 7, "Panels and dialogs"), driven as a person does:

- the name dialog (Save as Template, Rename phase) is as wide as its title, label and text,
  and says under the field why a name is refused, OK disabled meanwhile;
- a template name that already exists (a built-in one in English or in the window's
  language, or a saved one, whatever the case) is refused: nothing is saved or replaced;
- saved templates are renamed and removed (after a confirmation) from the start page's
  buttons, context menu and Delete key; built-in ones cannot be;
- recent plans are taken off the list, or all of them (the start page, File > Open Recent);
- every change shows at once on the start page and in File > New from template;
- a new blank plan starts today, and a plan from a built-in template is named in the
  window's language.
"""

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from campaign_planner.core import edits
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.messages import Msg
from campaign_planner.qt import dialogs
from campaign_planner.store.local import LocalStore, StoreError

REAL_GET_TEXT = dialogs.get_text   # before the recorder stands in for it
BUILTIN_NOTE = "Built-in templates cannot be renamed or removed"


def taken(name):
    return f"A template named “{name}” already exists: choose another name"


@pytest.fixture
def saved(_data_dir, tmp_path):
    """A store with two saved templates and three recent plans, before the window opens."""
    store = LocalStore()
    store.save_template("user-mine", dataclasses.replace(builtin_template("weibo-alipay-2019"), name="Mine"))
    store.save_template("user-other", dataclasses.replace(builtin_template("blank"), name="Other 其他"))
    paths = []
    for i in range(3):
        p = tmp_path / f"plan{i}.mpplan"
        p.write_bytes(b"not opened in these tests")
        store.add_recent(p)
        paths.append(str(p.resolve()))
    store.close()
    return paths[::-1]   # most recent first


@pytest.fixture
def start(qtbot, qapp, answers, saved):
    """The window with no plan open: the start page."""
    from campaign_planner.qt.app import make_window
    win = make_window(qapp, None)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    qtbot.waitExposed(win)
    assert win.doc is None and win.stack.currentWidget() is win.start_page
    yield win
    if win.doc is not None:
        win.doc.undo_stack.setClean()


def names(items):
    return [items.item(i).text() for i in range(items.count())]


def item_named(items, text):
    return next(items.item(i) for i in range(items.count()) if items.item(i).text() == text)


def click_item(items, text):
    item = item_named(items, text)
    items.scrollToItem(item)
    QTest.mouseClick(items.viewport(), Qt.LeftButton, Qt.NoModifier, items.visualItemRect(item).center())
    assert items.currentItem() is item
    return item


def right_click(page, items, text=None):
    """A right-click on an item (or below the items): the list's context menu opens."""
    if text is None:
        pos = QPoint(20, items.viewport().height() - 5)
    else:
        item = item_named(items, text)
        items.scrollToItem(item)
        pos = items.visualItemRect(item).center()
    before = page.context_menu
    # a right-click: the press and release, then the context-menu event the platform sends
    # (QTest sends no such event of its own)
    QTest.mouseClick(items.viewport(), Qt.RightButton, Qt.NoModifier, pos)
    QApplication.sendEvent(items.viewport(), QContextMenuEvent(QContextMenuEvent.Mouse, pos,
                                                               items.viewport().mapToGlobal(pos)))
    QApplication.processEvents()
    menu = page.context_menu
    assert menu is not None and menu is not before and menu.isVisible()
    return menu


def menu_action(menu, text):
    return next(a for a in menu.actions() if a.text() == text)


def click_menu(menu, text):
    """Click an entry of an open menu as a person does (a disabled one does nothing)."""
    action = menu_action(menu, text)
    QTest.mouseClick(menu, Qt.LeftButton, Qt.NoModifier, menu.actionGeometry(action).center())
    QApplication.processEvents()
    if menu.isVisible():   # a click on a disabled entry leaves the menu open
        menu.close()


def new_menu_names(win):
    win.new_menu.aboutToShow.emit()
    return [a.text().replace("&&", "&") for a in win.new_menu.actions()]


def stored(win):
    return {t["id"]: t["name"] for t in win.store.templates()}


# ---------------------------------------------------------------- the name dialog


def test_the_name_dialog_is_as_wide_as_its_title_label_and_text(qtbot):
    title = "Save as template: the Weibo x Alipay rollout, winter edition"
    label = "Template name (shown on the start page and in File > New from template):"
    text = "Weibo x Alipay rollout 2019-2020, second wave, all audiences"
    dlg = dialogs.TextDialog(None, title, label, text)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    bold = QFont(dlg.font())
    bold.setBold(True)
    assert dlg.width() >= QFontMetrics(bold).horizontalAdvance(title) + 60   # the title and the title bar's buttons
    assert dlg.label.width() >= dlg.label.fontMetrics().horizontalAdvance(label)
    assert dlg.label.height() < 2 * dlg.label.fontMetrics().height()           # on one line
    assert dlg.edit.width() > dlg.edit.fontMetrics().horizontalAdvance(text) + 8   # the whole text in view
    assert dlg.edit.text() == text and dlg.ok.isEnabled() and not dlg.error.isVisible()
    # the old QInputDialog was about 300 px wide; a short title, label and text still get a sensible width
    short = dialogs.TextDialog(None, "Rename", "Name:", "A")
    qtbot.addWidget(short)
    short.show()
    assert short.width() >= 360
    # a very long text does not make a dialog wider than the screen: the field scrolls
    long = dialogs.TextDialog(None, "Rename phase", "Name:", "x" * 400)
    qtbot.addWidget(long)
    long.show()
    assert 360 <= long.width() <= 700


def test_the_name_dialog_says_why_a_name_is_refused_and_disables_ok(qtbot):
    existing = {"blank plan": "Blank plan"}
    dlg = dialogs.TextDialog(None, "Save as template", "Template name:", "Blank plan",
                             check=lambda t: taken(existing[t.strip().casefold()])
                             if t.strip().casefold() in existing else None)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert not dlg.ok.isEnabled()
    assert dlg.error.isVisible() and dlg.error.text() == taken("Blank plan")
    assert dlg.error.geometry().bottom() <= dlg.height()          # within the dialog, not cut off
    dlg.edit.selectAll()
    QTest.keyClicks(dlg.edit, "Spring launch")
    assert dlg.edit.text() == "Spring launch"
    assert dlg.ok.isEnabled() and not dlg.error.isVisible()
    dlg.edit.selectAll()
    QTest.keyClicks(dlg.edit, "  BLANK plan ")
    assert not dlg.ok.isEnabled() and dlg.error.isVisible()
    dlg.edit.selectAll()
    QTest.keyClicks(dlg.edit, "   ")                               # spaces only: no name
    assert not dlg.ok.isEnabled() and not dlg.error.isVisible()
    QTest.keyClick(dlg.edit, Qt.Key_Return)                         # Enter does not accept it either
    assert dlg.isVisible() and dlg.result() == 0


def answer_text_dialog(qtbot, typed, seen):
    """Once the real name dialog is open: note what it shows, type ``typed``, click OK if it
    is enabled, else Cancel."""
    def act():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, dialogs.TextDialog):
            QTimer.singleShot(20, act)
            return
        dlg.edit.selectAll()
        QTest.keyClicks(dlg.edit, typed)
        seen.append((dlg.windowTitle(), dlg.ok.isEnabled(), dlg.error.isVisible() and dlg.error.text()))
        button = dlg.ok if dlg.ok.isEnabled() else dlg.buttons.button(dlg.buttons.StandardButton.Cancel)
        QTest.mouseClick(button, Qt.LeftButton)
    QTimer.singleShot(0, act)


def test_save_as_template_in_the_real_dialog_refuses_an_existing_name(window, answers, monkeypatch, qtbot):
    monkeypatch.setattr(dialogs, "get_text", REAL_GET_TEXT)
    before = stored(window)
    seen = []
    answer_text_dialog(qtbot, "blank PLAN", seen)
    window.act_save_template.trigger()
    assert seen == [("Save as template", False, taken("Blank plan"))]
    assert stored(window) == before
    answer_text_dialog(qtbot, "Autumn push", seen)
    window.act_save_template.trigger()
    assert seen[-1] == ("Save as template", True, False)
    assert sorted(stored(window).values()) == sorted([*before.values(), "Autumn push"])


def test_save_as_template_never_offers_a_name_it_would_refuse(window, answers):
    """The plan from the rollout template is named as the template: the dialog offers
    "… (2)" instead, and then "… (3)" once that one is taken."""
    name = window.doc.plan.name
    answers.text = None           # look at what is offered, then cancel
    window.act_save_template.trigger()
    assert answers.text_asked[-1][2] == f"{name} (2)"
    answers.text = f"{name} (2)"
    window.act_save_template.trigger()
    assert answers.errors == []
    answers.text = None
    window.act_save_template.trigger()
    assert answers.text_asked[-1][2] == f"{name} (3)"


# ---------------------------------------------------------------- save as template


@pytest.mark.parametrize("name, shown", [("Blank plan", "Blank plan"), ("  blank PLAN ", "Blank plan"),
                                         ("WEIBO X ALIPAY ROLLOUT 2019-2020", "Weibo x Alipay rollout 2019-2020")])
def test_save_as_template_refuses_a_built_in_name(window, answers, name, shown):
    before = stored(window)
    answers.text = name
    window.act_save_template.trigger()
    assert answers.text_asked[-1][:2] == ("Save as template", "Template name:")
    assert answers.errors == [taken(shown)]
    assert stored(window) == before


def test_save_as_template_refuses_a_saved_name_and_never_replaces_it(window, answers, monkeypatch):
    answers.text = "Mine"
    window.act_save_template.trigger()
    assert answers.errors == []
    tid = next(i for i, n in stored(window).items() if n == "Mine")
    first = window.store.template(tid)
    window.doc.edit("Rename", edits.update_plan, name="Changed")
    answers.text = " mine"
    window.act_save_template.trigger()
    assert answers.errors == [taken("Mine")]
    # a dialog that let the name through (the check is made again after it): refused all the same
    monkeypatch.setattr(dialogs, "get_text", lambda parent, title, label, text="", check=None: "MINE")
    assert not window.save_as_template()
    assert answers.errors[-1] == taken("Mine")
    assert list(stored(window).values()).count("Mine") == 1 and window.store.template(tid) == first
    assert len(stored(window)) == 3


def test_a_new_template_shows_on_the_start_page_and_in_the_new_menu(window, answers):
    page = window.start_page          # made (hidden) before the template is saved: it follows
    page.refresh()
    answers.text = "  Brand launch 品牌 "
    window.act_save_template.trigger()
    assert answers.errors == []
    assert "Brand launch 品牌" in stored(window).values()
    assert "Brand launch 品牌" in names(page.templates)
    assert "Brand launch 品牌" in new_menu_names(window)
    assert window.close_plan()
    assert "Brand launch 品牌" in names(window.start_page.templates)
    # and it makes plans
    window.new_menu.aboutToShow.emit()
    next(a for a in window.new_menu.actions() if a.text() == "Brand launch 品牌").trigger()
    assert window.doc.plan.name == "Brand launch 品牌"
    assert window.doc.plan.start == builtin_template("weibo-alipay-2019").start   # a saved template keeps its dates


# ---------------------------------------------------------------- renaming and removing templates


def test_a_saved_template_is_renamed_from_the_start_page_button(start, answers):
    page = start.start_page
    click_item(page.templates, "Mine")
    assert page.rename_button.isEnabled() and page.remove_button.isEnabled()
    answers.text = "  Brand launch 品牌 "
    QTest.mouseClick(page.rename_button, Qt.LeftButton)
    assert answers.text_asked[-1] == ("Rename template", "Template name:", "Mine")
    assert stored(start)["user-mine"] == "Brand launch 品牌"
    assert start.store.template("user-mine").name == "Brand launch 品牌"
    assert "Brand launch 品牌" in names(page.templates) and "Mine" not in names(page.templates)
    assert page.templates.currentItem().text() == "Brand launch 品牌"          # still selected
    assert "Brand launch 品牌" in new_menu_names(start) and "Mine" not in new_menu_names(start)
    assert answers.errors == []


def test_a_saved_template_is_renamed_from_its_context_menu_and_not_to_a_taken_name(start, answers):
    page = start.start_page
    menu = right_click(page, page.templates, "Mine")
    assert page.templates.currentItem().text() == "Mine"
    assert [a.text() for a in menu.actions()] == ["Rename…", "Remove…"]
    assert all(a.isEnabled() for a in menu.actions())
    for name, shown in (("other 其他", "Other 其他"), ("Blank Plan", "Blank plan")):
        answers.text = name
        menu = right_click(page, page.templates, "Mine")
        click_menu(menu, "Rename…")
        assert answers.errors[-1] == taken(shown)
        assert stored(start)["user-mine"] == "Mine"
    answers.text = "mine"                                  # its own name in other letters: fine
    menu = right_click(page, page.templates, "Mine")
    click_menu(menu, "Rename…")
    assert stored(start)["user-mine"] == "mine" and "mine" in names(page.templates)
    assert len(answers.errors) == 2


def test_a_saved_template_is_removed_after_a_confirmation(start, answers):
    page = start.start_page
    click_item(page.templates, "Mine")
    answers.confirm_answer = False
    QTest.mouseClick(page.remove_button, Qt.LeftButton)
    assert answers.confirm_asked == [("Remove template", "Remove the template “Mine”? This cannot be undone.")]
    assert "user-mine" in stored(start) and "Mine" in names(page.templates)
    answers.confirm_answer = True
    QTest.mouseClick(page.remove_button, Qt.LeftButton)
    assert "user-mine" not in stored(start)
    assert "Mine" not in names(page.templates) and "Mine" not in new_menu_names(start)
    # from the context menu
    menu = right_click(page, page.templates, "Other 其他")
    click_menu(menu, "Remove…")
    assert answers.confirm_asked[-1][1] == "Remove the template “Other 其他”? This cannot be undone."
    assert "user-other" not in stored(start) and "Other 其他" not in names(page.templates)
    assert names(page.templates) == ["Weibo x Alipay rollout 2019-2020", "Blank plan"]
    assert answers.errors == []


def test_built_in_templates_cannot_be_renamed_or_removed(start, answers):
    page = start.start_page
    for name in ("Weibo x Alipay rollout 2019-2020", "Blank plan"):
        item = click_item(page.templates, name)
        assert item.toolTip() == BUILTIN_NOTE
        for action, button in ((page.act_rename_template, page.rename_button),
                               (page.act_remove_template, page.remove_button)):
            assert not action.isEnabled() and not button.isEnabled()
            assert button.toolTip() == BUILTIN_NOTE
        menu = right_click(page, page.templates, name)
        assert not any(a.isEnabled() for a in menu.actions()) and menu.toolTipsVisible()
        assert {a.toolTip() for a in menu.actions()} == {BUILTIN_NOTE}
        answers.text = "Something else"
        click_menu(menu, "Rename…")
        click_menu(right_click(page, page.templates, name), "Remove…")
        page.templates.setFocus()
        QTest.keyClick(page.templates, Qt.Key_Delete)
        assert start.statusBar().currentMessage() == BUILTIN_NOTE
        assert not start.files.rename_template(item.data(Qt.UserRole))   # even when asked directly
        assert not start.files.remove_template(item.data(Qt.UserRole))
    assert answers.text_asked == [] and answers.confirm_asked == []
    assert names(page.templates)[:2] == ["Weibo x Alipay rollout 2019-2020", "Blank plan"]
    assert stored(start)["blank"] == "Blank plan"


def test_a_store_that_refuses_shows_why_and_nothing_changes(start, answers, monkeypatch):
    page = start.start_page

    def refuse(*args):
        raise StoreError(Msg("local.busy"))
    for method in ("rename_template", "delete_template", "remove_recent", "clear_recent"):
        monkeypatch.setattr(start.store, method, refuse)
    before = (names(page.templates), names(page.recent))
    click_item(page.templates, "Mine")
    answers.text = "Another"
    QTest.mouseClick(page.rename_button, Qt.LeftButton)
    QTest.mouseClick(page.remove_button, Qt.LeftButton)
    click_item(page.recent, page.recent.item(0).text())
    QTest.mouseClick(page.remove_recent_button, Qt.LeftButton)
    QTest.mouseClick(page.clear_recent_button, Qt.LeftButton)
    assert answers.errors == [str(Msg("local.busy"))] * 4      # a message each time, never a traceback
    assert (names(page.templates), names(page.recent)) == before


# ---------------------------------------------------------------- recent plans


def test_a_recent_plan_is_taken_off_the_list_without_asking(start, answers, saved):
    page = start.start_page
    assert [page.recent.item(i).data(Qt.UserRole) for i in range(page.recent.count())] == saved
    assert not page.remove_recent_button.isEnabled()          # nothing selected yet
    menu = right_click(page, page.recent, saved[1])
    assert [a.text() for a in menu.actions()] == ["Remove from list", "Clear list"]
    click_menu(menu, "Remove from list")
    assert start.store.recent() == [saved[0], saved[2]]
    assert names(page.recent) == [saved[0], saved[2]]
    click_item(page.recent, saved[2])
    QTest.mouseClick(page.remove_recent_button, Qt.LeftButton)
    assert start.store.recent() == [saved[0]] and names(page.recent) == [saved[0]]
    assert answers.confirm_asked == [] and answers.errors == []
    start.recent_menu.aboutToShow.emit()
    assert [a.text() for a in start.recent_menu.actions() if not a.isSeparator()] == [saved[0], "Clear Recent Plans"]


def test_the_recent_list_is_cleared_from_the_start_page(start, answers, saved):
    page = start.start_page
    menu = right_click(page, page.recent)                      # below the items
    assert not menu_action(menu, "Remove from list").isEnabled() and menu_action(menu, "Clear list").isEnabled()
    click_menu(menu, "Clear list")
    assert start.store.recent() == [] and page.recent.count() == 0
    assert not page.clear_recent_button.isEnabled() and not page.remove_recent_button.isEnabled()
    assert answers.errors == []


def test_clear_recent_plans_in_the_file_menu(window, answers, tmp_path):
    other = tmp_path / "other.mpplan"
    other.write_bytes(b"x")
    window.store.add_recent(other)
    window.recent_menu.aboutToShow.emit()
    actions = [a for a in window.recent_menu.actions() if not a.isSeparator()]
    assert len(actions) == 3 and actions[-1].text() == "Clear Recent Plans" and actions[-1].isEnabled()
    assert window.recent_menu.actions()[-2].isSeparator()
    actions[-1].trigger()
    assert window.store.recent() == []
    window.recent_menu.aboutToShow.emit()
    shown = [(a.text(), a.isEnabled()) for a in window.recent_menu.actions() if not a.isSeparator()]
    assert shown == [("No recent plans", False), ("Clear Recent Plans", False)]
    assert other.read_bytes() == b"x"                          # the files stay
    assert window.close_plan()
    assert window.start_page.recent.count() == 0
    assert answers.errors == []


# ---------------------------------------------------------------- the Delete key


def test_the_delete_key_removes_the_selected_item(start, answers, saved):
    page = start.start_page
    click_item(page.recent, saved[0])
    page.recent.setFocus()
    QTest.keyClick(page.recent, Qt.Key_Delete)
    assert start.store.recent() == saved[1:] and names(page.recent) == saved[1:]
    assert answers.confirm_asked == []                          # a recent plan: no question
    click_item(page.templates, "Mine")
    page.templates.setFocus()
    answers.confirm_answer = False
    QTest.keyClick(page.templates, Qt.Key_Delete)
    assert len(answers.confirm_asked) == 1 and "user-mine" in stored(start)
    answers.confirm_answer = True
    QTest.keyClick(page.templates, Qt.Key_Delete)
    assert len(answers.confirm_asked) == 2 and "user-mine" not in stored(start)
    assert "Mine" not in names(page.templates)
    assert page.templates.currentItem() is not None             # the next one is selected
    assert answers.errors == []


# ---------------------------------------------------------------- new plans from built-in templates


@pytest.fixture
def language_window(request, qtbot, qapp, answers):
    from campaign_planner.qt.app import install_translator, make_window, settings
    settings().setValue("language", request.param)
    try:
        win = make_window(qapp, None)
        qtbot.addWidget(win)
        qtbot.waitExposed(win)
        yield win
        if win.doc is not None:
            win.doc.undo_stack.setClean()
    finally:
        settings().setValue("language", "en")
        install_translator(qapp, "en")


@pytest.mark.parametrize("language_window, blank, rollout", [
    ("en", "Blank plan", "Weibo x Alipay rollout 2019-2020"),
    ("zh_CN", "空白计划", "微博 x 支付宝 分阶段推广 2019-2020"),
], indirect=["language_window"])
def test_a_blank_plan_starts_today_and_is_named_in_the_windows_language(language_window, answers, blank, rollout):
    win = language_window
    template = builtin_template("blank")
    assert template.start != dt.date.today()
    assert blank in new_menu_names(win) and blank in names(win.start_page.templates)
    next(a for a in win.new_menu.actions() if a.text() == blank).trigger()
    plan = win.doc.plan
    assert plan.start == dt.date.today() and plan.days == template.days
    assert plan.name == blank and win.windowTitle().startswith(blank)
    assert dataclasses.replace(plan, name=template.name, start=template.start, end=template.end) == template
    assert not win.doc.modified                               # a new plan, nothing to save yet
    # the rollout keeps its dates (its placements and phases are the point), and gets its name
    win.new_menu.aboutToShow.emit()
    next(a for a in win.new_menu.actions() if a.text() == rollout).trigger()
    assert win.doc.plan.name == rollout
    assert win.doc.plan.start == builtin_template("weibo-alipay-2019").start
    # a built-in template's name in the window's language is taken too
    answers.text = blank
    before = stored(win)
    win.act_save_template.trigger()
    assert answers.errors == [win.files._name_taken(win.files.template_names(), blank)]
    assert blank in answers.errors[0] and stored(win) == before
