"""Problems panel: every rule violation and warning; double-click selects the placement."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from ..texts import level_text, problem_text


class ProblemsPanel(QTreeWidget):
    sig_activate = Signal(str)   # placement id

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.setHeaderLabels([self.tr("Level"), self.tr("Placement"), self.tr("Problem")])
        self.setRootIsDecorated(False)
        self.setColumnWidth(0, 80)
        self.setColumnWidth(1, 90)
        self.itemDoubleClicked.connect(self._activate)
        doc.sig_changed.connect(self.refresh)

    def refresh(self, changes=None):
        problems = self.doc.problems()
        self.clear()
        items = []
        for p in problems[:5000]:
            item = QTreeWidgetItem([level_text(p.level), p.placement or "", problem_text(p)])
            item.setData(0, Qt.UserRole, p.placement)
            item.setForeground(0, QColor("#C62828") if p.level == "error" else QColor("#E65100"))
            item.setToolTip(2, problem_text(p))
            items.append(item)
        self.addTopLevelItems(items)

    def _activate(self, item, column):
        pid = item.data(0, Qt.UserRole)
        if pid:
            self.sig_activate.emit(pid)
