"""Benchmarks of the headless core. Prints figures; not a test.

    .venv/bin/python tests/bench/bench_core.py

Targets (issue 2): projection of 2,000 placements x 40 slots x 730 days <= 20 ms median;
bands M=200 <= 1.5 s; open and save of a 20,000-placement plan <= 0.5 s each.
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

from campaign_planner.core.reach import bands, project  # noqa: E402
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


def main():
    print("machine:", machine())
    plan = big_plan(placements=2000, slots=40, days=730)
    project(plan)  # warm up imports and caches
    row("projection 2,000 placements / 40 slots / 730 d", timed(lambda: project(plan), 30), 20)
    row("rules 2,000 placements", timed(lambda: check(plan), 10))
    row("bands M=200 on it", timed(lambda: bands(plan, draws=200), 3), 1.5, unit="s")

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
