"""The file lifecycle of a window's plan: open (and import), new from a template, save and
save as (with the check for a file changed by someone else, and backups), autosave,
crash recovery, closing.

``PlanFiles`` owns the window's ``PlanDocument``: it makes each one with its file state
(path, fingerprint, how it is autosaved), and when the plan is closed or replaced it closes
that document (its working copy goes) and deletes it, so nothing of it stays in memory.
It asks the user only through qt/dialogs.py (tests answer those), and tells the window
what to show through signals: ``sig_document`` (the plan to show, or none),
``sig_message`` (a note for the status bar), ``sig_autosave_status`` (why autosave fails,
"" once it works again).

Its strings keep the "MainWindow" context they had when this lived in the window, so
their translations stay found.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..text import one_line
from . import dialogs
from .document import PlanDocument

BLANK_TEMPLATE = "blank"   # the built-in template a new plan starts today from


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced at once (a value holding "%2" stays as it is)."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)


def autosavers(working=None, lock=None):
    """A document's ``autosaver_factory``. qt/autosave (and SQLite) load at its first use,
    after the window's first paint; ``working`` and ``lock``: a restored copy to continue."""
    make = None

    def factory(doc):
        nonlocal make
        if make is None:
            from .autosave import Autosaver
            make = Autosaver.factory(working, lock)
        return make(doc)
    return factory


class PlanFiles(QObject):
    """The window's plan and its file. ``window`` gives the local store (``store``), says
    problems with the planner's own files (``tell_problem``), is the dialogs' parent, and
    opens another window for a second recovered plan (``new_window``)."""

    sig_document = Signal(object, bool)   # the document to show (None: none), defer its panels
    sig_message = Signal(str, int)        # a status-bar note, for so many milliseconds
    sig_autosave_status = Signal(str)     # why the working copy is not up to date, "" once it is
    sig_store_changed = Signal()          # templates or recent plans changed: lists of them are filled again

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.doc: PlanDocument | None = None
        self._watched = None   # the autosaver whose status the window shows

    # ------------------------------------------------------------------ the document
    def document(self, plan, path: str | None = None, *, fingerprint=None, resume=None) -> PlanDocument:
        """A document for ``plan`` with its file state; ``resume``: (working copy, lock) of a restored plan."""
        return PlanDocument(plan, path, fingerprint=fingerprint,
                            autosaver_factory=autosavers(*resume) if resume else autosavers(), parent=self)

    def show(self, doc: PlanDocument | None, *, defer: bool = False) -> None:
        """Make ``doc`` the window's plan (None: no plan), closing and deleting the one it
        replaces, which the caller has settled (saved, or its changes discarded). With
        ``defer``, the window builds only the timeline until its ``finish_loading``."""
        old, self.doc = self.doc, doc
        if doc is not None:
            doc.setParent(self)
        self._watch(doc.autosaver if doc is not None else None)
        self.sig_document.emit(doc, defer)   # the window lets go of the old document's views
        if old is not None and old is not doc:
            old.close()
            old.deleteLater()

    def release(self) -> PlanDocument | None:
        """Give the open document to another window (a language switch): this one forgets it
        without closing it, and never asks to save it."""
        doc, self.doc = self.doc, None
        self._watch(None)
        return doc

    def start_autosave(self) -> None:
        """Mirror the open plan to a working copy from now on (after the first paint)."""
        if self.doc is not None:
            self._watch(self.doc.start_autosave())

    def _watch(self, autosaver) -> None:
        if autosaver is self._watched:
            return
        if self._watched is not None:
            try:
                self._watched.sig_status.disconnect(self.sig_autosave_status)
            except (RuntimeError, TypeError):  # already gone with its document
                pass
        self._watched = autosaver
        if autosaver is not None:
            autosaver.sig_status.connect(self.sig_autosave_status)
        self.sig_autosave_status.emit((autosaver.error or "") if autosaver is not None else "")

    def _error(self, title: str, message) -> None:
        if not self.window.isVisible():
            self.window.show()   # a message over its window, never alone (a bad file on the command line)
        dialogs.show_error(self.window, title, message)

    # ------------------------------------------------------------------ opening
    def maybe_save(self) -> bool:
        """True if it is fine to drop the open plan (saved, discarded, or none)."""
        if self.doc is None or not self.doc.modified:
            return True
        answer = dialogs.ask_save_changes(self.window, self.doc.display_name())
        if answer == dialogs.SAVE:
            return self.save()
        return answer == dialogs.DISCARD

    def new_from_template(self, template_id: str) -> bool:
        if not self.maybe_save():
            return False
        from ..store.local import StoreError
        try:
            plan = self.window.store.template(template_id)
        except StoreError as e:
            self._error(QCoreApplication.translate("MainWindow", "Cannot create the plan"), e)
            return False
        self.show(self.document(self.new_plan(template_id, plan)))
        return True

    @staticmethod
    def new_plan(template_id: str, plan):
        """The plan a template makes: a built-in template's is named in the window's language,
        and the blank plan starts today (its length kept)."""
        import datetime as dt

        from ..core import catalog, edits
        from .texts import template_name
        if template_id in catalog.BUILTIN_TEMPLATES:
            plan = dataclasses.replace(plan, name=template_name(template_id, plan.name))
        if template_id == BLANK_TEMPLATE:
            plan = edits.shifted(plan, (dt.date.today() - plan.start).days)
        return plan

    def open_dialog(self) -> bool:
        path = dialogs.get_open_path(self.window)
        return self.open_path(path) if path else False

    def open_path(self, path: str, *, defer: bool = False, remember: bool = True) -> bool:
        """Open a plan file (a .json plan is imported: it has no file until saved). A bad file
        shows a message and leaves the open plan as it is."""
        from ..store.planfile import PlanFileError, fingerprint, open_any
        try:
            plan = open_any(path)
        except PlanFileError as e:
            self._error(QCoreApplication.translate("MainWindow", "Cannot open the plan"), e)
            return False
        if not self.maybe_save():
            return False
        suffix = Path(path).suffix.lower()
        if suffix == ".json":
            doc = self.document(plan)
        else:
            doc = self.document(plan, str(Path(path).resolve()),
                                fingerprint=fingerprint(path) if suffix == ".mpplan" else None)
        self.show(doc, defer=defer)
        if suffix == ".json":
            self.sig_message.emit(QCoreApplication.translate("MainWindow", "Imported %1: save it as a plan file")
                                  .replace("%1", Path(path).name), 8000)
        if remember:
            self.remember(path)
        return True

    def remember(self, path: str) -> None:
        """Put ``path`` first in the recent plans (when the local store can be written)."""
        store = self.window.store
        if store.read_only:
            return  # the user was told once why the recent list cannot change
        try:
            store.add_recent(path)
        except Exception as e:  # noqa: BLE001 - the recent list is a convenience: never block opening a plan
            self.sig_message.emit(one_line(e), 5000)

    # ------------------------------------------------------------------ saving
    def save(self) -> bool:
        if self.doc is None:
            return False
        if not self.doc.path:
            return self.save_as()
        return self.save_to(self.doc.path)

    def save_as(self) -> bool:
        if self.doc is None:
            return False
        suggested = self.doc.path or str(Path.home() / f"{self.doc.plan.name}.mpplan")
        path = dialogs.get_save_path(self.window, suggested)
        return self.save_to(path) if path else False

    def save_to(self, path: str) -> bool:
        """Save to ``path``, asking first if it is the plan's own file and someone else changed
        or moved it since; the version replaced is kept in the backups."""
        from ..paths import data_dir
        from ..store.planfile import PlanFileError, fingerprint, save_plan
        doc = self.doc
        if doc is None:
            return False
        same_file = doc.path is not None and Path(path).resolve() == Path(doc.path).resolve()
        if same_file and doc.fingerprint is not None:
            now = fingerprint(path)
            if now != doc.fingerprint:
                answer = dialogs.ask_external_change(self.window, Path(path).name, missing=now is None)
                if answer == dialogs.SAVE_AS:
                    return self.save_as()
                if answer != dialogs.OVERWRITE:
                    return False
        try:
            save_plan(doc.plan, path, backup_dir=data_dir() / "backups")
        except PlanFileError as e:
            self._error(QCoreApplication.translate("MainWindow", "Cannot save the plan"), e)
            return False
        doc.mark_saved(str(Path(path).resolve()), fingerprint(path))   # a fresh working copy from the next edit
        self._watch(doc.autosaver)
        self.remember(path)
        self.sig_message.emit(QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", Path(path).name),
                              5000)
        return True

    def save_as_template(self) -> bool:
        """Keep the open plan as a template in the local store (File > New from template),
        under a name no other template has: an existing template is never replaced."""
        import secrets

        from ..store.local import StoreError
        if self.doc is None:
            return False
        title = QCoreApplication.translate("MainWindow", "Save as template")
        taken = self.template_names()
        suggested, n = self.doc.plan.name, 1
        while self._name_taken(taken, suggested) and n < 1000:   # never offered a name it would refuse
            n += 1
            suggested = f"{self.doc.plan.name} ({n})"
        name = dialogs.get_text(self.window, title, QCoreApplication.translate("MainWindow", "Template name:"),
                                suggested, check=lambda text: self._name_taken(taken, text))
        if not name or not name.strip():
            return False
        name = name.strip()
        problem = self._name_taken(self.template_names(), name)   # the store may have changed meanwhile
        if problem:
            self._error(QCoreApplication.translate("MainWindow", "Cannot save the template"), problem)
            return False
        slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-")[:40] or "template"
        ids = {t["id"] for t in self.window.store.templates()}
        template_id = f"user-{slug}-{secrets.token_hex(3)}"
        while template_id in ids:
            template_id = f"user-{slug}-{secrets.token_hex(3)}"
        try:
            self.window.store.save_template(template_id, dataclasses.replace(self.doc.plan, name=name))
        except StoreError as e:
            self._error(QCoreApplication.translate("MainWindow", "Cannot save the template"), e)
            return False
        self.sig_store_changed.emit()
        self.sig_message.emit(QCoreApplication.translate("MainWindow", "Saved the template %1")
                              .replace("%1", one_line(name)), 5000)
        return True

    # ------------------------------------------------------------------ templates and recent plans
    def template_names(self, except_id: str | None = None) -> dict[str, str]:
        """The names the templates (but ``except_id``) are known by, as compared (without case
        or surrounding spaces) -> as shown: each one's stored name and, for a built-in one,
        its name in the window's language."""
        from ..core import catalog
        from .texts import template_name
        names: dict[str, str] = {}
        for t in self.window.store.templates():
            if t["id"] == except_id:
                continue
            shown = template_name(t["id"], t["name"])
            known = [t["name"]]
            if t["builtin"] or t["id"] in catalog.BUILTIN_TEMPLATES:
                known.append(shown)
            for n in known:
                names.setdefault(n.strip().casefold(), shown)
        return names

    @staticmethod
    def _name_taken(names: dict[str, str], text: str) -> str | None:
        """Why ``text`` cannot name a template (``names``: from ``template_names``), or None."""
        shown = names.get(text.strip().casefold())
        if shown is None:
            return None
        return QCoreApplication.translate(
            "MainWindow", "A template named “%1” already exists: choose another name").replace("%1", shown)

    def _template(self, template_id: str) -> dict | None:
        return next((t for t in self.window.store.templates() if t["id"] == template_id), None)

    def rename_template(self, template_id: str) -> bool:
        """Ask for a new name of a saved template (built-in ones keep theirs) and give it."""
        from ..core import catalog
        from ..store.local import StoreError
        t = self._template(template_id)
        if t is None or t["builtin"] or template_id in catalog.BUILTIN_TEMPLATES:
            return False
        title = QCoreApplication.translate("MainWindow", "Rename template")
        taken = self.template_names(except_id=template_id)
        name = dialogs.get_text(self.window, title, QCoreApplication.translate("MainWindow", "Template name:"),
                                t["name"], check=lambda text: self._name_taken(taken, text))
        if not name or not name.strip():
            return False
        name = name.strip()
        cannot = QCoreApplication.translate("MainWindow", "Cannot rename the template")
        problem = self._name_taken(self.template_names(except_id=template_id), name)
        if problem:
            self._error(cannot, problem)
            return False
        try:
            self.window.store.rename_template(template_id, name)
        except StoreError as e:
            self._error(cannot, e)
            return False
        self.sig_store_changed.emit()
        return True

    def remove_template(self, template_id: str) -> bool:
        """Remove a saved template from the local store, once the person confirms."""
        from ..core import catalog
        from ..store.local import StoreError
        from .texts import template_name
        t = self._template(template_id)
        if t is None or t["builtin"] or template_id in catalog.BUILTIN_TEMPLATES:
            return False
        text = QCoreApplication.translate(
            "MainWindow", "Remove the template “%1”? This cannot be undone.").replace(
                "%1", template_name(t["id"], t["name"]))
        if not dialogs.ask_confirm(self.window, QCoreApplication.translate("MainWindow", "Remove template"), text,
                                   QCoreApplication.translate("MainWindow", "Remove")):
            return False
        try:
            self.window.store.delete_template(template_id)
        except StoreError as e:
            self._error(QCoreApplication.translate("MainWindow", "Cannot remove the template"), e)
            return False
        self.sig_store_changed.emit()
        return True

    def remove_recent(self, path: str) -> bool:
        """Take a plan off the recent plans (its file stays where it is)."""
        return self._change_recent(lambda store: store.remove_recent(path))

    def clear_recent(self) -> bool:
        """Empty the recent plans (the files stay where they are)."""
        return self._change_recent(lambda store: store.clear_recent())

    def _change_recent(self, change) -> bool:
        from ..store.local import StoreError
        try:
            change(self.window.store)
        except StoreError as e:
            self._error(QCoreApplication.translate("MainWindow", "Cannot change the recent plans"), e)
            return False
        self.sig_store_changed.emit()
        return True

    # ------------------------------------------------------------------ closing
    def close_plan(self) -> bool:
        """Close the open plan (asking to save its changes): it is freed, the window shows no plan."""
        if not self.maybe_save():
            return False
        self.show(None)
        return True

    def close_window(self) -> bool:
        """The window is closing: True once the plan is settled (its working copy goes)."""
        if not self.maybe_save():
            return False
        if self.doc is not None:
            self.doc.close()
        self._watch(None)
        return True

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
                    self.window.tell_problem(fill(QCoreApplication.translate(
                        "MainWindow", "A copy of unsaved changes could not be read (%1) and could "
                                      "not be set aside (%2)."), error, fileio.reason(e)))
                finally:
                    lock.unlock()
                continue
            answer = dialogs.ask_recover(self.window, rec.plan.name, rec.edited_at, rec.saved_as)
            if answer == dialogs.LATER:
                lock.unlock()
                continue
            if answer != dialogs.RESTORE:
                try:
                    store_autosave.decline(path)
                except OSError as e:  # left where it is: offered again at the next start
                    text = QCoreApplication.translate("MainWindow",
                                                      "The discarded changes could not be moved to %1 (%2).")
                    self.sig_message.emit(fill(text, fileio.display_name(path.parent / "declined"),
                                               fileio.reason(e)), 8000)
                lock.unlock()
                continue
            here = self.doc is None or (restored == 0 and not self.doc.modified)
            (self if here else self.window.new_window().files).restore(rec, lock)
            restored += 1
        if set_aside:
            where = fileio.display_name(store_autosave.damaged_dir(folder()))
            if len(set_aside) == 1:
                self.window.tell_problem(fill(QCoreApplication.translate(
                    "MainWindow", "A copy of unsaved changes could not be read and was set aside "
                                  "in %1 (%2)."), where, set_aside[0]))
            else:
                self.window.tell_problem(fill(QCoreApplication.translate(
                    "MainWindow", "%1 copies of unsaved changes could not be read and were set "
                                  "aside in %2."), str(len(set_aside)), where))
        return restored

    def restore(self, rec, lock) -> None:
        """Show a recovered plan: unsaved (modified), still mirrored to its working copy."""
        from ..store.autosave import WorkingCopy
        from ..store.planfile import fingerprint
        working = WorkingCopy(rec.path.parent, rec.path.stem)
        working.adopt(rec.plan, rec.edits)
        try:
            now = fingerprint(rec.saved_as) if rec.saved_as else None
        except (OSError, ValueError):  # a name the system refuses: as if the file were gone
            now = None
        doc = self.document(rec.plan, rec.saved_as, fingerprint=now, resume=(working, lock))
        doc.undo_stack.resetClean()  # never clean until saved: the title shows it unsaved
        doc.start_autosave()
        self.show(doc)
        self.sig_message.emit(QCoreApplication.translate("MainWindow", "Restored unsaved changes to %1")
                              .replace("%1", rec.plan.name), 8000)
