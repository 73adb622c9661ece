"""core/ and store/ never import Qt or pyqtgraph (checked in a fresh interpreter)."""

import subprocess
import sys

CODE = """
import sys
import importlib, pkgutil
import campaign_planner.core, campaign_planner.store, campaign_planner.export
for pkg in (campaign_planner.core, campaign_planner.store, campaign_planner.export):
    for m in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{pkg.__name__}.{m.name}")
import campaign_planner.cli
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print(','.join(bad))
"""


def test_core_and_store_import_no_qt():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
