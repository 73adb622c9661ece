"""Every dialog the app opens, in one place: tests replace these functions instead of
clicking modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, SAVE_AS = "overwrite", "save_as"
RESTORE, LATER = "restore", "later"


def ask_save_changes(parent, name: str) -> str:
    title = QCoreApplication.translate("dialogs", "Unsaved changes")
    text = QCoreApplication.translate("dialogs", "Save the changes to “%1” before closing?").replace("%1", name)
    box = QMessageBox(QMessageBox.Warning, title, text,
                      QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, parent)
    box.setInformativeText(QCoreApplication.translate("dialogs", "If you don't save, your changes will be lost."))
    box.setDefaultButton(QMessageBox.Save)
    answer = box.exec()
    return {QMessageBox.Save: SAVE, QMessageBox.Discard: DISCARD}.get(answer, CANCEL)


def error_text(message) -> str:
    """What ``show_error`` shows: a message from the core or the store (core.messages.Msg, or
    an exception carrying one: PlanFileError, StoreError, PlanError, FileAccessError) in the
    window's language; several messages (a list) each on its own line with a blank line
    between; plain text line by line, control characters from files escaped."""
    from ..text import one_line
    from .texts import tr_message
    if isinstance(message, (list, tuple)):
        return "\n\n".join(error_text(m) for m in message)
    if isinstance(message, str) and type(message) is str:
        return "\n".join(one_line(line) for line in message.split("\n"))
    return tr_message(message)


def show_error(parent, title: str, message) -> None:
    """A message for a person (see ``error_text``), as a sentence (its first letter a capital)."""
    text = error_text(message)
    QMessageBox.warning(parent, title, text[:1].upper() + text[1:])


def show_info(parent, title: str, text: str) -> None:
    """A note for a person that needs no answer but OK."""
    QMessageBox.information(parent, title, text)


def ask_suggestion(parent, plan, scenario: str):
    """What the optimiser may do (Scenario > Suggest Bookings…): a ``suggest.SuggestDialog``
    for ``plan``, starting from ``scenario``. Returns a ``suggest.SuggestRequest``, or None if
    the person cancels."""
    from .suggest import SuggestDialog
    dlg = SuggestDialog(parent, plan, scenario)
    try:
        return dlg.request() if dlg.exec() == QDialog.Accepted else None
    finally:
        dlg.deleteLater()


def get_actuals_path(parent) -> str | None:
    """The CSV of delivered numbers to import (File > Import Delivered Numbers…)."""
    title = QCoreApplication.translate("dialogs", "Import delivered numbers")
    kinds = QCoreApplication.translate("dialogs", "Delivered numbers (*.csv);;All files (*)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path or None


def ask_apply_calibration(parent, plan, calibration, source: str) -> bool:
    """The fitted values beside the plan's (a ``calibration.CalibrationDialog``): True if the
    person applies them."""
    from .calibration import CalibrationDialog
    dlg = CalibrationDialog(parent, plan, calibration, source)
    try:
        return dlg.exec() == QDialog.Accepted
    finally:
        dlg.deleteLater()


def ask_library_slots(parent, library, plan) -> list[str] | None:
    """Slots of the local library to copy into ``plan`` (the Slots panel's Add from
    Library…): a checkable tree by platform; a slot the plan has already is shown greyed.
    Returns the ticked slot ids, or None if cancelled."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
    dlg = QDialog(parent)
    dlg.setWindowTitle(QCoreApplication.translate("dialogs", "Add from library"))
    layout = QVBoxLayout(dlg)
    layout.addWidget(QLabel(QCoreApplication.translate(
        "dialogs", "Slots to copy into the plan (the plan keeps its own copy; numbers without a source are "
                   "assumptions):")))
    tree = QTreeWidget()
    tree.setObjectName("library_tree")
    tree.setHeaderHidden(True)
    have = {s.id for s in plan.slots}
    in_plan = QCoreApplication.translate("dialogs", "%1 (in the plan)")
    for p in library.platforms:
        top = QTreeWidgetItem([p.name])
        tree.addTopLevelItem(top)
        for s in library.slots_of(p.id):
            item = QTreeWidgetItem([in_plan.replace("%1", s.name) if s.id in have else s.name])
            item.setData(0, Qt.UserRole, s.id)
            flags = Qt.ItemIsUserCheckable | (Qt.NoItemFlags if s.id in have else Qt.ItemIsEnabled)
            item.setFlags(flags)
            item.setCheckState(0, Qt.Unchecked)
            item.setToolTip(0, library.notes.get(s.id, "") or s.name)
            top.addChild(item)
        top.setExpanded(True)
    tree.setMinimumSize(420, 360)
    layout.addWidget(tree)
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    layout.addWidget(buttons)
    dlg.tree = tree

    def ticked():
        return [tree.topLevelItem(i).child(k).data(0, Qt.UserRole)
                for i in range(tree.topLevelItemCount()) for k in range(tree.topLevelItem(i).childCount())
                if tree.topLevelItem(i).child(k).checkState(0) == Qt.Checked]
    try:
        return ticked() if dlg.exec() == QDialog.Accepted else None
    finally:
        dlg.deleteLater()


def ask_platforms(parent, ids, names: dict) -> tuple[list[str], float] | None:
    """A new cell of the audience (Inspector > Plan > Audience > Add Cell…): which platforms its
    people use (a checkable list) and how many they are. Returns (ids, size), or None if
    cancelled; OK waits for at least one platform and a number above 0."""
    from .panels.checklist import CheckList
    from .panels.inspector import parse_number
    dlg = QDialog(parent)
    dlg.setWindowTitle(QCoreApplication.translate("dialogs", "Add audience cell"))
    layout = QVBoxLayout(dlg)
    layout.addWidget(QLabel(QCoreApplication.translate("dialogs", "The people who use exactly these platforms:")))
    box = CheckList(lambda i: names.get(i, i))
    box.set_items(list(ids), [])
    layout.addWidget(box)
    layout.addWidget(QLabel(QCoreApplication.translate("dialogs", "How many people:")))
    size = QLineEdit()
    size.setPlaceholderText("10,000,000")
    layout.addWidget(size)
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    buttons.accepted.connect(dlg.accept)
    buttons.rejected.connect(dlg.reject)
    layout.addWidget(buttons)

    def value():
        try:
            v = parse_number(size.text())
        except ValueError:
            return None
        return v if v is not None and v > 0 else None

    def check(*_):
        buttons.button(QDialogButtonBox.Ok).setEnabled(bool(box.checked()) and value() is not None)
    box.sig_checked.connect(check)
    size.textChanged.connect(check)
    check()
    try:
        return (box.checked(), float(value())) if dlg.exec() == QDialog.Accepted else None
    finally:
        dlg.deleteLater()


def ask_admits(parent, categories, checked) -> list[str] | None:
    """Which categories a phase admits: a checkable list of ``categories`` (ids, shown by their
    names; "all" is "All categories") with ``checked`` ticked (ids not in ``categories`` are
    added, marked as the plan's own). Returns the ticked ids in the list's order, or None if
    the person cancels."""
    dlg = AdmitsDialog(parent, categories, checked)
    return dlg.admits() if dlg.exec() == QDialog.Accepted else None


class AdmitsDialog(QDialog):
    """The dialog of ``ask_admits``: its ``list`` holds one checkable item per category."""

    def __init__(self, parent, categories, checked):
        super().__init__(parent)
        from .panels.checklist import CheckList
        from .texts import category_name
        self.setWindowTitle(QCoreApplication.translate("dialogs", "Admitted categories"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate("dialogs", "Which categories does this phase admit?")))
        self.list = CheckList(category_name)
        self.list.set_items(list(categories), list(checked))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def admits(self) -> list[str]:
        return self.list.checked()


def get_open_path(parent) -> str | None:
    title = QCoreApplication.translate("dialogs", "Open plan")
    kinds = QCoreApplication.translate("dialogs", "Plans (*.mpplan *.json);;All files (*)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return path or None


def get_save_path(parent, suggested: str) -> str | None:
    title = QCoreApplication.translate("dialogs", "Save plan")
    kinds = QCoreApplication.translate("dialogs", "Plans (*.mpplan)")
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    if path and not path.lower().endswith(".mpplan"):
        path += ".mpplan"
    return path or None


def get_text(parent, title: str, label: str, text: str = "", check=None) -> str | None:
    """A line of text (a name): a ``TextDialog`` wide enough for its title, label and text.
    ``check``: called with the text as it is typed, returns None if it is fine or why it is
    not (shown under the field, OK disabled). Returns the text, or None if cancelled."""
    dlg = TextDialog(parent, title, label, text, check=check)
    return dlg.value() if dlg.exec() == QDialog.Accepted else None


class TextDialog(QDialog):
    """The dialog of ``get_text``: a label, a field (``edit``), what is wrong with the text
    (``error``, shown only while ``check`` says something) and OK (``ok``, disabled while
    the text is empty or refused) / Cancel. Its width fits the title, the label and the
    text (between ``MIN_WIDTH`` and ``MAX_WIDTH``; a longer label wraps)."""

    MIN_WIDTH = 360
    MAX_WIDTH = 700
    TITLE_BAR_EXTRA = 140   # the title bar's icon and buttons, beside the title's text
    ROOM_TO_TYPE = 8        # characters of room after the text

    def __init__(self, parent, title: str, label: str, text: str = "", check=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._check = check
        layout = QVBoxLayout(self)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.edit = QLineEdit(text)
        self.label.setBuddy(self.edit)
        layout.addWidget(self.edit)
        self.error = QLabel()
        self.error.setObjectName("text_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.edit.textChanged.connect(self._validate)
        self._validate()
        self.edit.selectAll()
        width = self.fitting_width(title, label, text)
        self.setMinimumWidth(min(width, self.MIN_WIDTH))
        self._fit_height(width)

    def _fit_height(self, width: int) -> None:
        """As tall as the contents need at ``width`` (a wrapped label or message), no taller."""
        self.layout().activate()
        self.resize(width, max(self.minimumSizeHint().height(), self.heightForWidth(width)))

    def fitting_width(self, title: str, label: str, text: str) -> int:
        """The width that shows the whole title, label and text, within the limits."""
        margins = self.layout().contentsMargins()
        inside = margins.left() + margins.right()
        title_font = QFont(self.font())
        title_font.setBold(True)   # title bars often use a bold font
        title_width = QFontMetrics(title_font).horizontalAdvance(title) + self.TITLE_BAR_EXTRA
        fm = self.label.fontMetrics()
        label_width = max((fm.horizontalAdvance(line) for line in label.split("\n")), default=0) + inside
        efm = self.edit.fontMetrics()
        edit_extra = self.edit.sizeHint().width() - efm.horizontalAdvance("x" * 17)   # its frame and margins
        text_width = (efm.horizontalAdvance(text) + self.ROOM_TO_TYPE * efm.averageCharWidth()
                      + max(edit_extra, 12) + inside)
        width = max(title_width, label_width, text_width, self.MIN_WIDTH)
        screen = self.screen()
        limit = self.MAX_WIDTH
        if screen is not None:
            limit = min(limit, max(self.MIN_WIDTH, screen.availableGeometry().width() - 40))
        return min(width, limit)

    def _validate(self, *_):
        value = self.edit.text()
        problem = self._check(value) if (self._check is not None and value.strip()) else None
        shown = self.error.isVisibleTo(self)
        self.error.setText(problem or "")
        self.error.setVisible(bool(problem))
        self.ok.setEnabled(bool(value.strip()) and not problem)
        if shown != bool(problem):   # as tall as it needs, no taller: the message comes and goes
            self._fit_height(self.width())

    def value(self) -> str:
        return self.edit.text()


def ask_confirm(parent, title: str, text: str, action: str | None = None) -> bool:
    """Whether to go on with something that cannot be undone (removing a template): True if
    the person confirms. ``action``: the confirming button's text (default: OK)."""
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Cancel, parent)
    if action:
        yes = box.addButton(action, QMessageBox.AcceptRole)
    else:
        yes = box.addButton(QMessageBox.Ok)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def get_export_path(parent, title: str, suggested: str, kinds: str, suffix: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    if path and not path.lower().endswith(suffix):
        path += suffix
    return path or None


def get_image_size(parent) -> tuple[int, int, int] | None:
    """(width, height, dpi) for a PNG export, or None if cancelled."""
    from .charts.panel import ImageSizeDialog
    dlg = ImageSizeDialog(parent)
    return dlg.values() if dlg.exec() else None


def ask_external_change(parent, name: str, missing: bool) -> str:
    """The file changed on disk (or was moved) since it was opened: overwrite, save as, cancel."""
    if missing:
        text = QCoreApplication.translate(
            "dialogs", "“%1” was moved, renamed or deleted since you opened it. Save it here again, "
                       "or choose where to save?").replace("%1", name)
    else:
        text = QCoreApplication.translate(
            "dialogs", "“%1” was changed by someone or something else since you opened it. "
                       "Overwrite those changes, or save under another name?").replace("%1", name)
    box = QMessageBox(QMessageBox.Warning, QCoreApplication.translate("dialogs", "File changed on disk"), text,
                      QMessageBox.NoButton, parent)
    over = box.addButton(QCoreApplication.translate("dialogs", "Overwrite"), QMessageBox.DestructiveRole)
    save_as = box.addButton(QCoreApplication.translate("dialogs", "Save As…"), QMessageBox.AcceptRole)
    box.addButton(QMessageBox.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    return {id(over): OVERWRITE, id(save_as): SAVE_AS}.get(id(box.clickedButton()), CANCEL)


def ask_recover(parent, name: str, edited_at: str, saved_as: str | None) -> str:
    """A plan was being edited when the planner stopped: restore it, keep it for later, or discard.
    ``edited_at``: when it was last edited (ISO, shown as a local date and time)."""
    from .texts import local_datetime_text
    edited_at = local_datetime_text(edited_at)
    where = saved_as or QCoreApplication.translate("dialogs", "never saved")
    text = QCoreApplication.translate(
        "dialogs", "The planner stopped while “%1” had unsaved changes.\nLast edited: %2\nSaved as: %3") \
        .replace("%1", name).replace("%2", edited_at).replace("%3", where)
    box = QMessageBox(QMessageBox.Question, QCoreApplication.translate("dialogs", "Restore unsaved changes"), text,
                      QMessageBox.NoButton, parent)
    restore = box.addButton(QCoreApplication.translate("dialogs", "Restore"), QMessageBox.AcceptRole)
    later = box.addButton(QCoreApplication.translate("dialogs", "Not now"), QMessageBox.RejectRole)
    box.addButton(QCoreApplication.translate("dialogs", "Discard"), QMessageBox.DestructiveRole)
    box.setDefaultButton(restore)
    box.exec()
    return {id(restore): RESTORE, id(later): LATER}.get(id(box.clickedButton()), DISCARD)
