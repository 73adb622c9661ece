"""export.numbers: money as people read it, short in tight places (the status bar, tables) and
to the cent in fields; the currency's symbol never ambiguous (the yen is JP¥, ¥ is the yuan)."""

from hypothesis import given
from hypothesis import strategies as st

from campaign_planner.export.numbers import currency_symbol, full_money, money, people


def test_a_field_shows_the_whole_amount_with_cents_only_when_there_are_some():
    assert full_money(1_234_567) == "¥1,234,567"
    assert full_money(1_234_567.5) == "¥1,234,567.50"
    assert full_money(35.2, "USD") == "$35.20"
    assert full_money(0) == "¥0"
    assert full_money(-300, "EUR") == "-€300"
    assert full_money(0.001) == "¥0"          # less than a cent is nothing, never "-¥0"
    assert full_money(-0.001) == "¥0"


def test_a_tight_place_scales_large_amounts_as_people_are_scaled():
    assert money(1_234_567) == "¥1.2M"
    assert money(1_234_567, digits=2) == "¥1.23M"
    assert money(2_000_000) == "¥2M"
    assert money(1_200_000, chinese=True) == "¥120 万"
    assert money(250_000_000, chinese=True) == "¥2.5 亿"
    assert money(12_500) == "¥12.5K"
    # below 10,000 the whole amount is short enough
    assert money(9_500) == "¥9,500" and money(35.2) == "¥35.20" and money(0) == "¥0"
    assert money(-1_234_567) == "-¥1.2M"
    assert money(-50_000, "USD", chinese=True) == "-$5 万"


def test_each_currency_has_one_unambiguous_mark():
    assert [currency_symbol(c) for c in ("CNY", "USD", "EUR", "GBP", "JPY", "HKD")] == \
        ["¥", "$", "€", "£", "JP¥", "HK$"]
    assert money(1_500_000, "JPY") == "JP¥1.5M"
    assert money(1_500_000, "HKD") == "HK$1.5M"
    assert money(1_500_000, "CHF") == "CHF 1.5M" and full_money(-12, "SGD") == "-SGD 12"


@given(st.floats(min_value=-1e13, max_value=1e13, allow_nan=False))
def test_the_whole_amount_reads_back_to_the_cent(x):
    text = full_money(x)
    value = float(text.replace("¥", "").replace(",", ""))
    assert abs(value - x) <= 0.005 + 1e-9 * abs(x), (x, text)
    assert text.startswith("-") == (round(x * 100) < 0)


@given(st.floats(min_value=1e4, max_value=1e13))
def test_the_short_amount_is_the_scaled_number_after_the_symbol(x):
    assert money(x) == "¥" + people(x)
    assert money(x, chinese=True) == "¥" + people(x, True)
