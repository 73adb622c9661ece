"""The PyInstaller bundle, its .tar.gz and .deb (issue 11 item 3), run as a person runs them:
``--version``, ``new`` from both templates, ``export`` in Chinese, the window offscreen with a
plan, ``install-desktop`` from the bundle. Run with ``--bundle``; the bundle is built
(``bash packaging/build.sh``, about two minutes) when it is missing or older than the
sources."""

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import tarfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from campaign_planner import __version__
from campaign_planner.core.catalog import BUILTIN_TEMPLATES
from campaign_planner.desktop import APP_ID

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "build" / "bundle" / "campaign-planner"
EXE = BUNDLE / "campaign-planner"
NAME = f"campaign-planner-{__version__}-linux-x86_64"
TARBALL = ROOT / "dist" / f"{NAME}.tar.gz"
DEB = ROOT / "dist" / f"campaign-planner_{__version__}_amd64.deb"
MAX_UNPACKED = 200 * 1024 * 1024
ZH_TS = ROOT / "resources" / "translations" / "campaign_planner_zh_CN.ts"


def _newest_source() -> float:
    paths = [ROOT / "pyproject.toml", *(ROOT / "packaging").iterdir()]
    for folder in ("gui", "resources"):
        paths += [p for p in (ROOT / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    return max(p.stat().st_mtime for p in paths)


@pytest.fixture(scope="module")
def built():
    products = (EXE, TARBALL, DEB)
    if not all(p.exists() for p in products) or min(p.stat().st_mtime for p in products) < _newest_source():
        r = subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], capture_output=True, text=True,
                           timeout=1800)
        assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    return EXE


@pytest.fixture
def env(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.ini").write_text("[General]\nlanguage=zh_CN\n", encoding="utf-8")
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "LC_", "LANG"))}
    return dict(keep, CAMPAIGN_PLANNER_DATA_DIR=str(data), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")


def run(*args, env, cwd=None, timeout=300):
    return subprocess.run([*map(str, args)], capture_output=True, text=True, env=env, cwd=cwd, timeout=timeout)


def _du(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*"))


def test_the_bundle_is_runtime_only_and_small(built):
    internal = BUNDLE / "_internal"
    assert _du(BUNDLE) <= MAX_UNPACKED, f"{_du(BUNDLE) / 2**20:.0f} MiB unpacked"
    assert not (internal / "scipy").exists() and not (internal / "pytest").exists()
    platforms = {p.name for p in (internal / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms <= {"libqxcb.so", "libqoffscreen.so", "libqwayland.so"}
    assert not list(internal.rglob("libqgtk3.so")) and not list(internal.glob("libgtk-3*"))
    assert not list(internal.glob("libcairo*")) and not list(internal.glob("libpango*"))
    resources = internal / "campaign_planner" / "resources"
    for template in BUILTIN_TEMPLATES:
        assert (resources / "templates" / f"{template}.json").is_file()
    assert (resources / "translations" / "campaign_planner_zh_CN.qm").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_zh_CN.qm").is_file()
    assert not [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]


def test_version_new_and_export(built, env, tmp_path):
    r = run(built, "--version", env=env)
    assert r.returncode == 0 and r.stdout.strip() == f"campaign-planner {__version__}", r
    for template in BUILTIN_TEMPLATES:
        r = run(built, "new", tmp_path / f"{template}.mpplan", "--template", template, env=env)
        assert r.returncode == 0, r.stderr
    plan = tmp_path / "weibo-alipay-2019.mpplan"
    r = run(built, "export", plan, "--png", tmp_path / "reach.png", "--svg", tmp_path / "reach.svg",
            "--csv", tmp_path / "series.csv", env=env)
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "reach.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    ET.parse(tmp_path / "reach.svg")
    assert (tmp_path / "series.csv").read_text(encoding="utf-8").startswith("date,reach")


def _translations() -> dict[str, str]:
    return {m.findtext("source"): m.findtext("translation") for m in ET.parse(ZH_TS).getroot().iter("message")
            if m.get("numerus") != "yes" and m.findtext("translation")}


def test_the_report_comes_out_in_chinese(built, env, tmp_path):
    """The bundle's Chinese translation loads: the report's English sentences that have a
    translation appear translated in the Chinese report."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext is missing: install poppler-utils (packaging/test.sh installs it)")
    plan = tmp_path / "plan.mpplan"
    assert run(built, "new", plan, env=env).returncode == 0
    (tmp_path / "data" / "settings.ini").unlink()  # the window's last choice never decides an export's language
    has_lang = "--lang" in run(built, "export", "--help", env=env).stdout
    texts = {}
    for lang in ("en", "zh_CN"):
        pdf = tmp_path / f"report-{lang}.pdf"
        if has_lang:
            r = run(built, "export", plan, "--pdf", pdf, "--lang", lang, env=env)
        else:  # the system's locale decides
            locale = {"en": "C.UTF-8", "zh_CN": "zh_CN.UTF-8"}[lang]
            r = run(built, "export", plan, "--pdf", pdf, env=dict(env, LC_ALL=locale, LANG=locale))
        assert r.returncode == 0, r.stderr
        texts[lang] = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True,
                                     check=True).stdout
    # the sentences of the English report that have a translation, but not the plan's own
    # words (its name is a template's name too, and stays as it is in both reports)
    pairs = [(en, zh) for en, zh in _translations().items()
             if len(en) > 6 and "%" not in en and "{" not in en and en in texts["en"] and en not in texts["zh_CN"]]
    flat = re.sub(r"\s+", "", texts["zh_CN"])  # the layout may break a line or space out a heading
    translated = [en for en, zh in pairs if re.sub(r"\s+", "", zh) in flat]
    # (an English phrase may also occur inside another sentence, translated as a whole)
    assert len(translated) >= max(3, 0.8 * len(pairs)), (translated, pairs)


def test_the_window_starts_offscreen_with_a_plan(built, env, tmp_path):
    """The window opens a plan and finishes loading (its last step records the plan among
    the recent files, after the local store is seeded with the built-in templates); it is
    still running after that, and says nothing on stderr."""
    plan = tmp_path / "plan.mpplan"
    elsewhere = tmp_path / "other-data"  # the window's own data folder starts without a store
    assert run(built, "new", plan, env=dict(env, CAMPAIGN_PLANNER_DATA_DIR=str(elsewhere))).returncode == 0
    store = Path(env["CAMPAIGN_PLANNER_DATA_DIR"]) / "store.sqlite"
    assert not store.exists()
    proc = subprocess.Popen([str(built), str(plan)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    try:
        recent, templates = [], []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None and not recent:
            time.sleep(0.2)
            try:
                with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=1) as db:
                    recent = [r[0] for r in db.execute("SELECT path FROM recent")]
                    templates = [r[0] for r in db.execute("SELECT id FROM templates WHERE builtin = 1")]
            except sqlite3.Error:
                pass
        assert proc.poll() is None, proc.communicate()
        assert [Path(p).resolve() for p in recent] == [plan.resolve()]
        assert set(BUILTIN_TEMPLATES) <= set(templates)
        time.sleep(1)
        assert proc.poll() is None
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert "Traceback" not in err and not re.search(r"(?i)\berror\b", err), err


def test_install_desktop_from_the_bundle_points_at_the_bundle(built, env, tmp_path):
    if not all(shutil.which(t) for t in ("desktop-file-install", "update-mime-database", "update-desktop-database")):
        pytest.skip("desktop-file-utils or shared-mime-info is missing (packaging/test.sh installs them)")
    home = tmp_path / "share"
    r = run(built, "install-desktop", env=dict(env, XDG_DATA_HOME=str(home)))
    assert r.returncode == 0, r.stderr
    text = (home / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"\nExec={EXE} %f\n" in text


def test_the_tarball_holds_the_bundle(built):
    with tarfile.open(TARBALL) as tar:
        names = tar.getnames()
        assert {n.split("/")[0] for n in names} == {NAME}
        exe = tar.getmember(f"{NAME}/campaign-planner")
        assert exe.isfile() and exe.mode & 0o111 and exe.uid == 0
    assert f"{NAME}/_internal/campaign_planner/resources/templates/blank.json" in names


def test_the_deb_installs_the_bundle_and_the_desktop_files(built, env, tmp_path):
    fields = run("dpkg-deb", "--field", DEB, "Package", "Version", "Architecture", "Depends", env=env).stdout
    assert "Package: campaign-planner" in fields and f"Version: {__version__}" in fields
    assert "Architecture: amd64" in fields and "libc6 (>= " in fields
    contents = run("dpkg-deb", "--contents", DEB, env=env).stdout
    for path in ("./opt/campaign-planner/campaign-planner", "./usr/bin/campaign-planner",
                 f"./usr/share/applications/{APP_ID}.desktop", f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"./usr/share/mime/packages/{APP_ID}.xml", f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png"):
        assert path in contents, path
    assert "root/root" in contents and "-> /opt/campaign-planner/campaign-planner" in contents
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(DEB), str(root)], check=True, timeout=300)
    r = run(root / "opt" / "campaign-planner" / "campaign-planner", "--version", env=env)
    assert r.returncode == 0 and r.stdout.strip() == f"campaign-planner {__version__}", r
    validate = shutil.which("desktop-file-validate")
    if validate:
        r = run(validate, root / "usr" / "share" / "applications" / f"{APP_ID}.desktop", env=env)
        assert r.returncode == 0 and not r.stdout.strip(), r.stdout
