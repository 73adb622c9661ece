"""Suggest Bookings… in the window (issue 13). Prints figures; not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_suggest.py

The optimiser's benchmark plan (40 slots x 365 days, 2,000 placements, each unit costing 100;
a budget of 50,000 buys about 500 bookings) open in the real window, 1400 x 880. The
suggestion is run as the menu action runs it (``Suggester.run``: a pool thread, the progress
dialog). Meanwhile a 1 ms timer on the GUI thread notes when it fires: the longest gap
between two firings is the longest the event loop was blocked. Figures, for the plan's
target frequency 1 and 3, median of RUNS runs, each started once the bands are drawn:

- optimise: from the request until the result reaches the GUI thread;
- longest gap while optimising: the event loop's longest block in that time (goal <= 50 ms);
- apply: the GUI thread adding the scenario (one undoable edit), projecting it and drawing
  the Compare tab (the charts and table; the bands follow on a pool thread).
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

RUNS = int(os.environ.get("BENCH_RUNS", "5"))


def main():
    from bench_scenarios import settle
    from PySide6.QtCore import QTimer

    from campaign_planner.qt.app import create_app, make_window
    from campaign_planner.qt.suggest import SuggestRequest
    from campaign_planner.store.planfile import save_plan

    from bench_core import machine
    from plans import big_plan

    print("machine:", machine(), f"(offscreen, median of {RUNS} runs)")
    app = create_app()
    for k in (1, 3):
        with tempfile.TemporaryDirectory() as d:
            os.environ["CAMPAIGN_PLANNER_DATA_DIR"] = str(Path(d) / "appdata")
            plan = dataclasses.replace(big_plan(placements=2000, slots=40, days=365), target_frequency=k)
            path = Path(d) / "suggest.mpplan"
            save_plan(plan, path)
            win = make_window(app, str(path))
            win.resize(1400, 880)
            settle(app, 1.5)
            suggester = win.scenarios.suggester
            ticks: list[float] = []
            timer = QTimer()
            timer.setInterval(1)
            timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
            applied: list[tuple[float, float]] = []
            real_apply = suggester._apply

            def timed_apply(s, request, real_apply=real_apply, applied=applied):
                t0 = time.perf_counter()
                real_apply(s, request)
                app.processEvents()  # the charts draw what the edit changed
                applied.append((t0, time.perf_counter()))
            suggester._apply = timed_apply
            optimise, gaps, applies = [], [], []
            def bands_done(win=win):
                """A person asks on a plan whose bands are drawn: wait for them (both tabs)."""
                t = time.perf_counter()
                compare = win.charts.compare
                while time.perf_counter() - t < 60 and (win.charts.bands.result is None or (
                        compare is not None and compare.bands.active and compare.bands.result is None)):
                    app.processEvents()
                    compare = win.charts.compare
                settle(app, 0.2)
            for run in range(RUNS):
                bands_done()
                request = SuggestRequest(base=plan.scenarios[0].name, name=f"Suggested {run}", budget=50_000.0,
                                         bookings=None, slots=tuple(s.id for s in plan.slots), start=plan.start,
                                         end=plan.end)
                ticks.clear()
                timer.start()
                t0 = time.perf_counter()
                suggester.run(request)
                while suggester.busy:
                    app.processEvents()
                timer.stop()
                start_apply, end_apply = applied[-1]
                during = [t0] + [t for t in ticks if t < start_apply] + [start_apply]
                optimise.append(start_apply - t0)
                gaps.append(max(b - a for a, b in zip(during, during[1:])))
                applies.append(end_apply - start_apply)
                win.act_undo.trigger()
            print(f"target {k}+: optimise {statistics.median(optimise) * 1000:7.1f} ms, longest gap while optimising "
                  f"{statistics.median(gaps) * 1000:5.1f} ms (max {max(gaps) * 1000:.1f}; goal <= 50 ms), "
                  f"apply {statistics.median(applies) * 1000:6.1f} ms")
            win.doc.undo_stack.setClean()
            win.close()
            settle(app, 0.2)


if __name__ == "__main__":
    main()
