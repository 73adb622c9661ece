"""What one edit costs the GUI thread, against the projection of the same plan (issue 9).
Prints figures; not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_edit.py

For the 2,000- and 20,000-placement benchmark plans of tests/plans.py, in the real window
with its charts: a placement is selected and nudged a day by a real Right-arrow key press
(other placements' and a phase rename's and a note's edits too), then the event loop runs
until it is idle (every rate-limited redraw and the autosave done; the bands' worker thread
is not the GUI thread). The figure is the GUI thread's CPU time for that (time.thread_time),
median of 25, divided by the projection's time (reach.project of the plan from scratch,
wall time, median of 9).
Goal: <= 3 at both sizes.
"""

from __future__ import annotations

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

EDITS = int(os.environ.get("BENCH_EDITS", "25"))


def settle(app, seconds=0.35):
    """Run the event loop until nothing has happened for a while (timers, redraws, autosave)."""
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def measure(app, win, action, n=EDITS):
    times = []
    for i in range(n):
        settle(app, 0.05)
        t0 = time.thread_time()
        action(i)
        settle(app)
        times.append(time.thread_time() - t0)
    return statistics.median(times)


def bench_plan(app, path: Path, label: str):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from campaign_planner.core import edits, reach
    from campaign_planner.qt.app import make_window
    win = make_window(app, str(path))
    win.resize(1400, 880)
    settle(app, 1.0)
    plan = win.doc.plan
    proj = []
    for _ in range(9):
        reach._ROWS_CACHE = None  # a cold projection: no rows kept from an earlier call
        t = time.perf_counter()
        reach.project(plan)
        proj.append(time.perf_counter() - t)
    projection = statistics.median(proj)
    tl = win.timeline
    pid = win.doc.placements()[len(win.doc.placements()) // 2].id
    tl.select_placement(pid)
    settle(app, 0.5)

    def nudge(i):
        tl.setFocus()
        QTest.keyClick(tl, Qt.Key_Right if i % 2 == 0 else Qt.Key_Left)

    def rename_phase(i):
        win.doc.edit("Rename phase", edits.rename_phase, plan.phases[0].id, f"Phase {i}")

    def note(i):
        win.doc.edit("Edit note", edits.update_placement, pid, scenario=win.doc.scenario, note=f"note {i}")

    rows = []
    for name, action in (("nudge (Right arrow)", nudge), ("rename a phase", rename_phase), ("edit a note", note)):
        t = measure(app, win, action)
        rows.append((name, t))
    print(f"{label}: projection {projection * 1000:6.1f} ms")
    for name, t in rows:
        print(f"  {name:<28} GUI thread {t * 1000:7.1f} ms   ratio {t / projection:5.2f}   (goal <= 3)")
    win.doc.undo_stack.setClean()
    win.close()
    win.deleteLater()
    settle(app, 0.2)


def main():
    from campaign_planner.qt.app import create_app
    from campaign_planner.store.planfile import save_plan

    from bench_core import machine
    from plans import big_plan
    print("machine:", machine(), f"(offscreen, median of {EDITS} edits)")
    with tempfile.TemporaryDirectory() as d:
        os.environ["CAMPAIGN_PLANNER_DATA_DIR"] = str(Path(d) / "appdata")
        app = create_app()
        for n in (2_000, 20_000):
            path = Path(d) / f"plan{n}.mpplan"
            save_plan(big_plan(placements=n), path)
            bench_plan(app, path, f"{n:,} placements")


if __name__ == "__main__":
    main()
