"""Painting the timeline: lanes, bars, phase bands, the ruler and the labels. A mixin of
TimelineView that reads what it draws from the view model (``self.model``: rows, lanes and
sub-rows, selection, problems) and the running gesture (``self.gesture``: its preview), and
the view's coordinate mapping. The ruler's labels are placed by geometry.place_labels (none
cut at the view's edges, none running into another) and kept in ``ruler_labels_drawn``."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QCoreApplication, QDate, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from ...core.plan import Phase, Placement
from ..style import platform_color
from .geometry import (
    PHASE_ROW_H,
    SUB_H,
    Label,
    bar_span_y,
    minor_stride,
    period_end,
    phase_rows,
    place_labels,
    ruler_ticks,
    tick_number,
)

PHASE_FILLS = ["#F3F6FB", "#FBF7F0"]
HATCH = QBrush(QColor("#000000"), Qt.BDiagPattern)
CAP_MARK = QBrush(QColor("#FF8F00"))
LABEL_PAD = 4      # pixels between a ruler tick and its label
LABEL_GAP = 6      # pixels at least between two ruler labels


class TimelinePainting:
    #: the ruler labels of the last paint (viewport coordinates), for tests
    ruler_labels_drawn: list[Label] = []
    #: the ruler's tick lines of the last paint: (x, top, bottom)
    ruler_ticks_drawn: list[tuple[float, float, float]] = []

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
        if area.left() < self.label_w:
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
        lw = self.label_w
        top = max(self.header_h(), area.top())
        bottom = min(h, area.bottom() + 1)
        p.save()
        p.setClipRect(lw, top, w - lw, bottom - top)
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
                p.fillRect(QRectF(lw, y, w, r.h), QColor("#EEF0F4"))
                continue
            plat = slots[r.key].platform
            for i, ph in enumerate(sorted(by_platform.get(plat, []) + by_platform.get(None, []),
                                          key=lambda x: x.start)):
                x0, x1 = self.x_of(self.day_of(ph.start)), self.x_of(self.day_of(ph.end) + 1)
                p.fillRect(QRectF(x0, y, x1 - x0, r.h), self._phase_band_color(i))
            p.setPen(QColor("#D6D9E0"))
            p.drawLine(lw, y + r.h - 1, w, y + r.h - 1)
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
        # bars, each in its sub-row
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
            for pl, s, e, sub in model.lanes.get(r.key, ()).visible(d0 - reach, d1 + reach):
                if g is not None:
                    s, e = g.bar_span(pl, s, e)
                by, bh = bar_span_y(r, sub)
                self._paint_bar(p, fm, pl, s, e, y + by, bh, color, pl.id in selected, caps.get(pl.id))
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

    def _paint_bar(self, p: QPainter, fm: QFontMetrics, pl: Placement, s: int, e: int, top: float, height: float,
                   color: QColor, selected: bool, caps):
        rect = QRectF(self.x_of(s), top, max(2.0, (e - s + 1) * self.ppd), height)
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
        # units a day, where the bar has room for them (in the bar's visible part)
        if height + 1 >= fm.ascent() + fm.descent():
            label = self._bar_label(pl)
            left = max(rect.left(), self.label_w)
            if rect.right() - left > self._label_width(fm, label) + 6:
                p.setPen(Qt.black if errors else Qt.white)
                p.drawText(QPointF(left + 3, top + (height + fm.ascent() - fm.descent()) / 2), label)

    def _bar_label(self, pl: Placement) -> str:
        """The text in a placement's bar: its units a day ("1/d"), or "earned" on an earned slot
        (whose placements only switch earning on)."""
        slots = self.plan.slots
        cache = self.__dict__.get("_earned_slots")
        if cache is None or cache[0] is not slots:
            cache = self.__dict__["_earned_slots"] = (slots, frozenset(s.id for s in slots if s.earned))
        if pl.slot in cache[1]:
            return QCoreApplication.translate("TimelineView", "earned")
        return f"{pl.units_per_day:g}/d"

    # ------------------------------------------------------------------ the ruler
    def _ruler_width(self, fm: QFontMetrics, text: str) -> int:
        cache = self.__dict__.setdefault("_ruler_widths", {})
        w = cache.get(text)
        if w is None:
            w = cache[text] = fm.horizontalAdvance(text)
        return w

    def ruler_layout(self, d0: float, d1: float):
        """(labels, ticks) of the ruler for visible days ``d0`` to ``d1``: labels (geometry.Label,
        viewport coordinates) that all fit whole inside the ruler and never touch, and tick
        lines (x, top, bottom) that cross no label. Upper row: year, quarter or month, in the
        longest form that fits its period (the period begun left of the view labelled at the
        left edge if it fits); lower row: every n-th finer period, n as small as lets every
        label fit."""
        plan = self.plan
        fm = QFontMetrics(self.font())
        width = lambda t: self._ruler_width(fm, t)  # noqa: E731
        left, right = float(self.label_w), float(self.viewport().width())
        rh = self.ruler_h()
        mid = rh // 2
        th = fm.height()
        first = self.date_of(max(0, int(d0) - 1))
        last = self.date_of(min(plan.days - 1, max(0, int(d1) + 1)))
        level = self.ruler_level()
        major, minor = ruler_ticks(first, last, level)
        loc = self.locale()
        x_at = lambda d: self.x_of(self.day_of(d))  # noqa: E731
        periods = [(x_at(d), x_at(period_end(d, level, True)), self._major_labels(d, level, loc)) for d in major]
        labels = place_labels(periods, left, right, width, row=0, y=2, h=th, pad=LABEL_PAD, gap=LABEL_GAP,
                              sticky=True)
        texts = [self._minor_label(d, level, loc) for d in minor]
        stride = minor_stride(level, self.ppd, max((width(t) for t in texts), default=0), LABEL_PAD)
        marked = []
        for d, t in zip(minor, texts):
            if tick_number(d, level) % stride == 0:
                end = d
                for _ in range(stride):
                    end = period_end(end, level, False)
                marked.append((x_at(d), x_at(end), [t]))
        lower = place_labels(marked, left, right, width, row=1, y=rh - 4 - th, h=th, pad=LABEL_PAD,
                             gap=LABEL_GAP)
        labels += lower
        ticks = []
        labelled = {round(x0, 3) for x0, _x1, _t in marked}
        crosses = lambda x: any(lb.x - 1 <= x <= lb.right + 1 for lb in lower)  # noqa: E731
        for d in major:
            x = x_at(d)
            ticks.append((x, 0.0, float(rh if not crosses(x) else mid)))
        for d in minor:
            x = x_at(d)
            if round(x, 3) in labelled:
                ticks.append((x, float(mid), float(rh)))
            elif not crosses(x):
                ticks.append((x, float(rh - 4), float(rh)))
        return labels, [t for t in ticks if left <= t[0] <= right]

    def _paint_header(self, p: QPainter, w, d0, d1):
        plan = self.plan
        hh = self.header_h()
        lw = self.label_w
        rh = self.ruler_h()
        p.fillRect(0, 0, w, hh, QColor("#FAFAFB"))
        p.save()
        p.setClipRect(lw, 0, w - lw, hh)
        labels, ticks = self.ruler_layout(d0, d1)
        self.ruler_labels_drawn, self.ruler_ticks_drawn = labels, ticks
        fm = QFontMetrics(self.font())
        p.setPen(QColor("#BBBBBB"))
        for x, y0, y1 in ticks:
            p.drawLine(QPointF(x, y0), QPointF(x, y1))
        ascent = fm.ascent()
        for lb in labels:
            p.setPen(QColor("#333333") if lb.row == 0 else QColor("#666666"))
            p.drawText(QPointF(lb.x, lb.y + ascent), lb.text)
        p.setPen(QColor("#CCCCCC"))
        p.drawLine(lw, rh - 1, w, rh - 1)
        # phase rows: a name starts at its phase's start or at the view's left edge
        g = self.gesture if self.gesture is not None and self.gesture.moved else None
        selected_phase = self.model.selected_phase
        for i, plat in enumerate(phase_rows(plan)):
            y = rh + i * PHASE_ROW_H
            phases = sorted((ph for ph in plan.phases if ph.platform == plat), key=lambda x: x.start)
            for _k, ph in enumerate(phases):
                ps, pe = self.day_of(ph.start), self.day_of(ph.end)
                span = g.phase_span(ph.id) if g is not None else None
                if span is not None:
                    ps, pe = span
                x0, x1 = self.x_of(ps), self.x_of(pe + 1)
                if x1 < lw or x0 > w:
                    continue
                rect = QRectF(x0, y + 2, x1 - x0, PHASE_ROW_H - 4)
                color = platform_color(plan, plat) if plat else QColor("#555555")
                fill = QColor(color)
                fill.setAlpha(60 if ph.id != selected_phase else 120)
                p.setBrush(fill)
                p.setPen(QPen(color.darker(120), 2 if ph.id == selected_phase else 1))
                p.drawRect(rect)
                text_rect = QRectF(max(x0, lw) + 4, y + 2, min(x1, w) - max(x0, lw) - 6, PHASE_ROW_H - 4)
                if text_rect.width() > fm.horizontalAdvance("…") + 2:
                    p.setPen(QColor("#222222"))
                    p.drawText(text_rect, Qt.AlignVCenter | Qt.AlignLeft,
                               fm.elidedText(ph.name, Qt.ElideRight, int(text_rect.width())))
            new = g.new_phase() if g is not None else None
            if new is not None and new[0] == plat:
                _, a, b = new
                p.setBrush(QColor(0, 0, 0, 40))
                p.setPen(QPen(QColor("#333333"), 1, Qt.DashLine))
                p.drawRect(QRectF(self.x_of(a), y + 2, (b - a + 1) * self.ppd, PHASE_ROW_H - 4))
            p.setPen(QColor("#E0E0E0"))
            p.drawLine(lw, y + PHASE_ROW_H - 1, w, y + PHASE_ROW_H - 1)
        p.restore()

    def _major_labels(self, d: _dt.date, level: str, loc) -> list[str]:
        """The upper row's label of the period starting at ``d``, longest form first."""
        if level == "quarter":
            return [str(d.year)]
        if level == "month":
            q = str((d.month - 1) // 3 + 1)
            out = []
            for text in (QCoreApplication.translate("TimelineView", "Q%1 %2"),  # the view's context
                         # a shorter form of "Q%1 %2" (quarter %1 of year %2) for narrow quarters
                         QCoreApplication.translate("TimelineView", "Q%1 %2", "compact"),
                         QCoreApplication.translate("TimelineView", "Q%1")):
                text = text.replace("%1", q).replace("%2", str(d.year))
                if text not in out:
                    out.append(text)
            return out
        qd = QDate(d.year, d.month, d.day)
        out: list[str] = []
        for fmt in (QCoreApplication.translate("TimelineView", "MMMM yyyy"),
                    QCoreApplication.translate("TimelineView", "MMM yyyy"), "MMM"):
            text = loc.toString(qd, fmt)
            if text not in out:
                out.append(text)
        return out

    def _major_label(self, d: _dt.date, level: str, loc) -> str:
        return self._major_labels(d, level, loc)[0]

    def _minor_label(self, d: _dt.date, level: str, loc) -> str:
        if level == "quarter":
            return QCoreApplication.translate("TimelineView", "Q%1").replace("%1", str((d.month - 1) // 3 + 1))
        if level == "month":
            return loc.toString(QDate(d.year, d.month, d.day), "MMM")
        return str(d.day)

    # ------------------------------------------------------------------ the label column
    def _paint_labels(self, p: QPainter, h):
        plan = self.plan
        hh = self.header_h()
        lw = self.label_w
        rh = self.ruler_h()
        p.fillRect(0, 0, lw, h, QColor("#F7F7F9"))
        p.setPen(QColor("#444444"))
        fm = QFontMetrics(self.font())
        p.drawText(QRectF(6, 0, lw - 8, rh), Qt.AlignVCenter | Qt.AlignLeft,
                   fm.elidedText(QCoreApplication.translate("TimelineView", "Slots"), Qt.ElideRight, lw - 10))
        names = {pl.id: pl.name for pl in plan.platforms}
        for i, plat in enumerate(phase_rows(plan)):
            y = rh + i * PHASE_ROW_H
            p.drawText(QRectF(6, y, lw - 8, PHASE_ROW_H), Qt.AlignVCenter | Qt.AlignLeft,
                       fm.elidedText(self.phase_row_label(plat), Qt.ElideRight, lw - 10))
        p.save()
        p.setClipRect(0, hh, lw, h - hh)
        slots = {s.id: s for s in plan.slots}
        bold = QFont(self.font())
        bold.setBold(True)
        fm_bold = QFontMetrics(bold)
        for r in self.model.rows:
            y = self.row_y(r)
            if y + r.h < hh or y > h:
                continue
            if r.kind == "group":
                p.fillRect(QRectF(0, y, lw, r.h), QColor("#E6E8EE"))
                arrow = "▸" if r.key in self.model.collapsed else "▾"
                p.setFont(bold)
                p.setPen(platform_color(plan, r.key).darker(120))
                p.drawText(QRectF(6, y, lw - 8, r.h), Qt.AlignVCenter | Qt.AlignLeft,
                           fm_bold.elidedText(f"{arrow} {names.get(r.key, r.key)}", Qt.ElideRight, lw - 10))
                p.setFont(self.font())
            else:
                # the name beside the lane's first sub-row, a line under the lane
                p.setPen(QColor("#333333"))
                p.drawText(QRectF(14, y, lw - 18, r.h if r.subs <= 1 else SUB_H), Qt.AlignVCenter | Qt.AlignLeft,
                           fm.elidedText(slots[r.key].name, Qt.ElideRight, lw - 20))
                p.setPen(QColor("#D6D9E0"))
                p.drawLine(QPointF(14, y + r.h - 1), QPointF(lw, y + r.h - 1))
        p.restore()
        p.setPen(QColor("#CCCCCC"))
        p.drawLine(lw - 1, 0, lw - 1, h)
        p.drawLine(0, hh - 1, lw, hh - 1)
