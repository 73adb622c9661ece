"""Saved templates can be renamed and the recent plans emptied (issue 10 item 7): a rename
changes the template's row and the plan stored in it, and is refused (a StoreError, nothing
changed) for a built-in template, an unknown one, an empty name, and a name another template
already has; clearing the recent plans forgets every one."""

import dataclasses
import sqlite3

import pytest

from campaign_planner.core.catalog import BUILTIN_TEMPLATES, builtin_template
from campaign_planner.core.jsonio import plan_from_json_text
from campaign_planner.core.messages import Msg
from campaign_planner.store.local import LocalStore, StoreError


def rows(store: LocalStore) -> dict:
    """Every template row as stored: id -> (name, the name inside its JSON plan)."""
    conn = sqlite3.connect(store.path)
    try:
        return {tid: (name, plan_from_json_text(text).name)
                for tid, name, text in conn.execute("SELECT id, name, json FROM templates")}
    finally:
        conn.close()


@pytest.fixture
def store(_data_dir):
    s = LocalStore()
    s.save_template("mine", dataclasses.replace(builtin_template("weibo-alipay-2019"), name="Mine"))
    s.save_template("other", dataclasses.replace(builtin_template("blank"), name="Other 其他"))
    yield s
    s.close()


def test_a_rename_changes_the_row_and_the_plan_inside_it(store):
    plan = store.template("mine")
    store.rename_template("mine", "  Brand launch 品牌  ")
    assert rows(store)["mine"] == ("Brand launch 品牌", "Brand launch 品牌")   # spaces around dropped
    assert {t["id"]: t["name"] for t in store.templates()}["mine"] == "Brand launch 品牌"
    again = LocalStore()                                   # kept on disk
    assert again.template("mine") == dataclasses.replace(plan, name="Brand launch 品牌")
    again.close()
    store.rename_template("mine", "brand LAUNCH 品牌")       # its own name in other letters: fine
    assert rows(store)["mine"] == ("brand LAUNCH 品牌", "brand LAUNCH 品牌")


def test_a_built_in_template_cannot_be_renamed(store):
    before = rows(store)
    for tid in BUILTIN_TEMPLATES:
        with pytest.raises(StoreError, match="built-in template and cannot be renamed") as e:
            store.rename_template(tid, "Something else")
        assert isinstance(e.value.message, Msg) and e.value.message.key == "local.template.builtin_rename"
    assert rows(store) == before


def test_an_unknown_template_cannot_be_renamed(store):
    before = rows(store)
    with pytest.raises(StoreError, match="no template 'nope'") as e:
        store.rename_template("nope", "Something")
    assert e.value.message.key == "local.template.unknown"
    assert rows(store) == before


@pytest.mark.parametrize("name", ["Other 其他", "  other 其他 ", "BLANK PLAN", "weibo x alipay rollout 2019-2020"])
def test_a_name_another_template_has_is_refused(store, name):
    before = rows(store)
    with pytest.raises(StoreError, match="already a template named") as e:
        store.rename_template("mine", name)
    assert e.value.message.key == "local.template.name_taken"
    assert rows(store) == before


@pytest.mark.parametrize("name", ["", "   ", None])
def test_a_template_needs_a_name(store, name):
    before = rows(store)
    with pytest.raises(StoreError, match="needs a name"):
        store.rename_template("mine", name)
    assert rows(store) == before


def test_a_read_only_store_renames_nothing(tmp_path, monkeypatch):
    blocker = tmp_path / "blocker"
    blocker.write_bytes(b"a file where the data folder should be")
    monkeypatch.setenv("CAMPAIGN_PLANNER_DATA_DIR", str(blocker))
    store = LocalStore()
    assert store.read_only
    with pytest.raises(StoreError):
        store.rename_template("mine", "Another")
    with pytest.raises(StoreError, match="cannot be used"):
        store.clear_recent()


def test_clearing_the_recent_plans_forgets_them_all(store, tmp_path):
    for i in range(3):
        store.add_recent(tmp_path / f"p{i}.mpplan")
        (tmp_path / f"p{i}.mpplan").write_bytes(b"a plan")
    assert len(store.recent()) == 3
    store.clear_recent()
    assert store.recent() == []
    assert LocalStore().recent() == []                     # on disk too
    assert all((tmp_path / f"p{i}.mpplan").read_bytes() == b"a plan" for i in range(3))   # the files stay
    store.clear_recent()                                   # nothing to clear: fine
    store.add_recent(tmp_path / "p9.mpplan")
    assert store.recent() == [str((tmp_path / "p9.mpplan").resolve())]


def test_removing_a_template_leaves_the_others(store):
    store.delete_template("mine")
    assert "mine" not in rows(store) and "other" in rows(store)
    with pytest.raises(StoreError, match="no template 'mine'"):
        store.template("mine")
