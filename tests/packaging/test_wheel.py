"""The planner installed from its wheel works away from the checkout (issue 11 item 1): the
data files (templates, translations, desktop files) are part of the package and found
through importlib.resources, not three folders up from the code."""

import fnmatch
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

from campaign_planner import __version__
from campaign_planner.core.catalog import BUILTIN_TEMPLATES

ROOT = Path(__file__).resolve().parents[2]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
# what the checkout has that the package does not carry: the translations' sources
NOT_PACKAGED = ("*.ts", "__init__.py")


def _resource_files():
    for path in sorted((ROOT / "resources").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            yield path


def test_the_package_list_names_every_package_and_data_folder():
    """pyproject.toml lists the packages (packages.find cannot reach resources/): a new
    folder of code or data must be added there, or the wheel silently lacks it."""
    code = {".".join(p.parent.relative_to(ROOT / "gui").parts)
            for p in (ROOT / "gui" / "campaign_planner").rglob("__init__.py")}
    data = {".".join(("campaign_planner", "resources", *d.relative_to(ROOT / "resources").parts))
            for d in [ROOT / "resources", *(ROOT / "resources").rglob("*")]
            if d.is_dir() and all(part.isidentifier() for part in d.relative_to(ROOT / "resources").parts)
            and "__pycache__" not in d.parts}
    assert sorted(SETUPTOOLS["packages"]) == sorted(code | data)


def test_every_data_file_is_packaged():
    """Each file under resources/ (but the .ts sources) matches a package-data pattern of
    the deepest package that holds it."""
    packages = SETUPTOOLS["packages"]
    missed = []
    for path in _resource_files():
        rel = path.relative_to(ROOT / "resources")
        if any(fnmatch.fnmatch(path.name, p) for p in NOT_PACKAGED):
            continue
        owner = max((p for p in packages if p.startswith("campaign_planner.resources")
                     and rel.parts[:len(p.split(".")) - 2] == tuple(p.split(".")[2:])), key=len)
        inside = "/".join(rel.parts[len(owner.split(".")) - 2:])
        if not any(fnmatch.fnmatch(inside, pattern) for pattern in SETUPTOOLS["package-data"].get(owner, [])):
            missed.append(str(rel))
    assert not missed, f"add them to [tool.setuptools.package-data]: {missed}"


def _copy_sources(dest: Path) -> Path:
    """The files a wheel is built from, copied: the build leaves nothing in the checkout."""
    dest.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info", "*.pyc")
    shutil.copytree(ROOT / "gui", dest / "gui", ignore=ignore)
    shutil.copytree(ROOT / "resources", dest / "resources", ignore=ignore)
    return dest


def _dependencies_folder(dest: Path) -> Path:
    """A folder of links to this environment's installed dependencies (PySide6, pyqtgraph,
    numpy, sqlite-utils and theirs), without the planner itself, its editable hook or pip:
    the fresh environment reuses them instead of downloading them again."""
    dest.mkdir()
    skip = ("campaign_planner*", "__editable__*", "*.pth", "pip", "pip-*", "setuptools*", "_distutils_hack",
            "pkg_resources", "__pycache__")
    for entry in Path(sysconfig.get_paths()["purelib"]).iterdir():
        if not any(fnmatch.fnmatch(entry.name, s) for s in skip):
            (dest / entry.name).symlink_to(entry)
    return dest


WINDOW = r"""
import json, sys
import campaign_planner
from PySide6.QtCore import QCoreApplication
from campaign_planner.core.catalog import resources_dir
from campaign_planner.qt.app import create_app, make_window
from campaign_planner.store.local import LocalStore

app = create_app()
win = make_window(app, None)
store = LocalStore()
print(json.dumps({
    "module": campaign_planner.__file__,
    "resources": str(resources_dir()),
    "sys_path": sys.path,
    "title": win.windowTitle(),
    "translated": QCoreApplication.translate("MainWindow", "Campaign Planner"),
    "templates": [t["id"] for t in store.templates()],
    "icon": not app.windowIcon().isNull() and not win.windowIcon().isNull(),
}))
store.close()
win.close()
app.quit()
"""


def test_the_wheel_installs_and_runs_outside_the_checkout(tmp_path):
    src = _copy_sources(tmp_path / "src")
    wheels = tmp_path / "wheels"
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--disable-pip-version-check", "--no-deps",
                        str(src), "-w", str(wheels)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    (wheel,) = wheels.glob("campaign_planner-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for template in BUILTIN_TEMPLATES:
        assert f"campaign_planner/resources/templates/{template}.json" in names
    assert "campaign_planner/resources/library.json" in names
    assert "campaign_planner/resources/translations/campaign_planner_zh_CN.qm" in names
    assert "campaign_planner/resources/desktop/io.github.campaignplanner.CampaignPlanner.desktop" in names
    assert not [n for n in names if n.endswith(".ts") or n.startswith(("tests/", "resources/", "gui/"))]

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "dependencies.pth").write_text(str(_dependencies_folder(tmp_path / "deps")) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "-q",
                        "--disable-pip-version-check", "--no-deps", "--no-index", str(wheel)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr

    work = tmp_path / "elsewhere"
    work.mkdir()
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlanguage=zh_CN\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", CAMPAIGN_PLANNER_DATA_DIR=str(data), PYTHONDONTWRITEBYTECODE="1")
    command = str(venv / "bin" / "campaign-planner")

    def run(*args):
        return subprocess.run([*map(str, args)], capture_output=True, text=True, cwd=work, env=env, timeout=300)

    r = run(command, "--version")
    assert r.returncode == 0 and r.stdout.strip() == f"campaign-planner {__version__}", r
    r = run(command, "new", "x.mpplan")
    assert r.returncode == 0, r.stderr
    assert sqlite3.connect(work / "x.mpplan").execute("PRAGMA application_id").fetchone()[0] == 0x4D50504C
    r = run(command, "new", "blank.mpplan", "--template", "blank")
    assert r.returncode == 0, r.stderr
    r = run(command, "export", "x.mpplan", "--png", "reach.png", "--pdf", "report.pdf", "--csv", "series.csv")
    assert r.returncode == 0, r.stderr
    assert (work / "reach.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert (work / "report.pdf").read_bytes()[:5] == b"%PDF-"
    assert (work / "series.csv").read_text(encoding="utf-8").startswith("date,reach")

    r = run(python, "-c", WINDOW)
    assert r.returncode == 0, r.stderr
    seen = json.loads(r.stdout.splitlines()[-1])
    installed = Path(site).resolve()
    assert Path(seen["module"]).resolve().is_relative_to(installed), seen["module"]
    assert Path(seen["resources"]).resolve() == installed / "campaign_planner" / "resources"
    assert not any(Path(p).resolve().is_relative_to(ROOT) for p in seen["sys_path"] if p), seen["sys_path"]
    assert seen["translated"] == "小程序投放规划"
    assert seen["title"] == "小程序投放规划"
    assert set(BUILTIN_TEMPLATES) <= set(seen["templates"])
    assert seen["icon"]
