"""Chart images (PNG, SVG), the series CSV and the clipboard copy. The window and the
headless ``campaign-planner export`` both call these, so they write the same files."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from ..core.reach import Bands, Projection, frequency_at, project
from ..export.files import replace_into, temp_beside, write_atomic
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


def _check_target(path: str | os.PathLike) -> Path:
    p = Path(path)
    if p.is_dir():
        raise ExportError(f"{p}: is a folder; give a file name")
    if not p.parent.exists():
        raise ExportError(f"{p}: the folder {p.parent} does not exist")
    return p


def _replace(tmp: Path, target: Path):
    try:
        replace_into(tmp, target)
    except OSError as e:
        raise ExportError(f"{target}: cannot be written ({e.strerror or e})") from None


def save_png(widget: ChartView, path, width: int, height: int, dpi: int = SCREEN_DPI) -> None:
    target = _check_target(path)
    tmp = temp_beside(target, ".png")
    if not render_image(widget, width, height, dpi).save(str(tmp), "PNG"):
        raise ExportError(f"{target}: cannot be written")
    _replace(tmp, target)


def save_svg(widget: ChartView, path, width: int, height: int) -> None:
    """SVG through pyqtgraph's exporter (lines stay thin in every viewer), title included."""
    from pyqtgraph.exporters import SVGExporter
    target = _check_target(path)
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
    try:
        write_atomic(target, data if isinstance(data, bytes) else bytes(data))
    except OSError as e:
        raise ExportError(f"{target}: cannot be written ({e.strerror or e})") from None


def copy_to_clipboard(widget: ChartView) -> None:
    QApplication.clipboard().setImage(widget.grab().toImage())
