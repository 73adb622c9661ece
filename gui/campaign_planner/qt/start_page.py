"""The start page: new from a template, open, recent plans. Saved templates can be renamed
and removed, recent plans taken off the list, from each list's buttons, its context menu or
the Delete key (the work is qt/files.py's PlanFiles, which says when the lists change)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.catalog import BUILTIN_TEMPLATES
from ..text import one_line
from .texts import template_name

BUILTIN_ROLE = Qt.UserRole + 1   # whether a template is built in (it cannot be renamed or removed)


class ItemList(QListWidget):
    """A list whose Delete key asks to remove its current item (``sig_delete``)."""

    sig_delete = Signal()

    def keyPressEvent(self, e):
        if self.currentItem() is not None and (e.matches(QKeySequence.Delete) or e.key() == Qt.Key_Delete):
            e.accept()
            self.sig_delete.emit()
            return
        super().keyPressEvent(e)


def _follow(button: QPushButton, action: QAction) -> None:
    """A button shows its action's state and tooltip."""
    button.setEnabled(action.isEnabled())
    button.setToolTip(action.toolTip())


class StartPage(QWidget):
    def __init__(self, window):
        super().__init__()
        self.window = window
        self.context_menu: QMenu | None = None   # the last context menu opened on a list
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        title = QLabel(self.tr("Campaign Planner"))
        title.setStyleSheet("font-size: 22pt; font-weight: bold")
        outer.addWidget(title)
        outer.addWidget(QLabel(self.tr("Plan a mini program's campaign across Alipay, Weibo and other apps, "
                                       "and see how many distinct people it reaches.")))
        row = QHBoxLayout()
        files = window.files   # qt/files.py: opening and creating plans, changing the lists
        self.act_rename_template = QAction(self.tr("Rename…"), self)
        self.act_rename_template.triggered.connect(self._rename_template)
        self.act_remove_template = QAction(self.tr("Remove…"), self)
        self.act_remove_template.triggered.connect(self._remove_template)
        self.act_remove_recent = QAction(self.tr("Remove from list"), self)
        self.act_remove_recent.triggered.connect(self._remove_recent)
        self.act_clear_recent = QAction(self.tr("Clear list"), self)
        self.act_clear_recent.triggered.connect(files.clear_recent)

        self.templates, (self.create_button, self.rename_button, self.remove_button) = self._column(
            row, self.tr("<b>New plan from a template</b>"), files.new_from_template,
            [(self.tr("Create"), self._create), self.act_rename_template, self.act_remove_template])
        self.templates.sig_delete.connect(self._remove_template)
        row.addSpacing(30)
        self.recent, (self.open_button, self.remove_recent_button, self.clear_recent_button) = self._column(
            row, self.tr("<b>Recent plans</b>"), files.open_path,
            [(self.tr("Open…"), files.open_dialog), self.act_remove_recent, self.act_clear_recent])
        self.recent.sig_delete.connect(self._remove_recent)
        for items, actions in ((self.templates, (self.act_rename_template, self.act_remove_template)),
                               (self.recent, (self.act_remove_recent, self.act_clear_recent))):
            items.setContextMenuPolicy(Qt.CustomContextMenu)
            items.customContextMenuRequested.connect(
                lambda pos, items=items, actions=actions: self._show_context_menu(items, actions, pos))
            items.currentItemChanged.connect(self._update_actions)
        outer.addLayout(row, 1)
        files.sig_store_changed.connect(self.refresh)
        self._update_actions()

    @staticmethod
    def _column(row, heading: str, on_item, buttons) -> tuple[ItemList, list[QPushButton]]:
        """A heading, a list whose items carry what ``on_item`` takes, and a row of buttons:
        each (text, slot) or an action, whose text, state and tooltip the button follows."""
        column = QVBoxLayout()
        column.addWidget(QLabel(heading))
        items = ItemList()
        items.itemActivated.connect(lambda it: on_item(it.data(Qt.UserRole)))
        column.addWidget(items)
        line = QHBoxLayout()
        made = []
        for spec in buttons:
            if isinstance(spec, QAction):
                button = QPushButton(spec.text())
                button.clicked.connect(spec.trigger)
                spec.changed.connect(lambda b=button, a=spec: _follow(b, a))
                _follow(button, spec)
            else:
                text, slot = spec
                button = QPushButton(text)
                button.clicked.connect(slot)
            line.addWidget(button)
            made.append(button)
        line.addStretch(1)
        column.addLayout(line)
        row.addLayout(column, 1)
        return items, made

    def _create(self):
        item = self.templates.currentItem() or self.templates.item(0)
        if item is not None:
            self.window.files.new_from_template(item.data(Qt.UserRole))

    # ------------------------------------------------------------------ renaming and removing
    def builtin_note(self) -> str:
        return self.tr("Built-in templates cannot be renamed or removed")

    def _update_actions(self, *_):
        item = self.templates.currentItem()
        builtin = item is not None and bool(item.data(BUILTIN_ROLE))
        for act, tip in ((self.act_rename_template, self.tr("Give the selected template another name")),
                         (self.act_remove_template, self.tr("Remove the selected template"))):
            act.setEnabled(item is not None and not builtin)
            act.setToolTip(self.builtin_note() if builtin else tip)
        self.act_remove_recent.setEnabled(self.recent.currentItem() is not None)
        self.act_remove_recent.setToolTip(self.tr("Take the selected plan off the list (the file stays)"))
        self.act_clear_recent.setEnabled(self.recent.count() > 0)
        self.act_clear_recent.setToolTip(self.tr("Take every plan off the list (the files stay)"))

    def _rename_template(self):
        self._on_user_template(self.window.files.rename_template)

    def _remove_template(self):
        self._on_user_template(self.window.files.remove_template)

    def _on_user_template(self, act):
        """``act(template_id)`` on the selected template if it is the user's own; a built-in
        one is not changed, and the status bar says why."""
        item = self.templates.currentItem()
        if item is None:
            return
        if item.data(BUILTIN_ROLE):
            self.window.files.sig_message.emit(self.builtin_note(), 5000)
            return
        act(item.data(Qt.UserRole))

    def _remove_recent(self):
        item = self.recent.currentItem()
        if item is not None:
            self.window.files.remove_recent(item.data(Qt.UserRole))

    def _show_context_menu(self, items: QListWidget, actions, pos: QPoint):
        """The list's menu at ``pos`` (on its viewport), for the item there."""
        item = items.itemAt(pos)
        if item is not None:
            items.setCurrentItem(item)
        else:
            items.setCurrentItem(None)
        self._update_actions()
        if self.context_menu is not None:
            self.context_menu.deleteLater()
        menu = self.context_menu = QMenu(self)
        menu.setToolTipsVisible(True)   # why a built-in template's actions are disabled
        for act in actions:
            menu.addAction(act)
        menu.popup(items.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ filling
    def refresh(self):
        """Fill the lists from the local store (after the first paint: it loads sqlite-utils),
        keeping the selected item (or the one in its place). Never fails: the store skips what
        it cannot read, and falls back to the built-in templates when it cannot be used."""
        store = self.window.store
        kept = self._selection(self.templates)
        self.templates.clear()
        for t in store.templates():
            builtin = bool(t["builtin"]) or t["id"] in BUILTIN_TEMPLATES
            item = QListWidgetItem(template_name(t["id"], t["name"]))
            item.setData(Qt.UserRole, t["id"])
            item.setData(BUILTIN_ROLE, builtin)
            if builtin:
                item.setToolTip(self.builtin_note())
            self.templates.addItem(item)
        self._select(self.templates, kept, default=0)
        kept = self._selection(self.recent)
        self.recent.clear()
        for path in store.recent():
            item = QListWidgetItem(one_line(path))
            item.setData(Qt.UserRole, path)
            self.recent.addItem(item)
        self._select(self.recent, kept, default=None)
        self._update_actions()

    @staticmethod
    def _selection(items: QListWidget):
        item = items.currentItem()
        return (item.data(Qt.UserRole), items.currentRow()) if item is not None else None

    @staticmethod
    def _select(items: QListWidget, kept, default: int | None):
        """Select the item that was selected, else the one now in its row, else ``default``."""
        if kept is not None:
            data, row = kept
            for i in range(items.count()):
                if items.item(i).data(Qt.UserRole) == data:
                    items.setCurrentRow(i)
                    return
            if items.count():
                items.setCurrentRow(min(row, items.count() - 1))
                return
        if default is not None and items.count():
            items.setCurrentRow(default)
