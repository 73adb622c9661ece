"""The timeline: ruler, phase rows and bands, one lane per slot grouped by platform,
placements as bars (overlapping ones stacked in sub-rows). Paints only what is visible, so a
20,000-placement plan scrolls and zooms smoothly. Every change goes through the document as
one undo step. The label column on the left can be made wider by dragging its edge.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QToolTip

from ...core import edits
from ...core.plan import Placement
from ..texts import TrText, english_plural
from .geometry import (
    LABEL_W,
    LANE_H,
    MAX_PPD,
    MIN_PPD,
    PHASE_ROW_H,
    RULER_H,
    bar_span_y,
    phase_rows,
    ruler_level,
    sub_at,
)
from .gestures import Gesture, MoveBars, NewPhase, PhaseDrag, ResizeBar, ResizeLabels, RubberBand
from .labels import LabelColumn
from .model import Dirty, TimelineModel
from .paint import TimelinePainting

SLOT_MIME = "application/x-campaign-planner-slot"
EDGE = 6           # pixels at a bar's ends that resize instead of move


class TimelineView(LabelColumn, TimelinePainting, QAbstractScrollArea):
    sig_selection_changed = Signal()
    sig_phase_selected = Signal(object)       # phase id or None
    sig_cursor_date = Signal(object)          # date under the cursor or None
    sig_preview = Signal(object)              # tentative plan during a drag (or None at the end)
    sig_message = Signal(str)
    sig_range_changed = Signal(float, float)  # visible days (from, to), for linked charts

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.model = TimelineModel(doc)
        self.ppd = 6.0
        self.label_w = LABEL_W   # the label column's width (drag its edge to change it)
        self._ruler_h = self._ruler_height()
        self.clipboard: list[Placement] = []
        self.cursor_day: int | None = None
        self.today = _dt.date.today()
        self.gesture: Gesture | None = None
        self._styles: dict = {}
        self._label_widths: dict[str, int] = {}
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(60)
        self._preview_timer.timeout.connect(self._emit_preview)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.horizontalScrollBar().valueChanged.connect(self.viewport().update)
        self.horizontalScrollBar().valueChanged.connect(self._emit_range)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        self.horizontalScrollBar().setSingleStep(40)
        self.verticalScrollBar().setSingleStep(LANE_H)
        doc.sig_changed.connect(self.on_changed)
        doc.selection.changed.connect(self._selection_changed)
        self._last_selection = (doc.selection.placements, doc.selection.phase)
        self._update_scrollbars()

    # ------------------------------------------------------------------ model -> view
    # the plan and the selection, as the view model reads them from the document
    plan = property(lambda self: self.model.plan)
    selected = property(lambda self: self.model.selected)
    selected_phase = property(lambda self: self.model.selected_phase)

    @property
    def collapsed(self) -> set[str]:
        return self.model.collapsed

    def on_changed(self, changes):
        """Follow an edit: only the lanes it touched are rebuilt and repainted."""
        if self.gesture is not None and (changes is None or "*" in changes.placements):
            self._drop_gesture()   # another scenario (or plan) is shown: a drag of its bars means nothing now
        self.repaint_dirty(self.model.update(changes))

    def _drop_gesture(self):
        g, self.gesture = self.gesture, None
        self._preview_timer.stop()
        if g.previews_plan and g.moved:
            self.sig_preview.emit(None)

    def paintEvent(self, e):
        super().paintEvent(e)
        if self.doc.analysis_paused:
            self.doc.painted()   # the bars of a scenario just switched to are on screen: analyse it now

    def repaint_dirty(self, dirty: Dirty):
        if dirty.rows:
            self._update_scrollbars()
        if dirty.everything:
            self.viewport().update()
            return
        if dirty.slots:
            self._update_lanes(dirty.slots)
        if dirty.header:
            self.viewport().update(QRect(0, 0, self.viewport().width(), self.header_h()))

    def _selection_changed(self):
        before_ids, before_phase = self._last_selection
        now = (self.selected, self.selected_phase)
        self._last_selection = now
        changed = before_ids ^ now[0]
        if before_phase != now[1]:
            self.viewport().update(QRect(0, 0, self.viewport().width(), self.header_h()))
            self.sig_phase_selected.emit(now[1])
        if changed:
            if len(changed) < 50:
                self._update_lanes({p.slot for p in self.doc.placements() if p.id in changed})
            else:
                self.viewport().update()
        self.sig_selection_changed.emit()

    def ruler_h(self) -> int:
        """The ruler's height: two rows of labels in the view's font (RULER_H at the least)."""
        return self._ruler_h

    def _ruler_height(self) -> int:
        return max(RULER_H, 2 * QFontMetrics(self.font()).height() + 10)

    def changeEvent(self, e):
        super().changeEvent(e)
        if e.type() == e.Type.FontChange and hasattr(self, "_label_widths"):
            self._ruler_h = self._ruler_height()
            self._label_widths.clear()
            self._update_scrollbars()
            self.viewport().update()

    def header_h(self) -> int:
        return self._ruler_h + PHASE_ROW_H * len(phase_rows(self.plan))

    def _update_scrollbars(self):
        vw = max(1, self.viewport().width() - self.label_w)
        content_w = int(self.plan.days * self.ppd)
        hs = self.horizontalScrollBar()
        hs.setRange(0, max(0, content_w - vw))
        hs.setPageStep(vw)
        vh = max(1, self.viewport().height() - self.header_h())
        content_h = self.model.content_height()
        vs = self.verticalScrollBar()
        vs.setRange(0, max(0, content_h - vh))
        vs.setPageStep(vh)

    def resizeEvent(self, e):
        super().resizeEvent(e)
        self._update_scrollbars()
        self._emit_range()

    def _emit_range(self, *_):
        d0, d1 = self.visible_days()
        self.sig_range_changed.emit(d0, d1)

    # ------------------------------------------------------------------ coordinates
    def x_of(self, day: float) -> float:
        return self.label_w + day * self.ppd - self.horizontalScrollBar().value()

    def day_at(self, x: float) -> float:
        return (x - self.label_w + self.horizontalScrollBar().value()) / self.ppd

    def date_of(self, day: int) -> _dt.date:
        return self.plan.start + _dt.timedelta(days=int(day))

    def day_of(self, d: _dt.date) -> int:
        return (d - self.plan.start).days

    def row_y(self, row) -> int:
        return self.header_h() + row.y - self.verticalScrollBar().value()

    def row_at(self, y: float):
        return self.model.row_at(y - self.header_h() + self.verticalScrollBar().value())

    def lane_row(self, slot_id: str):
        return self.model.lane_row(slot_id)

    def bar_rect(self, p: Placement) -> QRectF | None:
        row = self.lane_row(p.slot)
        if row is None:
            return None
        lane = self.model.lanes.get(p.slot)
        top, h = bar_span_y(row, lane.sub_of(p.id) if lane is not None and row.subs > 1 else 0)
        s, e = self.day_of(p.start), self.day_of(p.end)
        return QRectF(self.x_of(s), self.row_y(row) + top, max(2.0, (e - s + 1) * self.ppd), h)

    def visible_days(self) -> tuple[float, float]:
        return self.day_at(self.label_w), self.day_at(self.viewport().width())

    def visible_dates(self) -> tuple[_dt.date, _dt.date]:
        d0, d1 = self.visible_days()
        return self.date_of(max(0, int(d0))), self.date_of(min(self.plan.days - 1, max(0, int(d1))))

    # ------------------------------------------------------------------ zoom and scroll
    def ruler_level(self) -> str:
        return ruler_level(self.ppd)

    def set_zoom(self, ppd: float, anchor_x: float | None = None):
        anchor_x = self.label_w if anchor_x is None else anchor_x
        day = self.day_at(anchor_x)
        self.ppd = min(MAX_PPD, max(MIN_PPD, ppd))
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(round(day * self.ppd - (anchor_x - self.label_w)))
        self.viewport().update()
        self._emit_range()

    def zoom_by(self, factor: float, anchor_x: float | None = None):
        self.set_zoom(self.ppd * factor, anchor_x)

    def fit_when_shown(self):
        """Fit the plan to the view once the view has its real size."""
        if self.isVisible() and self.viewport().width() > self.label_w + 100:
            self.fit_to_plan()
        else:
            self._fit_pending = True

    def showEvent(self, e):
        super().showEvent(e)
        if getattr(self, "_fit_pending", False):
            self._fit_pending = False
            self.fit_to_plan()

    def fit_to_plan(self):
        width = max(100, self.viewport().width() - self.label_w - 10)
        self.set_zoom(width / max(1, self.plan.days))
        self.horizontalScrollBar().setValue(0)

    def scroll_to_date(self, d: _dt.date):
        self.horizontalScrollBar().setValue(int(self.day_of(d) * self.ppd - 40))

    def wheelEvent(self, e):
        if e.modifiers() & Qt.ControlModifier:
            steps = e.angleDelta().y() / 120
            self.zoom_by(1.25 ** steps, e.position().x())
            e.accept()
            return
        super().wheelEvent(e)

    # ------------------------------------------------------------------ hit testing
    def placement_at(self, pos: QPointF):
        """(placement, part) under ``pos``; part is 'body', 'left' or 'right'."""
        if pos.x() < self.label_w or pos.y() < self.header_h():
            return None, None
        row = self.row_at(pos.y())
        if row is None or row.kind != "lane":
            return None, None
        sub = sub_at(row, pos.y() - self.row_y(row))
        day = self.day_at(pos.x())
        hit = None
        for pl, s, e, k in self.model.lanes.get(row.key, ()).visible(day - 1, day + 1):
            if k != sub:
                continue
            x0, x1 = self.x_of(s), self.x_of(e + 1)
            if x0 - 1 <= pos.x() <= x1 + 1:
                hit = (pl, x0, x1)  # the last drawn is on top
        if hit is None:
            return None, None
        pl, x0, x1 = hit
        edge = min(EDGE, (x1 - x0) / 4)
        if pos.x() <= x0 + edge:
            return pl, "left"
        if pos.x() >= x1 - edge:
            return pl, "right"
        return pl, "body"

    def phase_at(self, pos: QPointF):
        """(phase row key, phase or None, part) in the phase rows, or None outside them."""
        if pos.x() < self.label_w or not (self.ruler_h() <= pos.y() < self.header_h()):
            return None
        plat = phase_rows(self.plan)[int((pos.y() - self.ruler_h()) // PHASE_ROW_H)]
        spans = []
        for ph in self.plan.phases:
            if ph.platform == plat:
                spans.append((ph, self.x_of(self.day_of(ph.start)), self.x_of(self.day_of(ph.end) + 1)))
        # a phase that contains the point wins over a neighbour's edge tolerance
        inside = [s for s in spans if s[1] <= pos.x() < s[2]]
        near = [s for s in spans if s[1] - 2 <= pos.x() <= s[2] + 2]
        for ph, x0, x1 in inside or near:
            edge = min(EDGE, (x1 - x0) / 4)
            part = "left" if pos.x() <= x0 + edge else "right" if pos.x() >= x1 - edge else "body"
            return plat, ph, part
        return plat, None, None

    # ------------------------------------------------------------------ mouse
    def _snap_day(self, x: float) -> int:
        return int(round(self.day_at(x)))

    def mousePressEvent(self, e: QMouseEvent):
        self.setFocus()
        pos = e.position()
        if e.button() != Qt.LeftButton:
            return super().mousePressEvent(e)
        if self.on_label_edge(pos):
            self.gesture = ResizeLabels(self, pos.toPoint())
            return
        if pos.x() < self.label_w:
            row = self.row_at(pos.y()) if pos.y() >= self.header_h() else None
            if row is not None and row.kind == "group":
                self.model.toggle(row.key)
                self._update_scrollbars()
                self.viewport().update()
            return
        at = pos.toPoint()
        ph = self.phase_at(pos)
        if ph is not None:
            plat, phase, part = ph
            if phase is None:
                self.gesture = NewPhase(self, at, plat)
            else:
                self.select_phase(phase.id)
                self.gesture = PhaseDrag(self, at, phase, part)
            return
        pl, part = self.placement_at(pos)
        ctrl = bool(e.modifiers() & Qt.ControlModifier)
        if pl is None:
            if not ctrl:
                self.set_selection(set())
            self.gesture = RubberBand(self, at, ctrl)
            return
        if ctrl:
            self.set_selection(self.selected ^ {pl.id})
            return
        if pl.id not in self.selected:
            self.set_selection({pl.id})
        self.gesture = MoveBars(self, at, pl) if part == "body" else ResizeBar(self, at, pl, part)

    def mouseMoveEvent(self, e: QMouseEvent):
        pos = e.position()
        day = self.day_at(pos.x())
        if pos.x() >= self.label_w and 0 <= day < self.plan.days:
            self.cursor_day = int(day)
            self.sig_cursor_date.emit(self.date_of(int(day)))
        else:
            self.cursor_day = None
            self.sig_cursor_date.emit(None)
        g = self.gesture
        if g is None:
            self._update_cursor_shape(pos)
            return
        if not g.move(pos.toPoint()):
            return
        if g.previews_plan and not self._preview_timer.isActive():  # at most one projection per interval
            self._preview_timer.start()
        slots = g.dirty_slots()
        if slots is not None:
            self._update_lanes(slots)
        else:
            self.viewport().update()

    def _update_lanes(self, slots):
        """Repaint only the lanes of these slots (an edit or a drag frame touches nothing else)."""
        region = QRect()
        w = self.viewport().width()
        for sid in slots:
            r = self.model.lane_row(sid)
            if r is not None:
                region = region.united(QRect(self.label_w, int(self.row_y(r)), w - self.label_w, r.h))
        if not region.isEmpty():
            self.viewport().update(region)

    def _update_cursor_shape(self, pos):
        if self.on_label_edge(pos):
            self.viewport().setCursor(Qt.SplitHCursor)
            return
        pl, part = self.placement_at(pos)
        ph = self.phase_at(pos)
        if (pl and part in ("left", "right")) or (ph and ph[1] is not None and ph[2] in ("left", "right")):
            self.viewport().setCursor(Qt.SizeHorCursor)
        elif pl or (ph and ph[1] is not None):
            self.viewport().setCursor(Qt.OpenHandCursor)
        else:
            self.viewport().unsetCursor()

    def mouseReleaseEvent(self, e: QMouseEvent):
        g, self.gesture = self.gesture, None
        self._preview_timer.stop()
        if g is None:
            return
        if g.moved:
            if g.previews_plan:
                self.sig_preview.emit(None)
            g.finish()
        elif isinstance(g, (MoveBars, ResizeBar)) and self.selected != {g.placement.id}:
            # a click (no drag) on one bar of a selection selects that bar alone; the press
            # kept the selection in case the person dragged them all
            self.set_selection({g.placement.id})
        slots = g.dirty_slots()
        if slots is not None and not isinstance(g, RubberBand):
            self._update_lanes(slots)
        else:
            self.viewport().update()

    def _emit_preview(self):
        """The plan as it would be after the drag, for the live chart (rate-limited)."""
        g = self.gesture
        if g is None:
            return
        try:
            plan = g.preview_plan()
        except Exception:  # a tentative position the edit would refuse: no preview
            return
        if plan is not None:
            self.sig_preview.emit(plan)

    def select_in_rect(self, rect: QRect, ctrl: bool, base: set[str]):
        """Select the bars a rubber band touches (with Ctrl: toggle them against ``base``)."""
        d0, d1 = self.day_at(rect.left()), self.day_at(rect.right())
        hit = set()
        for r in self.model.rows:
            if r.kind != "lane":
                continue
            y = self.row_y(r)
            if y + r.h < rect.top() or y > rect.bottom():
                continue
            for pl, _s, _e, sub in self.model.lanes.get(r.key, ()).visible(d0, d1):
                top, h = bar_span_y(r, sub)
                if y + top <= rect.bottom() and y + top + h >= rect.top():
                    hit.add(pl.id)
        self.set_selection((base ^ hit) if ctrl else hit)
        self.viewport().update()

    def mouseDoubleClickEvent(self, e):
        if self.on_label_edge(e.position()):
            self.fit_label_width()
            return
        ph = self.phase_at(e.position())
        if ph is not None and ph[1] is not None:
            self.select_phase(ph[1].id)
            self.rename_phase(ph[1].id)

    def contextMenuEvent(self, e):
        ph = self.phase_at(QPointF(e.pos()))
        menu = QMenu(self)
        if ph is not None and ph[1] is not None:
            self.select_phase(ph[1].id)
            menu.addAction(self.tr("Rename phase…"), lambda: self.rename_phase(ph[1].id))
            menu.addAction(self.tr("Delete phase"), lambda: self.delete_phase(ph[1].id))
        else:
            pl, _ = self.placement_at(QPointF(e.pos()))
            if pl is not None and pl.id not in self.selected:
                self.set_selection({pl.id})
            if self.selected:
                menu.addAction(self.tr("Copy"), self.copy_selection)
                menu.addAction(self.tr("Delete"), self.delete_selection)
            if self.clipboard:
                menu.addAction(self.tr("Paste"), self.paste)
        if not menu.isEmpty():
            menu.exec(e.globalPos())

    def leaveEvent(self, e):
        self.cursor_day = None
        self.sig_cursor_date.emit(None)

    def viewportEvent(self, e):
        if e.type() == e.Type.ToolTip:
            pos = QPointF(e.pos())
            pl, _ = self.placement_at(pos)
            ph = self.phase_at(pos)
            if pl is not None:
                text = self.tooltip_for(pl)
            elif ph is not None and ph[1] is not None:
                text = self.phase_tooltip(ph[1])
            else:
                text = self.label_tooltip(pos)
            if text:
                QToolTip.showText(e.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(e)

    # ------------------------------------------------------------------ selection and keyboard
    def set_selection(self, ids):
        self.doc.selection.set_placements(ids)

    def select_phase(self, phase_id: str | None):
        self.doc.selection.set_phase(phase_id)

    def select_placement(self, pid: str):
        self.set_selection({pid})
        pl = next((p for p in self.doc.placements() if p.id == pid), None)
        if pl is not None:
            if pl.slot and self.plan.slot(pl.slot).platform in self.collapsed:
                self.model.toggle(self.plan.slot(pl.slot).platform)
                self._update_scrollbars()
                self.viewport().update()
            self.scroll_to_date(pl.start)
            row = self.lane_row(pl.slot)
            if row is not None:
                top, _h = bar_span_y(row, self.model.lanes[pl.slot].sub_of(pl.id) if row.subs > 1 else 0)
                self.verticalScrollBar().setValue(max(0, row.y + top - LANE_H * 2))

    def keyPressEvent(self, e):
        key = e.key()
        if key in (Qt.Key_Left, Qt.Key_Right) and self.selected:
            step = 7 if e.modifiers() & Qt.ShiftModifier else 1
            days = -step if key == Qt.Key_Left else step
            self.doc.edit(TrText(lambda: QCoreApplication.translate("TimelineView", "Nudge placements")),
                          edits.move_placements, set(self.selected), days, self.doc.scenario,
                          merge_id=self.doc.NUDGE)
            return
        if e.matches(QKeySequence.Delete) or key == Qt.Key_Backspace:
            if self.selected:
                self.delete_selection()
            elif self.selected_phase:
                self.delete_phase(self.selected_phase)
            return
        if key == Qt.Key_Escape:
            self.set_selection(set())
            return
        super().keyPressEvent(e)

    def delete_selection(self):
        """Edit > Delete (the Delete key): the selected placements, or else the selected phase."""
        if not self.selected:
            if self.selected_phase:
                self.delete_phase(self.selected_phase)
            return
        n = len(self.selected)
        self.doc.edit(TrText(lambda: english_plural(
                          QCoreApplication.translate("TimelineView", "Delete %n placement(s)", "", n), n)),
                      edits.delete_placements, set(self.selected), self.doc.scenario)

    def copy_selection(self):
        self.clipboard = [p for p in self.doc.placements() if p.id in self.selected]
        if self.clipboard:
            self.sig_message.emit(self.tr("Copied %n placement(s)", "", len(self.clipboard)))

    def paste(self):
        if not self.clipboard:
            return
        at = self.date_of(self.cursor_day) if self.cursor_day is not None else self.clipboard[0].start
        n = len(self.clipboard)
        self.doc.edit(TrText(lambda: english_plural(
                          QCoreApplication.translate("TimelineView", "Paste %n placement(s)", "", n), n)),
                      edits.paste_placements, self.clipboard, at, self.doc.scenario)

    def select_all(self):
        self.set_selection({p.id for p in self.doc.placements()})

    def rename_phase(self, phase_id: str):
        from .. import dialogs
        ph = self.plan.phase(phase_id)
        name = dialogs.get_text(self, self.tr("Rename phase"), self.tr("Name:"), ph.name)
        if name is not None:
            self.doc.edit(TrText(lambda: QCoreApplication.translate("TimelineView", "Rename phase")),
                          edits.rename_phase, phase_id, name)

    def delete_phase(self, phase_id: str):
        self.doc.edit(TrText(lambda: QCoreApplication.translate("TimelineView", "Delete phase")),
                      edits.delete_phase, phase_id)

    # ------------------------------------------------------------------ drops from the palette
    def dragEnterEvent(self, e):
        if e.mimeData().hasFormat(SLOT_MIME):
            e.acceptProposedAction()

    def dragMoveEvent(self, e):
        if e.mimeData().hasFormat(SLOT_MIME):
            day = self.day_at(e.position().x())
            if 0 <= day < self.plan.days:
                self.sig_cursor_date.emit(self.date_of(int(day)))
            e.acceptProposedAction()

    def dropEvent(self, e):
        if not e.mimeData().hasFormat(SLOT_MIME):
            return
        slot = bytes(e.mimeData().data(SLOT_MIME)).decode("utf-8")
        day = int(self.day_at(e.position().x()))
        if not (0 <= day < self.plan.days) or e.position().x() < self.label_w:
            self.sig_message.emit(self.tr("Drop the slot on the timeline inside the plan's dates"))
            return
        if self.doc.edit(TrText(lambda: QCoreApplication.translate("TimelineView", "Add placement")),
                         edits.add_placement, slot, self.date_of(day), scenario=self.doc.scenario):
            e.acceptProposedAction()
