"""The optimiser (issue 13). Prints figures; not a test.

    .venv/bin/python tests/bench/bench_optimize.py

A plan of 40 slots over 365 days (tests/plans.py's benchmark plan, 2,000 placements in its
base scenario, each unit costing 100), so 40 x 365 candidate bookings less those the caps
fill; a budget of 50,000 buys about 500 bookings. Goal: <= 5 s. Median of 5 runs. Run with the
plan's target frequency 1 (1+ reach, the lazy greedy) and 3 (3+ reach, the plain greedy).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def main():
    import dataclasses

    from campaign_planner.core.optimize import optimize

    from bench_core import machine
    from plans import big_plan

    plan = big_plan(placements=2000, slots=40, days=365)
    print("machine:", machine())
    for k in (1, 3):
        p = dataclasses.replace(plan, target_frequency=k)
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            s = optimize(p, budget=50_000.0)
            times.append(time.perf_counter() - t0)
        what = "lazy greedy, 1+ reach" if k == 1 else f"plain greedy, {k}+ reach"
        print(
            f"k = {k}: candidates {s.candidates:,}, bookings chosen {len(s.bookings):,}, cost {s.cost:,.0f}, "
            f"{k}+ reach {s.reach_before:,.0f} -> {s.reach_after:,.0f}"
        )
        print(
            f"{'optimise, 40 slots x 365 days, ~500 bookings, k = ' + str(k):<56} "
            f"{statistics.median(times) * 1000:7.1f} ms (median of 5; {what}; goal <= 5 s)"
        )


if __name__ == "__main__":
    main()
