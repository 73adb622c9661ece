"""core/ and store/ never import Qt or pyqtgraph (checked in a fresh interpreter)."""

import subprocess
import sys

CODE = """
import sys
import campaign_planner.core.plan, campaign_planner.core.jsonio, campaign_planner.core.rules
import campaign_planner.core.reach, campaign_planner.core.catalog
import campaign_planner.store.planfile, campaign_planner.store.local, campaign_planner.export.csv
import campaign_planner.cli
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))
print(','.join(bad))
"""


def test_core_and_store_import_no_qt():
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
