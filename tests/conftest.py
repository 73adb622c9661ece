import os
import sys
from pathlib import Path

# Qt must not look for a display: set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_addoption(parser):
    parser.addoption("--long", action="store_true", default=False,
                     help="run the long variants (1,000 kill trials, 100,000 fuzz cases)")
    parser.addoption("--bundle", action="store_true", default=False,
                     help="check the PyInstaller bundle, .tar.gz and .deb (packaging/build.sh builds them if missing)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--bundle"):
        return
    skip = pytest.mark.skip(reason="checks the built bundle: run with --bundle")
    for item in items:
        if "bundle" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _data_dir(tmp_path_factory, monkeypatch):
    """Every test gets its own application-data folder: the user's is never touched."""
    d = tmp_path_factory.mktemp("appdata")
    monkeypatch.setenv("CAMPAIGN_PLANNER_DATA_DIR", str(d))
    return d


@pytest.fixture
def long_run(request) -> bool:
    return request.config.getoption("--long")
