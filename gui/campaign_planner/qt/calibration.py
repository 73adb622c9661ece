"""File > Import Delivered Numbers…: what a dashboard reported, beside the plan.

The person picks the CSV (the one ``campaign-planner calibrate`` reads: date, slot,
impressions, reach). It is read and checked (a bad line is named and nothing changes), the
eligible shares and kappa are fitted (core/calibrate.py), and the charts' Delivered tab
shows each delivered slot's reach beside the plan's. A dialog then sets the fitted values
beside the plan's and offers to apply them: one undoable step ("Apply fitted values").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core import edits
from ..core.calibrate import Calibration, fit
from ..core.plan import Plan, PlanError
from ..fileio import FileAccessError, display_name
from ..text import one_line
from .texts import TrText, english_plural, field_text


def _share(x: float) -> str:
    return f"{x:.4g}"


class CalibrationDialog(QDialog):
    """The fitted values beside the plan's (``table``), the fit's error, and two buttons:
    ``apply`` (accept) and ``keep`` (reject)."""

    def __init__(self, parent, plan: Plan, cal: Calibration, source: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fitted to delivered numbers"))
        layout = QVBoxLayout(self)
        intro = QLabel(english_plural(self.tr(
            "The eligible shares and kappa that make the model's reach of each delivered slot closest to what "
            "“%1” reports (%Ln row(s), each slot's impressions as exposure). The range is about 80 % sure. A value "
            "the numbers do not pin down keeps the plan's.", "", cal.rows), cal.rows).replace("%1", one_line(source)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(cal.slots) + 1, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Assumption"), self.tr("Plan"), self.tr("Fitted"),
                                              self.tr("Range")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        rows = [(self.tr("%1: %2", "a field of a slot").replace("%1", field_text("eligible_share"))
                 .replace("%2", one_line(plan.slot(sid).name)),
                 plan.slot(sid).eligible_share.value, f) for sid, f in zip(cal.slots, cal.eligible_share)]
        rows.append((field_text("kappa"), plan.audience.kappa.value, cal.kappa))
        undetermined = self.tr("not pinned down: kept")
        for r, (label, old, f) in enumerate(rows):
            fitted = _share(f.value) if f.determined else undetermined
            for c, text in enumerate((label, _share(old), fitted, f"{_share(f.low)} – {_share(f.high)}")):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if not f.determined:
                    item.setForeground(Qt.gray)
                    item.setToolTip(self.tr("Fitted %1, but the range is too wide or the value is on a limit: "
                                            "the delivered numbers do not pin it down").replace("%1", _share(f.value)))
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for c in (1, 2, 3):
            header.setSectionResizeMode(c, QHeaderView.ResizeToContents)
        layout.addWidget(self.table)
        self.error = QLabel(self.tr("The model's reach is off by %1 % with the plan's values and by %2 % with the "
                                    "fitted ones (root mean square, relative).")
                            .replace("%1", f"{cal.error_before * 100:.1f}")
                            .replace("%2", f"{cal.error_after * 100:.1f}"))
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.apply = self.buttons.addButton(self.tr("Apply Fitted Values"), QDialogButtonBox.AcceptRole)
        self.keep = self.buttons.addButton(self.tr("Keep the Plan's Values"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.any_determined = any(f.determined for f in (*cal.eligible_share, cal.kappa))
        self.apply.setEnabled(self.any_determined)
        for b in self.buttons.buttons():
            b.setDefault(b is (self.apply if self.any_determined else self.keep))
        self.resize(640, 200 + 30 * len(rows))


class DeliveredImport(QObject):
    """File > Import Delivered Numbers… for the window's document (``run``)."""

    sig_message = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def run(self, path: str | None = None) -> bool:
        """Import ``path`` (asked for when None). True if the numbers were imported."""
        from . import dialogs
        doc = self.window.doc
        if doc is None:
            return False
        title = self.tr("Import delivered numbers")
        path = path or dialogs.get_actuals_path(self.window)
        if not path:
            return False
        from PySide6.QtWidgets import QApplication

        from ..store.actuals import load_actuals
        plan = doc.plan
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            actuals = load_actuals(path, plan)
            cal = fit(plan, actuals)
        except (PlanError, FileAccessError) as e:
            QApplication.restoreOverrideCursor()
            dialogs.show_error(self.window, title, e.message)
            return False
        QApplication.restoreOverrideCursor()
        doc.set_delivered((actuals, cal))
        name = display_name(path).rsplit("/", 1)[-1]
        n = len(cal.slots)
        self.sig_message.emit(english_plural(self.tr("Delivered numbers of %n slot(s) imported from %1", "", n), n)
                              .replace("%1", name))
        if dialogs.ask_apply_calibration(self.window, plan, cal, name) and doc.plan is plan:
            note = english_plural(self.tr("fitted to delivered numbers (%Ln row(s))", "", cal.rows), cal.rows)
            doc.edit(TrText(lambda: QCoreApplication.translate("DeliveredImport", "Apply fitted values")),
                     edits.apply_calibration, cal, note)
        return True
