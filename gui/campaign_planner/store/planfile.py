"""The ``.mpplan`` plan file: a SQLite database, opened defensively, saved atomically.

Format (``PRAGMA application_id`` = APPLICATION_ID, ``PRAGMA user_version`` = format
version) and tables are documented in ``docs/file-format.md``. Every file is
untrusted input (FILE_SAFETY.md): it is read once into memory, its header checked
in Python, loaded into a hardened in-memory connection whose schema must equal
ours exactly before any row is read, checked for integrity, and every row is
validated before a Plan is built. Every failure is one ``PlanFileError`` with a
message for a person; nothing on disk is written while opening.

Saving never writes over the only good copy: the plan is written to a temporary
file in the target folder, read back through the opening path, fsynced, moved
over the target with ``os.replace`` and the folder fsynced.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

from .. import fileio
from ..core.messages import Msg
from ..core.plan import (
    DEFAULT_CORRELATION,
    MAX_PLACEMENTS,
    Plan,
    PlanError,
    assumptions,
    cost_assumptions,
    validate,
)
from .errors import PlanFileError
from .rows import plan_from_tables

APPLICATION_ID = 0x4D50504C  # "MPPL"
FORMAT_VERSION = 3  # 2: costs (currency, budget, cost ranges) and the target frequency;
# 3: the audience's correlation within a platform (an ``audience.correlation`` row)
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_JSON_BYTES = 64 * 1024 * 1024
SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".mpplan"


#: Tests set this to a function called with every opening connection before the file
#: is loaded (to register a marker SQL function that proves nothing in a file runs).
TEST_CONNECT_HOOK: Callable[[sqlite3.Connection], None] | None = None


# --------------------------------------------------------------------------- schema (formats 1 to 3)

SCHEMA: dict[str, str] = {
    "meta": "CREATE TABLE meta (\n  key TEXT,\n  value TEXT\n)",
    "platforms": "CREATE TABLE platforms (\n  position INTEGER,\n  id TEXT,\n  name TEXT\n)",
    "segments": ("CREATE TABLE segments (\n  position INTEGER,\n  id TEXT,\n  name TEXT,\n  platforms TEXT\n)"),
    "phases": (
        "CREATE TABLE phases (\n  position INTEGER,\n  id TEXT,\n  name TEXT,\n  platform TEXT,\n"
        "  start TEXT,\n  [end] TEXT,\n  admits TEXT\n)"
    ),
    "slots": (
        "CREATE TABLE slots (\n  position INTEGER,\n  id TEXT,\n  name TEXT,\n  platform TEXT,\n"
        "  unit TEXT,\n  max_units_per_day REAL,\n  requires TEXT,\n  cost_per_unit REAL\n)"
    ),
    "assumptions": (
        "CREATE TABLE assumptions (\n  owner TEXT,\n  field TEXT,\n  value REAL,\n"
        "  low REAL,\n  high REAL,\n  source TEXT\n)"
    ),
    "scenarios": "CREATE TABLE scenarios (\n  position INTEGER,\n  name TEXT\n)",
    "placements": (
        "CREATE TABLE placements (\n  scenario TEXT,\n  position INTEGER,\n  id TEXT,\n"
        "  slot TEXT,\n  start TEXT,\n  [end] TEXT,\n  units_per_day REAL,\n  cost REAL,\n"
        "  note TEXT\n)"
    ),
}
# The projection table's columns follow the plan's segments and platforms; it is
# written for spreadsheets and SQLite tools and never read back by the app, so its
# schema is checked by shape: plain columns only, no defaults, checks or generated values.
# At most 1 + MAX_SEGMENTS + MAX_PLATFORMS + 4 people columns (format 1 allowed 400, too
# few for a plan with hundreds of segments).
PROJECTION_RE = re.compile(
    r"CREATE TABLE projection \(\n  scenario TEXT,\n  date TEXT(?:,\n  \[[A-Za-z0-9_.\-]{1,100}\] REAL){3,1200}\n\)\Z"
)

# --------------------------------------------------------------------------- opening


def _fail(msg: str) -> PlanFileError:
    return PlanFileError(msg)


def read_bytes(path: str | os.PathLike, max_bytes: int | None = None, what: str = "plan file") -> bytes:
    """The bytes of a regular file (never blocks on a FIFO, device or socket)."""
    try:
        return fileio.read_regular(path, MAX_FILE_BYTES if max_bytes is None else max_bytes, what)
    except fileio.FileAccessError as e:
        raise _fail(e.message) from None


# A plan's side files (FILE_SAFETY.md): SQLite folds a "-wal" file into the database it
# sits beside, and rolls a hot "-journal" back into it. Opening shows exactly the committed
# state SQLite would show, or refuses; saving sets stale side files aside.
SIDE_SUFFIXES = ("-wal", "-journal", "-shm")
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
WAL_MAGICS = (0x377F0682, 0x377F0683)


def side_file(path: Path, suffix: str) -> Path:
    return Path(str(path) + suffix)


def _exists(path: Path) -> bool:
    try:
        os.lstat(path)
        return True
    except OSError:
        return False


def read_plan_image(path: str | os.PathLike) -> bytes:
    """The committed database image of the plan file at ``path``: the file itself with a
    committed write-ahead log beside it applied, as SQLite would read it. A hot rollback
    journal (another program's unfinished change) is refused: the file may hold part of it."""
    p = Path(path)
    name = fileio.display_name(p.name)
    data = read_bytes(p)
    journal = side_file(p, "-journal")
    if _exists(journal):
        head = read_bytes(journal, MAX_FILE_BYTES, "journal file")[:8]
        if head == JOURNAL_MAGIC:
            raise _fail(Msg("planfile.hot_journal", name=name))
    wal = side_file(p, "-wal")
    if _exists(wal):
        log = read_bytes(wal, MAX_FILE_BYTES, "write-ahead log")
        if log:
            data = apply_wal(data, log)
    return data


def _wal_checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def apply_wal(db: bytes, wal: bytes) -> bytes:
    """``db`` with the committed frames of the write-ahead log ``wal`` applied, exactly as
    SQLite recovers a log: frames count while their salts and running checksum are valid,
    and only up to the last commit frame. A log that is not valid is ignored (as SQLite does)."""
    if len(wal) < 32:
        return db
    magic, version, page_size, _ckpt, salt1, salt2, c1, c2 = struct.unpack(">8I", wal[:32])
    if (
        magic not in WAL_MAGICS
        or version != 3007000
        or page_size < 512
        or page_size > 65536
        or page_size & (page_size - 1)
    ):
        return db
    big = bool(magic & 1)
    s0, s1 = _wal_checksum(wal[:24], 0, 0, big)
    if (s0, s1) != (c1, c2):
        return db
    pending: dict[int, bytes] = {}
    committed: dict[int, bytes] = {}
    db_pages = None
    off, frame = 32, 24 + page_size
    while off + frame <= len(wal):
        pgno, commit, fs1, fs2, fc1, fc2 = struct.unpack(">6I", wal[off : off + 24])
        if (fs1, fs2) != (salt1, salt2) or pgno == 0:
            break
        page = wal[off + 24 : off + frame]
        s0, s1 = _wal_checksum(wal[off : off + 8], s0, s1, big)
        s0, s1 = _wal_checksum(page, s0, s1, big)
        if (s0, s1) != (fc1, fc2):
            break
        pending[pgno] = page
        if commit:
            committed.update(pending)
            pending.clear()
            db_pages = commit
        off += frame
    if db_pages is None:
        return db
    image = bytearray(db[: db_pages * page_size])
    image.extend(b"\0" * (db_pages * page_size - len(image)))
    for pgno, page in committed.items():
        if pgno <= db_pages:
            image[(pgno - 1) * page_size : pgno * page_size] = page
    return bytes(image)


def check_header(data: bytes, name: str = "this file") -> tuple[int, int]:
    """Check the 100-byte SQLite header; return (page size, format version)."""
    if len(data) == 0:
        raise _fail(Msg("planfile.empty", name=name))
    if len(data) < 100 or not data.startswith(SQLITE_MAGIC):
        raise _fail(Msg("planfile.not_sqlite", name=name))
    page_size = struct.unpack(">H", data[16:18])[0]
    if page_size == 1:
        page_size = 65536
    if page_size < 512 or page_size & (page_size - 1):
        raise _fail(Msg("planfile.page_size", name=name, size=page_size))
    if data[18] not in (1, 2) or data[19] not in (1, 2):
        raise _fail(Msg("planfile.sqlite_version", name=name, write=data[18], read=data[19]))
    if len(data) % page_size:
        raise _fail(Msg("planfile.not_whole_pages", name=name))
    change_counter, valid_for = struct.unpack(">I", data[24:28])[0], struct.unpack(">I", data[92:96])[0]
    header_pages = struct.unpack(">I", data[28:32])[0]
    if change_counter == valid_for and header_pages and header_pages * page_size > len(data):
        raise _fail(Msg("planfile.truncated", name=name, pages=len(data) // page_size, expected=header_pages))
    app_id = struct.unpack(">i", data[68:72])[0]
    version = struct.unpack(">i", data[60:64])[0]
    if app_id != APPLICATION_ID:
        raise _fail(Msg("planfile.not_ours", name=name))
    if version > FORMAT_VERSION:
        raise _fail(Msg("planfile.newer", name=name, version=version, supported=FORMAT_VERSION))
    if version < 1:
        raise _fail(Msg("planfile.unknown_version", name=name, version=version))
    return page_size, version


_ALLOWED_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_PRAGMA}
_ALLOWED_PRAGMAS = {
    "integrity_check",
    "quick_check",
    "foreign_key_check",
    "user_version",
    "application_id",
    "page_size",
    "journal_mode",
}


def _authorizer(action, arg1, arg2, dbname, source):
    """Only reading is allowed on a plan file's connection: no function, no writes, no
    attach, and nothing done on behalf of a view or trigger (``source`` set)."""
    if source is not None:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA:
        return sqlite3.SQLITE_OK if (arg1 or "").lower() in _ALLOWED_PRAGMAS else sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION:
        return sqlite3.SQLITE_OK if (arg2 or "").lower() in {"count"} else sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK if action in _ALLOWED_ACTIONS else sqlite3.SQLITE_DENY


def _hardened_connection(data: bytes) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    if TEST_CONNECT_HOOK is not None:
        TEST_CONNECT_HOOK(conn)
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA cell_size_check=ON")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 10_000_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000)
    conn.setlimit(sqlite3.SQLITE_LIMIT_EXPR_DEPTH, 100)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COMPOUND_SELECT, 10)
    conn.setlimit(sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH, 1)
    conn.setlimit(sqlite3.SQLITE_LIMIT_FUNCTION_ARG, 8)
    if hasattr(conn, "setconfig"):  # Python 3.12+
        for name in ("SQLITE_DBCONFIG_DEFENSIVE",):
            conn.setconfig(getattr(sqlite3, name), True)
        for name in ("SQLITE_DBCONFIG_ENABLE_TRIGGER", "SQLITE_DBCONFIG_ENABLE_VIEW", "SQLITE_DBCONFIG_TRUSTED_SCHEMA"):
            conn.setconfig(getattr(sqlite3, name), False)
    if data[18] == 2 or data[19] == 2:  # WAL image: read it as a rollback-journal file
        image = bytearray(data)
        image[18] = image[19] = 1
        data = bytes(image)
    conn.deserialize(data)
    conn.execute("PRAGMA mmap_size=0")
    conn.execute("PRAGMA query_only=ON")
    conn.set_authorizer(_authorizer)
    return conn


class _Budget:
    """Progress handler: stop any statement that runs far longer than a plan needs."""

    def __init__(self, max_steps: int):
        self.left = max_steps

    def __call__(self) -> int:
        self.left -= 1
        return 1 if self.left < 0 else 0


def plan_from_bytes(data: bytes, name: str = "this file") -> Plan:
    """Open a plan file image. Raises PlanFileError."""
    _, version = check_header(data, name)
    conn = None
    try:
        conn = _hardened_connection(data)
        conn.set_progress_handler(_Budget(200_000 + len(data) // 8), 1000)
        _check_schema(conn, name)
        count = conn.execute("SELECT count(*) FROM placements").fetchone()[0]
        if count > MAX_PLACEMENTS:
            raise _fail(Msg("planfile.too_many_placements", name=name, n=count, limit=MAX_PLACEMENTS))
        rows = list(conn.execute("PRAGMA integrity_check(20)"))
        if rows != [("ok",)]:
            raise _fail(Msg("planfile.integrity", name=name, detail=str(rows[0][0])[:200]))
        tables = {t: _read_table(conn, t) for t in SCHEMA}
        tables = migrate(tables, version)
        plan = plan_from_tables(tables, name)
    except PlanFileError:
        raise
    except sqlite3.DatabaseError as e:
        msg = str(e)
        if "interrupted" in msg:
            raise _fail(Msg("planfile.too_slow", name=name)) from None
        if "not authorized" in msg:
            raise _fail(Msg("planfile.runs_sql", name=name)) from None
        raise _fail(Msg("planfile.damaged_detail", name=name, detail=msg)) from None
    except (MemoryError, RecursionError, OverflowError, ValueError, TypeError) as e:
        raise _fail(Msg("planfile.damaged_error", name=name, error=type(e).__name__)) from None
    finally:
        if conn is not None:
            conn.close()
    return plan


def open_plan(path: str | os.PathLike) -> Plan:
    p = Path(path)
    return plan_from_bytes(read_plan_image(p), fileio.display_name(p.name))


def open_any(path: str | os.PathLike) -> Plan:
    """A plan from a ``.json`` plan or a ``.mpplan`` file. Raises PlanFileError."""
    p = Path(path)
    if p.suffix.lower() != ".json":
        return open_plan(p)
    from ..core.jsonio import plan_from_json_text

    name = fileio.display_name(p.name)
    data = read_bytes(p, MAX_JSON_BYTES, "JSON plan")
    try:
        return plan_from_json_text(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _fail(Msg("planfile.json_not_utf8", name=name)) from None
    except PlanError as e:
        raise _fail(Msg("planfile.json_invalid", name=name, problem=e.problems[0], more=more_problems(e))) from None


def more_problems(e: PlanError) -> str:
    """ " (and 2 more problems)" after the first of ``e``'s problems, "" if it has one."""
    return Msg("planfile.more_problems", n=len(e.problems) - 1) if len(e.problems) > 1 else ""


def _check_schema(conn: sqlite3.Connection, name: str) -> None:
    altered = Msg("planfile.altered_tables", name=name)
    found: dict[str, str] = {}
    for typ, nm, tbl, sql in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if typ != "table" or nm != tbl or not isinstance(sql, str):
            raise _fail(Msg("planfile.altered_object", name=name, type=str(typ), object=str(nm)[:40]))
        if nm in found:
            raise _fail(altered)
        found[nm] = sql
    for table, sql in SCHEMA.items():
        if found.pop(table, None) != sql:
            raise _fail(altered)
    proj = found.pop("projection", None)
    if proj is not None and not PROJECTION_RE.match(proj):
        raise _fail(altered)
    if found:
        raise _fail(Msg("planfile.altered_table", name=name, table=next(iter(found))[:40]))


def _read_table(conn: sqlite3.Connection, table: str) -> list[tuple]:
    return list(conn.execute(f"SELECT * FROM {table}"))


def migrate(tables: dict[str, list[tuple]], version: int) -> dict[str, list[tuple]]:
    """Bring the rows of an older format version to the current one, in memory.

    Each version adds one step here (and one fixture file under tests/fixtures/).
    1 -> 2: format 2 only adds what format 1 cannot hold (the meta keys ``currency``,
    ``budget`` and ``target_frequency``, and ``slot:<id>.cost_per_unit`` rows in
    ``assumptions`` for a cost with a range or a source); a format-1 file has none of them,
    and the reader gives them their defaults (CNY, no budget, 1+ reach, costs without a
    range), so its rows are read as they are.
    2 -> 3: format 3 adds the ``audience.correlation`` row to ``assumptions`` (the correlation
    within a platform of the bands' draws); a file of format 1 or 2 gets the default's row
    (plan.DEFAULT_CORRELATION), so it opens with the default. One that already has such a row
    was not written by a planner and is refused (a duplicate row), as a format-2 planner would.
    """
    if version == FORMAT_VERSION:
        return tables
    if version in (1, 2):
        d = DEFAULT_CORRELATION
        added = ("audience", "correlation", d.value, d.low, d.high, d.source)
        return {**tables, "assumptions": [*tables["assumptions"], added]}
    raise _fail(Msg("planfile.cannot_migrate", version=version))  # pragma: no cover


# --------------------------------------------------------------------------- saving


def _assumption_rows(plan: Plan) -> list[dict]:
    """Every assumption of the reach model, then each slot's cost per unit that has a range
    or a source (its value is also in the slots table, where format 1 kept it)."""
    costs = [(o, f, a) for o, f, a in cost_assumptions(plan) if (a.low, a.high, a.source) != (None, None, None)]
    return [
        {"owner": owner, "field": field, "value": a.value, "low": a.low, "high": a.high, "source": a.source}
        for owner, field, a in assumptions(plan) + costs
    ]


def projection_rows(plan: Plan) -> tuple[list[str], list[tuple]]:
    """The projected daily series of every scenario, columns as ``project --csv`` without
    the per-phase ones (a plan may have up to MAX_PHASES phases: with them, a plan at the
    limits would need more columns than SQLite allows)."""
    from ..core.reach import project
    from ..export.csv import series_columns, series_rows

    cols = ["scenario"] + series_columns(plan, with_phases=False)
    rows: list[tuple] = []
    for sc in plan.scenarios:
        pr = project(plan, sc.name)
        rows.extend((sc.name, *r) for r in series_rows(plan, pr))
    return cols, rows


def plan_to_bytes(plan: Plan, *, with_projection: bool = True) -> bytes:
    """The plan file image of ``plan``: built in memory (so SQLite never creates a file of
    its own on disk), one file in rollback-journal mode with no deleted content inside."""
    import sqlite_utils

    from .. import __version__

    conn = sqlite3.connect(":memory:")
    try:
        db = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version={FORMAT_VERSION}")
        with conn:
            for sql in SCHEMA.values():
                conn.execute(sql)
            mp = plan.mini_program
            meta = {
                "name": plan.name,
                "start": plan.start.isoformat(),
                "end": plan.end.isoformat(),
                "target_reach": None if plan.target_reach is None else repr(plan.target_reach),
                "target_frequency": str(plan.target_frequency),
                "currency": plan.currency,
                "budget": None if plan.budget is None else repr(plan.budget),
                "mini_program_name": mp.name,
                "category": mp.category,
                "flags": json.dumps(list(mp.flags)),
                "app_version": __version__,
            }
            db.table("meta").insert_all([{"key": k, "value": v} for k, v in meta.items()])
            db.table("platforms").insert_all(
                [{"position": i, "id": p.id, "name": p.name} for i, p in enumerate(plan.platforms)]
            )
            db.table("segments").insert_all(
                [
                    {"position": i, "id": s.id, "name": s.name, "platforms": json.dumps(list(s.platforms))}
                    for i, s in enumerate(plan.audience.segments)
                ]
            )
            db.table("phases").insert_all(
                [
                    {
                        "position": i,
                        "id": p.id,
                        "name": p.name,
                        "platform": p.platform,
                        "start": p.start.isoformat(),
                        "end": p.end.isoformat(),
                        "admits": json.dumps(list(p.admits)),
                    }
                    for i, p in enumerate(plan.phases)
                ]
            )
            db.table("slots").insert_all(
                [
                    {
                        "position": i,
                        "id": s.id,
                        "name": s.name,
                        "platform": s.platform,
                        "unit": s.unit,
                        "max_units_per_day": s.max_units_per_day,
                        "requires": json.dumps(list(s.requires)),
                        "cost_per_unit": s.cost_per_unit.value,
                    }
                    for i, s in enumerate(plan.slots)
                ]
            )
            db.table("assumptions").insert_all(_assumption_rows(plan))
            db.table("scenarios").insert_all([{"position": i, "name": s.name} for i, s in enumerate(plan.scenarios)])
            placements = (
                (sc.name, i, p.id, p.slot, p.start.isoformat(), p.end.isoformat(), p.units_per_day, p.cost, p.note)
                for sc in plan.scenarios
                for i, p in enumerate(sc.placements)
            )
            conn.executemany("INSERT INTO placements VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", placements)
            if with_projection:
                cols, rows = projection_rows(plan)
                body = ",\n".join(["  scenario TEXT", "  date TEXT"] + [f"  [{c}] REAL" for c in cols[2:]])
                conn.execute(f"CREATE TABLE projection (\n{body}\n)")
                conn.executemany(f"INSERT INTO projection VALUES ({', '.join('?' * len(cols))})", rows)
        return conn.serialize()
    finally:
        conn.close()


def fingerprint(path: str | os.PathLike) -> tuple | None:
    """(size, mtime, inode, sha256) of a file, None if it is not there: compared before a
    save to notice a file changed, replaced or moved by someone else since it was opened."""
    import hashlib

    p = Path(path)
    try:
        st = p.stat()
        data = fileio.read_regular(p, MAX_FILE_BYTES)
    except (OSError, fileio.FileAccessError):
        return None
    return (st.st_size, st.st_mtime_ns, st.st_ino, hashlib.sha256(data).hexdigest())


BACKUPS_KEPT = 3
SAVE_STEPS = ("create", "write", "verify", "fsync", "backup", "replace", "fsync-dir")


def backup_folder(backup_dir: Path, target: Path) -> Path:
    import hashlib

    key = hashlib.sha1(str(target.resolve()).encode("utf-8")).hexdigest()[:12]
    return Path(backup_dir) / f"{target.stem[:40]}-{key}"


def backups_of(backup_dir: Path, target: str | os.PathLike) -> list[Path]:
    """The kept previous versions of ``target``, newest first."""
    folder = backup_folder(backup_dir, Path(target))
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.mpplan"), reverse=True)


def _keep_backup(target: Path, backup_dir: Path) -> None:
    """Copy the file about to be replaced (and its side files) into the backup folder, each
    created exclusively; keep the newest few."""
    import datetime as _dt2

    folder = backup_folder(backup_dir, target)
    Path(backup_dir).mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = _dt2.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    base = folder / f"{stamp}.mpplan"
    for n in range(1, 100):
        if not _exists(base):
            break
        base = folder / f"{stamp}-{n}.mpplan"
    copies = [(target, base)] + [
        (side_file(target, x), side_file(base, x)) for x in SIDE_SUFFIXES[:2] if _exists(side_file(target, x))
    ]
    for src, dst in copies:
        fileio.write_new(dst, fileio.read_regular(src, MAX_FILE_BYTES))
    for old in sorted(folder.glob("*.mpplan"), reverse=True)[BACKUPS_KEPT:]:
        for x in ("",) + SIDE_SUFFIXES[:2]:
            side_file(old, x).unlink(missing_ok=True)


def _set_aside_side_files(target: Path) -> list[tuple[Path, Path]]:
    """Move the target's stale side files to fresh temporary names (so SQLite tools never
    fold them into the new plan); returns (original, aside) pairs."""
    moved: list[tuple[Path, Path]] = []
    for suffix in SIDE_SUFFIXES:
        side = side_file(target, suffix)
        if not _exists(side):
            continue
        fd, aside = fileio.create_exclusive(target.parent, fileio.temp_prefix(target))
        os.close(fd)
        try:
            os.replace(side, aside)
        except OSError:
            aside.unlink(missing_ok=True)
            _put_back(moved)
            raise
        moved.append((side, aside))
    return moved


def _put_back(moved: list[tuple[Path, Path]]) -> None:
    for side, aside in reversed(moved):
        try:
            os.replace(aside, side)
        except OSError:
            pass


def save_plan(
    plan: Plan,
    path: str | os.PathLike,
    *,
    hook: Callable[[str], None] | None = None,
    backup_dir: str | os.PathLike | None = None,
) -> None:
    """Save atomically: the target holds the old plan or the new one, never a mix.

    The file is made in memory, checked by opening it through the opening path, written to
    a temporary file created exclusively beside the target (fileio.write_file), read back,
    synced and renamed over the target. With ``backup_dir``, the file being replaced is kept
    there first (the newest BACKUPS_KEPT versions per plan). Stale side files of the target
    (``-wal``, ``-journal``, ``-shm``) are set aside before the rename and removed after it,
    so what SQLite tools read is exactly the saved plan. A target that is not a regular file
    (a device, a FIFO, a folder) is refused. ``hook(step)`` is called before each I/O step
    (for failure-injection tests). Raises PlanFileError with a message for a person; the
    old file is untouched.
    """
    target = Path(path)
    name = fileio.display_name(target.name)
    try:
        validate(plan)
    except PlanError as e:
        raise _fail(Msg("planfile.save.invalid", problem=e.problems[0])) from None
    try:
        real, st = fileio.resolve_target(target)
    except fileio.FileAccessError as e:
        raise _fail(Msg("planfile.save.failed", name=name, reason=e.message)) from None
    if fileio.is_stream(st):
        raise _fail(Msg("planfile.save.not_regular", name=name))
    try:
        data = plan_to_bytes(plan)
    except (sqlite3.Error, UnicodeEncodeError, OverflowError, MemoryError) as e:
        raise _fail(Msg("planfile.save.not_written", name=name, error=type(e).__name__)) from None
    if plan_from_bytes(data, name) != plan:
        raise _fail(Msg("planfile.save.not_equal", name=name))
    moved: list[tuple[Path, Path]] = []

    def verify(tmp: Path) -> None:
        if fileio.read_regular(tmp, MAX_FILE_BYTES) != data:
            raise _fail(Msg("planfile.save.not_as_written"))

    def before_replace(real: Path):
        if backup_dir is not None and _exists(real):
            _keep_backup(real, Path(backup_dir))
        moved.extend(_set_aside_side_files(real))
        return lambda: _put_back(moved)

    try:
        fileio.write_file(real, data, hook=hook, verify=verify, before_replace=before_replace)
    except PlanFileError as e:
        raise _fail(Msg("planfile.save.failed", name=name, reason=e.message)) from None
    except fileio.FileAccessError as e:
        raise _fail(Msg("planfile.save.failed_unchanged", name=name, reason=e.reason or e.message)) from None
    except OSError as e:
        raise _fail(Msg("planfile.save.failed_unchanged", name=name, reason=fileio.reason(e))) from None
    for _side, aside in moved:
        aside.unlink(missing_ok=True)
