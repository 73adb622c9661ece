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
    """Runs ``compute(cancel, progress)`` (a function of the core that raises reach.Cancelled
    when ``cancel()`` turns True) and reports its result for ``generation``."""

    def __init__(self, compute, generation, cancel: threading.Event, signals: _JobSignals):
        super().__init__()
        self.compute = compute
        self.generation, self.cancel, self.signals = generation, cancel, signals
        self.setAutoDelete(True)

    def run(self):
        try:
            result = self.compute(self.cancel.is_set, lambda d, t: self._emit("progress", self.generation, d, t))
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
        self._started = -1   # the generation last started
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
        self._cancel.set()   # a computation still under way is not needed any more
        self._cancel = threading.Event()
        self._started = self.generation
        self._job_plan = self.doc.plan
        self.pool.start(_BandsJob(self.job(), self.generation, self._cancel, self._signals))

    def job(self):
        """What to compute for the plan now, as ``compute(cancel, progress)`` (run on a pool
        thread: it must read only what it is given here, never the document)."""
        plan, scenario, draws, forbidden = self.doc.plan, self.doc.scenario, self.draws, self.doc.include_forbidden
        return lambda cancel, progress: reach.bands(plan, scenario, draws=draws, cancel=cancel, progress=progress,
                                                    include_forbidden=forbidden)

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


class CompareBandsController(BandsController):
    """The P10-P90 band of B - A for the Compare tab, with the same draws for both scenarios
    (common random numbers: ``reach.compare``). Computed only while the tab is shown
    (``set_active``) and a pair is chosen (``set_pair``); an edit cancels and restarts it as it
    does the reach band. The result is a ``reach.Comparison``."""

    def __init__(self, doc, draws: int = 200, parent=None):
        super().__init__(doc, draws, parent)
        self.pair: tuple[str, str] | None = None
        self.active = False

    def set_pair(self, a: str, b: str) -> None:
        if (a, b) != self.pair:
            self.pair = (a, b)
            self.request()

    def set_active(self, on: bool) -> None:
        """The tab is shown (start what is missing) or hidden (what runs goes on; nothing new
        starts until it is shown again)."""
        self.active = on
        if on and self.result is None and self._started != self.generation:
            self._timer.start()

    def request(self, *_):
        super().request()
        if not self.active or self.pair is None:
            self._timer.stop()

    def job(self):
        plan, (a, b), draws, forbidden = self.doc.plan, self.pair, self.draws, self.doc.include_forbidden
        return lambda cancel, progress: reach.compare(plan, a, b, draws=draws, cancel=cancel, progress=progress,
                                                      include_forbidden=forbidden)
