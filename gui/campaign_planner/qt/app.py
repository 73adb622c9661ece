"""QApplication, translations, and the window's start-up order: paint first, then load
the rest (local store, problem analysis, pyqtgraph charts)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..core.catalog import resources_dir

APP = "campaign-planner"


def _has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


LANGUAGES = ("en", "zh_CN")
SETTINGS_MAX_BYTES = 1024 * 1024


def settings(problems: list | None = None):
    """The window's settings (``settings.ini``, where ``settings_path`` says). Never fails. With a
    ``problems`` list (the window's start), a file that is not a settings file (binary
    garbage, a malformed line, a folder or a pipe in its place) is moved aside to
    ``settings.damaged-<time>.ini`` (kept), the defaults are used, and a function giving
    what was wrong (one line, in the language installed when it is called) is appended to
    ``problems``. Without it (the command line) nothing is moved: the values that can be
    read are used."""
    from PySide6.QtCore import QSettings

    path = settings_path()
    damaged = _settings_damage(path)
    if damaged is None:
        s = QSettings(str(path), QSettings.IniFormat)
        if s.status() != QSettings.FormatError:
            return s
        damaged = "layout"
        del s
    if problems is not None:
        aside = _set_settings_aside(path)
        problems.append(lambda: _settings_problem(path, damaged, aside))
    return QSettings(str(path), QSettings.IniFormat)


def settings_path() -> Path:
    """Where the window's settings are kept: the config folder (Qt's AppConfigLocation,
    ``~/.config/…`` on Linux); ``CAMPAIGN_PLANNER_CONFIG_DIR`` overrides it, and a data folder
    given by ``CAMPAIGN_PLANNER_DATA_DIR`` (tests, a portable copy) holds them too. Settings an
    earlier version kept in the data folder are moved to the config folder once."""
    from PySide6.QtCore import QStandardPaths

    from ..paths import data_dir
    env = os.environ.get("CAMPAIGN_PLANNER_CONFIG_DIR")
    if env:
        return Path(env) / "settings.ini"
    if os.environ.get("CAMPAIGN_PLANNER_DATA_DIR"):
        return data_dir() / "settings.ini"
    folder = QStandardPaths.writableLocation(QStandardPaths.AppConfigLocation)
    if not folder:
        return data_dir() / "settings.ini"
    path = Path(folder) / "settings.ini"
    old = data_dir() / "settings.ini"
    if not os.path.lexists(path) and os.path.isfile(old) and not os.path.islink(old):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            os.replace(old, path)
        except OSError:
            return old   # it stays where it is, and is used there
    return path


def _settings_problem(path: Path, damaged: str, aside: Path | None) -> str:
    from PySide6.QtCore import QCoreApplication

    from ..fileio import display_name
    why = {"layout": QCoreApplication.translate("app", "it is not laid out as a settings file"),
           "text": QCoreApplication.translate("app", "it is not text"),
           "kind": QCoreApplication.translate("app", "it is not a regular file")}.get(damaged, damaged)
    if aside is not None:
        return _fill(QCoreApplication.translate("app", "The settings file %1 could not be read (%2); it was set "
                                                       "aside as %3 and the default settings are used."),
                     display_name(path), why, display_name(aside.name))
    return _fill(QCoreApplication.translate("app", "The settings file %1 could not be read (%2); the default "
                                                   "settings are used."), display_name(path), why)


def _fill(template: str, *values: str) -> str:
    import re
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1] if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), template)


def _settings_damage(path: Path) -> str | None:
    """Why ``path`` is not a settings file this planner wrote ("kind", "text", or the
    system's words), None if it is one or is absent."""
    import stat

    from .. import fileio
    try:
        st = os.stat(path)
    except OSError:
        return None  # absent (or the folder is unusable: QSettings then keeps the defaults)
    if not stat.S_ISREG(st.st_mode):
        return "kind"
    try:
        data = fileio.read_regular(path, SETTINGS_MAX_BYTES, "settings file")
    except fileio.FileAccessError as e:
        return e.reason or str(e)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "text"
    if b"\x00" in data:
        return "text"
    return None


def _set_settings_aside(path: Path) -> Path | None:
    import datetime as dt
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for n in range(1000):
        aside = path.with_name(f"settings.damaged-{stamp}{f'-{n}' if n else ''}.ini")
        if not os.path.lexists(aside):
            try:
                os.replace(path, aside)
                return aside
            except OSError:
                return None
    return None


def _language(value) -> str | None:
    """A language setting we know, or None (a damaged settings file may hold anything)."""
    return value if isinstance(value, str) and value in LANGUAGES else None


def install_translator(app, language: str | None):
    """Install the Chinese translation if asked for, or if the system locale is Chinese."""
    from PySide6.QtCore import QLocale, QTranslator
    for t in getattr(app, "_translators", []):
        app.removeTranslator(t)
    app._translators = []
    if not isinstance(language, str) or not language:
        language = "zh_CN" if QLocale.system().language() == QLocale.Chinese else "en"
    QLocale.setDefault(QLocale(QLocale.Chinese, QLocale.China) if language.startswith("zh")
                       else QLocale(QLocale.English, QLocale.UnitedStates))
    folder_ours = str(resources_dir() / "translations")
    if not language.startswith("zh"):  # English plural forms ("1 placement", "3 placements")
        t = QTranslator(app)
        if t.load("campaign_planner_en", folder_ours):
            app.installTranslator(t)
            app._translators.append(t)
    if language.startswith("zh"):
        from PySide6.QtCore import QLibraryInfo
        for name, folder in (("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath)),
                             ("campaign_planner_zh_CN", folder_ours)):
            t = QTranslator(app)
            if t.load(name, folder):
                app.installTranslator(t)
                app._translators.append(t)
    from PySide6.QtCore import QCoreApplication  # Qt adds it to dialogs' titles on X11
    app.setApplicationDisplayName(QCoreApplication.translate("MainWindow", "Campaign Planner"))
    return language


_QUIET = ("propagateSizeHints", "support raise()")  # the offscreen platform: it has no window manager


def _qt_messages(mode, context, message):
    if not any(q in message for q in _QUIET):
        sys.stderr.write(message + "\n")


def create_app(argv=None):
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ..desktop import APP_ID
    qInstallMessageHandler(_qt_messages)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setOrganizationName("campaign-planner")
    app.setApplicationName(APP)                 # X11's WM_CLASS (the desktop file's StartupWMClass)
    app.setApplicationDisplayName("Campaign Planner")  # in the window's language: install_translator
    app.setDesktopFileName(APP_ID)              # Wayland's app id: the menu entry, its icon
    app.setWindowIcon(app_icon())
    return app


def app_icon():
    """The application's icon: the packaged SVG, and its PNGs (drawn without Qt's SVG plugin;
    with their sizes given, none is read before it is shown)."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from ..desktop import ICON_SIZES, icon_file, icon_png
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_png(size)), QSize(size, size))
    icon.addFile(str(icon_file()))
    return icon


def make_window(app, path: str | None = None, *, stop_after: str | None = None):
    """Build and show the window, paint it, then finish loading. Returns the window.
    ``stop_after="paint"`` or ``"charts"`` returns right after the first paint or after the
    charts are drawn (for the start-up benchmark)."""
    from .main_window import MainWindow
    problems: list = []
    s = settings(problems)
    install_translator(app, _language(s.value("language", "")))
    win = MainWindow(s)
    win.begin_startup(p() for p in problems)  # what is wrong with the planner's own files is told once, at the end
    win.sig_language.connect(lambda code: _switch_language(app, win, code))
    # a bad file: the window shows, and a message over it; panels and charts come after the first paint
    opened = bool(path) and win.files.open_path(path, defer=True, remember=False)
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
    win.files.recover_crashed()
    if win.doc is None:
        win.show_start_page()    # the local store (sqlite-utils) comes last
    if opened:
        win.files.remember(path)
    win.show_startup_problems()  # once: a damaged store set aside, a read-only store, unreadable copies
    return win


def _switch_language(app, win, code: str):
    """Rebuild the window in the chosen language, keeping the open plan and its undo history."""
    win.settings.setValue("language", code)
    install_translator(app, code)
    if win.doc is not None:  # undo steps are named again in the new language
        from .texts import retranslate_stack
        retranslate_stack(win.doc.undo_stack)
    from .main_window import MainWindow
    win.save_layout()            # the new window takes the docks' layout and the label column's width
    new = MainWindow(win.settings)
    new._store = win._store      # one store (and its problems told once) for the whole run
    new.sig_language.connect(lambda c: _switch_language(app, new, c))
    new.setGeometry(win.geometry())
    if win.doc is not None:      # the old window must not ask to save a plan it no longer owns
        new.files.show(win.files.release())   # an autosave failure stays in view
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
    from .instance import InstanceServer, send_to_running
    if send_to_running(path):
        return 0   # the running planner opens it and comes to the front
    app._main_window = make_window(app, path)
    app._instance = InstanceServer(lambda p: open_request(app, p), parent=app)
    app._instance.listen()
    return app.exec()


def open_request(app, path: str | None) -> None:
    """Another start asked this planner to open ``path`` (None: only to show itself): the
    window comes to the front, then opens the plan (asking first about unsaved changes)."""
    win = app._main_window
    if win is None:
        return
    if win.isMinimized():
        win.showNormal()
    win.show()
    win.raise_()
    win.activateWindow()
    if path:
        win.files.open_path(path)
