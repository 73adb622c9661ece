"""Issue 11 item 6: every option says what it does, `new --help` names the templates, and
`export --lang` or the system locale decide the exports' language, never the window's last
choice."""

import os
import subprocess
import sys

import pytest

from campaign_planner.cli import _parser
from campaign_planner.core.catalog import BUILTIN_TEMPLATES


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "campaign_planner", *map(str, args)], capture_output=True,
                          text=True, env={**os.environ, **(env or {})}, timeout=120)


def test_every_option_has_help():
    p = _parser()
    sub = next(a for a in p._actions if a.dest == "command")
    for name, cmd in sub.choices.items():
        for action in cmd._actions:
            assert action.help, (name, action.dest)


def test_new_help_lists_the_template_ids():
    r = run("new", "--help")
    assert r.returncode == 0
    for t in BUILTIN_TEMPLATES:
        assert t in r.stdout
    assert "Weibo x Alipay rollout 2019-2020" in r.stdout


def pdf_text(path):
    return subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.fixture
def plan_file(tmp_path):
    out = tmp_path / "p.mpplan"
    assert run("new", out).returncode == 0
    return out


def test_export_lang_decides_the_language(plan_file, tmp_path):
    r = run("export", plan_file, "--pdf", tmp_path / "zh.pdf", "--lang", "zh_CN", env={"LANG": "C.UTF-8"})
    assert r.returncode == 0, r.stderr
    assert "去重" in pdf_text(tmp_path / "zh.pdf")
    r = run("export", plan_file, "--pdf", tmp_path / "en.pdf", "--lang", "en", env={"LANG": "zh_CN.UTF-8"})
    assert r.returncode == 0, r.stderr
    text = pdf_text(tmp_path / "en.pdf")
    assert "reached" in text and "去重" not in text
    r = run("export", plan_file, "--pdf", tmp_path / "x.pdf", "--lang", "fr")
    assert r.returncode == 2 and "invalid choice" in r.stderr and not (tmp_path / "x.pdf").exists()


def test_without_lang_the_system_locale_decides_never_the_windows_choice(plan_file, tmp_path):
    data = os.environ["CAMPAIGN_PLANNER_DATA_DIR"]
    with open(os.path.join(data, "settings.ini"), "w", encoding="utf-8") as f:
        f.write("[General]\nlanguage=zh_CN\n")          # the window was last used in Chinese
    r = run("export", plan_file, "--pdf", tmp_path / "c.pdf", env={"LANG": "C.UTF-8", "LC_ALL": ""})
    assert r.returncode == 0, r.stderr
    assert "去重" not in pdf_text(tmp_path / "c.pdf")
    r = run("export", plan_file, "--pdf", tmp_path / "zh.pdf", env={"LANG": "zh_CN.UTF-8", "LC_ALL": ""})
    assert r.returncode == 0, r.stderr
    assert "去重" in pdf_text(tmp_path / "zh.pdf")
