"""Fuzzing the plan-file reader: thousands of mutated plan files, opened in worker
subprocesses (a crash or a hang there cannot hide): 0 crashes, 0 hangs, and nothing but
PlanFileError. 2,000 cases by default, 100,000 with --long. Each case is reproducible
from its number: the mutation is drawn from random.Random(case)."""

import os
import subprocess
import sys
import time
from pathlib import Path

from campaign_planner.core.catalog import builtin_template
from campaign_planner.store.planfile import save_plan

from plans import big_plan

WORKER = r"""
import random, struct, sys
from campaign_planner.store.planfile import PlanFileError, plan_from_bytes

bases = [open(p, "rb").read() for p in sys.argv[3:]]
import os
SELFTEST = os.environ.get("FUZZ_HARNESS_SELFTEST") == "1"

def mutate(rng, data):
    b = bytearray(data)
    page = struct.unpack(">H", data[16:18])[0] or 65536
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(8)
        if op == 0 and b:  # flip a few bytes anywhere
            for _ in range(rng.randint(1, 16)):
                b[rng.randrange(len(b))] = rng.randrange(256)
        elif op == 1 and len(b) >= 100:    # a header field
            i = rng.randrange(100)
            b[i] = rng.randrange(256)
        elif op == 2 and len(b) > 1:    # truncate
            del b[rng.randrange(1, len(b)):]
        elif op == 3:    # a page of noise
            p = rng.randrange(max(1, len(b) // page))
            b[p * page:(p + 1) * page] = bytes(rng.randrange(256) for _ in range(page))
        elif op == 4:    # a page copied over another (b-tree pointers now lie)
            n = max(1, len(b) // page)
            src, dst = rng.randrange(n), rng.randrange(n)
            b[dst * page:(dst + 1) * page] = b[src * page:(src + 1) * page]
        elif op == 5:    # edit the schema text in the first page (sqlite_master)
            first = bytes(b[:page])
            i = first.find(b"CREATE TABLE")
            if i >= 0:
                j = i + rng.randrange(0, 200)
                if j < min(page, len(b)):
                    b[j] = rng.choice(b"()[],;\"' ABCXYZabc0123456789")
        elif op == 6:    # grow: append pages of zeros or noise
            b += bytes(rng.randrange(2) * rng.randrange(256) for _ in range(page * rng.randint(1, 3)))
        elif len(b) > 4:  # big-endian integers in cell headers set to extremes
            i = rng.randrange(len(b) - 4)
            b[i:i + 4] = rng.choice([b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff\xff\xff"])
    return bytes(b)

first, last = int(sys.argv[1]), int(sys.argv[2])
for case in range(first, last):
    print("start", case, flush=True)
    rng = random.Random(case)
    data = mutate(rng, bases[case % len(bases)])
    if SELFTEST and case == 3:
        import os; os.abort()
    if SELFTEST and case == 5:
        import time; time.sleep(60)
    try:
        plan_from_bytes(data, f"case {case}")
        result = "opened"
    except PlanFileError:
        result = "refused"
    except BaseException as e:
        result = "BUG " + type(e).__name__ + ": " + str(e).replace("\n", " ")[:200]
    print("done", case, result, flush=True)
"""


class _Lines:
    """Lines from a pipe, read with os.read on the raw descriptor (never a buffered reader,
    whose buffer select() cannot see): ``next(timeout)`` gives a line, "" at the end, or
    None when nothing came in time."""

    def __init__(self, fd: int):
        import selectors
        self.fd, self.buf, self.eof = fd, b"", False
        self.sel = selectors.DefaultSelector()
        self.sel.register(fd, selectors.EVENT_READ)

    def next(self, timeout: float):
        while b"\n" not in self.buf and not self.eof:
            if not self.sel.select(timeout=max(0.0, timeout)):
                return None
            chunk = os.read(self.fd, 65536)
            self.eof = not chunk
            self.buf += chunk
        if b"\n" in self.buf:
            line, self.buf = self.buf.split(b"\n", 1)
            return line.decode() + "\n"
        return ""

    def close(self):
        self.sel.close()


def run_cases(bases: list[Path], first: int, last: int, per_case_timeout: float = 10.0, env=None):
    """Run cases [first, last) in workers; restart a worker after a crash or a hang."""
    results, crashes, hangs, bugs = {}, [], [], []
    case = first
    while case < last:
        proc = subprocess.Popen([sys.executable, "-c", WORKER, str(case), str(last), *map(str, bases)],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0, env=env)
        current = None
        last_done = case - 1
        deadline = time.monotonic() + 120  # a worker's start-up (imports) is not a case
        lines = _Lines(proc.stdout.fileno())
        while True:
            line = lines.next(deadline - time.monotonic())
            if line is None:         # the current case runs too long: a hang
                proc.kill()
                proc.wait()
                at = current if current is not None else last_done + 1
                hangs.append(at)
                case = at + 1
                break
            if not line:             # the worker ended
                proc.wait()
                if proc.returncode != 0 or last_done < last - 1:
                    # died (or stopped early) during a case, or between two: either is a crash
                    at = current if current is not None else last_done + 1
                    crashes.append((at, proc.returncode))
                    case = at + 1
                else:
                    case = last
                break
            kind, n, *rest = line.split(" ", 2)
            n = int(n)
            if kind == "start":
                current = n
                deadline = time.monotonic() + per_case_timeout
            else:
                deadline = time.monotonic() + per_case_timeout
                last_done = n
                results[n] = rest[0].strip()
                if results[n].startswith("BUG"):
                    bugs.append((n, results[n]))
                current = None
        lines.close()
        proc.stdout.close()
    return results, crashes, hangs, bugs


def test_mutated_plan_files_give_only_plan_file_errors(tmp_path, long_run):
    """Fuzzing: thousands of mutated plan files, each opened in a subprocess: 0 crashes, 0 hangs, 0 exceptions other than PlanFileError."""
    small = tmp_path / "template.mpplan"
    save_plan(builtin_template("weibo-alipay-2019"), small)
    larger = tmp_path / "larger.mpplan"
    save_plan(big_plan(placements=300, slots=10, days=365), larger)
    n = 100_000 if long_run else 2_000
    t = time.perf_counter()
    results, crashes, hangs, bugs = run_cases([small, larger], 0, n)
    elapsed = time.perf_counter() - t
    counts = {k: sum(1 for v in results.values() if v == k) for k in ("opened", "refused")}
    print(f"\nfuzz: {n} cases in {elapsed:.0f} s: {counts}, crashes {crashes[:5]}, hangs {hangs[:5]}, "
          f"bugs {bugs[:3]}")
    assert not crashes and not hangs and not bugs
    assert len(results) == n
    assert counts["refused"] > n * 0.5  # the mutations really damage the files


def test_the_harness_catches_crashes_and_hangs(tmp_path):
    """Control: a worker that aborts on case 3 and hangs on case 5 is caught, and the run goes on."""
    base = tmp_path / "template.mpplan"
    save_plan(builtin_template("weibo-alipay-2019"), base)
    env = dict(os.environ, FUZZ_HARNESS_SELFTEST="1")
    results, crashes, hangs, bugs = run_cases([base], 0, 8, per_case_timeout=3, env=env)
    assert [c for c, _ in crashes] == [3] and hangs == [5]
    assert sorted(results) == [0, 1, 2, 4, 6, 7]
