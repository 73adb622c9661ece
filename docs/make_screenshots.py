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
            # the start page (File > Close plan), and the inspector's assumptions
            win.inspector.plan_page.tabs.setCurrentIndex(1)
            win.timeline.set_selection(set())
            for _ in range(5):
                app.processEvents()
            win.inspector.grab().save(str(DOCS / name.replace("screenshot", "assumptions")))
            win.files.close_plan()
            for _ in range(5):
                app.processEvents()
            win.grab().save(str(DOCS / name.replace("screenshot", "start")))
            win.close()
        # a sample of every export, made by the same code as File > Export and the command line
        from campaign_planner.core.reach import bands
        from campaign_planner.qt import exports
        from campaign_planner.qt.charts.views import KINDS
        from campaign_planner.qt.report import write_report
        out = DOCS / "exports"
        out.mkdir(exist_ok=True)
        # the commercial brand's plan: its exports say which forbidden placements were left out
        b = bands(plan)
        for lang in ("en", "zh_CN"):
            install_translator(app, lang)
            suffix = "" if lang == "en" else "-zh"
            for kind in KINDS:
                w = exports.chart_widget(kind, plan, bands=b)
                exports.save_png(w, out / f"{kind}{suffix}.png", 1200, 600, 96)
                if kind == "reach":
                    exports.save_svg(w, out / f"{kind}{suffix}.svg", 1200, 600)
                w.deleteLater()
            write_report(plan, out / f"report{suffix}.pdf", bands=b)
        install_translator(app, "en")
    import subprocess
    # what a viewer shows of the SVG (librsvg), and the report's first pages as images
    for suffix in ("", "-zh"):
        subprocess.run(["rsvg-convert", str(out / f"reach{suffix}.svg"), "-o", str(out / f"reach{suffix}-svg.png")],
                       check=False)
    for old in out.glob("report*-page-*.png"):
        old.unlink()
    for name, pages in (("report", 4), ("report-zh", 2)):
        for i in range(1, pages + 1):
            subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(i), "-l", str(i),
                            str(out / f"{name}.pdf"), str(out / f"{name}-page-{i}")], check=False)
    print("wrote the screenshots and", DOCS / "exports")


if __name__ == "__main__":
    sys.exit(main())
