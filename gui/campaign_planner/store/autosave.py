"""Working copies: the open plan mirrored after every edit, so a crash loses nothing.

A working copy is a small SQLite database in the application-data folder (WAL mode,
``synchronous=FULL``: a commit that returned is on disk). It is never the user's file.
It holds one row of state (the plan without its placements, the file it was saved as,
when it was last edited, how many edits it has seen), one row per placement and one row
per scenario with its placements' order. A write costs what the edit changed: told which
placements an edit touched (``Changes.placements``), it looks only at those (plans are
immutable, so an unchanged placement is the very same object), writes their rows, and
rewrites a scenario's order only when placements were added, removed or moved in it; so
a nudge of one placement on a 20,000-placement plan writes two rows (that placement's
and the state), not a plan. Not told, it compares every placement. The GUI guards each working copy with a lock file
(qt/autosave.py); a working copy whose lock is stale after a start is a crash to recover
from. Copies written before the order had its own table (the order in the state row)
are still read.

The file is created exclusively (``O_CREAT|O_EXCL|O_NOFOLLOW``) in a folder of mode 0700,
so it is never written through a link someone planted. Nothing touches the disk before
the first write, and every failure to write is a ``WorkingCopyError`` (the window shows it).

Reading one back treats it as untrusted like any plan file: its bytes (and its
write-ahead log's) are read without ever blocking (a FIFO or a folder in its place is
refused) into a private temporary folder, the copy is opened there with trusted_schema
off, its schema must be exactly ours, and the plan is validated. A copy that cannot be
read is moved to ``damaged/`` (``quarantine``), one the user declined to ``declined/``:
both are moves to fresh names, never deletions.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import errno
import json
import os
import shutil
import sqlite3
import stat
import tempfile
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .. import fileio
from ..core.jsonio import placement_to_json, plan_from_json, plan_to_json
from ..core.messages import Msg
from ..core.plan import Placement, Plan
from ..text import one_line

SUFFIX = ".mpwork"
SCHEMA = {
    "state": "CREATE TABLE state (\n  id INTEGER PRIMARY KEY CHECK (id = 1),\n  json TEXT NOT NULL\n)",
    "placements": (
        "CREATE TABLE placements (\n  scenario TEXT NOT NULL,\n  id TEXT NOT NULL,\n"
        "  json TEXT NOT NULL,\n  PRIMARY KEY (scenario, id)\n) WITHOUT ROWID"
    ),
    "orders": "CREATE TABLE orders (\n  scenario TEXT PRIMARY KEY,\n  json TEXT NOT NULL\n) WITHOUT ROWID",
}
#: the tables of a copy written before each scenario's order had its own row (read, and
#: continued after a restore: the first write adds the table)
SCHEMA_1 = ("state", "placements")
SIDE_FILES = ("-wal", "-shm", "-journal")
DECLINED_KEEP_DAYS = 14
DAMAGED = "damaged"
DECLINED = "declined"
MAX_BYTES = 512 * 1024 * 1024  # a working copy (or its log) larger than this is not ours
FOLDER_MODE = 0o700


class WorkingCopyError(Exception):
    """A working copy cannot be read or written; ``str(e)`` is one line for a person (in
    English), ``message`` the same as the window translates it (a core.messages.Msg)."""

    def __init__(self, message: str):
        self.message = one_line(message)
        super().__init__(self.message)


@dataclass(frozen=True)
class Recovered:
    path: Path  # the working copy
    plan: Plan
    saved_as: str | None  # the plan file it belongs to, if it was ever saved
    edited_at: str  # ISO time of the last edit
    edits: int


def autosave_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "autosave"


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) for the planner's own files, mode 0700."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    except FileExistsError:
        pass  # a file (or a file above it) in the way: said below in words
    if not folder.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "Not a directory", str(folder))


_SQLITE_REASONS = {
    3: "fileio.reason.permission",
    8: "local.reason.read_only",
    10: "autosave.reason.io",
    13: "fileio.reason.full",
    14: "local.reason.cannot_open",
    23: "fileio.reason.permission",
}


def _why(e: BaseException) -> str:
    """Why a write failed, in words (a Msg; SQLite's own words when it is none of the usual
    reasons)."""
    if isinstance(e, sqlite3.Error):
        code = getattr(e, "sqlite_errorcode", None)
        key = _SQLITE_REASONS.get(code & 0xFF) if isinstance(code, int) else None
        return Msg(key) if key else one_line(e)
    if isinstance(e, fileio.FileAccessError):
        return e.reason or e.message
    if isinstance(e, OSError) and e.errno == errno.EEXIST:
        return Msg("autosave.reason.exists")
    if isinstance(e, OSError):
        return fileio.reason(e)
    return one_line(e)


def _detail(e: BaseException) -> str:
    """What an exception says, kept a message when it carries one (PlanError, FileAccessError,
    an error made here with a Msg)."""
    said = getattr(e, "message", None)
    if isinstance(said, str):
        return one_line(said)
    if e.args and isinstance(e.args[0], Msg):
        return one_line(e.args[0])
    return one_line(e)


class WorkingCopy:
    """One open plan's working copy. ``write`` returns once the state is on disk."""

    def __init__(self, folder: Path, name: str | None = None):
        self.folder = Path(folder)  # made at the first write: a constructor never fails
        self.path = self.folder / f"{name or uuid.uuid4().hex}{SUFFIX}"
        self.edits = 0
        # what the file holds, by scenario: each placement, the order, where each one is in it
        self._mirrored: dict[str, dict[str, Placement]] = {}
        self._order: dict[str, tuple[str, ...]] = {}
        self._where: dict[str, dict[str, int]] = {}
        self._whole = False  # the file holds every placement of the plan last written
        self._head: tuple[tuple, str] | None = None  # the plan without placements: its parts, its JSON
        self._conn: sqlite3.Connection | None = None
        self._created = False  # the file is ours (made by us, or a restored copy adopted)

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            make_folder(self.folder)
            if not self._created:
                for suffix in SIDE_FILES:  # a fresh name has no side files: someone planted them
                    if os.path.lexists(f"{self.path}{suffix}"):
                        raise FileExistsError(errno.EEXIST, "File exists", f"{self.path}{suffix}")
                fileio.write_new(self.path, b"")  # O_CREAT|O_EXCL|O_NOFOLLOW
                self._created = True
            else:
                st = os.lstat(self.path)
                if not stat.S_ISREG(st.st_mode):
                    why = Msg("autosave.not_regular", name=self.path.name, kind=fileio.kind_of(st.st_mode))
                    raise OSError(errno.EINVAL, why)  # fileio.reason says it (strerror)
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            try:
                conn.execute("PRAGMA trusted_schema=OFF")
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
                have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                for name, sql in SCHEMA.items():
                    if name not in have:
                        conn.execute(sql)
            except BaseException:
                conn.close()
                raise
            self._conn = conn
        return self._conn

    def write(self, plan: Plan, saved_as: str | None, touched: Iterable[str] | None = None) -> None:
        """Mirror ``plan``; when this returns, a crash cannot lose it. ``touched`` names the
        placements changed since the last write that succeeded (``Changes.placements`` of the
        edits, undos and redos in between; "*" for all): only those are looked at. None
        compares every placement. Raises WorkingCopyError."""
        names = tuple(sc.name for sc in plan.scenarios)
        if touched is None or "*" in touched or not self._whole or names != tuple(self._order):
            diff = self._compare_all(plan)
        else:
            diff = self._compare(plan, set(touched))
        upserts, deletes, orders, gone, apply = diff
        rest = json.dumps(
            {
                "saved_as": saved_as,
                "edits": self.edits + 1,
                "edited_at": _dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            },
            ensure_ascii=False,
        )
        state = f'{{"plan": {self._head_json(plan)}, {rest[1:]}'  # the plan without placements, and the rest
        try:
            conn = self._connect()
            conn.execute("BEGIN IMMEDIATE")
            try:
                conn.executemany("DELETE FROM placements WHERE scenario = ? AND id = ?", deletes)
                conn.executemany(
                    "INSERT OR REPLACE INTO placements (scenario, id, json) VALUES (?, ?, ?)",
                    [(name, p.id, json.dumps(placement_to_json(p), ensure_ascii=False)) for name, p in upserts],
                )
                conn.executemany("DELETE FROM orders WHERE scenario = ?", [(name,) for name in gone])
                conn.executemany(
                    "INSERT OR REPLACE INTO orders (scenario, json) VALUES (?, ?)",
                    [(name, json.dumps(order, ensure_ascii=False)) for name, order in orders.items()],
                )
                conn.execute("INSERT OR REPLACE INTO state (id, json) VALUES (1, ?)", (state,))
                conn.execute("COMMIT")
            except BaseException:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                raise
        except (OSError, sqlite3.Error, fileio.FileAccessError) as e:
            raise WorkingCopyError(
                Msg("autosave.cannot_write", folder=fileio.display_name(self.folder), reason=_why(e))
            ) from None
        self.edits += 1
        apply()  # what the file holds now (a failed write changes nothing: the next one redoes it)

    def _head_json(self, plan: Plan) -> str:
        """The plan without its placements, as JSON; made again only when one of its parts
        (slots, phases, assumptions, a scenario's name...) is not the very object it was."""
        parts = tuple(getattr(plan, f.name) for f in dataclasses.fields(plan) if f.name != "scenarios") + tuple(
            getattr(sc, f.name) for sc in plan.scenarios for f in dataclasses.fields(sc) if f.name != "placements"
        )
        cached = self._head
        if cached is None or len(cached[0]) != len(parts) or any(a is not b for a, b in zip(cached[0], parts)):
            head = dataclasses.replace(
                plan, scenarios=tuple(dataclasses.replace(sc, placements=()) for sc in plan.scenarios)
            )
            cached = self._head = (parts, json.dumps(plan_to_json(head), ensure_ascii=False))
        return cached[1]

    def _compare_all(self, plan: Plan):
        """Every placement against what the file holds: O(placements)."""
        upserts: list[tuple[str, Placement]] = []
        deletes: list[tuple[str, str]] = []
        orders: dict[str, tuple[str, ...]] = {}
        mirrored: dict[str, dict[str, Placement]] = {}
        order_of: dict[str, tuple[str, ...]] = {}
        for sc in plan.scenarios:
            before = self._mirrored.get(sc.name, {})
            now = mirrored[sc.name] = {p.id: p for p in sc.placements}
            upserts += [(sc.name, p) for p in sc.placements if before.get(p.id) is not p]
            deletes += [(sc.name, pid) for pid in before.keys() - now.keys()]
            order = order_of[sc.name] = tuple(p.id for p in sc.placements)
            if self._order.get(sc.name) != order:
                orders[sc.name] = order
        gone = [name for name in self._mirrored if name not in mirrored]
        for name in gone:
            deletes += [(name, pid) for pid in self._mirrored[name]]

        def apply():
            self._mirrored, self._order, self._whole = mirrored, order_of, True
            self._where = {name: {pid: i for i, pid in enumerate(order)} for name, order in order_of.items()}

        return upserts, deletes, orders, gone, apply

    def _compare(self, plan: Plan, touched: set[str]):
        """Only the ``touched`` placements: O(touched) while each stays where it was in its
        scenario's order; a scenario where one was added, removed or moved has its order
        rewritten (O(its placements))."""
        upserts: list[tuple[str, Placement]] = []
        deletes: list[tuple[str, str]] = []
        orders: dict[str, tuple[str, ...]] = {}
        changed: list[tuple[str, str, Placement | None]] = []
        for sc in plan.scenarios:
            held, where, pls = self._mirrored[sc.name], self._where[sc.name], sc.placements
            reordered = len(pls) != len(held)
            index: dict[str, int] | None = None
            for pid in touched:
                i = where.get(pid)
                now: Placement | None
                if i is not None and i < len(pls) and pls[i].id == pid:
                    now = pls[i]
                else:  # not where it was: added, removed or moved (or not in this scenario)
                    if index is None:
                        index = {p.id: k for k, p in enumerate(pls)}
                    k = index.get(pid)
                    now = pls[k] if k is not None else None
                    reordered = reordered or now is not None or pid in held
                before = held.get(pid)
                if now is None and before is not None:
                    deletes.append((sc.name, pid))
                    changed.append((sc.name, pid, None))
                elif now is not None and now is not before:
                    upserts.append((sc.name, now))
                    changed.append((sc.name, pid, now))
            if reordered:
                orders[sc.name] = tuple(p.id for p in pls)

        def apply():
            for name, pid, now in changed:
                if now is None:
                    self._mirrored[name].pop(pid, None)
                else:
                    self._mirrored[name][pid] = now
            for name, order in orders.items():
                self._order[name] = order
                self._where[name] = {pid: i for i, pid in enumerate(order)}

        return upserts, deletes, orders, [], apply

    def adopt(self, plan: Plan, edits: int) -> None:
        """Continue a working copy that already holds ``plan`` (a restored one). Its first
        write rewrites the order (a copy from before the order had its own table has none)."""
        self.edits = edits
        self._created = True
        self._mirrored = {sc.name: {p.id: p for p in sc.placements} for sc in plan.scenarios}
        self._order, self._where = {}, {}
        self._whole = True

    def discard(self) -> None:
        """The plan was saved or closed: the working copy is no longer needed (it holds
        nothing the user's file does not). Only a file this object made is removed."""
        self.close()
        if not self._created:
            return
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(str(self.path) + suffix).unlink()
            except OSError:
                pass

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
            self._conn = None


def _check_schema(conn: sqlite3.Connection, name: str) -> bool:
    """Raise unless the tables are exactly ours; True if the orders have their own table."""
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    have = sorted((t, n, q) for t, n, q in rows if not str(n).startswith("sqlite_autoindex"))
    for tables in (tuple(SCHEMA), SCHEMA_1):
        if have == sorted(("table", n, SCHEMA[n]) for n in tables):
            return "orders" in tables
    raise WorkingCopyError(Msg("autosave.not_ours", name=name))


def read_working_copy(path: Path) -> Recovered:
    """Read a working copy left behind (with its write-ahead log). Never blocks, never
    changes it; raises WorkingCopyError (and nothing else) when it cannot be read."""
    path = Path(path)
    name = fileio.display_name(path.name)
    private = tempfile.mkdtemp(prefix="campaign-planner-recover-")  # mode 0700, ours alone
    try:
        try:
            data = fileio.read_regular(path, MAX_BYTES, "working copy")
            wal = None
            if os.path.lexists(f"{path}-wal"):
                wal = fileio.read_regular(f"{path}-wal", MAX_BYTES, "working copy's log")
        except fileio.FileAccessError as e:
            raise WorkingCopyError(e.message) from None
        if not data:
            raise WorkingCopyError(Msg("autosave.empty", name=name))
        copy = Path(private) / "copy.db"
        fileio.write_new(copy, data)
        if wal:
            fileio.write_new(Path(f"{copy}-wal"), wal)
        conn = None
        try:
            conn = sqlite3.connect(str(copy), isolation_level=None)
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("PRAGMA cell_size_check=ON")
            conn.execute("PRAGMA mmap_size=0")
            has_orders = _check_schema(conn, name)
            row = conn.execute("SELECT json FROM state WHERE id = 1").fetchone()
            placements = {
                (sc, pid): text for sc, pid, text in conn.execute("SELECT scenario, id, json FROM placements")
            }
            orders = dict(conn.execute("SELECT scenario, json FROM orders")) if has_orders else {}
        except sqlite3.Error as e:
            raise WorkingCopyError(Msg("autosave.damaged", name=name, error=one_line(e))) from None
        finally:
            if conn is not None:
                conn.close()
    except OSError as e:
        raise WorkingCopyError(Msg("autosave.cannot_read", name=name, reason=fileio.reason(e))) from None
    finally:
        shutil.rmtree(private, ignore_errors=True)
    if row is None:
        raise WorkingCopyError(Msg("autosave.empty", name=name))
    try:
        state = json.loads(row[0])
        data = state["plan"]
        # a copy written before the orders had their own table holds them in its state
        order = state["order"] if "order" in state else {sc: json.loads(text) for sc, text in orders.items()}
        for sc in data["scenarios"]:
            sc["placements"] = [json.loads(placements[(sc["name"], pid)]) for pid in order[sc["name"]]]
        plan = plan_from_json(data)
        saved_as = state.get("saved_as")
        if saved_as is not None and (not isinstance(saved_as, str) or not saved_as or "\x00" in saved_as):
            raise ValueError(Msg("autosave.bad_saved_as"))
        edits = state.get("edits", 0)
        if not isinstance(edits, int) or edits < 0:
            raise ValueError(Msg("autosave.bad_edits"))
        return Recovered(path, plan, saved_as, one_line(state.get("edited_at", "")), edits)
    except Exception as e:  # noqa: BLE001 - whatever a damaged copy holds, it is one error
        raise WorkingCopyError(Msg("autosave.damaged", name=name, error=_detail(e))) from None


def working_copies(folder: Path) -> list[Path]:
    """Every entry named ``*.mpwork`` in ``folder`` (files or not: the caller sets aside
    what cannot be read). Never raises."""
    folder = Path(folder)
    try:
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX)
    except OSError:
        return []


def _move_to(path: Path, kind: str) -> Path:
    """Move ``path`` and its side files into ``<its folder>/<kind>/`` under a fresh name."""
    path = Path(path)
    target = path.parent / kind
    make_folder(target)
    stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else path.name
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    n = 0
    while True:
        dest = target / f"{stem}-{stamp}{f'-{n}' if n else ''}{SUFFIX}"
        if not any(os.path.lexists(f"{dest}{s}") for s in ("",) + SIDE_FILES):
            break
        n += 1
    os.replace(path, dest)
    for suffix in SIDE_FILES:
        if os.path.lexists(f"{path}{suffix}"):
            os.replace(f"{path}{suffix}", f"{dest}{suffix}")
    return dest


def quarantine(path: Path) -> Path:
    """Set aside a working copy that cannot be read: moved (with its side files) to
    ``damaged/`` under a fresh name, never opened, never deleted. Raises OSError."""
    return _move_to(path, DAMAGED)


def damaged_dir(folder: Path) -> Path:
    return Path(folder) / DAMAGED


def decline(path: Path) -> Path:
    """Keep a recovery the user declined for a while (``declined/``), instead of deleting it.
    The copy and its log are moved there under a fresh name; then SQLite folds the log into
    the moved copy so it is one file (if that fails, the files are kept as they are)."""
    dest = _move_to(path, DECLINED)
    if not os.path.lexists(f"{dest}-wal"):
        return dest
    try:
        if not stat.S_ISREG(os.lstat(dest).st_mode) or not stat.S_ISREG(os.lstat(f"{dest}-wal").st_mode):
            return dest
        conn = sqlite3.connect(str(dest), isolation_level=None, timeout=0)
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            _check_schema(conn, dest.name)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
    except (OSError, sqlite3.Error, WorkingCopyError):
        pass  # kept as moved: the copy with its log beside it
    return dest


def purge_declined(folder: Path, keep_days: int = DECLINED_KEEP_DAYS) -> None:
    """Remove declined copies older than ``keep_days`` (README: "keeps the copy for 14
    days"). Copies set aside as damaged are never purged. Never raises."""
    declined = Path(folder) / DECLINED
    try:
        if not declined.is_dir():
            return
        entries = list(declined.iterdir())
    except OSError:
        return
    limit = _dt.datetime.now().timestamp() - keep_days * 86400
    for p in entries:
        try:
            st = p.lstat()
            if stat.S_ISREG(st.st_mode) and st.st_mtime < limit:
                p.unlink()
        except OSError:
            pass
