"""Slot palette: platforms and their entry slots, what each requires, and whether this plan
may use it in each phase. Drag a slot onto the timeline to add a placement."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from ...core import catalog_edits
from ...core.names import FLAG
from ...core.rules import slot_availability
from ...text import one_line
from ..texts import TrText, earned_slot_name, names_text
from ..timeline import SLOT_MIME


def remove_slot(parent, doc, slot_id: str) -> bool:
    """Remove a slot of the plan's catalog (the palette's Remove Slot…, the inspector's Remove
    Slot); if placements use it, ask first and take them too, in one undoable step."""
    from .. import dialogs
    from ..texts import english_plural

    plan = doc.plan
    n = catalog_edits.slot_placements(plan, slot_id)
    if n:
        text = QCoreApplication.translate("SlotPalette", "%1 has %n placement(s) in the plan's scenarios. Remove them with the slot?", "", n)  # noqa: E501
        text = english_plural(text, n).replace("%1", plan.slot(slot_id).name)
        if not dialogs.ask_confirm(parent, QCoreApplication.translate("SlotPalette", "Remove slot"), text,
                                   QCoreApplication.translate("SlotPalette", "Remove Slot and Placements")):
            return False
    return doc.edit(TrText(lambda: QCoreApplication.translate("SlotPalette", "Remove slot")),
                    catalog_edits.remove_slot, slot_id, with_placements=bool(n))


class SlotPalette(QTreeWidget):
    """The plan's catalog: platforms and their slots. Clicking a slot shows it in the inspector
    (``sig_slot``), where its fields are edited; the context menu (right-click) adds, renames
    and removes platforms and slots, each one undoable edit (core/catalog_edits.py)."""

    sig_slot = Signal(str)   # a slot was chosen: the inspector shows it
    sig_message = Signal(str)   # for the status bar

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.currentItemChanged.connect(self._current)
        self.itemClicked.connect(lambda item, _c: self._current(item, None))
        self.setContextMenuPolicy(Qt.ActionsContextMenu)

        def action(text, slot):
            a = QAction(text, self)
            a.triggered.connect(slot)
            self.addAction(a)
            return a
        self.act_add_slot = action(self.tr("Add Slot…"), self.add_slot)
        self.act_add_platform = action(self.tr("Add Platform…"), self.add_platform)
        self.act_rename_platform = action(self.tr("Rename Platform…"), self.rename_platform)
        self.act_remove_platform = action(self.tr("Remove Platform"), self.remove_platform)
        self.act_remove_slot = action(self.tr("Remove Slot…"), self.remove_slot)
        self.act_from_library = action(self.tr("Add from Library…"), self.add_from_library)
        self.act_to_library = action(self.tr("Save Slot to Library"), self.save_to_library)
        self.store = None   # the local store (its library); set by the window
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
        chosen = self.current_slot() if self.topLevelItemCount() else None
        self.blockSignals(True)   # rebuilding is not choosing
        self.clear()
        for platform in plan.platforms:
            top = QTreeWidgetItem([platform.name])
            top.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            top.setData(0, Qt.UserRole + 1, platform.id)
            self.addTopLevelItem(top)
            for slot in plan.slots:
                if slot.platform != platform.id:
                    continue
                avail = slot_availability(plan, slot)
                marks = " ".join("✓" if ok else "✗" for _, ok in avail) or self.tr("open")
                item = QTreeWidgetItem([earned_slot_name(slot.name) if slot.earned else slot.name, marks])
                item.setData(0, Qt.UserRole, slot.id)
                item.setData(0, Qt.UserRole + 1, platform.id)
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
        if chosen is not None and self.slot_item(chosen) is not None:
            self.setCurrentItem(self.slot_item(chosen))
        self.blockSignals(False)
        self._enable()

    # ---- what is chosen
    def _current(self, item, _previous=None):
        self._enable()
        sid = item.data(0, Qt.UserRole) if item is not None else None
        if sid:
            self.sig_slot.emit(sid)

    def current_slot(self) -> str | None:
        item = self.currentItem()
        return item.data(0, Qt.UserRole) if item is not None and item.data(0, Qt.UserRole) else None

    def current_platform(self) -> str | None:
        """The platform of the item chosen (a platform, or a slot's); else the first."""
        item = self.currentItem()
        if item is not None:
            pid = item.data(0, Qt.UserRole + 1)
            if pid:
                return pid
        return self.doc.plan.platforms[0].id if self.doc.plan.platforms else None

    def _enable(self):
        slot, platform = self.current_slot(), self.current_platform()
        self.act_add_slot.setEnabled(platform is not None)
        self.act_rename_platform.setEnabled(platform is not None)
        plan = self.doc.plan
        in_use = platform is not None and (any(sl.platform == platform for sl in plan.slots)
                                           or any(ph.platform == platform for ph in plan.phases))
        self.act_remove_platform.setEnabled(platform is not None and not in_use)
        self.act_remove_platform.setToolTip(self.tr("Remove its slots and phases first") if in_use else "")
        self.act_remove_slot.setEnabled(slot is not None)
        self.act_to_library.setEnabled(slot is not None)

    # ---- catalog edits
    def _edit(self, text: str, fn, *args, **kwargs) -> bool:
        return self.doc.edit(TrText(lambda: QCoreApplication.translate("SlotPalette", text)), fn, *args, **kwargs)

    def _ask(self, title: str, label: str, text: str = "") -> str | None:
        from .. import dialogs
        name = dialogs.get_text(self, title, label, text)
        return " ".join(name.split()) if name and name.strip() else None

    def add_slot(self):
        platform = self.current_platform()
        if platform is None:
            return
        pname = next(p.name for p in self.doc.plan.platforms if p.id == platform)
        name = self._ask(self.tr("Add slot"), self.tr("Name of the new slot of %1:").replace("%1", one_line(pname)))
        if name:
            sid = catalog_edits.suggest_id(self.doc.plan, name)
            if self._edit(QT_TRANSLATE_NOOP("SlotPalette", "Add slot"), catalog_edits.add_slot, sid, name, platform):
                self.select_slot(sid)

    def add_platform(self):
        from .. import dialogs
        from .inspector import parse_number
        name = self._ask(self.tr("Add platform"), self.tr("Name of the new platform (an app a mini program reaches):"))
        if not name:
            return

        def not_people(text):
            try:
                v = parse_number(text, optional=True)
            except ValueError:
                v = -1
            return None if v is None or v > 0 else self.tr("Type a number of people, such as 80,000,000")
        users_text = dialogs.get_text(self, self.tr("Add platform"), self.tr(
            "How many people use %1 each month? They are counted as people of %1 only; set its overlap with "
            "the other platforms in Inspector > Plan > Audience. Empty: set it later (until then its slots "
            "reach no one).").replace("%1", name), "", check=not_people)
        if users_text is None:
            users = None
        else:
            try:
                users = parse_number(users_text, optional=True)
            except ValueError:
                users = None
        pid = catalog_edits.suggest_id(self.doc.plan, name)
        self._edit(QT_TRANSLATE_NOOP("SlotPalette", "Add platform"), catalog_edits.add_platform, pid, name, users)

    def rename_platform(self):
        platform = self.current_platform()
        if platform is None:
            return
        old = next(p.name for p in self.doc.plan.platforms if p.id == platform)
        name = self._ask(self.tr("Rename platform"), self.tr("New name of %1:").replace("%1", one_line(old)), old)
        if name and name != old:
            self._edit(QT_TRANSLATE_NOOP("SlotPalette", "Rename platform"), catalog_edits.rename_platform, platform,
                       name)

    def remove_platform(self):
        platform = self.current_platform()
        if platform is not None:
            self._edit(QT_TRANSLATE_NOOP("SlotPalette", "Remove platform"), catalog_edits.remove_platform, platform)

    def remove_slot(self):
        sid = self.current_slot()
        if sid is not None:
            remove_slot(self, self.doc, sid)

    def _library(self):
        from ...core.library import builtin_library
        return self.store.library() if self.store is not None else builtin_library()

    def add_from_library(self):
        """Copy slots of the local library into the plan (their platforms too), one step."""
        from ...core import library
        from .. import dialogs
        lib = self._library()
        chosen = dialogs.ask_library_slots(self, lib, self.doc.plan)
        if chosen:
            if self._edit(QT_TRANSLATE_NOOP("SlotPalette", "Add from library"), library.add_from_library, lib, chosen):
                self.select_slot(chosen[0])

    def save_to_library(self):
        """Keep the chosen slot (and its platform) in the local library for later plans."""
        from ...store.local import StoreError
        from .. import dialogs
        sid = self.current_slot()
        if sid is None or self.store is None:
            return
        try:
            self.store.save_slot_to_library(self.doc.plan, sid)
        except StoreError as e:
            dialogs.show_error(self, self.tr("Save to library"), e.message)
            return
        self.sig_message.emit(self.tr("%1 kept in the library").replace("%1", one_line(self.doc.plan.slot(sid).name)))

    def select_slot(self, slot_id: str) -> None:
        item = self.slot_item(slot_id)
        if item is not None:
            self.setCurrentItem(item)

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
