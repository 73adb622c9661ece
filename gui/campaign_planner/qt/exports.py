"""Chart images (PNG, SVG), the series CSV and the clipboard copy. The window and the
headless ``campaign-planner export`` both call these, so they write the same files."""

from __future__ import annotations

import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from .. import fileio
from ..core.reach import Bands, Projection, frequency_at, project
from .charts import svg_fix
from .charts.views import CHARTS, ChartView

DEFAULT_SIZE = (1200, 600)
SCREEN_DPI = 96


class ExportError(Exception):
    """An export cannot be written; ``str(e)`` is for a person."""


def chart_widget(kind: str, plan, scenario: str | None = None, pr: Projection | None = None,
                 bands: Bands | None = None, day: int | None = None) -> ChartView:
    """A standalone chart of ``kind`` for ``plan`` (not shown on screen)."""
    if kind not in CHARTS:
        raise ExportError(f"unknown chart {kind!r}; choose one of {', '.join(CHARTS)}")
    pr = pr if pr is not None else project(plan, scenario)
    w = CHARTS[kind]()
    w.plot.setAntialiasing(True)
    w.setAttribute(Qt.WA_DontShowOnScreen, True)
    if kind == "frequency":
        w.set_data(plan, pr, frequency=frequency_at(plan, scenario, day) if day is not None else None, day=day)
    else:
        w.set_data(plan, pr, bands)
    if kind in ("reach", "daily"):
        w.set_days(-0.5, pr.days - 0.5)
    w.hover.setText(" ")
    return w


def render_image(widget: ChartView, width: int, height: int, dpi: int = SCREEN_DPI) -> QImage:
    """Draw ``widget`` into a ``width`` x ``height`` pixel image. Text grows with ``dpi``
    (a 300 dpi image has text three times as many pixels high as a 96 dpi one)."""
    scale = max(dpi, 1) / SCREEN_DPI
    logical = QSize(max(1, round(width / scale)), max(1, round(height / scale)))
    widget.resize(logical)
    widget.show()
    QApplication.processEvents()
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


def check_target(path: str | os.PathLike) -> None:
    """Refuse at once a target that can never be written (a folder, a socket, a missing folder)."""
    try:
        fileio.resolve_target(path)
    except fileio.FileAccessError as e:
        raise ExportError(str(e)) from None


def write_export(path: str | os.PathLike, data: bytes | str) -> None:
    """Write an export whole or not at all (fileio.write_file); ExportError on failure."""
    try:
        fileio.write_file(path, data)
    except fileio.FileAccessError as e:
        raise ExportError(str(e)) from None


def image_bytes(image: QImage, fmt: str = "PNG") -> bytes:
    buf = QByteArray()
    dev = QBuffer(buf)
    dev.open(QIODevice.WriteOnly)
    ok = image.save(dev, fmt)
    dev.close()
    if not ok:
        raise ExportError(f"the {fmt} image could not be made")
    return bytes(buf.data())


def save_png(widget: ChartView, path, width: int, height: int, dpi: int = SCREEN_DPI) -> None:
    check_target(path)
    write_export(path, image_bytes(render_image(widget, width, height, dpi)))


def save_svg(widget: ChartView, path, width: int, height: int) -> None:
    """SVG through pyqtgraph's exporter (lines stay thin in every viewer), title included."""
    from pyqtgraph.exporters import SVGExporter
    check_target(path)
    widget.resize(width, height)
    widget.show()
    QApplication.processEvents()
    item = widget.plot.getPlotItem()
    item.setTitle(widget.title.text(), color="#222222", bold=True)
    svg_fix.install()
    exporter = SVGExporter(item)
    exporter.parameters()["width"] = width
    data = exporter.export(toBytes=True)
    item.setTitle(None)
    write_export(path, data if isinstance(data, bytes) else bytes(data))


def copy_to_clipboard(widget: ChartView) -> None:
    QApplication.clipboard().setImage(widget.grab().toImage())
