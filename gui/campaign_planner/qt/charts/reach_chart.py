"""Live reach chart: cumulative unique reach stacked by segment, the total line and the
target line, x linked to the timeline's visible dates; redrawn after every edit and,
rate-limited, during a drag."""

from __future__ import annotations

import datetime as _dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.reach import project
from ...export.numbers import people
from ..style import TARGET_COLOR, TOTAL_COLOR, segment_color
from .axes import DayAxis, PeopleAxis, is_chinese

# The live chart redraws on every edit and during drags: no antialiasing and no grid keep a
# redraw near 5 ms instead of 25 ms. Exports draw with antialiasing.
pg.setConfigOptions(antialias=False, background="w", foreground="#333333")


class ReachChart(QWidget):
    def __init__(self, doc, timeline=None, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.timeline = timeline
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.status = QLabel()
        layout.addWidget(self.status)
        self.axis = DayAxis(doc.plan.start)
        self.plot = pg.PlotWidget(axisItems={"bottom": self.axis, "left": PeopleAxis()})
        self.plot.setMenuEnabled(False)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.setAntialiasing(False)
        self.legend = self.plot.addLegend(offset=(10, 5))
        layout.addWidget(self.plot, 1)
        self._items = []
        self._y_top = 0.0
        self._built_for = None
        self.last_projection = None
        doc.sig_changed.connect(self._on_changed)
        if timeline is not None:
            timeline.sig_preview.connect(self._preview)
            timeline.sig_range_changed.connect(self.set_days)
        self.refresh()
        if timeline is not None:
            self.set_days(*timeline.visible_days())

    def set_days(self, d0: float, d1: float):
        self.plot.setXRange(d0, d1, padding=0)

    def _on_changed(self, _changes):
        self.refresh()

    def _preview(self, plan):
        self.refresh(plan if plan is not None else None)

    def _build(self, plan):
        """(Re)create the plot items when the plan's segments change."""
        key = (tuple(s.id for s in plan.audience.segments), plan.start)
        if key == self._built_for:
            return
        self._built_for = key
        self.plot.clear()
        self.legend.clear()
        self.axis.start = plan.start
        self.base = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(None))
        self.plot.addItem(self.base)
        self._items = []
        self._samples = []
        lower = self.base
        for s in plan.audience.segments:
            color = segment_color(plan, s.id)
            upper = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(color.darker(110), width=1))
            fill = QColor(color)
            fill.setAlpha(110)
            between = pg.FillBetweenItem(lower, upper, brush=fill)
            self.plot.addItem(upper)
            self.plot.addItem(between)
            # a legend sample with the fill (a FillBetweenItem itself crashes the legend)
            sample = pg.PlotDataItem(pen=pg.mkPen(color.darker(110)), brush=fill, fillLevel=0)
            self._samples.append(sample)
            self.legend.addItem(sample, s.name or s.id)
            self._items.append(upper)
            lower = upper
        self.total = self.plot.plot([0, 1], [0, 0], pen=pg.mkPen(TOTAL_COLOR, width=2), name=self.tr("Total reach"))
        self.target = pg.InfiniteLine(angle=0, pen=pg.mkPen(TARGET_COLOR, width=1.5, style=Qt.DashLine))
        self.plot.addItem(self.target)
        target_sample = pg.PlotDataItem(pen=pg.mkPen(TARGET_COLOR, width=1.5, style=Qt.DashLine))
        self._samples.append(target_sample)
        self.legend.addItem(target_sample, self.tr("Target"))

    def refresh(self, preview_plan=None):
        plan = preview_plan or self.doc.plan
        pr = project(plan, self.doc.scenario) if preview_plan is not None else self.doc.projection()
        self.last_projection = pr
        self._build(plan)
        x = np.arange(pr.days, dtype=float)
        self.base.setData(x, np.zeros_like(x))
        cum = np.zeros_like(x)
        for item, series in zip(self._items, pr.reach_segment):
            cum = cum + series
            item.setData(x, cum)
        self.total.setData(x, pr.reach)
        zh = is_chinese()
        if plan.target_reach:
            self.target.setValue(plan.target_reach)
            self.target.show()
            day = pr.target_day(plan.target_reach)
            if day is None:
                text = self.tr("Target %1 not reached; %2 short").replace("%1", people(plan.target_reach, zh)) \
                    .replace("%2", people(plan.target_reach - pr.reach[-1], zh))
            else:
                text = self.tr("Target %1 reached on %2").replace("%1", people(plan.target_reach, zh)) \
                    .replace("%2", str(plan.start + _dt.timedelta(days=day)))
        else:
            self.target.hide()
            text = ""
        total = self.tr("Unique reach by the end: %1").replace("%1", people(pr.reach[-1] if pr.days else 0, zh))
        self.status.setText(f"{total}    {text}" + (self.tr("  (preview)") if preview_plan is not None else ""))
        top = max(float(pr.reach.max()) if pr.days else 0.0, plan.target_reach or 0.0, 1.0) * 1.08
        # re-range only when the curve leaves the view or shrinks a lot: a new range
        # redraws the axes, the costliest part of a frame while dragging
        if not (self._y_top * 0.6 <= top <= self._y_top):
            self._y_top = top
            self.plot.setYRange(0, top, padding=0)
