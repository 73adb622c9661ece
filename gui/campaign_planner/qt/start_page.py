"""The start page: new from a template, open, recent plans."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
                               QWidget)


class StartPage(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        title = QLabel(self.tr("Campaign Planner"))
        title.setStyleSheet("font-size: 22pt; font-weight: bold")
        outer.addWidget(title)
        outer.addWidget(QLabel(self.tr("Plan a mini program's campaign across Alipay, Weibo and other apps, "
                                       "and see how many distinct people it reaches.")))
        row = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>New plan from a template</b>")))
        self.templates = QListWidget()
        self.templates.itemActivated.connect(lambda it: window.new_from_template(it.data(Qt.UserRole)))
        left.addWidget(self.templates)
        new = QPushButton(self.tr("Create"))
        new.clicked.connect(self._create)
        left.addWidget(new)
        right.addWidget(QLabel(self.tr("<b>Recent plans</b>")))
        self.recent = QListWidget()
        self.recent.itemActivated.connect(lambda it: window.open_path(it.data(Qt.UserRole)))
        right.addWidget(self.recent)
        open_btn = QPushButton(self.tr("Open…"))
        open_btn.clicked.connect(window.open_dialog)
        right.addWidget(open_btn)
        row.addLayout(left, 1)
        row.addSpacing(30)
        row.addLayout(right, 1)
        outer.addLayout(row, 1)

    def _create(self):
        item = self.templates.currentItem() or self.templates.item(0)
        if item is not None:
            self.window.new_from_template(item.data(Qt.UserRole))

    def refresh(self):
        """Fill the lists from the local store (after the first paint: it loads sqlite-utils)."""
        store = self.window.store
        self.templates.clear()
        for t in store.templates():
            item = QListWidgetItem(t["name"])
            item.setData(Qt.UserRole, t["id"])
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        self.recent.clear()
        for path in store.recent():
            item = QListWidgetItem(path)
            item.setData(Qt.UserRole, path)
            self.recent.addItem(item)
