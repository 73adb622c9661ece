"""What a working copy's errors say (store/autosave.py): the English sentence the window has
always shown, kept as a core.messages.Msg whose every part the window translates (each has
its entry in qt/texts.py), never plain English text."""

import json
import os
import sqlite3
from pathlib import Path

import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.messages import Joined, Msg
from campaign_planner.store import autosave


def keys(message) -> list[str]:
    """The keys of a message and of every message inside it."""
    if isinstance(message, Msg):
        return [message.key] + [k for v in message.args.values() for k in keys(v)]
    if isinstance(message, Joined):
        return [k for p in message.parts for k in keys(p)]
    return []


def translatable(e: autosave.WorkingCopyError) -> Msg:
    """The error's message: a Msg, the English text as ``str(e)``, every key in texts.py."""
    from campaign_planner.qt import texts
    m = e.message
    assert isinstance(m, Msg) and str(e) == m
    for k in keys(m):
        assert k in texts._CORE or k in texts.core().counted(-1), k
    return m


def written(tmp_path) -> Path:
    w = autosave.WorkingCopy(tmp_path, "x")
    w.write(builtin_template("blank"), "/plans/blank.mpplan")
    w.close()
    return w.path


@pytest.mark.parametrize("planted", ["", "-wal"])
def test_a_write_that_fails_says_why_in_a_message(tmp_path, planted):
    w = autosave.WorkingCopy(tmp_path / "autosave", "predicted")
    autosave.make_folder(w.folder)
    Path(f"{w.path}{planted}").symlink_to(tmp_path / "victim")
    with pytest.raises(autosave.WorkingCopyError) as e:
        w.write(builtin_template("blank"), None)
    m = translatable(e.value)
    assert m.key == "autosave.cannot_write" and m.args["reason"].key == "autosave.reason.exists"
    assert str(e.value) == (f"cannot write to {w.folder} (a file of that name is already there; the planner "
                            "writes only files it makes)")
    w.discard()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes in a read-only folder")
def test_a_folder_without_write_permission_says_permission_denied(tmp_path):
    folder = tmp_path / "autosave"
    autosave.make_folder(folder)
    folder.chmod(0o500)
    try:
        with pytest.raises(autosave.WorkingCopyError) as e:
            autosave.WorkingCopy(folder).write(builtin_template("blank"), None)
    finally:
        folder.chmod(0o700)
    m = translatable(e.value)
    assert m.key == "autosave.cannot_write" and m.args["reason"].key == "fileio.reason.permission"
    assert str(e.value) == f"cannot write to {folder} (permission denied)"


def test_a_copy_that_cannot_be_read_says_why_in_a_message(tmp_path):
    empty = tmp_path / f"empty{autosave.SUFFIX}"
    empty.write_bytes(b"")
    garbage = tmp_path / f"garbage{autosave.SUFFIX}"
    garbage.write_bytes(b"not sqlite at all" * 50)
    other = tmp_path / f"other{autosave.SUFFIX}"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    fifo = tmp_path / f"fifo{autosave.SUFFIX}"
    os.mkfifo(fifo)
    cases = {
        empty: ("autosave.empty", f"empty{autosave.SUFFIX}: empty"),
        garbage: ("autosave.damaged", f"garbage{autosave.SUFFIX}: damaged (file is not a database)"),
        other: ("autosave.not_ours", f"other{autosave.SUFFIX}: not a working copy of this planner"),
        fifo: ("fileio.read.not_regular", f"fifo{autosave.SUFFIX}: is a named pipe (FIFO), not a working copy"),
    }
    for path, (key, english) in cases.items():
        with pytest.raises(autosave.WorkingCopyError) as e:
            autosave.read_working_copy(path)
        m = translatable(e.value)
        assert (m.key, str(e.value)) == (key, english), path.name


@pytest.mark.parametrize("change,key,english", [
    (lambda s: s.update(saved_as=7), "autosave.bad_saved_as", "the plan's file name is not text"),
    (lambda s: s.update(edits=-1), "autosave.bad_edits", "the count of edits is not a number"),
    (lambda s: s["plan"].update(name=""), "plan.needs_name", "the plan needs a name"),
])
def test_a_damaged_state_says_what_is_wrong_in_a_message(tmp_path, change, key, english):
    path = written(tmp_path)
    conn = sqlite3.connect(path)
    state = json.loads(conn.execute("SELECT json FROM state").fetchone()[0])
    change(state)
    conn.execute("UPDATE state SET json = ?", (json.dumps(state),))
    conn.commit()
    conn.close()
    with pytest.raises(autosave.WorkingCopyError) as e:
        autosave.read_working_copy(path)
    m = translatable(e.value)
    assert m.key == "autosave.damaged" and key in keys(m)
    assert str(e.value) == f"x{autosave.SUFFIX}: damaged ({english})"


def test_the_window_translates_every_part(tmp_path, monkeypatch):
    """tr_message translates the sentence and its reason (here by a stand-in translator that
    writes the sentences it knows in capitals)."""
    from PySide6.QtCore import QCoreApplication

    from campaign_planner.qt import texts
    real = QCoreApplication.translate

    def shout(context, text, *rest):
        return text.upper().replace("{FOLDER}", "{folder}").replace("{REASON}", "{reason}") \
            if context == "core" else real(context, text, *rest)
    w = autosave.WorkingCopy(tmp_path / "autosave", "predicted")
    autosave.make_folder(w.folder)
    w.path.symlink_to(tmp_path / "victim")
    with pytest.raises(autosave.WorkingCopyError) as e:
        w.write(builtin_template("blank"), None)
    monkeypatch.setattr(texts.QCoreApplication, "translate", staticmethod(shout))
    assert texts.tr_message(e.value) == (f"CANNOT WRITE TO {w.folder} (A FILE OF THAT NAME IS ALREADY THERE; THE "
                                         "PLANNER WRITES ONLY FILES IT MAKES)")
