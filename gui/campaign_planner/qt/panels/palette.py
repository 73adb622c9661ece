"""Slot palette: platforms and their entry slots, what each requires, and whether this plan
may use it in each phase. Drag a slot onto the timeline to add a placement."""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from ...core.names import FLAG
from ...core.rules import slot_availability
from ...text import one_line
from ..texts import earned_slot_name, names_text
from ..timeline import SLOT_MIME


class SlotPalette(QTreeWidget):
    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.setHeaderLabels([self.tr("Slot"), self.tr("Phases")])
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragOnly)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setRootIsDecorated(True)
        self.setColumnWidth(0, 200)
        doc.sig_changed.connect(self.on_changed)
        self.on_changed(None)

    def on_changed(self, changes):
        if changes is not None and not (changes.plan or changes.phases or changes.names or changes.assumptions):
            return
        plan = self.doc.plan
        self.clear()
        for platform in plan.platforms:
            top = QTreeWidgetItem([platform.name])
            top.setFlags(Qt.ItemIsEnabled)
            self.addTopLevelItem(top)
            for slot in plan.slots:
                if slot.platform != platform.id:
                    continue
                avail = slot_availability(plan, slot)
                marks = " ".join("✓" if ok else "✗" for _, ok in avail) or self.tr("open")
                item = QTreeWidgetItem([earned_slot_name(slot.name) if slot.earned else slot.name, marks])
                item.setData(0, Qt.UserRole, slot.id)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsDragEnabled)
                lines = [f"<b>{html.escape(one_line(slot.name))}</b>"]
                if slot.earned:
                    lines.append(
                        html.escape(
                            self.tr(
                                "Impressions earned: %1 per new person the plan brought the day before; "
                                "placements switch earning on"
                            ).replace("%1", f"{slot.impressions_per_unit.value:g}")
                        )
                    )
                if slot.requires:
                    lines.append(html.escape(self.tr("Requires: %1").replace("%1", names_text(FLAG, slot.requires))))
                if slot.max_units_per_day and not slot.earned:
                    lines.append(self.tr("At most %1 a day").replace("%1", f"{slot.max_units_per_day:g}"))
                for name, ok in avail:
                    lines.append(("✓ " if ok else "✗ ") + html.escape(one_line(name)))
                item.setToolTip(0, "<br>".join(lines))
                item.setToolTip(1, "<br>".join(lines[1:]))
                top.addChild(item)
            top.setExpanded(True)

    def mimeTypes(self):
        return [SLOT_MIME]

    def mimeData(self, items):
        data = QMimeData()
        ids = [i.data(0, Qt.UserRole) for i in items if i.data(0, Qt.UserRole)]
        if ids:
            data.setData(SLOT_MIME, ids[0].encode("utf-8"))
        return data

    def slot_item(self, slot_id: str) -> QTreeWidgetItem | None:
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            for k in range(top.childCount()):
                if top.child(k).data(0, Qt.UserRole) == slot_id:
                    return top.child(k)
        return None
