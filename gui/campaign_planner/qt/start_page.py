"""The start page: new from a template, open, recent plans."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..text import one_line
from .texts import template_name


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
        files = window.files   # qt/files.py: opening and creating plans
        self.templates = self._column(row, self.tr("<b>New plan from a template</b>"), files.new_from_template,
                                      self.tr("Create"), self._create)
        row.addSpacing(30)
        self.recent = self._column(row, self.tr("<b>Recent plans</b>"), files.open_path, self.tr("Open…"),
                                   files.open_dialog)
        outer.addLayout(row, 1)

    @staticmethod
    def _column(row, heading: str, on_item, button_text: str, on_button) -> QListWidget:
        """A heading, a list whose items carry what ``on_item`` takes, and a button."""
        column = QVBoxLayout()
        column.addWidget(QLabel(heading))
        items = QListWidget()
        items.itemActivated.connect(lambda it: on_item(it.data(Qt.UserRole)))
        column.addWidget(items)
        button = QPushButton(button_text)
        button.clicked.connect(on_button)
        column.addWidget(button)
        row.addLayout(column, 1)
        return items

    def _create(self):
        item = self.templates.currentItem() or self.templates.item(0)
        if item is not None:
            self.window.files.new_from_template(item.data(Qt.UserRole))

    def refresh(self):
        """Fill the lists from the local store (after the first paint: it loads sqlite-utils).
        Never fails: the store skips what it cannot read, and falls back to the built-in
        templates when it cannot be used."""
        store = self.window.store
        self.templates.clear()
        for t in store.templates():
            item = QListWidgetItem(template_name(t["id"], t["name"]))
            item.setData(Qt.UserRole, t["id"])
            self.templates.addItem(item)
        self.templates.setCurrentRow(0)
        self.recent.clear()
        for path in store.recent():
            item = QListWidgetItem(one_line(path))
            item.setData(Qt.UserRole, path)
            self.recent.addItem(item)
