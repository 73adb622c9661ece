"""Problems panel: every rule violation and warning of the current scenario, in a table
model (so 24,000 problems cost nothing until they are scrolled into view), with a count,
a filter by level, and columns sorted by a click on their header; double-click selects
the placement."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...core.rules import ERROR, WARNING
from ..texts import english_plural, level_text, problem_text

LEVEL_COLOURS = {ERROR: QColor("#C62828"), WARNING: QColor("#E65100")}
ALL_LEVELS = ""


class ProblemsModel(QAbstractTableModel):
    """The document's problems, filtered by level and sorted; texts made when shown."""

    COLUMNS = 3

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.level = ALL_LEVELS
        self.sort_column, self.sort_order = -1, Qt.AscendingOrder
        self.rows: list = []
        self.counts = {ERROR: 0, WARNING: 0}
        self._texts: dict = {}
        self.reload()

    # ---- the data
    def reload(self) -> None:
        """Take the document's problems again (after an edit that concerns them)."""
        self.beginResetModel()
        problems = self.doc.problems()
        errors = sum(1 for p in problems if p.level == ERROR)
        self.counts = {ERROR: errors, WARNING: len(problems) - errors}
        rows = [p for p in problems if p.level == self.level] if self.level else problems
        if self.sort_column >= 0:
            rows = sorted(rows, key=self._key(self.sort_column), reverse=self.sort_order == Qt.DescendingOrder)
        self.rows = rows
        if len(self._texts) > 4 * len(problems) + 1000:
            self._texts = {}
        self.endResetModel()

    def text(self, p) -> str:
        t = self._texts.get(p)
        if t is None:
            t = self._texts[p] = problem_text(p)
        return t

    def _key(self, column: int):
        if column == 0:
            return lambda p: (p.level != ERROR)
        if column == 1:
            order = {pl.id: i for i, pl in enumerate(self.doc.placements())}
            return lambda p: order.get(p.placement, -1)
        return self.text

    # ---- Qt's model interface
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return (self.tr("Level"), self.tr("Placement"), self.tr("Problem"))[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        p, c = self.rows[index.row()], index.column()
        if role == Qt.DisplayRole:
            return level_text(p.level) if c == 0 else (p.placement or "") if c == 1 else self.text(p)
        if role == Qt.ToolTipRole and c == 2:
            return self.text(p)
        if role == Qt.ForegroundRole and c == 0:
            return LEVEL_COLOURS.get(p.level)
        if role == Qt.UserRole:
            return p.placement
        return None

    def sort(self, column, order=Qt.AscendingOrder):
        self.sort_column, self.sort_order = column, order
        self.reload()

    def set_level(self, level: str) -> None:
        self.level = level
        self.reload()


class ProblemsPanel(QWidget):
    sig_activate = Signal(str)   # placement id

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.model = ProblemsModel(doc, self)
        self.count = QLabel()
        self.level = QComboBox()
        for code, text in ((ALL_LEVELS, self.tr("All problems")), (ERROR, self.tr("Errors")),
                           (WARNING, self.tr("Warnings"))):
            self.level.addItem(text, code)
        self.level.currentIndexChanged.connect(lambda _: self.model.set_level(self.level.currentData()))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 80)
        self.table.setColumnWidth(1, 90)
        self.table.doubleClicked.connect(self._activate)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.level)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        doc.sig_changed.connect(self._on_changed)
        self._show_count()

    def _on_changed(self, changes):
        # no rule reads an assumption: an assumption's edit leaves the problems as they were
        if changes is not None and not (changes.placements or changes.phases or changes.plan or changes.names):
            return
        if self.doc.analysis_paused:
            return  # another scenario is being shown: its problems come when the analysis resumes
        self.refresh()

    def refresh(self, *_):
        self.model.reload()
        self._show_count()

    def _show_count(self):
        c = self.model.counts
        e, w = c.get(ERROR, 0), c.get(WARNING, 0)
        errors = english_plural(self.tr("%Ln error(s)", "", e), e)
        warnings = english_plural(self.tr("%Ln warning(s)", "", w), w)
        self.count.setText(self.tr("%1, %2", "errors, warnings").replace("%1", errors).replace("%2", warnings))

    def row_count(self) -> int:
        return self.model.rowCount()

    def placement_at(self, row: int) -> str | None:
        return self.model.data(self.model.index(row, 0), Qt.UserRole)

    def _activate(self, index):
        pid = self.model.data(index, Qt.UserRole)
        if pid:
            self.sig_activate.emit(pid)
