"""Large numbers as people read them: 1.2 亿 / 3,400 万 in Chinese, 1.2B / 34M / 5.6K in English;
and money, short (``money``: ¥1.2M, ¥120 万, for a status bar or a table) or whole
(``full_money``: ¥1,234,567.50, for a field)."""

from __future__ import annotations

import math

#: the symbols of the currencies a plan is most often in; another currency is written with its
#: code and a space ("CHF 1,200"). The yen is "JP¥", never "¥", which is the yuan's here.
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "JP¥", "HKD": "HK$"}


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


def currency_symbol(currency: str) -> str:
    """What is written before an amount: "¥" for CNY, "HK$" for HKD, "CHF " for a code
    without a symbol here."""
    return SYMBOLS.get(currency, f"{currency} ")


def _amount(x: float) -> str:
    """A non-negative amount whole: thousands separators, and cents only when there are some."""
    cents = round(x * 100)
    if cents % 100 == 0:
        return f"{cents // 100:,}"
    return f"{x:,.2f}"


def full_money(x: float, currency: str = "CNY") -> str:
    """An amount to the cent, for a field: ¥1,234,567 or ¥1,234,567.50; -¥300 below zero."""
    x = float(x)
    if not math.isfinite(x):
        return f"{currency_symbol(currency)}{x}"
    sign = "-" if round(x * 100) < 0 else ""
    return f"{sign}{currency_symbol(currency)}{_amount(abs(x))}"


def money(x: float, currency: str = "CNY", chinese: bool = False, digits: int = 1) -> str:
    """An amount for a tight place: scaled as ``people`` scales (¥1.2M, ¥120 万, ¥2.5 亿) from
    10,000 on, whole below it (¥9,500, ¥35.20); -¥1.2M below zero."""
    x = float(x)
    if not math.isfinite(x) or abs(x) < 1e4:
        return full_money(x, currency)
    sign = "-" if x < 0 else ""
    return f"{sign}{currency_symbol(currency)}{people(abs(x), chinese, digits)}"
