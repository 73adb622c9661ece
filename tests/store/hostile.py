"""A corpus of hostile and broken plan files (FILE_SAFETY.md), built from a real saved plan.

Every file here must give PlanFileError and run nothing: the tests register a
``marker()`` SQL function on the opening connection that writes a file, and
every hostile construct below calls it.
"""

from __future__ import annotations

import shutil
import sqlite3
import struct
from pathlib import Path

from campaign_planner.store.planfile import SCHEMA, save_plan

MARK = "marker()"


def _edit(src: Path, dst: Path, *sql: str, **pragmas) -> Path:
    shutil.copyfile(src, dst)
    conn = sqlite3.connect(dst)
    conn.create_function("marker", 0, lambda: None, deterministic=True)
    for k, v in pragmas.items():
        conn.execute(f"PRAGMA {k}={v}")
    for s in sql:
        conn.executescript(s)
    conn.commit()
    conn.close()
    return dst


def _bytes(dst: Path, data: bytes) -> Path:
    dst.write_bytes(data)
    return dst


def _patch(src: Path, dst: Path, offset: int, data: bytes) -> Path:
    b = bytearray(src.read_bytes())
    b[offset:offset + len(data)] = data
    return _bytes(dst, bytes(b))


def _recreate(table: str, new_sql: str) -> str:
    cols = SCHEMA[table].split("(", 1)[1].rsplit(")", 1)[0]
    names = ", ".join(c.strip().split()[0] for c in cols.split(",\n"))
    return (f"ALTER TABLE {table} RENAME TO old_{table}; {new_sql}; "
            f"INSERT INTO {table} ({names}) SELECT {names} FROM old_{table}; DROP TABLE old_{table};")


def build(folder: Path, plan) -> list[tuple[str, Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    good = folder / "good.mpplan"
    save_plan(plan, good)
    page = struct.unpack(">H", good.read_bytes()[16:18])[0]
    f = lambda name: folder / f"{name}.mpplan"  # noqa: E731
    meta_cols = "key TEXT,\n  value TEXT"
    out = [
        ("zero bytes", _bytes(f("zero"), b"")),
        ("html renamed", _bytes(f("html"), b"<!DOCTYPE html><html><body>Plan</body></html>\n" * 40)),
        ("random bytes", _bytes(f("random"), bytes((i * 7919 + 13) % 256 for i in range(8192)))),
        ("sqlite header only", _bytes(f("header_only"), b"SQLite format 3\x00" + b"\x00" * 84)),
        ("plain sqlite database", _edit(good, f("plain"), "", application_id=0)),
        ("wrong application id", _edit(good, f("wrong_app"), "", application_id=0x12345678)),
        ("newer version", _edit(good, f("newer"), "", user_version=99)),
        ("version zero", _edit(good, f("version0"), "", user_version=0)),
        ("trigger", _edit(good, f("trigger"),
                          f"CREATE TRIGGER t AFTER INSERT ON meta BEGIN SELECT {MARK}; END;")),
        ("trigger on select via view", _edit(good, f("view_trigger"),
                                             f"CREATE VIEW v AS SELECT {MARK} AS x;"
                                             f"CREATE TRIGGER t INSTEAD OF INSERT ON v BEGIN SELECT {MARK}; END;")),
        ("view shadowing a table", _edit(good, f("view_shadow"),
                                         "DROP TABLE meta;"
                                         f"CREATE VIEW meta AS SELECT 'name' AS key, {MARK} AS value;")),
        ("generated column calling a function", _edit(good, f("generated"), _recreate(
            "meta", f"CREATE TABLE meta (\n  {meta_cols},\n  g TEXT GENERATED ALWAYS AS ({MARK}) VIRTUAL\n)"))),
        ("check constraint calling a function", _edit(good, f("check"), _recreate(
            "meta", f"CREATE TABLE meta (\n  {meta_cols} CHECK ({MARK} IS NULL)\n)"))),
        ("default calling a function", _edit(good, f("default"), _recreate(
            "meta", f"CREATE TABLE meta (\n  key TEXT,\n  value TEXT DEFAULT ({MARK})\n)"))),
        ("expression index", _edit(good, f("index"), f"CREATE INDEX i ON meta(({MARK}));")),
        ("recursive CTE view", _edit(good, f("cte"),
                                     "CREATE VIEW boom AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                     f"SELECT x + 1 FROM c) SELECT {MARK} FROM c;")),
        ("extra table", _edit(good, f("extra_table"), "CREATE TABLE notes (x TEXT);")),
        ("altered table", _edit(good, f("altered"), "ALTER TABLE placements ADD COLUMN colour TEXT;")),
        ("projection with a default", _edit(good, f("projection_default"),
                                            "DROP TABLE projection;"
                                            f"CREATE TABLE projection (\n  scenario TEXT,\n  date TEXT,\n"
                                            f"  [reach] REAL DEFAULT ({MARK}),\n  [a] REAL,\n  [b] REAL\n)")),
        ("projection as a view", _edit(good, f("projection_view"),
                                       f"DROP TABLE projection; CREATE VIEW projection AS SELECT {MARK};")),
        ("huge blob", _edit(good, f("huge_blob"), "UPDATE meta SET value = zeroblob(20000000) WHERE key = 'name';")),
        ("text in a number column", _edit(good, f("bad_type"), "UPDATE placements SET units_per_day = 'lots';")),
        ("unknown slot", _edit(good, f("unknown_slot"), "UPDATE placements SET slot = 'nowhere';")),
        ("garbage date", _edit(good, f("bad_date"), "UPDATE placements SET start = '2020-02-30';")),
        ("not a list", _edit(good, f("not_list"), "UPDATE slots SET requires = '{\"a\": 1}';")),
        ("duplicate meta key", _edit(good, f("dup_meta"), "INSERT INTO meta VALUES ('name', 'again');")),
        ("negative size", _edit(good, f("neg_size"), "UPDATE assumptions SET value = -1 WHERE field = 'size';")),
        ("missing assumption", _edit(good, f("missing_assumption"), "DELETE FROM assumptions WHERE field = 'ctr';")),
        ("invalid page size", _patch(good, f("page_size"), 16, b"\x03\x00")),
        ("unknown file format bytes", _patch(good, f("format_bytes"), 18, b"\x03\x03")),
        ("corrupt page", _patch(good, f("corrupt_page"), page * 2 + 8, b"\xff" * 64)),
        ("truncated half page", _bytes(f("half_page"), good.read_bytes()[: page + page // 2])),
    ]
    data = good.read_bytes()
    for k in range(1, len(data) // page):
        out.append((f"truncated at page {k}", _bytes(f(f"trunc_{k}"), data[: k * page])))
    return out
