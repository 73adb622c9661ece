"""Desktop integration (issue 11 item 2): one application id names the menu entry, the icon,
the AppStream metadata and the plan file type; the files pass the freedesktop validators;
``install-desktop`` registers them for the user and ``--uninstall`` removes them; a plan
renamed to ``plan.bin`` is still recognised as a plan by its content (Qt's MIME database,
in a subprocess that sees only the test's data folder)."""

import configparser
import json
import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from campaign_planner import __version__, desktop
from campaign_planner.desktop import APP_ID, ICON_SIZES, MIME_TYPE
from campaign_planner.store.planfile import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
FILES = ROOT / "resources" / "desktop"
DESKTOP_FILE = FILES / f"{APP_ID}.desktop"
METAINFO = FILES / f"{APP_ID}.metainfo.xml"
MIME_XML = FILES / f"{APP_ID}.mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ZH_NAME = "小程序投放规划"  # the window's title in Chinese (MainWindow "Campaign Planner")
SYSTEM_DATA_DIRS = "/usr/local/share:/usr/share"  # the parent types (SQLite) come from the system's database


def tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is missing: install the Debian package {package} (packaging/test.sh installs it)")
    return path


def run(*args, env=None, **kw):
    return subprocess.run([*map(str, args)], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ) if env is None else env, **kw)


def desktop_entry(path: Path) -> dict:
    parser = configparser.RawConfigParser(delimiters=("=",), interpolation=None)
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


# ---- the files


def test_the_desktop_file_passes_desktop_file_validate():
    r = run(tool("desktop-file-validate", "desktop-file-utils"), DESKTOP_FILE)
    assert r.returncode == 0 and not r.stdout.strip() and not r.stderr.strip(), r.stdout + r.stderr


def test_the_appstream_metadata_passes_appstreamcli_validate():
    r = run(tool("appstreamcli", "appstream"), "validate", "--no-net", METAINFO)
    assert r.returncode == 0, r.stdout + r.stderr


def test_the_files_agree_on_the_application_id_type_and_names():
    entry = desktop_entry(DESKTOP_FILE)
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == f"{MIME_TYPE};"
    assert entry["Exec"].split()[0] == "campaign-planner"
    assert entry["StartupWMClass"] == "campaign-planner"  # the window's WM_CLASS: qt/app.py's application name
    assert entry["Categories"] == "Office;ProjectManagement;"
    assert entry["Name[zh_CN]"] == ZH_NAME and entry["Comment"] and entry["Comment[zh_CN]"]

    info = ET.parse(METAINFO).getroot()
    assert info.findtext("id") == APP_ID
    assert info.find("launchable").text == f"{APP_ID}.desktop"
    assert [m.text for m in info.iter("mediatype")] == [MIME_TYPE]
    assert [b.text for b in info.iter("binary")] == ["campaign-planner"]
    for tag in ("name", "summary"):
        langs = {e.get(XML_LANG) for e in info.findall(tag)}
        assert langs == {None, "zh_CN"}, tag
    assert [e.text for e in info.findall("name") if e.get(XML_LANG) == "zh_CN"] == [ZH_NAME]
    assert {p.get(XML_LANG) for p in info.find("description").iter("p")} == {None, "zh_CN"}
    assert info.find("releases/release").get("version") == __version__  # the newest release comes first
    assert info.findtext("metadata_license") and info.findtext("project_license")


def test_the_mime_type_knows_a_plan_by_name_and_by_its_sqlite_application_id():
    (mime,) = ET.parse(MIME_XML).getroot().findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.mpplan"]
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/vnd.sqlite3"
    header = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    assert (header.get("type"), header.get("value"), header.get("offset")) == ("string", "SQLite format 3", "0")
    app_id = header.find(f"{MIME_NS}match")
    assert (app_id.get("type"), app_id.get("offset")) == ("big32", "68")
    assert int(app_id.get("value"), 16) == APPLICATION_ID


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    return struct.unpack(">II", data[16:24])


def test_the_icon_is_an_svg_with_a_png_for_each_size():
    assert ET.parse(desktop.icon_file()).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    for size in ICON_SIZES:
        assert _png_size(desktop.icon_png(size)) == (size, size)


def test_exec_quotes_a_path_as_the_desktop_entry_specification_says(tmp_path):
    assert desktop.exec_line(["/usr/bin/campaign-planner"]) == "/usr/bin/campaign-planner %f"
    assert desktop.exec_line(["/opt/my apps/campaign-planner"]) == '"/opt/my apps/campaign-planner" %f'
    # inside quotes $ ` " \ get a backslash, then the file's string escaping doubles every backslash
    assert desktop.exec_line(['/a$b/"q"/campaign-planner']) == r'"/a\\$b/\\"q\\"/campaign-planner" %f'
    assert desktop.exec_line(["/100%/campaign-planner", "-m", "x"]) == "/100%%/campaign-planner -m x %f"
    with pytest.raises(desktop.DesktopError):
        desktop.exec_line(["/a\nb/campaign-planner"])
    validate = tool("desktop-file-validate", "desktop-file-utils")
    text = DESKTOP_FILE.read_text(encoding="utf-8")
    for command in (["/opt/my apps/campaign-planner"], ['/a$b/"q" `x`/campaign-planner'], ["/植物/campaign-planner"]):
        f = tmp_path / f"{APP_ID}.desktop"
        f.write_text(text.replace("Exec=campaign-planner %f", "Exec=" + desktop.exec_line(command)), encoding="utf-8")
        r = run(validate, f)
        assert r.returncode == 0 and not r.stdout.strip(), (command, r.stdout)


# ---- install-desktop


MIME_OF = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QMimeDatabase
app = QCoreApplication([])
db = QMimeDatabase()
print(json.dumps([db.mimeTypeForFile(f).name() for f in sys.argv[1:]]))
"""


def mime_types(home: Path, *files: Path) -> list[str]:
    """What Qt's MIME database says the files are, for a person whose data folder is ``home``."""
    env = dict(os.environ, XDG_DATA_HOME=str(home), XDG_DATA_DIRS=SYSTEM_DATA_DIRS, QT_QPA_PLATFORM="offscreen")
    r = run(sys.executable, "-c", MIME_OF, *files, env=env)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def install_desktop(home: Path, *args):
    return run(sys.executable, "-m", "campaign_planner", "install-desktop", *args,
               env=dict(os.environ, XDG_DATA_HOME=str(home)))


def test_install_desktop_registers_the_app_and_uninstall_removes_it(tmp_path):
    for name, package in desktop.TOOLS.items():
        tool(name, package)
    home = tmp_path / "share"
    plan = tmp_path / "plan.mpplan"
    assert run(sys.executable, "-m", "campaign_planner", "new", plan).returncode == 0
    renamed = tmp_path / "plan.bin"
    shutil.copyfile(plan, renamed)
    other = tmp_path / "other.bin"  # a SQLite database that is not a plan
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    before = mime_types(home, renamed, other)

    r = install_desktop(home)
    assert r.returncode == 0, r.stderr
    installed = [dst for _, dst in desktop.files(home)]
    assert all(p.is_file() for p in installed), [p for p in installed if not p.is_file()]
    for src, dst in desktop.files(home)[1:]:
        assert dst.read_bytes() == src.read_bytes()
    entry = desktop_entry(home / "applications" / f"{APP_ID}.desktop")
    command = Path(entry["Exec"].split()[0])
    assert command.is_absolute() and os.access(command, os.X_OK), entry["Exec"]
    assert entry["Exec"].endswith(" %f") and entry["Icon"] == APP_ID
    validate = run(tool("desktop-file-validate", "desktop-file-utils"), home / "applications" / f"{APP_ID}.desktop")
    assert validate.returncode == 0 and not validate.stdout.strip(), validate.stdout
    assert MIME_TYPE in (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert (home / "mime" / "mime.cache").is_file()

    assert mime_types(home, renamed, plan, other) == [MIME_TYPE, MIME_TYPE, "application/vnd.sqlite3"]
    r = install_desktop(home)  # again: the same files, no error
    assert r.returncode == 0, r.stderr

    r = install_desktop(home, "--uninstall")
    assert r.returncode == 0, r.stderr
    assert not [p for p in installed if p.exists()]
    assert MIME_TYPE not in (home / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert mime_types(home, renamed, other) == before
    r = install_desktop(home, "--uninstall")  # nothing left to remove
    assert r.returncode == 0 and "was not installed" in r.stdout, r


def test_install_desktop_without_the_freedesktop_tools_names_the_packages(tmp_path):
    bare = tmp_path / "bin"  # a PATH with none of the tools
    bare.mkdir()
    env = dict(os.environ, PATH=str(bare), XDG_DATA_HOME=str(tmp_path / "share"))
    r = run(sys.executable, "-m", "campaign_planner", "install-desktop", env=env)
    assert r.returncode == 2 and r.stdout == ""
    assert len(r.stderr.splitlines()) == 1 and "Traceback" not in r.stderr
    assert "desktop-file-utils" in r.stderr and "shared-mime-info" in r.stderr
    assert not (tmp_path / "share").exists()


# ---- the running app


APP = r"""
import json
from campaign_planner.qt.app import create_app, install_translator, make_window
app = create_app()
win = make_window(app, None)
seen = {"desktop_file": app.desktopFileName(), "name": app.applicationName(),
        "organization": app.organizationName(), "display_en": app.applicationDisplayName(),
        "app_icon": not app.windowIcon().isNull(), "window_icon": not win.windowIcon().isNull(),
        "sizes": sorted(s.width() for s in app.windowIcon().availableSizes())}
install_translator(app, "zh_CN")
seen["display_zh"] = app.applicationDisplayName()
print(json.dumps(seen))
win.close()
"""


def test_the_app_names_its_desktop_file_and_has_the_icon():
    r = run(sys.executable, "-c", APP, env=dict(os.environ, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8", LANGUAGE=""))
    assert r.returncode == 0, r.stderr
    seen = json.loads(r.stdout.splitlines()[-1])
    assert seen["desktop_file"] == APP_ID
    assert seen["name"] == "campaign-planner" and seen["organization"]
    assert seen["app_icon"] and seen["window_icon"]
    assert set(ICON_SIZES) <= set(seen["sizes"])
    assert (seen["display_en"], seen["display_zh"]) == ("Campaign Planner", ZH_NAME)
