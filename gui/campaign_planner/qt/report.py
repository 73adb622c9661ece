"""The PDF report, A4 landscape, to read on paper or on a screen:

- every page ends with a footer: the plan's name, the day the report was made, "Page N of M";
- page 1 says what a reader needs first: the totals (reach with its P10-P90 range, the
  target, visitors, retention, cost), how many problems there are, which placements the
  rules forbid were left out of the numbers (or counted: View > Count Forbidden Placements),
  a small reach chart, and the assumptions the reach depends on most (a one-at-a-time
  sensitivity of the reach by the end of the plan: each assumption set to its low and to
  its high value, the others kept);
- the timeline, drawn for the page in strips of whole months at the report's text size, so
  that every month's name is whole;
- each chart laid out for the page: its text is the size of the report's text, not a screen
  chart scaled up;
- the assumptions with their sources, and the problems.

Text is real text (searchable, what pdftotext reads). The report is laid out twice: a dry
pass that draws nothing counts the pages (for "Page N of M"), then the real pass draws."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as _dt
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from ..core import costs, edits, reach, rules
from ..core.messages import forbidden_note
from ..core.names import FLAG
from ..core.plan import Assumption, with_assumption
from ..export.numbers import full_money, people
from ..text import one_line
from .charts.axes import is_chinese
from .charts.views import KINDS
from .exports import SCREEN_DPI, ExportError, chart_widget, check_target, paint_chart, write_export
from .texts import category_name, english_plural, labelled, names_text, tr_message

RESOLUTION = 150                  # dots per inch of the PDF's coordinate system
SCALE = RESOLUTION / SCREEN_DPI   # a screen pixel on paper: 9 pt text stays 9 pt
FOOTER_PT = 8
TOP_ASSUMPTIONS = 5
#: fields the reach does not depend on (they act on visitors and retention only)
NOT_REACH = ("ctr", "retention_7d", "correlation")  # do not move the line (the last only the band)


class Cancelled(Exception):
    pass


class _Pages:
    """A cursor over the pages of a QPdfWriter: text blocks, pictures, tables, page breaks and
    the footer. With ``dry`` nothing is drawn (no painter): the same calls only count pages."""

    def __init__(self, writer: QPdfWriter, footer: Callable[[int], tuple[str, str, str]], dry: bool):
        self.writer = writer
        self.dry = dry
        self.base = QFont(QApplication.font())
        self.p: QPainter | None = None
        if not dry:
            self.p = QPainter()
            if not self.p.begin(writer):
                raise ExportError(QCoreApplication.translate("ReportWriter", "the PDF cannot be written"))
        self.full = QRectF(0, 0, writer.width(), writer.height())
        self.footer_h = self.metrics(self.font(FOOTER_PT)).height() * 2.4
        self.rect = QRectF(0, 0, self.full.width(), self.full.height() - self.footer_h)
        self.footer = footer
        self.page = 1
        self.y = 0.0
        self._draw_footer()

    def font(self, pt: float, bold: bool = False) -> QFont:
        f = QFont(self.base)
        f.setPointSizeF(pt)
        f.setBold(bold)
        return f

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def _draw_footer(self):
        if self.dry:
            return
        left, middle, right = self.footer(self.page)
        f = self.font(FOOTER_PT)
        fm = self.metrics(f)
        y = self.full.height() - fm.height() * 1.2
        p = self.p
        p.save()
        p.setPen(QColor("#CCCCCC"))
        p.drawLine(0, int(y - fm.height() * 0.5), int(self.full.width()), int(y - fm.height() * 0.5))
        p.setFont(f)
        p.setPen(QColor("#555555"))
        third = self.full.width() / 3
        row = QRectF(0, y, self.full.width(), fm.height() * 1.2)
        p.drawText(row.adjusted(0, 0, -2 * third, 0), Qt.AlignLeft | Qt.AlignTop,
                   fm.elidedText(left, Qt.ElideRight, third - 10))
        p.drawText(row.adjusted(third, 0, -third, 0), Qt.AlignHCenter | Qt.AlignTop, middle)
        p.drawText(row.adjusted(2 * third, 0, 0, 0), Qt.AlignRight | Qt.AlignTop, right)
        p.restore()

    def new_page(self):
        if not self.dry:
            self.writer.newPage()
        self.page += 1
        self.y = 0.0
        self._draw_footer()

    def room(self) -> float:
        return self.rect.height() - self.y

    def text(self, s: str, pt: float = 11, bold: bool = False, color: str = "#222222", gap: float = 0.4,
             x: float = 0.0, width: float | None = None) -> float:
        """A wrapped paragraph at the cursor (on the next page if it does not fit); returns
        its height."""
        width = self.rect.width() - x if width is None else width
        f = self.font(pt, bold)
        fm = self.metrics(f)
        r = fm.boundingRect(QRectF(0, 0, width, 1e6), Qt.TextWordWrap, s)
        if self.y + r.height() > self.rect.height() and self.y > 0:
            self.new_page()
        if not self.dry:
            self.p.setFont(f)
            self.p.setPen(QColor(color))
            self.p.drawText(QRectF(x, self.y, width, r.height() + 2), Qt.TextWordWrap, s)
        self.y += r.height() + fm.height() * gap
        return r.height() + fm.height() * gap

    def picture(self, h: float, draw: Callable[[QPainter, QRectF], None], x: float = 0.0,
                width: float | None = None) -> QRectF:
        """Reserve ``h`` at the cursor (on the next page if it does not fit) and let ``draw``
        paint into it (not in a dry pass)."""
        width = self.rect.width() - x if width is None else width
        if self.y + h > self.rect.height() and self.y > 0:
            self.new_page()
        r = QRectF(x, self.y, width, h)
        if not self.dry:
            draw(self.p, r)
        self.y += h
        return r

    def table(self, header: list[str], rows: list[list[str]], widths: list[float], pt: float = 9,
              align_right: tuple[int, ...] = ()):
        f = self.font(pt)
        fb = self.font(pt, True)
        fm = self.metrics(f)
        line = fm.height() * 1.35
        cols = [w * self.rect.width() for w in widths]

        def draw_row(cells, font, shade=False):
            heights = [self.metrics(font).boundingRect(QRectF(0, 0, c - 10, 1e6), Qt.TextWordWrap, t).height()
                       for c, t in zip(cols, cells)]
            h = max([line] + [x + line * 0.35 for x in heights])
            if self.y + h > self.rect.height():
                self.new_page()
                draw_row(header, fb, True)
            if not self.dry:
                p = self.p
                p.setFont(font)
                if shade:
                    p.fillRect(QRectF(0, self.y, self.rect.width(), h), QColor("#EEF0F4"))
                x = 0.0
                p.setPen(QColor("#222222"))
                for i, (c, t) in enumerate(zip(cols, cells)):
                    flags = Qt.TextWordWrap | (Qt.AlignRight if i in align_right else Qt.AlignLeft)
                    p.drawText(QRectF(x + 4, self.y + line * 0.15, c - 10, h), flags, t)
                    x += c
                p.setPen(QColor("#DDDDDD"))
                p.drawLine(0, int(self.y + h), int(self.rect.width()), int(self.y + h))
            self.y += h

        draw_row(header, fb, True)
        for r in rows:
            draw_row(r, f)
        self.y += line

    def end(self):
        if self.p is not None and self.p.isActive():
            self.p.end()


def _fmt(x: float | None) -> str:
    if x is None:
        return ""
    return f"{x:,.0f}" if float(x).is_integer() and abs(x) >= 1000 else f"{x:g}"


@dataclasses.dataclass(frozen=True)
class Sensitivity:
    """How much the reach by the end of the plan moves when one assumption goes from its low
    to its high value, the others kept at their values."""
    owner: str
    field: str
    label: str
    assumption: Assumption
    at_low: float
    at_high: float

    @property
    def swing(self) -> float:
        return abs(self.at_high - self.at_low)


def sensitivity(plan, scenario: str | None = None, base: reach.Projection | None = None,
                cancelled: Callable[[], bool] | None = None, include_forbidden: bool = False) -> list[Sensitivity]:
    """One-at-a-time sensitivity of the reach by the end of the plan to every assumption with
    a range, largest swing first. Skipped (their swing is 0): the fields the reach does not
    depend on (click-through rate, retention) and the slots no placement of the scenario uses.
    Placements the rules forbid count only with ``include_forbidden`` (as in ``base``)."""
    sc = plan.scenario(scenario)
    base = base if base is not None else reach.project(plan, sc.name, include_forbidden=include_forbidden)
    base_reach = float(base.reach[-1]) if base.days else 0.0
    used = {p.slot for p in sc.placements}
    out = []
    for owner, name, label, a in edits.assumptions_of(plan):
        if name in NOT_REACH or (owner.startswith("slot:") and owner[5:] not in used):
            continue
        if a.low is None and a.high is None:
            continue
        ends = []
        for v in (a.low, a.high):
            if v is None or v == a.value:
                ends.append(base_reach)
                continue
            if cancelled is not None and cancelled():
                raise Cancelled()
            variant = with_assumption(plan, owner, name, dataclasses.replace(a, value=v))
            pr = reach.project(variant, sc.name, include_forbidden=include_forbidden)
            ends.append(float(pr.reach[-1]) if pr.days else 0.0)
        out.append(Sensitivity(owner, name, label, a, ends[0], ends[1]))
    out.sort(key=lambda s: -s.swing)
    return [s for s in out if s.swing > 0]


class _PrintTimeline:
    """The timeline drawn for paper: a TimelineView whose day origin is set directly (no
    scroll bars; it may start before the plan, at the 1st of the plan's first month, so the
    first month's name has its whole width), rendered in strips of whole months."""

    def __init__(self, plan, scenario: str):
        from .document import PlanDocument
        from .timeline import TimelineView

        class View(TimelineView):
            """Days from ``origin`` (which may be before the plan's start) at the label column's
            right edge: the view's own mapping, shifted (its scroll bar stays at 0)."""
            origin = 0.0

            def x_of(self, day: float) -> float:
                return super().x_of(day - self.origin)

            def day_at(self, x: float) -> float:
                return super().day_at(x) + self.origin

            def _minor_label(self, d, level, loc):
                """No day number that the strip's edges would cut (a week starting in the
                previous strip, one running past this strip's end)."""
                text = super()._minor_label(d, level, loc)
                x = self.x_of(self.day_of(d))
                if x < self.x_of(self.origin) - 0.5 or \
                        x + 4 + QFontMetrics(self.font()).horizontalAdvance(text) > self.viewport().width():
                    return ""
                return text

        doc = PlanDocument(plan)
        doc.scenario = scenario
        self.doc = doc
        self.view = View(doc)
        self.view.setAttribute(Qt.WA_DontShowOnScreen, True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.view.horizontalScrollBar().setValue(0)
        self.plan = plan
        self.frame = self.view.frameWidth()
        self.label_w = self.view.x_of(self.view.origin)     # the label column's width

    def months(self) -> list[tuple[int, int]]:
        """(first day, days) of every calendar month the plan touches, as day indexes from the
        plan's start (the first may be negative)."""
        out = []
        d = self.plan.start.replace(day=1)
        while d <= self.plan.end:
            n = calendar.monthrange(d.year, d.month)[1]
            out.append(((d - self.plan.start).days, n))
            d = d + _dt.timedelta(days=n)
        return out

    def month_label_width(self, first_day: int) -> float:
        v = self.view
        d = self.plan.start + _dt.timedelta(days=first_day)
        try:
            text = v._major_label(d, "week", v.locale())
        except AttributeError:   # the timeline's own label if it has one, else a long enough stand-in
            text = d.strftime("%B %Y")
        return QFontMetrics(v.font()).horizontalAdvance(text)

    def layout(self, page_width_px: float) -> tuple[float, list[tuple[int, int]]]:
        """Pixels per day and the strips (first day, days) for a page ``page_width_px``
        logical pixels wide: every month's name fits its month, strips hold whole months,
        as few strips as that allows, as even as can be."""
        from .timeline.geometry import ruler_level
        lanes = page_width_px - self.label_w - 2 * self.frame - 2
        months = self.months()
        # the ruler names each month ("September 2019") at 3 pixels a day and more
        need = max([3.05] + [(self.month_label_width(d0) + 16) / n for d0, n in months])
        total = sum(n for _, n in months)
        per_strip = max(31, int(lanes // need))
        count = max(1, -(-total // per_strip))
        while True:
            strips, cur, cur_days = [], None, 0
            goal = total / count
            for d0, n in months:
                if cur is None:
                    cur, cur_days = d0, 0
                elif cur_days + n > per_strip or (cur_days >= goal and len(strips) < count - 1):
                    strips.append((cur, cur_days))
                    cur, cur_days = d0, 0
                cur_days += n
            strips.append((cur, cur_days))
            if len(strips) <= count or count > len(months):
                break
            count += 1
        ppd = lanes / max(n for _, n in strips)
        assert ruler_level(ppd) in ("week", "day")
        return ppd, strips

    def header_h(self) -> int:
        return self.view.header_h()

    def rows(self):
        return self.view.model.rows

    def strip_size(self, ppd: float, days: int, rows_h: float) -> tuple[int, int]:
        return (int(self.label_w + days * ppd + 2 * self.frame + 1),
                int(self.header_h() + rows_h + 2 * self.frame))

    def render(self, painter: QPainter, rect: QRectF, ppd: float, first_day: int, days: int, row_top: int,
               rows_h: int):
        v = self.view
        w, h = self.strip_size(ppd, days, rows_h)
        v.ppd = ppd
        v.origin = first_day
        v.resize(w, h)
        v.show()
        QApplication.processEvents()
        v.horizontalScrollBar().setValue(0)
        v.verticalScrollBar().setValue(row_top)
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(SCALE, SCALE)
        v.render(painter, QPoint(0, 0))
        painter.restore()

    def close(self):
        self.view.close()
        self.view.deleteLater()


class ReportWriter(QObject):
    """Writes the report; a QObject so its sentences have a translation context."""

    def write(self, plan, path, scenario: str | None = None, *, bands: reach.Bands | None = None,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None, include_forbidden: bool = False,
              comparison: reach.Comparison | None = None) -> None:
        """Write the report; ``progress(done, total)`` after each part, ``cancelled()`` True stops
        it (raises Cancelled, and nothing is left at ``path``). Placements the rules forbid
        count only with ``include_forbidden`` (View > Count Forbidden Placements); ``bands``
        must have been computed the same way. With ``comparison`` (``reach.compare`` of two
        scenarios of the plan, counted the same way), a comparison page follows the charts."""
        check_target(path)
        sc = plan.scenario(scenario).name
        steps = 5 + len(KINDS) + (comparison is not None)
        done = [0]

        def step():
            done[0] += 1
            if progress is not None:
                progress(done[0], steps)
            if cancelled is not None and cancelled():
                raise Cancelled()

        pr = reach.project(plan, sc, include_forbidden=include_forbidden)
        # the placements the rules forbid: left out of the numbers, or counted all the same
        forbidden = pr.left_out if not include_forbidden else reach.schedule(plan, plan.scenario(sc)).left_out
        self.ctx = dict(plan=plan, sc=sc, pr=pr, bands=bands, zh=is_chinese(), include_forbidden=include_forbidden,
                        forbidden=forbidden, today=_dt.date.today(), problems=rules.check(plan, sc),
                        sensitivity=sensitivity(plan, sc, pr, cancelled, include_forbidden)[:TOP_ASSUMPTIONS],
                        cost=costs.scenario_cost(plan, sc, include_forbidden=include_forbidden), refs={},
                        comparison=comparison)
        step()
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
        timeline = _PrintTimeline(plan, sc)
        pages = None
        try:
            dry = _Pages(writer, self._footer(0), dry=True)
            self._compose(dry, timeline, lambda: None)
            total = dry.page
            pages = _Pages(writer, self._footer(total), dry=False)
            self._compose(pages, timeline, step)
            pages.end()
        except BaseException:
            if pages is not None:
                pages.end()
            raise
        finally:
            timeline.close()
            device.close()
        write_export(path, bytes(data.data()))
        if progress is not None:
            progress(steps, steps)

    def _footer(self, total: int) -> Callable[[int], tuple[str, str, str]]:
        c = self.ctx
        name = one_line(c["plan"].name)
        made = self.tr("Report made on %1").replace("%1", c["today"].isoformat())
        return lambda page: (name, made, self.tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(total)))

    # ------------------------------------------------------------------ the pages
    def _compose(self, pages: _Pages, timeline: _PrintTimeline, step: Callable[[], None]):
        self._first_page(pages)
        step()
        pages.new_page()
        self._timeline(pages, timeline)
        step()
        c = self.ctx
        for kind in KINDS:
            pages.new_page()

            def draw(p, r, kind=kind):
                w = chart_widget(kind, c["plan"], c["sc"], c["pr"], c["bands"],
                                 include_forbidden=c["include_forbidden"])
                paint_chart(w, p, r, RESOLUTION)
                w.close()
                w.deleteLater()
            pages.picture(pages.room() - pages.metrics(pages.font(FOOTER_PT)).height(), draw)
            step()
        if c["comparison"] is not None:
            pages.new_page()
            self._comparison(pages)
            step()
        pages.new_page()
        self._assumptions(pages)
        step()
        c["refs"]["problems"] = pages.page
        self._problems(pages)
        step()

    def _first_page(self, pages: _Pages):
        c = self.ctx
        plan, pr, zh, bands = c["plan"], c["pr"], c["zh"], c["bands"]
        mp = plan.mini_program
        W = pages.rect.width()
        pages.text(one_line(plan.name), 20, True, gap=0.5)
        flags = names_text(FLAG, mp.flags) if mp.flags else self.tr("none")
        pages.text(self.tr("Mini program: %1 (category %2; flags: %3)").replace("%1", one_line(mp.name))
                   .replace("%2", category_name(mp.category)).replace("%3", flags), 10, color="#444444",
                   gap=0.1)
        days = english_plural(self.tr("%n day(s)", "", plan.days), plan.days)
        pages.text(self.tr("Plan: %1 to %2 (%3); scenario %4").replace("%1", str(plan.start))
                   .replace("%2", str(plan.end)).replace("%3", days).replace("%4", one_line(c["sc"])),
                   10, color="#444444", gap=0.1 if c["forbidden"] else 1.0)
        # which placements the rules forbid were left out of every number below (or counted)
        note = forbidden_note(c["forbidden"], counted=c["include_forbidden"], most=40, chars=400)
        if note is not None:
            pages.text(tr_message(note), 10, color="#8A4B00" if not c["include_forbidden"] else "#444444",
                       gap=1.0)
        # left: the key figures; right: the reach chart
        top = pages.y
        left_w = W * 0.40
        last = pr.days - 1
        band_label, retained_label = self.tr("Reach, P10 to P90"), self.tr("Retained after 7 days")
        figures = [(self.tr("Unique people reached"), people(pr.reach[last], zh) if pr.days else "0",
                    labelled(band_label, f"{people(bands.p10[-1], zh)} – {people(bands.p90[-1], zh)}")
                    if bands is not None and len(bands.p10) else "")]
        if plan.target_reach:
            day = pr.target_day(plan.target_reach)
            goal = people(plan.target_reach, zh)
            if pr.reach_kplus is not None:   # the target counts people reached k+ times
                goal = self.tr("%1 reached %2+ times").replace("%1", goal).replace("%2", str(pr.target_frequency))
            if day is not None:
                when = self.tr("%1, reached on %2").replace("%1", goal) \
                    .replace("%2", str(plan.start + _dt.timedelta(days=day)))
            else:
                when = self.tr("%1, not reached; %2 short").replace("%1", goal) \
                    .replace("%2", people(plan.target_reach - (pr.target_series[last] if pr.days else 0), zh))
            figures.append((self.tr("Target"), when, ""))
        figures.append((self.tr("Unique visitors"), people(pr.visitors[last], zh) if pr.days else "0",
                        labelled(retained_label, people(pr.retained[last], zh) if pr.days else "0")))
        placements = plan.scenario(c["sc"]).placements
        if c["cost"] > 0:
            reached = float(pr.reach[last]) if pr.days else 0.0
            per_k = self.tr("%1 per thousand people reached").replace(
                "%1", full_money(c["cost"] / reached * 1000, plan.currency)) if reached > 0 else ""
            figures.append((self.tr("Cost"), full_money(c["cost"], plan.currency), per_k))
        else:
            figures.append((self.tr("Cost"), self.tr("no costs entered"), ""))
        errors = sum(1 for p in c["problems"] if p.level == "error")
        warnings = len(c["problems"]) - errors
        # "2 errors, 1 warning": each count in its own counted sentence, then the two together
        count = self.tr("%1, %2", "errors, warnings") \
            .replace("%1", english_plural(self.tr("%n error(s)", "", errors), errors)) \
            .replace("%2", english_plural(self.tr("%n warning(s)", "", warnings), warnings))
        n = len(placements)
        if c["problems"]:
            where = english_plural(self.tr("%n placement(s); the problems are listed on page %1", "", n), n) \
                .replace("%1", str(c["refs"].get("problems", 99)))
        else:
            where = english_plural(self.tr("%n placement(s)", "", n), n)
        figures.append((self.tr("Problems"), count, where))
        for label, value, note in figures:
            pages.text(label, 9, color="#666666", gap=0.05, width=left_w)
            pages.text(value, 15, True, color="#1A237E" if label == figures[0][0] else "#222222", gap=0.05,
                       width=left_w)
            if note:
                pages.text(note, 9, color="#444444", gap=0.05, width=left_w)
            pages.y += pages.metrics(pages.font(9)).height() * 0.6
        left_end = pages.y
        pages.y = top
        chart_h = max(left_end - top, pages.rect.height() * 0.42)

        def draw(p, r):
            w = chart_widget("reach", plan, c["sc"], pr, bands, include_forbidden=c["include_forbidden"])
            w.set_note("")      # the page says it above, in the same words
            paint_chart(w, p, r, RESOLUTION)
            w.close()
            w.deleteLater()
        pages.picture(chart_h, draw, x=left_w + W * 0.02, width=W - left_w - W * 0.02)
        pages.y = max(left_end, pages.y) + pages.metrics(pages.font(10)).height() * 0.8
        # the assumptions that matter most
        pages.text(self.tr("What the reach depends on most"), 13, True, gap=0.2)
        n = len(c["sensitivity"])
        if n:
            pages.text(self.tr("Each assumption set to its low and to its high value, the others kept: the reach by "
                               "the end of the plan at each end of the range. The %n with the largest effect:", "", n),
                       9, color="#444444", gap=0.4)
        from .texts import owner_field_text
        rows = []
        for s in c["sensitivity"]:
            a = s.assumption
            field = owner_field_text(self.ctx["plan"], s.owner, s.field)
            what = labelled(s.label, field) if s.owner.startswith(("slot:", "segment:")) else field
            rows.append([one_line(what), _fmt(a.value), f"{_fmt(a.low if a.low is not None else a.value)} – "
                         f"{_fmt(a.high if a.high is not None else a.value)}",
                         f"{people(s.at_low, zh)} – {people(s.at_high, zh)}", people(s.swing, zh)])
        if rows:
            pages.table([self.tr("Assumption"), self.tr("Value"), self.tr("Low – high"),
                         self.tr("Reach by the end, at low – at high"), self.tr("Difference")],
                        rows, [0.35, 0.11, 0.19, 0.25, 0.10], align_right=(1, 2, 3, 4))
        else:
            pages.text(self.tr("No assumption with a range changes the reach."), 10)
        pages.text(self.tr("Not modelled: viral second-hop reach (shares of shares), per-person frequency caps, "
                           "correlation of eligibility between slots beyond what activity explains."),
                   8, color="#666666")

    def _timeline(self, pages: _Pages, tl: _PrintTimeline):
        pages.text(self.tr("Timeline"), 16, True)
        width_px = pages.rect.width() / SCALE
        ppd, strips = tl.layout(width_px)
        rows = tl.rows()
        line_gap = pages.metrics(pages.font(10)).height() * 0.8
        for first_day, days in strips:
            i = 0
            while True:
                # the strip whole where it fits (on this page, else on the next one); a strip
                # taller than a page is cut between rows, each part under its own ruler
                fixed = tl.header_h() + 2 * tl.frame + 2
                rest = sum(r.h for r in rows[i:])
                if (fixed + rest) * SCALE > pages.room() and pages.y > 0 and \
                        ((fixed + rest) * SCALE <= pages.rect.height()
                         or pages.room() / SCALE - fixed < 4 * max((r.h for r in rows), default=0)):
                    pages.new_page()
                room = pages.room() / SCALE - fixed
                j, h = i, 0
                while j < len(rows) and h + rows[j].h <= room:
                    h += rows[j].h
                    j += 1
                if rows and j == i:        # not even one row fits a whole page: draw it anyway
                    h, j = rows[i].h, i + 1
                top = rows[i].y if rows else 0
                w_px, h_px = tl.strip_size(ppd, days, h)
                pages.picture(h_px * SCALE, lambda p, r, fd=first_day, d=days, t=top, hh=h:
                              tl.render(p, r, ppd, fd, d, t, hh), width=w_px * SCALE)
                pages.y += line_gap
                i = j
                if i >= len(rows):
                    break

    def _comparison(self, pages: _Pages):
        """Two scenarios side by side: both reach curves, B - A with its band, and the table."""
        from ..core import summary as core_summary
        from .charts.compare import comparison_texts
        from .exports import compare_widget
        c = self.ctx
        plan, cmp, forbidden = c["plan"], c["comparison"], c["include_forbidden"]
        pages.text(self.tr("Comparison: %1 and %2").replace("%1", one_line(cmp.a)).replace("%2", one_line(cmp.b)),
                   16, True)
        pr = {n: reach.project(plan, n, include_forbidden=forbidden) for n in dict.fromkeys((cmp.a, cmp.b))}
        rows = comparison_texts(plan, core_summary.comparison_rows(
            *(core_summary.summarize(plan, n, pr=pr[n], include_forbidden=forbidden) for n in (cmp.a, cmp.b))))
        line = pages.metrics(pages.font(9)).height() * 1.6
        h = pages.room() - line * (len(rows) + 2) - pages.metrics(pages.font(FOOTER_PT)).height()
        half = pages.rect.width() / 2
        top = pages.y
        for i, kind in enumerate(("overlay", "difference")):
            pages.y = top

            def draw(p, r, kind=kind):
                w = compare_widget(kind, plan, cmp.a, cmp.b, pr[cmp.a], pr[cmp.b], cmp, forbidden)
                paint_chart(w, p, r, RESOLUTION)
                w.close()
                w.deleteLater()
            pages.picture(h, draw, x=i * half, width=half - (8 if i == 0 else 0))
        pages.table(["", one_line(cmp.a), one_line(cmp.b), self.tr("B − A")], rows, [0.34, 0.22, 0.22, 0.22],
                    align_right=(1, 2, 3))

    def _assumptions(self, pages: _Pages):
        from .texts import owner_field_text
        plan = self.ctx["plan"]
        pages.text(self.tr("Assumptions"), 16, True)
        rows = []
        for owner, name, label, a in edits.assumptions_of(plan):
            field = owner_field_text(plan, owner, name)
            what = labelled(label, field) if owner.startswith(("slot:", "segment:")) else field
            rows.append([one_line(what), _fmt(a.value), _fmt(a.low), _fmt(a.high),
                         one_line(a.source) if a.source else self.tr("assumption")])
        header = [self.tr("Assumption"), self.tr("Value"), self.tr("Low"), self.tr("High"), self.tr("Source")]
        pages.table(header, rows, [0.34, 0.1, 0.1, 0.1, 0.36])

    def _problems(self, pages: _Pages):
        from .texts import level_text, problem_text
        problems = self.ctx["problems"]
        pages.text(self.tr("Problems"), 16, True)
        if problems:
            pages.table([self.tr("Level"), self.tr("Placement"), self.tr("Problem")],
                        [[level_text(p.level), one_line(p.placement or ""), problem_text(p)] for p in problems[:2000]],
                        [0.1, 0.12, 0.78])
            if len(problems) > 2000:
                more = len(problems) - 2000
                pages.text(self.tr("… and %n more (the Problems panel lists them all).", "", more), 10)
        else:
            pages.text(self.tr("None: every placement is allowed by the rules."), 11)


def write_report(plan, path, scenario: str | None = None, *, bands: reach.Bands | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, include_forbidden: bool = False,
                 comparison: reach.Comparison | None = None) -> None:
    """Write the PDF report of ``plan`` to ``path`` (see ReportWriter.write); placements the
    rules forbid count only with ``include_forbidden``; with ``comparison``, a comparison page."""
    ReportWriter().write(plan, path, scenario, bands=bands, progress=progress, cancelled=cancelled,
                         include_forbidden=include_forbidden, comparison=comparison)
