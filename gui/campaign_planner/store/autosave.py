"""Working copies: the open plan mirrored after every edit, so a crash loses nothing.

A working copy is a small SQLite database in the application-data folder (WAL mode,
``synchronous=FULL``: a commit that returned is on disk). It is never the user's file.
It holds one row of state (the plan without its placements, the placements' order, the
file it was saved as, when it was last edited, how many edits it has seen) and one row
per placement. A write stores only the placements that changed since the last one
(plans are immutable, so an unchanged placement is the very same object), so an edit
of a 20,000-placement plan costs milliseconds, not a rewrite. The GUI guards each working copy with a lock
file (qt/autosave.py); a working copy whose lock is stale after a start is a crash to
recover from.

Reading one back treats it as untrusted like any plan file: a copy is opened with
trusted_schema off, its schema must be exactly ours, and the plan is validated.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import json
import os
import shutil
import sqlite3
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..core.jsonio import placement_to_json, plan_from_json, plan_to_json
from ..core.plan import Placement, Plan, PlanError

SUFFIX = ".mpwork"
SCHEMA = {
    "state": "CREATE TABLE state (\n  id INTEGER PRIMARY KEY CHECK (id = 1),\n  json TEXT NOT NULL\n)",
    "placements": ("CREATE TABLE placements (\n  scenario TEXT NOT NULL,\n  id TEXT NOT NULL,\n"
                   "  json TEXT NOT NULL,\n  PRIMARY KEY (scenario, id)\n) WITHOUT ROWID"),
}
DECLINED_KEEP_DAYS = 14


class WorkingCopyError(Exception):
    """A working copy cannot be read; ``str(e)`` is for a person."""


@dataclass(frozen=True)
class Recovered:
    path: Path            # the working copy
    plan: Plan
    saved_as: str | None  # the plan file it belongs to, if it was ever saved
    edited_at: str        # ISO time of the last edit
    edits: int


def autosave_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "autosave"


class WorkingCopy:
    """One open plan's working copy. ``write`` returns once the state is on disk."""

    def __init__(self, folder: Path, name: str | None = None):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / f"{name or uuid.uuid4().hex}{SUFFIX}"
        self.edits = 0
        self._mirrored: dict[str, dict[str, Placement]] = {}  # what the file holds, by scenario
        self._conn: sqlite3.Connection | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            have = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            for name, sql in SCHEMA.items():
                if name not in have:
                    conn.execute(sql)
            self._conn = conn
        return self._conn

    def write(self, plan: Plan, saved_as: str | None) -> None:
        """Mirror ``plan``; when this returns, a crash cannot lose it."""
        head = dataclasses.replace(plan, scenarios=tuple(dataclasses.replace(sc, placements=())
                                                         for sc in plan.scenarios))
        upserts, deletes = [], []
        seen: dict[str, dict[str, Placement]] = {}
        for sc in plan.scenarios:
            before = self._mirrored.get(sc.name, {})
            now = seen[sc.name] = {p.id: p for p in sc.placements}
            upserts += [(sc.name, p.id, json.dumps(placement_to_json(p), ensure_ascii=False))
                        for p in sc.placements if before.get(p.id) is not p]
            deletes += [(sc.name, pid) for pid in before.keys() - now.keys()]
        for name, before in self._mirrored.items():
            if name not in seen:
                deletes += [(name, pid) for pid in before]
        state = {"plan": plan_to_json(head), "saved_as": saved_as, "edits": self.edits + 1,
                 "order": {sc.name: [p.id for p in sc.placements] for sc in plan.scenarios},
                 "edited_at": _dt.datetime.now().astimezone().isoformat(timespec="seconds")}
        conn = self._connect()
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany("DELETE FROM placements WHERE scenario = ? AND id = ?", deletes)
            conn.executemany("INSERT OR REPLACE INTO placements (scenario, id, json) VALUES (?, ?, ?)", upserts)
            conn.execute("INSERT OR REPLACE INTO state (id, json) VALUES (1, ?)",
                         (json.dumps(state, ensure_ascii=False),))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self.edits += 1
        self._mirrored = seen

    def adopt(self, plan: Plan, edits: int) -> None:
        """Continue a working copy that already holds ``plan`` (a restored one)."""
        self.edits = edits
        self._mirrored = {sc.name: {p.id: p for p in sc.placements} for sc in plan.scenarios}

    def discard(self) -> None:
        """The plan was saved or closed: the working copy is no longer needed."""
        self.close()
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(str(self.path) + suffix).unlink()
            except FileNotFoundError:
                pass

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def read_working_copy(path: Path) -> Recovered:
    """Read a working copy left behind (with its write-ahead log). Raises WorkingCopyError."""
    path = Path(path)
    with tempfile.TemporaryDirectory() as d:
        copy = Path(d) / "copy.db"
        try:
            shutil.copyfile(path, copy)
            if Path(str(path) + "-wal").exists():
                shutil.copyfile(str(path) + "-wal", str(copy) + "-wal")
        except OSError as e:
            raise WorkingCopyError(f"{path.name}: cannot be read ({e.strerror or e})") from None
        conn = None
        try:
            conn = sqlite3.connect(str(copy), isolation_level=None)
            conn.execute("PRAGMA trusted_schema=OFF")
            rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
            if sorted((t, n, q) for t, n, q in rows if not n.startswith("sqlite_autoindex")) != \
                    sorted(("table", n, q) for n, q in SCHEMA.items()):
                raise WorkingCopyError(f"{path.name}: not a working copy of this planner")
            row = conn.execute("SELECT json FROM state WHERE id = 1").fetchone()
            placements = {(sc, pid): text for sc, pid, text in
                          conn.execute("SELECT scenario, id, json FROM placements")}
        except sqlite3.DatabaseError as e:
            raise WorkingCopyError(f"{path.name}: damaged ({e})") from None
        finally:
            if conn is not None:
                conn.close()
    if row is None:
        raise WorkingCopyError(f"{path.name}: empty")
    try:
        state = json.loads(row[0])
        data = state["plan"]
        for sc in data["scenarios"]:
            sc["placements"] = [json.loads(placements[(sc["name"], pid)]) for pid in state["order"][sc["name"]]]
        plan = plan_from_json(data)
        return Recovered(path, plan, state.get("saved_as"), str(state.get("edited_at", "")),
                         int(state.get("edits", 0)))
    except (ValueError, KeyError, TypeError, PlanError) as e:
        raise WorkingCopyError(f"{path.name}: damaged ({e})") from None


def working_copies(folder: Path) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == SUFFIX)


def decline(path: Path) -> Path:
    """Keep a recovery the user declined for a while (``declined/``), instead of deleting it."""
    path = Path(path)
    target = path.parent / "declined"
    target.mkdir(exist_ok=True)
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = target / f"{path.stem}-{stamp}{SUFFIX}"
    # fold the write-ahead log into the main file so the kept copy is one file
    try:
        conn = sqlite3.connect(str(path), isolation_level=None)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
    except sqlite3.DatabaseError:
        pass
    os.replace(path, dest)
    for suffix in ("-wal", "-shm"):
        try:
            Path(str(path) + suffix).unlink()
        except FileNotFoundError:
            pass
    return dest


def purge_declined(folder: Path, keep_days: int = DECLINED_KEEP_DAYS) -> None:
    declined = Path(folder) / "declined"
    if not declined.is_dir():
        return
    limit = _dt.datetime.now().timestamp() - keep_days * 86400
    for p in declined.iterdir():
        try:
            if p.stat().st_mtime < limit:
                p.unlink()
        except OSError:
            pass
