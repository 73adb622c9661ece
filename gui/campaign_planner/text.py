"""Text for people: one line, nothing that a terminal would act on.

Names come from files and file names that anybody may have made; a newline in a plan's
name must not forge a second line of ``check`` output, and an ESC sequence must not reach
a terminal. ``one_line`` escapes every control character (C0, DEL, C1, the Unicode line
and paragraph separators, bidirectional overrides) and every lone surrogate as
``\\xNN`` / ``\\uNNNN``; printable text, Chinese included, is kept as it is.
"""

from __future__ import annotations

import datetime as _dt
import re

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def _escape(m: re.Match) -> str:
    c = m.group()
    code = ord(c)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(text: object) -> str:
    """``text`` as one safe line (see the module's docstring). A message (core.messages.Msg)
    stays a message the window can translate: the text inside it is made safe."""
    if isinstance(text, str) and type(text) is not str:
        from .core.messages import map_text

        return map_text(text, _plain_line)
    return _plain_line(text if isinstance(text, str) else str(text))


def _plain_line(s: str) -> str:
    return _UNSAFE.sub(_escape, str.__str__(s))


def has_unsafe(text: str) -> bool:
    """Whether ``text`` holds a character ``one_line`` would escape."""
    return _UNSAFE.search(text) is not None


def is_valid_unicode(text: str) -> bool:
    """False for text holding lone surrogates (which cannot be written as UTF-8)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


_DATE = re.compile(r"(\d{4})\s*[-/.年－／．]\s*(\d{1,2})\s*[-/.月－／．]\s*(\d{1,2})\s*日?")


def parse_date(text: str) -> _dt.date | None:
    """A date as a person types it: 2020-03-05, 2020-3-5, 2020/3/5, 2020.3.5, 2020年3月5日,
    20200305 (spaces around the parts are fine). None if it is not one, or no such day."""
    t = text.strip()
    m = _DATE.fullmatch(t) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", t)
    if m is None:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
