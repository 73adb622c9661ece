"""The local store: one SQLite database in the user's application-data folder.

Holds templates (built-in, seeded from ``resources/templates``, and user-saved),
the slot library (core/library.py: one row of the table ``library``, id ``library``, holding
the library's JSON, seeded from ``resources/library.json``; its column ``seed`` keeps
the built-in library it was last merged with, so a newer planner's seed reaches a
user's library without undoing the user's changes) and the recent-files list. Created on
first use. ``CAMPAIGN_PLANNER_DATA_DIR`` overrides the folder (tests use it).

Opening never fails, so the app always starts (FILE_SAFETY.md, "Learned since"):

- a store that is *damaged* (not SQLite, malformed, not our layout, not a regular file)
  is moved aside to a fresh name (``store.damaged-<time>.sqlite``, with its side files;
  never deleted) and a new one is made;
- a store that is *busy* (another program holds a lock: we wait about five seconds), made
  by a *newer* version, or in a folder that cannot be used (the data path is a file, a
  read-only disk, no permission) is left exactly as it is, and the store works read-only
  from memory with the built-in templates;
- rows that are not what we write (a NULL name, a blob path, a template that is not a
  valid plan) are skipped; asking for such a template is a StoreError.

``notices`` holds one line per problem for the user (English text, each a core.messages.Msg
the window translates); ``read_only`` says whether changes can be kept. Every write raises
StoreError (never anything else) when it cannot be made.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
import stat
from dataclasses import replace
from pathlib import Path

import sqlite_utils

from .. import fileio
from ..core import catalog
from ..core.jsonio import plan_from_json_text, plan_to_json_text
from ..core.library import (
    Library,
    builtin_library,
    builtin_library_text,
    library_from_json_text,
    library_to_json_text,
    merge_seed,
    slot_to_library,
)
from ..core.messages import Msg
from ..core.plan import ID_RE, Plan, PlanError, validate
from ..paths import data_dir
from ..text import one_line
from .autosave import make_folder

#: 2: the table ``library`` (a store of version 1 gets it when it is opened).
STORE_VERSION = 2
RECENT_MAX = 10
BUSY_TIMEOUT = 5.0  # seconds to wait for another program's lock before going read-only
TABLES = {
    "templates": ("id", "name", "builtin", "json", "updated"),
    "recent": ("path", "opened_at"),
    "library": ("id", "json", "seed", "updated"),
}
LIBRARY_ROW = "library"  # the id of the library's one row
SIDE_FILES = ("-wal", "-shm", "-journal")
SQLITE_MAGIC = b"SQLite format 3\x00"

BUSY_NOTICE = Msg("local.busy")


class StoreError(Exception):
    """A request to the local store cannot be met; ``str(e)`` is for a person (in English),
    ``message`` the same as the window translates it (a core.messages.Msg)."""

    @property
    def message(self) -> str:
        return self.args[0] if self.args and isinstance(self.args[0], str) else str(self)


class _Damaged(Exception):
    """The store file is not a store we can read: it is set aside."""


class _Unusable(Exception):
    """The store cannot be used now and must be left alone: read-only from memory."""


def _said(e: Exception) -> str:
    """What an exception of this module says (the message it was made with)."""
    return e.args[0] if e.args and isinstance(e.args[0], str) else str(e)


def _now() -> str:
    return _dt.datetime.now(_dt.UTC).isoformat(timespec="microseconds")


_SQLITE_REASONS = {
    3: "fileio.reason.permission",
    8: "local.reason.read_only",
    10: "local.reason.io",
    13: "fileio.reason.full",
    14: "local.reason.cannot_open",
    23: "fileio.reason.permission",
}


def _classify(e: sqlite3.Error, shown: str) -> Exception:
    """What an SQLite error on the store means: busy, damaged, or unusable (left alone)."""
    code = getattr(e, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = one_line(str(e))
    low = text.lower()
    if primary in (5, 6) or (primary is None and ("locked" in low or "busy" in low)):
        return _Unusable(BUSY_NOTICE)
    if primary in (11, 26) or (primary is None and ("not a database" in low or "malformed" in low)):
        return _Damaged(text)
    key = _SQLITE_REASONS.get(primary) if primary is not None else None
    why = Msg(key) if key else text
    return _Unusable(Msg("local.unusable", store=shown, reason=why))


def _ignored_notice(n: int) -> str:
    return Msg("local.ignored", n=n)


class LocalStore:
    def __init__(self, folder: Path | None = None, *, busy_timeout: float = BUSY_TIMEOUT):
        self.folder = Path(folder) if folder else data_dir()
        self.path = self.folder / "store.sqlite"
        self.read_only = False
        self.notices: list[str] = []  # one line each, for the user, once
        self.set_aside: Path | None = None  # where a damaged store was moved
        self.ignored = 0  # rows skipped because they are not valid
        self._bad_templates: set[int] = set()  # rowids of template rows that are not valid
        self._library_damaged = False  # the library's row is not a valid library
        self._why_read_only = ""
        self._busy_timeout = busy_timeout
        self._shown = fileio.display_name(self.path)
        try:
            self.db = self._open_or_recover()
        except _Unusable as e:
            self._fall_back(_said(e))

    @property
    def notice(self) -> str | None:
        """Every problem found while opening, as one line in English (None if there was none)."""
        return " ".join(self.notices) or None

    # ---- opening
    def _open_or_recover(self) -> sqlite_utils.Database:
        try:
            make_folder(self.folder)
        except OSError as e:
            raise _Unusable(
                Msg("local.folder_unusable", folder=fileio.display_name(self.folder), reason=fileio.reason(e))
            ) from None
        try:
            return self._open()
        except _Damaged as e:
            why = _said(e)
        aside = self._move_aside(why)
        try:
            db = self._open()
        except _Damaged as e:
            raise _Unusable(Msg("local.cannot_renew", aside=fileio.display_name(aside), reason=_said(e))) from None
        self.set_aside = aside
        self.notices.insert(0, Msg("local.set_aside", reason=why, aside=fileio.display_name(aside)))
        return db

    def _open(self) -> sqlite_utils.Database:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            st = None
        except OSError as e:
            raise _Unusable(Msg("local.unusable", store=self._shown, reason=fileio.reason(e))) from None
        if st is None:
            if os.path.lexists(self.path):
                raise _Damaged(Msg("local.damaged.dangling_link"))
            try:  # created by us, exclusively: never through a planted link
                fileio.write_new(self.path, b"")
            except FileExistsError:
                pass  # another planner made it a moment ago
            except OSError as e:
                raise _Unusable(Msg("local.cannot_create", store=self._shown, reason=fileio.reason(e))) from None
        elif not stat.S_ISREG(st.st_mode):
            raise _Damaged(Msg("local.damaged.kind", kind=fileio.kind_of(st.st_mode)))
        for suffix in SIDE_FILES:  # SQLite opens these too: a pipe or a link there is damage
            try:
                side = os.lstat(f"{self.path}{suffix}")
            except OSError:
                continue
            if not stat.S_ISREG(side.st_mode):
                kind = Msg("local.kind.link") if stat.S_ISLNK(side.st_mode) else fileio.kind_of(side.st_mode)
                raise _Damaged(Msg("local.damaged.side_file", file=f"{self.path.name}{suffix}", kind=kind))
        if st is not None and st.st_size:
            # checked before SQLite sees it: SQLite would drop the side files of a file it
            # cannot read when it closes it, and they are kept with the damaged store
            try:
                head = _read_head(self.path)
            except OSError as e:
                raise _Unusable(Msg("local.cannot_read", store=self._shown, reason=fileio.reason(e))) from None
            if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
                raise _Damaged(Msg("local.damaged.not_a_database"))
        conn = None
        try:
            conn = sqlite3.connect(str(self.path), timeout=self._busy_timeout, check_same_thread=False)
            conn.execute("PRAGMA trusted_schema=OFF")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > STORE_VERSION:
                raise _Unusable(Msg("local.newer", store=self._shown, version=version, supported=STORE_VERSION))
            self._check_layout(conn)
            if conn.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise _Damaged(Msg("local.damaged.integrity"))
            if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
            self._create_tables(db)
            if version != STORE_VERSION:
                conn.execute(f"PRAGMA user_version={STORE_VERSION}")
            self._seed(db)
            self._scan(conn)
            return db
        except sqlite3.Error as e:
            _close(conn)
            raise _classify(e, self._shown) from None
        except BaseException:
            _close(conn)
            raise

    @staticmethod
    def _check_layout(conn: sqlite3.Connection) -> None:
        """Only our tables (and SQLite's own objects), with exactly our columns. A table that
        is missing (a store made before it existed) is made by ``_create_tables``."""
        for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall():
            if isinstance(name, str) and name.startswith("sqlite_"):
                continue
            if kind != "table" or name not in TABLES:
                raise _Damaged(Msg("local.damaged.object", kind=one_line(kind), name=one_line(repr(name))))
            text = str(sql).upper()
            if not text.startswith("CREATE TABLE") or "WITHOUT ROWID" in text:
                raise _Damaged(Msg("local.damaged.layout", table=name))
            cols = tuple(r[1] for r in conn.execute(f"PRAGMA table_xinfo([{name}])"))  # generated ones too
            if sorted(cols) != sorted(TABLES[name]):
                raise _Damaged(Msg("local.damaged.layout", table=name))

    @staticmethod
    def _create_tables(db: sqlite_utils.Database) -> None:
        names = db.table_names()
        if "templates" not in names:
            db.table("templates").create({"id": str, "name": str, "builtin": int, "json": str, "updated": str}, pk="id")
        if "recent" not in names:
            db.table("recent").create({"path": str, "opened_at": str}, pk="path")
        if "library" not in names:
            db.table("library").create({"id": str, "json": str, "seed": str, "updated": str}, pk="id")

    @staticmethod
    def _seed(db: sqlite_utils.Database) -> None:
        for tid in catalog.BUILTIN_TEMPLATES:
            text = catalog.template_text(tid)
            plan = plan_from_json_text(text)
            row = db.execute("SELECT json, name, builtin FROM templates WHERE id = ?", [tid]).fetchone()
            if row != (text, plan.name, 1):
                db.table("templates").upsert(
                    {"id": tid, "name": plan.name, "builtin": 1, "json": text, "updated": _now()}, pk="id"
                )
        LocalStore._seed_library(db)

    @staticmethod
    def _seed_library(db: sqlite_utils.Database) -> None:
        """The library's row: the built-in library on first use; after the built-in library
        changed (a newer planner), the user's library merged with it (core.library.merge_seed).
        A damaged row is left as it is (``_scan`` reports it)."""
        builtin = builtin_library_text()
        row = db.execute("SELECT json, seed FROM library WHERE id = ?", [LIBRARY_ROW]).fetchone()
        if row is None:
            with db.conn:
                db.execute(
                    "INSERT INTO library (id, json, seed, updated) VALUES (?, ?, ?, ?)",
                    [LIBRARY_ROW, builtin, builtin, _now()],
                )
            return
        mine, seed = row
        if seed == builtin or not isinstance(mine, str):
            return
        try:
            lib = library_from_json_text(mine)
        except Exception:  # noqa: BLE001 - a damaged row is reported by _scan, not merged
            return
        try:
            old = library_from_json_text(seed) if isinstance(seed, str) else Library()
        except Exception:  # noqa: BLE001 - an unreadable seed: as if nothing had been seeded
            old = Library()
        merged = merge_seed(lib, old, builtin_library())
        with db.conn:
            db.execute(
                "UPDATE library SET json = ?, seed = ?, updated = ? WHERE id = ?",
                [library_to_json_text(merged), builtin, _now(), LIBRARY_ROW],
            )

    def _scan(self, conn: sqlite3.Connection) -> None:
        """Find the rows that are not what the planner writes: they are skipped from now on."""
        bad: set[int] = set()
        for rowid, tid, name, text in conn.execute("SELECT rowid, id, name, json FROM templates"):
            ok = isinstance(tid, str) and bool(ID_RE.match(tid)) and isinstance(name, str) and isinstance(text, str)
            if ok:
                try:
                    plan_from_json_text(text)
                except Exception:  # noqa: BLE001 - any failure means "not a valid template"
                    ok = False
            if not ok:
                bad.add(rowid)
        recent_bad = sum(1 for (p,) in conn.execute("SELECT path FROM recent") if not _good_path(p))
        self._library_damaged = False
        row = conn.execute("SELECT json FROM library WHERE id = ?", [LIBRARY_ROW]).fetchone()
        problem = self._library_problem(row[0] if row else None)
        if problem is not None:
            self._library_damaged = True
        self._bad_templates = bad
        self.ignored = len(bad) + recent_bad
        if self.ignored:
            self.notices.append(_ignored_notice(self.ignored))
        if problem is not None:
            self.notices.append(Msg("local.library.damaged", error=problem))

    @staticmethod
    def _library_problem(text) -> str | None:
        """Why ``text`` (the library row's json) is not a library, or None if it is one."""
        if not isinstance(text, str):
            return Msg("local.library.not_text")
        try:
            library_from_json_text(text)
        except PlanError as e:
            return one_line(e.message)
        except Exception as e:  # noqa: BLE001 - anything a damaged row gives
            return one_line(str(e))
        return None

    def _move_aside(self, why: str) -> Path:
        """Move the damaged store and its side files to a fresh name beside it (never deleted)."""
        stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        n = 0
        while True:
            aside = self.path.with_name(f"store.damaged-{stamp}{f'-{n}' if n else ''}.sqlite")
            if not any(os.path.lexists(f"{aside}{s}") for s in ("",) + SIDE_FILES):
                break
            n += 1
        try:
            if os.path.lexists(self.path):
                os.replace(self.path, aside)
            for suffix in SIDE_FILES:
                if os.path.lexists(f"{self.path}{suffix}"):
                    os.replace(f"{self.path}{suffix}", f"{aside}{suffix}")
        except OSError as e:
            raise _Unusable(
                Msg("local.cannot_set_aside", store=self._shown, damage=why, reason=fileio.reason(e))
            ) from None
        return aside

    def _fall_back(self, notice: str) -> None:
        """Work from memory with the built-in templates; nothing on disk is touched."""
        self.read_only = True
        self._why_read_only = notice
        self.notices.append(notice)
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        self._create_tables(db)
        self._seed(db)
        self._bad_templates = set()
        self.db = db

    def close(self) -> None:
        _close(self.db.conn)

    # ---- changes: a StoreError, never anything else
    def _write(self, change) -> None:
        if self.read_only:
            raise StoreError(self._why_read_only)
        try:
            change()
        except sqlite3.Error as e:
            try:
                self.db.conn.rollback()
            except sqlite3.Error:
                pass
            kind = _classify(e, self._shown)
            if str(kind) == BUSY_NOTICE:  # it stays busy: do not make the user wait on every change
                self.read_only = True
                self._why_read_only = BUSY_NOTICE
                raise StoreError(BUSY_NOTICE) from None
            raise StoreError(Msg("local.cannot_change", error=one_line(e))) from None

    # ---- templates
    def templates(self) -> list[dict]:
        """The usable templates, built-in ones first in catalog order. Never raises."""
        order = {tid: i for i, tid in enumerate(catalog.BUILTIN_TEMPLATES)}
        try:
            rows = self.db.execute("SELECT rowid, id, name, builtin, typeof(json) FROM templates").fetchall()
        except sqlite3.Error:
            return [
                {"id": tid, "name": catalog.builtin_template(tid).name, "builtin": 1}
                for tid in catalog.BUILTIN_TEMPLATES
            ]
        out = [
            {"id": tid, "name": name, "builtin": 1 if builtin == 1 else 0}
            for rowid, tid, name, builtin, json_type in rows
            if rowid not in self._bad_templates
            and isinstance(tid, str)
            and isinstance(name, str)
            and json_type == "text"
        ]
        # the built-in ones first, in catalog order (the rollout template is the default)
        return sorted(out, key=lambda r: (order.get(r["id"], len(order)), r["name"]))

    def template(self, template_id: str) -> Plan:
        shown = one_line(repr(template_id))
        try:
            row = self.db.execute("SELECT rowid, json FROM templates WHERE id = ?", [template_id]).fetchone()
        except sqlite3.Error as e:
            if template_id in catalog.BUILTIN_TEMPLATES:
                return catalog.builtin_template(template_id)
            raise StoreError(Msg("local.template.unreadable", template=shown, error=one_line(e))) from None
        if row is None:
            known = one_line(", ".join(t["id"] for t in self.templates()))
            if self.read_only:
                raise StoreError(
                    Msg("local.template.unknown_read_only", template=shown, known=known, why=self._why_read_only)
                )
            raise StoreError(Msg("local.template.unknown", template=shown, known=known))
        rowid, text = row
        if rowid in self._bad_templates or not isinstance(text, str):
            raise StoreError(Msg("local.template.damaged", template=shown))
        try:
            return plan_from_json_text(text)
        except PlanError as e:
            raise StoreError(one_line(Msg("local.template.invalid", template=shown, error=e.message))) from None
        except Exception as e:  # noqa: BLE001 - anything a damaged row gives
            raise StoreError(one_line(Msg("local.template.invalid", template=shown, error=str(e)))) from None

    def save_template(self, template_id: str, plan: Plan) -> None:
        if not isinstance(template_id, str) or not ID_RE.match(template_id):
            raise StoreError(Msg("local.template.bad_id"))
        if template_id in catalog.BUILTIN_TEMPLATES:
            raise StoreError(Msg("local.template.builtin_save", template=template_id))
        text = plan_to_json_text(plan)

        def change():
            self.db.table("templates").upsert(
                {"id": template_id, "name": plan.name, "builtin": 0, "json": text, "updated": _now()}, pk="id"
            )
            self._bad_templates -= {
                r[0] for r in self.db.execute("SELECT rowid FROM templates WHERE id = ?", [template_id])
            }

        self._write(change)

    def delete_template(self, template_id: str) -> None:
        if template_id in catalog.BUILTIN_TEMPLATES:
            raise StoreError(Msg("local.template.builtin_delete", template=one_line(repr(template_id))))

        def change():
            with self.db.conn:
                self.db.execute("DELETE FROM templates WHERE id = ?", [template_id])

        self._write(change)

    def rename_template(self, template_id: str, name: str) -> None:
        """Give a saved template another name: its row and the plan stored in it. Refused (a
        StoreError, nothing changed) for a built-in template, an unknown one, a name that
        makes the plan invalid (empty, too long), and a name another template already has
        (compared without case and surrounding spaces)."""
        shown = one_line(repr(template_id))
        if template_id in catalog.BUILTIN_TEMPLATES:
            raise StoreError(Msg("local.template.builtin_rename", template=shown))
        name = name.strip() if isinstance(name, str) else ""
        plan = self.template(template_id)  # unknown, damaged or unreadable: its StoreError
        try:
            renamed = replace(plan, name=name)
            validate(renamed)
        except PlanError as e:
            raise StoreError(one_line(Msg("local.template.invalid", template=shown, error=e.message))) from None
        key = _name_key(name)
        for t in self.templates():
            if t["id"] != template_id and _name_key(t["name"]) == key:
                raise StoreError(Msg("local.template.name_taken", name=one_line(repr(name))))
        text = plan_to_json_text(renamed)

        def change():
            with self.db.conn:
                self.db.execute(
                    "UPDATE templates SET name = ?, json = ?, updated = ? WHERE id = ?",
                    [name, text, _now(), template_id],
                )

        self._write(change)

    # ---- the slot library
    def library(self) -> Library:
        """The user's slot library; the built-in one when the store is read-only (from
        memory, seeded with it) or its row is damaged. Never raises."""
        try:
            row = self.db.execute("SELECT json FROM library WHERE id = ?", [LIBRARY_ROW]).fetchone()
            if row is not None and isinstance(row[0], str):
                return library_from_json_text(row[0])
        except Exception:  # noqa: BLE001 - unreadable or damaged: the built-in library
            pass
        return builtin_library()

    def save_slot_to_library(self, plan: Plan, slot_id: str) -> Library:
        """Keep the plan's slot ``slot_id`` in the library (replacing the library's slot of
        the same id; with its platform if the library lacks it: core.library.slot_to_library)
        and return the library as kept. StoreError when it cannot be kept (the store is
        read-only, the slot is refused, the disk refuses); nothing changes then. A damaged
        library row is replaced by the built-in library with the slot."""
        shown = one_line(repr(slot_id))
        try:
            after = slot_to_library(self.library(), plan, slot_id)
        except PlanError as e:
            raise StoreError(one_line(Msg("local.library.cannot_save", slot=shown, error=e.message))) from None
        text = library_to_json_text(after)

        def change():
            with self.db.conn:
                self.db.execute(
                    "INSERT OR REPLACE INTO library (id, json, seed, updated) VALUES (?, ?, ?, ?)",
                    [LIBRARY_ROW, text, builtin_library_text(), _now()],
                )
            self._library_damaged = False

        self._write(change)
        return after

    # ---- recent files
    def add_recent(self, path: str | os.PathLike) -> None:
        try:
            p = str(Path(path).resolve())
        except (OSError, RuntimeError, ValueError) as e:
            raise StoreError(
                Msg("local.recent.cannot_add_why", path=fileio.display_name(path), error=one_line(e))
            ) from None
        if not _good_path(p):
            raise StoreError(Msg("local.recent.cannot_add", path=fileio.display_name(p)))

        def change():
            with self.db.conn:
                self.db.table("recent").upsert({"path": p, "opened_at": _now()}, pk="path")
                self.db.execute(
                    "DELETE FROM recent WHERE path NOT IN (SELECT path FROM recent ORDER BY opened_at DESC LIMIT ?)",
                    [RECENT_MAX],
                )

        self._write(change)

    def recent(self, limit: int = RECENT_MAX) -> list[str]:
        """The recent plans, most recent first (rows that are not a path are skipped). Never raises."""
        try:
            rows = self.db.execute("SELECT path FROM recent ORDER BY opened_at DESC").fetchall()
        except sqlite3.Error:
            return []
        return [p for (p,) in rows if _good_path(p)][:limit]

    def remove_recent(self, path: str) -> None:
        def change():
            with self.db.conn:
                self.db.execute("DELETE FROM recent WHERE path = ?", [path])

        self._write(change)

    def clear_recent(self) -> None:
        """Forget every recent plan (the files themselves are not touched)."""

        def change():
            with self.db.conn:
                self.db.execute("DELETE FROM recent")

        self._write(change)


def _read_head(path: Path) -> bytes:
    """The first 100 bytes of a regular file, without blocking."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return b""
        return os.pread(fd, 100, 0)
    finally:
        os.close(fd)


def _name_key(name) -> str:
    """A template name as names are compared: without case and surrounding spaces."""
    return name.strip().casefold() if isinstance(name, str) else ""


def _good_path(p) -> bool:
    return isinstance(p, str) and 0 < len(p) <= 4096 and "\x00" not in p


def _close(conn: sqlite3.Connection | None) -> None:
    if conn is not None:
        try:
            conn.close()
        except sqlite3.Error:
            pass
