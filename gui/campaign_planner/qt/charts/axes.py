"""Axes that read as people do: dates on x (day index from the plan's start), people on y
(万 / 亿 in Chinese, K / M / B in English)."""

from __future__ import annotations

import datetime as _dt

import pyqtgraph as pg
from PySide6.QtCore import QLocale

from ...export.numbers import people


def is_chinese() -> bool:
    return QLocale().language() == QLocale.Chinese


UNLABELLED = 0.5   # the tick spacing DayAxis gives its minor month ticks: no text for them


class DayAxis(pg.AxisItem):
    """x = days since the plan's start; ticks at month starts (or weeks, days when zoomed)."""

    def __init__(self, start: _dt.date, **kw):
        super().__init__("bottom", **kw)
        self.start = start
        self.enableAutoSIPrefix(False)

    def date(self, x: float) -> _dt.date:
        return self.start + _dt.timedelta(days=int(round(x)))

    def tickValues(self, minVal, maxVal, size):
        span = max(1.0, maxVal - minVal)
        px_per_day = size / span
        first, last = self.date(max(minVal, -3650)), self.date(min(maxVal, 36500))
        major, minor = [], []
        # a labelled tick every 1, 3, 6 or 12 months (or years): as often as the labels
        # ("2019-10") have room; the months between are minor ticks (years: quarters)
        px_per_month = px_per_day * 30.44
        step = next((s for s in (1, 3, 6, 12, 24, 60, 120) if s * px_per_month >= 58), 240)
        minor_step = None if step == 1 else (1 if step <= 12 else 12)
        y, m = first.year, first.month
        while True:
            d = _dt.date(y, m, 1)
            if d > last:
                break
            x = (d - self.start).days
            months = y * 12 + m - 1
            if minVal <= x <= maxVal:
                if months % step == 0:
                    major.append(x)
                elif minor_step is not None and months % minor_step == 0:
                    minor.append(x)
            m += 1
            if m > 12:
                y, m = y + 1, 1
        if minor_step is None and px_per_day >= 12:
            minor = [x for x in range(int(minVal), int(maxVal) + 1) if x not in major]
            return [(30.0 * step, major), (1.0, minor)]      # days: labelled with their number
        return [(30.0 * step, major), (UNLABELLED, minor)]    # months between labels: ticks only

    def tickStrings(self, values, scale, spacing):
        if spacing == UNLABELLED:
            return [""] * len(values)
        out = []
        for v in values:
            d = self.date(v)
            if spacing >= 28:
                out.append(f"{d.year}-{d.month:02d}" if d.month != 1 or spacing < 80 else str(d.year))
            else:
                out.append(str(d.day))
        return out


class PeopleAxis(pg.AxisItem):
    def __init__(self, orientation: str = "left", **kw):
        super().__init__(orientation, **kw)
        self.enableAutoSIPrefix(False)
        # numbers on the major ticks only: a tall chart (a page, a slide) would otherwise
        # label every minor tick too (0, 100 万, 200 万 ... 2000 万)
        self.setStyle(maxTextLevel=0)

    def tickStrings(self, values, scale, spacing):
        zh = is_chinese()
        return [people(v, zh) for v in values]


class LabelAxis(pg.AxisItem):
    """Categories at whole-number positions (slot names, exposure counts, funnel steps)."""

    def __init__(self, orientation: str, labels: list[str] | None = None, **kw):
        super().__init__(orientation, **kw)
        self.labels = labels or []
        self.enableAutoSIPrefix(False)

    def set_labels(self, labels: list[str]):
        self.labels = list(labels)
        self.picture = None
        self.update()

    def tickValues(self, minVal, maxVal, size):
        return [(1.0, [float(i) for i in range(len(self.labels)) if minVal - 0.5 <= i <= maxVal + 0.5])]

    def tickStrings(self, values, scale, spacing):
        return [self.labels[int(round(v))] if 0 <= int(round(v)) < len(self.labels) else "" for v in values]
