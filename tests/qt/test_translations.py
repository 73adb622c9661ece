"""Simplified Chinese is complete: every string in the sources is translated (what the core
and the store say, and category and flag names, too), the compiled .qm is current, and the
window really shows Chinese. English has its own file for the counted sentences only: the
singular and plural of "%n placement(s)"."""

import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "campaign_planner_zh_CN.ts"
EN = ROOT / "resources" / "translations" / "campaign_planner_en.ts"
BIN = Path(__import__("sys").executable).parent


def messages(ts: Path):
    return {(ctx.findtext("name"), m.findtext("source")): m
            for ctx in ET.parse(ts).getroot().iter("context") for m in ctx.iter("message")}


def translations(m) -> list[str]:
    """The translation of a message (each numerus form of a counted one)."""
    tr = m.find("translation")
    forms = [f.text or "" for f in tr.iter("numerusform")]
    return forms if m.get("numerus") == "yes" else [tr.text or ""]


@pytest.mark.parametrize("ts,extra", [(TS, []), (EN, ["-pluralonly"])])
def test_every_string_in_the_sources_is_in_the_translation(tmp_path, ts, extra):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "gui" / "campaign_planner" / "qt").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh), *extra], check=True,
                   capture_output=True)
    missing = set(messages(fresh)) - set(messages(ts))
    assert not missing, f"run packaging/update_translations.sh and translate: {sorted(missing)[:5]}"


def test_every_string_has_a_context():
    """A string lupdate finds outside a class gets no context, and Qt never finds its translation:
    module-level code must call QCoreApplication.translate("context", "text")."""
    assert all(ctx.findtext("name") for ctx in ET.parse(TS).getroot().iter("context"))


@pytest.mark.parametrize("ts", [TS, EN])
def test_every_translation_is_finished(ts):
    unfinished = [k for k, m in messages(ts).items()
                  if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
                  or not all(t.strip() for t in translations(m))]
    assert not unfinished, unfinished[:5]


@pytest.mark.parametrize("ts", [TS, EN])
def test_the_compiled_translation_is_current(tmp_path, ts):
    out = tmp_path / "out.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run packaging/update_translations.sh"


def _fields(text: str) -> list[tuple]:
    return sorted((name, spec, conv) for _, name, spec, conv in string.Formatter().parse(text) if name is not None)


def test_translated_sentences_keep_their_placeholders():
    """A translation of a core or rule sentence fills in the same {fields} (with the same
    formats), and keeps %n where the sentence counts."""
    for (context, source), m in messages(TS).items():
        if context not in ("core", "rules", "names"):
            continue
        for text in translations(m):
            assert _fields(text) == _fields(source), (source, text)
            assert ("%n" in text) == ("%n" in source), (source, text)


def test_the_lists_for_qts_tools_are_the_cores(qapp):
    """qt/texts.py lists every sentence of core/messages.py and core/rules.py, and every category
    and flag name of core/names.py, exactly as the core writes them."""
    from campaign_planner.core import names
    from campaign_planner.core.messages import TEMPLATES, Plural
    from campaign_planner.core.rules import TEMPLATES as RULES
    from campaign_planner.qt import texts
    for t in getattr(qapp, "_translators", []):  # the sources themselves, whatever a test installed
        qapp.removeTranslator(t)
    assert texts._CORE == {k: v for k, v in TEMPLATES.items() if not isinstance(v, Plural)}
    assert texts.core().counted(-1) == {k: v.source for k, v in TEMPLATES.items() if isinstance(v, Plural)}
    assert {**texts._RULES, **texts.rules().counted(-1)} == {
        k: v.source if isinstance(v, Plural) else v for k, v in RULES.items()}
    assert texts.CATEGORIES == names.CATEGORY_NAMES and texts.FLAGS == names.FLAG_NAMES


def test_the_english_plural_forms_are_the_cores():
    """campaign_planner_en.ts says the singular and plural of each counted sentence; for the
    core's, the forms the core prints."""
    from campaign_planner.core.messages import TEMPLATES, Plural
    from campaign_planner.core.rules import TEMPLATES as RULES
    en = {source: translations(m) for (_, source), m in messages(EN).items()}
    assert all(len(forms) == 2 for forms in en.values())
    for t in list(TEMPLATES.values()) + list(RULES.values()):
        if isinstance(t, Plural):
            assert en[t.source] == [t.one, t.other]
    assert en["%n placement(s) selected"] == ["%n placement selected", "%n placements selected"]


def test_english_counts_say_one_and_many(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator
    t = QTranslator()
    assert t.load(str(EN.with_suffix(".qm")))
    qapp.installTranslator(t)
    try:
        assert QCoreApplication.translate("Inspector", "%n placement(s) selected", "", 1) == "1 placement selected"
        assert QCoreApplication.translate("Inspector", "%n placement(s) selected", "", 3) == "3 placements selected"
    finally:
        qapp.removeTranslator(t)
    from campaign_planner.qt.texts import english_plural
    assert english_plural("1 error(s)", 1) == "1 error" and english_plural("2 error(s)", 2) == "2 errors"
    assert english_plural("1 entry(ies)", 1) == "1 entry" and english_plural("5 entry(ies)", 5) == "5 entries"
    assert english_plural("2 个错误", 2) == "2 个错误"


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
        from campaign_planner.core.names import FLAG, Names
        from campaign_planner.core.rules import Problem
        p = Problem("error", "p1", "flags", (("id", "p1"), ("slot", "信息流"),
                                             ("flags", Names(FLAG, ("whitelisted", "big_v")))))
        assert problem_text(p) == "信息流 上的 p1 需要 白名单、大V账号，而小程序不具备"
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
