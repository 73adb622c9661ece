"""Simplified Chinese is complete: every string in the sources is translated, the compiled
.qm is current, and the window really shows Chinese."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "campaign_planner_zh_CN.ts"
BIN = Path(__import__("sys").executable).parent


def messages(ts: Path):
    return {(ctx.findtext("name"), m.findtext("source")): m
            for ctx in ET.parse(ts).getroot().iter("context") for m in ctx.iter("message")}


def test_every_string_in_the_sources_is_in_the_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "gui" / "campaign_planner" / "qt").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)], check=True,
                   capture_output=True)
    missing = set(messages(fresh)) - set(messages(TS))
    assert not missing, f"run packaging/update_translations.sh and translate: {sorted(missing)[:5]}"


def test_every_string_has_a_context():
    """A string lupdate finds outside a class gets no context, and Qt never finds its translation:
    module-level code must call QCoreApplication.translate("context", "text")."""
    assert all(ctx.findtext("name") for ctx in ET.parse(TS).getroot().iter("context"))


def test_every_translation_is_finished():
    unfinished = [k for k, m in messages(TS).items()
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not "".join(m.find("translation").itertext()).strip()]
    assert not unfinished, unfinished[:5]


def test_the_compiled_translation_is_current(tmp_path):
    out = tmp_path / "zh.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run packaging/update_translations.sh"


def test_the_window_speaks_chinese(qtbot, qapp, answers, template_file):
    from PySide6.QtCore import QLocale

    from campaign_planner.qt.app import install_translator, make_window, settings
    from campaign_planner.qt.texts import problem_text
    try:
        settings().setValue("language", "zh_CN")  # as the View > Language menu does
        win = make_window(qapp, str(template_file))
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
        assert win.docks["inspector"].windowTitle() == "属性"
        assert "小程序投放规划" in win.windowTitle()
        from campaign_planner.core.rules import Problem
        p = Problem("error", "p1", "flags", (("id", "p1"), ("slot", "信息流"), ("flags", "whitelisted")))
        assert problem_text(p) == "信息流 上的 p1 需要 whitelisted，而小程序不具备"
        from campaign_planner.export.numbers import people
        assert people(276_791_627, QLocale().language() == QLocale.Chinese) == "2.77 亿"
        win.doc.undo_stack.setClean()
    finally:
        install_translator(qapp, "en")


def test_switching_language_keeps_the_plan_and_its_undo_history(qtbot, qapp, answers, template_file):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from campaign_planner.qt.app import install_translator, make_window

    from conftest import center
    win = make_window(qapp, str(template_file))
    qtbot.addWidget(win)
    win.timeline.set_zoom(10.0)
    win.timeline.horizontalScrollBar().setValue(0)
    QTest.mouseClick(win.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(win, "p2"))
    QTest.keyClick(win.timeline, Qt.Key_Right)
    doc = win.doc
    try:
        win.sig_language.emit("zh_CN")     # View > Language > 简体中文
        new = qapp._main_window
        qtbot.addWidget(new)
        assert new is not win and new.doc is doc and doc.undo_stack.count() == 1
        assert [a.text() for a in new.menuBar().actions()][0] == "文件(&F)"
        assert new.isWindowModified()
        assert new.act_undo.text().startswith("撤销")
        doc.undo_stack.setClean()
    finally:
        install_translator(qapp, "en")
