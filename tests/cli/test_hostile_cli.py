"""Hostile, odd and unlucky inputs on the command line (issue 8), each class run as a user
runs it: the real command in a subprocess, real files, FIFOs, devices, sockets, and a full
disk made real with RLIMIT_FSIZE. Every refusal is exit 2 with one line on stderr."""

import json
import os
import resource
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import threading
import time

import pytest

from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.jsonio import plan_to_json
from campaign_planner.core.plan import MAX_PLACEMENTS
from campaign_planner.store.planfile import open_plan, save_plan

PROG = [sys.executable, "-m", "campaign_planner"]


def run(*args, timeout=120, fsize=None, cwd=None):
    def limit():
        if fsize is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, resource.RLIM_INFINITY))
    return subprocess.run(PROG + [str(a) for a in args], capture_output=True, text=True, timeout=timeout,
                          preexec_fn=limit, cwd=cwd, stdin=subprocess.DEVNULL)


def refused(r, *words):
    """Exit 2, nothing on stdout, exactly one line on stderr, no traceback, no raw control
    characters."""
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("campaign-planner: "), r.stderr
    assert "Traceback" not in r.stderr and "\x1b" not in r.stderr
    for w in words:
        assert w in r.stderr, r.stderr


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory):
    p = tmp_path_factory.mktemp("plans") / "plan.mpplan"
    save_plan(builtin_template("weibo-alipay-2019"), p)
    return p


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# --------------------------------------------------------------------------- 1. temporaries

def test_planted_links_at_temporary_names_never_redirect_a_write(tmp_path, plan_file):
    """Temporary files are created exclusively (O_CREAT|O_EXCL|O_NOFOLLOW, random names) in
    the target's folder: links planted at every name a temporary could have had (the old
    predictable `.{name}.tmp-{pid}` ones and ours with every prefix) never lead a command
    to write through them; its input stays as it was."""
    plan = tmp_path / "plan.mpplan"
    plan.write_bytes(plan_file.read_bytes())
    before = plan.read_bytes()
    for name in ("out.csv", "out.json"):
        for pid in range(os.getpid() - 50, os.getpid() + 400):
            os.symlink(plan, tmp_path / f".{name}.tmp-{pid}")
        for i in range(50):
            os.symlink(plan, tmp_path / f".{name}~planted{i}.tmp")
    assert run("project", plan, "--csv", tmp_path / "out.csv").returncode == 0
    assert run("dump", plan, "-o", tmp_path / "out.json").returncode == 0
    assert plan.read_bytes() == before
    assert (tmp_path / "out.csv").read_text().startswith("date,reach,")
    assert json.loads((tmp_path / "out.json").read_text())["name"] == open_plan(plan).name


def test_writing_through_a_link_replaces_the_file_it_names(tmp_path, plan_file):
    """A symbolic link to a regular file is followed: the file behind it gets the new
    content, and the link stays a link."""
    real = tmp_path / "real.csv"
    real.write_text("old\n")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert run("project", plan_file, "--csv", link).returncode == 0
    assert link.is_symlink() and real.read_text().startswith("date,reach,")


# --------------------------------------------------------------------------- 2. non-regular outputs

def test_a_character_device_is_written_directly_never_replaced(plan_file):
    """Devices and FIFOs are written directly: `project --csv /dev/null` leaves /dev/null a
    character device (as root, a rename over it would replace it)."""
    r = run("project", plan_file, "--csv", "/dev/null", "--slots", "/dev/null")
    assert r.returncode == 0, r.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_with_a_reader_gets_the_csv_and_stays_a_fifo(tmp_path, plan_file):
    """A FIFO that a program reads from receives the output directly."""
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    got = []

    def read():
        with open(fifo, "rb") as f:
            got.append(f.read())
    reader = threading.Thread(target=read)
    reader.start()
    time.sleep(0.2)
    r = run("project", plan_file, "--csv", fifo)
    reader.join(30)
    assert r.returncode == 0, r.stderr
    assert got and got[0].startswith(b"date,reach,")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_fifo_nobody_reads_is_refused_at_once(tmp_path, plan_file):
    fifo = tmp_path / "nobody.csv"
    os.mkfifo(fifo)
    refused(run("project", plan_file, "--csv", fifo, timeout=30), "no program is reading")


@pytest.mark.parametrize("kind", ["folder", "socket"])
def test_an_output_that_is_a_folder_or_socket_is_refused(tmp_path, plan_file, kind):
    target = tmp_path / "out.csv"
    if kind == "folder":
        target.mkdir()
    else:
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(target))
        s.close()  # the socket file stays
    for args in (("project", plan_file, "--csv", target), ("export", plan_file, "--png", target),
                 ("dump", plan_file, "-o", target), ("new", target, "--force")):
        refused(run(*args), kind)
    assert stat.S_ISDIR(os.stat(target).st_mode) if kind == "folder" else stat.S_ISSOCK(os.stat(target).st_mode)


def test_a_plan_cannot_be_saved_onto_a_device(plan_file):
    """`import --force` onto /dev/null: a plan is only ever written as a regular file."""
    refused(run("import", plan_file, "/dev/null", "--force"), "not a regular file")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


# --------------------------------------------------------------------------- 3. full disk

@pytest.mark.parametrize("args", [
    ("export", "--pdf", "out.pdf"), ("export", "--png", "out.png"), ("export", "--svg", "out.svg"),
    ("export", "--csv", "out.csv"), ("project", "--csv", "out.csv"), ("dump", "-o", "out.csv"),
])
def test_a_full_disk_leaves_the_old_export_and_no_temporary(tmp_path, plan_file, args):
    """An export on a full disk (RLIMIT_FSIZE: every write past 2 KiB fails, as on a full
    disk) leaves the old file untouched and no temporary behind, and exits 2 with one line."""
    command, option, name = args
    out = tmp_path / name
    out.write_bytes(b"the old export\n")
    r = run(command, plan_file, option, out, fsize=2048, cwd=tmp_path)
    refused(r, "disk may be full")
    assert out.read_bytes() == b"the old export\n"
    assert leftovers(tmp_path) == []


# --------------------------------------------------------------------------- 6. non-regular inputs

@pytest.mark.parametrize("kind", ["fifo.mpplan", "fifo.json", "/dev/zero", "folder", "socket"])
def test_a_plan_path_that_is_not_a_regular_file_is_refused_at_once(tmp_path, kind):
    """Opening never blocks: non-regular paths (FIFO, socket, device, folder) are refused
    from `fstat` of a non-blocking open."""
    if kind.startswith("fifo"):
        path = tmp_path / kind
        os.mkfifo(path)
    elif kind == "folder":
        path = tmp_path / "folder.mpplan"
        path.mkdir()
    elif kind == "socket":
        path = tmp_path / "sock.mpplan"
        s = socket.socket(socket.AF_UNIX)
        s.bind(str(path))
        s.close()  # the socket file stays
    else:
        path = kind
    t = time.monotonic()
    for command in ("check", "project", "dump"):
        refused(run(command, path, timeout=30))
    assert time.monotonic() - t < 30


# --------------------------------------------------------------------------- 9. bad input is exit 2

def test_bad_input_that_used_to_be_an_internal_error_is_exit_2(tmp_path, plan_file):
    """Huge integers, an output name over 255 bytes, --seed -1, a lone surrogate in a name:
    exit 2 with one line, never 3."""
    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps(data).replace('"target_reach": 20000000', '"target_reach": ' + "9" * 401))
    refused(run("check", huge), "target_reach", "too large")
    digits = tmp_path / "digits.json"
    digits.write_text(json.dumps(data).replace('"target_reach": 20000000', '"target_reach": ' + "9" * 5000))
    refused(run("project", digits), "not valid JSON")
    refused(run("project", plan_file, "--csv", tmp_path / ("x" * 300 + ".csv")), "too long")
    refused(run("project", plan_file, "--bands", "--seed", "-1"), "--seed")
    refused(run("project", plan_file, "--bands", "--seed", str(2**64)), "--seed")
    surrogate = tmp_path / "surrogate.json"
    surrogate.write_text(json.dumps(data).replace('"name": "Weibo x Alipay rollout 2019-2020"',
                                                  '"name": "bad \\ud800 name"'))
    for command in (("check", surrogate), ("import", surrogate, tmp_path / "s.mpplan")):
        refused(run(*command), "not valid Unicode")
    assert not (tmp_path / "s.mpplan").exists()


# --------------------------------------------------------------------------- 10. messages

def test_messages_are_one_line_with_control_characters_escaped(tmp_path):
    """Every message for a person is one line with control characters escaped; nothing read
    from a file reaches a terminal raw."""
    name = tmp_path / "bad\nname\x1b[31mred.mpplan"
    name.write_bytes(b"<html>not a plan</html>\n" * 10)
    r = run("check", name)
    refused(r, "\\x0a", "\\x1b")


def test_check_columns_cannot_be_forged_by_names(tmp_path):
    """A scenario or phase name with a newline or a tab never makes an extra line or column
    in `check`."""
    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    early = dict(data["scenarios"][0]["placements"][0], start="2019-06-01")  # before the plan: an error
    data["scenarios"].append({"name": "B\nerror\tforged\tline\x1b[2J",
                              "placements": [early] + data["scenarios"][0]["placements"][1:]})
    path = tmp_path / "two.json"
    path.write_text(json.dumps(data))
    r = run("check", path)
    assert r.returncode in (0, 1), r.stderr
    lines = r.stdout.splitlines()
    assert lines and all(len(line.split("\t")) == 3 for line in lines), lines
    assert all(line.split("\t")[0] in ("error", "warning") for line in lines)
    assert "\x1b" not in r.stdout and any("\\x0a" in line for line in lines)


# --------------------------------------------------------------------------- 11. values

@pytest.mark.parametrize("date", ["2019-W40-1", "20190701xx", "2019-7-1 ", "２０１９-07-01"])
def test_only_iso_dates_are_dates(tmp_path, date):
    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    data["start"] = date
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data, ensure_ascii=False))
    refused(run("check", path), "YYYY-MM-DD")


def test_an_id_with_a_trailing_newline_is_refused(tmp_path):
    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    data["scenarios"][0]["placements"][0]["id"] = "p1\n"
    path = tmp_path / "id.json"
    path.write_text(json.dumps(data))
    refused(run("check", path), "p1\\n")


def test_the_same_output_twice_is_refused(tmp_path, plan_file):
    out = tmp_path / "x.csv"
    refused(run("project", plan_file, "--csv", out, "--slots", out), "given twice")
    refused(run("project", plan_file, "--csv", out, "--slots", tmp_path / "." / "x.csv"), "given twice")
    assert not out.exists()


def test_a_plan_whose_projection_needs_too_much_memory_is_refused_before_allocating(tmp_path):
    """A small file (2,000 slots over ten years) whose projection would need many GiB is
    refused at once with the limit named, and the command stays small."""
    data = plan_to_json(builtin_template("blank"))
    data["start"], data["end"] = "2020-01-01", "2029-12-31"
    plat = data["platforms"][0]["id"]
    data["slots"] = [{"id": f"s{i}", "name": f"S{i}", "platform": plat, "unit": "day",
                      "impressions_per_unit": 1000, "eligible_share": 0.5} for i in range(2000)]
    data["scenarios"] = [{"name": "A", "placements": [
        {"id": f"p{i}", "slot": f"s{i}", "start": "2020-01-01", "end": "2029-12-31", "units_per_day": 1}
        for i in range(2000)]}]
    path = tmp_path / "wide.json"
    path.write_text(json.dumps(data))
    assert path.stat().st_size < 2_000_000
    t = time.monotonic()
    r = subprocess.run(PROG + ["project", str(path)], capture_output=True, text=True, timeout=60,
                       preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000,) * 2))
    refused(r, "GiB", "at most 1.0 GiB")
    assert time.monotonic() - t < 20


def test_a_million_placements_are_refused_at_once_naming_the_limit(tmp_path, plan_file):
    """A JSON plan or a `.mpplan` of 1,000,000 placements: refused at once with a message
    naming the limit (MAX_PLACEMENTS), within 30 s and 1.5 GB."""
    big = tmp_path / "million.mpplan"
    big.write_bytes(plan_file.read_bytes())
    conn = sqlite3.connect(big)
    conn.execute("DELETE FROM projection")
    conn.executemany("INSERT INTO placements VALUES ('A', ?, ?, 'weibo_square', '2019-10-01', '2019-10-02', 1, NULL, '')",
                     ((i, f"m{i}") for i in range(1_000_000)))
    conn.commit()
    conn.close()
    data = plan_to_json(builtin_template("weibo-alipay-2019"))
    data["scenarios"][0]["placements"] = [
        {"id": f"m{i}", "slot": "weibo_square", "start": "2019-10-01", "end": "2019-10-02", "units_per_day": 1}
        for i in range(1_000_000)]
    js = tmp_path / "million.json"
    js.write_text(json.dumps(data, separators=(",", ":")))
    for path, words in ((big, (f"{MAX_PLACEMENTS:,}",)), (js, ("64 MiB",))):
        for command in ("check", "project"):
            t = time.monotonic()
            r = subprocess.run(PROG + [command, str(path)], capture_output=True, text=True, timeout=60,
                               preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_AS, (1_500_000_000,) * 2))
            refused(r, *words)
            assert time.monotonic() - t < 30


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 1 MiB file system (tmpfs), mounted for the test; skipped where mounting is not
    allowed (it is as root on the project's machines)."""
    mnt = tmp_path / "disk"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.decode().strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_really_full_disk_keeps_the_old_plan_and_export(tiny_disk, plan_file):
    """A full disk (a real mounted file system with no room left, ENOSPC): saving a plan and
    writing an export each leave the old file untouched and no temporary, exit 2, one line."""
    plan = tiny_disk / "plan.mpplan"
    plan.write_bytes(plan_file.read_bytes())
    report = tiny_disk / "report.pdf"
    report.write_bytes(b"%PDF old report")
    filler = tiny_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    os.close(fd)
    plan_before = plan.read_bytes()
    refused(run("import", plan_file, plan, "--force"), "disk may be full")
    refused(run("export", plan_file, "--pdf", report), "disk may be full")
    refused(run("project", plan_file, "--csv", tiny_disk / "new.csv"), "disk may be full")
    assert plan.read_bytes() == plan_before and report.read_bytes() == b"%PDF old report"
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler", "plan.mpplan", "report.pdf"]
