"""Every dialog the app opens, in one place: tests replace these functions instead of
clicking modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, SAVE_AS = "overwrite", "save_as"


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
    QMessageBox.warning(parent, title, message)


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
