"""The window as it was left (issue 11 item 6): size, docks and the label column's width come
back at the next start and after a language switch; settings live in the config folder."""

import os

from PySide6.QtCore import QByteArray

from campaign_planner.qt.app import make_window, settings, settings_path


def open_window(qtbot, qapp, path):
    win = make_window(qapp, str(path))
    qtbot.addWidget(win)
    qtbot.waitExposed(win)
    qapp.processEvents()
    return win


def test_size_and_docks_come_back(qtbot, qapp, answers, template_file):
    win = open_window(qtbot, qapp, template_file)
    win.resize(780, 700)   # within the offscreen screen (800 x 800): a window larger than its screen is fitted to it
    win.docks["problems"].toggleViewAction().trigger()     # the person closes the Problems dock
    qapp.processEvents()
    assert not win.docks["problems"].isVisible()
    win.close()
    again = open_window(qtbot, qapp, template_file)
    assert (again.width(), again.height()) == (780, 700)
    assert not again.docks["problems"].isVisible() and again.docks["inspector"].isVisible()
    again.close()


def test_the_label_columns_width_comes_back(qtbot, qapp, answers, template_file):
    win = open_window(qtbot, qapp, template_file)
    win.resize(1400, 880)
    qapp.processEvents()
    win.timeline.set_label_width(300)
    assert win.timeline.label_w == 300
    win.close()
    again = open_window(qtbot, qapp, template_file)
    assert again.timeline.label_w == 300
    again.close()


def test_a_language_switch_keeps_the_layout(qtbot, qapp, answers, template_file):
    win = open_window(qtbot, qapp, template_file)
    win.resize(1400, 880)
    qapp.processEvents()
    win.timeline.set_label_width(260)
    win.docks["charts"].toggleViewAction().trigger()
    zh = next(a for a in win.menuBar().findChildren(type(win.act_save)) if a.text() == "简体中文")
    zh.trigger()
    new = qapp._main_window
    qtbot.addWidget(new)
    try:
        assert new is not win
        assert new.timeline.label_w == 260
        assert not new.docks["charts"].isVisible()
    finally:
        settings().setValue("language", "en")
        from campaign_planner.qt.app import install_translator
        install_translator(qapp, "en")
        new.doc.undo_stack.setClean()
        new.close()


def test_a_damaged_layout_is_ignored(qtbot, qapp, answers, template_file):
    s = settings()
    s.setValue("geometry", QByteArray(b"\x00garbage"))
    s.setValue("window_state", "not a state")
    s.setValue("label_width", "wide")
    s.sync()
    win = open_window(qtbot, qapp, template_file)
    assert (win.width(), win.height()) == (1400, 880)
    assert win.docks["inspector"].isVisible() and win.docks["problems"].isVisible()
    assert 80 <= win.timeline.label_w <= 700
    win.close()


def test_settings_live_in_the_config_folder_and_old_ones_move_there(tmp_path, monkeypatch, qapp):
    monkeypatch.delenv("CAMPAIGN_PLANNER_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    old = tmp_path / "data" / "campaign-planner" / "settings.ini"
    old.parent.mkdir(parents=True)
    old.write_text("[General]\nlanguage=zh_CN\n", encoding="utf-8")
    path = settings_path()
    assert str(path).startswith(str(tmp_path / "config")) and path.name == "settings.ini"
    assert path.read_text(encoding="utf-8") == "[General]\nlanguage=zh_CN\n" and not old.exists()
    assert settings().value("language") == "zh_CN"
    # a link in the old place is not followed
    os.unlink(path)
    victim = tmp_path / "victim.ini"
    victim.write_text("[General]\nlanguage=en\n", encoding="utf-8")
    old.symlink_to(victim)
    assert settings_path() == path and not path.exists() and victim.exists()
    monkeypatch.setenv("CAMPAIGN_PLANNER_CONFIG_DIR", str(tmp_path / "mine"))
    assert settings_path() == tmp_path / "mine" / "settings.ini"
