"""A list of checkable ids shown by their display names: the mini program's flags and what a
phase admits are chosen here, never typed (no typo becomes a category)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem


class CheckList(QListWidget):
    """One checkable item per id (the id is the item's ``Qt.UserRole`` data, the text its
    display name from ``name_of``). ``sig_checked(list)`` gives the ticked ids, in the list's
    order, each time the person ticks or unticks one (never while ``set_items`` fills it)."""

    sig_checked = Signal(list)

    def __init__(self, name_of: Callable[[str], str], parent=None, max_rows: int = 8):
        super().__init__(parent)
        self.name_of = name_of
        self.max_rows = max_rows
        self.setSelectionMode(QAbstractItemView.NoSelection)
        self.setUniformItemSizes(True)
        self.itemChanged.connect(self._changed)
        self._filling = False

    def set_items(self, ids: list[str], checked: list[str]) -> None:
        """Show ``ids`` (and any id of ``checked`` not among them, after them) with ``checked``
        ticked."""
        self._filling = True
        try:
            self.clear()
            ticked = set(checked)
            for ident in list(dict.fromkeys(ids)) + [c for c in dict.fromkeys(checked) if c not in ids]:
                item = QListWidgetItem(self.name_of(ident))
                item.setData(Qt.UserRole, ident)
                item.setToolTip(self.name_of(ident))
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable)
                item.setCheckState(Qt.Checked if ident in ticked else Qt.Unchecked)
                self.addItem(item)
        finally:
            self._filling = False
        rows = max(1, min(self.count(), self.max_rows))
        self.setFixedHeight(rows * max(self.sizeHintForRow(0), 1) + 2 * self.frameWidth() + 2)

    def ids(self) -> list[str]:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())]

    def checked(self) -> list[str]:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.Checked]

    def item_of(self, ident: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(Qt.UserRole) == ident:
                return self.item(i)
        return None

    def _changed(self, _item) -> None:
        if not self._filling:
            self.sig_checked.emit(self.checked())

    # a click on an item's name ticks it too, not only a click on its box
    def mousePressEvent(self, e):
        item = self.itemAt(e.position().toPoint())
        self._pressed = (item, item.checkState()) if item is not None else None
        super().mousePressEvent(e)

    def mouseReleaseEvent(self, e):
        super().mouseReleaseEvent(e)
        pressed, self._pressed = getattr(self, "_pressed", None), None
        item = self.itemAt(e.position().toPoint())
        if (pressed is not None and item is pressed[0] and e.button() == Qt.LeftButton
                and item.checkState() == pressed[1] and item.flags() & Qt.ItemIsEnabled):
            item.setCheckState(Qt.Unchecked if item.checkState() == Qt.Checked else Qt.Checked)
