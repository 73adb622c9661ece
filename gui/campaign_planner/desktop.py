"""Desktop integration (freedesktop.org) for this user: ``campaign-planner install-desktop``.

One application id, :data:`APP_ID`, names the menu entry, the icon, the AppStream metadata
and the plan file type's definition. ``install`` copies them from the package's data files
(``resources/desktop/``) into ``$XDG_DATA_HOME`` (default ``~/.local/share``):

- ``applications/APP_ID.desktop`` (through ``desktop-file-install``, which checks it), its
  ``Exec`` pointing at this installation's command, so a planner in a virtual environment
  starts from the menu too;
- ``icons/hicolor/scalable/apps/APP_ID.svg`` and ``icons/hicolor/NxN/apps/APP_ID.png``;
- ``mime/packages/APP_ID.xml``: the type :data:`MIME_TYPE`, by the ``*.mpplan`` name and by
  content (a SQLite header with the plan's application id, so a renamed plan is still one);
- ``metainfo/APP_ID.metainfo.xml`` (AppStream, for software centres);

then refreshes the MIME and desktop databases (``update-mime-database``,
``update-desktop-database``). ``uninstall`` removes exactly those files and refreshes the
databases again. Without the freedesktop tools both say which Debian packages to install.
Qt-free: it runs without a display.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

from .core.catalog import resources_dir

APP_ID = "io.github.campaignplanner.CampaignPlanner"
MIME_TYPE = "application/x-campaign-plan"
COMMAND = "campaign-planner"
ICON_SIZES = (16, 32, 48, 64, 128, 256)

# the programs install/uninstall run (imports of subprocess and friends wait until they are
# needed: the window imports this module for the icon before its first paint), and the Debian package of each
TOOLS = {
    "desktop-file-install": "desktop-file-utils",
    "update-desktop-database": "desktop-file-utils",
    "update-mime-database": "shared-mime-info",
}

# characters that make the Desktop Entry specification's Exec quote an argument
_EXEC_RESERVED = set(" \t\"'\\><~|&;$*?#()`")


class DesktopError(Exception):
    """The desktop integration cannot be installed or removed: one line saying why."""


def source_dir() -> Path:
    """The packaged desktop files (``resources/desktop``)."""
    return resources_dir() / "desktop"


def icon_file() -> Path:
    """The application's icon (SVG)."""
    return source_dir() / f"{APP_ID}.svg"


def icon_png(size: int) -> Path:
    return source_dir() / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` (a relative value is ignored, as the XDG
    Base Directory specification says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def files(home: Path) -> list[tuple[Path, Path]]:
    """(packaged file, where it is installed) for every file ``install`` writes; the
    desktop file comes first (it is written through ``desktop-file-install``)."""
    src = source_dir()
    icons = home / "icons" / "hicolor"
    return [
        (src / f"{APP_ID}.desktop", home / "applications" / f"{APP_ID}.desktop"),
        (icon_file(), icons / "scalable" / "apps" / f"{APP_ID}.svg"),
        *((icon_png(n), icons / f"{n}x{n}" / "apps" / f"{APP_ID}.png") for n in ICON_SIZES),
        (src / f"{APP_ID}.mime.xml", home / "mime" / "packages" / f"{APP_ID}.xml"),
        (src / f"{APP_ID}.metainfo.xml", home / "metainfo" / f"{APP_ID}.metainfo.xml"),
    ]


def launcher() -> list[str]:
    """The command that starts this installation of the planner, absolute: the bundle's
    executable, the ``campaign-planner`` script that is running (or the one beside this
    Python, as in a virtual environment), else this Python with ``-m campaign_planner``."""
    if getattr(sys, "frozen", False):
        return [os.path.abspath(sys.executable)]
    candidates = []
    if sys.argv and Path(sys.argv[0]).name == COMMAND:
        candidates.append(Path(sys.argv[0]))
    candidates.append(Path(sys.executable).parent / COMMAND)
    for script in candidates:
        if script.is_file() and os.access(script, os.X_OK):
            return [os.path.abspath(script)]
    return [os.path.abspath(sys.executable), "-m", "campaign_planner"]


def exec_line(command: list[str]) -> str:
    """The ``Exec`` value (as written in the file) that runs ``command`` on one file:
    arguments quoted as the Desktop Entry specification says, then escaped as a string."""
    parts = []
    for arg in command:
        if any(c in arg for c in "\n\r") or not arg.isprintable():
            raise DesktopError(f"cannot write a menu entry for the path {arg!r}: it holds a control character")
        arg = arg.replace("%", "%%")
        if any(c in _EXEC_RESERVED for c in arg):
            arg = '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'
        parts.append(arg.replace("\\", "\\\\"))
    return " ".join([*parts, "%f"])


def missing_tools() -> list[str]:
    import shutil

    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _require_tools() -> None:
    missing = missing_tools()
    if missing:
        packages = sorted({TOOLS[t] for t in missing})
        raise DesktopError(
            f"{', '.join(missing)} not found: install the freedesktop tools first "
            f"(Debian/Ubuntu: sudo apt-get install {' '.join(packages)})"
        )


def _run(*command: str) -> None:
    import subprocess

    try:
        done = subprocess.run(command, capture_output=True, text=True, errors="replace", timeout=120)
    except (OSError, subprocess.SubprocessError) as e:
        raise DesktopError(f"{command[0]} could not run: {e}") from None
    if done.returncode != 0:
        said = [line.strip() for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        raise DesktopError(f"{command[0]} failed (exit status {done.returncode}){': ' + said[-1] if said else ''}")


def _copy(src: Path, dst: Path) -> None:
    """Copy as a whole: a temporary file beside ``dst``, then renamed over it."""
    import shutil
    import tempfile

    dst.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dst.name}.", dir=dst.parent)
    try:
        with os.fdopen(fd, "wb") as out, open(src, "rb") as inp:
            shutil.copyfileobj(inp, out)
        os.chmod(tmp, 0o644)
        os.replace(tmp, dst)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _refresh(home: Path) -> None:
    """The databases that read the installed files: MIME types, the desktop files' MIME
    associations, and the icon theme (a cache the user already has is rebuilt; otherwise the
    folder's time changes, which tells GTK its cache is stale)."""
    import shutil

    if (home / "mime" / "packages").is_dir():
        _run("update-mime-database", str(home / "mime"))
    if (home / "applications").is_dir():
        _run("update-desktop-database", "-q", str(home / "applications"))
    hicolor = home / "icons" / "hicolor"
    if hicolor.is_dir():
        os.utime(hicolor)
        if (hicolor / "icon-theme.cache").exists() and shutil.which("gtk-update-icon-cache"):
            _run("gtk-update-icon-cache", "-q", "-t", "-f", str(hicolor))


def install(home: Path | None = None, say: Callable[[str], None] = print) -> None:
    """Install the menu entry, icons, file type and metadata for this user (see the module)."""
    import tempfile

    _require_tools()
    home = data_home() if home is None else home
    entries = files(home)
    (desktop_src, desktop_dst), rest = entries[0], entries[1:]
    text = desktop_src.read_text(encoding="utf-8")
    text, n = re.subn(r"^Exec=.*$", lambda _: "Exec=" + exec_line(launcher()), text, count=1, flags=re.M)
    if n != 1:
        raise DesktopError(f"{desktop_src}: has no Exec line")
    desktop_dst.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / desktop_src.name
        staged.write_text(text, encoding="utf-8")
        _run("desktop-file-install", f"--dir={desktop_dst.parent}", "--mode=644", str(staged))
    say(f"installed {desktop_dst}")
    for src, dst in rest:
        _copy(src, dst)
        say(f"installed {dst}")
    _refresh(home)
    say(f"registered {APP_ID} and the file type {MIME_TYPE} (*.mpplan) for this user")


def uninstall(home: Path | None = None, say: Callable[[str], None] = print) -> None:
    """Remove what :func:`install` installed, and refresh the databases."""
    _require_tools()
    home = data_home() if home is None else home
    removed = 0
    for _, dst in files(home):
        if dst.is_file() or dst.is_symlink():
            dst.unlink()
            removed += 1
            say(f"removed {dst}")
    _refresh(home)
    say(f"removed {APP_ID} from this user's desktop" if removed else f"{APP_ID} was not installed in {home}")
