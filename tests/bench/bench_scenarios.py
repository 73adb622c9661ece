"""Switching scenario in the window (issue 12). Prints figures; not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_scenarios.py

A 20,000-placement plan (tests/plans.py's benchmark plan) with a second scenario of 20,000
other placements, open in the real window with its panels and charts, 1400 x 880. Each switch
is a real Ctrl+PgDown key press on the timeline (Scenario > Next Scenario). Two figures, wall
time from the key press, median of BENCH_SWITCHES switches back and forth:

- first paint: until the timeline has painted the new scenario's bars (its paintEvent
  returned, the lanes rebuilt for the other scenario). Goal: <= 100 ms.
- settled: until the rules, the problems panel, the charts and the inspector follow it too
  (the analysis resumed after the paint, the event loop idle; the bands' worker thread runs
  on, it is not the GUI thread).

Also the first switch to each scenario (nothing of it cached yet) on its own.
"""

from __future__ import annotations

import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

SWITCHES = int(os.environ.get("BENCH_SWITCHES", "20"))
PLACEMENTS = int(os.environ.get("BENCH_PLACEMENTS", "20000"))


def settle(app, seconds=0.3):
    """Run the event loop until nothing has happened for a while (timers, redraws)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def switch(app, win, painted: list) -> tuple[float, float]:
    """One Ctrl+PgDown on the timeline: (first paint, settled) in seconds."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    tl = win.timeline
    tl.setFocus()
    before = win.doc.scenario
    painted.clear()
    t0 = time.perf_counter()
    QTest.keyClick(tl, Qt.Key_PageDown, Qt.ControlModifier)
    assert win.doc.scenario != before, "the shortcut did not switch"
    while not painted:
        app.processEvents()
    first = painted[0] - t0
    while win.doc.analysis_paused:
        app.processEvents()
    app.processEvents()                # the views' redraws the resumed analysis asked for
    done = time.perf_counter() - t0
    return first, done


def main():
    from campaign_planner.qt.app import create_app, make_window
    from campaign_planner.qt.timeline.view import TimelineView
    from campaign_planner.store.planfile import save_plan

    from bench_core import machine
    from plans import big_plan
    print("machine:", machine(), f"(offscreen, median of {SWITCHES} switches)")
    painted: list[float] = []
    paint = TimelineView.paintEvent

    def timed_paint(self, e):
        paint(self, e)
        painted.append(time.perf_counter())
    TimelineView.paintEvent = timed_paint
    with tempfile.TemporaryDirectory() as d:
        os.environ["CAMPAIGN_PLANNER_DATA_DIR"] = str(Path(d) / "appdata")
        a = big_plan(placements=PLACEMENTS)
        b = big_plan(placements=PLACEMENTS, seed=2)
        plan = dataclasses.replace(a, scenarios=(a.scenarios[0], dataclasses.replace(b.scenarios[0], name="B")))
        path = Path(d) / "two.mpplan"
        save_plan(plan, path)
        app = create_app()
        win = make_window(app, str(path))
        win.resize(1400, 880)
        settle(app, 1.5)
        assert win.charts is not None and win.problems is not None
        cold = [switch(app, win, painted)]          # to B: nothing of it worked out yet
        settle(app, 0.5)
        cold.append(switch(app, win, painted))      # back to A
        settle(app, 0.5)
        firsts, dones = [], []
        for _ in range(SWITCHES):
            first, done = switch(app, win, painted)
            firsts.append(first)
            dones.append(done)
            settle(app, 0.3)
        n = f"{PLACEMENTS:,}"
        print(f"{'first switch to B: first paint / settled':<52} {cold[0][0] * 1000:6.1f} ms / "
              f"{cold[0][1] * 1000:6.1f} ms")
        print(f"{'first switch back to A: first paint / settled':<52} {cold[1][0] * 1000:6.1f} ms / "
              f"{cold[1][1] * 1000:6.1f} ms")
        print(f"{f'switch scenario, {n} placements: first paint':<52} {statistics.median(firsts) * 1000:6.1f} ms "
              f"(median; max {max(firsts) * 1000:.1f} ms; goal <= 100 ms)")
        print(f"{f'switch scenario, {n} placements: settled':<52} {statistics.median(dones) * 1000:6.1f} ms "
              f"(median; max {max(dones) * 1000:.1f} ms)")
        win.doc.undo_stack.setClean()
        win.close()


if __name__ == "__main__":
    main()
