"""Large numbers as people read them: 1.2 亿 / 3,400 万 in Chinese, 1.2B / 34M / 5.6K in English."""

from __future__ import annotations


def _trim(x: float, digits: int) -> str:
    s = f"{x:.{digits}f}"
    return s.rstrip("0").rstrip(".") if "." in s else s


def people(x: float, chinese: bool = False, digits: int = 1) -> str:
    sign = "-" if x < 0 else ""
    x = abs(float(x))
    if chinese:
        if x >= 1e8:
            return f"{sign}{_trim(x / 1e8, max(digits, 2))} 亿"
        if x >= 1e4:
            return f"{sign}{_trim(x / 1e4, digits)} 万"
        return f"{sign}{_trim(x, 0)}"
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
        if x >= limit:
            return f"{sign}{_trim(x / limit, digits)}{suffix}"
    return f"{sign}{_trim(x, 0)}"
