"""The timeline's label column and tooltips: the column's width (drag its right edge, double
click it to fit the longest slot name), and the full text behind what the view can only show
in part: a slot's name, platform and requirements, a phase's name and dates, a placement's
dates and problems. A mixin of TimelineView; its sentences are in the view's translation
context ("TimelineView")."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QFontMetrics

from ...core.names import FLAG
from ...core.plan import Placement
from ..texts import names_text
from .geometry import MAX_LABEL_W, MIN_LABEL_W, PHASE_ROW_H, phase_rows

LABEL_EDGE = (5, 2)  # pixels left and right of the label column's edge that resize the column


class LabelColumn:
    def set_label_width(self, width: float):
        """Make the label column ``width`` pixels wide (within limits, leaving room for the
        lanes); the lanes keep their first visible day and linked charts realign."""
        most = max(MIN_LABEL_W, min(MAX_LABEL_W, self.viewport().width() - 100))
        width = int(min(max(MIN_LABEL_W, width), most))
        if width == self.label_w:
            return
        self.label_w = width
        self._update_scrollbars()
        self.viewport().update()
        self._emit_range()

    def fit_label_width(self):
        """The label column as wide as the longest slot name needs."""
        fm = QFontMetrics(self.font())
        widest = max((fm.horizontalAdvance(s.name) for s in self.plan.slots), default=0)
        self.set_label_width(widest + 24)

    def on_label_edge(self, pos: QPointF) -> bool:
        """Whether ``pos`` is on the label column's right edge (where a drag resizes it)."""
        return self.label_w - LABEL_EDGE[0] <= pos.x() <= self.label_w + LABEL_EDGE[1]

    def label_tooltip(self, pos: QPointF) -> str | None:
        """The full text behind the label column at ``pos``: a slot's name, platform and
        requirements, a platform's name, a phase row's name."""
        if pos.x() >= self.label_w:
            return None
        plan = self.plan
        names = {p.id: p.name for p in plan.platforms}
        if self.ruler_h() <= pos.y() < self.header_h():
            plat = phase_rows(plan)[int((pos.y() - self.ruler_h()) // PHASE_ROW_H)]
            return _esc(self.phase_row_label(plat))
        if pos.y() < self.header_h():
            return None
        row = self.row_at(pos.y())
        if row is None:
            return None
        if row.kind == "group":
            return f"<b>{_esc(names.get(row.key, row.key))}</b>"
        return self.slot_tooltip(row.key)

    def phase_row_label(self, platform: str | None) -> str:
        """The label column's text for a platform's phase row (None: phases of every platform)."""
        names = {p.id: p.name for p in self.plan.platforms}
        everywhere = QCoreApplication.translate("TimelineView", "all platforms")
        return QCoreApplication.translate("TimelineView", "Phases: %1").replace("%1", names.get(platform, everywhere))

    def slot_tooltip(self, slot_id: str) -> str:
        """A slot's full name, its platform, what it requires and its daily cap."""
        plan = self.plan
        slot = plan.slot(slot_id)
        platform = next((p.name for p in plan.platforms if p.id == slot.platform), slot.platform)
        lines = [QCoreApplication.translate("TimelineView", "Platform: %1").replace("%1", platform)]
        if slot.requires:
            lines.append(QCoreApplication.translate("TimelineView", "Requires: %1")
                         .replace("%1", names_text(FLAG, slot.requires)))
        else:
            lines.append(QCoreApplication.translate("TimelineView", "No special requirements"))
        if slot.max_units_per_day:
            lines.append(QCoreApplication.translate("TimelineView", "At most %1 a day")
                         .replace("%1", f"{slot.max_units_per_day:g}"))
        return "<br>".join([f"<b>{_esc(slot.name)}</b>"] + [_esc(x) for x in lines])

    # ------------------------------------------------------------------ tooltips
    def phase_tooltip(self, phase) -> str:
        """A phase's full name and dates (its band may be too narrow for the name)."""
        dates = QCoreApplication.translate("TimelineView", "%1 to %2")
        return f"<b>{_esc(phase.name)}</b><br>" + dates.replace("%1", str(phase.start)).replace("%2", str(phase.end))

    def tooltip_for(self, pl: Placement) -> str:
        """A placement's slot, dates, units a day, problems and note."""
        from ..texts import problem_text
        slot = self.plan.slot(pl.slot)
        dates = QCoreApplication.translate("TimelineView", "%1 to %2, %3 units a day")
        lines = [f"<b>{_esc(slot.name)}</b> ({_esc(pl.id)})",
                 dates.replace("%1", str(pl.start)).replace("%2", str(pl.end)).replace("%3", f"{pl.units_per_day:g}")]
        for prob in self.model.problems_of(pl.id):
            colour = "#C62828" if prob.level == "error" else "#E65100"
            lines.append(f"<span style='color:{colour}'>{_esc(problem_text(prob))}</span>")
        if pl.note:
            lines.append(_esc(pl.note))
        return "<br>".join(lines)


def _esc(text: str) -> str:
    """Plain text for a rich-text tooltip (a name may hold "<" or "&")."""
    return html.escape(str(text), quote=False)
