"""Chart images (PNG, SVG), the series CSV and the clipboard copy. The window and the
headless ``campaign-planner export`` both call these, so they write the same files."""

from __future__ import annotations

import html
import os

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from .. import fileio
from ..core.messages import forbidden_note
from ..core.reach import Bands, Projection, frequency_at, project
from .charts import svg_fix
from .charts.views import CHARTS, ChartView
from .texts import clauses

DEFAULT_SIZE = (1200, 600)
SCREEN_DPI = 96


class ExportError(Exception):
    """An export cannot be written. ``message`` is for a person: a core/store message (Msg,
    translated where it is shown) or a sentence already in the window's language; ``str(e)``
    is it in English (the command line)."""

    def __init__(self, message: str):
        self.message = message
        super().__init__(str(message))


def left_out_note(pr: Projection) -> str:
    """The note an exported chart carries when placements the rules forbid were left out of
    ``pr`` ("Left out (forbidden): p3, p7 — 2 placements"), in the window's language; "" when
    none was."""
    from .texts import tr_message
    note = forbidden_note(pr.left_out)
    return tr_message(note) if note else ""


def chart_widget(kind: str, plan, scenario: str | None = None, pr: Projection | None = None,
                 bands: Bands | None = None, day: int | None = None, include_forbidden: bool = False,
                 phases=None) -> ChartView:
    """A standalone chart of ``kind`` for ``plan``, made for export (not shown on screen);
    placements the rules forbid count only with ``include_forbidden`` (a given ``pr`` says
    what it counted). When some were left out, the picture says which under its title.
    ``phases`` (a reach.PhaseReach): the reach chart shows each phase's reach too."""
    if kind not in CHARTS:
        raise ExportError(f"unknown chart {kind!r}; choose one of {', '.join(CHARTS)}")
    pr = pr if pr is not None else project(plan, scenario, include_forbidden=include_forbidden)
    w = CHARTS[kind]()
    w.setAttribute(Qt.WA_DontShowOnScreen, True)
    w.set_export(True)
    w.set_note(left_out_note(pr))
    if kind == "frequency":
        w.set_data(plan, pr, frequency=frequency_at(plan, scenario, day, include_forbidden=include_forbidden)
                   if day is not None else None, day=day)
    else:
        w.set_data(plan, pr, bands)
    if kind == "reach" and phases is not None:
        w.set_phases(plan, phases)
    if kind in ("reach", "daily"):
        w.set_days(-0.5, pr.days - 0.5)
    w.hover.setText(" ")
    return w


def delivered_widget(plan, scenario: str, pr: Projection, delivered) -> ChartView:
    """A standalone Delivered chart for export: ``delivered`` is (Actuals, Calibration)."""
    from .charts.delivered import DeliveredChart
    w = DeliveredChart()
    w.setAttribute(Qt.WA_DontShowOnScreen, True)
    w.set_export(True)
    w.set_data(plan, scenario, pr, delivered)
    w.hover.setText(" ")
    return w


def compare_widget(kind: str, plan, a: str, b: str, pr_a: Projection | None = None, pr_b: Projection | None = None,
                   comparison=None, include_forbidden: bool = False) -> ChartView:
    """A standalone comparison chart for export: ``kind`` "overlay" (both reach curves) or
    "difference" (B - A, with its P10-P90 band when ``comparison`` has one)."""
    from .charts.compare import DifferenceChart, OverlayChart
    pr_a = pr_a if pr_a is not None else project(plan, a, include_forbidden=include_forbidden)
    pr_b = pr_b if pr_b is not None else project(plan, b, include_forbidden=include_forbidden)
    w = {"overlay": OverlayChart, "difference": DifferenceChart}[kind]()
    w.setAttribute(Qt.WA_DontShowOnScreen, True)
    w.set_export(True)
    notes = list(dict.fromkeys(n for n in (left_out_note(pr_a), left_out_note(pr_b)) if n))
    w.set_note(clauses(*notes) if len(notes) == 2 else "".join(notes))
    w.set_data(plan, pr_a, pr_b, (a, b), comparison)
    w.set_days(-0.5, pr_a.days - 0.5)
    w.hover.setText(" ")
    return w


def lay_out(widget: ChartView, width: int, height: int) -> None:
    """Give an export chart its size (in logical pixels) and let it lay itself out: the
    title wraps to the width, the legend takes its column."""
    widget.resize(QSize(max(1, width), max(1, height)))
    widget.show()
    QApplication.processEvents()
    widget._update_scene_title()        # the title's height follows the width just given
    QApplication.processEvents()


def render_image(widget: ChartView, width: int, height: int, dpi: int = SCREEN_DPI) -> QImage:
    """Draw ``widget`` into a ``width`` x ``height`` pixel image. Text grows with ``dpi``
    (a 300 dpi image has text three times as many pixels high as a 96 dpi one)."""
    scale = max(dpi, 1) / SCREEN_DPI
    lay_out(widget, round(width / scale), round(height / scale))
    image = QImage(width, height, QImage.Format_ARGB32)
    image.fill(Qt.white)
    image.setDevicePixelRatio(scale)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing, True)
    painter.setRenderHint(QPainter.TextAntialiasing, True)
    widget.render(painter, QPoint(0, 0))  # PySide6 needs the target point explicitly
    painter.end()
    image.setDevicePixelRatio(1.0)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def paint_chart(widget: ChartView, painter: QPainter, rect: QRectF, device_dpi: float) -> None:
    """Draw ``widget`` into ``rect`` of a page (device units of ``device_dpi`` dots per inch),
    laid out for that rectangle: its text comes out at its point size (9 pt is 9 pt on paper),
    not a screen-sized chart scaled up or down. Vector output on a PDF painter."""
    scale = device_dpi / SCREEN_DPI
    lay_out(widget, round(rect.width() / scale), round(rect.height() / scale))
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(scale, scale)
    painter.setRenderHint(QPainter.Antialiasing, True)
    widget.render(painter, QPoint(0, 0))
    painter.restore()


def check_target(path: str | os.PathLike) -> None:
    """Refuse at once a target that can never be written (a folder, a socket, a missing folder)."""
    try:
        fileio.resolve_target(path)
    except fileio.FileAccessError as e:
        raise ExportError(e.message) from None


def write_export(path: str | os.PathLike, data: bytes | str) -> None:
    """Write an export whole or not at all (fileio.write_file); ExportError on failure."""
    try:
        fileio.write_file(path, data)
    except fileio.FileAccessError as e:
        raise ExportError(e.message) from None


def image_bytes(image: QImage, fmt: str = "PNG") -> bytes:
    buf = QByteArray()
    dev = QBuffer(buf)
    dev.open(QIODevice.WriteOnly)
    ok = image.save(dev, fmt)
    dev.close()
    if not ok:
        raise ExportError(QCoreApplication.translate("exports", "the %1 image could not be made").replace("%1", fmt))
    return bytes(buf.data())


def save_png(widget: ChartView, path, width: int, height: int, dpi: int = SCREEN_DPI) -> None:
    check_target(path)
    write_export(path, image_bytes(render_image(widget, width, height, dpi)))


def svg_bytes(widget: ChartView, width: int, height: int) -> bytes:
    """The chart as an SVG document of exactly ``width`` x ``height`` (CSS pixels), title,
    legend and axes included, through pyqtgraph's exporter (lines stay thin in every viewer)."""
    from pyqtgraph.exporters import SVGExporter
    lay_out(widget, width, height)
    item = widget.plot.getPlotItem()
    svg_fix.install()
    exporter = SVGExporter(item)
    exporter.parameters()["width"] = width    # the item is width x height already: no rescaling
    data = exporter.export(toBytes=True)
    text = data.decode("utf-8") if isinstance(data, (bytes, bytearray)) else str(data)
    # the exporter writes only a viewBox: give the document its size, and its title
    text = text.replace(' viewBox ="0 0 ', f' width="{width}" height="{height}" viewBox="0 0 ', 1)
    title = html.escape(widget.title.text().replace("    ", "  ").strip(), quote=False)
    text = text.replace("<title>pyqtgraph SVG export</title>", f"<title>{title}</title>", 1)
    return text.encode("utf-8")


def save_svg(widget: ChartView, path, width: int, height: int) -> None:
    """Write the chart as SVG (see svg_bytes)."""
    check_target(path)
    write_export(path, svg_bytes(widget, width, height))


def copy_to_clipboard(widget: ChartView, width: int = DEFAULT_SIZE[0], height: int = DEFAULT_SIZE[1],
                      dpi: int = SCREEN_DPI) -> QImage:
    """Put the chart on the clipboard as an image of the export size (not the screen's)."""
    image = render_image(widget, width, height, dpi)
    QApplication.clipboard().setImage(image)
    return image
