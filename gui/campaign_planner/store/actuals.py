"""Delivered numbers from a file: the CSV ``calibrate`` and File > Import Delivered Numbers…
read (INTERFACES.md, ``calibrate``). The file is read as the plan files are (a regular file
only, at most MAX_BYTES); what it says is checked by core.calibrate.read_actuals."""

from __future__ import annotations

import os

from ..core.calibrate import Actuals, read_actuals
from ..core.messages import Msg
from ..core.plan import Plan, PlanError
from ..fileio import read_regular

MAX_BYTES = 64 << 20  # a year of 100 slots is about 2 MB


def load_actuals(path: str | os.PathLike, plan: Plan) -> Actuals:
    """The delivered numbers in the CSV file at ``path``, for ``plan``. FileAccessError when
    the file cannot be read; PlanError (naming the line) when what it says is wrong."""
    data = read_regular(path, MAX_BYTES, "CSV file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")  # a spreadsheet saved on a Chinese system
        except UnicodeDecodeError:
            raise PlanError([Msg("calibrate.not_csv")]) from None
    return read_actuals(text, plan)
