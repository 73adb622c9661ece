"""Bands off the GUI thread: a QRunnable computes P10/P50/P90 on an immutable snapshot of the
plan; an edit cancels it, and a result for a plan that is no longer current is dropped."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from ..core import reach


class _JobSignals(QObject):
    progress = Signal(int, int, int)      # generation, draws done, draws in all
    finished = Signal(int, object)        # generation, Bands
    failed = Signal(int, str)


class _BandsJob(QRunnable):
    def __init__(self, plan, scenario, draws, generation, cancel: threading.Event, signals: _JobSignals,
                 include_forbidden: bool = False):
        super().__init__()
        self.plan, self.scenario, self.draws = plan, scenario, draws
        self.include_forbidden = include_forbidden
        self.generation, self.cancel, self.signals = generation, cancel, signals
        self.setAutoDelete(True)

    def run(self):
        try:
            result = reach.bands(self.plan, self.scenario, draws=self.draws, cancel=self.cancel.is_set,
                                 include_forbidden=self.include_forbidden,
                                 progress=lambda d, t: self._emit("progress", self.generation, d, t))
        except reach.Cancelled:
            return
        except Exception as e:  # shown in the chart's status line; the plan is untouched
            self._emit("failed", self.generation, str(e))
            return
        self._emit("finished", self.generation, result)

    def _emit(self, name, *args):
        """Tell the window; if it is gone (the planner is closing), stop quietly."""
        if self.cancel.is_set() and name == "progress":
            raise reach.Cancelled()
        try:
            getattr(self.signals, name).emit(*args)
        except RuntimeError:  # the receiving object was deleted
            self.cancel.set()


class BandsController(QObject):
    """Keeps one band computation for the document's current plan."""

    sig_ready = Signal(object)        # Bands of the current plan
    sig_progress = Signal(int, int)   # done, total
    sig_stale = Signal()              # the plan changed: the old band must go
    sig_failed = Signal(str)

    DELAY_MS = 250  # wait for a pause in editing before starting

    def __init__(self, doc, draws: int = 200, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.draws = draws
        self.generation = 0
        self.result = None
        self._cancel = threading.Event()
        self._job_plan = None
        self._signals = _JobSignals()
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DELAY_MS)
        self._timer.timeout.connect(self._start)
        self.pool = QThreadPool.globalInstance()
        doc.sig_changed.connect(self._on_changed)

    def _on_changed(self, changes):
        """An edit that cannot change the numbers (``Changes.projection`` false) keeps the band
        (and a computation under way) for the new plan; any other starts again."""
        if changes is not None and not changes.projection:
            if self._job_plan is not None:
                self._job_plan = self.doc.plan
            return
        self.request()

    def request(self, *_):
        """The plan changed: cancel what runs, forget the old band, start again shortly."""
        self.generation += 1
        self._cancel.set()
        self.result = None
        self.sig_stale.emit()
        self._timer.start()

    def _start(self):
        self._cancel = threading.Event()
        self._job_plan = self.doc.plan
        self.pool.start(_BandsJob(self._job_plan, self.doc.scenario, self.draws, self.generation, self._cancel,
                                  self._signals, self.doc.include_forbidden))

    def _current(self, generation) -> bool:
        return generation == self.generation and self._job_plan is self.doc.plan

    def _on_progress(self, generation, done, total):
        # a tenth at a time: each step repaints the progress bar on the GUI thread
        if self._current(generation) and (done * 10 // total != (done - 1) * 10 // total or done == total):
            self.sig_progress.emit(done, total)

    def _on_finished(self, generation, result):
        if self._current(generation):
            self.result = result
            self.sig_ready.emit(result)

    def _on_failed(self, generation, message):
        if self._current(generation):
            self.sig_failed.emit(message)

    def stop(self):
        self._timer.stop()
        self._cancel.set()
        self.generation += 1
