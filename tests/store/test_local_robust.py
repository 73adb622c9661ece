"""The local store always opens (issue 8, items 7 and 8), with real files, real SQLite and
real locks held by another process:

- a damaged store is moved aside to a fresh name (with its side files), never deleted;
- a busy store (another program holds a lock) is waited for a bounded time, then used
  read-only from memory; it is never renamed or replaced;
- a store from a newer version, or in a folder that cannot be used, is left untouched and
  used read-only from memory with the built-in templates;
- rows that are not what the planner writes are skipped, counted, never fatal.

Tests run as root, where ``chmod`` does not stop writes; the unusable folders here are
real for root too: a data path that is a regular file, a path under a regular file, and
(where ``unshare`` may make a mount namespace) a read-only bind mount of the data folder.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from campaign_planner.core.catalog import (
    BUILTIN_TEMPLATES,
    builtin_template,
    template_text,
)
from campaign_planner.store import autosave
from campaign_planner.store.local import BUSY_NOTICE, LocalStore, StoreError
from campaign_planner.store.planfile import open_plan

LOCKER = r"""
import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "exclusive":
    c.execute("PRAGMA locking_mode=EXCLUSIVE")   # no reader gets in, even in WAL mode
c.execute("BEGIN EXCLUSIVE")
c.execute("INSERT OR REPLACE INTO recent (path, opened_at) VALUES ('/held/by/another/program', 'z')")
print("locked", flush=True)
time.sleep(float(sys.argv[3]))
c.execute("ROLLBACK")
"""


class Locker:
    """Another program holding a lock on the store, in its own process."""

    def __init__(self, path, mode="exclusive", seconds=10.0):
        self.proc = subprocess.Popen([sys.executable, "-c", LOCKER, str(path), mode, str(seconds)],
                                     stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "locked"

    def release(self):
        self.proc.kill()
        self.proc.wait()
        self.proc.stdout.close()


@pytest.fixture
def locker():
    held = []

    def hold(*args, **kwargs):
        held.append(Locker(*args, **kwargs))
        return held[-1]
    yield hold
    for h in held:
        h.release()


def snapshot(folder: Path) -> dict:
    """Every file under ``folder``: name -> (inode, bytes)."""
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            out[str(p.relative_to(folder))] = (p.stat().st_ino, p.read_bytes())
    return out


def a_store_with_a_user_template(folder: Path):
    store = LocalStore(folder)
    store.save_template("mine", builtin_template("blank"))
    store.add_recent(folder / "plan.mpplan")
    store.close()


def assert_read_only_with_builtins(store: LocalStore, words: str):
    assert store.read_only
    assert words in store.notice and "\n" not in store.notice
    assert [t["id"] for t in store.templates()] == list(BUILTIN_TEMPLATES)
    assert store.template("weibo-alipay-2019") == builtin_template("weibo-alipay-2019")
    for change in (lambda: store.add_recent("/tmp/x.mpplan"), lambda: store.remove_recent("/tmp/x.mpplan"),
                   lambda: store.save_template("other", builtin_template("blank")),
                   lambda: store.delete_template("other")):
        with pytest.raises(StoreError):
            change()
    with pytest.raises(StoreError, match="no template 'mine'"):
        store.template("mine")


# ---------------------------------------------------------------------------- damaged


def test_a_damaged_store_and_its_side_files_are_set_aside_and_a_new_one_made(_data_dir):
    garbage = os.urandom(9000)
    (_data_dir / "store.sqlite").write_bytes(garbage)
    (_data_dir / "store.sqlite-wal").write_bytes(b"wal of the damaged store")
    store = LocalStore()
    assert not store.read_only
    aside = store.set_aside
    assert aside.name.startswith("store.damaged-") and aside.suffix == ".sqlite"
    assert aside.read_bytes() == garbage                       # kept, byte for byte
    assert Path(f"{aside}-wal").read_bytes() == b"wal of the damaged store"
    assert "could not be read" in store.notice and aside.name in store.notice
    assert store.template("blank").name == "Blank plan"
    store.save_template("mine", builtin_template("blank"))     # the new store works
    assert LocalStore().template("mine") == builtin_template("blank")


def test_damaged_twice_in_one_second_keeps_both(_data_dir):
    first, second = os.urandom(5000), os.urandom(5000)
    (_data_dir / "store.sqlite").write_bytes(first)
    LocalStore().close()
    (_data_dir / "store.sqlite").write_bytes(second)
    LocalStore().close()
    kept = {p.read_bytes() for p in _data_dir.glob("store.damaged-*.sqlite")}
    assert kept == {first, second}


@pytest.mark.parametrize("kind", ["folder", "fifo", "dangling link"])
def test_something_else_in_place_of_the_store_is_set_aside_without_blocking(_data_dir, kind):
    path = _data_dir / "store.sqlite"
    if kind == "folder":
        path.mkdir()
        (path / "inside").write_text("kept")
    elif kind == "fifo":
        os.mkfifo(path)                 # opening it for reading would block forever
    else:
        path.symlink_to(_data_dir / "nowhere" / "store.sqlite")
    started = time.monotonic()
    store = LocalStore()
    assert time.monotonic() - started < 5
    assert not store.read_only and store.set_aside is not None
    assert os.path.lexists(store.set_aside)
    if kind == "folder":
        assert (store.set_aside / "inside").read_text() == "kept"
    assert store.template("blank").name == "Blank plan"


def test_a_pipe_in_place_of_the_stores_log_is_set_aside_with_it(_data_dir):
    a_store_with_a_user_template(_data_dir)
    good = (_data_dir / "store.sqlite").read_bytes()
    os.mkfifo(_data_dir / "store.sqlite-wal")
    store = LocalStore()
    assert store.set_aside.read_bytes() == good and Path(f"{store.set_aside}-wal").is_fifo()
    assert "named pipe" in store.notice and not store.read_only


@pytest.mark.parametrize("templates", [
    "CREATE TABLE templates (id TEXT PRIMARY KEY, name TEXT)",                               # no json column
    "CREATE TABLE templates (id TEXT PRIMARY KEY, name TEXT, builtin INTEGER, json TEXT, updated TEXT) "
    "WITHOUT ROWID",
    "CREATE TABLE templates (id TEXT PRIMARY KEY, name TEXT, builtin INTEGER, json TEXT, updated TEXT, "
    "extra TEXT GENERATED ALWAYS AS (upper(name)))",
], ids=["missing column", "without rowid", "generated column"])
def test_a_store_not_laid_out_as_ours_is_set_aside(_data_dir, templates):
    conn = sqlite3.connect(_data_dir / "store.sqlite")
    conn.execute(templates)
    conn.execute("INSERT INTO templates (id, name) VALUES ('mine', 'Mine')")
    conn.commit()
    conn.close()
    store = LocalStore()
    assert store.set_aside is not None and not store.read_only
    assert "not laid out" in store.notice
    assert sqlite3.connect(store.set_aside).execute("SELECT name FROM templates").fetchall() == [("Mine",)]
    assert [t["id"] for t in store.templates()] == list(BUILTIN_TEMPLATES)


def test_a_store_with_a_trigger_is_set_aside_before_anything_runs(_data_dir, tmp_path):
    LocalStore().close()
    conn = sqlite3.connect(_data_dir / "store.sqlite")
    conn.execute("CREATE TABLE marker (x)")
    conn.execute("CREATE TRIGGER t AFTER INSERT ON recent BEGIN INSERT INTO marker VALUES (1); END")
    conn.commit()
    conn.close()
    store = LocalStore()
    assert store.set_aside is not None
    store.add_recent(tmp_path / "p.mpplan")
    assert sqlite3.connect(store.set_aside).execute("SELECT count(*) FROM marker").fetchone() == (0,)


# ---------------------------------------------------------------------------- newer, unusable folder


def test_a_store_from_a_newer_version_is_left_alone(_data_dir):
    a_store_with_a_user_template(_data_dir)
    conn = sqlite3.connect(_data_dir / "store.sqlite")
    conn.execute("PRAGMA user_version=99")
    conn.close()
    before = snapshot(_data_dir)
    store = LocalStore()
    assert_read_only_with_builtins(store, "newer version")
    assert "format 99" in store.notice
    assert store.recent() == []
    store.close()
    assert snapshot(_data_dir) == before
    assert not list(_data_dir.glob("store.damaged-*"))


@pytest.mark.parametrize("where", ["a file", "under a file"])
def test_a_data_folder_that_cannot_be_made_gives_a_read_only_store(tmp_path, monkeypatch, where):
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"a file where the data folder should be")
    folder = blocker if where == "a file" else blocker / "campaign-planner"
    monkeypatch.setenv("CAMPAIGN_PLANNER_DATA_DIR", str(folder))
    store = LocalStore()
    assert_read_only_with_builtins(store, "cannot be used")
    assert "not a folder" in store.notice
    assert blocker.read_bytes() == b"a file where the data folder should be"


READ_ONLY_CHILD = r"""
import json, sys
from campaign_planner.store.local import LocalStore, StoreError
store = LocalStore()
out = {"read_only": store.read_only, "notice": store.notice,
       "templates": [t["id"] for t in store.templates()], "recent": store.recent()}
try:
    store.add_recent("/tmp/other.mpplan")
    out["write"] = "ok"
except StoreError as e:
    out["write"] = str(e)
print(json.dumps(out))
"""


def run_on_a_read_only_mount(folder: Path, code: str, *args, timeout=60):
    """Run ``code`` with ``folder`` bind-mounted read-only in a private mount namespace: a
    read-only folder that holds for root too (chmod does not). Skips where not allowed."""
    if not shutil.which("unshare") or subprocess.run(["unshare", "-m", "true"], capture_output=True).returncode:
        pytest.skip("no mount namespaces here (unshare -m)")
    script = 'mount --bind -o ro "$1" "$1" && shift && exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(folder), sys.executable, "-c", code,
                           *map(str, args)], capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, CAMPAIGN_PLANNER_DATA_DIR=str(folder)))


def test_a_store_on_a_read_only_disk_is_used_read_only(_data_dir):
    a_store_with_a_user_template(_data_dir)
    before = snapshot(_data_dir)
    r = run_on_a_read_only_mount(_data_dir, READ_ONLY_CHILD)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    out = json.loads(r.stdout)
    assert out["read_only"] and out["write"] == out["notice"]
    assert "read-only" in out["notice"] or "cannot be opened" in out["notice"], out["notice"]
    assert out["templates"][:2] == list(BUILTIN_TEMPLATES)
    assert snapshot(_data_dir) == before


def test_a_new_store_cannot_be_made_on_a_read_only_disk(_data_dir):
    r = run_on_a_read_only_mount(_data_dir, READ_ONLY_CHILD)
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    out = json.loads(r.stdout)
    assert out["read_only"] and "read-only" in out["notice"]
    assert out["templates"] == list(BUILTIN_TEMPLATES)
    assert list(_data_dir.iterdir()) == []


# ---------------------------------------------------------------------------- busy


def test_a_locked_store_is_waited_for_then_read_only_and_never_renamed(_data_dir, locker):
    a_store_with_a_user_template(_data_dir)
    inode = (_data_dir / "store.sqlite").stat().st_ino
    held = locker(_data_dir / "store.sqlite", "exclusive", 10)
    started = time.monotonic()
    store = LocalStore()                                  # the default bound: about 5 s
    waited = time.monotonic() - started
    assert 4 <= waited < 9, waited
    assert store.notice == BUSY_NOTICE
    assert_read_only_with_builtins(store, "in use by another program")
    assert (_data_dir / "store.sqlite").stat().st_ino == inode
    assert not list(_data_dir.glob("store.damaged-*")) and not list(_data_dir.glob("store.corrupt-*"))
    held.release()
    again = LocalStore(busy_timeout=1)                    # the other program is gone: all is there
    assert not again.read_only and again.notice is None
    assert again.template("mine") == builtin_template("blank")
    assert again.recent() == [str((_data_dir / "plan.mpplan").resolve())]


def test_a_store_locked_in_rollback_mode(_data_dir, locker):
    conn = sqlite3.connect(_data_dir / "store.sqlite")   # made by an older tool: no WAL
    conn.execute("CREATE TABLE templates (id TEXT PRIMARY KEY, name TEXT, builtin INTEGER, json TEXT, "
                 "updated TEXT)")
    conn.execute("CREATE TABLE recent (path TEXT PRIMARY KEY, opened_at TEXT)")
    conn.commit()
    conn.close()
    before = snapshot(_data_dir)
    held = locker(_data_dir / "store.sqlite", "normal", 10)
    store = LocalStore(busy_timeout=0.5)
    assert store.read_only and store.notice == BUSY_NOTICE
    held.release()
    assert {k: v for k, v in snapshot(_data_dir).items() if k == "store.sqlite"} == \
        {k: v for k, v in before.items() if k == "store.sqlite"}


def test_a_write_to_a_store_locked_after_opening_is_a_store_error(_data_dir, locker, tmp_path):
    store = LocalStore(busy_timeout=0.5)
    assert not store.read_only
    locker(_data_dir / "store.sqlite", "normal", 10)     # WAL: reads still work, writes wait
    assert [t["id"] for t in store.templates()] == list(BUILTIN_TEMPLATES)
    with pytest.raises(StoreError, match="in use by another program"):
        store.add_recent(tmp_path / "p.mpplan")
    assert store.read_only                                # no second wait for the next change
    started = time.monotonic()
    with pytest.raises(StoreError, match="in use by another program"):
        store.save_template("mine", builtin_template("blank"))
    assert time.monotonic() - started < 0.2


def run_new(out: Path, template: str, data_dir: Path, timeout=60):
    return subprocess.run([sys.executable, "-m", "campaign_planner", "new", str(out), "--template", template],
                          capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, CAMPAIGN_PLANNER_DATA_DIR=str(data_dir)))


def test_new_works_while_another_program_holds_the_store_for_10_s(_data_dir, locker, tmp_path):
    a_store_with_a_user_template(_data_dir)
    inode = (_data_dir / "store.sqlite").stat().st_ino
    locker(_data_dir / "store.sqlite", "exclusive", 25)   # for both runs of new below
    started = time.monotonic()
    r = run_new(tmp_path / "plan.mpplan", "weibo-alipay-2019", _data_dir)
    assert r.returncode == 0, r.stderr
    assert time.monotonic() - started < 10
    assert open_plan(tmp_path / "plan.mpplan") == builtin_template("weibo-alipay-2019")
    r = run_new(tmp_path / "mine.mpplan", "mine", _data_dir)   # a saved template is out of reach: said so
    assert r.returncode == 2 and len(r.stderr.splitlines()) == 1, r.stderr
    assert "in use by another program" in r.stderr and "Traceback" not in r.stderr
    assert (_data_dir / "store.sqlite").stat().st_ino == inode
    assert [p.name for p in _data_dir.iterdir() if p.name.startswith("store.")
            and not p.name.startswith("store.sqlite")] == []


@pytest.mark.parametrize("situation", ["data path is a file", "newer store", "damaged store"])
def test_new_from_a_built_in_template_works_whatever_the_store(_data_dir, tmp_path, situation):
    folder = _data_dir
    if situation == "data path is a file":
        folder = tmp_path / "file"
        folder.write_text("not a folder")
    elif situation == "newer store":
        a_store_with_a_user_template(_data_dir)
        conn = sqlite3.connect(_data_dir / "store.sqlite")
        conn.execute("PRAGMA user_version=99")
        conn.close()
    else:
        (_data_dir / "store.sqlite").write_bytes(b"\x00garbage" * 500)
    r = run_new(tmp_path / "plan.mpplan", "weibo-alipay-2019", folder)
    assert r.returncode == 0, r.stderr
    assert open_plan(tmp_path / "plan.mpplan") == builtin_template("weibo-alipay-2019")


# ---------------------------------------------------------------------------- bad rows


def test_rows_that_are_not_ours_are_skipped_and_counted(_data_dir, tmp_path):
    store = LocalStore()
    store.save_template("good", builtin_template("blank"))
    store.add_recent(tmp_path / "good.mpplan")
    store.close()
    conn = sqlite3.connect(_data_dir / "store.sqlite")
    valid = template_text("blank")
    rows = [("no-name", None, 0, valid), (b"\xffblob-id", "Blob id", 0, valid),
            ("garbage", "Garbage", 0, "{not json"), ("not-a-plan", "Not a plan", 0, '{"format": "mpplan"}'),
            ("number-json", "Number", 0, 12), ("blob-json", "Blob", 0, b"\x00\x01"),
            ("bad id with spaces", "Bad id", 0, valid), (None, "Null id", 0, valid)]
    conn.executemany("INSERT INTO templates (id, name, builtin, json, updated) VALUES (?, ?, ?, ?, 'x')", rows)
    conn.executemany("INSERT INTO recent (path, opened_at) VALUES (?, ?)",
                     [(b"\xff\xfe", "9"), (None, "9"), ("", "9")])
    conn.execute("UPDATE templates SET json = 'damaged' WHERE id = 'blank'")   # a built-in: repaired
    conn.commit()
    conn.close()
    store = LocalStore()
    assert not store.read_only and store.set_aside is None
    assert [t["id"] for t in store.templates()] == [*BUILTIN_TEMPLATES, "good"]
    assert store.ignored == 11 and "11 damaged entries" in store.notice
    assert store.recent() == [str((tmp_path / "good.mpplan").resolve())]
    assert store.template("blank") == builtin_template("blank")
    for tid in ("garbage", "not-a-plan", "number-json", "blob-json", "no-name"):
        with pytest.raises(StoreError, match="damaged|invalid"):
            store.template(tid)
    store.save_template("garbage", builtin_template("blank"))    # saving over a bad one mends it
    assert store.template("garbage") == builtin_template("blank")
    assert "garbage" in [t["id"] for t in store.templates()]


# ---------------------------------------------------------------------------- working copies (store/autosave.py)

CRASHING_WRITER = r"""
import os, sys
from pathlib import Path
from campaign_planner.core.catalog import builtin_template
from campaign_planner.store.autosave import WorkingCopy
w = WorkingCopy(Path(sys.argv[1]), sys.argv[2])
w.write(builtin_template("weibo-alipay-2019"), "/plans/rollout.mpplan")
print(w.path, flush=True)
os.kill(os.getpid(), 9)            # a real crash: the write-ahead log stays beside the copy
"""


def crashed_copy(folder: Path, name="x") -> Path:
    r = subprocess.run([sys.executable, "-c", CRASHING_WRITER, str(folder), name], capture_output=True,
                       text=True, timeout=60)
    path = Path(r.stdout.strip())
    assert path.is_file() and Path(f"{path}-wal").stat().st_size > 0, r.stderr
    return path


def test_a_working_copy_is_created_exclusively_in_a_private_folder(tmp_path):
    folder = tmp_path / "data" / "autosave"
    w = autosave.WorkingCopy(folder)
    assert not folder.exists()                     # nothing on disk before the first write
    w.write(builtin_template("blank"), None)
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    assert oct(w.path.stat().st_mode & 0o777) == "0o600"
    w.discard()
    assert not w.path.exists()


@pytest.mark.parametrize("planted", ["", "-wal"])
def test_a_working_copy_is_never_written_through_a_planted_link(tmp_path, planted):
    folder = tmp_path / "autosave"
    autosave.make_folder(folder)
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"someone else's file")
    w = autosave.WorkingCopy(folder, "predicted")
    Path(f"{w.path}{planted}").symlink_to(victim)
    with pytest.raises(autosave.WorkingCopyError, match="cannot write to"):
        w.write(builtin_template("blank"), None)
    assert victim.read_bytes() == b"someone else's file"
    w.discard()                                    # and never removes what it did not make
    assert os.path.islink(f"{w.path}{planted}")


def test_reading_a_copy_never_changes_it(tmp_path):
    path = crashed_copy(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    rec = autosave.read_working_copy(path)
    assert rec.plan == builtin_template("weibo-alipay-2019") and rec.saved_as == "/plans/rollout.mpplan"
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


@pytest.mark.parametrize("where", ["copy", "log"])
def test_reading_a_fifo_never_blocks(tmp_path, where):
    path = tmp_path / "x.mpwork"
    if where == "copy":
        os.mkfifo(path)
    else:
        w = autosave.WorkingCopy(tmp_path, "x")
        w.write(builtin_template("blank"), None)
        w.close()
        os.mkfifo(f"{path}-wal")
    started = time.monotonic()
    with pytest.raises(autosave.WorkingCopyError, match="named pipe"):
        autosave.read_working_copy(path)
    assert time.monotonic() - started < 2


def test_declining_moves_to_a_fresh_name_and_folds_the_log(tmp_path):
    kept = [autosave.decline(crashed_copy(tmp_path, "same")) for _ in range(2)]
    assert kept[0] != kept[1]                      # the same name twice in one second: both kept
    assert sorted(p.name for p in (tmp_path / "declined").iterdir()) == sorted(p.name for p in kept)
    for p in kept:
        assert autosave.read_working_copy(p).plan == builtin_template("weibo-alipay-2019")
    assert autosave.working_copies(tmp_path) == []
    assert oct((tmp_path / "declined").stat().st_mode & 0o777) == "0o700"


def test_quarantine_moves_everything_and_opens_nothing(tmp_path):
    path = crashed_copy(tmp_path)
    (tmp_path / "x.mpwork-shm").write_bytes(b"index")
    before = {p.name.replace("x", "", 1): p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    dest = autosave.quarantine(path)
    assert dest.parent == tmp_path / "damaged" and dest.name.startswith("x-")
    after = {p.name.replace(dest.stem, "", 1): p.read_bytes() for p in dest.parent.iterdir()}
    assert after == before                         # byte for byte, side files too
    assert not any(p.is_file() for p in tmp_path.iterdir())
