"""Colours and sizes shared by the timeline, the charts and the exports, so a segment or a
platform has the same colour everywhere."""

from __future__ import annotations

from PySide6.QtGui import QColor

PLATFORM_COLORS = {"alipay": "#1677FF", "weibo": "#E6162D"}
EXTRA_COLORS = ["#2CA02C", "#9467BD", "#FF7F0E", "#8C564B", "#17BECF", "#BCBD22", "#7F7F7F"]
SEGMENT_COLORS = {"alipay_only": "#1677FF", "weibo_only": "#E6162D", "both": "#8E44AD"}
TOTAL_COLOR = "#222222"
TARGET_COLOR = "#2E7D32"
TODAY_COLOR = "#D32F2F"    # the timeline's today line too
BAND_COLOR = "#7F7F7F"


def _pick(table: dict[str, str], key: str, index: int) -> QColor:
    if key in table:
        return QColor(table[key])
    return QColor(EXTRA_COLORS[index % len(EXTRA_COLORS)])


def platform_color(plan, platform_id: str) -> QColor:
    ids = [p.id for p in plan.platforms]
    return _pick(PLATFORM_COLORS, platform_id, ids.index(platform_id) if platform_id in ids else 0)


def segment_color(plan, segment_id: str) -> QColor:
    ids = [s.id for s in plan.audience.segments]
    return _pick(SEGMENT_COLORS, segment_id, ids.index(segment_id) if segment_id in ids else 0)
