"""Autosave in the window: each open document's working copy, guarded by a QLockFile.

A lock held by a running planner (this one or another instance) means "in use"; a
working copy whose lock can be taken at start-up belonged to a planner that died:
that is a crash to offer recovery for.

Each write happens on the GUI thread before the edit's event returns (an edit shown is an
edit on disk), and costs what the edit changed: the document's ``sig_changed(Changes)``
names the placements each edit, undo or redo touched, and the working copy looks at those
only (store/autosave.py).

Autosave never stops editing: a write that fails (a full disk, a folder that is gone or
read-only) is ``Autosaver.error`` and ``sig_status`` (the window shows it until the next
write succeeds). Finding what to recover never raises: a copy that cannot be read comes
back with its error, for the window to set aside and mention.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal

from .. import fileio
from ..paths import data_dir
from ..store import autosave
from ..text import one_line
from .texts import tr_message


def folder() -> Path:
    return autosave.autosave_dir(data_dir())


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


class Autosaver(QObject):
    """Mirrors a document to its working copy after every change."""

    #: why the working copy is not up to date (one line), or "" once a write succeeded again
    sig_status = Signal(str)

    def __init__(self, doc, parent=None, working: autosave.WorkingCopy | None = None,
                 lock: QLockFile | None = None):
        super().__init__(parent)
        self.doc = doc
        self.working = working or autosave.WorkingCopy(folder())
        self.lock = lock or _lock_for(self.working.path)
        self.error: str | None = None
        self._touched: set[str] | None = set()   # placements changed since the last write (None: all)
        self._plan = doc.plan                     # the plan as the last change left it
        self._take_lock()  # now if it can be (a planner starting sees it in use); else at the first write
        doc.sig_changed.connect(self._note)
        # indexChanged comes after the undo stack has taken the step (and knows whether the
        # plan is modified), for every edit, undo and redo (a merged nudge too)
        doc.undo_stack.indexChanged.connect(self.mirror)
        self._connected = True

    @classmethod
    def factory(cls, working: autosave.WorkingCopy | None = None, lock: QLockFile | None = None):
        """What a PlanDocument makes its autosavers with (``autosaver_factory``): the first
        continues ``working`` (a restored copy, whose ``lock`` is held) if given; each one
        after a save starts a fresh working copy."""
        resume = [(working, lock)] if working is not None else []

        def make(doc):
            w, lk = resume.pop() if resume else (None, None)
            return cls(doc, doc, working=w, lock=lk)
        return make

    def _note(self, changes):
        before, self._plan = self._plan, self.doc.plan
        if before is self._plan:
            return  # the very same plan (another scenario shown, "*" to the views): nothing to write
        if self._touched is not None:
            if "*" in changes.placements:
                self._touched = None
            else:
                self._touched |= changes.placements

    def _take_lock(self) -> bool:
        if self.lock.isLocked():
            return True
        try:
            autosave.make_folder(self.working.folder)
        except OSError:
            return False
        return self.lock.tryLock(0)

    def _lock_problem(self) -> str:
        """Why the lock cannot be taken, in words (the system's, from fileio)."""
        code = errno.EACCES if self.lock.error() == QLockFile.LockError.PermissionError else None
        try:
            if os.statvfs(self.working.folder).f_flag & getattr(os, "ST_RDONLY", 1):
                code = errno.EROFS
        except OSError as e:
            code = e.errno
        why = fileio.reason(OSError(code, os.strerror(code))) if code else \
            QCoreApplication.translate("Autosaver", "the lock file cannot be made")
        return (QCoreApplication.translate("Autosaver", "cannot lock a working copy in %1 (%2)")
                .replace("%2", why).replace("%1", fileio.display_name(self.working.folder)))

    def mirror(self, *_):
        try:
            modified = self.doc.modified
        except RuntimeError:  # the document is being torn down
            return
        if not modified and self.working.edits == 0:
            return  # nothing to lose yet: the plan is what is on disk
        try:
            if not self._take_lock():
                raise autosave.WorkingCopyError(self._lock_problem())
            self.working.write(self.doc.plan, self.doc.path, self._touched)
        except Exception as e:  # noqa: BLE001 - a full disk must not stop editing; the window says so
            self._set_error(tr_message(e) if isinstance(e, autosave.WorkingCopyError) else one_line(e)
                            or type(e).__name__)
            return  # what was touched stays noted: the next write covers it
        self._touched = set()
        self._set_error(None)

    def _set_error(self, error: str | None):
        if error != self.error:
            self.error = error
            self.sig_status.emit(error or "")

    def finish(self):
        """The plan is saved or closed: drop the working copy and the lock."""
        if self._connected:
            self._connected = False
            for signal, slot in ((self.doc.sig_changed, self._note), (self.doc.undo_stack.indexChanged, self.mirror)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # the document is being torn down
                    pass
        self.working.discard()
        self.lock.unlock()
        self._set_error(None)


def recoverable() -> list[tuple[autosave.Recovered | None, Path, QLockFile, str]]:
    """Working copies whose planner died, each with its lock now held by us:
    (recovered state or None if unreadable, path, lock, error). Never raises."""
    out = []
    base = folder()
    autosave.purge_declined(base)
    try:  # locks left by planners that stopped before their first edit
        stale_locks = list(base.glob(f"*{autosave.SUFFIX}.lock")) if base.is_dir() else []
    except OSError:
        stale_locks = []
    for stale in stale_locks:
        path = Path(str(stale)[:-len(".lock")])
        if not os.path.lexists(path):
            lock = _lock_for(path)
            if lock.tryLock(0):
                lock.unlock()
    for path in autosave.working_copies(base):
        lock = _lock_for(path)
        if not lock.tryLock(0):
            continue  # a running planner owns it: not a crash
        try:
            out.append((autosave.read_working_copy(path), path, lock, ""))
        except autosave.WorkingCopyError as e:
            out.append((None, path, lock, tr_message(e)))
        except Exception as e:  # noqa: BLE001 - recovery at start must never raise
            out.append((None, path, lock, QCoreApplication.translate("Autosaver", "%1: cannot be read (%2)")
                        .replace("%1", fileio.display_name(path.name)).replace("%2", one_line(e))))
    return out
