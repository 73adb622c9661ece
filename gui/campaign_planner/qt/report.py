"""The PDF report, A4 landscape: a title page with the totals, the timeline as a picture,
each chart, the assumptions (value, low, high, source or "assumption") and the problems.
Text is real text (searchable, and what pdftotext reads)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from ..core import edits, reach, rules
from ..export.numbers import people
from .charts.axes import is_chinese
from .charts.views import KINDS
from .exports import ExportError, chart_widget, check_target, write_export

RESOLUTION = 150  # dots per inch of the PDF's coordinate system


class Cancelled(Exception):
    pass


class _Pages:
    """A painter on a QPdfWriter with a cursor, page breaks and simple text blocks."""

    def __init__(self, writer: QPdfWriter):
        self.writer = writer
        self.p = QPainter()
        if not self.p.begin(writer):
            raise ExportError("the PDF cannot be written")
        self.rect = QRectF(0, 0, writer.width(), writer.height())
        self.y = 0.0
        self.base = QFont(QApplication.font())

    def font(self, pt: float, bold: bool = False) -> QFont:
        f = QFont(self.base)
        f.setPointSizeF(pt)
        f.setBold(bold)
        return f

    def new_page(self):
        self.writer.newPage()
        self.y = 0.0

    def text(self, s: str, pt: float = 11, bold: bool = False, color: str = "#222222", gap: float = 0.4):
        f = self.font(pt, bold)
        self.p.setFont(f)
        self.p.setPen(QColor(color))
        fm = QFontMetricsF(f, self.writer)
        r = fm.boundingRect(QRectF(0, 0, self.rect.width(), 1e6), Qt.TextWordWrap, s)
        if self.y + r.height() > self.rect.height():
            self.new_page()
            self.p.setFont(f)
            self.p.setPen(QColor(color))
        self.p.drawText(QRectF(0, self.y, self.rect.width(), r.height()), Qt.TextWordWrap, s)
        self.y += r.height() + fm.height() * gap

    def widget(self, w, height_share: float = 0.85):
        """Draw a widget scaled to the page width (and at most ``height_share`` of its height)."""
        target_h = self.rect.height() * height_share
        scale = min(self.rect.width() / max(1, w.width()), target_h / max(1, w.height()))
        self.p.save()
        self.p.translate(0, self.y)
        self.p.scale(scale, scale)
        w.render(self.p, QPoint(0, 0))
        self.p.restore()
        self.y += w.height() * scale + 20

    def table(self, header: list[str], rows: list[list[str]], widths: list[float], pt: float = 9):
        f = self.font(pt)
        fb = self.font(pt, True)
        fm = QFontMetricsF(f, self.writer)
        line = fm.height() * 1.35
        cols = [w * self.rect.width() for w in widths]

        def draw_row(cells, font, shade=False):
            self.p.setFont(font)
            heights = [fm.boundingRect(QRectF(0, 0, c - 10, 1e6), Qt.TextWordWrap, t).height()
                       for c, t in zip(cols, cells)]
            h = max([line] + [x + line * 0.35 for x in heights])
            if self.y + h > self.rect.height():
                self.new_page()
                draw_row(header, fb, True)
                self.p.setFont(font)
            if shade:
                self.p.fillRect(QRectF(0, self.y, self.rect.width(), h), QColor("#EEF0F4"))
            x = 0.0
            self.p.setPen(QColor("#222222"))
            for c, t in zip(cols, cells):
                self.p.drawText(QRectF(x + 4, self.y + line * 0.15, c - 10, h), Qt.TextWordWrap, t)
                x += c
            self.p.setPen(QColor("#DDDDDD"))
            self.p.drawLine(0, int(self.y + h), int(self.rect.width()), int(self.y + h))
            self.y += h

        draw_row(header, fb, True)
        for r in rows:
            draw_row(r, f)
        self.y += line

    def end(self):
        self.p.end()


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:,.0f}" if float(x).is_integer() and abs(x) >= 1000 else f"{x:g}"


class ReportWriter(QObject):
    """Writes the report; a QObject so its sentences have a translation context."""

    def write(self, plan, path, scenario: str | None = None, *, bands: reach.Bands | None = None,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> None:
        """Write the report; ``progress(done, total)`` after each part, ``cancelled()`` True stops
        it (raises Cancelled, and nothing is left at ``path``)."""
        from .document import PlanDocument
        from .texts import field_text, level_text, problem_text
        from .timeline import TimelineView
        check_target(path)
        zh = is_chinese()
        sc = plan.scenario(scenario).name
        pr = reach.project(plan, sc)
        steps = 4 + len(KINDS)
        done = [0]

        def step():
            done[0] += 1
            if progress is not None:
                progress(done[0], steps)
            if cancelled is not None and cancelled():
                raise Cancelled()

        # the PDF is made in memory and written whole (fileio): a full disk or a kill leaves
        # the old file, never a truncated one
        data = QByteArray()
        device = QBuffer(data)
        device.open(QIODevice.WriteOnly)
        writer = QPdfWriter(device)
        writer.setResolution(RESOLUTION)
        writer.setTitle(plan.name)
        writer.setCreator("Campaign Planner")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape, QMarginsF(12, 12, 12, 12),
                                         QPageLayout.Millimeter))
        pages = _Pages(writer)
        try:
            # 1. title page
            mp = plan.mini_program
            pages.text(plan.name, 24, True, gap=0.8)
            pages.text(self.tr("Mini program: %1 (category %2; flags: %3)").replace("%1", mp.name)
                       .replace("%2", mp.category).replace("%3", ", ".join(mp.flags) or "-"), 12)
            pages.text(self.tr("Plan: %1 to %2 (%3 days); scenario %4").replace("%1", str(plan.start))
                       .replace("%2", str(plan.end)).replace("%3", str(plan.days)).replace("%4", sc), 12)
            pages.text(self.tr("Report made on %1").replace("%1", _dt.date.today().isoformat()), 10, color="#666666",
                       gap=1.5)
            last = pr.days - 1
            totals = [
                (self.tr("Unique people reached"), people(pr.reach[last], zh)),
                (self.tr("Unique visitors"), people(pr.visitors[last], zh)),
                (self.tr("Retained after 7 days"), people(pr.retained[last], zh)),
            ]
            if bands is not None:
                band = f"{people(bands.p10[-1], zh)} – {people(bands.p90[-1], zh)}"
                totals.append((self.tr("Reach, P10 to P90"), band))
            if plan.target_reach:
                day = pr.target_day(plan.target_reach)
                goal = people(plan.target_reach, zh)
                if day is not None:
                    when = self.tr("%1, reached on %2").replace("%1", goal) \
                        .replace("%2", str(plan.start + _dt.timedelta(days=day)))
                else:
                    when = self.tr("%1, not reached; %2 short").replace("%1", goal) \
                        .replace("%2", people(plan.target_reach - pr.reach[last], zh))
                totals.append((self.tr("Target"), when))
            for label, value in totals:
                pages.text(f"{label}: {value}", 14, True, gap=0.5)
            pages.text(self.tr("Not modelled: viral second-hop reach (shares of shares), per-person frequency caps, "
                          "correlation of eligibility between slots beyond what activity explains."),
                       9, color="#666666")
            step()
            # 2. the timeline
            pages.new_page()
            pages.text(self.tr("Timeline"), 16, True)
            doc = PlanDocument(plan)
            doc.scenario = sc
            tl = TimelineView(doc)
            tl.setAttribute(Qt.WA_DontShowOnScreen, True)
            rows_h = tl.header_h() + tl.model.content_height() + 4
            tl.resize(1300, rows_h + tl.horizontalScrollBar().sizeHint().height() + 4)
            tl.show()
            QApplication.processEvents()
            tl.fit_to_plan()
            QApplication.processEvents()
            pages.widget(tl)
            tl.close()
            tl.deleteLater()
            step()
            # 3. the charts
            for kind in KINDS:
                pages.new_page()
                w = chart_widget(kind, plan, sc, pr, bands)
                w.resize(1500, 900)
                w.show()
                QApplication.processEvents()
                pages.widget(w, 0.95)
                w.close()
                w.deleteLater()
                step()
            # 4. assumptions
            pages.new_page()
            pages.text(self.tr("Assumptions"), 16, True)
            rows = []
            for owner, name, label, a in edits.assumptions_of(plan):
                what = f"{label}: {field_text(name)}" if owner.startswith(("slot:", "segment:")) else field_text(name)
                rows.append([what, _fmt(a.value), _fmt(a.low), _fmt(a.high), a.source or self.tr("assumption")])
            header = [self.tr("Assumption"), self.tr("Value"), self.tr("Low"), self.tr("High"), self.tr("Source")]
            pages.table(header, rows, [0.34, 0.1, 0.1, 0.1, 0.36])
            step()
            # 5. problems
            problems = rules.check(plan, sc)
            pages.text(self.tr("Problems"), 16, True)
            if problems:
                pages.table([self.tr("Level"), self.tr("Placement"), self.tr("Problem")],
                            [[level_text(p.level), p.placement or "", problem_text(p)] for p in problems[:2000]],
                            [0.1, 0.12, 0.78])
            else:
                pages.text(self.tr("None: every placement is allowed by the rules."), 11)
            step()
            pages.end()
        except BaseException:
            if pages.p.isActive():
                pages.end()
            raise
        finally:
            device.close()
        write_export(path, bytes(data.data()))
        if progress is not None:
            progress(steps, steps)


def write_report(plan, path, scenario: str | None = None, *, bands: reach.Bands | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
    """Write the PDF report of ``plan`` to ``path`` (see ReportWriter.write)."""
    ReportWriter().write(plan, path, scenario, bands=bands, progress=progress, cancelled=cancelled)
