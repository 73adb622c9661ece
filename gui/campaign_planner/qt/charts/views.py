"""The five charts. Each is a plain view: ``set_data(plan, projection, ...)`` draws it, so the
same widget serves the live dock and the exports (PNG, SVG, PDF, headless)."""

from __future__ import annotations

import datetime as _dt
import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsTextItem, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.reach import FREQ_MAX
from ...export.numbers import people
from ..style import BAND_COLOR, TARGET_COLOR, TODAY_COLOR, TOTAL_COLOR, platform_color, segment_color
from ..texts import clauses, earned_slot_name, labelled, segment_label
from .axes import DayAxis, LabelAxis, PeopleAxis, is_chinese

# The live charts redraw on every edit and during drags: no antialiasing keeps a redraw
# near 5 ms instead of 25 ms. Exports switch it on (see exports.py).
pg.setConfigOptions(antialias=False, background="w", foreground="#333333")

DAILY_COLOR = "#1565C0"
NEW_COLOR = "#EF6C00"
FREQ_COLOR = "#5E35B1"
FUNNEL_COLORS = ["#1565C0", "#00897B", "#7CB342"]
KINDS = ("reach", "daily", "slots", "frequency", "funnel")


def _tint(color: QColor, strength: float) -> QColor:
    """``color`` mixed with white: an opaque light version."""
    return QColor(*(round(255 - (255 - c) * strength) for c in (color.red(), color.green(), color.blue())))


def _literal(text: str) -> str:
    """``text`` as a pyqtgraph label format (which fills in ``{value}``): braces doubled."""
    return text.replace("{", "{{").replace("}", "}}")


def _sample(pen=None, brush=None):
    """A legend sample that is not in the plot (a FillBetweenItem in a legend crashes it)."""
    return pg.PlotDataItem(pen=pen, brush=brush, fillLevel=0 if brush is not None else None)


class ChartView(QWidget):
    """A title, a pyqtgraph plot with its legend, and a line for values under the mouse.

    The legend sits in a column of its own right of the plot, so it never covers a curve
    or a bar. ``set_export(True)`` makes the view a picture for a slide or a page: the
    title moves into the plot's scene (so SVG, PNG and PDF all carry it), the hover line
    and the margins go, and fills are drawn as one path each (no seams when antialiased).
    A picture may carry a note under its title (``set_note``: which placements the rules
    forbid were left out of its numbers).
    """

    sig_hover_day = Signal(int)
    LEGEND_GAP = 10      # between the plot and the legend
    TITLE_PAD = 6        # around the title, when it is in the scene
    EXPORT_MARGIN = 8    # round an exported picture
    NOTE_COLOR = "#8A4B00"

    def __init__(self, axis_items: dict, parent=None):
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.setStyleSheet("background: white")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold; color: #222")
        self.hover = QLabel(" ")
        self.hover.setStyleSheet("color: #444")
        for label in (self.title, self.hover):   # a long title or hover line never widens the window
            label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
            label.setMinimumWidth(1)
        self.plot = pg.PlotWidget(axisItems=axis_items)
        self.plot.setMenuEnabled(False)
        self.plot.setAntialiasing(False)
        self.plot.getViewBox().setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        item = self.plot.getPlotItem()
        # the legend: a child of the plot item anchored to its top right, over a column
        # the layout keeps free for it (column 3, right of the right axis' column)
        self.legend = pg.LegendItem(offset=None, labelTextSize="9pt", verSpacing=-4,
                                    brush=None, pen=None, frame=False)
        self.legend.setParentItem(item)
        self._legend_space = pg.GraphicsWidget()
        self._legend_space.setFixedWidth(0)
        item.layout.addItem(self._legend_space, 2, 3)
        # the title in the scene (exports only): a text item over row 0 of the layout
        self._scene_title = QGraphicsTextItem(item)
        self._scene_title.setDefaultTextColor(QColor("#222222"))
        self._scene_title.hide()
        self.note = ""       # a line under the title of an exported picture ("" for none)
        item.vb.sigResized.connect(self._place_legend)
        layout.addWidget(self.title)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.hover)
        self._samples = []
        self.plan = None
        self.projection = None
        self.exporting = False
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)

    # ------------------------------------------------------------------ legend and title
    def add_legend(self, name: str, pen=None, brush=None):
        s = _sample(pen, brush)
        self._samples.append(s)
        self.legend.addItem(s, html.escape(name))
        self._legend_changed()

    def clear_legend(self):
        self.legend.clear()
        self._samples = []
        self._legend_changed()

    def _legend_changed(self):
        w = self.legend.width() if self._samples else 0.0
        self._legend_space.setFixedWidth(w + self.LEGEND_GAP if w else 0)
        self._place_legend()

    def _place_legend(self):
        """The legend's top left: right of the plot area, level with its top."""
        item = self.plot.getPlotItem()
        vb = item.vb.geometry()
        right_axis = item.getAxis("right")
        x = vb.right() + (right_axis.width() if right_axis.isVisible() else 0) + self.LEGEND_GAP
        self.legend.setPos(x, vb.top())

    def legend_rect(self):
        """The legend's rectangle in scene coordinates (None without a legend)."""
        return self.legend.sceneBoundingRect() if self._samples else None

    def set_export(self, on: bool = True):
        """Switch between the live view and the picture of an export (see the class)."""
        self.exporting = on
        self.layout().setContentsMargins(*((0, 0, 0, 0) if on else (4, 4, 4, 4)))
        self.layout().setSpacing(0 if on else 2)
        self.title.setVisible(not on)
        self.hover.setVisible(not on)
        self.plot.setAntialiasing(on)
        self._scene_title.setVisible(on)
        # a picture gets a margin all round: no axis label or legend text touches its edge
        m = self.EXPORT_MARGIN if on else 1
        self.plot.getPlotItem().layout.setContentsMargins(m, 1 if on else m, m, m)
        self._update_scene_title()

    def resizeEvent(self, e):
        super().resizeEvent(e)
        if self.exporting:
            self._update_scene_title()

    def _update_scene_title(self):
        """Lay the title out over the plot's full width (wrapped if it must be), in row 0."""
        item = self.plot.getPlotItem()
        if not self.exporting:
            item.layout.setRowFixedHeight(0, 0)
            return
        text = self.title.text()
        head, sep, rest = text.partition("    ")
        body = f"<b>{html.escape(head)}</b>" + (f"&nbsp;&nbsp;&nbsp; {html.escape(rest.strip())}" if sep else "")
        font = QFont(self.font())
        if self.note:
            body += (f'<br><span style="font-size:{font.pointSizeF():g}pt; color:{self.NOTE_COLOR}">'
                     f"{html.escape(self.note)}</span>")
        t = self._scene_title
        font.setPointSizeF(font.pointSizeF() + 1)
        t.setFont(font)
        t.document().setDocumentMargin(0)
        t.setHtml(body)
        width = max(50.0, self.plot.width() - 2 * self.TITLE_PAD)
        t.setTextWidth(-1)
        if t.boundingRect().width() > width:
            t.setTextWidth(width)
        t.setPos(self.TITLE_PAD, self.TITLE_PAD)
        item.layout.setRowFixedHeight(0, t.boundingRect().height() + 2 * self.TITLE_PAD)

    def set_title(self, text: str):
        self.title.setText(text)
        if self.exporting:
            self._update_scene_title()

    def set_note(self, text: str):
        """A note under the title of an exported picture, in a smaller, brown type ("" for none)."""
        self.note = text
        if self.exporting:
            self._update_scene_title()

    # ------------------------------------------------------------------ hover
    def _mouse_moved(self, pos):
        if self.projection is None or not self.plot.sceneBoundingRect().contains(pos):
            return
        p = self.plot.getViewBox().mapSceneToView(pos)
        self.on_hover(p.x(), p.y())

    def on_hover(self, x: float, y: float):
        pass

    def people(self, x: float) -> str:
        return people(x, is_chinese())

    def date_of(self, day: int) -> _dt.date:
        return self.plan.start + _dt.timedelta(days=int(day))


TEXT_LEFT = [(1, 0), (1, 0)]     # a marker's label: its right edge on the line (text left of it)
TEXT_RIGHT = [(0, 0), (0, 0)]    # its left edge on the line (text right of it)


class _TimeChart(ChartView):
    def __init__(self, parent=None):
        self.axis = DayAxis(_dt.date(2000, 1, 1))
        super().__init__({"bottom": self.axis, "left": PeopleAxis()}, parent)
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen("#9E9E9E", width=1, style=Qt.DotLine))
        self._y_top = 0.0
        self.today: _dt.date | None = None   # None: the real today
        self._marks: tuple = ()

    def set_days(self, d0: float, d1: float):
        self.plot.setXRange(d0, d1, padding=0)

    def set_export(self, on: bool = True):
        super().set_export(on)
        self.cursor.setVisible(not on)     # the hover line has no place in a picture

    def _add_markers(self):
        """Vertical lines for today (when it is inside the plan) and for the day the target is
        reached, each with its label at the top of the plot."""
        def line(color, style, position):
            ln = pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen(color, width=1.5, style=style), label=" ",
                                 labelOpts=dict(position=position, color=color, anchors=[(0, 0), (1, 0)],
                                                fill=pg.mkBrush(255, 255, 255, 170)))
            ln.hide()
            self.plot.addItem(ln)
            return ln
        self.today_line = line(TODAY_COLOR, Qt.SolidLine, 0.98)
        self.target_line = line(TARGET_COLOR, Qt.DashLine, 0.86)
        self._marks = ()

    def _update_markers(self, plan, pr):
        today = self.today or _dt.date.today()
        today_day = (today - plan.start).days if plan.start <= today <= plan.end else None
        target_day = pr.target_day(plan.target_reach) if plan.target_reach and pr.days else None
        marks = (plan.start, today_day, target_day)
        if marks == self._marks:
            return
        self._marks = marks
        if today_day is None:
            self.today_line.hide()
        else:
            self.today_line.show()   # first: a hidden label does not take its text
            self.today_line.setValue(today_day + 0.5)   # mid-day, as the timeline's today line
            text = QCoreApplication.translate("TimeChart", "Today %1").replace("%1", str(today))
            self.today_line.label.setFormat(_literal(text))
        if target_day is None:
            self.target_line.hide()
        else:
            self.target_line.show()
            self.target_line.setValue(target_day)
            text = QCoreApplication.translate("TimeChart", "Target reached %1").replace("%1",
                                                                                      str(self.date_of(target_day)))
            self.target_line.label.setFormat(_literal(text))
        # each label on the side away from the other line: text never runs across a line
        left, right = TEXT_LEFT, TEXT_RIGHT
        if today_day is not None and target_day is not None and today_day + 0.5 > target_day:
            self.today_line.label.anchors, self.target_line.label.anchors = right, left
        else:
            self.today_line.label.anchors = left
            self.target_line.label.anchors = right if today_day is not None else left
        for ln in (self.today_line, self.target_line):
            ln.label.updatePosition()

    def markers(self) -> dict:
        """The marker lines shown: {"today": x, "target": x} (for tests and the report)."""
        out = {}
        if self.today_line.isVisible():
            out["today"] = self.today_line.value()
        if self.target_line.isVisible():
            out["target"] = self.target_line.value()
        return out

    def _set_top(self, top: float):
        """Re-range only when the curve leaves the view or shrinks a lot: a new range redraws
        the axes, the costliest part of a redraw."""
        top = max(top, 1.0) * 1.08
        if not (self._y_top * 0.6 <= top <= self._y_top):
            self._y_top = top
            self.plot.setYRange(0, top, padding=0)

    def on_hover(self, x, y):
        day = int(round(x))
        if 0 <= day < self.projection.days:
            self.cursor.setValue(day)
            self.hover.setText(self.hover_text(day))
            self.sig_hover_day.emit(day)

    def hover_text(self, day: int) -> str:
        return ""


class ReachChart(_TimeChart):
    """Cumulative unique reach stacked by segment, the P10-P90 band, the total and the target."""

    PHASE_COLORS = ("#6D4C41", "#00838F", "#AD1457", "#9E9D24", "#4527A0", "#EF6C00")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._built_for = None
        self.bands = None
        self.phase_curves: list = []    # (curve, legend sample) of View > Reach per Phase
        self.phases = None

    def _build(self, plan):
        key = (tuple(s.id for s in plan.audience.segments), plan.start)
        if key == self._built_for:
            return
        self._built_for = key
        self.plot.clear()
        self.clear_legend()
        self.phase_curves = []
        self.axis.start = plan.start
        # Stacked areas: each layer is the cumulative sum filled down to zero, the tallest drawn
        # first, in opaque tints so the layers do not blend (cheaper than FillBetweenItems).
        self.layers = []
        for z, s in enumerate(plan.audience.segments):
            color = segment_color(plan, s.id)
            tint = _tint(color, 0.45)
            layer = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(color.darker(110), width=1),
                                     fillLevel=0, brush=tint)
            layer.setZValue(-z)
            self.plot.addItem(layer)
            self.add_legend(segment_label(plan, s), pg.mkPen(color.darker(110)), tint)
            self.layers.append(layer)
        band = QColor(BAND_COLOR)
        band.setAlpha(70)
        self.p10 = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(BAND_COLOR, width=1, style=Qt.DashLine))
        self.p90 = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(BAND_COLOR, width=1, style=Qt.DashLine))
        self.band = pg.FillBetweenItem(self.p10, self.p90, brush=band)
        for item in (self.p10, self.p90, self.band):
            self.plot.addItem(item)
        self.add_legend(self.tr("P10-P90 band (of 200 draws of the ranges)"), pg.mkPen(BAND_COLOR, style=Qt.DashLine),
                        band)
        self.total = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(TOTAL_COLOR, width=2))
        self.plot.addItem(self.total)
        # the line is the projection with each assumption's most likely value (not the draws'
        # median, which sits a little apart when the ranges are lopsided): the legend says so
        self.add_legend(self.tr("Total reach (most likely values)"), pg.mkPen(TOTAL_COLOR, width=2))
        # a k+ target (k > 1): the people reached at least k times, the curve the target is about
        self.kplus = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(TARGET_COLOR, width=2, style=Qt.DashDotLine))
        self.kplus.hide()
        self.plot.addItem(self.kplus)
        self._kplus_sample = None
        self.target = pg.InfiniteLine(angle=0, pen=pg.mkPen(TARGET_COLOR, width=1.5, style=Qt.DashLine))
        self.plot.addItem(self.target)
        self.add_legend(self.tr("Target"), pg.mkPen(TARGET_COLOR, width=1.5, style=Qt.DashLine))
        self._add_markers()
        self.plot.addItem(self.cursor)

    def set_data(self, plan, pr, bands=None, preview: bool = False):
        self.plan, self.projection = plan, pr
        self._build(plan)
        x = np.arange(pr.days, dtype=float)
        cum = np.cumsum(pr.reach_segment, axis=0) if len(pr.reach_segment) else np.zeros((0, pr.days))
        # pyqtgraph fills an area in chunks of 50 points (fast on screen); antialiased, the
        # chunks' edges show as hairline seams. An export draws each area as one path (an
        # array ``connect`` turns the chunking off).
        connect = np.ones(pr.days, dtype=bool) if self.exporting else "all"
        for item, series in zip(self.layers, cum):
            item.setData(x, series, connect=connect)
        self.total.setData(x, pr.reach)
        self._set_kplus(pr)
        self.set_bands(bands)
        self._update_markers(plan, pr)
        if plan.target_reach:
            self.target.setValue(plan.target_reach)
            self.target.show()
        else:
            self.target.hide()
        self.set_title(self.tr("Cumulative unique reach") + "    " + self.summary()
                       + (self.tr("  (preview)") if preview else ""))
        self._set_top(max(float(pr.reach.max()) if pr.days else 0.0, plan.target_reach or 0.0,
                          float(bands.p90.max()) if bands is not None else 0.0))

    def _set_kplus(self, pr):
        """Show the k+ reach curve when the plan's target is on k+ reach (k > 1), with its
        legend entry ("Reached 3+ times"); hide both otherwise."""
        k = pr.target_frequency if pr.reach_kplus is not None else 1
        self.kplus.setVisible(k > 1)
        if k > 1:
            self.kplus.setData(np.arange(pr.days, dtype=float), pr.reach_kplus)
        label = self.tr("Reached %1+ times").replace("%1", str(k)) if k > 1 else None
        current = self._kplus_sample[1] if self._kplus_sample is not None else None
        if label != current:
            if self._kplus_sample is not None:
                self.legend.removeItem(self._kplus_sample[0])
                self._samples.remove(self._kplus_sample[0])
                self._kplus_sample = None
            if label is not None:
                self.add_legend(label, pg.mkPen(TARGET_COLOR, width=2, style=Qt.DashDotLine))
                self._kplus_sample = (self._samples[-1], label)
            self._legend_changed()

    def set_phases(self, plan, phases) -> None:
        """Draw each phase's reach from its first day (a ``reach.PhaseReach``), dotted, one
        colour per phase; None removes them."""
        self.phases = phases
        for curve, sample in self.phase_curves:
            self.plot.removeItem(curve)
            self.legend.removeItem(sample)
            self._samples.remove(sample)
        self.phase_curves = []
        if phases is not None:
            names = {ph.id: ph.name for ph in plan.phases}
            x = np.arange(phases.reach.shape[1], dtype=float)
            for i, (pid, series) in enumerate(zip(phases.phase_ids, phases.reach)):
                pen = pg.mkPen(self.PHASE_COLORS[i % len(self.PHASE_COLORS)], width=1.5, style=Qt.DotLine)
                start = int(np.argmax(series > 0)) if series.any() else len(series)
                curve = pg.PlotCurveItem(x[start:], series[start:], pen=pen)
                self.plot.addItem(curve)
                self.add_legend(self.tr("From %1").replace("%1", names.get(pid, pid)), pen)
                self.phase_curves.append((curve, self._samples[-1]))
        self._legend_changed()

    def set_bands(self, bands):
        """Draw the band, or hide it (None). The caller makes sure it belongs to this plan."""
        self.bands = bands
        visible = bands is not None and self.projection is not None and len(bands.p10) == self.projection.days
        for item in (self.p10, self.p90, self.band):
            item.setVisible(visible)
        if visible:
            x = np.arange(len(bands.p10), dtype=float)
            self.p10.setData(x, bands.p10)
            self.p90.setData(x, bands.p90)
            self._set_top(max(float(self.projection.reach.max()) if self.projection.days else 0.0,
                              self.plan.target_reach or 0.0, float(bands.p90.max())))

    def summary(self) -> str:
        pr, plan = self.projection, self.plan
        total = self.tr("by the end: %1").replace("%1", self.people(pr.reach[-1] if pr.days else 0))
        if not plan.target_reach:
            return total
        day = pr.target_day(plan.target_reach)
        goal = self.people(plan.target_reach)
        if pr.reach_kplus is not None:   # the target counts people reached k+ times
            goal = self.tr("%1 reached %2+ times").replace("%1", goal).replace("%2", str(pr.target_frequency))
        if day is None:
            text = self.tr("target %1 not reached; %2 short").replace("%1", goal) \
                .replace("%2", self.people(plan.target_reach - pr.target_series[-1]))
        else:
            text = self.tr("target %1 reached on %2").replace("%1", goal) \
                .replace("%2", str(self.date_of(day)))
        return clauses(total, text)

    def hover_text(self, day):
        pr = self.projection
        parts = [f"{self.date_of(day)}", self.tr("reach %1").replace("%1", self.people(pr.reach[day]))]
        for s, series in zip(self.plan.audience.segments, pr.reach_segment):
            parts.append(f"{segment_label(self.plan, s)} {self.people(series[day])}")
        if self.bands is not None and len(self.bands.p10) == pr.days:
            parts.append(self.tr("P10-P90 %1 – %2").replace("%1", self.people(self.bands.p10[day]))
                         .replace("%2", self.people(self.bands.p90[day])))
        return "   ".join(parts)


class DailyChart(_TimeChart):
    """People reached each day, and people reached for the first time."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.daily = self.plot.plot([0, 1], [0, 0], pen=pg.mkPen(DAILY_COLOR, width=1.5))
        self.new = self.plot.plot([0, 1], [0, 0], pen=pg.mkPen(NEW_COLOR, width=1.5))
        self.add_legend(self.tr("Reached that day"), pg.mkPen(DAILY_COLOR, width=1.5))
        self.add_legend(self.tr("New people"), pg.mkPen(NEW_COLOR, width=1.5))
        self._add_markers()
        self.plot.addItem(self.cursor)

    def set_data(self, plan, pr, bands=None, preview: bool = False):
        self.plan, self.projection = plan, pr
        self.axis.start = plan.start
        x = np.arange(pr.days, dtype=float)
        self.daily.setData(x, pr.daily_reach)
        self.new.setData(x, pr.new_people)
        self._update_markers(plan, pr)
        self.set_title(self.tr("Daily reach and new people") + (self.tr("  (preview)") if preview else ""))
        self._set_top(max(float(pr.daily_reach.max()) if pr.days else 0.0,
                          float(pr.new_people.max()) if pr.days else 0.0))

    def hover_text(self, day):
        pr = self.projection
        return "   ".join([str(self.date_of(day)),
                           self.tr("reached that day %1").replace("%1", self.people(pr.daily_reach[day])),
                           self.tr("new %1").replace("%1", self.people(pr.new_people[day]))])


class _BarChart(ChartView):
    horizontal = True

    def __init__(self, parent=None):
        self.cats = LabelAxis("left" if self.horizontal else "bottom")
        values = PeopleAxis("bottom" if self.horizontal else "left")
        super().__init__({"left": self.cats, "bottom": values} if self.horizontal
                         else {"left": values, "bottom": self.cats}, parent)
        self.bars: list = []
        self._next_bar = 0
        self.rows: list[tuple[str, list[float]]] = []

    def _clear_bars(self):
        self._next_bar = 0

    def _bar(self, positions, values, thickness, colors):
        """Draw a set of bars, reusing the item of the previous redraw when there is one."""
        pens = [pg.mkPen(QColor(c).darker(120)) for c in colors]
        if self.horizontal:
            opts = dict(x0=0, y=positions, height=thickness, width=values, brushes=colors, pens=pens)
        else:
            opts = dict(x=positions, y0=0, width=thickness, height=values, brushes=colors, pens=pens)
        if self._next_bar < len(self.bars):
            self.bars[self._next_bar].setOpts(**opts)
        else:
            item = pg.BarGraphItem(**opts)
            self.plot.addItem(item)
            self.bars.append(item)
        self._next_bar += 1

    def _hide_unused_bars(self):
        for i, b in enumerate(self.bars):
            b.setVisible(i < self._next_bar)

    def _range(self, n: int, top: float):
        """Re-range only when the bars leave the view, shrink a lot or their number changes:
        a new range redraws the axes, the costliest part of a redraw."""
        top = max(top, 1.0) * 1.1
        last = getattr(self, "_last_range", None)
        if last is not None and last[0] == n and last[1] * 0.6 <= top <= last[1]:
            return
        self._last_range = (n, top)
        if self.horizontal:
            self.plot.setRange(xRange=(0, top), yRange=(-0.6, n - 0.4), padding=0)
        else:
            self.plot.setRange(yRange=(0, top), xRange=(-0.6, n - 0.4), padding=0)

    def on_hover(self, x, y):
        i = int(round(y if self.horizontal else x))
        if 0 <= i < len(self.rows):
            label, values = self.rows[i]
            self.hover.setText(labelled(label, "   ".join(self.value_texts(values))))

    def value_texts(self, values):
        return [self.people(v) for v in values]


class SlotsChart(_BarChart):
    """Each used slot's reach alone and its exclusive reach (what the plan loses without it),
    sorted by exclusive reach."""

    def set_data(self, plan, pr, bands=None, preview: bool = False):
        self.plan, self.projection = plan, pr
        self._clear_bars()
        order = np.argsort(pr.slot_exclusive)  # largest at the top
        names = {s.id: earned_slot_name(s.name) if s.earned else s.name for s in plan.slots}
        platform = {s.id: s.platform for s in plan.slots}
        labels, alone, excl, colors, light = [], [], [], [], []
        for j in order:
            sid = pr.slot_ids[j]
            labels.append(names.get(sid, sid))
            alone.append(float(pr.slot_reach[j]))
            excl.append(float(pr.slot_exclusive[j]))
            c = platform_color(plan, platform[sid])
            colors.append(c.name())
            lc = QColor(c)
            lc.setAlpha(90)
            light.append(lc)
        self.rows = [(label, [a, e]) for label, a, e in zip(labels, alone, excl)]
        self.cats.set_labels(labels)
        pos = np.arange(len(labels), dtype=float)
        if labels:
            self._bar(pos + 0.18, alone, 0.34, light)
            self._bar(pos - 0.18, excl, 0.34, colors)
        self._hide_unused_bars()
        if not self._samples:
            self.add_legend(self.tr("Reach of the slot alone"), pg.mkPen("#888"), QColor(136, 136, 136, 90))
            self.add_legend(self.tr("Exclusive reach (lost without it)"), pg.mkPen("#555"), QColor("#777"))
        self.set_title(self.tr("Reach by slot, on the last day") + (self.tr("  (preview)") if preview else ""))
        self._range(len(labels), max(alone + excl + [0.0]))

    def value_texts(self, values):
        return [self.tr("alone %1").replace("%1", self.people(values[0])),
                self.tr("exclusive %1").replace("%1", self.people(values[1]))]


class FrequencyChart(_BarChart):
    """How many people have seen the mini program 0, 1, ... 9, 10+ times by a date."""

    horizontal = False

    def set_data(self, plan, pr, bands=None, preview: bool = False, frequency=None, day: int | None = None):
        self.plan, self.projection = plan, pr
        self._clear_bars()
        freq = pr.frequency if frequency is None else frequency
        day = pr.days - 1 if day is None else day
        labels = [str(i) for i in range(FREQ_MAX)] + [f"{FREQ_MAX}+"]
        self.rows = [(self.tr("%1 exposures").replace("%1", lab), [float(v)]) for lab, v in zip(labels, freq)]
        self.cats.set_labels(labels)
        # zero exposures dwarfs the rest: it is drawn lighter, and the scale follows 1+
        colors = [QColor(FREQ_COLOR).lighter(170)] + [QColor(FREQ_COLOR)] * FREQ_MAX
        self._bar(np.arange(FREQ_MAX + 1, dtype=float), [float(v) for v in freq], 0.7, colors)
        self._hide_unused_bars()
        if not self._samples:
            self.add_legend(self.tr("People"), pg.mkPen(QColor(FREQ_COLOR).darker(120)), QColor(FREQ_COLOR))
        top = float(max(freq[1:])) if len(freq) > 1 and max(freq[1:]) > 0 else float(freq[0])
        title = self.tr("Exposures per person on %1").replace("%1", str(self.date_of(day)))
        if freq[0] > top * 1.1:
            title += "    " + self.tr("not reached: %1 (off the scale)").replace("%1", self.people(freq[0]))
        self.set_title(title + (self.tr("  (preview)") if preview else ""))
        self._range(FREQ_MAX + 1, top)


class FunnelChart(_BarChart):
    """Reached, unique visitors, retained after 7 days, by the end of the plan."""

    def set_data(self, plan, pr, bands=None, preview: bool = False):
        self.plan, self.projection = plan, pr
        self._clear_bars()
        last = pr.days - 1
        values = [float(pr.reach[last]), float(pr.visitors[last]), float(pr.retained[last])] if pr.days else [0.0] * 3
        labels = [self.tr("Reached"), self.tr("Visitors"), self.tr("Retained (7 days)")]
        self.rows = [(lab, [v]) for lab, v in zip(labels, values)][::-1]
        self.cats.set_labels(labels[::-1])
        self._bar(np.arange(3, dtype=float), values[::-1], 0.6, FUNNEL_COLORS[::-1])
        self._hide_unused_bars()
        if not hasattr(self, "_texts"):
            self._texts = [pg.TextItem("", color="#222", anchor=(0, 0.5)) for _ in range(3)]
            for t in self._texts:
                self.plot.addItem(t)
        for i, (t, v) in enumerate(zip(self._texts, values[::-1])):
            t.setText(self.people(v))
            t.setPos(QPointF(v, i))
        if not self._samples:
            for lab, c in zip(labels, FUNNEL_COLORS):
                self.add_legend(lab, pg.mkPen(QColor(c).darker(120)), QColor(c))
        self.set_title(self.tr("Funnel by the end of the plan") + (self.tr("  (preview)") if preview else ""))
        self._range(3, max(values) * 1.15)


CHARTS = {"reach": ReachChart, "daily": DailyChart, "slots": SlotsChart, "frequency": FrequencyChart,
          "funnel": FunnelChart}
