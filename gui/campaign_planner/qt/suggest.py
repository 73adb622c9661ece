"""Scenario > Suggest Bookings…: the optimiser (core/optimize.py) in the window.

The person says what the optimiser may do in a ``SuggestDialog`` (the scenario to start from,
a budget or a number of bookings, which slots and dates may be used, the new scenario's
name). ``Suggester`` then runs ``optimize`` on a snapshot of the plan on a pool thread (the
window keeps painting), with a progress dialog whose Cancel stops it. The result becomes a
new scenario in one undoable step ("Suggest bookings"), shown on the timeline with the added
placements selected, and compared with its base in the Compare tab (both reach curves with
their bands, and B - A).
"""

from __future__ import annotations

import datetime as _dt
import threading
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import edits
from ..core.optimize import Suggestion, optimize
from ..core.plan import Plan, PlanError
from ..export.numbers import currency_symbol, full_money, money, people
from ..text import one_line
from .bands import _BandsJob, _JobSignals
from .panels.checklist import CheckList
from .panels.datefield import DateField
from .texts import TrText, english_plural, tr_message

MAX_BOOKINGS = 100_000  # the most bookings the dialog asks for (a plan holds at most MAX_PLACEMENTS)


@dataclass(frozen=True)
class SuggestRequest:
    """What the person asked the optimiser for."""

    base: str  # the scenario to start from
    name: str  # of the new scenario
    budget: float | None  # in the plan's currency; or
    bookings: int | None  # at most this many bookings (cost ignored)
    slots: tuple[str, ...]  # the slots that may be booked
    start: _dt.date  # the first and last days that may be booked
    end: _dt.date


def _qdate(d: _dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> _dt.date:
    return _dt.date(d.year(), d.month(), d.day())


def _chinese() -> bool:
    return QLocale().language() == QLocale.Chinese


def parse_amount(text: str) -> float | None:
    """An amount typed by a person ('50,000', '¥5 万', '1.2亿'): None if it is not a number."""
    t = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    for symbol in ("¥", "￥", "$", "€", "£"):
        t = t.removeprefix(symbol)
    scale = 1.0
    for word, factor in (("万", 1e4), ("亿", 1e8)):
        if t.endswith(word):
            t, scale = t[: -len(word)], factor
    try:
        return float(t) * scale
    except ValueError:
        return None


class SuggestDialog(QDialog):
    """What the optimiser may do. Its parts (``base``, ``by_budget``/``by_count``, ``budget``,
    ``count``, ``slots``, ``start``/``end``, ``name``) are reachable for tests; ``ok`` is
    disabled while something is refused, and ``error`` says what."""

    def __init__(self, parent, plan: Plan, scenario: str):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("Suggest bookings"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The planner adds the bookings (one unit of a slot on one day) that reach the most people by the "
            "plan's last day, among those the rules allow: a phase open to the mini program's category, the "
            "flags a slot requires, and room under each slot's daily cap."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if plan.target_frequency > 1:
            k = plan.target_frequency
            target = QLabel(self.tr("The plan's target is %1+ exposures, so the suggestion counts people reached "
                                    "%1 times or more.").replace("%1", str(k)))
            target.setWordWrap(True)
            layout.addWidget(target)
        form = QFormLayout()
        layout.addLayout(form)

        self.base = QComboBox()
        for sc in plan.scenarios:
            self.base.addItem(one_line(sc.name), sc.name)
        self.base.setCurrentIndex(max(0, [s.name for s in plan.scenarios].index(scenario)
                                      if scenario in [s.name for s in plan.scenarios] else 0))
        self.base.setToolTip(self.tr("The suggestion keeps this scenario's placements and adds bookings to them"))
        form.addRow(self.tr("Start from:"), self.base)

        # the limit: a budget or a number of bookings
        symbol = currency_symbol(plan.currency).strip()
        self.by_budget = QRadioButton(self.tr("Budget (%1):").replace("%1", symbol))
        self.by_count = QRadioButton(self.tr("Number of bookings:"))
        group = QButtonGroup(self)
        group.addButton(self.by_budget)
        group.addButton(self.by_count)
        self.budget = QLineEdit()
        self.budget.setToolTip(self.tr("What the added bookings may cost at most, in the plan's currency; each "
                                       "booking costs its slot's cost per unit"))
        self.count = QSpinBox()
        self.count.setRange(1, MAX_BOOKINGS)
        self.count.setGroupSeparatorShown(True)
        self.count.setToolTip(self.tr("How many bookings to add at most, whatever they cost"))
        left = self._budget_left(scenario)
        if left is not None and left > 0:
            self.budget.setText(f"{left:,.2f}".rstrip("0").rstrip("."))
            self.by_budget.setChecked(True)
        else:
            self.by_count.setChecked(True)
        self.count.setValue(50)
        form.addRow(self.by_budget, self.budget)
        form.addRow(self.by_count, self.count)
        self.budget_note = QLabel()
        self.budget_note.setWordWrap(True)
        form.addRow("", self.budget_note)

        # which slots and days
        self.slots = CheckList(self._slot_label, max_rows=8)
        self.slots.set_items([s.id for s in plan.slots], [s.id for s in plan.slots])
        self.slots.setToolTip(self.tr("Only the ticked slots are booked"))
        slot_box = QWidget()
        slot_layout = QVBoxLayout(slot_box)
        slot_layout.setContentsMargins(0, 0, 0, 0)
        slot_layout.addWidget(self.slots)
        row = QHBoxLayout()
        self.all_slots = QPushButton(self.tr("All"))
        self.no_slots = QPushButton(self.tr("None"))
        for b in (self.all_slots, self.no_slots):
            b.setAutoDefault(False)  # Enter in a field means Suggest, never "tick all"
        self.all_slots.clicked.connect(lambda: self._tick_all(True))
        self.no_slots.clicked.connect(lambda: self._tick_all(False))
        row.addWidget(self.all_slots)
        row.addWidget(self.no_slots)
        row.addStretch(1)
        slot_layout.addLayout(row)
        form.addRow(self.tr("Slots:"), slot_box)
        self.start = DateField()
        self.end = DateField()
        self.start.setDate(_qdate(plan.start))
        self.end.setDate(_qdate(plan.end))
        dates = QHBoxLayout()
        dates.addWidget(self.start, 1)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end, 1)
        form.addRow(self.tr("Days from:"), dates)

        self.name = QLineEdit()
        self._suggested_name = ""
        self._suggest_name()
        form.addRow(self.tr("New scenario:"), self.name)

        self.error = QLabel()
        self.error.setObjectName("suggest_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.ok = self.buttons.addButton(self.tr("Suggest"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for b in self.buttons.buttons():  # Enter in any field means Suggest (set once the buttons are in the dialog)
            b.setDefault(b is self.ok)

        self.base.currentIndexChanged.connect(self._base_changed)
        for w in (self.by_budget, self.by_count):
            w.toggled.connect(self._validate)
        self.budget.textChanged.connect(self._validate)
        self.count.valueChanged.connect(self._validate)
        self.slots.sig_checked.connect(self._validate)
        self._date_error: str | None = None
        for field in (self.start, self.end):
            field.editingFinished.connect(self._date_taken)
            field.sig_invalid.connect(self._date_refused)
        self.name.textChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(620)

    # ---- parts
    def _slot_label(self, slot_id: str) -> str:
        slot = self.plan.slot(slot_id)
        platform = next((p.name for p in self.plan.platforms if p.id == slot.platform), slot.platform)
        cost = money(slot.cost_per_unit.value, self.plan.currency, _chinese(), digits=2)
        return self.tr("%1 · %2 (%3 a unit)").replace("%1", one_line(platform)).replace(
            "%2", one_line(slot.name)).replace("%3", cost)

    def _budget_left(self, scenario: str) -> float | None:
        from ..core.costs import scenario_cost
        if self.plan.budget is None:
            return None
        return self.plan.budget - scenario_cost(self.plan, scenario)

    def _tick_all(self, on: bool) -> None:
        self.slots.set_items(self.slots.ids(), self.slots.ids() if on else [])
        self._validate()

    def _suggest_name(self) -> None:
        base = self.base.currentData()
        stem = self.tr("%1 optimised")
        # a suggestion on a suggestion is "A optimised 2", not "A optimised optimised"
        already = stem.replace("%1", "")
        name = base if already.strip() and base.endswith(already) else stem.replace("%1", base)
        suggested = edits.suggest_scenario_name(self.plan, name)
        if not self.name.text() or self.name.text() == self._suggested_name:
            self.name.setText(suggested)
        self._suggested_name = suggested

    def _base_changed(self, *_):
        self._suggest_name()
        self._validate()

    def _date_refused(self, text: str) -> None:
        """A typed date that is not one: said, and Suggest waits for a date (Enter right after
        it does not suggest with the date the field went back to)."""
        self._date_error = self.tr("“%1” is not a date").replace("%1", one_line(text))
        self._validate()

    def _date_taken(self) -> None:
        self._date_error = None
        self._validate()

    # ---- the answer
    def problem(self) -> str | None:
        """Why the request cannot be made as it stands (translated), or None."""
        if self._date_error:
            return self._date_error
        if self.by_budget.isChecked():
            value = parse_amount(self.budget.text())
            if value is None:
                return self.tr("Type the budget as a number, such as 50,000")
            if value != value or value in (float("inf"), float("-inf")):
                return self.tr("Type the budget as a number, such as 50,000")
            if value < 0:
                return self.tr("The budget cannot be negative")
        if not self.slots.checked():
            return self.tr("Tick at least one slot")
        start, end = self.start.date(), self.end.date()
        if end < start:
            return self.tr("The last day is before the first")
        if _pydate(end) < self.plan.start or _pydate(start) > self.plan.end:
            return self.tr("The days are outside the plan's dates (%1 to %2)").replace(
                "%1", self.plan.start.isoformat()).replace("%2", self.plan.end.isoformat())
        problem = edits.scenario_name_problem(self.plan, self.name.text())
        return tr_message(problem) if problem else None

    def _validate(self, *_):
        self.budget.setEnabled(self.by_budget.isChecked())
        self.count.setEnabled(self.by_count.isChecked())
        left = self._budget_left(self.base.currentData())
        if left is None:
            self.budget_note.setText(self.tr("The plan has no budget; the Plan tab of the inspector sets one."))
        elif left >= 0:
            self.budget_note.setText(self.tr("The plan's budget leaves %1 after the scenario's costs.").replace(
                "%1", full_money(left, self.plan.currency)))
        else:
            self.budget_note.setText(self.tr("The scenario is over the plan's budget by %1.").replace(
                "%1", full_money(-left, self.plan.currency)))
        problem = self.problem()
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        self.ok.setEnabled(problem is None)

    def accept(self):
        if self.problem() is None:
            super().accept()

    def request(self) -> SuggestRequest:
        by_budget = self.by_budget.isChecked()
        return SuggestRequest(
            base=self.base.currentData(),
            name=" ".join(self.name.text().split()),
            budget=parse_amount(self.budget.text()) if by_budget else None,
            bookings=None if by_budget else self.count.value(),
            slots=tuple(self.slots.checked()),
            start=max(_pydate(self.start.date()), self.plan.start),
            end=min(_pydate(self.end.date()), self.plan.end),
        )


class SuggestProgress(QDialog):
    """The progress window of a suggestion: a busy bar (``bar``) until the optimiser says how
    far it is, and Cancel (``cancel``; Esc too). Window-modal: the plan cannot change under
    the optimiser. Shown only if the work lasts SHOW_AFTER_MS. Unlike QProgressDialog, setting
    its value never runs the event loop (a result arriving then would delete it under itself)."""

    SHOW_AFTER_MS = 300

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("suggest_progress")
        self.setWindowTitle(self.tr("Suggest bookings"))
        self.setWindowModality(Qt.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Looking for the bookings that reach the most people…")))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.cancel = buttons.button(QDialogButtonBox.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SHOW_AFTER_MS)
        self._timer.timeout.connect(self.show)
        self.setMinimumWidth(360)

    def start(self) -> None:
        self._timer.start()

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def stop(self) -> None:
        self._timer.stop()
        self.hide()
        self.deleteLater()


class Suggester(QObject):
    """Runs the optimiser for the window's document: ``ask()`` (the menu action) asks what to
    do, ``run(request)`` runs it on a pool thread with a progress dialog (``progress``, whose
    Cancel calls ``cancel()``); the result is applied as one undoable edit. ``busy`` while it runs."""

    sig_message = Signal(str)          # for the status bar
    sig_suggested = Signal(str, str)   # base, new scenario: compare them
    sig_done = Signal()                # finished, cancelled or failed (tests and benchmarks wait for it)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.doc = None
        self.generation = 0
        self.progress: SuggestProgress | None = None
        self._cancel = threading.Event()
        self._plan: Plan | None = None
        self._request: SuggestRequest | None = None
        self._signals = _JobSignals()
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self._request is not None

    def set_document(self, doc) -> None:
        self.cancel()
        self.doc = doc

    def ask(self) -> None:
        from . import dialogs
        if self.doc is None or self.busy:
            return
        request = dialogs.ask_suggestion(self.window, self.doc.plan, self.doc.scenario)
        if request is not None:
            self.run(request)

    def run(self, request: SuggestRequest) -> None:
        """Optimise on a snapshot of the plan now (a pool thread), the progress dialog showing."""
        self.cancel()
        self.generation += 1
        self._cancel = threading.Event()
        self._plan, self._request = self.doc.plan, request
        plan = self._plan

        def compute(cancel, progress):
            try:
                return optimize(plan, request.base, budget=request.budget, bookings=request.bookings,
                                slots=request.slots, start=request.start, end=request.end,
                                cancel=cancel, progress=progress)
            except PlanError as e:  # said in the window's language, not as the core's English
                return e
        self.progress = dlg = SuggestProgress(self.window)
        dlg.rejected.connect(self.cancel)
        dlg.start()
        QThreadPool.globalInstance().start(_BandsJob(compute, self.generation, self._cancel, self._signals))

    def cancel(self) -> None:
        """Stop what runs (its result, if it comes, is dropped); nothing changes."""
        if self._request is None:
            return
        self._cancel.set()
        self.generation += 1
        self._finish()
        self.sig_message.emit(self.tr("Suggestion cancelled; nothing changed"))
        self.sig_done.emit()

    def _finish(self) -> None:
        self._request = self._plan = None
        if self.progress is not None:
            dlg, self.progress = self.progress, None
            dlg.rejected.disconnect(self.cancel)
            dlg.stop()

    def _on_progress(self, generation, done, total):
        if generation == self.generation and self.progress is not None:
            self.progress.set_progress(done, total)

    def _on_failed(self, generation, message):
        if generation != self.generation:
            return
        self._finish()
        from . import dialogs
        dialogs.show_error(self.window, self.tr("Suggest bookings"), message)
        self.sig_done.emit()

    def _on_finished(self, generation, result):
        if generation != self.generation or self._request is None:
            return
        request, plan = self._request, self._plan
        self._finish()
        from . import dialogs
        try:
            if isinstance(result, PlanError):
                dialogs.show_error(self.window, self.tr("Suggest bookings"), result.message)
            elif self.doc is None or self.doc.plan is not plan:
                self.sig_message.emit(self.tr("The plan changed while the suggestion ran; nothing was added"))
            elif not result.bookings:
                dialogs.show_info(self.window, self.tr("Suggest bookings"), self._nothing_text(result, request))
            else:
                self._apply(result, request)
        finally:
            self.sig_done.emit()

    def _nothing_text(self, s: Suggestion, request: SuggestRequest) -> str:
        if s.candidates == 0:
            return self.tr("The rules allow no booking in those slots and days: no phase admits the mini program "
                           "then, a slot needs a flag it lacks, or the daily caps are full. Nothing was added.")
        if request.budget is not None:
            return english_plural(self.tr(
                "None of the %Ln booking(s) the rules allow fits a budget of %1. Nothing was added.", "",
                s.candidates), s.candidates).replace("%1", full_money(request.budget, self.doc.plan.currency))
        return self.tr("No booking adds reach. Nothing was added.")

    def _apply(self, s: Suggestion, request: SuggestRequest) -> None:
        done = self.doc.edit(TrText(lambda: QCoreApplication.translate("Suggester", "Suggest bookings")),
                             edits.add_suggested_scenario, s, request.name)
        if not done:
            return  # refused (the name was taken meanwhile, the plan would be too large): said in the status bar
        zh, cur = _chinese(), self.doc.plan.currency
        n, k = len(s.bookings), s.k
        gain = ("+" if s.reach_after >= s.reach_before else "") + people(s.reach_after - s.reach_before, zh)
        if k > 1:
            text = self.tr("Suggested %Ln booking(s) costing %1 in “%2”: %3 people reached %4+ times by the last "
                           "day (%5 before)", "", n).replace("%4", str(k))
        else:
            text = self.tr("Suggested %Ln booking(s) costing %1 in “%2”: %3 people reached by the last day "
                           "(%5 before)", "", n)
        self.sig_message.emit(english_plural(text, n).replace("%1", money(s.cost, cur, zh, digits=2))
                              .replace("%2", one_line(request.name)).replace("%3", gain)
                              .replace("%5", people(s.reach_before, zh)))
        self.sig_suggested.emit(s.base, request.name)
