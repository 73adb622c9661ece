"""text.parse_date: dates as people type them, in either language."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from campaign_planner.text import parse_date


@given(st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_every_way_of_writing_a_day_gives_that_day(d):
    y, m, day = d.year, d.month, d.day
    for text in (d.isoformat(), f"{y}-{m}-{day}", f"{y}/{m}/{day}", f"{y}.{m}.{day}", f"{y}年{m}月{day}日",
                 f" {y} 年 {m} 月 {day} 日 ", d.strftime("%Y%m%d"), f"{y}／{m}／{day}"):
        assert parse_date(text) == d, text


def test_what_is_not_a_day_is_none():
    for text in ("", "next week", "2020-02-30", "2019-02-29", "2020-13-01", "2020-3", "2020-03-05-01", "05/03/2020",
                 "2020 03 05", "0000-01-01", "20201301"):
        assert parse_date(text) is None, text
    assert parse_date("2020-02-29") == dt.date(2020, 2, 29)
