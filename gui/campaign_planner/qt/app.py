"""QApplication, translations, and the window's start-up order: paint first, then load
the rest (local store, problem analysis, pyqtgraph charts)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..core.catalog import resources_dir

APP = "Campaign Planner"


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def settings():
    from PySide6.QtCore import QSettings
    from ..paths import data_dir
    return QSettings(str(data_dir() / "settings.ini"), QSettings.IniFormat)


def install_translator(app, language: str | None):
    """Install the Chinese translation if asked for, or if the system locale is Chinese."""
    from PySide6.QtCore import QLocale, QTranslator
    for t in getattr(app, "_translators", []):
        app.removeTranslator(t)
    app._translators = []
    if not language:
        language = "zh_CN" if QLocale.system().language() == QLocale.Chinese else "en"
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China) if language.startswith("zh")
                       else QLocale(QLocale.English, QLocale.UnitedStates))
    if language.startswith("zh"):
        from PySide6.QtCore import QLibraryInfo
        for name, folder in (("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath)),
                             ("campaign_planner_zh_CN", str(resources_dir() / "translations"))):
            t = QTranslator(app)
            if t.load(name, folder):
                app.installTranslator(t)
                app._translators.append(t)
    return language


_QUIET = ("propagateSizeHints",)  # the offscreen platform's notice that it has no window manager


def _qt_messages(mode, context, message):
    if not any(q in message for q in _QUIET):
        sys.stderr.write(message + "\n")


def create_app(argv=None):
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication
    qInstallMessageHandler(_qt_messages)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP)
    app.setOrganizationName("campaign-planner")
    return app


def make_window(app, path: str | None = None, *, stop_after: str | None = None):
    """Build and show the window, paint it, then finish loading. Returns the window.
    ``stop_after="paint"`` or ``"charts"`` returns right after the first paint or after the
    charts are drawn (for the start-up benchmark)."""
    from PySide6.QtCore import QCoreApplication
    from .main_window import MainWindow
    s = settings()
    install_translator(app, s.value("language", "") or None)
    win = MainWindow(s)
    win.sig_language.connect(lambda code: _switch_language(app, win, code))
    pending = None
    if path:
        from ..store.planfile import PlanFileError, open_any
        try:
            plan = open_any(path)
            win.set_document(plan, None if Path(path).suffix.lower() == ".json" else str(Path(path).resolve()),
                             defer=True)
            pending = path
        except PlanFileError as e:
            from . import dialogs
            win.show()
            dialogs.show_error(win, QCoreApplication.translate("MainWindow", "Cannot open the plan"), str(e))
    if win.doc is None:
        win.stack.setCurrentWidget(win.start_page)  # its lists are filled after the first paint
    win.show()
    app.processEvents()          # first paint
    if stop_after == "paint":
        return win
    win.finish_loading()
    win.build_charts()
    app.processEvents()          # charts drawn
    if stop_after == "charts":
        return win
    win.recover_crashed()
    if win.doc is None:
        win.show_start_page()    # the local store (sqlite-utils) comes last
    if pending:
        win._remember(pending)
    return win


def _switch_language(app, win, code: str):
    """Rebuild the window in the chosen language, keeping the open plan and its undo history."""
    win.settings.setValue("language", code)
    install_translator(app, code)
    from .main_window import MainWindow
    new = MainWindow(win.settings)
    new.sig_language.connect(lambda c: _switch_language(app, new, c))
    new.setGeometry(win.geometry())
    if win.doc is not None:
        new.set_document(doc=win.doc)
        win.doc = None           # the old window must not ask to save a plan it no longer owns
    new.show()
    if new.doc is None:
        new.show_start_page()
    new.build_charts()
    app._main_window = new
    win.close()
    win.deleteLater()


def run_gui(path: str | None = None) -> int:
    if not _has_display():
        sys.stderr.write("campaign-planner: no display found (DISPLAY is not set). Run it on a desktop, "
                         "or set QT_QPA_PLATFORM=offscreen for a headless run.\n")
        return 2
    app = create_app()
    app._main_window = make_window(app, path)
    return app.exec()
