"""The Compare tab in the window (issue 12). Prints figures; not a test.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_compare.py

The 2,000-placement benchmark plan (tests/plans.py) with a second scenario B (a copy with
10 placements moved), open in the real window, 1400 x 880, the charts' Compare tab shown.
Each edit is a real Right-arrow key press on the timeline nudging one placement of the
scenario shown by a day. Figures, median of BENCH_EDITS edits:

- compare redraw: from the key press until the Compare tab's charts and table show the new
  numbers (GUI thread: two projections' worth of work, one cached for the scenario shown);
- band ready: until the P10-P90 band of B - A (200 draws, common random numbers, in the
  worker thread after the 250 ms pause in editing) is drawn again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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

EDITS = int(os.environ.get("BENCH_EDITS", "10"))
PLACEMENTS = int(os.environ.get("BENCH_PLACEMENTS", "2000"))


def main():
    from bench_scenarios import settle
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from campaign_planner.qt.app import create_app, make_window
    from campaign_planner.qt.charts.views import KINDS
    from campaign_planner.store.planfile import save_plan

    from bench_core import machine
    from plans import big_plan

    print("machine:", machine(), f"(offscreen, median of {EDITS} edits)")
    with tempfile.TemporaryDirectory() as d:
        os.environ["CAMPAIGN_PLANNER_DATA_DIR"] = str(Path(d) / "appdata")
        a = big_plan(placements=PLACEMENTS).scenarios[0]
        plan = big_plan(placements=PLACEMENTS)
        moved = tuple(dataclasses.replace(p, start=p.start + dt.timedelta(days=3), end=p.end + dt.timedelta(days=3))
                      if i < 10 else p for i, p in enumerate(a.placements))
        plan = dataclasses.replace(plan, scenarios=(a, dataclasses.replace(a, name="B", placements=moved)))
        path = Path(d) / "compare.mpplan"
        save_plan(plan, path)
        app = create_app()
        win = make_window(app, str(path))
        win.resize(1400, 880)
        settle(app, 1.5)
        win.charts.tabs.setCurrentIndex(len(KINDS))
        panel = win.charts.compare
        settle(app, 0.5)
        while panel.difference.comparison is None:
            app.processEvents()
        redraws, readies = [], []
        tl = win.timeline
        for i in range(EDITS):
            win.doc.selection.set_placements([win.doc.placements()[i].id])
            settle(app, 0.1)
            tl.setFocus()
            drawn = panel.difference.curve.getData()[1].copy()
            t0 = time.perf_counter()
            QTest.keyClick(tl, Qt.Key_Right)
            while panel._dirty or (panel.difference.curve.getData()[1] == drawn).all():
                app.processEvents()
            redraws.append(time.perf_counter() - t0)
            while panel.difference.comparison is None:
                app.processEvents()
                time.sleep(0.001)
            readies.append(time.perf_counter() - t0)
            settle(app, 0.2)
        print(f"{'compare redraw after an edit, 2,000 placements':<52} {statistics.median(redraws) * 1000:6.1f} ms "
              f"(median; max {max(redraws) * 1000:.1f} ms)")
        print(f"{'band of B - A ready after an edit (M=200)':<52} {statistics.median(readies) * 1000:6.1f} ms "
              f"(median; includes the 250 ms pause; max {max(readies) * 1000:.1f} ms)")
        win.doc.undo_stack.setClean()
        win.close()


if __name__ == "__main__":
    main()
