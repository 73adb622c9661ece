"""Painting the timeline: lanes, bars, phase bands, the ruler and the labels. A mixin of
TimelineView that reads what it draws from the view model (``self.model``: rows, lanes,
selection, problems) and the running gesture (``self.gesture``: its preview), and the
view's coordinate mapping."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from ...core.plan import Phase, Placement
from ..style import platform_color
from .geometry import LABEL_W, LANE_H, PHASE_ROW_H, RULER_H, phase_rows, ruler_ticks

PHASE_FILLS = ["#F3F6FB", "#FBF7F0"]
HATCH = QBrush(QColor("#000000"), Qt.BDiagPattern)
CAP_MARK = QBrush(QColor("#FF8F00"))


class TimelinePainting:
    def paintEvent(self, e):
        p = QPainter(self.viewport())
        p.setRenderHint(QPainter.Antialiasing, False)
        w, h = self.viewport().width(), self.viewport().height()
        area = e.rect()          # during a drag only the dragged bars' lanes are asked for
        p.fillRect(area, QColor("white"))
        d0, d1 = self.visible_days()
        self._paint_lanes(p, w, h, d0, d1, area)
        if area.top() < self.header_h():
            self._paint_header(p, w, d0, d1)
        if area.left() < LABEL_W:
            self._paint_labels(p, h)
        band = self.gesture.band() if self.gesture is not None else None
        if band is not None:
            r = band
            p.setPen(QPen(QColor("#1677FF"), 1, Qt.DashLine))
            p.setBrush(QColor(22, 119, 255, 40))
            p.drawRect(r)
        p.end()

    def _phase_band_color(self, i):
        return QColor(PHASE_FILLS[i % 2])

    def _paint_lanes(self, p: QPainter, w, h, d0, d1, area: QRect):
        plan = self.plan
        top = max(self.header_h(), area.top())
        bottom = min(h, area.bottom() + 1)
        p.save()
        p.setClipRect(LABEL_W, top, w - LABEL_W, bottom - top)
        model = self.model
        lane_rows = [r for r in model.rows if self.row_y(r) + r.h > top and self.row_y(r) < bottom]
        slots = {s.id: s for s in plan.slots}
        # phase bands behind each platform's lanes
        by_platform: dict[str | None, list[Phase]] = {}
        for ph in plan.phases:
            by_platform.setdefault(ph.platform, []).append(ph)
        for r in lane_rows:
            y = self.row_y(r)
            if r.kind == "group":
                p.fillRect(QRectF(LABEL_W, y, w, r.h), QColor("#EEF0F4"))
                continue
            plat = slots[r.key].platform
            for i, ph in enumerate(sorted(by_platform.get(plat, []) + by_platform.get(None, []),
                                          key=lambda x: x.start)):
                x0, x1 = self.x_of(self.day_of(ph.start)), self.x_of(self.day_of(ph.end) + 1)
                p.fillRect(QRectF(x0, y, x1 - x0, r.h), self._phase_band_color(i))
            p.setPen(QColor("#E3E5EA"))
            p.drawLine(LABEL_W, y + r.h - 1, w, y + r.h - 1)
        # grid at the ruler's minor ticks
        first, last = self.date_of(max(0, int(d0))), self.date_of(min(plan.days - 1, max(0, int(d1) + 1)))
        _, minor = ruler_ticks(first, last, self.ruler_level())
        p.setPen(QColor("#ECEDEF"))
        for d in minor:
            x = self.x_of(self.day_of(d))
            p.drawLine(QPointF(x, top), QPointF(x, h))
        # plan bounds and today
        p.setPen(QPen(QColor("#999999"), 1))
        for x in (self.x_of(0), self.x_of(plan.days)):
            p.drawLine(QPointF(x, top), QPointF(x, h))
        if plan.start <= self.today <= plan.end:
            x = self.x_of(self.day_of(self.today) + 0.5)
            p.setPen(QPen(QColor("#D32F2F"), 2))
            p.drawLine(QPointF(x, top), QPointF(x, h))
        # bars
        g = self.gesture if self.gesture is not None and self.gesture.moved else None
        reach = (g.shift() if g is not None else 0) + 1
        selected, caps = model.selected, model.cap_days()
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        p.setFont(font)
        fm = QFontMetrics(font)
        for r in lane_rows:
            if r.kind != "lane":
                continue
            color = platform_color(plan, slots[r.key].platform)
            y = self.row_y(r)
            for pl, s, e in model.lanes.get(r.key, ()).visible(d0 - reach, d1 + reach):
                if g is not None:
                    s, e = g.bar_span(pl, s, e)
                self._paint_bar(p, fm, pl, s, e, y, color, pl.id in selected, caps.get(pl.id))
        p.restore()

    def _bar_style(self, color: QColor):
        """Pens and brushes of a platform's bars, made once per colour."""
        key = color.rgba()
        style = self._styles.get(key)
        if style is None:
            fill, fill_sel = QColor(color), QColor(color)
            fill.setAlpha(150)
            fill_sel.setAlpha(200)
            style = self._styles[key] = (QPen(color.darker(130), 1), QBrush(fill),
                                         QPen(QColor("#111111"), 2), QBrush(fill_sel))
        return style

    def _label_width(self, fm: QFontMetrics, text: str) -> int:
        w = self._label_widths.get(text)
        if w is None:
            w = self._label_widths[text] = fm.horizontalAdvance(text)
        return w

    def _paint_bar(self, p: QPainter, fm: QFontMetrics, pl: Placement, s: int, e: int, y: int, color: QColor,
                   selected: bool, caps):
        rect = QRectF(self.x_of(s), y + 4, max(2.0, (e - s + 1) * self.ppd), LANE_H - 8)
        pen, brush, pen_sel, brush_sel = self._bar_style(color)
        if selected:
            p.setPen(pen_sel)
            p.setBrush(brush_sel)
        else:
            p.setPen(pen)
            p.setBrush(brush)
        p.drawRect(rect)
        errors = any(x.level == "error" for x in self.model.problems_of(pl.id))
        if errors:
            p.setPen(Qt.NoPen)
            p.setBrush(HATCH)
            p.drawRect(rect)
        if caps:
            p.setPen(Qt.NoPen)
            p.setBrush(CAP_MARK)
            for d in caps:
                x = self.x_of(self.day_of(d))
                p.drawRect(QRectF(x, rect.bottom() - 4, max(1.5, self.ppd - 1), 4))
        label = f"{pl.units_per_day:g}/d"
        if rect.width() > self._label_width(fm, label) + 6:
            p.setPen(Qt.black if errors else Qt.white)
            p.drawText(QPointF(rect.left() + 3, rect.bottom() - 5), label)

    def _paint_header(self, p: QPainter, w, d0, d1):
        plan = self.plan
        hh = self.header_h()
        p.fillRect(0, 0, w, hh, QColor("#FAFAFB"))
        p.save()
        p.setClipRect(LABEL_W, 0, w - LABEL_W, hh)
        first = self.date_of(max(0, int(d0) - 1))
        last = self.date_of(min(plan.days - 1, max(0, int(d1) + 1)))
        level = self.ruler_level()
        major, minor = ruler_ticks(first, last, level)
        loc = self.locale()
        p.setPen(QColor("#333333"))
        for i, d in enumerate(major):
            x = self.x_of(self.day_of(d))
            nxt = major[i + 1] if i + 1 < len(major) else None
            x_end = self.x_of(self.day_of(nxt)) if nxt else w
            p.drawLine(QPointF(x, 0), QPointF(x, RULER_H))
            text = self._major_label(d, level, loc)
            p.drawText(QRectF(max(x, LABEL_W) + 4, 2, max(0.0, x_end - max(x, LABEL_W) - 6), 16),
                       Qt.AlignLeft | Qt.AlignVCenter, text)
        p.setPen(QColor("#777777"))
        fm = QFontMetrics(self.font())
        last_right = -1e9
        for d in minor:
            x = self.x_of(self.day_of(d))
            p.drawLine(QPointF(x, RULER_H - 16), QPointF(x, RULER_H))
            text = self._minor_label(d, level, loc)
            if x > last_right + 2:
                p.drawText(QPointF(x + 3, RULER_H - 4), text)
                last_right = x + 3 + fm.horizontalAdvance(text)
        p.setPen(QColor("#CCCCCC"))
        p.drawLine(LABEL_W, RULER_H - 1, w, RULER_H - 1)
        # phase rows
        g = self.gesture if self.gesture is not None and self.gesture.moved else None
        selected_phase = self.model.selected_phase
        for i, plat in enumerate(phase_rows(plan)):
            y = RULER_H + i * PHASE_ROW_H
            phases = sorted((ph for ph in plan.phases if ph.platform == plat), key=lambda x: x.start)
            for _k, ph in enumerate(phases):
                ps, pe = self.day_of(ph.start), self.day_of(ph.end)
                span = g.phase_span(ph.id) if g is not None else None
                if span is not None:
                    ps, pe = span
                x0, x1 = self.x_of(ps), self.x_of(pe + 1)
                rect = QRectF(x0, y + 2, x1 - x0, PHASE_ROW_H - 4)
                color = platform_color(plan, plat) if plat else QColor("#555555")
                fill = QColor(color)
                fill.setAlpha(60 if ph.id != selected_phase else 120)
                p.setBrush(fill)
                p.setPen(QPen(color.darker(120), 2 if ph.id == selected_phase else 1))
                p.drawRect(rect)
                p.setPen(QColor("#222222"))
                p.drawText(rect.adjusted(4, 0, -2, 0), Qt.AlignVCenter | Qt.AlignLeft,
                           fm.elidedText(ph.name, Qt.ElideRight, int(max(0, rect.width() - 6))))
            new = g.new_phase() if g is not None else None
            if new is not None and new[0] == plat:
                _, a, b = new
                p.setBrush(QColor(0, 0, 0, 40))
                p.setPen(QPen(QColor("#333333"), 1, Qt.DashLine))
                p.drawRect(QRectF(self.x_of(a), y + 2, (b - a + 1) * self.ppd, PHASE_ROW_H - 4))
            p.setPen(QColor("#E0E0E0"))
            p.drawLine(LABEL_W, y + PHASE_ROW_H - 1, w, y + PHASE_ROW_H - 1)
        p.restore()

    def _major_label(self, d: _dt.date, level: str, loc) -> str:
        if level == "quarter":
            return str(d.year)
        if level == "month":
            quarter = QCoreApplication.translate("TimelineView", "Q%1 %2")  # the view's context
            return quarter.replace("%1", str((d.month - 1) // 3 + 1)).replace("%2", str(d.year))
        return loc.toString(QDate(d.year, d.month, d.day), QCoreApplication.translate("TimelineView", "MMMM yyyy"))

    def _minor_label(self, d: _dt.date, level: str, loc) -> str:
        if level == "quarter":
            return QCoreApplication.translate("TimelineView", "Q%1").replace("%1", str((d.month - 1) // 3 + 1))
        if level == "month":
            return loc.toString(QDate(d.year, d.month, d.day), "MMM")
        return str(d.day)

    def _paint_labels(self, p: QPainter, h):
        plan = self.plan
        hh = self.header_h()
        p.fillRect(0, 0, LABEL_W, h, QColor("#F7F7F9"))
        p.setPen(QColor("#444444"))
        p.drawText(QRectF(6, 0, LABEL_W - 8, RULER_H), Qt.AlignVCenter | Qt.AlignLeft,
                   QCoreApplication.translate("TimelineView", "Slots"))
        names = {pl.id: pl.name for pl in plan.platforms}
        fm = QFontMetrics(self.font())
        for i, plat in enumerate(phase_rows(plan)):
            y = RULER_H + i * PHASE_ROW_H
            everywhere = QCoreApplication.translate("TimelineView", "all platforms")
            label = QCoreApplication.translate("TimelineView", "Phases: %1").replace("%1", names.get(plat, everywhere))
            p.drawText(QRectF(6, y, LABEL_W - 8, PHASE_ROW_H), Qt.AlignVCenter | Qt.AlignLeft,
                       fm.elidedText(label, Qt.ElideRight, LABEL_W - 10))
        p.save()
        p.setClipRect(0, hh, LABEL_W, h - hh)
        slots = {s.id: s for s in plan.slots}
        for r in self.model.rows:
            y = self.row_y(r)
            if y + r.h < hh or y > h:
                continue
            if r.kind == "group":
                p.fillRect(QRectF(0, y, LABEL_W, r.h), QColor("#E6E8EE"))
                arrow = "▸" if r.key in self.model.collapsed else "▾"
                bold = QFont(self.font())
                bold.setBold(True)
                p.setFont(bold)
                p.setPen(platform_color(plan, r.key).darker(120))
                p.drawText(QRectF(6, y, LABEL_W - 8, r.h), Qt.AlignVCenter | Qt.AlignLeft,
                           f"{arrow} {names.get(r.key, r.key)}")
                p.setFont(self.font())
            else:
                p.setPen(QColor("#333333"))
                p.drawText(QRectF(14, y, LABEL_W - 18, r.h), Qt.AlignVCenter | Qt.AlignLeft,
                           fm.elidedText(slots[r.key].name, Qt.ElideRight, LABEL_W - 20))
        p.restore()
        p.setPen(QColor("#CCCCCC"))
        p.drawLine(LABEL_W - 1, 0, LABEL_W - 1, h)
        p.drawLine(0, hh - 1, LABEL_W, hh - 1)
