"""What the timeline shows, kept up to date edit by edit (plain Python, no painting): the
rows, each slot's lane index, and what an edit changed on screen. The painter and the hit
tests read this, never the view's own fields."""

from __future__ import annotations

from dataclasses import dataclass

from .geometry import LaneIndex, Row, build_lanes, build_rows


@dataclass(frozen=True)
class Dirty:
    """What an edit changed on screen: ``everything``, or the lanes of ``slots`` and,
    with ``header``, the ruler and phase rows."""

    everything: bool = False
    slots: frozenset[str] = frozenset()
    header: bool = False
    rows: bool = False          # rows were rebuilt (scroll range may change)


EVERYTHING = Dirty(everything=True, rows=True)


class TimelineModel:
    def __init__(self, doc):
        self.doc = doc
        self.collapsed: set[str] = set()
        self.rows: list[Row] = []
        self.lanes: dict[str, LaneIndex] = {}
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
        self.rows = build_rows(plan, self.collapsed)
        self.lanes = build_lanes(plan, self._placements)

    def toggle(self, platform_id: str) -> None:
        self.collapsed ^= {platform_id}
        self.rows = build_rows(self.doc.plan, self.collapsed)

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
        for sid in slots:
            self.lanes[sid] = LaneIndex([p for p in placements if p.slot == sid], origin)
        return Dirty(slots=frozenset(slots))

    def lane_row(self, slot_id: str) -> Row | None:
        return next((r for r in self.rows if r.kind == "lane" and r.key == slot_id), None)

    def content_height(self) -> int:
        return self.rows[-1].y + self.rows[-1].h if self.rows else 0
