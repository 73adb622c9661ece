"""Render the window offscreen to docs/*.png (English and Chinese).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
DOCS = Path(__file__).resolve().parent


def main():
    with tempfile.TemporaryDirectory() as d:
        os.environ["CAMPAIGN_PLANNER_DATA_DIR"] = d
        from campaign_planner.core.catalog import builtin_template
        from campaign_planner.qt.app import create_app, install_translator, make_window, settings
        from campaign_planner.store.planfile import save_plan
        plan = builtin_template("weibo-alipay-2019")
        # a commercial brand: its October placements on Weibo come before the public test admits it
        plan = dataclasses.replace(plan, mini_program=dataclasses.replace(plan.mini_program,
                                                                          category="commercial_brand"))
        path = Path(d) / "rollout.mpplan"
        save_plan(plan, path)
        app = create_app()
        for lang, name in (("en", "screenshot-en.png"), ("zh_CN", "screenshot-zh.png")):
            settings().setValue("language", lang)
            win = make_window(app, str(path))
            win.resize(1500, 950)
            for _ in range(5):
                app.processEvents()
            win.timeline.fit_to_plan()
            win.timeline.set_selection({"p1"})
            for _ in range(5):
                app.processEvents()
            win.grab().save(str(DOCS / name))
            win.doc.undo_stack.setClean()
            win.close()
        install_translator(app, "en")
    print("wrote", ", ".join(str(DOCS / n) for n in ("screenshot-en.png", "screenshot-zh.png")))


if __name__ == "__main__":
    sys.exit(main())
