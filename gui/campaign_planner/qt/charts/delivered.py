"""The Delivered tab: delivered reach beside the plan's projection (File > Import Delivered
Numbers…). For each delivered slot: the scenario's planned reach of the slot alone (a line),
what the dashboard reported (dots), and the model with the fitted values and the delivered
impressions (a dashed line) — how well the calibration fits."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from ...core import calibrate
from ...text import one_line
from .views import _TimeChart

COLORS = ("#1565C0", "#D81B60", "#2E7D32", "#EF6C00", "#6A1B9A", "#00838F", "#5D4037", "#C62828")


class DeliveredChart(_TimeChart):
    """Delivered reach by slot against the plan (``set_data``)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list = []
        self.plot.addItem(self.cursor)
        self.series: dict = {}

    def set_data(self, plan, scenario: str, pr, delivered) -> None:
        """``delivered``: (core.calibrate.Actuals, Calibration) of the plan; ``pr`` the
        projection of ``scenario`` (for the days)."""
        actuals, cal = delivered
        self.plan, self.projection = plan, pr
        self.axis.start = plan.start
        for item in self.items:
            self.plot.removeItem(item)
        self.items = []
        self.clear_legend()
        known = [sa for sa in actuals.slots if sa.slot in {s.id for s in plan.slots}]
        planned = calibrate.planned_series(plan, scenario, [sa.slot for sa in known])
        fitted = calibrate.delivered_series(plan, calibrate.Actuals(actuals.start, tuple(known)), cal)
        shift = (actuals.start - plan.start).days  # the plan's dates moved since the import
        top = 1.0
        self.series = {}
        for i, sa in enumerate(known):
            color = COLORS[i % len(COLORS)]
            name = one_line(plan.slot(sa.slot).name)
            x = np.arange(plan.days, dtype=float)
            days = sa.days.astype(float) + shift
            line = pg.PlotCurveItem(x, planned[sa.slot], pen=pg.mkPen(color, width=2))
            dots = pg.ScatterPlotItem(days, sa.reach, size=6, pen=pg.mkPen(color), brush=pg.mkBrush(color),
                                      symbol="o")
            model = pg.PlotCurveItem(days, fitted[sa.slot], pen=pg.mkPen(color, width=1.5, style=Qt.DashLine))
            for item in (line, model, dots):
                self.plot.addItem(item)
                self.items.append(item)
            self.add_legend(self.tr("%1: planned").replace("%1", name), pg.mkPen(color, width=2))
            self.add_legend(self.tr("%1: delivered").replace("%1", name), pg.mkPen(color, width=4, style=Qt.DotLine))
            self.series[sa.slot] = (name, planned[sa.slot], days, sa.reach)
            top = max(top, float(planned[sa.slot].max()) if plan.days else 0.0, float(sa.reach.max()))
        self.add_legend(self.tr("Fitted model (dashed, in the slot's colour)"),
                        pg.mkPen("#616161", width=1.5, style=Qt.DashLine))
        pct = 100.0
        self.set_title(self.tr("Delivered reach beside the plan (%1): the fit's error %2 % with the fitted values, "
                               "%3 % with the plan's values when imported").replace("%1", one_line(scenario))
                       .replace("%2", f"{cal.error_after * pct:.1f}").replace("%3", f"{cal.error_before * pct:.1f}"))
        self._y_top = 0.0
        self._set_top(top)
        self.plot.setXRange(-0.5, plan.days - 0.5, padding=0)

    def hover_text(self, day: int) -> str:
        parts = [str(self.date_of(day))]
        for name, planned, days, reach in self.series.values():
            got = np.flatnonzero(days == day)
            delivered = self.people(float(reach[got[0]])) if len(got) else "–"
            parts.append(self.tr("%1 planned %2, delivered %3").replace("%1", name).replace(
                "%2", self.people(float(planned[day]))).replace("%3", delivered))
        return "    ".join(parts)
