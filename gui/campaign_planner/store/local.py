"""The local store: one SQLite database in the user's application-data folder.

Holds templates (built-in, seeded from ``resources/templates``, and user-saved)
and the recent-files list. Created on first use. ``CAMPAIGN_PLANNER_DATA_DIR``
overrides the folder (tests use it). A store that cannot be read is moved aside
(never deleted) and a fresh one is created, so the app always starts.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
from pathlib import Path

import sqlite_utils

from ..core import catalog
from ..core.jsonio import plan_from_json_text, plan_to_json_text
from ..core.plan import ID_RE, Plan, PlanError
from ..paths import data_dir

STORE_VERSION = 1
RECENT_MAX = 10


class StoreError(Exception):
    """A request to the local store cannot be met; ``str(e)`` is for a person."""


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="microseconds")


class LocalStore:
    def __init__(self, folder: Path | None = None):
        self.folder = Path(folder) if folder else data_dir()
        self.path = self.folder / "store.sqlite"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"cannot create the application-data folder {self.folder}: {e.strerror}") from None
        try:
            self.db = self._open()
        except sqlite3.DatabaseError:
            aside = self.path.with_name(f"store.corrupt-{_dt.datetime.now():%Y%m%d-%H%M%S}.sqlite")
            os.replace(self.path, aside)
            self.db = self._open()

    def _open(self) -> sqlite_utils.Database:
        conn = sqlite3.connect(str(self.path), timeout=10, check_same_thread=False)
        db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > STORE_VERSION:
            raise StoreError(f"the local store {self.path} was made by a newer version of the planner")
        conn.execute("PRAGMA journal_mode=WAL")
        if "templates" not in db.table_names():
            db["templates"].create({"id": str, "name": str, "builtin": int, "json": str, "updated": str}, pk="id")
        if "recent" not in db.table_names():
            db["recent"].create({"path": str, "opened_at": str}, pk="path")
        conn.execute(f"PRAGMA user_version={STORE_VERSION}")
        self.db = db
        self._seed()
        return db

    def _seed(self) -> None:
        for tid in catalog.BUILTIN_TEMPLATES:
            text = catalog.template_text(tid)
            row = next(self.db.query("SELECT json FROM templates WHERE id = ?", [tid]), None)
            if row is None or row["json"] != text:
                plan = plan_from_json_text(text)
                self.db["templates"].upsert({"id": tid, "name": plan.name, "builtin": 1, "json": text,
                                             "updated": _now()}, pk="id")

    def close(self) -> None:
        self.db.conn.close()

    # ---- templates
    def templates(self) -> list[dict]:
        rows = list(self.db.query("SELECT id, name, builtin FROM templates ORDER BY name"))
        # the built-in ones first, in catalog order (the rollout template is the default)
        order = {tid: i for i, tid in enumerate(catalog.BUILTIN_TEMPLATES)}
        return sorted(rows, key=lambda r: (order.get(r["id"], len(order)), r["name"]))

    def template(self, template_id: str) -> Plan:
        row = next(self.db.query("SELECT json FROM templates WHERE id = ?", [template_id]), None)
        if row is None:
            known = ", ".join(t["id"] for t in self.templates())
            raise StoreError(f"no template {template_id!r}; known templates: {known}")
        try:
            return plan_from_json_text(row["json"])
        except PlanError as e:
            raise StoreError(f"template {template_id!r} is invalid: {e}") from None

    def save_template(self, template_id: str, plan: Plan) -> None:
        if not ID_RE.match(template_id):
            raise StoreError("a template id is 1-64 letters, digits, '_', '-' or '.'")
        if template_id in catalog.BUILTIN_TEMPLATES:
            raise StoreError(f"{template_id!r} is a built-in template; choose another name")
        self.db["templates"].upsert({"id": template_id, "name": plan.name, "builtin": 0,
                                     "json": plan_to_json_text(plan), "updated": _now()}, pk="id")

    def delete_template(self, template_id: str) -> None:
        if template_id in catalog.BUILTIN_TEMPLATES:
            raise StoreError(f"{template_id!r} is a built-in template and cannot be deleted")
        self.db.execute("DELETE FROM templates WHERE id = ?", [template_id])
        self.db.conn.commit()

    # ---- recent files
    def add_recent(self, path: str | os.PathLike) -> None:
        p = str(Path(path).resolve())
        with self.db.conn:
            self.db["recent"].upsert({"path": p, "opened_at": _now()}, pk="path")
            self.db.execute("DELETE FROM recent WHERE path NOT IN "
                            "(SELECT path FROM recent ORDER BY opened_at DESC LIMIT ?)", [RECENT_MAX])

    def recent(self, limit: int = RECENT_MAX) -> list[str]:
        return [r["path"] for r in self.db.query(
            "SELECT path FROM recent ORDER BY opened_at DESC LIMIT ?", [limit])]

    def remove_recent(self, path: str) -> None:
        with self.db.conn:
            self.db.execute("DELETE FROM recent WHERE path = ?", [path])
