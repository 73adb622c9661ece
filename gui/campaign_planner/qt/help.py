"""Help > User Guide (F1), Keyboard Shortcuts, The Model's Terms and Limits, About; and the
short explanations of the model's terms that the inspector shows as tooltips."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from ..core.catalog import resources_dir


def _chinese() -> bool:
    return QLocale().language() == QLocale.Chinese


def guide_file():
    """The user guide in the window's language."""
    return resources_dir() / "help" / ("guide.zh_CN.html" if _chinese() else "guide.en.html")


def term_help(field: str) -> str:
    """What an assumed number means, in a sentence (the inspector's tooltip); "" if none."""
    texts = {
        "kappa": QCoreApplication.translate(
            "help", "Activity heterogeneity (kappa): how unevenly people use the apps. Small: a few heavy users "
                    "see most impressions and reach grows slowly; large: everyone alike, reach grows fast."),
        "eligible_share": QCoreApplication.translate(
            "help", "Eligible share: the share of the app's users who ever see this slot's surface."),
        "impressions_per_unit": QCoreApplication.translate(
            "help", "Impressions per unit: how many times one booking unit (an insertion or a day) is seen."),
        "earn_per_new_person": QCoreApplication.translate(
            "help", "Impressions earned per new person: an earned slot (Alipay's central recommendation) is not "
                    "booked; each day its placements cover, it delivers this many impressions for each new person "
                    "the plan reached the day before."),
        "ctr": QCoreApplication.translate(
            "help", "Click-through rate: the share of impressions that open the mini program (the funnel's "
                    "visitors)."),
        "retention_7d": QCoreApplication.translate(
            "help", "7-day retention: the share of visitors still using the mini program a week later."),
        "correlation": QCoreApplication.translate(
            "help", "Correlation within a platform: how much the errors in one platform's slots go together. "
                    "When the eligible share or the impressions of one Weibo slot turn out higher than assumed, "
                    "the others' likely do too; 0: each slot on its own, near 1: all together. It widens the "
                    "P10–P90 band, not the line."),
        "size": QCoreApplication.translate(
            "help", "Segment size: how many people use only Alipay, only Weibo, or both; each person is counted "
                    "once."),
    }
    band = QCoreApplication.translate(
        "help", "Low and high bound the P10–P90 band: the planner draws 200 sets of values between them and "
                "shows the range 80 % of the draws fall in.")
    text = texts.get(field, "")
    return f"{text}\n{band}" if text else ""


class GuideWindow(QDialog):
    """The user guide: a browser of the packaged HTML, opened at a section."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Campaign Planner user guide"))
        self.resize(760, 640)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def show_section(self, anchor: str | None = None):
        url = QUrl.fromLocalFile(str(guide_file()))
        if anchor:
            url.setFragment(anchor)
        self.browser.setSource(url)
        if anchor:
            self.browser.scrollToAnchor(anchor)
        self.show()
        self.raise_()
        self.activateWindow()


TIMELINE_KEYS = (   # what the menus do not name: the timeline's keys and mouse, the date fields' keys
    (QT_TRANSLATE_NOOP("help", "Timeline: move the selection by a day / a week"),
     QT_TRANSLATE_NOOP("help", "Arrow keys / Shift+arrow keys")),
    (QT_TRANSLATE_NOOP("help", "Timeline: add to the selection"), QT_TRANSLATE_NOOP("help", "Ctrl+click")),
    (QT_TRANSLATE_NOOP("help", "Timeline: select several"), QT_TRANSLATE_NOOP("help", "Drag on empty space")),
    (QT_TRANSLATE_NOOP("help", "Timeline: zoom"), QT_TRANSLATE_NOOP("help", "Ctrl+wheel")),
    (QT_TRANSLATE_NOOP("help", "Date field: a day earlier / later"), QT_TRANSLATE_NOOP("help", "Down / Up")),
    (QT_TRANSLATE_NOOP("help", "Date field: a month earlier / later"),
     QT_TRANSLATE_NOOP("help", "Page Down / Page Up")),
    (QT_TRANSLATE_NOOP("help", "Date field: open the calendar"), QT_TRANSLATE_NOOP("help", "Alt+Down")),
)


def _plain(text: str) -> str:
    """A menu text as read: no mnemonic ("&File", Chinese "文件(&F)"), no ellipsis."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").replace("…", "").strip()


def shortcut_rows(window) -> list[tuple[str, str]]:
    """(what, keys) for every menu action with a shortcut, then the timeline's own keys and
    mouse gestures: made from the menus, so it is always what the window does."""
    rows = []
    seen = set()

    def walk(menu, path):
        for a in menu.actions():
            if a.menu() is not None:
                walk(a.menu(), path + [a.menu().title()])
            elif a.shortcuts() and not a.isSeparator():
                keys = ", ".join(k.toString(QKeySequence.NativeText) for k in a.shortcuts())
                what = " > ".join(_plain(p) for p in path + [a.text()])
                if (what, keys) not in seen:
                    seen.add((what, keys))
                    rows.append((what, keys))

    for a in window.menuBar().actions():
        if a.menu() is not None:
            walk(a.menu(), [a.menu().title()])
    rows += [(QCoreApplication.translate("help", what), QCoreApplication.translate("help", keys))
             for what, keys in TIMELINE_KEYS]
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 560)
        layout = QVBoxLayout(self)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for r, (what, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(what))
            self.table.setItem(r, 1, QTableWidgetItem(keys))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)


def about_text(window) -> str:
    from .. import __version__
    from ..fileio import display_name
    from ..paths import data_dir
    data = data_dir()
    title = QCoreApplication.translate("help", "Campaign Planner %1").replace("%1", __version__)
    what = QCoreApplication.translate(
        "help", "Plans mini-program campaigns across Alipay, Weibo and other Alibaba apps and projects their "
                "unique reach.")
    licence = QCoreApplication.translate(
        "help", "Licence: MIT (the LICENSE file). Built with Qt and PySide6 (LGPLv3), pyqtgraph (MIT), "
                "sqlite-utils (Apache 2.0) and NumPy (BSD).")
    where = [
        QCoreApplication.translate("help", "Templates, recent plans and working copies: %1")
        .replace("%1", _code(display_name(data))),
        QCoreApplication.translate("help", "Backups (the version each save replaced): %1")
        .replace("%1", _code(display_name(data / "backups"))),
        QCoreApplication.translate("help", "Settings: %1")
        .replace("%1", _code(display_name(window.settings.fileName()))),
    ]
    return f"<h3>{title}</h3><p>{what}</p><p>{licence}</p><p>{'<br>'.join(where)}</p>"


def _code(text: str) -> str:
    from html import escape
    return f"<code>{escape(text)}</code>"


def show_about(window) -> None:
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("help", "About Campaign Planner"))
    box.setTextFormat(Qt.RichText)
    box.setText(about_text(window))
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)
    window._about_box = box
    box.open()
