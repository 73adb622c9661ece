"""The window always starts (issue 8, item 7), with the real window, real files and real
failures: a data path that is a file, a store from a newer version, with bad rows, damaged,
or locked by another process, a damaged working copy, a damaged settings file, an autosave
that cannot write. Each time the window shows the start page or the plan, says what is
wrong once (one dialog), sets aside what is damaged (kept, never deleted), and keeps
working: a plan can be opened and edited with real key presses.

Tests run as root, where ``chmod`` does not stop writes. The unwritable places here are
real for root too: a data path that is a regular file or lies under one, an autosave
folder replaced by a regular file, a file-size limit (``RLIMIT_FSIZE``, in a child process
only), and (where ``unshare`` may make a mount namespace) a read-only bind mount.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.qt.autosave import folder
from campaign_planner.store import autosave
from campaign_planner.store.local import LocalStore
from campaign_planner.store.planfile import open_plan

from conftest import center, placement

LOCKER = r"""
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA locking_mode=EXCLUSIVE")
c.execute("BEGIN EXCLUSIVE")
c.execute("DELETE FROM recent")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


def start(qtbot, qapp, path=None):
    from campaign_planner.qt.app import make_window
    win = make_window(qapp, str(path) if path else None)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    qtbot.waitExposed(win)
    return win


def edit_by_key(win, qapp):
    """Select p2 with a real click and nudge it a day with a real key press."""
    win.timeline.set_zoom(10.0)
    win.timeline.horizontalScrollBar().setValue(0)
    qapp.processEvents()
    before = placement(win, "p2").start
    QTest.mouseClick(win.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(win, "p2"))
    QTest.keyClick(win.timeline, Qt.Key_Right)
    qapp.processEvents()
    assert (placement(win, "p2").start - before).days == 1
    assert win.doc.modified


def autosave_note(win) -> str:
    label = getattr(win, "autosave_label", None)
    return label.text() if label is not None and label.isVisible() else ""


def make_store(data_dir: Path):
    store = LocalStore(data_dir)
    store.save_template("mine", builtin_template("blank"))
    store.close()


def a_working_copy_left_by_a_crash(data_dir: Path) -> Path:
    """A real working copy (with its write-ahead log) of a planner killed with SIGKILL."""
    code = ("import os, sys\nfrom pathlib import Path\n"
            "from campaign_planner.core.catalog import builtin_template\n"
            "from campaign_planner.store.autosave import WorkingCopy\n"
            "w = WorkingCopy(Path(sys.argv[1]))\nw.write(builtin_template('weibo-alipay-2019'), None)\n"
            "print(w.path, flush=True)\nos.kill(os.getpid(), 9)\n")
    r = subprocess.run([sys.executable, "-c", code, str(autosave.autosave_dir(data_dir))], capture_output=True,
                       text=True, timeout=60)
    return Path(r.stdout.strip())


# ---------------------------------------------------------------------------- situations at start

def data_path_is_a_file(data_dir, tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CAMPAIGN_PLANNER_DATA_DIR", str(blocker))
    return "cannot be used"


def data_path_under_a_file(data_dir, tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CAMPAIGN_PLANNER_DATA_DIR", str(blocker / "campaign-planner"))
    return "cannot be used"


def newer_store(data_dir, tmp_path, monkeypatch):
    make_store(data_dir)
    conn = sqlite3.connect(data_dir / "store.sqlite")
    conn.execute("PRAGMA user_version=99")
    conn.close()
    return "newer version"


def store_with_bad_rows(data_dir, tmp_path, monkeypatch):
    make_store(data_dir)
    conn = sqlite3.connect(data_dir / "store.sqlite")
    conn.execute("INSERT INTO templates VALUES ('bad', NULL, 0, '{', 'x')")
    conn.execute("INSERT INTO recent VALUES (x'fffe', 'z')")
    conn.commit()
    conn.close()
    return "2 damaged entries"


def damaged_store(data_dir, tmp_path, monkeypatch):
    (data_dir / "store.sqlite").write_bytes(os.urandom(20000))
    return "set aside as"


def damaged_working_copy(data_dir, tmp_path, monkeypatch):
    autosave.make_folder(autosave.autosave_dir(data_dir))
    (autosave.autosave_dir(data_dir) / "x.mpwork").write_bytes(os.urandom(3000))
    return "could not be read and was set aside"


def damaged_settings(data_dir, tmp_path, monkeypatch):
    (data_dir / "settings.ini").write_bytes(b"\x00\xff\xfe[language]\x00=\x01" + os.urandom(2000))
    return "settings file"


def locked_store(data_dir, tmp_path, monkeypatch):
    make_store(data_dir)
    proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(data_dir / "store.sqlite"), "20"],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    monkeypatch.setattr(locked_store, "proc", proc, raising=False)
    return "in use by another program"


SITUATIONS = [data_path_is_a_file, data_path_under_a_file, newer_store, store_with_bad_rows, damaged_store,
              damaged_working_copy, damaged_settings, locked_store]


@pytest.mark.parametrize("with_plan", [False, True], ids=["start page", "plan"])
@pytest.mark.parametrize("situation", SITUATIONS, ids=[s.__name__ for s in SITUATIONS])
def test_the_window_starts_says_it_once_and_keeps_working(qtbot, qapp, answers, template_file, _data_dir,
                                                          tmp_path, monkeypatch, capfd, situation, with_plan):
    words = situation(_data_dir, tmp_path, monkeypatch)
    try:
        win = start(qtbot, qapp, template_file if with_plan else None)
    finally:
        proc = getattr(situation, "proc", None)
    assert win.isVisible()
    if with_plan:
        assert win.stack.currentWidget() is win.timeline and win.doc.plan == open_plan(template_file)
    else:
        assert win.doc is None and win.stack.currentWidget() is win.start_page
        assert win.start_page.templates.count() >= 2            # the built-in templates, at least
        assert win.open_path(str(template_file))
    assert len(answers.errors) == 1, answers.errors           # said once
    assert words in answers.errors[0], answers.errors
    edit_by_key(win, qapp)                                     # and it keeps working
    if situation in (data_path_is_a_file, data_path_under_a_file):
        assert autosave_note(win).startswith("Autosave failed: ")  # the working copy cannot be written
    else:
        assert autosave_note(win) == ""
        assert autosave.read_working_copy(win.doc.autosaver.working.path).plan == win.doc.plan
    win._fill_new_menu()
    win._fill_recent_menu()
    assert len(answers.errors) == 1
    if proc is not None:
        proc.kill()
        proc.communicate()
    assert "Traceback" not in capfd.readouterr().err


def test_everything_wrong_at_once_is_one_message(qtbot, qapp, answers, _data_dir, tmp_path, monkeypatch):
    words = [make(_data_dir, tmp_path, monkeypatch) for make in (damaged_store, damaged_working_copy,
                                                                 damaged_settings)]
    win = start(qtbot, qapp)
    assert len(answers.errors) == 1
    assert all(w in answers.errors[0] for w in words)
    assert len(answers.errors[0].split("\n\n")) == 3
    kept = list(_data_dir.glob("settings.damaged-*.ini"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"\x00\xff\xfe[language]")
    assert win.start_page.templates.count() == 2


def test_a_language_switch_does_not_say_it_again(qtbot, qapp, answers, _data_dir, tmp_path, monkeypatch):
    store_with_bad_rows(_data_dir, tmp_path, monkeypatch)
    win = start(qtbot, qapp)
    assert len(answers.errors) == 1
    win.sig_language.emit("en")
    new = qapp._main_window
    qtbot.addWidget(new)
    assert new is not win and new.store is win._store
    new.show_start_page()
    assert len(answers.errors) == 1


# ---------------------------------------------------------------------------- damaged working copies

def garbage(path):
    path.write_bytes(os.urandom(3000))


def fifo(path):
    os.mkfifo(path)


def a_folder(path):
    path.mkdir()
    (path / "inside").write_text("kept")


def another_database(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()


def _ours(path, state: str):
    conn = sqlite3.connect(path)
    for sql in autosave.SCHEMA.values():
        conn.execute(sql)
    conn.execute("INSERT INTO state VALUES (1, ?)", (state,))
    conn.commit()
    conn.close()


def bad_json(path):
    _ours(path, "{not json")


def bad_plan(path):
    _ours(path, json.dumps({"plan": {"format": "mpplan"}, "order": {}, "saved_as": None}))


def empty_file(path):
    path.write_bytes(b"")


def log_is_a_fifo(path):
    w = autosave.WorkingCopy(path.parent, path.stem)
    w.write(builtin_template("blank"), None)
    w.close()
    os.mkfifo(f"{path}-wal")     # reading it would block forever


DAMAGE = [garbage, fifo, a_folder, another_database, bad_json, bad_plan, empty_file, log_is_a_fifo]


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.__name__ for d in DAMAGE])
def test_a_damaged_working_copy_is_set_aside_once_and_kept(qtbot, qapp, answers, _data_dir, damage):
    import faulthandler
    faulthandler.dump_traceback_later(60, exit=True)   # a read that blocks must fail the run, not hang it
    try:
        autosave.make_folder(folder())
        path = folder() / "x.mpwork"
        damage(path)
        before = path.read_bytes() if path.is_file() else None
        win = start(qtbot, qapp)
        assert len(answers.errors) == 1
        assert "A copy of unsaved changes could not be read and was set aside in" in answers.errors[0]
        assert str(folder() / "damaged") in answers.errors[0]
        assert win.doc is None and win.stack.currentWidget() is win.start_page
        assert not os.path.lexists(path) and not os.path.lexists(f"{path}-wal")
        kept = [p for p in (folder() / "damaged").iterdir() if p.name.endswith(".mpwork")]
        assert len(kept) == 1 and kept[0].name.startswith("x-")
        if before is not None:
            assert kept[0].read_bytes() == before
        if damage is a_folder:
            assert (kept[0] / "inside").read_text() == "kept"
        if damage is log_is_a_fifo:
            assert Path(f"{kept[0]}-wal").is_fifo()
        assert oct((folder() / "damaged").stat().st_mode & 0o777) == "0o700"
        win.close()
        start(qtbot, qapp)                            # the next start: nothing to say
        assert len(answers.errors) == 1
        assert answers.recover_asked == []
    finally:
        faulthandler.cancel_dump_traceback_later()


def test_a_readable_copy_is_still_offered_beside_a_damaged_one(qtbot, qapp, answers, _data_dir):
    from campaign_planner.qt import dialogs
    a_working_copy_left_by_a_crash(_data_dir)
    garbage(folder() / "y.mpwork")
    answers.recover_answers = [dialogs.RESTORE]
    win = start(qtbot, qapp)
    assert len(answers.recover_asked) == 1 and len(answers.errors) == 1
    assert win.doc.plan == builtin_template("weibo-alipay-2019") and win.isWindowModified()


# ---------------------------------------------------------------------------- autosave failures are shown

def test_a_failed_autosave_is_shown_until_a_write_succeeds(window, qapp, answers):
    auto = folder()
    away = auto.with_name("autosave.away")
    os.replace(auto, away)
    auto.write_text("a file where the autosave folder was")     # writes there fail, for root too
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p2"))
    QTest.keyClick(window.timeline, Qt.Key_Right)
    note = autosave_note(window)
    assert note.startswith("Autosave failed: ") and note.endswith("Save the plan to keep your changes.")
    assert "not a folder" in note and window.doc.autosaver.error
    assert window.statusBar().currentMessage() == note          # the first failure, also as a message
    QTest.keyClick(window.timeline, Qt.Key_Right)
    assert autosave_note(window) == note                         # still failing, still shown
    auto.unlink()
    os.replace(away, auto)
    QTest.keyClick(window.timeline, Qt.Key_Right)
    assert autosave_note(window) == "" and window.doc.autosaver.error is None
    assert autosave.read_working_copy(window.doc.autosaver.working.path).plan == window.doc.plan
    assert answers.errors == []


def test_saving_clears_an_autosave_failure(window, qapp, answers):
    auto = folder()
    shutil.rmtree(auto)
    auto.write_text("a file")
    QTest.mouseClick(window.timeline.viewport(), Qt.LeftButton, Qt.NoModifier, center(window, "p2"))
    QTest.keyClick(window.timeline, Qt.Key_Right)
    assert autosave_note(window)
    assert window.save()                         # the plan is safe in its file: nothing to warn about
    assert autosave_note(window) == ""


FULL_DISK_APP = r"""
import json, os, resource, signal, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from campaign_planner.qt.app import create_app, make_window
app = create_app()
win = make_window(app, sys.argv[1])
win.resize(1400, 900); app.processEvents()
tl = win.timeline
tl.set_zoom(10.0); tl.horizontalScrollBar().setValue(0); app.processEvents()
p2 = next(p for p in win.doc.placements() if p.id == "p2")
QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, tl.bar_rect(p2).center().toPoint())
QTest.keyClick(tl, Qt.Key_Right); app.processEvents()        # the working copy and its log exist
wal = str(win.doc.autosaver.working.path) + "-wal"
def note():
    label = getattr(win, "autosave_label", None)
    return label.text() if label is not None and label.isVisible() else ""
out = {"before": note()}
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)                 # a write past the limit fails with EFBIG
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
resource.setrlimit(resource.RLIMIT_FSIZE, (os.path.getsize(wal), hard))   # the disk is "full" now
QTest.keyClick(tl, Qt.Key_Right); app.processEvents()
out["full"] = note()
out["error"] = win.doc.autosaver.error
resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
QTest.keyClick(tl, Qt.Key_Right); app.processEvents()
out["after"] = note()
from campaign_planner.store.autosave import read_working_copy
out["mirrored"] = read_working_copy(win.doc.autosaver.working.path).plan == win.doc.plan
print(json.dumps(out), flush=True)
win.doc.undo_stack.setClean()
"""


def test_a_full_disk_during_autosave_is_shown_and_recovers(template_file, tmp_path):
    r = subprocess.run([sys.executable, "-c", FULL_DISK_APP, str(template_file)], capture_output=True, text=True,
                       timeout=120, env=dict(os.environ))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    out = json.loads(r.stdout.splitlines()[-1])
    assert out["before"] == "" and out["after"] == "" and out["mirrored"]
    assert out["full"].startswith("Autosave failed: ") and out["error"], out


READ_ONLY_APP = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from campaign_planner.qt import dialogs
errors = []
dialogs.show_error = lambda parent, title, message: errors.append(dialogs.error_text(message))
from campaign_planner.qt.app import create_app, make_window
app = create_app()
win = make_window(app, sys.argv[1])
win.resize(1400, 900); app.processEvents()
tl = win.timeline
tl.set_zoom(10.0); tl.horizontalScrollBar().setValue(0); app.processEvents()
p2 = next(p for p in win.doc.placements() if p.id == "p2")
QTest.mouseClick(tl.viewport(), Qt.LeftButton, Qt.NoModifier, tl.bar_rect(p2).center().toPoint())
QTest.keyClick(tl, Qt.Key_Right); app.processEvents()
label = getattr(win, "autosave_label", None)
print(json.dumps({"errors": errors, "read_only": win.store.read_only, "modified": win.doc.modified,
                  "note": label.text() if label is not None and label.isVisible() else ""}), flush=True)
win.doc.undo_stack.setClean()
"""


def test_a_read_only_data_folder(template_file, _data_dir):
    """The data folder (with its store, settings and autosave folder) on a read-only mount."""
    if not shutil.which("unshare") or subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode:
        pytest.skip("no mount namespaces here (unshare -m)")
    make_store(_data_dir)
    (_data_dir / "settings.ini").write_text("[General]\nlanguage=en\n")
    autosave.make_folder(folder())
    before = sorted((str(p), p.read_bytes() if p.is_file() else None) for p in _data_dir.rglob("*"))
    script = 'mount --bind -o ro "$1" "$1" && shift && exec "$@"'
    r = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(_data_dir), sys.executable, "-c",
                        READ_ONLY_APP, str(template_file)], capture_output=True, text=True, timeout=120,
                       env=dict(os.environ))
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    out = json.loads(r.stdout.splitlines()[-1])
    assert out["read_only"] and out["modified"] and len(out["errors"]) == 1, out
    assert "saved templates and recent plans are unavailable" in out["errors"][0]
    assert out["note"].startswith("Autosave failed: ") and "read-only" in out["note"], out
    assert sorted((str(p), p.read_bytes() if p.is_file() else None) for p in _data_dir.rglob("*")) == before


# ---------------------------------------------------------------------------- settings

@pytest.mark.parametrize("kind", ["binary", "folder", "malformed"])
def test_a_damaged_settings_file_is_set_aside(qtbot, qapp, answers, _data_dir, kind):
    path = _data_dir / "settings.ini"
    if kind == "binary":
        path.write_bytes(os.urandom(4000) + b"\x00")
    elif kind == "folder":
        path.mkdir()
    else:
        path.write_text("language=zh_CN\ngeometry=@ByteArray(\n[")
    win = start(qtbot, qapp)
    assert len(answers.errors) == 1 and "settings file" in answers.errors[0]
    kept = list(_data_dir.glob("settings.damaged-*.ini"))
    assert len(kept) == 1
    assert win.windowTitle() == "Campaign Planner"            # the defaults: English
    win.sig_language.emit("en")                               # settings can be written again
    qtbot.addWidget(qapp._main_window)
    qapp._main_window.settings.sync()
    assert path.is_file() and "language=en" in path.read_text()


def test_a_language_setting_that_is_not_a_language_is_ignored(qtbot, qapp, answers, _data_dir):
    (_data_dir / "settings.ini").write_text("[General]\nlanguage=zh_CN, en\n")   # read back as a list
    win = start(qtbot, qapp)
    assert answers.errors == [] and win.windowTitle() == "Campaign Planner"
