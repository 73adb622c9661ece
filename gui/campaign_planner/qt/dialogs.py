"""Every dialog the app opens, in one place: tests replace these functions instead of
clicking modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

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


def show_error(parent, title: str, message: str) -> None:
    """One message for a person: one line, control characters from files escaped."""
    from ..text import one_line
    QMessageBox.warning(parent, title, one_line(message))


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


def get_text(parent, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None


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
    """A plan was being edited when the planner stopped: restore it, keep it for later, or discard."""
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
