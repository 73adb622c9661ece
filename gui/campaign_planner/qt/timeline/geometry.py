"""Timeline geometry without painting: rows, lane index with sub-rows, ruler ticks and the
placement of the ruler's labels. Plain Python."""

from __future__ import annotations

import bisect
import datetime as _dt
import heapq
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ...core.plan import Placement, Plan

RULER_H = 38
PHASE_ROW_H = 22
GROUP_H = 22
LANE_H = 26        # a lane with one sub-row
SUB_H = 18         # each sub-row of a lane whose placements overlap (a bar of SUB_H - 4 pixels)
LABEL_W = 190      # the label column's default width
MIN_LABEL_W, MAX_LABEL_W = 80, 700
MIN_PPD, MAX_PPD = 0.25, 80.0


@dataclass(frozen=True)
class Row:
    kind: str          # "group" or "lane"
    key: str           # platform id or slot id
    y: int             # top, in content coordinates (below the header)
    h: int
    subs: int = 1      # sub-rows of a lane


def lane_height(subs: int) -> int:
    return LANE_H if subs <= 1 else subs * SUB_H


def bar_span_y(row: Row, sub: int) -> tuple[int, int]:
    """(top, height) of a bar in sub-row ``sub`` of lane ``row``, relative to the row's top."""
    if row.subs <= 1:
        return 4, LANE_H - 8
    return sub * SUB_H + 2, SUB_H - 4


def sub_at(row: Row, dy: float) -> int:
    """The sub-row of lane ``row`` at ``dy`` pixels below its top."""
    if row.subs <= 1:
        return 0
    return min(row.subs - 1, max(0, int(dy // SUB_H)))


def build_rows(plan: Plan, collapsed: set[str], subs: dict[str, int] | None = None) -> list[Row]:
    """The rows top to bottom; ``subs`` gives each lane's sub-rows (default one)."""
    subs = subs or {}
    rows: list[Row] = []
    y = 0
    for p in plan.platforms:
        rows.append(Row("group", p.id, y, GROUP_H))
        y += GROUP_H
        if p.id in collapsed:
            continue
        for s in plan.slots:
            if s.platform == p.id:
                n = max(1, subs.get(s.id, 1))
                h = lane_height(n)
                rows.append(Row("lane", s.id, y, h, n))
                y += h
    return rows


def phase_rows(plan: Plan) -> list[str | None]:
    """One phase row per platform, and one for phases of every platform if there are any."""
    rows: list[str | None] = [p.id for p in plan.platforms]
    if any(ph.platform is None for ph in plan.phases):
        rows.append(None)
    return rows


def assign_subrows(starts: list[int], ends: list[int]) -> tuple[list[int], int]:
    """Sub-row of each interval (sorted by start; days inclusive): the first sub-row whose
    last interval ends before this one starts. Returns (sub-rows, how many)."""
    subs: list[int] = []
    busy: list[tuple[int, int]] = []     # (end day, sub-row) of each sub-row's last interval
    free: list[int] = []                 # sub-rows whose last interval has ended
    count = 0
    for s, e in zip(starts, ends):
        while busy and busy[0][0] < s:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            k = heapq.heappop(free)
        else:
            k, count = count, count + 1
        subs.append(k)
        heapq.heappush(busy, (e, k))
    return subs, count


class LaneIndex:
    """Placements of one slot sorted by start, for finding those in a day range quickly,
    each with its sub-row (overlapping placements stack)."""

    def __init__(self, placements: list[Placement], origin: int):
        self.items = sorted(placements, key=lambda p: (p.start, p.end, p.id))
        self.starts = [p.start.toordinal() - origin for p in self.items]
        self.ends = [p.end.toordinal() - origin for p in self.items]
        self.max_len = max((e - s for s, e in zip(self.starts, self.ends)), default=0)
        self.subs, self.count = assign_subrows(self.starts, self.ends)
        self._sub_by_id: dict[str, int] | None = None

    def visible(self, d0: float, d1: float):
        """(placement, start day, end day, sub-row) overlapping days [d0, d1]."""
        lo = bisect.bisect_left(self.starts, d0 - self.max_len - 1)
        hi = bisect.bisect_right(self.starts, d1)
        ends, subs, items, starts = self.ends, self.subs, self.items, self.starts
        for i in range(lo, hi):
            if ends[i] + 1 >= d0:
                yield items[i], starts[i], ends[i], subs[i]

    def sub_of(self, placement_id: str) -> int:
        """The sub-row of a placement of this lane (0 if it is not here)."""
        if self._sub_by_id is None:
            self._sub_by_id = {p.id: k for p, k in zip(self.items, self.subs)}
        return self._sub_by_id.get(placement_id, 0)


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


def _add_months(d: _dt.date, n: int) -> _dt.date:
    m = d.year * 12 + d.month - 1 + n
    return _dt.date(m // 12, m % 12 + 1, 1)


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


def period_end(d: _dt.date, level: str, major: bool) -> _dt.date:
    """The tick after ``d`` on its ruler row (where the period that starts at ``d`` ends)."""
    if major:
        if level == "quarter":
            return _dt.date(d.year + 1, 1, 1)
        return _add_months(d, 3 if level == "month" else 1)
    if level == "day":
        return d + _dt.timedelta(days=1)
    if level == "week":
        return d + _dt.timedelta(days=7)
    return _add_months(d, 1 if level == "month" else 3)


# the shortest period of a minor tick (days) and the strides (every n-th tick labelled)
# tried when the labels are wider than that
_MINOR_DAYS = {"day": 1, "week": 7, "month": 28, "quarter": 90}
_STRIDES = {"day": (1, 2, 7), "week": (1, 2, 4), "month": (1, 2, 3, 6), "quarter": (1, 2, 4)}


def tick_number(d: _dt.date, level: str) -> int:
    """A running number of the minor tick at ``d`` (so a stride keeps the same ticks labelled
    whatever the scroll position)."""
    if level == "day":
        return d.toordinal()
    if level == "week":
        return d.toordinal() // 7
    if level == "month":
        return d.year * 12 + d.month - 1
    return d.year * 4 + (d.month - 1) // 3


def minor_stride(level: str, ppd: float, widest: float, pad: float) -> int:
    """Every how many minor ticks a label goes, so that the widest label fits its space."""
    for n in _STRIDES[level]:
        if n * _MINOR_DAYS[level] * ppd >= widest + 2 * pad:
            return n
    return _STRIDES[level][-1] * 2


@dataclass(frozen=True)
class Label:
    """A ruler label as drawn: its text and box (viewport coordinates); ``row`` 0 is the
    upper row, 1 the lower one."""

    row: int
    text: str
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w


def place_labels(periods: Iterable[tuple[float, float, list[str]]], left: float, right: float,
                 width_of: Callable[[str], float], *, row: int, y: float, h: float, pad: float = 4,
                 gap: float = 6, sticky: bool = False) -> list[Label]:
    """Labels for ``periods`` ((x where it starts, x where it ends, texts longest first), in
    order) between ``left`` and ``right``: each label starts ``pad`` after its period's start
    and ends ``pad`` before its period's end and the view's edge, in the first text that fits;
    a period without room, or starting less than ``gap`` after the previous label, gets none. With
    ``sticky``, a period that starts left of the view is labelled at the view's left edge
    (if its label fits there)."""
    out: list[Label] = []
    last = -1e18
    for x0, x1, texts in periods:
        lo = x0 + pad
        if lo < left + pad - 0.01:
            if not sticky:
                continue
            lo = left + pad
        if lo < last + gap:
            continue
        hi = min(x1, right) - pad
        for text in texts:
            if not text:
                continue
            w = width_of(text)
            if lo + w <= hi:
                out.append(Label(row, text, lo, y, w, h))
                last = lo + w
                break
    return out
