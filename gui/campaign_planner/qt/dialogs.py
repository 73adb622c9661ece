"""Every dialog the app opens, in one place: tests replace these functions instead of
clicking modal dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
OVERWRITE, SAVE_AS = "overwrite", "save_as"


def tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def ask_save_changes(parent, name: str) -> str:
    box = QMessageBox(QMessageBox.Warning, tr("Unsaved changes"),
                      tr("Save the changes to “%1” before closing?").replace("%1", name),
                      QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, parent)
    box.setInformativeText(tr("If you don't save, your changes will be lost."))
    box.setDefaultButton(QMessageBox.Save)
    answer = box.exec()
    return {QMessageBox.Save: SAVE, QMessageBox.Discard: DISCARD}.get(answer, CANCEL)


def show_error(parent, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def get_open_path(parent) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, tr("Open plan"), "",
                                          tr("Plans (*.mpplan *.json);;All files (*)"))
    return path or None


def get_save_path(parent, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, tr("Save plan"), suggested, tr("Plans (*.mpplan)"))
    if path and not path.lower().endswith(".mpplan"):
        path += ".mpplan"
    return path or None


def get_text(parent, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, text=text)
    return value if ok else None
