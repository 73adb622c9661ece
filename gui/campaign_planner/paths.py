"""Where the app keeps its own files. Light: imported before the window paints."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def data_dir() -> Path:
    """The application-data folder; ``CAMPAIGN_PLANNER_DATA_DIR`` overrides it (tests do)."""
    env = os.environ.get("CAMPAIGN_PLANNER_DATA_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "campaign-planner"
