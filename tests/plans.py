"""Plans for tests and benchmarks, built in code."""

from __future__ import annotations

import datetime as dt
import random

from campaign_planner.core.plan import (
    Audience,
    MiniProgram,
    Phase,
    Placement,
    Plan,
    Platform,
    Scenario,
    Segment,
    Slot,
    num,
)

D = dt.date


def simple_plan(*, kappa=0.8, sizes=((1000.0, ("x",)),), slots=None, placements=(), days=10,
                platforms=("x",), phases=(), category="public_welfare", flags=(), target=None) -> Plan:
    start = D(2020, 1, 1)
    if slots is None:
        slots = [Slot("s1", "Slot one", platforms[0], "day", num(100.0), num(1.0), num(0.1))]
    return Plan(
        name="Test plan", start=start, end=start + dt.timedelta(days=days - 1),
        mini_program=MiniProgram("Test", category, tuple(flags), num(0.4)),
        audience=Audience(num(kappa), tuple(Segment(f"seg{i}", num(n), tuple(p)) for i, (n, p) in enumerate(sizes))),
        platforms=tuple(Platform(p, p.upper()) for p in platforms),
        phases=tuple(phases), slots=tuple(slots),
        scenarios=(Scenario("A", tuple(placements)),), target_reach=target,
    )


def big_plan(placements=2000, slots=40, days=730, seed=1, tidy=False) -> Plan:
    """A plan of the benchmark's size: ``slots`` slots over two platforms, ``placements``
    placements spread over ``days`` days (3 to 30 days each, overlapping at random; with
    ``tidy``, each slot's placements follow each other without overlap)."""
    rng = random.Random(seed)
    start = D(2019, 7, 1)
    sl = []
    for j in range(slots):
        plat = "weibo" if j % 2 else "alipay"
        cap = 24.0 if j % 5 == 0 else None
        sl.append(Slot(f"slot{j}", f"Slot {j}", plat, "day" if cap is None else "insertion",
                       num(1e6 * (1 + j % 7), 5e5, 3e6 * (1 + j % 7)), num(0.2 + 0.015 * j, 0.1, 0.9),
                       num(0.02, 0.01, 0.04), max_units_per_day=cap, cost_per_unit=100.0))
    pls = []
    per_slot = -(-placements // slots)
    for i in range(placements):
        if tidy:
            j, k = i % slots, i // slots
            s = k * days // per_slot
            e = max(s, (k + 1) * days // per_slot - 1)
        else:
            s = rng.randrange(days - 3)
            length = rng.randrange(3, 31)
            e = min(days - 1, s + length - 1)
            j = rng.randrange(slots)
        pls.append(Placement(f"p{i}", f"slot{j}", start + dt.timedelta(days=s), start + dt.timedelta(days=e),
                             float(rng.choice([1, 2, 4, 8]))))
    return Plan(
        name=f"Benchmark {placements}", start=start, end=start + dt.timedelta(days=days - 1),
        mini_program=MiniProgram("Bench", "public_welfare", ("whitelisted", "service_type"), num(0.4, 0.3, 0.5)),
        audience=Audience(num(0.8, 0.5, 1.2), (
            Segment("alipay_only", num(250e6, 151e6, 280e6), ("alipay",)),
            Segment("weibo_only", num(236e6, 230e6, 250e6), ("weibo",)),
            Segment("both", num(250e6, 220e6, 280e6), ("alipay", "weibo")))),
        platforms=(Platform("alipay", "Alipay"), Platform("weibo", "Weibo")),
        phases=(Phase("internal", "Internal test", "weibo", start, start + dt.timedelta(days=180),
                      ("public_welfare",)),
                Phase("open", "Open", "weibo", start + dt.timedelta(days=181), start + dt.timedelta(days=days - 1),
                      ("all",))),
        slots=tuple(sl), scenarios=(Scenario("A", tuple(pls)),), target_reach=300e6,
    )
