"""A plan's side files (-wal, -journal, -shm) are part of its state (FILE_SAFETY.md, issue 8
items 4 and 5). The states are made by real SQLite connections: a committed write-ahead log
left by a program that stopped, frames of a transaction that never committed, a hot rollback
journal of an unfinished change."""

import dataclasses
import shutil
import sqlite3
from pathlib import Path

import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.store.planfile import PlanFileError, apply_wal, backups_of, open_plan, save_plan

from plans import big_plan

NAME_SQL = "SELECT value FROM meta WHERE key = 'name'"


@pytest.fixture(scope="module")
def plans():
    old = builtin_template("weibo-alipay-2019")
    new = dataclasses.replace(old, name="The new version")
    bigger = big_plan(placements=300, slots=10, days=365)
    return old, new, bigger


def _snapshot(src: Path, dst: Path) -> Path:
    """Copy a database and its side files as they are at this instant (as a crash, a sync
    client or an e-mail would leave them)."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    for suffix in ("-wal", "-journal", "-shm"):
        side = Path(str(src) + suffix)
        if side.exists():
            shutil.copyfile(side, str(dst) + suffix)
    return dst


def _sqlite_reads_name(path: Path) -> str:
    """What a SQLite tool reads (it folds a -wal in, rolls a hot journal back)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(NAME_SQL).fetchone()[0]
    finally:
        conn.close()


def hot_journal(work: Path, dst: Path) -> Path:
    """``work`` as it is in the middle of a transaction in rollback mode whose pages spilled
    into the file (a hot -journal beside it), copied to ``dst``."""
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA cache_size=10")
    conn.execute("BEGIN")
    conn.execute("UPDATE projection SET reach = reach + 1")
    conn.execute("UPDATE placements SET units_per_day = units_per_day + 1")
    left = _snapshot(work, dst)
    conn.execute("ROLLBACK")
    conn.close()
    return left


def committed_wal(tmp_path: Path, plan, name: str) -> Path:
    """A plan file with a committed change still in its -wal (the program that made it
    has not checkpointed)."""
    work = tmp_path / "work" / "plan.mpplan"
    work.parent.mkdir(parents=True)
    save_plan(plan, work)
    conn = sqlite3.connect(work)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE meta SET value = ? WHERE key = 'name'", (name,))
    conn.commit()
    out = _snapshot(work, tmp_path / "left" / "plan.mpplan")
    conn.close()
    assert Path(str(out) + "-wal").stat().st_size > 32
    return out


def test_opening_honours_a_committed_wal_as_sqlite_does(tmp_path, plans):
    """A plan's side files are part of its state: opening honours a committed WAL (the plan
    shown is what SQLite tools read), never drops it."""
    path = committed_wal(tmp_path, plans[0], "Changed in the log")
    assert open_plan(path).name == "Changed in the log"
    assert _sqlite_reads_name(_snapshot(path, tmp_path / "reference" / "plan.mpplan")) == "Changed in the log"


def test_opening_never_shows_an_uncommitted_transaction_in_the_wal(tmp_path, plans):
    """Frames of a transaction that never committed (spilled into the -wal) are not shown."""
    work = tmp_path / "work.mpplan"
    save_plan(plans[2], work)
    conn = sqlite3.connect(work, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("UPDATE meta SET value = 'Committed' WHERE key = 'name'")
    conn.execute("PRAGMA cache_size=10")
    conn.execute("BEGIN")
    conn.execute("UPDATE meta SET value = 'Never committed' WHERE key = 'name'")
    conn.execute("UPDATE projection SET reach = reach + 1")
    conn.execute("UPDATE placements SET units_per_day = units_per_day + 1")  # spills pages
    left = _snapshot(work, tmp_path / "left" / "plan.mpplan")
    conn.execute("ROLLBACK")
    conn.close()
    wal = Path(str(left) + "-wal").read_bytes()
    assert apply_wal(b"", wal) != b""  # the log does hold a commit
    plan = open_plan(left)
    assert plan.name == "Committed"
    assert plan.scenarios[0].placements == plans[2].scenarios[0].placements


def test_opening_beside_a_hot_journal_refuses_with_a_message(tmp_path, plans):
    """An unfinished change in rollback mode (a hot -journal; the file holds part of the
    change) is refused with a message, never shown."""
    work = tmp_path / "work.mpplan"
    save_plan(plans[2], work)
    before = work.read_bytes()
    left = hot_journal(work, tmp_path / "left" / "plan.mpplan")
    assert left.read_bytes() != before, "the uncommitted change reached the file (a real hot journal)"
    with pytest.raises(PlanFileError) as e:
        open_plan(left)
    assert "did not finish" in str(e.value) and "\n" not in str(e.value)


def test_an_empty_or_finished_journal_is_ignored(tmp_path, plans):
    path = tmp_path / "plan.mpplan"
    save_plan(plans[0], path)
    Path(str(path) + "-journal").write_bytes(b"")
    assert open_plan(path) == plans[0]
    Path(str(path) + "-journal").write_bytes(b"\0" * 512)  # PERSIST mode after a commit
    assert open_plan(path) == plans[0]


def test_saving_beside_a_stale_wal_leaves_exactly_the_saved_plan(tmp_path, plans):
    """Saving leaves no stale side file that SQLite tools would fold into the saved plan;
    the replaced version, with its log, is kept as a backup."""
    old, new, _ = plans
    path = committed_wal(tmp_path, old, "Stale log content")
    backups = tmp_path / "backups"
    save_plan(new, path, backup_dir=backups)
    assert sorted(p.name for p in path.parent.iterdir()) == ["plan.mpplan"]
    assert _sqlite_reads_name(path) == "The new version"
    assert open_plan(path) == new
    kept = backups_of(backups, path)
    assert len(kept) == 1 and Path(str(kept[0]) + "-wal").exists()
    assert open_plan(kept[0]).name == "Stale log content"


def test_saving_beside_a_hot_journal_leaves_exactly_the_saved_plan(tmp_path, plans):
    """A hot -journal beside the target would be rolled back into the new file by SQLite
    tools; saving sets it aside first."""
    _, new, bigger = plans
    work = tmp_path / "work.mpplan"
    save_plan(bigger, work)
    left = hot_journal(work, tmp_path / "left" / "plan.mpplan")
    save_plan(new, left)
    assert sorted(p.name for p in left.parent.iterdir()) == ["plan.mpplan"]
    assert _sqlite_reads_name(left) == "The new version"
    conn = sqlite3.connect(left)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    conn.close()
    assert open_plan(left) == new


def test_a_failed_save_puts_the_side_files_back(tmp_path, plans):
    """If the rename fails, the old file keeps its side files (and so its committed state)."""
    old, new, _ = plans
    path = committed_wal(tmp_path, old, "Kept in the log")

    def hook(step):
        if step == "replace":
            raise OSError(5, "Input/output error")
    with pytest.raises(PlanFileError):
        save_plan(new, path, hook=hook)
    assert open_plan(path).name == "Kept in the log"
    assert sorted(p.name for p in path.parent.iterdir()) == ["plan.mpplan", "plan.mpplan-shm", "plan.mpplan-wal"]
