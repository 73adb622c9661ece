"""The local store: created on first use, seeded with templates, recent files."""


import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.store.local import LocalStore, StoreError, data_dir


def test_created_on_first_use_in_the_overridden_folder(_data_dir):
    assert data_dir() == _data_dir
    store = LocalStore()
    assert (_data_dir / "store.sqlite").exists()
    assert [t["id"] for t in store.templates()][:2] in (["blank", "weibo-alipay-2019"],
                                                         ["weibo-alipay-2019", "blank"])
    assert store.template("weibo-alipay-2019") == builtin_template("weibo-alipay-2019")


def test_user_templates_and_unknown_ids(_data_dir):
    store = LocalStore()
    plan = builtin_template("weibo-alipay-2019")
    store.save_template("mine", plan)
    assert LocalStore().template("mine") == plan
    with pytest.raises(StoreError, match="no template 'nope'; known templates: "):
        store.template("nope")
    with pytest.raises(StoreError, match="built-in"):
        store.save_template("blank", plan)


def test_recent_files_most_recent_first_and_capped(_data_dir, tmp_path):
    store = LocalStore()
    for i in range(13):
        store.add_recent(tmp_path / f"p{i}.mpplan")
    store.add_recent(tmp_path / "p3.mpplan")
    recent = store.recent()
    assert len(recent) == 10
    assert recent[0].endswith("p3.mpplan") and recent[1].endswith("p12.mpplan")


def test_a_damaged_store_is_moved_aside_not_lost(_data_dir):
    (_data_dir / "store.sqlite").write_bytes(b"this is not sqlite" * 100)
    store = LocalStore()
    assert store.template("blank").name == "Blank plan"
    assert any(p.name.startswith("store.damaged-") for p in _data_dir.iterdir())
