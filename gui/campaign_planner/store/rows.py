"""Rows of a plan file -> a Plan: every value checked for type, range and reference.

The tables have already passed the exact schema check (planfile.py); here each value
is untrusted data. Any problem is a PlanFileError naming the table and the value.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import re
from typing import Any

from ..core.messages import Msg
from ..core.plan import (
    ASSUMPTION_FIELDS,
    COST_FIELDS,
    DEFAULT_CURRENCY,
    Assumption,
    Audience,
    MiniProgram,
    Phase,
    Placement,
    Plan,
    PlanError,
    Platform,
    Scenario,
    Segment,
    Slot,
    parse_date,
    validate,
)
from .errors import PlanFileError

META_KEYS = {
    "name",
    "start",
    "end",
    "target_reach",
    "mini_program_name",
    "category",
    "flags",
    "app_version",
    # format 2
    "target_frequency",
    "currency",
    "budget",
}


def _fail(msg: str) -> PlanFileError:
    return PlanFileError(msg)


class _Rows:
    def __init__(self, name: str):
        self.name = name

    def bad(self, where: str, what: Msg) -> PlanFileError:
        return _fail(Msg("rows.damaged", name=self.name, where=where, what=what))

    def opt_text(self, v: Any, where: str) -> str | None:
        return None if v is None else self.text(v, where)

    def text(self, v: Any, where: str) -> str:
        if not isinstance(v, str):
            raise self.bad(where, Msg("rows.expected_text"))
        if len(v) > 100_000:
            raise self.bad(where, Msg("rows.text_too_long"))
        return v

    def opt_real(self, v: Any, where: str) -> float | None:
        return None if v is None else self.real(v, where)

    def real(self, v: Any, where: str) -> float:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise self.bad(where, Msg("rows.expected_number"))
        return float(v)

    def integer(self, v: Any, where: str) -> int:
        if isinstance(v, bool) or not isinstance(v, int):
            raise self.bad(where, Msg("rows.expected_whole"))
        return v

    def date(self, v: Any, where: str) -> _dt.date:
        try:
            return parse_date(self.text(v, where))
        except ValueError:
            raise self.bad(where, Msg("rows.expected_date")) from None

    def strings(self, v: Any, where: str) -> tuple[str, ...]:
        s = self.text(v, where)
        try:
            out = json.loads(s)
        except (ValueError, RecursionError):
            raise self.bad(where, Msg("rows.expected_names")) from None
        if not isinstance(out, list) or not all(isinstance(x, str) for x in out):
            raise self.bad(where, Msg("rows.expected_names"))
        return tuple(out)


def _ordered(rows: list[tuple], rd: _Rows, table: str, pos_index: int = 0) -> list[tuple]:
    for r in rows:
        rd.integer(r[pos_index], f"{table}.position")
    return sorted(rows, key=lambda r: r[pos_index])


def _meta_number(rd: _Rows, meta: dict[str, str], key: str) -> float | None:
    """An optional number kept as text in ``meta`` (NULL or absent: None)."""
    text = meta.get(key)
    try:
        return None if text is None else float(text)
    except ValueError:
        raise rd.bad(f"meta.{key}", Msg("rows.expected_number")) from None


def plan_from_tables(t: dict[str, list[tuple]], name: str) -> Plan:
    rd = _Rows(name)
    given: dict[str, str | None] = {}
    for k, v in t["meta"]:
        k = rd.text(k, "meta.key")
        if k not in META_KEYS or k in given:
            raise rd.bad("meta", Msg("rows.unexpected_key", key=k[:40]))
        given[k] = rd.opt_text(v, f"meta.{k}")
    meta: dict[str, str] = {k: v for k, v in given.items() if v is not None}
    for k in ("name", "start", "end", "mini_program_name", "category", "flags"):
        if k not in meta:
            raise rd.bad("meta", Msg("rows.missing", what=k))

    assumptions: dict[tuple[str, str], Assumption] = {}
    for owner, field, value, low, high, source in t["assumptions"]:
        owner = rd.text(owner, "assumptions.owner")
        field = rd.text(field, "assumptions.field")
        kind = owner.split(":", 1)[0]
        known = ASSUMPTION_FIELDS.get(kind, ()) + COST_FIELDS.get(kind, ())
        if field not in known or (owner, field) in assumptions:
            raise rd.bad("assumptions", Msg("rows.unexpected_assumption", owner=owner[:40], field=field[:40]))
        assumptions[(owner, field)] = Assumption(
            rd.real(value, f"{owner}.{field}"),
            rd.opt_real(low, f"{owner}.{field}.low"),
            rd.opt_real(high, f"{owner}.{field}.high"),
            rd.opt_text(source, f"{owner}.{field}.source"),
        )

    def take(owner: str, field: str) -> Assumption:
        try:
            return assumptions.pop((owner, field))
        except KeyError:
            raise rd.bad("assumptions", Msg("rows.missing", what=f"{owner}.{field}")) from None

    platforms = tuple(
        Platform(rd.text(i, "platforms.id"), rd.text(n, "platforms.name"))
        for _, i, n in _ordered(t["platforms"], rd, "platforms")
    )
    segments = []
    for _, i, n, pl in _ordered(t["segments"], rd, "segments"):
        i = rd.text(i, "segments.id")
        segments.append(
            Segment(
                i,
                take(f"segment:{i}", "size"),
                rd.strings(pl, f"segment {i}.platforms"),
                rd.text(n, f"segment {i}.name"),
            )
        )
    phases = []
    for _, i, n, plat, s, e, adm in _ordered(t["phases"], rd, "phases"):
        i = rd.text(i, "phases.id")
        phases.append(
            Phase(
                i,
                rd.text(n, f"phase {i}.name"),
                rd.opt_text(plat, f"phase {i}.platform"),
                rd.date(s, f"phase {i}.start"),
                rd.date(e, f"phase {i}.end"),
                rd.strings(adm, f"phase {i}.admits"),
            )
        )
    slots = []
    for _, i, n, plat, unit, cap, req, cost in _ordered(t["slots"], rd, "slots"):
        i = rd.text(i, "slots.id")
        cost_value = rd.real(cost, f"slot {i}.cost_per_unit")
        cost_range = assumptions.pop((f"slot:{i}", "cost_per_unit"), None)  # only with a range or a source
        if cost_range is not None and cost_range.value != cost_value:
            raise rd.bad(
                "assumptions",
                Msg("rows.cost_mismatch", owner=f"slot:{i}"[:40], value=cost_range.value, column=cost_value),
            )
        slots.append(
            Slot(
                id=i,
                name=rd.text(n, f"slot {i}.name"),
                platform=rd.text(plat, f"slot {i}.platform"),
                unit=rd.text(unit, f"slot {i}.unit"),
                **{f: take(f"slot:{i}", f) for f in ASSUMPTION_FIELDS["slot"]},
                max_units_per_day=rd.opt_real(cap, f"slot {i}.max_units_per_day"),
                requires=rd.strings(req, f"slot {i}.requires"),
                cost_per_unit=cost_range if cost_range is not None else Assumption(cost_value),
            )
        )
    by_scenario: dict[str, list[tuple]] = {}
    scen_names = [rd.text(n, "scenarios.name") for _, n in _ordered(t["scenarios"], rd, "scenarios")]
    for n in scen_names:
        by_scenario[n] = []
    for row in t["placements"]:
        sc = rd.text(row[0], "placements.scenario")
        if sc not in by_scenario:
            raise rd.bad("placements", Msg("rows.unknown_scenario", scenario=sc[:40]))
        by_scenario[sc].append(row)
    scenarios = []
    for n in scen_names:
        pls = []
        for _, _, i, slot, s, e, u, cost, note in _ordered(by_scenario[n], rd, "placements", 1):
            i = rd.text(i, "placements.id")
            pls.append(
                Placement(
                    i,
                    rd.text(slot, f"placement {i}.slot"),
                    rd.date(s, f"placement {i}.start"),
                    rd.date(e, f"placement {i}.end"),
                    rd.real(u, f"placement {i}.units_per_day"),
                    rd.opt_real(cost, f"placement {i}.cost"),
                    rd.text(note, f"placement {i}.note"),
                )
            )
        scenarios.append(Scenario(n, tuple(pls)))
    target_value = _meta_number(rd, meta, "target_reach")
    budget_value = _meta_number(rd, meta, "budget")
    frequency = meta.get("target_frequency", "1")
    if not re.fullmatch(r"[0-9]{1,3}", frequency):
        raise rd.bad("meta.target_frequency", Msg("rows.expected_whole"))
    plan = Plan(
        name=meta["name"],
        start=rd.date(meta["start"], "meta.start"),
        end=rd.date(meta["end"], "meta.end"),
        mini_program=MiniProgram(
            meta["mini_program_name"],
            meta["category"],
            rd.strings(meta["flags"], "meta.flags"),
            take("mini_program", "retention_7d"),
        ),
        audience=Audience(take("audience", "kappa"), tuple(segments), take("audience", "correlation")),
        platforms=platforms,
        phases=tuple(phases),
        slots=tuple(slots),
        scenarios=tuple(scenarios),
        target_reach=target_value,
        target_frequency=int(frequency),
        currency=meta.get("currency", DEFAULT_CURRENCY),
        budget=budget_value,
    )
    if assumptions:
        (owner, field), _ = next(iter(assumptions.items()))
        raise rd.bad("assumptions", Msg("rows.orphan_assumption", owner=owner[:40], field=field[:40]))
    try:
        validate(plan)
    except PlanError as e:
        more = Msg("planfile.more_problems", n=len(e.problems) - 1) if len(e.problems) > 1 else ""
        raise _fail(Msg("rows.invalid_plan", name=name, problem=e.problems[0], more=more)) from None
    return plan
