"""Scenarios in the window: the switcher (a combo box in the window's tool bar, and
Ctrl+PgUp / Ctrl+PgDown), the Scenario menu's actions, and the Scenarios panel (the list,
with buttons for the same actions).

Switching scenario is a view choice (``PlanDocument.set_scenario``: no undo step). Adding,
duplicating, renaming, deleting and moving a scenario are edits (core/edits.py), each one
undoable step named with texts.TrText. A name is asked for with dialogs.get_text, which
refuses a name the edit would refuse as it is typed; an edit refused anyway says why in the
panel and in the status bar, and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import edits
from ...text import one_line
from ..texts import TrText, english_plural, tr_message

#: scenario names listed in the Scenario menu (the combo box and the panel list them all)
MENU_NAMES = 30


class ScenarioActions(QObject):
    """What can be done with scenarios, for the open document: the switcher (``combo``), the
    actions of the Scenario menu and of the panel's buttons. Each acts on the scenario shown."""

    sig_updated = Signal()        # the scenarios, or the one shown, changed: the panel lists them again
    sig_refused = Signal(str)     # why the last action changed nothing ("" once one succeeded)
    sig_message = Signal(str)     # a note for the status bar

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.doc = None
        self.combo = QComboBox()
        self.combo.setObjectName("scenario_switcher")
        self.combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.combo.setMinimumContentsLength(10)
        self.combo.setMaximumWidth(320)
        self.combo.setToolTip(self.tr("The scenario the timeline, the problems, the inspector and the charts show "
                                      "(Ctrl+PgUp, Ctrl+PgDown)"))
        self.combo.activated.connect(self._chosen)

        def action(text, short, slot, tip, keys=None):
            a = QAction(text, window)
            a.setIconText(short)
            a.setToolTip(tip)
            a.setStatusTip(tip)
            a.triggered.connect(slot)
            if keys:
                a.setShortcut(QKeySequence(keys))
            return a

        self.act_new = action(self.tr("&New Scenario…"), self.tr("New"), self.new,
                              self.tr("Add a scenario without placements"))
        self.act_duplicate = action(self.tr("&Duplicate Scenario…"), self.tr("Duplicate"), self.duplicate,
                                    self.tr("Add a copy of the scenario shown, with its placements"))
        self.act_rename = action(self.tr("&Rename Scenario…"), self.tr("Rename"), self.rename,
                                 self.tr("Rename the scenario shown"))
        self.act_delete = action(self.tr("De&lete Scenario"), self.tr("Delete"), self.delete,
                                 self.tr("Delete the scenario shown and its placements (a plan keeps at least one)"))
        self.act_up = action(self.tr("Move Scenario &Up"), self.tr("Up"), lambda: self.move(-1),
                             self.tr("Move the scenario shown up the list"))
        self.act_down = action(self.tr("Move Scenario Do&wn"), self.tr("Down"), lambda: self.move(1),
                               self.tr("Move the scenario shown down the list"))
        self.act_previous = action(self.tr("&Previous Scenario"), self.tr("Previous"), lambda: self.step(-1),
                                   self.tr("Show the scenario above in the list"), "Ctrl+PgUp")
        self.act_next = action(self.tr("Ne&xt Scenario"), self.tr("Next"), lambda: self.step(1),
                               self.tr("Show the scenario below in the list"), "Ctrl+PgDown")
        self.act_suggest = action(self.tr("Suggest &Bookings…"), self.tr("Suggest bookings…"), self.suggest,
                                  self.tr("Add a scenario with the bookings that reach the most people for a budget "
                                          "or a number of bookings"))
        from ..suggest import Suggester
        self.suggester = Suggester(window)
        self.suggester.sig_message.connect(self.sig_message)
        self.edit_actions = (self.act_new, self.act_duplicate, self.act_rename, self.act_delete,
                             self.act_up, self.act_down)
        self._menu: QMenu | None = None
        self._menu_items: list[QAction] = []
        self._group = QActionGroup(self)
        self._update()

    # ---- the document
    def set_document(self, doc) -> None:
        """Act on ``doc`` from now on (None: no plan is open; everything is disabled)."""
        if self.doc is not None:
            for signal, slot in ((self.doc.sig_changed, self._on_changed), (self.doc.sig_scenario, self._update)):
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # the document is being torn down
                    pass
        self.doc = doc
        self.suggester.set_document(doc)
        if doc is not None:
            doc.sig_changed.connect(self._on_changed)
            doc.sig_scenario.connect(self._update)
        self.sig_refused.emit("")
        self._update()

    def names(self) -> list[str]:
        return [s.name for s in self.doc.plan.scenarios] if self.doc is not None else []

    def _on_changed(self, changes):
        if changes is None or changes.scenarios or changes.placements:
            self._update()

    def _update(self, *_):
        """Enable what can be done with the scenario shown; list the scenarios in the switcher."""
        names = self.names()
        shown = names.index(self.doc.scenario) if self.doc is not None and self.doc.scenario in names else -1
        for a in (self.act_new, self.act_duplicate, self.act_rename, self.act_suggest):
            a.setEnabled(shown >= 0)
        self.act_delete.setEnabled(len(names) > 1)
        self.act_up.setEnabled(shown > 0)
        self.act_down.setEnabled(0 <= shown < len(names) - 1)
        for a in (self.act_previous, self.act_next):
            a.setEnabled(len(names) > 1)
        combo = self.combo
        combo.blockSignals(True)
        if [combo.itemData(i) for i in range(combo.count())] != names:
            combo.clear()
            for name in names:
                combo.addItem(one_line(name), name)
                combo.setItemData(combo.count() - 1, name, Qt.ToolTipRole)
        combo.setCurrentIndex(shown)
        combo.setEnabled(shown >= 0)
        combo.blockSignals(False)
        self.sig_updated.emit()

    # ---- the Scenario menu
    def fill_menu(self, menu: QMenu) -> None:
        """``menu`` holds the actions, then (filled each time it is shown) the scenarios to pick."""
        self._menu = menu
        menu.addAction(self.act_new)
        menu.addAction(self.act_duplicate)
        menu.addAction(self.act_rename)
        menu.addAction(self.act_delete)
        menu.addSeparator()
        menu.addAction(self.act_suggest)
        menu.addSeparator()
        menu.addAction(self.act_up)
        menu.addAction(self.act_down)
        menu.addSeparator()
        menu.addAction(self.act_previous)
        menu.addAction(self.act_next)
        self._separator = menu.addSeparator()
        menu.aboutToShow.connect(self._list_in_menu)

    def _list_in_menu(self):
        for a in self._menu_items:
            self._menu.removeAction(a)
            self._group.removeAction(a)
            a.deleteLater()
        self._menu_items = []
        names = self.names()
        for name in names[:MENU_NAMES]:
            a = QAction(one_line(name).replace("&", "&&"), self._menu)
            a.setCheckable(True)
            a.setChecked(name == self.doc.scenario)
            a.triggered.connect(lambda _=False, n=name: self.show_scenario(n))
            self._group.addAction(a)
            self._menu.addAction(a)
            self._menu_items.append(a)
        self._separator.setVisible(bool(names))

    # ---- switching
    def show_scenario(self, name: str) -> None:
        if self.doc is not None and name in self.names():
            self.sig_refused.emit("")
            self.doc.set_scenario(name)

    def _chosen(self, index: int):
        self.show_scenario(self.combo.itemData(index))

    def step(self, delta: int) -> None:
        """Show the scenario ``delta`` places down the list (up if negative), going round."""
        names = self.names()
        if len(names) > 1:
            self.show_scenario(names[(names.index(self.doc.scenario) + delta) % len(names)])

    # ---- edits
    def _name_check(self, renaming: str | None = None):
        """For dialogs.get_text: why a name typed would be refused (translated), or None."""
        def check(text: str):
            problem = edits.scenario_name_problem(self.doc.plan, text, renaming)
            return tr_message(problem) if problem else None
        return check

    def _edit(self, text: TrText, fn, *args) -> bool:
        said: list = []

        def refused(message):
            said.append(message)
        self.doc.sig_refused.connect(refused)
        try:
            done = self.doc.edit(text, fn, *args)
        finally:
            self.doc.sig_refused.disconnect(refused)
        # the window's own words (translated once for the status bar, MainWindow._show_refused)
        self.sig_refused.emit(QCoreApplication.translate("MainWindow", "Not changed: %1")
                              .replace("%1", tr_message(said[0])) if said else "")
        return done

    def _ask_name(self, title: str, label: str, text: str, renaming: str | None = None) -> str | None:
        from .. import dialogs
        return dialogs.get_text(self.window, title, label, text, check=self._name_check(renaming))

    def new(self) -> None:
        if self.doc is None:
            return
        name = self._ask_name(self.tr("New scenario"), self.tr("Name of the new scenario:"),
                              edits.suggest_scenario_name(self.doc.plan))
        if name is not None:
            self._edit(TrText(lambda: QCoreApplication.translate("ScenarioActions", "Add scenario")),
                       edits.add_scenario, name)

    def duplicate(self) -> None:
        if self.doc is None:
            return
        source = self.doc.scenario
        suggested = edits.suggest_scenario_name(self.doc.plan, self.tr("%1 copy").replace("%1", source))
        name = self._ask_name(self.tr("Duplicate scenario"),
                              self.tr("Name of the copy of %1:").replace("%1", one_line(source)), suggested)
        if name is not None:
            self._edit(TrText(lambda: QCoreApplication.translate("ScenarioActions", "Duplicate scenario")),
                       edits.duplicate_scenario, source, name)

    def rename(self) -> None:
        if self.doc is None:
            return
        old = self.doc.scenario
        name = self._ask_name(self.tr("Rename scenario"),
                              self.tr("New name of %1:").replace("%1", one_line(old)), old, renaming=old)
        if name is not None and " ".join(name.split()) != old:
            self._edit(TrText(lambda: QCoreApplication.translate("ScenarioActions", "Rename scenario")),
                       edits.rename_scenario, old, name)

    def delete(self) -> None:
        """Delete the scenario shown (no question: Edit > Undo brings it back)."""
        if self.doc is None:
            return
        name = self.doc.scenario
        if self._edit(TrText(lambda: QCoreApplication.translate("ScenarioActions", "Delete scenario")),
                      edits.delete_scenario, name):
            self.sig_message.emit(self.tr("Scenario %1 deleted (Edit > Undo brings it back)")
                                  .replace("%1", one_line(name)))

    def suggest(self) -> None:
        """Scenario > Suggest Bookings…: ask, then run the optimiser (suggest.Suggester)."""
        self.sig_refused.emit("")
        self.suggester.ask()

    def move(self, delta: int) -> None:
        if self.doc is None:
            return
        name = self.doc.scenario
        self._edit(TrText(lambda: QCoreApplication.translate("ScenarioActions", "Move scenario")),
                   edits.move_scenario, name, self.names().index(name) + delta)


class ScenariosPanel(QWidget):
    """The Scenarios dock: every scenario with its number of placements, the one shown in bold
    and selected (click another to show it; double-click to rename), and the buttons."""

    def __init__(self, doc, actions: ScenarioActions, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.actions = actions
        self.list = QTreeWidget()
        self.list.setObjectName("scenario_list")
        self.list.setRootIsDecorated(False)
        self.list.setColumnCount(2)
        self.list.setHeaderLabels([self.tr("Scenario"), self.tr("Placements")])
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setUniformRowHeights(True)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.list.currentItemChanged.connect(self._picked)
        self.list.itemDoubleClicked.connect(lambda *_: actions.rename())
        self.error = QLabel()
        self.error.setObjectName("scenario_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #C62828")
        self.error.hide()
        buttons = QGridLayout()
        buttons.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}
        for i, (key, a) in enumerate(zip(("new", "duplicate", "rename", "delete", "up", "down"),
                                         actions.edit_actions)):
            b = QToolButton()
            b.setDefaultAction(a)
            b.setToolButtonStyle(Qt.ToolButtonTextOnly)
            b.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
            buttons.addWidget(b, i // 3, i % 3)
            self.buttons[key] = b
        b = QToolButton()
        b.setDefaultAction(actions.act_suggest)
        b.setToolButtonStyle(Qt.ToolButtonTextOnly)
        b.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        buttons.addWidget(b, 2, 0, 1, 3)
        self.buttons["suggest"] = b
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        actions.sig_updated.connect(self.refresh)
        actions.sig_refused.connect(self._refused)
        self.refresh()

    def names(self) -> list[str]:
        """The scenarios as listed, top to bottom."""
        return [self.list.topLevelItem(i).data(0, Qt.UserRole) for i in range(self.list.topLevelItemCount())]

    def refresh(self, *_):
        plan, shown = self.doc.plan, self.doc.scenario
        self.list.blockSignals(True)
        self.list.clear()
        bold = QFont(self.list.font())
        bold.setBold(True)
        current = None
        for sc in plan.scenarios:
            n = len(sc.placements)
            item = QTreeWidgetItem([one_line(sc.name), f"{n:,}"])
            item.setData(0, Qt.UserRole, sc.name)
            item.setToolTip(0, sc.name)
            item.setToolTip(1, english_plural(self.tr("%n placement(s)", "", n), n))
            item.setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
            if sc.name == shown:
                item.setFont(0, bold)
                current = item
            self.list.addTopLevelItem(item)
        if current is not None:
            self.list.setCurrentItem(current)
        self.list.blockSignals(False)

    def _picked(self, item, _previous):
        if item is not None:
            self.actions.show_scenario(item.data(0, Qt.UserRole))

    def _refused(self, message: str):
        self.error.setText(message)
        self.error.setVisible(bool(message))
