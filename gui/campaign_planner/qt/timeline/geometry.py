"""Timeline geometry without painting: rows, lane index, ruler ticks. Plain Python."""

from __future__ import annotations

import bisect
import datetime as _dt
from dataclasses import dataclass

from ...core.plan import Placement, Plan

RULER_H = 38
PHASE_ROW_H = 22
GROUP_H = 22
LANE_H = 26
LABEL_W = 190
MIN_PPD, MAX_PPD = 0.25, 80.0


@dataclass(frozen=True)
class Row:
    kind: str          # "group" or "lane"
    key: str           # platform id or slot id
    y: int             # top, in content coordinates (below the header)
    h: int


def build_rows(plan: Plan, collapsed: set[str]) -> list[Row]:
    rows: list[Row] = []
    y = 0
    for p in plan.platforms:
        rows.append(Row("group", p.id, y, GROUP_H))
        y += GROUP_H
        if p.id in collapsed:
            continue
        for s in plan.slots:
            if s.platform == p.id:
                rows.append(Row("lane", s.id, y, LANE_H))
                y += LANE_H
    return rows


def phase_rows(plan: Plan) -> list[str | None]:
    """One phase row per platform, and one for phases of every platform if there are any."""
    rows: list[str | None] = [p.id for p in plan.platforms]
    if any(ph.platform is None for ph in plan.phases):
        rows.append(None)
    return rows


class LaneIndex:
    """Placements of one slot sorted by start, for finding those in a day range quickly."""

    def __init__(self, placements: list[Placement], origin: int):
        self.items = sorted(placements, key=lambda p: (p.start, p.end))
        self.starts = [p.start.toordinal() - origin for p in self.items]
        self.ends = [p.end.toordinal() - origin for p in self.items]
        self.max_len = max((e - s for s, e in zip(self.starts, self.ends)), default=0)

    def visible(self, d0: float, d1: float):
        """(placement, start day, end day) overlapping days [d0, d1]."""
        lo = bisect.bisect_left(self.starts, d0 - self.max_len - 1)
        hi = bisect.bisect_right(self.starts, d1)
        for i in range(lo, hi):
            if self.ends[i] + 1 >= d0:
                yield self.items[i], self.starts[i], self.ends[i]


def build_lanes(plan: Plan, placements) -> dict[str, LaneIndex]:
    by_slot: dict[str, list[Placement]] = {s.id: [] for s in plan.slots}
    for p in placements:
        by_slot.setdefault(p.slot, []).append(p)
    origin = plan.start.toordinal()
    return {k: LaneIndex(v, origin) for k, v in by_slot.items()}


def ruler_level(ppd: float) -> str:
    """The ruler's finest level at ``ppd`` pixels per day."""
    if ppd >= 18:
        return "day"
    if ppd >= 3:
        return "week"
    if ppd >= 0.9:
        return "month"
    return "quarter"


def _month_starts(start: _dt.date, end: _dt.date, step: int):
    y, m = start.year, start.month
    m = ((m - 1) // step) * step + 1
    while True:
        d = _dt.date(y, m, 1)
        if d > end:
            return
        yield d
        m += step
        if m > 12:
            m -= 12
            y += 1


def ruler_ticks(first: _dt.date, last: _dt.date, level: str) -> tuple[list[_dt.date], list[_dt.date]]:
    """(major, minor) tick dates between ``first`` and ``last``: majors carry the upper
    label row (year, quarter or month), minors the lower one."""
    if level == "day":
        major = list(_month_starts(first, last, 1))
        minor = [first + _dt.timedelta(days=i) for i in range((last - first).days + 1)]
    elif level == "week":
        major = list(_month_starts(first, last, 1))
        monday = first - _dt.timedelta(days=first.weekday())
        minor = [monday + _dt.timedelta(weeks=i) for i in range((last - monday).days // 7 + 1)]
    elif level == "month":
        major = list(_month_starts(first, last, 3))
        minor = list(_month_starts(first, last, 1))
    else:
        major = [_dt.date(y, 1, 1) for y in range(first.year, last.year + 1)]
        minor = list(_month_starts(first, last, 3))
    return major, minor
