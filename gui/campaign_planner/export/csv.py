"""CSV of projected series, as INTERFACES.md specifies (``project --csv/--slots/--frequency``)."""

from __future__ import annotations

import csv
import datetime as _dt
import io
from collections.abc import Iterable

import numpy as np

from ..core.plan import Plan
from ..core.reach import FREQ_MAX, Bands, Projection


def series_columns(plan: Plan, with_bands: bool = False) -> list[str]:
    cols = ["date", "reach"]
    cols += [f"reach_segment_{s.id}" for s in plan.audience.segments]
    cols += [f"reach_platform_{p.id}" for p in plan.platforms]
    cols += ["daily_reach", "new_people", "visitors", "retained"]
    if with_bands:
        cols += ["reach_p10", "reach_p50", "reach_p90"]
    return cols


def people(x: float) -> float:
    """People as a plain number with two decimals (no -0.0, no tiny negatives from rounding)."""
    return round(max(float(x), 0.0), 2) + 0.0


def series_rows(plan: Plan, pr: Projection, bands: Bands | None = None) -> Iterable[tuple]:
    """One row per day: the ISO date, then the people columns of ``series_columns``."""
    cols = [pr.reach, *pr.reach_segment, *pr.reach_platform, pr.daily_reach, pr.new_people, pr.visitors, pr.retained]
    if bands is not None:
        cols += [bands.p10, bands.p50, bands.p90]
    table = np.round(np.maximum(np.vstack(cols).T, 0.0), 2) + 0.0
    for i, row in enumerate(table.tolist()):
        yield ((plan.start + _dt.timedelta(days=i)).isoformat(), *row)


def _fmt(v) -> str:
    if isinstance(v, float):
        return f"{v:.2f}"
    return str(v)


def _write(header: list[str], rows: Iterable[Iterable]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([_fmt(v) for v in r])
    return buf.getvalue()


def series_csv(plan: Plan, pr: Projection, bands: Bands | None = None) -> str:
    return _write(series_columns(plan, bands is not None), series_rows(plan, pr, bands))


def slots_csv(pr: Projection) -> str:
    rows = (
        (sid, people(imp), people(r), people(x), int(c))
        for sid, imp, r, x, c in zip(
            pr.slot_ids, pr.slot_impressions, pr.slot_reach, pr.slot_exclusive, pr.slot_cap_bound_days
        )
    )
    return _write(["slot", "impressions", "reach", "exclusive_reach", "cap_bound_days"], rows)


def frequency_csv(pr: Projection) -> str:
    labels = [str(i) for i in range(FREQ_MAX)] + [f"{FREQ_MAX}+"]
    return _write(["exposures", "people"], zip(labels, (people(x) for x in pr.frequency)))
