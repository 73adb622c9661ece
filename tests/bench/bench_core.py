"""Benchmarks of the headless core. Prints figures; not a test.

    .venv/bin/python tests/bench/bench_core.py

Targets (issue 2): projection of 2,000 placements x 40 slots x 730 days <= 20 ms median;
bands M=200 <= 1.5 s; open and save of a 20,000-placement plan <= 0.5 s each.
Issue 12: ``compare --bands`` M=200 on that plan <= 1.5 x one scenario's bands; the
projection stays fast with a k+ target; costs, k+ and per-phase reach on their own.
Issue 14: 32 activity nodes for every series and the bands (16 and 12 before): projection
<= 1.5 x its time before; the bands of a plan without ranges (each draw computed once).
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import dataclasses  # noqa: E402
import datetime as dt  # noqa: E402
import random  # noqa: E402

from campaign_planner.core.costs import costs  # noqa: E402
from campaign_planner.core.plan import Scenario  # noqa: E402
from campaign_planner.core.reach import bands, compare, kplus_reach, phase_reach, project  # noqa: E402
from campaign_planner.core.rules import check  # noqa: E402
from campaign_planner.store.planfile import open_plan, save_plan  # noqa: E402

from plans import big_plan  # noqa: E402


def timed(fn, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), min(times), max(times)


def row(name, stats, target=None, unit="ms"):
    scale = 1000 if unit == "ms" else 1
    med, lo, hi = (x * scale for x in stats)
    tgt = f"  (target <= {target} {unit})" if target is not None else ""
    print(f"{name:<48} median {med:8.1f} {unit}   min {lo:8.1f}   max {hi:8.1f}{tgt}")


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def with_b(plan, moved: int, days: int = 7):
    """``plan`` with a scenario B: a copy of A with ``moved`` placements (at random) a week later."""
    pls = list(plan.scenarios[0].placements)
    for i in random.Random(3).sample(range(len(pls)), moved):
        p = pls[i]
        pls[i] = dataclasses.replace(p, start=p.start + dt.timedelta(days=days),
                                     end=min(p.end + dt.timedelta(days=days), plan.end))
    return dataclasses.replace(plan, scenarios=plan.scenarios + (Scenario("B", tuple(pls)),))


def no_ranges(plan):
    """``plan`` with every assumption's range taken away (issue 14: the bands are then the line)."""
    from campaign_planner.core.plan import Assumption

    def strip(obj):
        if isinstance(obj, Assumption):
            return dataclasses.replace(obj, low=None, high=None)
        if isinstance(obj, tuple):
            return tuple(strip(x) for x in obj)
        if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
            return dataclasses.replace(obj, **{f.name: strip(getattr(obj, f.name)) for f in dataclasses.fields(obj)})
        return obj

    return strip(plan)


def issue_12(plan):
    k3 = dataclasses.replace(plan, target_frequency=3)
    project(k3)
    row("projection with a 3+ target (k+ series too)", timed(lambda: project(k3), 20), 20)
    row("k+ reach series alone, k = 3", timed(lambda: kplus_reach(plan, k=3), 10))
    row("k+ reach series alone, k = 10", timed(lambda: kplus_reach(plan, k=10), 10))
    row(f"per-phase reach ({len(plan.phases)} phases)", timed(lambda: phase_reach(plan), 10))
    row("costs of 2,000 placements (after caps)", timed(lambda: costs(plan), 20))
    one = timed(lambda: bands(plan, draws=200), 5)
    row("bands M=200 (again, for the ratios below)", one)
    for label, moved in (("a copy of A", 0), ("A with 10 placements moved", 10),
                         ("A with 100 placements moved", 100), ("A with every placement moved", 2000)):
        pair = with_b(plan, moved)
        stats = timed(lambda pair=pair: compare(pair, "A", "B", draws=200), 5)
        row(f"compare --bands M=200, B = {label}", stats)
        print(f"{'  ratio to one scenario':<48} {stats[0] / one[0]:8.2f} x   (target <= 1.5 x)")


def main():
    print("machine:", machine())
    plan = big_plan(placements=2000, slots=40, days=730)
    project(plan)  # warm up imports and caches
    row("projection 2,000 placements / 40 slots / 730 d", timed(lambda: project(plan), 30), 20)
    row("rules 2,000 placements", timed(lambda: check(plan), 10))
    row("bands M=200 on it", timed(lambda: bands(plan, draws=200), 5), 1500)
    flat = no_ranges(plan)
    row("bands M=200, no ranges (each draw is the line)", timed(lambda: bands(flat, draws=200), 5))
    issue_12(plan)

    big = big_plan(placements=20_000, slots=40, days=730)
    row(f"rules 20,000 placements ({len(check(big))} problems)", timed(lambda: check(big), 5))
    tidy = big_plan(placements=20_000, slots=40, days=730, tidy=True)
    row(f"rules 20,000 placements ({len(check(tidy))} problems)", timed(lambda: check(tidy), 5))
    row("projection 20,000 placements", timed(lambda: project(big), 5))
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "big.mpplan"
        row("save 20,000-placement plan (atomic, verified)", timed(lambda: save_plan(big, path), 5), 0.5, unit="s")
        row("open 20,000-placement plan", timed(lambda: open_plan(path), 5), 0.5, unit="s")
        print(f"{'file size':<48} {path.stat().st_size / 1e6:.2f} MB")
        from campaign_planner.core import edits
        from campaign_planner.store.autosave import WorkingCopy
        for p, label in ((plan, "2,000"), (big, "20,000")):
            wc = WorkingCopy(Path(d) / "autosave")
            t = time.perf_counter()
            wc.write(p, None)
            first = time.perf_counter() - t
            moved, _ = edits.move_placements(p, {p.scenarios[0].placements[7].id}, 1)
            versions = [moved, p]
            state = {"i": 0}

            def one_edit(state=state, wc=wc, versions=versions):  # a placement moved, then back
                state["i"] += 1
                wc.write(versions[state["i"] % 2], None)
            row(f"autosave of one edit, {label} placements (fsynced)", timed(one_edit, 20))
            print(f"{'  (the first write of that plan: all placements)':<48} {first * 1000:8.1f} ms")
            wc.discard()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (max RSS) of this process':<48} {peak:.0f} MiB")


if __name__ == "__main__":
    main()
