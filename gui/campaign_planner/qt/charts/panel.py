"""The charts dock: the five charts in tabs, live with the document, the band computed in the
background, hover linking, and the export actions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QMenu,
    QProgressBar,
    QProgressDialog,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.reach import frequency_at, project
from ..bands import BandsController
from .views import CHARTS, KINDS

DEFAULT_IMAGE_SIZE = (1200, 600, 96)
_SIZE_KEY = "exports/image_size"


def last_image_size() -> tuple[int, int, int]:
    """(width, height, dpi) the user last chose for a PNG export (kept in the settings), or
    1200 x 600 at 96 dpi. Copy chart and SVG export use it too."""
    from ..app import settings
    try:
        w, h, dpi = (int(x) for x in str(settings().value(_SIZE_KEY, "")).split("x"))
    except ValueError:
        return DEFAULT_IMAGE_SIZE
    if 100 <= w <= 10000 and 100 <= h <= 10000 and 50 <= dpi <= 1200:
        return w, h, dpi
    return DEFAULT_IMAGE_SIZE


def remember_image_size(size: tuple[int, int, int]) -> None:
    from ..app import settings
    settings().setValue(_SIZE_KEY, "x".join(str(int(x)) for x in size))


def svg_size(size: tuple[int, int, int]) -> tuple[int, int]:
    """The SVG of a PNG size: the same physical size (a 2400 x 1200 PNG at 192 dpi and a
    1200 x 600 SVG are the same picture, text the same size)."""
    w, h, dpi = size
    return max(100, round(w * 96 / dpi)), max(100, round(h * 96 / dpi))


class ImageSizeDialog(QDialog):
    """Width, height and DPI of a PNG export (starting from the last ones chosen)."""

    def __init__(self, parent=None, width=None, height=None, dpi=None):
        super().__init__(parent)
        last = last_image_size()
        width, height, dpi = width or last[0], height or last[1], dpi or last[2]
        self.setWindowTitle(self.tr("Image size"))
        form = QFormLayout(self)
        self.width_box, self.height_box, self.dpi_box = QSpinBox(), QSpinBox(), QSpinBox()
        for box, lo, hi, v, suffix in ((self.width_box, 100, 10000, width, " px"),
                                       (self.height_box, 100, 10000, height, " px"),
                                       (self.dpi_box, 50, 1200, dpi, " dpi")):
            box.setRange(lo, hi)
            box.setValue(v)
            box.setSuffix(suffix)
        form.addRow(self.tr("Width"), self.width_box)
        form.addRow(self.tr("Height"), self.height_box)
        form.addRow(self.tr("Resolution"), self.dpi_box)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self):
        return self.width_box.value(), self.height_box.value(), self.dpi_box.value()


class ChartsPanel(QWidget):
    sig_message = Signal(str)

    def __init__(self, doc, timeline=None, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.timeline = timeline
        self.bands = BandsController(doc, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        # the summary is the reach chart's title (once): the tab bar's corner holds the rest
        corner = QWidget()
        top = QHBoxLayout(corner)
        top.setContentsMargins(0, 0, 2, 2)
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setFormat(self.tr("bands %p%"))
        self.progress.hide()
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        self.export_button.setMenu(self.export_menu(self))
        top.addWidget(self.progress)
        top.addWidget(self.export_button)
        # Charts are made when their tab is first shown: a pyqtgraph plot costs ~25 ms to build
        self.tabs = QTabWidget()
        self.charts: dict = {}
        titles = {"reach": self.tr("Reach"), "daily": self.tr("Daily"), "slots": self.tr("Slots"),
                  "frequency": self.tr("Frequency"), "funnel": self.tr("Funnel")}
        for k in KINDS:
            self.tabs.addTab(QWidget(), titles[k])
        self.compare = None   # the Compare tab, made when first shown
        self.tabs.addTab(QWidget(), self.tr("Compare"))
        self.tabs.setTabToolTip(len(KINDS), self.tr("Two scenarios side by side: both reach curves, "
                                                    "the difference with its P10–P90 band, and a table"))
        self.delivered = None   # the Delivered tab, made when delivered numbers are imported
        self.tabs.setCornerWidget(corner, Qt.TopRightCorner)
        layout.addWidget(self.tabs, 1)
        self.last_projection = None
        self.show_phases = False   # View > Reach per Phase
        self._days = None
        self._freq_day = None
        self._freq_timer = QTimer(self)
        self._freq_timer.setSingleShot(True)
        self._freq_timer.setInterval(40)
        self._freq_timer.timeout.connect(self._update_frequency)
        self._end_preview = QTimer(self)
        self._end_preview.setSingleShot(True)
        self._end_preview.setInterval(0)
        self._end_preview.timeout.connect(self.refresh)
        doc.sig_changed.connect(self._on_changed)
        doc.sig_delivered.connect(self.show_delivered)
        self.bands.sig_ready.connect(self._bands_ready)
        self.bands.sig_progress.connect(self._bands_progress)
        self.bands.sig_stale.connect(self._bands_stale)
        self.bands.sig_failed.connect(self.sig_message)
        self.chart("reach")
        self.tabs.currentChanged.connect(self._tab_changed)
        if timeline is not None:
            timeline.sig_preview.connect(self._preview)
            timeline.sig_range_changed.connect(self.set_days)
            timeline.sig_cursor_date.connect(self._cursor_date)
        self.refresh()
        self.bands.request()
        if timeline is not None:
            self.set_days(*timeline.visible_days())
        if doc.delivered is not None:
            self.show_delivered()

    # ------------------------------------------------------------------ live
    def chart(self, kind: str):
        """The chart of ``kind``, made (and filled) the first time it is needed."""
        w = self.charts.get(kind)
        if w is None:
            w = self.charts[kind] = CHARTS[kind]()
            i = KINDS.index(kind)
            title, current = self.tabs.tabText(i), self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            old = self.tabs.widget(i)
            self.tabs.removeTab(i)
            self.tabs.insertTab(i, w, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            old.deleteLater()
            if kind in ("reach", "daily"):
                w.sig_hover_day.connect(self._hover_day)
                # the plot's place on screen decides its days: follow its moves and resizes
                w.plot.getViewBox().sigResized.connect(lambda *_, w=w: self._days and w.isVisible()
                                                       and self._align(w))
                if self._days is not None:
                    self._align(w)
            if self.last_projection is not None:
                self._fill(kind, self.doc.plan, self.last_projection, False)
        return w

    def compare_panel(self):
        """The Compare tab's panel, made (with its own band computation) when first needed."""
        if self.compare is None:
            from ..bands import CompareBandsController
            from .compare import ComparePanel
            i, current = len(KINDS), self.tabs.currentIndex()
            self.compare = ComparePanel(self.doc, CompareBandsController(self.doc, parent=self))
            self.compare.bands.sig_failed.connect(self.sig_message)
            self.tabs.blockSignals(True)
            old = self.tabs.widget(i)
            title, tip = self.tabs.tabText(i), self.tabs.tabToolTip(i)
            self.tabs.removeTab(i)
            self.tabs.insertTab(i, self.compare, title)
            self.tabs.setTabToolTip(i, tip)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            old.deleteLater()
        return self.compare

    def show_compare(self, a: str, b: str) -> None:
        """The Compare tab, comparing scenario ``b`` with ``a``."""
        panel = self.compare_panel()
        panel.choose(a, b)
        self.tabs.setCurrentIndex(len(KINDS))

    def show_delivered(self) -> None:
        """The Delivered tab (made the first time), showing the document's delivered numbers
        beside the plan; without any, the tab goes."""
        i = len(KINDS) + 1
        if self.doc.delivered is None:
            if self.delivered is not None:
                self.tabs.removeTab(i)
                self.delivered.deleteLater()
                self.delivered = None
            return
        if self.delivered is None:
            from .delivered import DeliveredChart
            self.delivered = DeliveredChart()
            self.delivered.sig_hover_day.connect(self._hover_day)
            self.tabs.addTab(self.delivered, self.tr("Delivered"))
            self.tabs.setTabToolTip(i, self.tr("Delivered reach beside the plan's projection, slot by slot "
                                               "(File > Import Delivered Numbers…)"))
        self._fill_delivered()
        self.tabs.setCurrentIndex(i)

    def _fill_delivered(self) -> None:
        if self.delivered is not None and self.doc.delivered is not None:
            self.delivered.set_data(self.doc.plan, self.doc.scenario, self.doc.projection(), self.doc.delivered)

    def _tab_changed(self, i: int):
        if i == len(KINDS) + 1:
            self._fill_delivered()
            return
        if i == len(KINDS):
            self.compare_panel()
            return
        w = self.chart(KINDS[i])
        if KINDS[i] in ("reach", "daily") and self._days is not None:
            # once the tab is on screen (a hidden chart could not be placed)
            QTimer.singleShot(0, self, lambda: self._days and self._align(w))

    def set_days(self, d0: float, d1: float):
        """The timeline shows days ``d0`` to ``d1``: the time charts follow, with each day
        straight below the same day of the timeline (see _align)."""
        self._days = (d0, d1)
        for k in ("reach", "daily"):
            if k in self.charts:
                self._align(self.charts[k])

    def _align(self, chart):
        """Range ``chart``'s x-axis so that its plot area maps days to screen columns as the
        timeline does: day d is drawn at the timeline's ``x_of(d)``, wherever the dock puts
        the plot (it may start left of the timeline's lanes: it then shows earlier days).
        Without a timeline on screen, the plot shows the timeline's visible days."""
        d0, d1 = self._days
        tl = self.timeline
        vb = chart.plot.getViewBox()
        if tl is not None and chart.isVisible() and tl.isVisible() and tl.ppd > 0 and vb.width() > 10:
            # the screen columns where the plot's x range starts and ends (as the plot maps it)
            (c0, c1), _ = vb.viewRange()
            view = chart.plot
            to_viewport = view.viewportTransform()
            tv = tl.viewport()
            ends = []
            for c in (c0, c1):
                scene = vb.mapViewToScene(QPointF(c, 0))
                ends.append(tv.mapFromGlobal(view.viewport().mapToGlobal(to_viewport.map(scene))).x())
            if ends[1] - ends[0] > 10:
                d0, d1 = tl.day_at(ends[0]), tl.day_at(ends[1])
        chart.set_days(d0, d1)

    def _on_changed(self, changes):
        """Redraw only for an edit that changes the numbers (once: a drag's end preview is
        dropped when its edit arrives)."""
        self._end_preview.stop()
        if self.doc.analysis_paused:
            return  # another scenario is being shown: its numbers come when the analysis resumes
        if changes is None or changes.projection:
            self.refresh()

    def refresh(self, preview_plan=None):
        """Redraw every chart for the document's plan (or a plan being dragged)."""
        plan = preview_plan or self.doc.plan
        pr = (project(plan, self.doc.scenario, include_forbidden=self.doc.include_forbidden)
              if preview_plan is not None else self.doc.projection())
        self.last_projection = pr
        preview = preview_plan is not None
        for k in list(self.charts):
            self._fill(k, plan, pr, preview)
        if not preview and self.delivered is not None and self.current_kind() == "delivered":
            self._fill_delivered()

    def set_show_phases(self, on: bool) -> None:
        """Show (or hide) on the reach chart the reach from each phase's first day."""
        if bool(on) != self.show_phases:
            self.show_phases = bool(on)
            if self.last_projection is not None and "reach" in self.charts:
                self._fill("reach", self.doc.plan, self.last_projection, False)

    def stop(self):
        """The plan is closing: no band computation goes on for it."""
        self.bands.stop()
        if self.compare is not None:
            self.compare.bands.stop()

    def _fill(self, kind, plan, pr, preview):
        if kind == "frequency":
            freq = (frequency_at(plan, self.doc.scenario, self._freq_day, include_forbidden=self.doc.include_forbidden)
                    if self._freq_day is not None else None)
            self.charts[kind].set_data(plan, pr, preview=preview, frequency=freq, day=self._freq_day)
        else:
            self.charts[kind].set_data(plan, pr, None if preview else self.bands.result, preview=preview)
        if kind == "reach":   # the phases' curves wait for the edit (a drag previews without them)
            self.charts[kind].set_phases(plan, self.doc.phase_reach() if self.show_phases and not preview
                                         and not self.doc.analysis_paused else None)

    def _preview(self, plan):
        if plan is None:
            # the drag ended: the edit that follows redraws; if none comes, show the plan again
            self._end_preview.start()
            return
        self._end_preview.stop()
        self.refresh(plan)

    def _bands_ready(self, bands):
        self.progress.hide()
        self.charts["reach"].set_bands(bands)

    def _bands_progress(self, done, total):
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setVisible(done < total)

    def _bands_stale(self):
        self.charts["reach"].set_bands(None)

    def _hover_day(self, day: int):
        self._set_freq_day(day)

    def _cursor_date(self, d):
        self._set_freq_day(None if d is None else (d - self.doc.plan.start).days)

    def _set_freq_day(self, day):
        if day != self._freq_day:
            self._freq_day = day
            self._freq_timer.start()

    def _update_frequency(self):
        if "frequency" not in self.charts:
            return
        plan = self.doc.plan
        freq = (frequency_at(plan, self.doc.scenario, self._freq_day, include_forbidden=self.doc.include_forbidden)
                    if self._freq_day is not None else None)
        self.charts["frequency"].set_data(plan, self.doc.projection(), frequency=freq, day=self._freq_day)

    def current_kind(self) -> str:
        """The chart shown: one of KINDS, "compare" (the Compare tab) or "delivered"."""
        i = self.tabs.currentIndex()
        return KINDS[i] if i < len(KINDS) else "compare" if i == len(KINDS) else "delivered"

    # ------------------------------------------------------------------ exports
    def export_menu(self, parent) -> QMenu:
        menu = QMenu(parent)
        menu.addAction(self.tr("Chart as PNG…"), self.export_png)
        menu.addAction(self.tr("Chart as SVG…"), self.export_svg)
        menu.addAction(self.tr("Copy chart"), self.copy_chart)
        menu.addSeparator()
        menu.addAction(self.tr("Projected series as CSV…"), self.export_csv)
        menu.addAction(self.tr("PDF report…"), self.export_pdf)
        menu.addAction(self.tr("PDF report with comparison…"), lambda: self.export_pdf(compare=True))
        return menu

    def _ask_path(self, title: str, suffix: str, kinds: str) -> str | None:
        from .. import dialogs
        base = Path(self.doc.path).with_suffix("") if self.doc.path else Path.home() / self.doc.plan.name
        default = f"{base}-{self.current_kind()}{suffix}" if suffix in (".png", ".svg") else f"{base}{suffix}"
        return dialogs.get_export_path(self, title, default, kinds, suffix)

    def _export_widget(self):
        from ..exports import chart_widget, compare_widget, delivered_widget
        if self.current_kind() == "delivered":
            return delivered_widget(self.doc.plan, self.doc.scenario, self.doc.projection(), self.doc.delivered)
        if self.current_kind() == "compare":   # the difference with its band: what a slide says
            c = self.compare_panel()
            return compare_widget("difference", self.doc.plan, *c.pair, c.projection(c.pair[0]),
                                  c.projection(c.pair[1]), c.difference.comparison)
        return chart_widget(self.current_kind(), self.doc.plan, self.doc.scenario, self.doc.projection(),
                            self.bands.result, self._freq_day, include_forbidden=self.doc.include_forbidden,
                            phases=self.doc.phase_reach() if self.show_phases else None)

    def _run(self, fn, *args, **kwargs) -> bool:
        from .. import dialogs
        from ..exports import ExportError
        try:
            fn(*args, **kwargs)
        except ExportError as e:
            dialogs.show_error(self, self.tr("Export failed"), e.message)
            return False
        return True

    def export_png(self, path: str | None = None, size: tuple[int, int, int] | None = None) -> bool:
        from .. import dialogs
        from ..exports import save_png
        if size is None:
            size = dialogs.get_image_size(self)
            if size is None:
                return False
        path = path or self._ask_path(self.tr("Export chart as PNG"), ".png", self.tr("PNG images (*.png)"))
        if not path:
            return False
        remember_image_size(size)    # the next PNG, SVG and Copy chart start from it
        w = self._export_widget()
        ok = self._run(save_png, w, path, *size)
        w.deleteLater()
        if ok:
            self.sig_message.emit(self.tr("Exported %1").replace("%1", Path(path).name))
        return ok

    def export_svg(self, path: str | None = None) -> bool:
        from ..exports import save_svg
        path = path or self._ask_path(self.tr("Export chart as SVG"), ".svg", self.tr("SVG images (*.svg)"))
        if not path:
            return False
        w = self._export_widget()
        ok = self._run(save_svg, w, path, *svg_size(last_image_size()))
        w.deleteLater()
        if ok:
            self.sig_message.emit(self.tr("Exported %1").replace("%1", Path(path).name))
        return ok

    def export_csv(self, path: str | None = None) -> bool:
        from ...export.csv import series_csv
        from ..exports import write_export
        path = path or self._ask_path(self.tr("Export projected series"), ".csv", self.tr("CSV files (*.csv)"))
        if not path:
            return False

        def write():
            write_export(path, series_csv(self.doc.plan, self.doc.projection(), self.bands.result))
        ok = self._run(write)
        if ok:
            self.sig_message.emit(self.tr("Exported %1").replace("%1", Path(path).name))
        return ok

    def export_pdf(self, path: str | None = None, compare: bool = False) -> bool:
        """The PDF report; ``compare``: with a page comparing the scenarios chosen in the Compare
        tab (the scenario shown and another one, if it was never opened)."""
        from ..report import Cancelled, write_report
        path = path or self._ask_path(self.tr("Export PDF report"), ".pdf", self.tr("PDF files (*.pdf)"))
        if not path:
            return False
        dlg = QProgressDialog(self.tr("Writing the report…"), self.tr("Cancel"), 0, 100, self)
        dlg.setWindowTitle(self.tr("PDF report"))
        dlg.setMinimumDuration(300)

        def progress(done, total):
            dlg.setMaximum(total)
            dlg.setValue(done)

        from ...core.plan import PlanError
        try:
            bands, comparison = self._report_bands(dlg, compare)
        except PlanError as e:   # too big to draw: say so, write nothing
            dlg.close()
            from .. import dialogs
            dialogs.show_error(self, self.tr("Export failed"), e.message)
            return False
        try:
            ok = self._run(write_report, self.doc.plan, path, self.doc.scenario,
                           bands=bands, progress=progress, cancelled=dlg.wasCanceled,
                           include_forbidden=self.doc.include_forbidden, comparison=comparison)
        except Cancelled:
            self.sig_message.emit(self.tr("Report cancelled; nothing was written"))
            return False
        finally:
            dlg.close()
        if ok:
            self.sig_message.emit(self.tr("Exported %1").replace("%1", Path(path).name))
        return ok

    def _report_bands(self, dlg, compare: bool):
        """The report's P10-P90 band, and with ``compare`` its comparison: the ones shown when
        they are ready, else computed now (a report is never without its bands)."""
        bands = self.bands.result
        if bands is None:
            from ...core.reach import bands as compute_bands
            dlg.setLabelText(self.tr("Computing the P10–P90 band…"))
            dlg.show()
            QApplication.processEvents()
            bands = compute_bands(self.doc.plan, self.doc.scenario, draws=self.bands.draws,
                                  include_forbidden=self.doc.include_forbidden)
        comparison = None
        if compare:
            panel = self.compare_panel()
            comparison = panel.bands.result
            if comparison is None or (comparison.a, comparison.b) != panel.pair:
                from ...core.reach import compare as compare_scenarios
                dlg.setLabelText(self.tr("Computing the comparison's P10–P90 band…"))
                dlg.show()
                QApplication.processEvents()
                comparison = compare_scenarios(self.doc.plan, *panel.pair, draws=panel.bands.draws,
                                               include_forbidden=self.doc.include_forbidden)
        dlg.setLabelText(self.tr("Writing the report…"))
        return bands, comparison

    def copy_chart(self):
        """Copy the current chart as an image of the export size (the PNG size last chosen,
        or 1200 x 600 at 96 dpi), drawn as exported: not the strip on screen."""
        from ..exports import copy_to_clipboard
        w = self._export_widget()
        try:
            copy_to_clipboard(w, *last_image_size())
        finally:
            w.deleteLater()
        self.sig_message.emit(self.tr("Chart copied"))
