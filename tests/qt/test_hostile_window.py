"""Hostile and unlucky inputs reached the way a person reaches them in the window (issue 8):
File > Open on a FIFO, a folder or a device; a plan path on the command line that is a FIFO;
a name that cannot be saved typed into the inspector; File > Save beside stale side files;
exports from the File > Export menu, one of them on a full disk."""

import faulthandler
import os
import resource
import sqlite3
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from campaign_planner.qt import dialogs
from campaign_planner.store.planfile import open_plan


@pytest.fixture(autouse=True)
def watchdog():
    """A hang (a blocking open) fails the run with a traceback instead of stalling CI."""
    faulthandler.dump_traceback_later(60, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def _menu_action(menu, text):
    for a in menu.actions():
        if a.text().replace("&", "") == text:
            return a
    raise AssertionError(f"no {text!r} in {[a.text() for a in menu.actions()]}")


@pytest.mark.parametrize("kind", ["fifo", "folder", "/dev/zero"])
def test_file_open_on_a_non_regular_path_says_so_at_once(window, answers, tmp_path, kind):
    """Opening never blocks: File > Open on a FIFO, a folder or a device shows one message
    and leaves the open plan as it was."""
    if kind == "fifo":
        path = tmp_path / "pipe.mpplan"
        os.mkfifo(path)
    elif kind == "folder":
        path = tmp_path / "folder.mpplan"
        path.mkdir()
    else:
        path = Path(kind)
    before = window.doc
    answers.open_path = str(path)
    window.act_open.trigger()
    assert len(answers.errors) == 1 and "\n" not in answers.errors[0]
    assert window.doc is before


def test_a_fifo_on_the_command_line_starts_the_window_with_a_message(qapp, qtbot, answers, tmp_path):
    from campaign_planner.qt.app import make_window
    fifo = tmp_path / "plan.mpplan"
    os.mkfifo(fifo)
    win = make_window(qapp, str(fifo))
    qtbot.addWidget(win)
    assert win.doc is None and len(answers.errors) == 1 and "FIFO" in answers.errors[0]


def test_a_plan_with_a_name_that_cannot_be_saved_is_refused_and_save_still_works(window, answers, tmp_path):
    """A JSON plan whose name holds a lone surrogate (it opened before, then Save crashed) is
    refused at File > Open with one message; the open plan is kept and Ctrl+S saves it."""
    import json

    from campaign_planner.core.jsonio import plan_to_json
    data = plan_to_json(window.doc.plan)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data).replace(json.dumps(data["name"]), '"Launch \\ud800 plan"'))
    assert "\\ud800" in bad.read_text()
    before = window.doc
    answers.open_path = str(bad)
    window.act_open.trigger()
    assert len(answers.errors) == 1 and "not valid Unicode" in answers.errors[0]
    assert window.doc is before
    window.inspector.plan_page.name.setText("Launch plan")
    window.inspector.plan_page.name.editingFinished.emit()
    window.timeline.setFocus()
    QTest.keyClick(window.timeline, Qt.Key_S, Qt.ControlModifier)
    assert len(answers.errors) == 1
    assert open_plan(window.doc.path).name == "Launch plan"


def test_file_save_beside_a_stale_wal_leaves_what_sqlite_reads_equal_to_the_plan(window, answers):
    """Saving leaves no stale side file that SQLite tools would fold into the saved plan."""
    path = Path(window.doc.path)
    work = path.with_name("other.mpplan")
    work.write_bytes(path.read_bytes())
    conn = sqlite3.connect(work)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE meta SET value = 'Stale' WHERE key = 'name'")
    conn.commit()
    Path(str(path) + "-wal").write_bytes(Path(str(work) + "-wal").read_bytes())
    conn.close()
    window.inspector.plan_page.name.setText("Saved from the window")
    window.inspector.plan_page.name.editingFinished.emit()
    answers.external_answer = dialogs.OVERWRITE
    window.act_save.trigger()
    assert answers.errors == []
    assert not Path(str(path) + "-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT value FROM meta WHERE key = 'name'").fetchone()[0] == "Saved from the window"
    conn.close()


def test_file_export_pdf_report_from_the_menu_writes_the_report(window, answers, tmp_path, monkeypatch, qtbot):
    """File > Export > PDF report… with the dialog answered writes a real PDF."""
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(out))
    _menu_action(window.export_menu, "PDF report…").trigger()
    assert answers.errors == []
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert window.doc.plan.name in text


def test_an_export_on_a_full_disk_says_so_and_keeps_the_old_file(window, answers, tmp_path, monkeypatch):
    """An export on a full disk leaves the old file untouched and no temporary behind, and
    tells the user (RLIMIT_FSIZE makes every write past 4 KiB fail, as a full disk does)."""
    out = tmp_path / "exports" / "chart.png"
    out.parent.mkdir()
    out.write_bytes(b"old chart")
    monkeypatch.setattr(dialogs, "get_export_path", lambda *a: str(out))
    monkeypatch.setattr(dialogs, "get_image_size", lambda parent: (800, 400, 96))
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, hard))
    try:
        _menu_action(window.export_menu, "Chart as PNG…").trigger()
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert len(answers.errors) == 1 and "disk may be full" in answers.errors[0]
    assert out.read_bytes() == b"old chart"
    assert sorted(p.name for p in out.parent.iterdir()) == ["chart.png"]


def test_a_json_plan_with_a_huge_integer_on_the_command_line_starts_the_window(qapp, qtbot, answers, tmp_path):
    """The window must always start: a JSON plan with a 401-digit integer gives one message."""
    import json

    from campaign_planner.core.catalog import builtin_template
    from campaign_planner.core.jsonio import plan_to_json
    from campaign_planner.qt.app import make_window
    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(data).replace('"target_reach": 20000000', '"target_reach": ' + "9" * 401))
    win = make_window(qapp, str(path))
    qtbot.addWidget(win)
    assert win.doc is None and len(answers.errors) == 1 and "too large" in answers.errors[0]
