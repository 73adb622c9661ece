"""The slot library in the local store (issue 15 item 2): seeded on first use, kept across
stores on the same folder, the built-in one when read-only or damaged; a store made before
the library gets its table when opened."""

import dataclasses
import sqlite3

import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.library import builtin_library, builtin_library_text
from campaign_planner.core.plan import Assumption
from campaign_planner.store.local import STORE_VERSION, LocalStore, StoreError


def edited(plan, slot_id, **fields):
    return dataclasses.replace(
        plan, slots=tuple(dataclasses.replace(s, **fields) if s.id == slot_id else s for s in plan.slots)
    )


def test_seeded_on_first_use(_data_dir):
    store = LocalStore()
    assert store.library() == builtin_library()
    conn = sqlite3.connect(_data_dir / "store.sqlite")
    assert conn.execute("SELECT id, json = seed FROM library").fetchall() == [("library", 1)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == STORE_VERSION == 2


def test_a_saved_slot_is_read_back_by_a_new_store(_data_dir):
    plan = edited(
        builtin_template("weibo-alipay-2019"), "weibo_feed", name="My feed", eligible_share=Assumption(0.03, 0.01, 0.05)
    )
    kept = LocalStore().save_slot_to_library(plan, "weibo_feed")
    again = LocalStore(_data_dir).library()
    assert again == kept and again.slot("weibo_feed") == plan.slot("weibo_feed")
    assert again.slot("alipay_home_banner") == builtin_library().slot("alipay_home_banner")


def test_a_refused_slot_is_a_store_error_and_changes_nothing(_data_dir):
    store = LocalStore()
    with pytest.raises(StoreError, match="slot 'nope' cannot be kept in the library: no slot 'nope'"):
        store.save_slot_to_library(builtin_template("blank"), "nope")
    assert store.library() == builtin_library()


def test_a_read_only_store_gives_the_builtin_library_and_refuses_to_save(_data_dir):
    conn = sqlite3.connect(_data_dir / "store.sqlite")
    conn.execute("PRAGMA user_version=99")
    conn.commit()
    conn.close()
    store = LocalStore()
    assert store.read_only
    assert store.library() == builtin_library()
    with pytest.raises(StoreError, match="newer version"):
        store.save_slot_to_library(builtin_template("blank"), "weibo_feed")


@pytest.mark.parametrize("damage", ["'{not json'", "NULL", "x'00ff'", '\'{"format": "mpplan-library"}\''])
def test_a_damaged_library_row_falls_back_to_the_builtin_one_with_a_notice(_data_dir, damage):
    LocalStore().close()
    conn = sqlite3.connect(_data_dir / "store.sqlite")
    conn.execute(f"UPDATE library SET json = {damage}")
    conn.commit()
    conn.close()
    store = LocalStore()
    assert not store.read_only
    assert store.library() == builtin_library()
    assert "The slot library in the local store is damaged" in store.notice
    # saving replaces the damaged row
    plan = edited(builtin_template("blank"), "weibo_feed", name="Mine")
    store.save_slot_to_library(plan, "weibo_feed")
    fresh = LocalStore()
    assert fresh.library().slot("weibo_feed").name == "Mine" and not fresh.notices


def test_a_store_made_before_the_library_gets_it_and_keeps_its_templates(_data_dir):
    """A version-1 store: templates and recent only."""
    store = LocalStore()
    store.save_template("mine", builtin_template("blank"))
    store.close()
    conn = sqlite3.connect(_data_dir / "store.sqlite")
    conn.execute("DROP TABLE library")
    conn.execute("PRAGMA user_version=1")
    conn.commit()
    conn.close()
    store = LocalStore()
    assert not store.read_only and not store.notices
    assert store.template("mine") == builtin_template("blank")
    assert store.library() == builtin_library()
    conn = sqlite3.connect(_data_dir / "store.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_newer_builtin_library_reaches_a_users_library(_data_dir, monkeypatch):
    plan = edited(builtin_template("weibo-alipay-2019"), "weibo_feed", name="My feed")
    LocalStore().save_slot_to_library(plan, "weibo_feed")
    conn = sqlite3.connect(_data_dir / "store.sqlite")  # as if seeded by an older planner
    old = builtin_library_text().replace('"name": "花呗频道 Huabei channel"', '"name": "Old name"')
    conn.execute("UPDATE library SET seed = ?, json = replace(json, '花呗频道 Huabei channel', 'Old name')", [old])
    conn.commit()
    conn.close()
    lib = LocalStore().library()
    assert lib.slot("weibo_feed").name == "My feed"  # the user's own
    assert lib.slot("alipay_huabei") == builtin_library().slot("alipay_huabei")  # the new seed's
