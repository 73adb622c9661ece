"""Autosave in the window: each open document's working copy, guarded by a QLockFile.

A lock held by a running planner (this one or another instance) means "in use"; a
working copy whose lock can be taken at start-up belonged to a planner that died:
that is a crash to offer recovery for.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile, QObject

from ..paths import data_dir
from ..store import autosave


def folder() -> Path:
    return autosave.autosave_dir(data_dir())


def _lock_for(path: Path) -> QLockFile:
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
    return lock


class Autosaver(QObject):
    """Mirrors a document to its working copy after every change."""

    def __init__(self, doc, parent=None, working: autosave.WorkingCopy | None = None,
                 lock: QLockFile | None = None):
        super().__init__(parent)
        self.doc = doc
        self.working = working or autosave.WorkingCopy(folder())
        self.lock = lock or _lock_for(self.working.path)
        if not self.lock.isLocked() and not self.lock.tryLock(0):
            raise RuntimeError(f"cannot lock {self.working.path}")
        self.error: str | None = None
        # indexChanged comes after the undo stack has taken the step (and knows whether the
        # plan is modified), for every edit, undo and redo
        doc.undo_stack.indexChanged.connect(self.mirror)

    def mirror(self, *_):
        try:
            modified = self.doc.modified
        except RuntimeError:  # the document is being torn down
            return
        if not modified and self.working.edits == 0:
            return  # nothing to lose yet: the plan is what is on disk
        try:
            self.working.write(self.doc.plan, self.doc.path)
            self.error = None
        except Exception as e:  # a full disk must not stop editing; the window says so
            self.error = str(e)

    def finish(self):
        """The plan is saved or closed: drop the working copy and the lock."""
        try:
            self.doc.undo_stack.indexChanged.disconnect(self.mirror)
        except (RuntimeError, TypeError):
            pass
        self.working.discard()
        self.lock.unlock()


def recoverable() -> list[tuple[autosave.Recovered | None, Path, QLockFile, str]]:
    """Working copies whose planner died, each with its lock now held by us:
    (recovered state or None if unreadable, path, lock, error)."""
    out = []
    autosave.purge_declined(folder())
    if folder().is_dir():  # locks left by planners that stopped before their first edit
        for stale in folder().glob(f"*{autosave.SUFFIX}.lock"):
            if not Path(str(stale)[:-len(".lock")]).exists():
                lock = _lock_for(Path(str(stale)[:-len(".lock")]))
                if lock.tryLock(0):
                    lock.unlock()
    for path in autosave.working_copies(folder()):
        lock = _lock_for(path)
        if not lock.tryLock(0):
            continue  # a running planner owns it: not a crash
        try:
            out.append((autosave.read_working_copy(path), path, lock, ""))
        except autosave.WorkingCopyError as e:
            out.append((None, path, lock, str(e)))
    return out
