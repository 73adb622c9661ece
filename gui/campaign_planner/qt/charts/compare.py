"""The Compare tab: two scenarios of the plan side by side.

A chart overlays both reach curves; a second shows B - A with its P10-P90 band, computed in the
background with the same draws for both scenarios (common random numbers, so the band is that
of the difference alone; a scenario compared with itself gives 0 everywhere); a table gives
reach, 3+ reach, cost, cost per thousand reached and the target date for A, B and B - A.
The same charts and table make the comparison page of the PDF report.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core import summary as core_summary
from ...core.reach import Comparison, Projection, project
from ...export.numbers import money, people
from ..style import BAND_COLOR, TARGET_COLOR
from ..texts import clauses, english_plural
from .axes import is_chinese
from .views import _TimeChart

A_COLOR = "#1565C0"
B_COLOR = "#D81B60"
DIFF_COLOR = "#2E7D32"


def _band_brush(color: str, alpha: int = 45) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def signed_people(x: float, chinese: bool) -> str:
    """A difference of people with its sign: +1.2M, -300K, 0."""
    text = people(x, chinese)
    return text if text.startswith("-") or text == "0" else "+" + text


class OverlayChart(_TimeChart):
    """Both scenarios' cumulative unique reach, each with its P10-P90 band, and the target."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.curves, self.lows, self.highs, self.fills = [], [], [], []
        for color in (A_COLOR, B_COLOR):
            lo = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(_band_brush(color, 90), width=1))
            hi = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(_band_brush(color, 90), width=1))
            fill = pg.FillBetweenItem(lo, hi, brush=_band_brush(color))
            curve = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(color, width=2))
            for item in (lo, hi, fill, curve):
                self.plot.addItem(item)
            self.curves.append(curve)
            self.lows.append(lo)
            self.highs.append(hi)
            self.fills.append(fill)
        self.target = pg.InfiniteLine(angle=0, pen=pg.mkPen(TARGET_COLOR, width=1.5, style=Qt.DashLine))
        self.plot.addItem(self.target)
        self.plot.addItem(self.cursor)
        self.names = ("", "")
        self.comparison: Comparison | None = None

    def set_data(self, plan, pr_a: Projection, pr_b: Projection, names: tuple[str, str],
                 comparison: Comparison | None = None):
        self.plan, self.projection = plan, pr_a
        self.axis.start = plan.start
        self.names, self.pr_b = names, pr_b
        x = np.arange(pr_a.days, dtype=float)
        tops = [plan.target_reach or 0.0]
        for i, pr in enumerate((pr_a, pr_b)):
            self.curves[i].setData(x, pr.reach)
            tops.append(float(pr.reach.max()) if pr.days else 0.0)
        if plan.target_reach and plan.target_frequency == 1:
            self.target.setValue(plan.target_reach)
            self.target.show()
        else:   # a k+ target is not on these curves (they are 1+ reach)
            self.target.hide()
        self.set_comparison(comparison)
        self.set_title(self.tr("Cumulative unique reach: %1 and %2").replace("%1", names[0]).replace("%2", names[1]))
        if comparison is not None and comparison.bands_b is not None:
            tops += [float(comparison.bands_a.p90.max()), float(comparison.bands_b.p90.max())]
        self._set_top(max(tops))

    def set_comparison(self, comparison: Comparison | None):
        """Each scenario's band, from the comparison's draws (None: no band yet)."""
        self.comparison = comparison
        bands = (comparison.bands_a, comparison.bands_b) if comparison is not None else (None, None)
        for i, b in enumerate(bands):
            visible = b is not None and self.projection is not None and len(b.p10) == self.projection.days
            for item in (self.lows[i], self.highs[i], self.fills[i]):
                item.setVisible(visible)
            if visible:
                x = np.arange(len(b.p10), dtype=float)
                self.lows[i].setData(x, b.p10)
                self.highs[i].setData(x, b.p90)
        legend = (self.names, self.lows[0].isVisible(), self.target.isVisible())
        if legend != getattr(self, "_legend_for", None):
            self._legend_for = legend
            self.clear_legend()
            for name, color in zip(self.names, (A_COLOR, B_COLOR)):
                self.add_legend(name, pg.mkPen(color, width=2))
            if legend[1]:
                self.add_legend(self.tr("P10-P90 bands"), pg.mkPen(BAND_COLOR), _band_brush(BAND_COLOR, 70))
            if legend[2]:
                self.add_legend(self.tr("Target"), pg.mkPen(TARGET_COLOR, width=1.5, style=Qt.DashLine))

    def hover_text(self, day: int) -> str:
        a, b = self.projection.reach[day], self.pr_b.reach[day]
        return "   ".join([str(self.date_of(day)), f"{self.names[0]} {self.people(a)}",
                           f"{self.names[1]} {self.people(b)}"])


class DifferenceChart(_TimeChart):
    """B - A per day, with the P10-P90 band of the difference and a zero line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        band = _band_brush(DIFF_COLOR, 60)
        self.p10 = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(DIFF_COLOR, width=1, style=Qt.DashLine))
        self.p90 = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(DIFF_COLOR, width=1, style=Qt.DashLine))
        self.band = pg.FillBetweenItem(self.p10, self.p90, brush=band)
        self.zero = pg.InfiniteLine(angle=0, pos=0, pen=pg.mkPen("#757575", width=1))
        self.curve = pg.PlotCurveItem([0, 1], [0, 0], pen=pg.mkPen(DIFF_COLOR, width=2))
        for item in (self.p10, self.p90, self.band, self.zero, self.curve):
            self.plot.addItem(item)
        self.plot.addItem(self.cursor)
        self.add_legend(self.tr("Difference"), pg.mkPen(DIFF_COLOR, width=2))
        self.add_legend(self.tr("P10-P90 band of the difference"), pg.mkPen(DIFF_COLOR, style=Qt.DashLine), band)
        self.names = ("", "")
        self.difference = np.zeros(0)
        self.comparison: Comparison | None = None

    def set_data(self, plan, pr_a: Projection, pr_b: Projection, names: tuple[str, str],
                 comparison: Comparison | None = None):
        self.plan, self.projection = plan, pr_a
        self.axis.start = plan.start
        self.names = names
        self.difference = pr_b.reach - pr_a.reach
        self.curve.setData(np.arange(len(self.difference), dtype=float), self.difference)
        self.set_comparison(comparison)

    def set_comparison(self, comparison: Comparison | None):
        self.comparison = comparison
        b = comparison.difference_bands if comparison is not None else None
        visible = b is not None and len(b.p10) == len(self.difference)
        for item in (self.p10, self.p90, self.band):
            item.setVisible(visible)
        if visible:
            x = np.arange(len(b.p10), dtype=float)
            self.p10.setData(x, b.p10)
            self.p90.setData(x, b.p90)
        self.set_title(self.summary())
        values = [self.difference] + ([b.p10, b.p90] if visible else [])
        lo = min([float(v.min()) for v in values if len(v)] + [0.0])
        hi = max([float(v.max()) for v in values if len(v)] + [0.0])
        span = max(hi - lo, 1.0)
        self.plot.setYRange(lo - 0.08 * span, hi + 0.08 * span, padding=0)

    def summary(self) -> str:
        """The chart's title: what B adds (or loses) against A by the end, with its band."""
        zh = is_chinese()
        head = self.tr("%2 − %1").replace("%1", self.names[0]).replace("%2", self.names[1])
        if not len(self.difference):
            return head
        text = self.tr("%1 by the end").replace("%1", signed_people(self.difference[-1], zh))
        b = self.comparison.difference_bands if self.comparison is not None else None
        if b is not None and len(b.p10) == len(self.difference):
            text = clauses(text, self.tr("P10–P90 %1 to %2").replace("%1", signed_people(b.p10[-1], zh))
                           .replace("%2", signed_people(b.p90[-1], zh)))
        return head + "    " + text

    def hover_text(self, day: int) -> str:
        zh = is_chinese()
        diff = signed_people(self.difference[day], zh)
        parts = [str(self.date_of(day)), self.tr("difference %1").replace("%1", diff)]
        b = self.comparison.difference_bands if self.comparison is not None else None
        if b is not None and len(b.p10) == len(self.difference):
            parts.append(self.tr("P10-P90 %1 – %2").replace("%1", signed_people(b.p10[day], zh))
                         .replace("%2", signed_people(b.p90[day], zh)))
        return "   ".join(parts)


def row_label(key: str, k: int = core_summary.EFFECTIVE_K) -> str:
    """The name of a row of the comparison table, in the window's language."""
    if key == "reach":
        return QCoreApplication.translate("Compare", "Reach by the end")
    if key == "reach_3plus":
        return QCoreApplication.translate("Compare", "Reached %1+ times").replace("%1", str(k))
    if key == "cost":
        return QCoreApplication.translate("Compare", "Cost")
    if key == "cost_per_thousand":
        return QCoreApplication.translate("Compare", "Cost per thousand reached")
    return QCoreApplication.translate("Compare", "Target reached on")


def _days_text(days: float) -> str:
    n = abs(int(days))
    if n == 0:
        return QCoreApplication.translate("Compare", "the same day")
    text = (QCoreApplication.translate("Compare", "%n day(s) earlier", "", n) if days < 0 else
            QCoreApplication.translate("Compare", "%n day(s) later", "", n))
    return english_plural(text, n)


def comparison_texts(plan, rows: list[core_summary.Row]) -> list[list[str]]:
    """The comparison table as text: [label, A, B, B - A] per row (a target never met is
    "not reached"; a missing difference is "–")."""
    zh = is_chinese()
    never = QCoreApplication.translate("Compare", "not reached")
    out = []
    for r in rows:
        if r.key == "target_date":
            if not plan.target_reach:
                continue
            a, b = (str(v) if v is not None else never for v in (r.a, r.b))
            diff = "–" if r.difference is None else _days_text(r.difference)
        elif r.key in ("cost", "cost_per_thousand"):
            a, b = ("–" if v is None else money(float(v), plan.currency, zh) for v in (r.a, r.b))
            diff = "–" if r.difference is None else (
                ("+" if r.difference > 0 else "") + money(r.difference, plan.currency, zh))
        else:
            a, b = (people(float(v), zh) for v in (r.a, r.b))
            diff = signed_people(r.difference, zh)
        out.append([row_label(r.key), a, b, diff])
    return out


class ComparePanel(QWidget):
    """The Compare tab: choose A and B; the charts and the table follow every edit, the band of
    the difference comes from ``bands`` (a CompareBandsController) when it is ready."""

    def __init__(self, doc, bands, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.bands = bands
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        bar = QHBoxLayout()
        self.combo_a, self.combo_b = QComboBox(), QComboBox()
        for combo in (self.combo_a, self.combo_b):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.setMaximumWidth(280)   # a long scenario name never widens the window
            combo.activated.connect(self._chosen)
        self.combo_a.setToolTip(self.tr("Scenario A: the one compared against"))
        self.combo_b.setToolTip(self.tr("Scenario B: the difference is B − A"))
        self.swap = QToolButton()
        self.swap.setText("⇄")
        self.swap.setToolTip(self.tr("Swap A and B"))
        self.swap.clicked.connect(self._swap)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: palette(mid)")
        bar.addWidget(QLabel(self.tr("Compare A")))
        bar.addWidget(self.combo_a)
        bar.addWidget(self.swap)
        bar.addWidget(QLabel(self.tr("with B")))
        bar.addWidget(self.combo_b)
        bar.addWidget(self.hint, 1)
        layout.addLayout(bar)
        self.overlay, self.difference = OverlayChart(), DifferenceChart()
        self.table = QTableWidget(0, 4)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.overlay)
        split.addWidget(self.difference)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setStretchFactor(2, 0)
        split.setCollapsible(2, False)
        layout.addWidget(split, 1)
        self.pair: tuple[str, str] = ("", "")
        self._cache: dict[str, tuple] = {}   # scenario -> (its Scenario object, include_forbidden, plan key, pr)
        self._plan_key = 0
        self._dirty = True
        self.summaries: tuple = ()
        self.rows: list[list[str]] = []
        bands.sig_ready.connect(self._bands_ready)
        bands.sig_stale.connect(lambda: self._set_comparison(None))
        doc.sig_changed.connect(self._on_changed)
        self._fill_choices()

    # ------------------------------------------------------------------ choice of A and B
    def _fill_choices(self):
        names = [s.name for s in self.doc.plan.scenarios]
        a, b = self.pair
        if a not in names or b not in names:
            current = self.doc.scenario
            if current != names[0]:
                a, b = names[0], current
            else:
                a, b = current, names[1] if len(names) > 1 else current
        for combo, value in ((self.combo_a, a), (self.combo_b, b)):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setCurrentIndex(names.index(value))
            combo.blockSignals(False)
        self.hint.setText(self.tr("Add a scenario (Scenario menu) to compare two") if len(names) < 2 else "")
        self._set_pair(a, b)

    def _chosen(self, *_):
        self._set_pair(self.combo_a.currentText(), self.combo_b.currentText())

    def _swap(self):
        a, b = self.pair
        self.combo_a.setCurrentText(b)
        self.combo_b.setCurrentText(a)
        self._set_pair(b, a)

    def choose(self, a: str, b: str) -> None:
        """Compare ``a`` with ``b`` (names of the plan's scenarios), as choosing them does."""
        self.combo_a.setCurrentText(a)
        self.combo_b.setCurrentText(b)
        self._chosen()

    def _set_pair(self, a: str, b: str):
        if (a, b) != self.pair:
            self.pair = (a, b)
            self.bands.set_pair(a, b)
            self._dirty = True
            self.refresh_if_shown()

    # ------------------------------------------------------------------ live
    def _on_changed(self, changes):
        if changes is None or changes.scenarios or changes.names or "*" in changes.placements:
            self._fill_choices()
        if changes is None or changes.plan or changes.assumptions or changes.phases:
            self._plan_key += 1   # every scenario's numbers may change
        if self.doc.analysis_paused:
            self._dirty = True
            return
        if changes is None or changes.projection or changes.scenarios:
            self._dirty = True
            self.refresh_if_shown()

    def showEvent(self, e):
        super().showEvent(e)
        self.bands.set_active(True)
        self.refresh_if_shown()

    def hideEvent(self, e):
        super().hideEvent(e)
        self.bands.set_active(False)

    def refresh_if_shown(self):
        if self._dirty and self.isVisible():
            self.refresh()

    def projection(self, name: str) -> Projection:
        """The projection of scenario ``name`` for the plan now: the document's own for the
        scenario shown; another's is kept while only other scenarios' placements change."""
        if name == self.doc.scenario:
            return self.doc.projection()
        sc = self.doc.plan.scenario(name)
        hit = self._cache.get(name)
        if hit is not None and hit[0] is sc and hit[1] == self.doc.include_forbidden and hit[2] == self._plan_key:
            return hit[3]
        pr = project(self.doc.plan, name, include_forbidden=self.doc.include_forbidden)
        self._cache[name] = (sc, self.doc.include_forbidden, self._plan_key, pr)
        return pr

    def refresh(self):
        self._dirty = False
        plan, (a, b) = self.doc.plan, self.pair
        pr_a, pr_b = self.projection(a), self.projection(b)
        forbidden = self.doc.include_forbidden
        shown = self.doc.costs().total   # the scenario shown's cost, worked out once for every view

        def summary(name, pr):
            cost = shown if name == self.doc.scenario else None
            return core_summary.summarize(plan, name, pr=pr, cost=cost, include_forbidden=forbidden)
        self.summaries = (summary(a, pr_a), summary(b, pr_b))
        comparison = self.bands.result if self.bands.result is not None and \
            (self.bands.result.a, self.bands.result.b) == (a, b) else None
        for chart in (self.overlay, self.difference):
            chart.set_data(plan, pr_a, pr_b, (a, b), comparison)
            chart.set_days(-0.5, pr_a.days - 0.5)
        self._fill_table()

    def _fill_table(self):
        plan = self.doc.plan
        a, b = self.pair
        self.rows = comparison_texts(plan, core_summary.comparison_rows(*self.summaries))
        self.table.setHorizontalHeaderLabels(["", a, b, self.tr("B − A")])
        self.table.setRowCount(len(self.rows))
        for r, cells in enumerate(self.rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.table.setItem(r, c, item)
        # the whole table is read at once: as wide as its text, the charts take the rest
        self.table.resizeColumnsToContents()
        width = sum(self.table.columnWidth(c) for c in range(4)) + 2 * self.table.frameWidth()
        self.table.setMinimumWidth(width + 2)

    def _bands_ready(self, comparison):
        if (comparison.a, comparison.b) == self.pair:
            self._set_comparison(comparison)

    def _set_comparison(self, comparison):
        if self.overlay.projection is None:
            return
        self.overlay.set_comparison(comparison)
        self.difference.set_comparison(comparison)

