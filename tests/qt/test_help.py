"""The Help menu (issue 11 item 5): F1 opens the guide in the window's language, the model's
terms and limits, keyboard shortcuts made from the menus, About with the version, licence and
where data and backups are kept; the inspector explains the model's terms in tooltips."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from campaign_planner import __version__
from campaign_planner.paths import data_dir
from campaign_planner.qt.app import install_translator, make_window, settings
from campaign_planner.qt.help import _plain, guide_file


@pytest.fixture(params=["en", "zh_CN"])
def win(request, qtbot, qapp, answers, template_file):
    settings().setValue("language", request.param)
    try:
        w = make_window(qapp, str(template_file))
        qtbot.addWidget(w)
        qtbot.waitExposed(w)
        w.language = request.param
        yield w
        w.doc.undo_stack.setClean()
    finally:
        settings().setValue("language", "en")
        install_translator(qapp, "en")


def menu_action(win, menu_title_en, menu_title_zh, text_en, text_zh):
    titles = (menu_title_en, menu_title_zh)
    menu = next(a.menu() for a in win.menuBar().actions() if a.menu() and a.menu().title() in titles)
    return next(a for a in menu.actions() if a.text() in (text_en, text_zh))


def test_f1_opens_the_guide_in_the_windows_language(win, qtbot):
    QTest.keyClick(win.timeline, Qt.Key_F1)
    guide = win._guide
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    if win.language == "en":
        assert "The timeline" in text and "时间轴" not in text
    else:
        assert "时间轴" in text and "The timeline" not in text
    guide.close()


def test_the_models_terms_and_limits(win):
    menu_action(win, "&Help", "帮助(&H)", "The Model's &Terms and Limits", "模型术语和局限(&T)").trigger()
    b = win._guide.browser
    text = b.toPlainText()
    assert "kappa" in text and "P10" in text
    assert ("second-hop" in text) if win.language == "en" else ("二次传播" in text)
    # opened at the terms, not at the top
    assert b.verticalScrollBar().value() > 0 or b.verticalScrollBar().maximum() == 0


def test_keyboard_shortcuts_are_the_menus_own(win):
    menu_action(win, "&Help", "帮助(&H)", "&Keyboard Shortcuts", "键盘快捷键(&K)").trigger()
    table = win._shortcuts.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert win._shortcuts.isVisible()
    save = next(k for w, k in rows.items() if w.endswith(_plain(win.act_save.text())))
    assert save == "Ctrl+S"
    assert "F1" in rows.values()
    assert any("Ctrl+Z" == k for k in rows.values())
    assert len(rows) >= 15
    assert not any("&" in w or "(F)" in w for w in rows), rows   # menu texts as read, no mnemonics
    win._shortcuts.close()


def test_about_says_version_licence_and_where_data_is(win, qtbot):
    menu_action(win, "&Help", "帮助(&H)", "&About Campaign Planner", "关于小程序投放规划(&A)").trigger()
    box = win._about_box
    qtbot.waitUntil(box.isVisible)
    text = re.sub("<[^>]+>", "", box.text())
    assert __version__ in text and "MIT" in text
    assert str(data_dir()) in text and str(data_dir() / "backups") in text
    assert win.settings.fileName() in text
    box.close()


def test_the_inspector_explains_the_models_terms(win):
    page = win.inspector.plan_page
    rows = {r[1]: i for i, r in enumerate(page._rows)}
    tip = page.table.item(rows["kappa"], 0).toolTip()
    assert ("heterogeneity" in tip) if win.language == "en" else ("异质" in tip)
    for name in ("eligible_share", "impressions_per_unit", "ctr", "retention_7d", "size"):
        assert "P10" in page.table.item(rows[name], 0).toolTip(), name


def test_the_guide_has_the_same_sections_in_both_languages(qapp):
    def anchors(lang):
        install_translator(qapp, lang)
        return re.findall(r'id="([^"]+)"', guide_file().read_text(encoding="utf-8"))
    try:
        assert anchors("en") == anchors("zh_CN") and "model" in anchors("en") and "limits" in anchors("en")
    finally:
        install_translator(qapp, "en")
    QApplication.processEvents()
