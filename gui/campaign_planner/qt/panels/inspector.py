"""Inspector: the selected placement, the selected phase, or (nothing selected) the plan.

Every field edits through an undoable command when editing finishes. A value the
plan cannot take is refused: the field goes back to the plan's value and a message
says why (in the window's language); nothing changes. Categories and flags are chosen by
their names (a combo box, checkable lists), never typed. Undo steps are named with
texts.TrText, so they can be named again after a language switch.
"""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import catalog_edits, edits
from ...core.names import ALL_CATEGORIES
from ...core.plan import CATEGORIES, FLAGS, MAX_TARGET_FREQUENCY, Assumption
from ...export.numbers import currency_symbol, full_money, money, people
from ..help import term_help
from ..texts import (
    TrText,
    category_name,
    clauses,
    english_plural,
    field_text,
    flag_name,
    owner_field_text,
    platforms_label,
    slot_field_text,
    tr_message,
)
from .checklist import CheckList
from .datefield import DateField


def to_qdate(d: _dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(q: QDate) -> _dt.date:
    return _dt.date(q.year(), q.month(), q.day())


def parse_number(text: str, optional: bool = False) -> float | None:
    """A number typed by a person: '1,500', '2.5', '' (None if optional). ValueError otherwise."""
    t = text.strip().replace(",", "").replace("，", "").replace(" ", "")
    if not t:
        if optional:
            return None
        raise ValueError
    return float(t)


def fmt(x: float | None) -> str:
    """A number for a field: whole numbers with thousands separators (150,000,000), others
    as short as they stay exact."""
    if x is None:
        return ""
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{x:,.0f}"
    return repr(float(x))


class CompactNumbers(QStyledItemDelegate):
    """Shows large numbers as people read them (250M, 2.5 亿) so that the table fits a
    narrow dock; editing a cell shows and takes the whole number."""

    def displayText(self, value, locale):
        text = str(value)
        try:
            x = parse_number(text, optional=True)
        except ValueError:
            return text
        return text if x is None or abs(x) < 1e4 else people(x, is_chinese(), digits=2)


def is_chinese() -> bool:
    return QLocale().language() == QLocale.Chinese


#: the currencies the Currency field offers (any other three-letter code may be typed)
CURRENCIES = ("CNY", "USD", "EUR", "HKD", "GBP", "JPY")


def source_mark(source: str) -> str:
    """A short mark for a source in a narrow column: its number in SOURCES.md ("000: Alipay
    summit report…" gives "000"), or its first words."""
    head = source.split(":", 1)[0].strip()
    return head if head and len(head) <= 12 else (source[:12].rstrip() + "…" if len(source) > 12 else source)


def _number_table(columns: int, wrap: bool) -> QTableWidget:
    """A table of a name column (stretched) and number columns (as wide as their text), with
    large numbers shown as people read them and rows as tall as their text."""
    table = QTableWidget(0, columns)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.Stretch)
    for c in range(1, columns):
        header.setSectionResizeMode(c, QHeaderView.ResizeToContents)
    table.setItemDelegate(CompactNumbers(table))
    table.setWordWrap(wrap)
    table.setTextElideMode(Qt.ElideRight)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    return table


class _Page(QWidget):
    def __init__(self, inspector):
        super().__init__()
        self.inspector = inspector
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.outer.addLayout(self.form)

    def keep_at_top(self):
        """The rows stay together at the top (a page with nothing that grows)."""
        self.outer.addStretch(1)

    def show_costs(self):
        """Show what the numbers say now (a page showing costs redoes them; they follow every
        edit that changes the numbers, even one that leaves the page's fields as they were)."""

    def read_only(self, label: str, tooltip: str = "") -> QLabel:
        w = QLabel()
        w.setWordWrap(True)
        w.setTextInteractionFlags(Qt.TextSelectableByMouse)
        w.setToolTip(tooltip)
        self.form.addRow(label, w)
        return w

    @property
    def doc(self):
        return self.inspector.doc

    def line(self, label: str, on_done) -> QLineEdit:
        w = QLineEdit()
        w.editingFinished.connect(lambda: on_done(w))
        self.form.addRow(label, w)
        return w

    def date(self, label: str, on_done) -> DateField:
        w = DateField()
        w.editingFinished.connect(lambda: on_done(w))
        w.sig_invalid.connect(lambda text: self.refused(
            QCoreApplication.translate("Inspector", "“%1” is not a date: type it as 2020-03-05").replace("%1", text)))
        self.form.addRow(label, w)
        return w

    def refused(self, message: str):
        self.inspector.show_error(message)
        self.inspector.refresh()

    def not_a_number(self, text: str):
        self.refused(QCoreApplication.translate("Inspector", "“%1” is not a number").replace("%1", text))

    def _typed(self, item: QTableWidgetItem, a: Assumption) -> Assumption | None:
        """``a`` with the value (column 1), low (2) or high (3) typed in ``item``; None when it
        is not a number (said) or changes nothing."""
        c = item.column()
        try:
            v = parse_number(item.text(), optional=c != 1)
        except ValueError:
            self.not_a_number(item.text())
            return None
        if c == 1:
            # a value typed is the person's: the published source no longer applies, and the
            # range stretches to hold it (rather than refusing a valid value outside it)
            low = None if a.low is None else min(a.low, v)
            high = None if a.high is None else max(a.high, v)
            new = Assumption(v, low, high, None if v != a.value else a.source)
        else:
            new = Assumption(a.value, v if c == 2 else a.low, v if c == 3 else a.high, a.source)
        return None if new == a else new


class PlacementPage(_Page):
    """One placement, or several: a field the selected placements share shows their value,
    one they do not is empty ("several values"); a value entered is given to each of them,
    as one undoable step (refused whole if one of them cannot take it)."""

    FIELDS = ("slot", "start", "end", "units_per_day", "cost", "note")

    def __init__(self, inspector):
        super().__init__(inspector)
        self.ids: tuple[str, ...] = ()
        self.mixed: set[str] = set()
        self.slot = QComboBox()
        self.slot.activated.connect(self._slot_chosen)
        self.form.addRow(self.tr("Slot"), self.slot)
        self.start = self.date(self.tr("Start"), lambda w: self._set(start=from_qdate(w.date())))
        self.end = self.date(self.tr("End"), lambda w: self._set(end=from_qdate(w.date())))
        self.units = self.line(self.tr("Units per day"), lambda w: self._number(w, "units_per_day"))
        self.cost = self.line(self.tr("Cost"), lambda w: self._number(w, "cost", optional=True))
        self.cost.setToolTip(self.tr("The price agreed for the whole placement, whatever it delivers; empty: its "
                                     "units times the slot's cost per unit"))
        self.placement_cost = self.read_only(
            self.tr("Placement cost"),
            self.tr("What the placement costs in the scenario shown: its own cost if it has one, else the units "
                    "the slot delivers (after its daily cap, inside the plan's dates) times its cost per unit"))
        self.note = self.line(self.tr("Note"), lambda w: self._set(note=w.text()))
        self.hint = QLabel(self.tr("Empty fields differ between the selected placements. "
                                   "A value you enter is given to all of them."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid)")
        self.form.addRow(self.hint)
        self.keep_at_top()

    def show_placements(self, ids):
        """Show the placements ``ids`` (one or more, in the current scenario)."""
        self.ids = tuple(sorted(ids))
        chosen = set(ids)
        pls = [p for p in self.doc.placements() if p.id in chosen]
        shared = {}
        for name in self.FIELDS:
            values = {getattr(p, name) for p in pls}
            if len(values) == 1:
                shared[name] = values.pop()
        self.mixed = set(self.FIELDS) - set(shared)
        several = self.tr("several values")
        plan = self.doc.plan
        self.slot.blockSignals(True)
        self.slot.clear()
        if "slot" in self.mixed:
            self.slot.addItem(self.tr("Several slots"), None)
        for s in plan.slots:
            self.slot.addItem(s.name, s.id)
        self.slot.setCurrentIndex(self.slot.findData(shared["slot"]) if "slot" in shared else 0)
        self.slot.blockSignals(False)
        for w, name in ((self.start, "start"), (self.end, "end")):
            if name in shared:
                w.setDate(to_qdate(shared[name]))
            else:
                w.clear(several)
        for w, name in ((self.units, "units_per_day"), (self.cost, "cost"), (self.note, "note")):
            w.setPlaceholderText(several if name in self.mixed else
                                 self.tr("from the slot's cost per unit") if name == "cost" else "")
            w.setText("" if name in self.mixed else fmt(shared[name]) if name != "note" else shared[name])
        self.hint.setVisible(bool(self.mixed))
        self.show_costs()

    def show_costs(self):
        """The selected placements' cost as the numbers count it (a forbidden one left out of
        the numbers costs nothing)."""
        if self.doc.analysis_paused or not self.ids:
            return
        c = self.doc.costs()
        total = full_money(sum(c.placements.get(i, 0.0) for i in self.ids), c.currency)
        left_out = set(self.ids) & set(c.left_out)
        if len(self.ids) == 1 and left_out:
            text = self.tr("nothing: forbidden by the rules, so not counted")
        elif left_out:
            text = clauses(total, self.tr("the forbidden ones not counted"))
        else:
            text = total
        self.placement_cost.setText(text)

    def _set(self, **fields):
        pls = [p for p in self.doc.placements() if p.id in set(self.ids)]
        if not pls or all(getattr(p, k) == v for p in pls for k, v in fields.items()):
            return
        names = {"start": lambda: QCoreApplication.translate("PlacementPage", "Change start"),
                 "end": lambda: QCoreApplication.translate("PlacementPage", "Change end"),
                 "slot": lambda: QCoreApplication.translate("PlacementPage", "Change slot"),
                 "units_per_day": lambda: QCoreApplication.translate("PlacementPage", "Change units per day"),
                 "cost": lambda: QCoreApplication.translate("PlacementPage", "Change cost"),
                 "note": lambda: QCoreApplication.translate("PlacementPage", "Change note")}
        self.inspector.edit(TrText(names[next(iter(fields))]), edits.update_placements, self.ids, self.doc.scenario,
                            **fields)

    def _slot_chosen(self, index):
        slot = self.slot.itemData(index)
        if slot is not None:
            self._set(slot=slot)

    def _number(self, w: QLineEdit, name: str, optional: bool = False):
        if name in self.mixed and not w.text().strip():
            return   # still "several values": nothing entered
        try:
            value = parse_number(w.text(), optional)
        except ValueError:
            self.not_a_number(w.text())
            return
        self._set(**{name: value})


class PhasePage(_Page):
    def __init__(self, inspector):
        super().__init__(inspector)
        self.phase_id: str | None = None
        self.name = self.line(self.tr("Name"), lambda w: self._edit(
            TrText(lambda: QCoreApplication.translate("PhasePage", "Rename phase")), edits.rename_phase, w.text()))
        self.platform = QLabel()
        self.form.addRow(self.tr("Platform"), self.platform)
        self.start = self.date(self.tr("Start"), self._dates)
        self.end = self.date(self.tr("End"), self._dates)
        self.admits = CheckList(category_name)
        self.admits.setToolTip(self.tr("The categories this phase admits; “All categories” admits every category. "
                                       "A category admitted stays admitted in the platform's later phases."))
        self.admits.sig_checked.connect(self._admits)
        self.form.addRow(self.tr("Admits"), self.admits)
        delete = QPushButton(self.tr("Delete phase"))
        delete.clicked.connect(lambda: self._edit(
            TrText(lambda: QCoreApplication.translate("PhasePage", "Delete phase")), edits.delete_phase))
        self.form.addRow("", delete)
        self.keep_at_top()

    def show_phase(self, phase_id: str):
        self.phase_id = phase_id
        ph = self.doc.plan.phase(phase_id)
        self.name.setText(ph.name)
        names = {p.id: p.name for p in self.doc.plan.platforms}
        self.platform.setText(names.get(ph.platform, self.tr("all platforms")))
        for w, d in ((self.start, ph.start), (self.end, ph.end)):
            w.blockSignals(True)
            w.setDate(to_qdate(d))
            w.blockSignals(False)
        self.admits.set_items([ALL_CATEGORIES, *CATEGORIES], list(ph.admits))

    def _edit(self, text, fn, *args):
        if self.phase_id is not None:
            self.inspector.edit(text, fn, self.phase_id, *args)

    def _dates(self, _w):
        ph = self.doc.plan.phase(self.phase_id)
        s, e = from_qdate(self.start.date()), from_qdate(self.end.date())
        if (s, e) != (ph.start, ph.end):
            self._edit(TrText(lambda: QCoreApplication.translate("PhasePage", "Change phase dates")),
                       edits.set_phase_dates, s, e)

    def _admits(self, values: list):
        """A category ticked or unticked: one undoable edit."""
        if self.phase_id is not None and tuple(values) != self.doc.plan.phase(self.phase_id).admits:
            self._edit(TrText(lambda: QCoreApplication.translate("PhasePage", "Change admitted categories")),
                       edits.set_phase_admits, values)


class SlotPage(_Page):
    """One slot of the plan's catalog (chosen in the Slots palette): its name, unit, daily cap,
    required flags, and its assumed numbers (value, low, high, source) — each change one
    undoable edit (core/catalog_edits.py); Remove Slot asks before taking its placements too."""

    NUMBERS = ("impressions_per_unit", "eligible_share", "ctr", "cost_per_unit")

    def __init__(self, inspector):
        super().__init__(inspector)
        self.slot_id: str | None = None
        self.name = self.line(self.tr("Name"), lambda w: self._update(
            QT_TRANSLATE_NOOP("SlotPage", "Rename slot"), name=w.text()))
        self.platform = QLabel()
        self.form.addRow(self.tr("Platform"), self.platform)
        self.unit = QComboBox()
        for unit, text in (("insertion", self.tr("An insertion")), ("day", self.tr("A day")),
                           ("earned", self.tr("Earned (not bought)"))):
            self.unit.addItem(text, unit)
        self.unit.setToolTip(self.tr("What one unit of the slot is: an insertion, a day, or earned traffic (Alipay's "
                                     "central entries: impressions earned for each new person the plan brings)"))
        self.unit.activated.connect(lambda _i: self._update(QT_TRANSLATE_NOOP("SlotPage", "Change slot unit"),
                                                            unit=self.unit.currentData()))
        self.form.addRow(self.tr("Unit"), self.unit)
        self.cap = self.line(self.tr("Daily cap (units)"), self._cap)
        self.cap.setPlaceholderText(self.tr("no cap"))
        self.requires = CheckList(flag_name)
        self.requires.setToolTip(self.tr("The flags a mini program needs to use this slot"))
        self.requires.sig_checked.connect(lambda ids: self._update(
            QT_TRANSLATE_NOOP("SlotPage", "Change required flags"), requires=tuple(ids)))
        self.form.addRow(self.tr("Requires"), self.requires)
        self.table = _number_table(5, wrap=True)
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Value"), self.tr("Low"), self.tr("High"),
                                              self.tr("Source")])
        self.table.setToolTip(self.tr("Double-click a number or its source to change it"))
        self.table.itemChanged.connect(self._cell)
        self.table.setMinimumHeight(90)
        self.remove = QPushButton(self.tr("Remove Slot"))
        self.remove.clicked.connect(self._remove)
        # the page scrolls in a short dock rather than making the window taller
        self.outer.removeItem(self.form)
        inner = QWidget()
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addLayout(self.form)
        inner_layout.addWidget(self.table, 1)
        inner_layout.addWidget(self.remove)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.NoFrame)
        scroll.setWidget(inner)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(scroll, 1)

    def show_slot(self, slot_id: str):
        self.slot_id = slot_id
        plan = self.doc.plan
        slot = plan.slot(slot_id)
        self.name.setText(slot.name)
        self.platform.setText(next((p.name for p in plan.platforms if p.id == slot.platform), slot.platform))
        self.unit.setCurrentIndex(max(0, self.unit.findData(slot.unit)))
        self.cap.setText(fmt(slot.max_units_per_day))
        self.cap.setEnabled(not slot.earned)
        self.requires.set_items(list(FLAGS), list(slot.requires))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.NUMBERS))
        for r, field in enumerate(self.NUMBERS):
            a = getattr(slot, field)
            label = slot_field_text(slot, field) if field != "cost_per_unit" else self.tr("Cost per unit")
            what = QTableWidgetItem(label)
            what.setFlags(Qt.ItemIsEnabled)
            what.setToolTip(term_help("earn_per_new_person" if slot.earned and field == "impressions_per_unit"
                                      else field))
            self.table.setItem(r, 0, what)
            for c, v in ((1, a.value), (2, a.low), (3, a.high)):
                cell = QTableWidgetItem(fmt(v))
                if slot.earned and field == "cost_per_unit":   # earned traffic is not bought
                    cell.setFlags(Qt.ItemIsEnabled)
                    cell.setToolTip(self.tr("An earned slot is not bought: its placements cost nothing unless "
                                            "they have their own price"))
                self.table.setItem(r, c, cell)
            src = QTableWidgetItem(a.source or "")
            src.setToolTip(a.source or self.tr("No source gives this number: it is an assumption"))
            self.table.setItem(r, 4, src)
        self.table.blockSignals(False)

    def _update(self, text: str, **fields):
        if self.slot_id is None:
            return
        slot = self.doc.plan.slot(self.slot_id)
        if all(getattr(slot, k) == v for k, v in fields.items()):
            return
        self.inspector.edit(TrText(lambda: QCoreApplication.translate("SlotPage", text)),
                            catalog_edits.update_slot, self.slot_id, **fields)

    def _cap(self, w):
        try:
            value = parse_number(w.text(), optional=True)
        except ValueError:
            self.not_a_number(w.text())
            return
        self._update(QT_TRANSLATE_NOOP("SlotPage", "Change daily cap"), max_units_per_day=value)

    def _cell(self, item: QTableWidgetItem):
        r, c = item.row(), item.column()
        if self.slot_id is None or r >= len(self.NUMBERS) or c not in (1, 2, 3, 4):
            return
        field = self.NUMBERS[r]
        a = getattr(self.doc.plan.slot(self.slot_id), field)
        if c == 4:
            new = Assumption(a.value, a.low, a.high, item.text().strip() or None)
            if new == a:
                return
        else:
            new = self._typed(item, a)
            if new is None:
                return
        self._update(QT_TRANSLATE_NOOP("SlotPage", "Change slot number"), **{field: new})

    def _remove(self):
        from .palette import remove_slot
        if self.slot_id is not None and remove_slot(self, self.doc, self.slot_id):
            self.inspector.show_slot(None)


class PlanPage(_Page):
    COLS = 5

    def __init__(self, inspector):
        super().__init__(inspector)
        def step(text):   # an undo step's name, named again after a language switch
            return lambda: TrText(lambda: QCoreApplication.translate("PlanPage", text))

        rename_plan = step(QT_TRANSLATE_NOOP("PlanPage", "Rename plan"))
        change_dates = step(QT_TRANSLATE_NOOP("PlanPage", "Change plan dates"))
        self.name = self.line(self.tr("Plan name"), lambda w: self._plan(rename_plan(), name=w.text()))
        self.start = self.date(self.tr("Start"), lambda w: self._plan(change_dates(), start=from_qdate(w.date())))
        self.end = self.date(self.tr("End"), lambda w: self._plan(change_dates(), end=from_qdate(w.date())))
        self.target = self.line(self.tr("Target reach"), self._target)
        self.target.setPlaceholderText(self.tr("people, e.g. 150000000"))
        self.target_k = QSpinBox()
        self.target_k.setRange(1, MAX_TARGET_FREQUENCY)
        self.target_k.setSuffix(self.tr("+ times"))
        self.target_k.setKeyboardTracking(False)   # a number typed counts when Enter is pressed
        self.target_k.setToolTip(self.tr("The target counts the people reached at least this many times; 1 is "
                                         "plain unique reach. The reach chart's target date follows."))
        self.target_k.valueChanged.connect(self._target_frequency)
        self.form.addRow(self.tr("Target frequency"), self.target_k)
        # money: the currency, the budget, and what the scenario shown costs
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.NoInsert)
        self.currency.addItems(CURRENCIES)
        self.currency.setToolTip(self.tr("The currency of the plan's costs and budget: a three-letter code such as "
                                         "CNY. Amounts are not converted."))
        change_currency = step(QT_TRANSLATE_NOOP("PlanPage", "Change currency"))
        self.currency.lineEdit().editingFinished.connect(lambda: self._currency(change_currency()))
        self.currency.textActivated.connect(lambda _text: self._currency(change_currency()))
        self.form.addRow(self.tr("Currency"), self.currency)
        change_budget = step(QT_TRANSLATE_NOOP("PlanPage", "Change budget"))
        self.budget = self.line(self.tr("Budget (%1)").replace("%1", "¥"), lambda w: self._budget(change_budget(), w))
        self.budget.setPlaceholderText(self.tr("none"))
        self.budget.setToolTip(self.tr("What the plan may spend; a scenario that costs more is warned about. "
                                       "Empty: no budget."))
        self.cost_total = self.read_only(self.tr("Cost"))
        self.cost_budget = self.read_only(self.tr("Budget left"))
        self.cost_per_k = self.read_only(self.tr("Per 1,000 reached"),
                                         self.tr("What the scenario shown costs per thousand people it reaches by "
                                                 "the end of the plan"))
        rename_mini = step(QT_TRANSLATE_NOOP("PlanPage", "Rename mini program"))
        self.mp_name = self.line(self.tr("Mini program"), lambda w: self._mini(rename_mini(), name=w.text()))
        self.category = QComboBox()
        self.category.setToolTip(self.tr("The mini program's category: the phases admit categories"))
        change_category = step(QT_TRANSLATE_NOOP("PlanPage", "Change category"))
        self.category.activated.connect(
            lambda i: self._mini(change_category(), category=self.category.itemData(i)))
        self.form.addRow(self.tr("Category"), self.category)
        self.flags = CheckList(flag_name)
        self.flags.setToolTip(self.tr("What the mini program has: entry slots may require it"))
        change_flags = step(QT_TRANSLATE_NOOP("PlanPage", "Change flags"))
        self.flags.sig_checked.connect(lambda ids: self._mini(change_flags(), flags=tuple(ids)))
        self.form.addRow(self.tr("Flags"), self.flags)
        # readable in the default dock width: names wrap, numbers fit, the source is a short
        # mark with the whole source in its tooltip
        self.table = _number_table(self.COLS, wrap=True)
        self.table.setHorizontalHeaderLabels([self.tr("Assumption"), self.tr("Value"), self.tr("Low"),
                                              self.tr("High"), self.tr("Source")])
        self.table.itemChanged.connect(self._cell)
        # three tabs: the plan's fields (scrolled when the dock is short), the assumptions table
        # and the costs table with the dock's whole height
        self.outer.removeItem(self.form)
        fields = QScrollArea()
        fields.setWidgetResizable(True)
        fields.setFrameShape(QScrollArea.NoFrame)
        inner = QWidget()
        fields_layout = QVBoxLayout(inner)
        fields_layout.addLayout(self.form)
        fields_layout.addStretch(1)
        fields.setWidget(inner)
        assumptions = QWidget()
        table_layout = QVBoxLayout(assumptions)
        table_layout.setContentsMargins(0, 4, 0, 0)
        table_layout.addWidget(self.table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(fields, self.tr("Plan"))
        self.tabs.addTab(assumptions, self.tr("Assumptions"))
        self.tabs.setTabToolTip(1, self.tr("The audience and slot numbers the projection uses, with the range "
                                           "(low–high) the uncertainty bands draw from. Double-click a number "
                                           "to change it."))
        self.tabs.addTab(self._costs_tab(), self.tr("Costs"))
        self.tabs.setTabToolTip(2, self.tr("What each slot's unit costs, with its range (low–high), and what the "
                                           "scenario shown costs. Double-click a number to change it."))
        self.tabs.addTab(self._audience_tab(), self.tr("Audience"))
        self.tabs.setTabToolTip(3, self.tr("Who the platforms reach: each platform's users, and the cells of their "
                                           "overlap (people who use exactly those platforms). Double-click to change."))
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.addWidget(self.tabs, 1)
        self._rows = []

    def _costs_tab(self) -> QWidget:
        """The Costs tab: one row per slot (its cost per unit, low and high editable; what its
        placements cost, read only), then each platform's cost and the scenario's."""
        # one line a slot, so that every slot and the totals fit the dock: a long name is cut
        # short, whole in its tooltip
        self.cost_table = _number_table(5, wrap=False)
        self.cost_table.itemChanged.connect(self._cost_cell)
        self.totals = QFormLayout()
        self.totals.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.cost_table, 1)
        layout.addLayout(self.totals)
        self._cost_slots: list[str] = []
        return tab

    def show_plan(self):
        plan = self.doc.plan
        self.name.setText(plan.name)
        for w, d in ((self.start, plan.start), (self.end, plan.end)):
            w.blockSignals(True)
            w.setDate(to_qdate(d))
            w.blockSignals(False)
        self.target.setText(fmt(plan.target_reach))
        mp = plan.mini_program
        self.mp_name.setText(mp.name)
        self.category.blockSignals(True)
        self.category.clear()
        for c in CATEGORIES + (() if mp.category in CATEGORIES else (mp.category,)):
            self.category.addItem(category_name(c), c)
        self.category.setCurrentIndex(self.category.findData(mp.category))
        self.category.blockSignals(False)
        self.flags.set_items(list(FLAGS), list(mp.flags))
        self.target_k.blockSignals(True)
        self.target_k.setValue(plan.target_frequency)
        self.target_k.blockSignals(False)
        self.currency.setCurrentText(plan.currency)
        self.budget.setText(fmt(plan.budget))
        symbol = currency_symbol(plan.currency).strip()
        self.form.labelForField(self.budget).setText(self.tr("Budget (%1)").replace("%1", symbol))
        self._rows = edits.assumptions_of(plan)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._rows))
        earned = {f"slot:{s.id}" for s in plan.slots if s.earned}
        for r, (owner, name, label, a) in enumerate(self._rows):
            field = owner_field_text(plan, owner, name) if owner in earned else field_text(name)
            what = QTableWidgetItem(f"{label}: {field}" if owner.startswith("slot:") else
                                    f"{field}: {label}" if owner.startswith("segment:") else
                                    field)
            what.setFlags(Qt.ItemIsEnabled)
            what.setToolTip(term_help("earn_per_new_person" if owner in earned and name == "impressions_per_unit"
                                      else name))
            self.table.setItem(r, 0, what)
            for c, v in ((1, a.value), (2, a.low), (3, a.high)):
                cell = QTableWidgetItem(fmt(v))
                cell.setToolTip(fmt(v))
                self.table.setItem(r, c, cell)
            src = QTableWidgetItem(source_mark(a.source) if a.source else self.tr("assumption"))
            src.setFlags(Qt.ItemIsEnabled)
            src.setToolTip(a.source or self.tr("No source gives this number: it is an assumption"))
            self.table.setItem(r, 4, src)
        self.table.blockSignals(False)
        self._show_cost_rates()
        self._show_audience()
        self.show_costs()

    # ---- the audience: platforms' users and the cells of their overlap
    def _audience_tab(self) -> QWidget:
        """Each platform's users (editable: the difference goes to the people of that platform
        only), and the cells of the overlap, the audience's segments (editable sizes)."""
        self.users_table = _number_table(2, wrap=False)
        self.users_table.setHorizontalHeaderLabels([self.tr("Platform"), self.tr("Users")])
        self.users_table.itemChanged.connect(self._users_cell)
        self.cells_table = _number_table(4, wrap=True)
        self.cells_table.setHorizontalHeaderLabels([self.tr("People who use"), self.tr("Size"), self.tr("Low"),
                                                    self.tr("High")])
        self.cells_table.itemChanged.connect(self._cells_cell)
        add = QPushButton(self.tr("Add Cell…"))
        add.setToolTip(self.tr("Add the people who use exactly some platforms (an overlap, or one platform only)"))
        add.clicked.connect(self._add_cell)
        self.remove_cell = QPushButton(self.tr("Remove Cell"))
        self.remove_cell.clicked.connect(self._remove_cell)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_cell)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.users_table, 1)
        layout.addWidget(self.cells_table, 2)
        layout.addLayout(buttons)
        self._user_platforms: list[str] = []
        self._cell_ids: list[str] = []
        return tab

    def _cell_name(self, seg) -> str:
        return platforms_label(self.doc.plan, seg)

    def _show_audience(self):
        plan = self.doc.plan
        users = catalog_edits.platform_users(plan)
        self._user_platforms = [p.id for p in plan.platforms]
        self.users_table.blockSignals(True)
        self.users_table.setRowCount(len(plan.platforms))
        for r, p in enumerate(plan.platforms):
            name = QTableWidgetItem(p.name)
            name.setFlags(Qt.ItemIsEnabled)
            self.users_table.setItem(r, 0, name)
            self.users_table.setItem(r, 1, QTableWidgetItem(fmt(users.get(p.id, 0.0))))
        self.users_table.blockSignals(False)
        segs = plan.audience.segments
        self._cell_ids = [s.id for s in segs]
        self.cells_table.blockSignals(True)
        self.cells_table.setRowCount(len(segs))
        for r, seg in enumerate(segs):
            who = QTableWidgetItem(self._cell_name(seg))
            who.setToolTip(seg.name or seg.id)
            who.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            self.cells_table.setItem(r, 0, who)
            for c, v in ((1, seg.size.value), (2, seg.size.low), (3, seg.size.high)):
                self.cells_table.setItem(r, c, QTableWidgetItem(fmt(v)))
        self.cells_table.blockSignals(False)
        self.remove_cell.setEnabled(len(segs) > 1)

    def _users_cell(self, item: QTableWidgetItem):
        r = item.row()
        if item.column() != 1 or r >= len(self._user_platforms):
            return
        try:
            value = parse_number(item.text())
        except ValueError:
            self.not_a_number(item.text())
            return
        self.inspector.edit(TrText(lambda: QCoreApplication.translate("PlanPage", "Change platform users")),
                            catalog_edits.set_platform_users, self._user_platforms[r], value)
        self._show_audience()

    def _cells_cell(self, item: QTableWidgetItem):
        r = item.row()
        if item.column() not in (1, 2, 3) or r >= len(self._cell_ids):
            return
        seg = next(s for s in self.doc.plan.audience.segments if s.id == self._cell_ids[r])
        new = self._typed(item, seg.size)
        if new is not None:
            self.inspector.edit(TrText(lambda: QCoreApplication.translate("PlanPage", "Change audience cell")),
                                edits.set_assumption, f"segment:{seg.id}", "size", new)
        self._show_audience()

    def _add_cell(self):
        from .. import dialogs
        plan = self.doc.plan
        ids = [p.id for p in plan.platforms]
        names = {p.id: p.name for p in plan.platforms}
        answer = dialogs.ask_platforms(self, ids, names)
        if answer:
            chosen, size = answer
            self.inspector.edit(TrText(lambda: QCoreApplication.translate("PlanPage", "Add audience cell")),
                                catalog_edits.add_segment, chosen, size)

    def _remove_cell(self):
        rows = {i.row() for i in self.cells_table.selectedItems()}
        r = min(rows) if rows else self.cells_table.currentRow()
        if 0 <= r < len(self._cell_ids):
            self.inspector.edit(TrText(lambda: QCoreApplication.translate("PlanPage", "Remove audience cell")),
                                catalog_edits.remove_segment, self._cell_ids[r])

    def _show_cost_rates(self):
        """The Costs tab's rows: each slot's name and its cost per unit with its range."""
        plan = self.doc.plan
        symbol = currency_symbol(plan.currency).strip()
        t = self.cost_table
        t.setHorizontalHeaderLabels([self.tr("Slot"), self.tr("Per unit (%1)").replace("%1", symbol), self.tr("Low"),
                                     self.tr("High"), self.tr("Cost")])
        t.horizontalHeaderItem(1).setToolTip(self.tr("What one unit of the slot (an insertion or a day) costs, in "
                                                     "%1; low and high bound its range").replace("%1", plan.currency))
        t.horizontalHeaderItem(4).setToolTip(self.tr("What the slot's placements in the scenario shown cost"))
        self._cost_slots = [s.id for s in plan.slots]
        t.blockSignals(True)
        t.setRowCount(len(plan.slots))
        for r, s in enumerate(plan.slots):
            name = QTableWidgetItem(s.name)
            name.setFlags(Qt.ItemIsEnabled)
            name.setToolTip(s.name)
            t.setItem(r, 0, name)
            a = s.cost_per_unit
            for c, v in ((1, a.value), (2, a.low), (3, a.high)):
                cell = QTableWidgetItem(fmt(v))
                cell.setToolTip(fmt(v))
                t.setItem(r, c, cell)
            cost = QTableWidgetItem()
            cost.setFlags(Qt.ItemIsEnabled)
            t.setItem(r, 4, cost)
        t.blockSignals(False)

    def show_costs(self):
        """What the scenario shown costs: the Plan tab's summary (total and its range, the
        budget left or overrun, per thousand people reached) and the Costs tab's costs."""
        if self.doc.analysis_paused:
            return   # the numbers of another scenario come when the analysis resumes
        plan, c = self.doc.plan, self.doc.costs()
        zh, cur = is_chinese(), plan.currency

        def short(x):
            return money(x, cur, zh, digits=2)

        total = short(c.total)
        if short(c.total_low) != short(c.total_high):
            total = self.tr("%1 (%2 – %3)", "cost (its range)").replace("%1", total).replace(
                "%2", short(c.total_low)).replace("%3", short(c.total_high))
        self.cost_total.setText(total)
        self.cost_total.setToolTip(
            self.tr("Scenario %1 costs %2; %3 with every slot's cost per unit at its low end, %4 at its high end")
            .replace("%1", c.scenario).replace("%2", full_money(c.total, cur))
            .replace("%3", full_money(c.total_low, cur)).replace("%4", full_money(c.total_high, cur)))
        self.form.setRowVisible(self.cost_budget, plan.budget is not None)
        if plan.budget is not None:
            left = plan.budget - c.total
            self.cost_budget.setText(
                self.tr("%1 of %2", "budget left of the budget").replace("%1", short(left)).replace(
                    "%2", short(plan.budget)) if left >= 0 else
                self.tr("over by %1", "over budget by an amount").replace("%1", short(-left)))
            self.cost_budget.setStyleSheet("" if left >= 0 else "color: #C62828; font-weight: bold")
        pr = self.doc.projection()
        per_k = c.per_thousand(float(pr.reach[-1]) if pr.days else 0.0)
        self.cost_per_k.setText("–" if per_k is None else money(per_k, cur, zh))
        for r, sid in enumerate(self._cost_slots):
            cell = self.cost_table.item(r, 4)
            if cell is not None:
                x = c.slots.get(sid, 0.0)
                cell.setText(short(x))
                cell.setToolTip(full_money(x, cur))
        self._show_totals(c)

    def _show_totals(self, c):
        """Below the Costs table: each platform's cost, then the scenario's."""
        while self.totals.rowCount():
            self.totals.removeRow(0)
        zh = is_chinese()
        names = {p.id: p.name for p in self.doc.plan.platforms}
        for pid, x in c.platforms.items():
            value = QLabel(money(x, c.currency, zh, digits=2))
            value.setToolTip(full_money(x, c.currency))
            self.totals.addRow(names.get(pid, pid), value)
        total = QLabel(self.cost_total.text())
        total.setToolTip(self.cost_total.toolTip())
        total.setStyleSheet("font-weight: bold")
        self.totals.addRow(self.tr("Scenario %1").replace("%1", c.scenario), total)

    def _plan(self, text, **fields):
        plan = self.doc.plan
        if all(getattr(plan, k) == v for k, v in fields.items()):
            return
        self.inspector.edit(text, edits.update_plan, **fields)

    def _mini(self, text, **fields):
        mp = self.doc.plan.mini_program
        if all(getattr(mp, k) == v for k, v in fields.items()) or (
                "flags" in fields and tuple(f for f in fields["flags"] if f) == mp.flags):
            return
        self.inspector.edit(text, edits.update_mini_program, **fields)

    def _target_frequency(self, k: int):
        if k != self.doc.plan.target_frequency:
            self.inspector.edit(TrText(lambda: QCoreApplication.translate("PlanPage", "Change target frequency")),
                                edits.set_target_frequency, k)

    def _currency(self, text):
        code = self.currency.currentText().strip().upper()
        if code != self.doc.plan.currency:
            self.inspector.edit(text, edits.set_currency, code)

    def _budget(self, text, w):
        try:
            value = parse_number(w.text(), optional=True)
        except ValueError:
            self.not_a_number(w.text())
            return
        if value != self.doc.plan.budget:
            self.inspector.edit(text, edits.set_budget, value)

    def _target(self, w):
        try:
            value = parse_number(w.text(), optional=True)
        except ValueError:
            self.not_a_number(w.text())
            return
        self._plan(TrText(lambda: QCoreApplication.translate("PlanPage", "Change target reach")), target_reach=value)

    def _cell(self, item: QTableWidgetItem):
        r, c = item.row(), item.column()
        if r >= len(self._rows) or c not in (1, 2, 3):
            return
        owner, name, label, a = self._rows[r]
        new = self._typed(item, a)
        if new is not None:
            plan = self.doc.plan
            text = TrText(lambda: QCoreApplication.translate("PlanPage", "Change %1").replace(
                "%1", owner_field_text(plan, owner, name)))
            self.inspector.edit(text, edits.set_assumption, owner, name, new)

    def _cost_cell(self, item: QTableWidgetItem):
        """A slot's cost per unit, low or high typed in the Costs tab: one undoable edit."""
        r, c = item.row(), item.column()
        if r >= len(self._cost_slots) or c not in (1, 2, 3):
            return
        slot = self.doc.plan.slot(self._cost_slots[r])
        new = self._typed(item, slot.cost_per_unit)
        if new is not None:
            self.inspector.edit(TrText(lambda: QCoreApplication.translate("PlanPage", "Change cost per unit")),
                                edits.set_slot_cost, slot.id, new)


class Inspector(QWidget):
    def __init__(self, doc, timeline, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.timeline = timeline
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828")
        self.error.hide()
        self.stack = QStackedWidget()
        self.plan_page, self.placement_page, self.phase_page = PlanPage(self), PlacementPage(self), PhasePage(self)
        self.slot_page = SlotPage(self)
        self.slot_id: str | None = None   # the slot chosen in the Slots palette (no placement or phase selected)
        for page in (self.plan_page, self.placement_page, self.phase_page, self.slot_page):
            self.stack.addWidget(page)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addWidget(self.stack, 1)
        doc.sig_changed.connect(self._on_changed)
        doc.sig_refused.connect(self._refused)
        doc.selection.changed.connect(self._selection_changed)
        # Ctrl+Z / Ctrl+Shift+Z in a field with nothing typed undo the plan's last edit (the one
        # Edit > Undo names), not the field's text
        for field in self.findChildren(QLineEdit):
            field.installEventFilter(self)
        self.refresh()

    def eventFilter(self, obj, e):
        if (e.type() == QEvent.ShortcutOverride and isinstance(obj, QLineEdit) and not obj.isModified()
                and (e.matches(QKeySequence.Undo) or e.matches(QKeySequence.Redo))):
            return True  # not the field's: the window's Undo/Redo shortcut takes the key
        return super().eventFilter(obj, e)

    def _on_changed(self, changes):
        """Refresh only if the edit concerns what the inspector shows; the costs shown follow
        every edit that changes the numbers (another placement may take a share of a cap)."""
        page = self.stack.currentWidget()
        if changes is not None and "*" not in changes.placements:
            if page is self.placement_page:
                concerned = changes.plan or changes.placements & self.doc.selection.placements
            elif page is self.phase_page:
                concerned = changes.phases or changes.plan or changes.names
            elif page is self.slot_page:
                concerned = changes.plan or changes.assumptions or changes.names
            else:
                concerned = changes.plan or changes.assumptions or changes.names
            if not concerned:
                if changes.projection or changes.scenario:
                    page.show_costs()
                return
        self.refresh()

    def _selection_changed(self, *_):
        """Another selection: a refusal said about the last one no longer applies."""
        self.error.hide()
        if self.doc.selection.placements or self.doc.selection.phase:
            self.slot_id = None
        self.refresh()

    def show_slot(self, slot_id: str | None):
        """Show a slot of the catalog (chosen in the Slots palette), or the plan (None)."""
        self.slot_id = slot_id
        self.error.hide()
        if self.doc.selection.placements or self.doc.selection.phase:
            self.doc.selection.clear()   # refreshes
            self.slot_id = slot_id
        self.refresh()

    def edit(self, text, fn, *args, **kwargs):
        if self.doc.edit(text, fn, *args, **kwargs):
            self.error.hide()

    def _refused(self, message):
        """An edit was refused (``sig_refused``: the reason, a core message): say why, in the
        window's language, and show the plan's values again."""
        self.show_error(message)
        self.refresh()

    def show_error(self, message):
        """Say why nothing changed: ``message`` is a core message (translated here) or text."""
        self.error.setText(self.tr("Not changed: %1").replace("%1", tr_message(message)))
        self.error.show()

    def refresh(self, *_):
        sel = self.doc.selection.placements
        if len(sel) == 1 or (sel and not self.doc.selection.phase):
            self.title.setText(self.tr("Placement %1").replace("%1", next(iter(sel))) if len(sel) == 1 else
                               english_plural(self.tr("%n placement(s) selected", "", len(sel)), len(sel)))
            self.placement_page.show_placements(sel)
            self.stack.setCurrentWidget(self.placement_page)
        elif self.doc.selection.phase:
            self.title.setText(self.tr("Phase"))
            self.phase_page.show_phase(self.doc.selection.phase)
            self.stack.setCurrentWidget(self.phase_page)
        elif self.slot_id is not None and self.slot_id in {s.id for s in self.doc.plan.slots}:
            self.title.setText(self.tr("Slot"))
            self.slot_page.show_slot(self.slot_id)
            self.stack.setCurrentWidget(self.slot_page)
        else:
            self.title.setText(self.tr("Plan"))
            self.plan_page.show_plan()
            self.stack.setCurrentWidget(self.plan_page)
