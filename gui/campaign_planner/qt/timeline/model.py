"""What the timeline shows, kept up to date edit by edit (plain Python, no painting): the
rows, each slot's lane index (with its placements' sub-rows), and what an edit changed on
screen. The painter and the hit tests read this, never the view's own fields."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .geometry import LaneIndex, Row, build_lanes, build_rows


@dataclass(frozen=True)
class Dirty:
    """What an edit changed on screen: ``everything``, or the lanes of ``slots`` and,
    with ``header``, the ruler and phase rows."""

    everything: bool = False
    slots: frozenset[str] = frozenset()
    header: bool = False
    rows: bool = False          # rows were rebuilt or moved (scroll range may change)


EVERYTHING = Dirty(everything=True, rows=True)


class TimelineModel:
    def __init__(self, doc):
        self.doc = doc
        self.collapsed: set[str] = set()
        self.rows: list[Row] = []
        self.lanes: dict[str, LaneIndex] = {}
        self._lane_rows: dict[str, Row] = {}
        self._row_tops: list[int] = []
        self.rebuild()

    # ---- what the painter reads
    @property
    def plan(self):
        return self.doc.plan

    @property
    def selected(self) -> frozenset[str]:
        return self.doc.selection.placements

    @property
    def selected_phase(self) -> str | None:
        return self.doc.selection.phase

    def problems_of(self, placement_id: str):
        return self.doc.problems_of(placement_id)

    def cap_days(self) -> dict:
        return self.doc.cap_bound_days()

    # ---- keeping up
    def rebuild(self) -> None:
        plan = self.doc.plan
        self._plan, self._placements = plan, self.doc.placements()
        self.lanes = build_lanes(plan, self._placements)
        self._layout_rows()

    def _layout_rows(self) -> None:
        """The rows from the lanes' sub-row counts (cheap: one pass over the slots; no lane
        index is rebuilt)."""
        self.rows = build_rows(self.doc.plan, self.collapsed, {k: v.count for k, v in self.lanes.items()})
        self._lane_rows = {r.key: r for r in self.rows if r.kind == "lane"}
        self._row_tops = [r.y for r in self.rows]

    def toggle(self, platform_id: str) -> None:
        self.collapsed ^= {platform_id}
        self._layout_rows()

    def update(self, changes) -> Dirty:
        """Follow an edit described by ``changes`` (core.edits.Changes; None: anything)."""
        plan, placements = self.doc.plan, self.doc.placements()
        old_plan, old = self._plan, self._placements
        if (changes is None or changes.plan or "*" in changes.placements or plan.start != old_plan.start
                or plan.slots is not old_plan.slots or plan.platforms is not old_plan.platforms):
            self.rebuild()
            return EVERYTHING
        self._plan, self._placements = plan, placements
        if changes.phases:
            # phases move no bar, but admission (hatching) may change anywhere
            return Dirty(everything=True)
        if placements is old or not changes.placements:
            return Dirty(header=changes.names)
        ids = changes.placements
        slots = {p.slot for p in old if p.id in ids} | {p.slot for p in placements if p.id in ids}
        origin = plan.start.toordinal()
        by_slot: dict[str, list] = {sid: [] for sid in slots}
        for p in placements:
            if p.slot in by_slot:
                by_slot[p.slot].append(p)
        grew = False
        for sid, pls in by_slot.items():
            old_lane = self.lanes.get(sid)
            lane = self.lanes[sid] = LaneIndex(pls, origin)
            grew |= old_lane is None or max(1, old_lane.count) != max(1, lane.count)
        if grew:
            # a lane gained or lost a sub-row: the rows below it move
            self._layout_rows()
            return Dirty(everything=True, rows=True)
        return Dirty(slots=frozenset(slots))

    def lane_row(self, slot_id: str) -> Row | None:
        return self._lane_rows.get(slot_id)

    def row_at(self, cy: float) -> Row | None:
        """The row at ``cy`` pixels below the header's bottom (content coordinates)."""
        i = bisect.bisect_right(self._row_tops, cy) - 1
        if i < 0:
            return None
        r = self.rows[i]
        return r if cy < r.y + r.h else None

    def content_height(self) -> int:
        return self.rows[-1].y + self.rows[-1].h if self.rows else 0
