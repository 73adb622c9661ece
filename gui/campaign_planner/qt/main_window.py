"""The main window: assembles the start page, the timeline, the docks, menus and actions.
The plan's file (open, save, autosave, crash recovery, closing) is qt/files.py's PlanFiles;
the window shows what it says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QStackedWidget, QToolBar

from ..text import one_line
from . import dialogs
from .document import PlanDocument
from .files import PlanFiles, fill
from .panels.scenarios import ScenarioActions
from .timeline import TimelineView


def _menu_text(text: str) -> str:
    """A name or path as a menu item: one line, and "&" shown rather than taken as a shortcut."""
    return one_line(text).replace("&", "&&")


class MainWindow(QMainWindow):
    sig_language = Signal(str)   # the user chose a language: the app rebuilds the window

    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.timeline: TimelineView | None = None
        self.palette = self.inspector = self.problems = self.scenario_panel = None   # the open plan's panels
        self.charts_ready = False
        self.charts = None
        self._chart_menu = None   # the charts' export actions, shown in File > Export
        self._store = None
        self._extra_windows: list = []
        self.files = PlanFiles(self)
        self.files.sig_document.connect(self._show_document)
        self.files.sig_message.connect(self._show_message)
        self.files.sig_autosave_status.connect(self._show_autosave_status)
        self.setAcceptDrops(True)
        self.resize(1400, 880)
        self.stack = QStackedWidget()
        self._start_page = None   # made when first shown: opening a plan never needs it
        self.setCentralWidget(self.stack)
        self.cost_label = QLabel()   # what the scenario shown costs (hidden with no plan open)
        self.cost_label.setObjectName("cost")
        self.cost_label.hide()
        self.statusBar().addPermanentWidget(self.cost_label)
        self.cursor_label = QLabel()
        self.statusBar().addPermanentWidget(self.cursor_label)
        self.docks = {}
        for key, title, area in (("palette", self.tr("Slots"), Qt.LeftDockWidgetArea),
                                 ("scenarios", self.tr("Scenarios"), Qt.LeftDockWidgetArea),
                                 ("inspector", self.tr("Inspector"), Qt.RightDockWidgetArea),
                                 ("problems", self.tr("Problems"), Qt.RightDockWidgetArea),
                                 ("charts", self.tr("Reach"), Qt.BottomDockWidgetArea)):
            dock = QDockWidget(title, self)
            dock.setObjectName(f"dock_{key}")
            dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetFloatable |
                             QDockWidget.DockWidgetClosable)
            self.addDockWidget(area, dock)
            dock.hide()
            self.docks[key] = dock
        self._docks_sized = False
        # the scenario switcher, above the timeline; the Scenario menu and the Scenarios panel
        self.scenarios = ScenarioActions(self)
        self.scenarios.sig_message.connect(self._show_message)
        self.scenarios.suggester.sig_suggested.connect(self.show_comparison)
        self.scenario_bar = QToolBar(self.tr("Scenario"), self)
        self.scenario_bar.setObjectName("toolbar_scenario")
        self.scenario_bar.setMovable(False)
        self.scenario_label = QLabel(self.tr("Scenario:"))
        self.scenario_label.setBuddy(self.scenarios.combo)
        self.scenario_label.setContentsMargins(4, 0, 4, 0)
        self.scenario_bar.addWidget(self.scenario_label)
        self.scenario_bar.addWidget(self.scenarios.combo)
        self.addToolBar(Qt.TopToolBarArea, self.scenario_bar)
        self.scenario_bar.hide()
        geometry = self.settings.value("geometry")
        if isinstance(geometry, (QByteArray, bytes)):
            self.restoreGeometry(QByteArray(geometry))   # a damaged value is ignored: the default size stays
        self._build_actions()
        self._update_title()

    @property
    def doc(self) -> PlanDocument | None:
        """The open plan's document (PlanFiles owns it)."""
        return self.files.doc

    # ------------------------------------------------------------------ store (loaded after first paint)
    @property
    def store(self):
        """The local store. Opening it never fails: a damaged one is set aside, a busy, newer
        or unreachable one is used read-only from memory; either way the user is told once."""
        if self._store is None:
            from ..store.local import LocalStore
            self._store = LocalStore()
            self._tell_store_problems()
        return self._store

    def _tell_store_problems(self):
        store = self._store
        if store is None or getattr(store, "told", False) or not store.notices:
            return
        store.told = True   # windows sharing the store (a language switch) do not say it again
        for notice in store.notices:
            self.tell_problem(notice)

    # ------------------------------------------------------------------ problems found while starting
    def begin_startup(self, problems=()):
        """From now until ``show_startup_problems``, problems are collected, not shown."""
        self._startup_problems = list(problems)

    def tell_problem(self, message: str):
        """A problem with the planner's own files: said once, together with the others if the
        window is still starting, else at once. The window keeps working either way."""
        pending = getattr(self, "_startup_problems", None)
        if pending is not None:
            pending.append(message)
        else:
            dialogs.show_error(self, self.tr("Problems with the planner's files"), message)

    def show_startup_problems(self):
        """The start is over: say in one message what was wrong (each problem one line)."""
        _ = self.store  # the local store's problems belong to the start
        problems = getattr(self, "_startup_problems", None) or []
        self._startup_problems = None
        if problems:
            dialogs.show_error(self, self.tr("Problems with the planner's files"), list(problems))

    # ------------------------------------------------------------------ actions and menus
    def _build_actions(self):
        mb = self.menuBar()
        f = mb.addMenu(self.tr("&File"))
        self.new_menu = f.addMenu(self.tr("&New from template"))
        self.new_menu.aboutToShow.connect(self._fill_new_menu)
        self.act_open = f.addAction(self.tr("&Open…"), QKeySequence.Open, self.files.open_dialog)
        self.recent_menu = f.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        f.addSeparator()
        self.act_save = f.addAction(self.tr("&Save"), QKeySequence.Save, self.files.save)
        self.act_save_as = f.addAction(self.tr("Save &As…"), QKeySequence.SaveAs, self.files.save_as)
        self.act_save_template = f.addAction(self.tr("Save as &Template…"), self.files.save_as_template)
        self.act_import_delivered = f.addAction(self.tr("Import &Delivered Numbers…"), self._import_delivered)
        self.act_import_delivered.setStatusTip(self.tr("Set what the platforms' dashboards reported beside the plan "
                                                       "and fit the eligible shares and kappa to it"))
        self.export_menu = f.addMenu(self.tr("&Export"))
        self.export_menu.setEnabled(False)
        self.act_close = f.addAction(self.tr("&Close plan"), QKeySequence.Close, self.files.close_plan)
        f.addSeparator()
        f.addAction(self.tr("&Quit"), QKeySequence.Quit, self.close)

        e = mb.addMenu(self.tr("&Edit"))
        self.edit_menu = e
        e.addSeparator()
        self.act_undo = self.act_redo = None
        self._set_undo_actions(None)
        self.act_copy = e.addAction(self.tr("&Copy"), QKeySequence.Copy, lambda: self._tl("copy_selection"))
        self.act_paste = e.addAction(self.tr("&Paste"), QKeySequence.Paste, lambda: self._tl("paste"))
        self.act_delete = e.addAction(self.tr("&Delete"), QKeySequence.Delete, lambda: self._tl("delete_selection"))
        self.act_select_all = e.addAction(self.tr("Select &All"), QKeySequence.SelectAll,
                                          lambda: self._tl("select_all"))
        for a in (self.act_copy, self.act_paste, self.act_delete, self.act_select_all):
            a.setShortcutContext(Qt.WidgetWithChildrenShortcut)

        v = mb.addMenu(self.tr("&View"))
        self.act_zoom_in = v.addAction(self.tr("Zoom &In"), lambda: self._tl("zoom_by", 1.25))
        # Ctrl++ needs Shift on most keyboards: Ctrl+= zooms too
        self.act_zoom_in.setShortcuts([QKeySequence(QKeySequence.ZoomIn), QKeySequence("Ctrl+=")])
        self.act_zoom_out = v.addAction(self.tr("Zoom &Out"), QKeySequence.ZoomOut, lambda: self._tl("zoom_by", 0.8))
        self.act_fit = v.addAction(self.tr("&Fit to Plan"), QKeySequence("Ctrl+0"), lambda: self._tl("fit_to_plan"))
        v.addSeparator()
        self.act_forbidden = v.addAction(self.tr("Count &Forbidden Placements"))
        self.act_forbidden.setCheckable(True)
        self.act_forbidden.setStatusTip(self.tr("Count placements the rules forbid in the projected reach "
                                                "(they are hatched on the timeline)"))
        self.act_forbidden.toggled.connect(self._count_forbidden)
        self.act_phase_reach = v.addAction(self.tr("Reach per &Phase"))
        self.act_phase_reach.setCheckable(True)
        self.act_phase_reach.setStatusTip(self.tr("Add to the reach chart the people reached from each phase's "
                                                  "first day on"))
        self.act_phase_reach.toggled.connect(lambda on: self.charts is not None and self.charts.set_show_phases(on))
        v.addSeparator()
        for dock in self.docks.values():
            v.addAction(dock.toggleViewAction())
        v.addSeparator()
        lang = v.addMenu(self.tr("&Language"))
        for code, name in (("en", "English"), ("zh_CN", "简体中文")):
            act = lang.addAction(name, lambda c=code: self.sig_language.emit(c))
            act.setCheckable(True)
            act.setChecked(self.settings.value("language", "") == code)

        self.scenario_menu = mb.addMenu(self.tr("&Scenario"))
        self.scenarios.fill_menu(self.scenario_menu)

        h = mb.addMenu(self.tr("&Help"))
        self.act_guide = h.addAction(self.tr("&User Guide"), QKeySequence.HelpContents, lambda: self.show_help())
        self.act_shortcuts = h.addAction(self.tr("&Keyboard Shortcuts"), self.show_shortcuts)
        self.act_terms = h.addAction(self.tr("The Model's &Terms and Limits"), lambda: self.show_help("model"))
        h.addSeparator()
        self.act_about = h.addAction(self.tr("&About Campaign Planner"), self.show_about)
        self._guide = None
        self._set_plan_actions(False)

    def show_help(self, section: str | None = None):
        """Help > User Guide (F1), opened at ``section`` (an anchor of the guide)."""
        from .help import GuideWindow
        if self._guide is None:
            self._guide = GuideWindow(self)
        self._guide.show_section(section)

    def show_shortcuts(self):
        from .help import ShortcutsDialog
        self._shortcuts = ShortcutsDialog(self)
        self._shortcuts.show()

    def show_about(self):
        from .help import show_about
        show_about(self)

    def _count_forbidden(self, on: bool):
        if self.doc is not None:
            self.doc.set_include_forbidden(on)

    def _tl(self, method, *args):
        if self.timeline is not None:
            getattr(self.timeline, method)(*args)

    def _set_undo_actions(self, stack):
        """Edit > Undo and Redo of ``stack`` (None: no plan, nothing to undo)."""
        for a in (self.act_undo, self.act_redo):
            if a is not None:
                self.edit_menu.removeAction(a)
                a.deleteLater()
        if stack is None:
            self.act_undo, self.act_redo = QAction(self.tr("Undo"), self), QAction(self.tr("Redo"), self)
            self.act_undo.setEnabled(False)
            self.act_redo.setEnabled(False)
        else:
            self.act_undo = stack.createUndoAction(self, self.tr("Undo"))
            self.act_redo = stack.createRedoAction(self, self.tr("Redo"))
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_redo.setShortcut(QKeySequence.Redo)
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        self.edit_menu.insertAction(first, self.act_undo)
        self.edit_menu.insertAction(first, self.act_redo)

    def _set_plan_actions(self, enabled: bool):
        for a in (self.act_save, self.act_save_as, self.act_save_template, self.act_import_delivered, self.act_close,
                  self.act_copy,
                  self.act_paste, self.act_delete, self.act_select_all, self.act_zoom_in, self.act_zoom_out,
                  self.act_fit):
            a.setEnabled(enabled)

    def _fill_new_menu(self):
        from .texts import template_name
        self.new_menu.clear()
        for t in self.store.templates():
            self.new_menu.addAction(_menu_text(template_name(t["id"], t["name"])),
                                    lambda tid=t["id"]: self.files.new_from_template(tid))

    def _fill_recent_menu(self):
        self.recent_menu.clear()
        recent = self.store.recent()
        for path in recent:
            self.recent_menu.addAction(_menu_text(path), lambda p=path: self.files.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent plans")).setEnabled(False)
        self.recent_menu.addSeparator()
        self.act_clear_recent = self.recent_menu.addAction(self.tr("Clear Recent Plans"), self.files.clear_recent)
        self.act_clear_recent.setEnabled(bool(recent))

    # ------------------------------------------------------------------ the open plan's views
    def _show_document(self, doc: PlanDocument | None, defer: bool):
        """Show ``doc`` (PlanFiles.sig_document), letting go of every view of the one before.
        With ``defer`` only the timeline is built (analysis paused) so the window paints at
        once; ``finish_loading`` builds the rest."""
        self._drop_views()
        if doc is None:
            for dock in self.docks.values():
                dock.hide()
            self.scenario_bar.hide()
            self.cost_label.hide()
            self._set_plan_actions(False)
            self.show_start_page()
            self._update_title()
            return
        doc.analysis_paused = defer
        doc.include_forbidden = self.act_forbidden.isChecked()  # before any view asks for numbers
        self.timeline = TimelineView(doc)
        width = self.settings.value("label_width")
        if isinstance(width, (int, str)) and str(width).isdigit():
            from .timeline.geometry import MAX_LABEL_W, MIN_LABEL_W
            self.timeline.label_w = min(max(int(width), MIN_LABEL_W), MAX_LABEL_W)
        self.timeline.sig_cursor_date.connect(self._show_cursor_date)
        self.timeline.sig_message.connect(self._show_message)
        doc.sig_refused.connect(self._show_refused)
        self.stack.addWidget(self.timeline)
        self.stack.setCurrentWidget(self.timeline)
        self._set_undo_actions(doc.undo_stack)
        doc.undo_stack.cleanChanged.connect(self._update_title)
        doc.sig_path_changed.connect(self._update_title)
        doc.sig_scenario.connect(self._update_title)
        doc.sig_changed.connect(self._scenarios_changed)
        doc.sig_changed.connect(self._show_cost)
        self.scenarios.set_document(doc)
        self.cost_label.clear()
        self.cost_label.show()
        self._show_cost()
        self.scenario_bar.show()
        self._set_plan_actions(True)
        self._update_title()
        # the timeline's own shortcuts (Ctrl+C, Ctrl+V, Delete, Ctrl+A) work while it has the
        # focus, whether or not the Edit menu was ever opened
        self.timeline.addActions([self.act_copy, self.act_paste, self.act_delete, self.act_select_all])
        self.timeline.setFocus()
        self.timeline.fit_when_shown()
        for key, dock in self.docks.items():
            self._replace_dock_widget(key, QLabel(self.tr("Loading…")))
            dock.show()
        if not self._docks_sized:
            self._docks_sized = True
            state = self.settings.value("window_state")
            if not (isinstance(state, (QByteArray, bytes)) and self.restoreState(QByteArray(state))):
                self._size_docks()
        if not defer:
            self.finish_loading()

    def _size_docks(self):
        """The docks' first sizes (once they are shown: a hidden dock cannot be sized): the
        inspector wide and tall enough for its assumptions table, the problems below it."""
        self.resizeDocks([self.docks["charts"]], [300], Qt.Vertical)
        self.resizeDocks([self.docks["palette"], self.docks["inspector"]], [260, 400], Qt.Horizontal)
        self.resizeDocks([self.docks["palette"], self.docks["scenarios"]], [400, 170], Qt.Vertical)
        self.resizeDocks([self.docks["inspector"], self.docks["problems"]], [420, 130], Qt.Vertical)

    def _drop_views(self):
        """Delete the views of the open plan and forget them: nothing keeps its document alive."""
        if self.charts is not None:
            self.charts.stop()
        self.export_menu.clear()
        self.export_menu.setEnabled(False)
        if self._chart_menu is not None:
            self._chart_menu.deleteLater()
        self._chart_menu = None
        for key in self.docks:
            self._replace_dock_widget(key, None)
        self._remove_timeline_widget()
        self.timeline = self.palette = self.inspector = self.problems = self.charts = self.scenario_panel = None
        self.scenarios.set_document(None)
        self._set_undo_actions(None)

    def finish_loading(self):
        """The panels, the problem analysis and (if ready) the charts of the open plan."""
        from .panels.inspector import Inspector
        from .panels.palette import SlotPalette
        from .panels.problems import ProblemsPanel
        from .panels.scenarios import ScenariosPanel
        if self.doc is None:
            return
        self.files.start_autosave()  # after the first paint: the user cannot edit before it
        self.palette = SlotPalette(self.doc)
        self.scenario_panel = ScenariosPanel(self.doc, self.scenarios)
        self.inspector = Inspector(self.doc, self.timeline)
        self.palette.sig_slot.connect(self.inspector.show_slot)
        self.palette.store = self.store
        self.palette.sig_message.connect(self._show_message)
        self.problems = ProblemsPanel(self.doc)
        self.problems.sig_activate.connect(self.timeline.select_placement)
        for key, w in (("palette", self.palette), ("scenarios", self.scenario_panel), ("inspector", self.inspector),
                       ("problems", self.problems)):
            self._replace_dock_widget(key, w)
        self.doc.resume_analysis()
        self.problems.refresh()
        self.charts = None
        if self.charts_ready:
            self.build_charts()

    def build_charts(self):
        """Create the chart dock's content (imports pyqtgraph; called after the first paint)."""
        self.charts_ready = True
        if self.doc is None:
            return
        from .charts.panel import ChartsPanel
        self.charts = ChartsPanel(self.doc, self.timeline)
        self.charts.set_show_phases(self.act_phase_reach.isChecked())
        self.charts.sig_message.connect(self._show_message)
        self._replace_dock_widget("charts", self.charts)
        self.export_menu.clear()
        if self._chart_menu is not None:
            self._chart_menu.deleteLater()
        self._chart_menu = self.charts.export_menu(self)
        for action in self._chart_menu.actions():
            self.export_menu.addAction(action)
        self.export_menu.setEnabled(True)

    def _show_cursor_date(self, d):
        self.cursor_label.setText(str(d) if d else "")

    def _show_cost(self, changes=None):
        """The status bar's cost of the scenario shown: "Cost ¥1.2M", "Cost ¥1.2M of ¥2M budget",
        or in red how far it goes over the budget. Follows every edit that changes the numbers,
        once the analysis runs (the window paints first; another scenario shown resumes it)."""
        doc = self.doc
        if doc is None or doc.analysis_paused or (changes is not None and not changes.projection):
            return
        from ..export.numbers import full_money, money
        plan, total = doc.plan, doc.costs().total
        cur, zh = plan.currency, QLocale().language() == QLocale.Chinese
        cost = money(total, cur, zh, digits=2)
        over = plan.budget is not None and total > plan.budget
        if plan.budget is None:
            text = self.tr("Cost %1").replace("%1", cost)
        elif not over:
            text = fill(self.tr("Cost %1 of %2 budget"), cost, money(plan.budget, cur, zh, digits=2))
        else:
            text = fill(self.tr("Cost %1, over budget by %2"), cost, money(total - plan.budget, cur, zh, digits=2))
        self.cost_label.setText(text)
        self.cost_label.setStyleSheet("color: #c62828; font-weight: bold" if over else "")
        budget = "" if plan.budget is None else full_money(plan.budget, cur)
        self.cost_label.setToolTip(fill(self.tr("Scenario %1 costs %2") if not budget else
                                        self.tr("Scenario %1 costs %2; the budget is %3"),
                                        one_line(doc.scenario), full_money(total, cur), budget))

    def _import_delivered(self) -> None:
        """File > Import Delivered Numbers…: the Delivered tab, and the fitted values offered."""
        from .calibration import DeliveredImport
        if self.doc is None:
            return
        if getattr(self, "_delivered_import", None) is None:
            self._delivered_import = DeliveredImport(self)
            self._delivered_import.sig_message.connect(self._show_message)
        if self._delivered_import.run():
            self.docks["charts"].show()
            self.docks["charts"].raise_()

    def show_comparison(self, a: str, b: str) -> None:
        """Scenario ``b`` compared with ``a`` in the chart dock's Compare tab (after a suggestion)."""
        if self.charts is None:
            return
        dock = self.docks["charts"]
        dock.show()
        dock.raise_()
        self.charts.show_compare(a, b)

    def _show_message(self, message: str, timeout: int = 5000):
        self.statusBar().showMessage(message, timeout)

    def _show_refused(self, message):
        from .texts import tr_message
        self.statusBar().showMessage(self.tr("Not changed: %1").replace("%1", tr_message(message)), 8000)

    def _show_autosave_status(self, error: str):
        """A red note in the status bar while the working copy cannot be written."""
        label = getattr(self, "autosave_label", None)
        if not error:
            if label is not None:
                label.clear()
                label.hide()
            return
        first = label is None or label.isHidden()
        if label is None:
            label = self.autosave_label = QLabel()
            label.setObjectName("autosave_failed")
            label.setStyleSheet("color: #c62828; font-weight: bold")
            self.statusBar().addPermanentWidget(label)
        text = fill(self.tr("Autosave failed: %1. Save the plan to keep your changes."), one_line(error))
        label.setText(text)
        label.setToolTip(text)
        label.show()
        if first:
            self.statusBar().showMessage(text, 10000)

    @property
    def start_page(self):
        if self._start_page is None:
            from .start_page import StartPage
            self._start_page = StartPage(self)
            self.stack.addWidget(self._start_page)
        return self._start_page

    def show_start_page(self):
        self.start_page.refresh()
        self.stack.setCurrentWidget(self.start_page)

    def _remove_timeline_widget(self):
        for i in range(self.stack.count() - 1, -1, -1):
            w = self.stack.widget(i)
            if w is not self._start_page:
                self.stack.removeWidget(w)
                w.deleteLater()

    def _replace_dock_widget(self, key, widget):
        old = self.docks[key].widget()
        self.docks[key].setWidget(widget)
        if old is not None:
            old.deleteLater()

    def _scenarios_changed(self, changes):
        if changes is None or changes.scenarios:
            self._update_title()

    def _update_title(self, *_):
        """The plan's file (or name), modified or not, and the scenario shown if there are several."""
        if self.doc is None:
            self.setWindowTitle(self.tr("Campaign Planner"))
            self.setWindowModified(False)
            return
        if len(self.doc.plan.scenarios) > 1:
            title = fill(self.tr("%1[*] — %2 — Campaign Planner"), self.doc.display_name(),
                         one_line(self.doc.scenario))
        else:
            title = self.tr("%1[*] — Campaign Planner").replace("%1", self.doc.display_name())
        self.setWindowTitle(title)
        self.setWindowModified(self.doc.modified)

    def new_window(self) -> "MainWindow":
        """Another window sharing this one's store and language menu (a second recovered plan)."""
        other = MainWindow(self.settings)
        other._store = self.store
        other.sig_language.connect(self.sig_language)
        other.charts_ready = self.charts_ready
        other.show()
        self._extra_windows.append(other)
        return other

    # ------------------------------------------------------------------ file actions: qt/files.py
    # (File > … and the start page call PlanFiles; these are for those who call the window)
    def open_path(self, path: str) -> bool:
        return self.files.open_path(path)

    def new_from_template(self, template_id: str) -> bool:
        return self.files.new_from_template(template_id)

    def save(self) -> bool:
        return self.files.save()

    def save_as(self) -> bool:
        return self.files.save_as()

    def save_as_template(self) -> bool:
        return self.files.save_as_template()

    def close_plan(self) -> bool:
        return self.files.close_plan()

    def save_layout(self):
        """Keep the window's size and place, its docks' layout and the label column's width
        for the next start (and the window a language switch makes)."""
        self.settings.setValue("geometry", self.saveGeometry())
        if self.timeline is not None:     # the docks are laid out only while a plan is shown
            self.settings.setValue("window_state", self.saveState())
            self.settings.setValue("label_width", int(self.timeline.label_w))

    def closeEvent(self, e):
        if self.files.close_window():
            self.scenarios.suggester.cancel()   # a suggestion under way is for a plan now closed
            if self.charts is not None:
                self.charts.stop()
            self.save_layout()
            e.accept()
        else:
            e.ignore()

    # ------------------------------------------------------------------ drag and drop of files
    @staticmethod
    def _plan_urls(mime):
        return [u.toLocalFile() for u in mime.urls()
                if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in (".mpplan", ".json")]

    def dragEnterEvent(self, e):
        if self._plan_urls(e.mimeData()):
            e.acceptProposedAction()

    def dropEvent(self, e):
        paths = self._plan_urls(e.mimeData())
        if paths:
            e.acceptProposedAction()
            self.files.open_path(paths[0])
