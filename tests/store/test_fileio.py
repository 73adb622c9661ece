"""fileio: the one way user files are read and written (issue 8 items 1, 2, 3, 6).

The random names of temporary files are forced to a planted name first, so the test proves
the exclusive, no-follow creation itself: a link planted at the very name the writer picks
is never written through."""

import os
import stat
import tempfile

import pytest

from campaign_planner import fileio
from campaign_planner.core.catalog import builtin_template
from campaign_planner.store.planfile import open_plan, save_plan


@pytest.fixture
def planted(monkeypatch, tmp_path):
    """The next temporary name is 'planted', then random ones; returns the victim file a
    link at every planted name points to."""
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    names = iter(["planted", "planted", "second", "third", "fourth"] + [f"n{i}" for i in range(100)])
    monkeypatch.setattr(tempfile, "_get_candidate_names", lambda: names)
    return victim


def _plant(folder, target_name, victim):
    link = folder / f"{fileio.temp_prefix(folder / target_name)}planted{fileio.TEMP_SUFFIX}"
    link.symlink_to(victim)
    return link


def test_a_link_at_the_chosen_temporary_name_is_never_followed(tmp_path, planted):
    """Temporary files are created exclusively (O_CREAT|O_EXCL|O_NOFOLLOW, random names) in
    the target's folder."""
    out = tmp_path / "out"
    out.mkdir()
    link = _plant(out, "report.csv", planted)
    fileio.write_file(out / "report.csv", "a,b\n")
    assert planted.read_bytes() == b"precious"
    assert (out / "report.csv").read_text() == "a,b\n"
    assert link.is_symlink()


def test_saving_a_plan_never_follows_a_link_at_its_temporary_name(tmp_path, planted):
    plan = builtin_template("weibo-alipay-2019")
    _plant(tmp_path, "plan.mpplan", planted)
    save_plan(plan, tmp_path / "plan.mpplan")
    assert planted.read_bytes() == b"precious"
    assert open_plan(tmp_path / "plan.mpplan") == plan


def test_write_new_refuses_a_planted_link(tmp_path):
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    (tmp_path / "new").symlink_to(victim)
    with pytest.raises(FileExistsError):
        fileio.write_new(tmp_path / "new", b"data")
    assert victim.read_bytes() == b"precious"


def test_a_new_file_gets_the_usual_permissions_and_a_replaced_one_keeps_its_own(tmp_path):
    fileio.write_file(tmp_path / "a.csv", "x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(os.stat(tmp_path / "a.csv").st_mode) == 0o666 & ~umask
    os.chmod(tmp_path / "a.csv", 0o600)
    fileio.write_file(tmp_path / "a.csv", "y")
    assert stat.S_IMODE(os.stat(tmp_path / "a.csv").st_mode) == 0o600


def test_a_failed_write_leaves_the_target_and_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")

    def hook(step):
        if step == "fsync":
            raise OSError(28, "No space left on device")
    with pytest.raises(fileio.FileAccessError) as e:
        fileio.write_file(target, "new", hook=hook)
    assert "disk may be full" in str(e.value) and "unchanged" in str(e.value)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


@pytest.mark.parametrize("kind", ["fifo", "folder", "/dev/zero", "/dev/null"])
def test_reading_refuses_what_is_not_a_regular_file_without_blocking(tmp_path, kind):
    """Opening never blocks: non-regular paths are refused from fstat of a non-blocking open."""
    if kind == "fifo":
        path = tmp_path / "p"
        os.mkfifo(path)
    elif kind == "folder":
        path = tmp_path
    else:
        path = kind
    with pytest.raises(fileio.FileAccessError) as e:
        fileio.read_regular(path, 1000)
    assert "not a file" in str(e.value)


def test_messages_escape_what_a_file_name_holds(tmp_path):
    name = tmp_path / "a\nb\x1b[31m"
    with pytest.raises(fileio.FileAccessError) as e:
        fileio.read_regular(name, 10)
    assert "\n" not in str(e.value) and "\x1b" not in str(e.value) and "\\x0a" in str(e.value)
