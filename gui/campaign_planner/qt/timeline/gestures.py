"""One class per timeline gesture: moving bars, resizing a bar, moving or resizing a phase,
drawing a new phase, the rubber band, and resizing the label column. A gesture starts at a mouse press, follows the
mouse, shows a preview (the painter asks it), and on release becomes at most one undoable
edit (orange-canvas-core's interactions, in spirit)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QRect

from ...core import edits
from ..texts import TrText, english_plural

DRAG_START = 3     # pixels before a press becomes a drag

# Undo steps are named in the timeline's translation context ("TimelineView"), written out
# in full at each call so Qt's translation tools find them, and as a TrText so they are named
# again after a language switch (texts.retranslate_stack).


class Gesture:
    """Base: tracks the mouse; ``moved`` once it went past DRAG_START pixels."""

    #: whether the charts should see the tentative plan while this gesture runs
    previews_plan = False

    def __init__(self, view, origin: QPoint):
        self.view = view
        self.origin = origin
        self.pos = origin
        self.moved = False

    @property
    def days(self) -> int:
        """Whole days the mouse moved since the press."""
        return int(round((self.pos.x() - self.origin.x()) / self.view.ppd))

    def move(self, pos: QPoint) -> bool:
        """Follow the mouse; True if the preview changed (the view repaints)."""
        self.pos = pos
        if not self.moved and (pos - self.origin).manhattanLength() < DRAG_START:
            return False
        self.moved = True
        return self.update()

    def update(self) -> bool:
        return True

    def finish(self) -> None:
        """The mouse was released after moving: push the edit (if any)."""

    # ---- what the painter asks
    def bar_span(self, placement, s: int, e: int) -> tuple[int, int]:
        """Where a bar is drawn while the gesture runs."""
        return s, e

    def shift(self) -> int:
        """Days bars may be drawn away from where they are (for the painter's search)."""
        return 0

    def phase_span(self, phase_id: str) -> tuple[int, int] | None:
        return None

    def new_phase(self) -> tuple[str | None, int, int] | None:
        return None

    def band(self) -> QRect | None:
        return None

    def preview_plan(self):
        """The plan as it would be after the gesture (for the live chart), or None."""
        return None

    def dirty_slots(self) -> set[str] | None:
        """Lanes the preview touches (None: repaint everything)."""
        return None


class MoveBars(Gesture):
    """Drag selected bars along their lanes, by whole days."""

    previews_plan = True

    def __init__(self, view, origin, placement):
        super().__init__(view, origin)
        self.placement = placement
        self._days = 0

    def update(self) -> bool:
        if self.days == self._days:
            return False
        self._days = self.days
        return True

    def bar_span(self, placement, s, e):
        if self._days and placement.id in self.view.selected:
            return s + self._days, e + self._days
        return s, e

    def shift(self) -> int:
        return abs(self._days)

    def dirty_slots(self):
        ids = self.view.selected | {self.placement.id}
        if len(ids) >= 50:
            return None
        return {p.slot for p in self.view.doc.placements() if p.id in ids}

    def preview_plan(self):
        if not self._days:
            return None
        return edits.move_placements(self.view.plan, set(self.view.selected), self._days,
                                     self.view.doc.scenario)[0]

    def finish(self):
        if not self._days:
            return
        n = len(self.view.selected)
        view = self.view
        if n == 1:
            text = TrText(lambda: QCoreApplication.translate("TimelineView", "Move placement"))
        else:
            text = TrText(lambda: english_plural(
                QCoreApplication.translate("TimelineView", "Move %n placement(s)", "", n), n))
        view.doc.edit(text, edits.move_placements, set(view.selected), self._days, view.doc.scenario)


class ResizeBar(Gesture):
    """Drag one end of a bar (``side`` "left" or "right")."""

    previews_plan = True

    def __init__(self, view, origin, placement, side: str):
        super().__init__(view, origin)
        self.placement, self.side = placement, side
        self._days = 0

    def update(self) -> bool:
        if self.days == self._days:
            return False
        self._days = self.days
        return True

    def span(self) -> tuple[int, int]:
        v, pl = self.view, self.placement
        s, e = v.day_of(pl.start), v.day_of(pl.end)
        if self.side == "left":
            return min(s + self._days, e), e
        return s, max(e + self._days, s)

    def bar_span(self, placement, s, e):
        return self.span() if placement.id == self.placement.id else (s, e)

    def shift(self) -> int:
        return abs(self._days)

    def dirty_slots(self):
        return {self.placement.slot}

    def preview_plan(self):
        if not self._days:
            return None
        s, e = self.span()
        v = self.view
        return edits.update_placement(v.plan, self.placement.id, v.doc.scenario, start=v.date_of(s),
                                      end=v.date_of(e))[0]

    def finish(self):
        if not self._days:
            return
        s, e = self.span()
        v = self.view
        v.doc.edit(TrText(lambda: QCoreApplication.translate("TimelineView", "Resize placement")),
                   edits.update_placement, self.placement.id, v.doc.scenario, start=v.date_of(s), end=v.date_of(e))


class PhaseDrag(Gesture):
    """Move a phase band (``part`` "body") or one of its edges ("left", "right"), never past
    its platform's neighbouring phases (edits.phase_limits)."""

    def __init__(self, view, origin, phase, part: str):
        super().__init__(view, origin)
        self.phase_id, self.part = phase.id, part
        v = view
        self.span = (v.day_of(phase.start), v.day_of(phase.end))

    def update(self) -> bool:
        v = self.view
        ph = v.plan.phase(self.phase_id)
        s, e = v.day_of(ph.start), v.day_of(ph.end)
        lo, hi = (v.day_of(d) for d in edits.phase_limits(v.plan, ph))
        delta = self.days
        if self.part == "left":
            s = min(max(s + delta, lo), e)
        elif self.part == "right":
            e = max(min(e + delta, hi), s)
        else:
            delta = min(max(delta, lo - s), hi - e)
            s, e = s + delta, e + delta
        changed = (s, e) != self.span
        self.span = (s, e)
        return changed

    def phase_span(self, phase_id):
        return self.span if phase_id == self.phase_id and self.moved else None

    def finish(self):
        v = self.view
        s, e = self.span
        v.doc.edit(TrText(lambda: QCoreApplication.translate("TimelineView", "Change phase dates")),
                   edits.set_phase_dates, self.phase_id, v.date_of(s), v.date_of(e))


class NewPhase(Gesture):
    """Drag on an empty stretch of a phase row to add a phase there."""

    def __init__(self, view, origin, platform: str | None):
        super().__init__(view, origin)
        self.platform = platform
        self.day0 = self.day1 = int(view.day_at(origin.x()))

    def update(self) -> bool:
        self.day1 = int(self.view.day_at(self.pos.x()))
        return True

    def new_phase(self):
        if not self.moved:
            return None
        a, b = sorted((self.day0, self.day1))
        return self.platform, a, b

    def finish(self):
        v = self.view
        a, b = sorted((self.day0, self.day1))
        a, b = max(a, 0), min(b, v.plan.days - 1)
        if b < a:
            return
        from ...core.names import ALL_CATEGORIES
        from ...core.plan import CATEGORIES
        from .. import dialogs
        before = edits.preceding_phase(v.plan, self.platform, v.date_of(a))
        admits = dialogs.ask_admits(v, [ALL_CATEGORIES, *CATEGORIES], list(before.admits) if before else [])
        if admits is None:
            return  # the person cancelled: no phase
        v.doc.edit(TrText(lambda: QCoreApplication.translate("TimelineView", "Add phase")), edits.add_phase,
                   self.platform, v.date_of(a), v.date_of(b),
                   QCoreApplication.translate("TimelineView", "New phase"),  # the phase's name: data, kept as given
                   admits=admits)


class RubberBand(Gesture):
    """Drag on empty lanes to select the bars the band touches (Ctrl toggles them)."""

    def __init__(self, view, origin, ctrl: bool):
        super().__init__(view, origin)
        self.ctrl = ctrl
        self.base = set(view.selected)

    def band(self) -> QRect | None:
        return QRect(self.origin, self.pos).normalized() if self.moved else None

    def update(self) -> bool:
        self.view.select_in_rect(self.band(), self.ctrl, self.base)
        return True


class ResizeLabels(Gesture):
    """Drag the label column's right edge: the slot names get more or less room (a view
    setting, no edit)."""

    def __init__(self, view, origin):
        super().__init__(view, origin)
        self.width0 = view.label_w

    def move(self, pos: QPoint) -> bool:
        self.pos = pos
        self.moved = self.moved or pos.x() != self.origin.x()
        self.view.set_label_width(self.width0 + pos.x() - self.origin.x())
        return False      # the view has repainted what moved
