"""Hypothesis strategies: valid plans of every shape the format allows."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from campaign_planner.core.plan import (
    Assumption,
    Audience,
    MiniProgram,
    Phase,
    Placement,
    Plan,
    Platform,
    Scenario,
    Segment,
    Slot,
)

ids = st.from_regex(r"\A[a-z][a-z0-9_]{0,6}\Z")
names = st.text(max_size=12)
dates = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def assumption(draw, lo=1e-6, hi=1e12, share=False, source=True):
    if share:
        lo, hi = 1e-6, 1.0
    v = draw(st.floats(lo, hi, allow_nan=False, allow_infinity=False))
    low = draw(st.none() | st.floats(lo, v))
    high = draw(st.none() | st.floats(v, hi))
    src = draw(st.none() | names) if source else None
    return Assumption(v, low, high, src)


def unique(strategy, n_max):
    return st.lists(strategy, max_size=n_max, unique=True)


@st.composite
def plans(draw, max_placements=12):
    start = draw(dates)
    days = draw(st.integers(1, 400))
    end = start + dt.timedelta(days=days - 1)
    pids = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    platforms = tuple(Platform(p, draw(names)) for p in pids)
    seg_ids = draw(unique(ids, 4))
    segments = tuple(Segment(s, draw(assumption(1.0, 1e9)),
                             tuple(draw(st.lists(st.sampled_from(pids), unique=True, max_size=len(pids)))),
                             draw(names)) for s in seg_ids)
    slot_ids = draw(st.lists(ids, min_size=1, max_size=5, unique=True))
    slots = tuple(Slot(
        s, draw(names), draw(st.sampled_from(pids)), draw(st.sampled_from(["insertion", "day"])),
        draw(assumption(1.0, 1e9)), draw(assumption(share=True)), draw(assumption(share=True)),
        draw(st.none() | st.floats(0.5, 100)), tuple(draw(st.lists(ids, max_size=2))),
        draw(st.floats(0, 1e6))) for s in slot_ids)
    phases = []
    for i, p in enumerate(draw(st.lists(st.none() | st.sampled_from(pids), max_size=3, unique=True))):
        s = start + dt.timedelta(days=draw(st.integers(0, days - 1)))
        e = s + dt.timedelta(days=draw(st.integers(0, 90)))
        phases.append(Phase(f"ph{i}", draw(names), p, s, e, tuple(draw(st.lists(ids, max_size=3)))))
    scen_names = draw(st.lists(st.text(min_size=1, max_size=8).filter(lambda x: x.strip()),
                               min_size=1, max_size=2, unique=True))
    scenarios = []
    for sn in scen_names:
        pls = []
        for i in range(draw(st.integers(0, max_placements))):
            s = start + dt.timedelta(days=draw(st.integers(-5, days + 5)))
            e = s + dt.timedelta(days=draw(st.integers(0, 40)))
            pls.append(Placement(f"p{i}", draw(st.sampled_from(slot_ids)), s, e,
                                 draw(st.floats(0.01, 1000)), draw(st.none() | st.floats(0, 1e9)), draw(names)))
        scenarios.append(Scenario(sn, tuple(pls)))
    return Plan(
        name=draw(st.text(min_size=1, max_size=20).filter(lambda x: x.strip())), start=start, end=end,
        mini_program=MiniProgram(draw(names), draw(ids), tuple(draw(st.lists(ids, max_size=3))),
                                 draw(assumption(share=True))),
        audience=Audience(draw(assumption(0.05, 50)), segments),
        platforms=platforms, phases=tuple(phases), slots=slots, scenarios=tuple(scenarios),
        target_reach=draw(st.none() | st.floats(1, 1e10)),
    )
