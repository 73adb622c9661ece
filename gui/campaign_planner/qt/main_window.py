"""The main window: assembles the start page, the timeline, the docks, menus and actions."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QStackedWidget

from ..text import one_line
from . import dialogs
from .document import PlanDocument
from .timeline import TimelineView


def _fill(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced at once (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)


def _menu_text(text: str) -> str:
    """A name or path as a menu item: one line, and "&" shown rather than taken as a shortcut."""
    return one_line(text).replace("&", "&&")


class MainWindow(QMainWindow):
    sig_language = Signal(str)   # the user chose a language: the app rebuilds the window

    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.doc: PlanDocument | None = None
        self.timeline: TimelineView | None = None
        self.charts_ready = False
        self.charts = None
        self._store = None
        self._extra_windows: list = []
        self.setAcceptDrops(True)
        self.resize(1400, 880)
        self.stack = QStackedWidget()
        self._start_page = None   # made when first shown: opening a plan never needs it
        self.setCentralWidget(self.stack)
        self.cursor_label = QLabel()
        self.statusBar().addPermanentWidget(self.cursor_label)
        self.docks = {}
        for key, title, area in (("palette", self.tr("Slots"), Qt.LeftDockWidgetArea),
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
        self.resizeDocks([self.docks["charts"]], [300], Qt.Vertical)
        self.resizeDocks([self.docks["palette"], self.docks["inspector"]], [260, 340], Qt.Horizontal)
        self._build_actions()
        self._update_title()

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
            dialogs.show_error(self, self.tr("Problems with the planner's files"), "\n\n".join(problems))

    # ------------------------------------------------------------------ autosave failures, shown until fixed
    def _watch_autosaver(self, autosaver):
        autosaver.sig_status.connect(self._show_autosave_status)
        self._show_autosave_status(autosaver.error or "")
        return autosaver

    def _new_autosaver(self, doc, **kwargs):
        from .autosave import Autosaver
        return self._watch_autosaver(Autosaver(doc, doc, **kwargs))

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
        text = _fill(self.tr("Autosave failed: %1. Save the plan to keep your changes."), one_line(error))
        label.setText(text)
        label.setToolTip(text)
        label.show()
        if first:
            self.statusBar().showMessage(text, 10000)

    # ------------------------------------------------------------------ actions and menus
    def _build_actions(self):
        mb = self.menuBar()
        f = mb.addMenu(self.tr("&File"))
        self.new_menu = f.addMenu(self.tr("&New from template"))
        self.new_menu.aboutToShow.connect(self._fill_new_menu)
        self.act_open = f.addAction(self.tr("&Open…"), QKeySequence.Open, self.open_dialog)
        self.recent_menu = f.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        f.addSeparator()
        self.act_save = f.addAction(self.tr("&Save"), QKeySequence.Save, self.save)
        self.act_save_as = f.addAction(self.tr("Save &As…"), QKeySequence.SaveAs, self.save_as)
        self.act_save_template = f.addAction(self.tr("Save as &Template…"), self.save_as_template)
        self.export_menu = f.addMenu(self.tr("&Export"))
        self.export_menu.setEnabled(False)
        self.act_close = f.addAction(self.tr("&Close plan"), QKeySequence.Close, self.close_plan)
        f.addSeparator()
        f.addAction(self.tr("&Quit"), QKeySequence.Quit, self.close)

        e = mb.addMenu(self.tr("&Edit"))
        self.edit_menu = e
        self.act_undo = QAction(self.tr("Undo"), self)
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_redo = QAction(self.tr("Redo"), self)
        self.act_redo.setShortcut(QKeySequence.Redo)
        e.addAction(self.act_undo)
        e.addAction(self.act_redo)
        e.addSeparator()
        self.act_copy = e.addAction(self.tr("&Copy"), QKeySequence.Copy, lambda: self._tl("copy_selection"))
        self.act_paste = e.addAction(self.tr("&Paste"), QKeySequence.Paste, lambda: self._tl("paste"))
        self.act_delete = e.addAction(self.tr("&Delete"), QKeySequence.Delete, lambda: self._tl("delete_selection"))
        self.act_select_all = e.addAction(self.tr("Select &All"), QKeySequence.SelectAll,
                                          lambda: self._tl("select_all"))
        for a in (self.act_copy, self.act_paste, self.act_delete, self.act_select_all):
            a.setShortcutContext(Qt.WidgetWithChildrenShortcut)

        v = mb.addMenu(self.tr("&View"))
        v.addAction(self.tr("Zoom &In"), QKeySequence.ZoomIn, lambda: self._tl("zoom_by", 1.25))
        v.addAction(self.tr("Zoom &Out"), QKeySequence.ZoomOut, lambda: self._tl("zoom_by", 0.8))
        v.addAction(self.tr("&Fit to Plan"), QKeySequence("Ctrl+0"), lambda: self._tl("fit_to_plan"))
        v.addSeparator()
        for dock in self.docks.values():
            v.addAction(dock.toggleViewAction())
        v.addSeparator()
        lang = v.addMenu(self.tr("&Language"))
        for code, name in (("en", "English"), ("zh_CN", "简体中文")):
            act = lang.addAction(name, lambda c=code: self.sig_language.emit(c))
            act.setCheckable(True)
            act.setChecked(self.settings.value("language", "") == code)
        self._set_plan_actions(False)

    def _tl(self, method, *args):
        if self.timeline is not None:
            getattr(self.timeline, method)(*args)

    def _set_plan_actions(self, enabled: bool):
        for a in (self.act_save, self.act_save_as, self.act_save_template, self.act_close, self.act_copy,
                  self.act_paste, self.act_delete, self.act_select_all):
            a.setEnabled(enabled)

    def _fill_new_menu(self):
        self.new_menu.clear()
        for t in self.store.templates():
            self.new_menu.addAction(_menu_text(t["name"]), lambda tid=t["id"]: self.new_from_template(tid))

    def _fill_recent_menu(self):
        self.recent_menu.clear()
        for path in self.store.recent():
            self.recent_menu.addAction(_menu_text(path), lambda p=path: self.open_path(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No recent plans")).setEnabled(False)

    # ------------------------------------------------------------------ documents
    def set_document(self, plan=None, path: str | None = None, *, doc: PlanDocument | None = None,
                     defer: bool = False):
        """Show ``plan`` (or an existing document, keeping its undo history), replacing any
        open plan, which the caller has settled. With ``defer`` only the timeline is built
        (analysis paused) so the window paints at once; ``finish_loading`` builds the rest."""
        old = self.doc
        if self.charts is not None:
            self.charts.bands.stop()
            self.charts = None
        if doc is not None:
            doc.setParent(self)
            self.doc = doc
        else:
            self.doc = PlanDocument(plan, path, self)
            if path and Path(path).suffix.lower() == ".mpplan":
                from ..store.planfile import fingerprint
                self.doc.fingerprint = fingerprint(path)
        self.doc.analysis_paused = defer
        self.timeline = TimelineView(self.doc)
        self.timeline.sig_cursor_date.connect(self._show_cursor_date)
        self.timeline.sig_message.connect(self._show_message)
        self.doc.sig_refused.connect(self._show_refused)
        self._remove_timeline_widget()
        self.stack.addWidget(self.timeline)
        self.stack.setCurrentWidget(self.timeline)
        for a in (self.act_undo, self.act_redo):
            self.edit_menu.removeAction(a)
        self.act_undo = self.doc.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setShortcut(QKeySequence.Undo)
        self.act_redo = self.doc.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setShortcut(QKeySequence.Redo)
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        self.edit_menu.insertAction(first, self.act_undo)
        self.edit_menu.insertAction(first, self.act_redo)
        self.doc.undo_stack.cleanChanged.connect(self._update_title)
        self.doc.sig_path_changed.connect(self._update_title)
        self._set_plan_actions(True)
        self._update_title()
        self.timeline.setFocus()
        self.timeline.fit_when_shown()
        if old is not None and old is not self.doc:
            old.deleteLater()
        for key, dock in self.docks.items():
            self._replace_dock_widget(key, QLabel(self.tr("Loading…")))
            dock.show()
        if not defer:
            self.finish_loading()

    def finish_loading(self):
        """The panels, the problem analysis and (if ready) the charts of the open plan."""
        from .panels.inspector import Inspector
        from .panels.palette import SlotPalette
        from .panels.problems import ProblemsPanel
        if self.doc is None:
            return
        if self.doc.autosaver is None:  # after the first paint: the user cannot edit before it
            self.doc.autosaver = self._new_autosaver(self.doc)
        self.palette = SlotPalette(self.doc)
        self.inspector = Inspector(self.doc, self.timeline)
        self.problems = ProblemsPanel(self.doc)
        self.problems.sig_activate.connect(self.timeline.select_placement)
        for key, w in (("palette", self.palette), ("inspector", self.inspector), ("problems", self.problems)):
            self._replace_dock_widget(key, w)
        self.doc.resume_analysis()
        self.problems.refresh()
        self.charts = None
        if self.charts_ready:
            self.build_charts()

    def _show_cursor_date(self, d):
        self.cursor_label.setText(str(d) if d else "")

    def _show_message(self, message: str):
        self.statusBar().showMessage(message, 5000)

    def _show_refused(self, message: str):
        self.statusBar().showMessage(self.tr("Not changed: %1").replace("%1", message), 8000)

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
        if old is not None and old is not self.doc:
            old.deleteLater()

    def build_charts(self):
        """Create the chart dock's content (imports pyqtgraph; called after the first paint)."""
        self.charts_ready = True
        if self.doc is None:
            return
        from .charts.panel import ChartsPanel
        self.charts = ChartsPanel(self.doc, self.timeline)
        self.charts.sig_message.connect(self._show_message)
        self._replace_dock_widget("charts", self.charts)
        self.export_menu.clear()
        for action in self.charts.export_menu(self).actions():
            self.export_menu.addAction(action)
        self.export_menu.setEnabled(True)

    def _update_title(self, *_):
        if self.doc is None:
            self.setWindowTitle(self.tr("Campaign Planner"))
            self.setWindowModified(False)
            return
        self.setWindowTitle(self.tr("%1[*] — Campaign Planner").replace("%1", self.doc.display_name()))
        self.setWindowModified(self.doc.modified)

    # ------------------------------------------------------------------ file actions
    def maybe_save(self) -> bool:
        """True if it is fine to drop the open plan (saved, discarded, or none)."""
        if self.doc is None or not self.doc.modified:
            return True
        answer = dialogs.ask_save_changes(self, self.doc.display_name())
        if answer == dialogs.SAVE:
            return self.save()
        return answer == dialogs.DISCARD

    def new_from_template(self, template_id: str) -> bool:
        if not self.maybe_save():
            return False
        from ..store.local import StoreError
        try:
            plan = self.store.template(template_id)
        except StoreError as e:
            dialogs.show_error(self, self.tr("Cannot create the plan"), str(e))
            return False
        self._drop_working_copy()
        self.set_document(plan, None)
        return True

    def open_dialog(self):
        path = dialogs.get_open_path(self)
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open a plan file; a bad file shows a message and leaves the open plan untouched."""
        from ..store.planfile import PlanFileError, open_any
        try:
            plan = open_any(path)
        except PlanFileError as e:
            dialogs.show_error(self, self.tr("Cannot open the plan"), str(e))
            return False
        if not self.maybe_save():
            return False
        is_json = Path(path).suffix.lower() == ".json"
        self._drop_working_copy()
        self.set_document(plan, None if is_json else str(Path(path).resolve()))
        if is_json:
            self.statusBar().showMessage(self.tr("Imported %1: save it as a plan file").replace(
                "%1", Path(path).name), 8000)
        self._remember(path)
        return True

    def _remember(self, path: str):
        store = self.store
        if store.read_only:
            return  # the user was told once why the recent list cannot change
        try:
            store.add_recent(path)
        except Exception as e:  # noqa: BLE001 - the recent list is a convenience: never block opening a plan
            self.statusBar().showMessage(one_line(e), 5000)

    def save(self) -> bool:
        if self.doc is None:
            return False
        if not self.doc.path:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        if self.doc is None:
            return False
        suggested = self.doc.path or str(Path.home() / f"{self.doc.plan.name}.mpplan")
        path = dialogs.get_save_path(self, suggested)
        if not path:
            return False
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        from ..paths import data_dir
        from ..store.planfile import PlanFileError, fingerprint, save_plan
        same_file = self.doc.path is not None and Path(path).resolve() == Path(self.doc.path).resolve()
        if same_file and self.doc.fingerprint is not None:
            now = fingerprint(path)
            if now != self.doc.fingerprint:
                answer = dialogs.ask_external_change(self, Path(path).name, missing=now is None)
                if answer == dialogs.SAVE_AS:
                    return self.save_as()
                if answer != dialogs.OVERWRITE:
                    return False
        try:
            save_plan(self.doc.plan, path, backup_dir=data_dir() / "backups")
        except PlanFileError as e:
            dialogs.show_error(self, self.tr("Cannot save the plan"), str(e))
            return False
        self.doc.fingerprint = fingerprint(path)
        self.doc.mark_saved(str(Path(path).resolve()))
        self._fresh_working_copy()
        self._remember(path)
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", Path(path).name), 5000)
        return True

    def _fresh_working_copy(self):
        """The plan is on disk: its working copy goes; the next edit starts a new one."""
        if self.doc.autosaver is not None:
            self.doc.autosaver.finish()
        self.doc.autosaver = self._new_autosaver(self.doc)

    def _drop_working_copy(self):
        if self.doc is not None and self.doc.autosaver is not None:
            self.doc.autosaver.finish()
            self.doc.autosaver = None

    # ------------------------------------------------------------------ crash recovery
    def recover_crashed(self) -> int:
        """Offer each plan left unsaved by a planner that stopped; returns how many were restored."""
        from .. import fileio
        from ..store import autosave as store_autosave
        from .autosave import folder, recoverable
        restored = 0
        set_aside: list[str] = []   # why each unreadable copy could not be read
        for rec, path, lock, error in recoverable():
            if rec is None:
                # kept, never deleted, and not offered again: moved to autosave/damaged/
                try:
                    store_autosave.quarantine(path)
                    set_aside.append(error)
                except OSError as e:
                    self.tell_problem(_fill(self.tr("A copy of unsaved changes could not be read (%1) and could "
                                                    "not be set aside (%2)."), error, fileio.reason(e)))
                finally:
                    lock.unlock()
                continue
            answer = dialogs.ask_recover(self, rec.plan.name, rec.edited_at, rec.saved_as)
            if answer == dialogs.LATER:
                lock.unlock()
                continue
            if answer != dialogs.RESTORE:
                try:
                    store_autosave.decline(path)
                except OSError as e:  # left where it is: offered again at the next start
                    text = self.tr("The discarded changes could not be moved to %1 (%2).")
                    self.statusBar().showMessage(_fill(text, fileio.display_name(path.parent / "declined"),
                                                       fileio.reason(e)), 8000)
                lock.unlock()
                continue
            target = self if self.doc is None or (restored == 0 and not self.doc.modified) else MainWindow(
                self.settings)
            if target is not self:
                target._store = self.store
                target.sig_language.connect(self.sig_language)
                target.charts_ready = self.charts_ready
                target.show()
                self._extra_windows.append(target)
            target.restore(rec, lock)
            restored += 1
        if set_aside:
            where = fileio.display_name(store_autosave.damaged_dir(folder()))
            if len(set_aside) == 1:
                self.tell_problem(_fill(self.tr("A copy of unsaved changes could not be read and was set aside "
                                                "in %1 (%2)."), where, set_aside[0]))
            else:
                self.tell_problem(_fill(self.tr("%1 copies of unsaved changes could not be read and were set "
                                                "aside in %2."), str(len(set_aside)), where))
        return restored

    def restore(self, rec, lock):
        """Show a recovered plan: unsaved (modified), still mirrored to its working copy."""
        from ..store.autosave import WorkingCopy
        from ..store.planfile import fingerprint
        from .document import PlanDocument
        self._drop_working_copy()
        doc = PlanDocument(rec.plan, rec.saved_as, self)
        working = WorkingCopy(rec.path.parent, rec.path.stem)
        working.adopt(rec.plan, rec.edits)
        doc.autosaver = self._new_autosaver(doc, working=working, lock=lock)
        try:
            doc.fingerprint = fingerprint(rec.saved_as) if rec.saved_as else None
        except (OSError, ValueError):  # a name the system refuses: as if the file were gone
            doc.fingerprint = None
        doc.undo_stack.resetClean()  # never clean until saved: the title shows it unsaved
        self.set_document(doc=doc)
        self.statusBar().showMessage(self.tr("Restored unsaved changes to %1").replace("%1", rec.plan.name), 8000)

    def save_as_template(self) -> bool:
        """Keep the open plan as a template in the local store (File > New from template)."""
        import re
        from ..store.local import StoreError
        if self.doc is None:
            return False
        name = dialogs.get_text(self, self.tr("Save as template"), self.tr("Template name:"), self.doc.plan.name)
        if not name or not name.strip():
            return False
        import hashlib
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", name.strip()).strip("-")[:40] or "template"
        # the same name replaces its template; different names (Chinese ones too) never collide
        template_id = f"user-{slug}-{hashlib.sha1(name.strip().encode('utf-8')).hexdigest()[:6]}"
        try:
            self.store.save_template(template_id, dataclasses.replace(self.doc.plan, name=name.strip()))
        except StoreError as e:
            dialogs.show_error(self, self.tr("Cannot save the template"), str(e))
            return False
        self.statusBar().showMessage(self.tr("Saved the template %1").replace("%1", name.strip()), 5000)
        return True

    def close_plan(self) -> bool:
        if not self.maybe_save():
            return False
        self._drop_working_copy()
        self._remove_timeline_widget()
        for dock in self.docks.values():
            dock.hide()
        if self.charts is not None:
            self.charts.bands.stop()
        self.charts = None
        self.export_menu.setEnabled(False)
        self.doc = None
        self.timeline = None
        self._set_plan_actions(False)
        self.show_start_page()
        self._update_title()
        return True

    def closeEvent(self, e):
        if self.maybe_save():
            self._drop_working_copy()
            self.settings.setValue("geometry", self.saveGeometry())
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
            self.open_path(paths[0])
