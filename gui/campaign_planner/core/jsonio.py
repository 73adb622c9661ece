"""The JSON plan format of INTERFACES.md ("format": "mpplan", "version": 1).

``plan_from_json`` refuses unknown keys and wrong types with the key's path in the
message ("scenarios[0].placements[3].unit_per_day: unknown key"), then validates
the plan. ``plan_to_json`` writes the same structure back; dumping then loading
gives an equal Plan.

Compatible extensions of the documented format (all optional):
``target_reach``, ``target_frequency`` (1..10, default 1), ``currency`` (default
``"CNY"``) and ``budget`` on the plan, ``source`` inside a ``{"value", "low", "high"}``
number, ``name`` on a segment, ``cost`` and ``note`` on a placement; a slot's
``cost_per_unit`` may be a plain number or an assumption with a range; the audience's
``correlation`` (within a platform, an assumption like ``kappa``; plan.DEFAULT_CORRELATION
when absent). Optional fields at their defaults are not written, so a plan that uses none
of them dumps as before.

An earned slot (``"unit": "earned"``, REACH_MODEL.md "Earned slots") gives its impressions
earned per new person of the day before as ``earn_per_new_person`` (a number or an assumption
with a range, held in the slot's ``impressions_per_unit``), and is written so;
``impressions_per_unit`` is accepted in its place, never both.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
from typing import Any, NoReturn

from .messages import Msg
from .plan import (
    DEFAULT_CORRELATION,
    DEFAULT_CURRENCY,
    EARNED,
    MAX_PLACEMENTS,
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

#: An earned slot's impressions per new person of the day before, in JSON (its impressions_per_unit).
EARN_KEY = "earn_per_new_person"

FORMAT = "mpplan"
VERSION = 1


class _Reader:
    """Walks a decoded JSON value, remembering where it is for messages."""

    def __init__(self):
        self.problems: list[str] = []

    def fail(self, path: str, msg: Msg) -> NoReturn:
        raise PlanError([Msg("json.at", path=path or Msg("word.plan"), problem=msg)])

    def obj(self, v: Any, path: str, required: set[str], optional: set[str]) -> dict:
        if not isinstance(v, dict):
            self.fail(path, Msg("json.expected_object", kind=_kind(v)))
        for k in v:
            if k not in required and k not in optional:
                self.fail(_join(path, k), Msg("json.unknown_key"))
        for k in sorted(required):
            if k not in v:
                self.fail(_join(path, k), Msg("json.missing"))
        return v

    def lst(self, v: Any, path: str) -> list:
        if not isinstance(v, list):
            self.fail(path, Msg("json.expected_list", kind=_kind(v)))
        return v

    def text(self, v: Any, path: str) -> str:
        if not isinstance(v, str):
            self.fail(path, Msg("json.expected_text", kind=_kind(v)))
        if len(v) > 10_000:
            self.fail(path, Msg("json.text_too_long"))
        return v

    def texts(self, v: Any, path: str) -> tuple[str, ...]:
        return tuple(self.text(x, f"{path}[{i}]") for i, x in enumerate(self.lst(v, path)))

    def number(self, v: Any, path: str) -> float:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            self.fail(path, Msg("json.expected_number", kind=_kind(v)))
        try:
            f = float(v)
        except OverflowError:
            self.fail(path, Msg("json.number_too_large"))
        if not math.isfinite(f):
            self.fail(path, Msg("json.not_finite"))
        return f

    def whole(self, v: Any, path: str) -> int:
        f = self.number(v, path)
        if not f.is_integer() or abs(f) > 2**31:
            self.fail(path, Msg("json.expected_whole"))
        return int(f)

    def date(self, v: Any, path: str) -> _dt.date:
        s = self.text(v, path)
        try:
            return parse_date(s)
        except ValueError:
            self.fail(path, Msg("json.expected_date", text=s))

    def assumption(self, v: Any, path: str) -> Assumption:
        if isinstance(v, dict):
            d = self.obj(v, path, {"value"}, {"low", "high", "source"})
            low = None if d.get("low") is None else self.number(d["low"], path + ".low")
            high = None if d.get("high") is None else self.number(d["high"], path + ".high")
            src = None if d.get("source") is None else self.text(d["source"], path + ".source")
            return Assumption(self.number(d["value"], path + ".value"), low, high, src)
        return Assumption(self.number(v, path))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


_KINDS = {dict: "object", list: "list", str: "text", bool: "bool", type(None): "null", int: "number", float: "number"}


def _kind(v: Any) -> str:
    kind = _KINDS.get(type(v))
    return Msg(f"json.kind.{kind}") if kind else type(v).__name__


def check_header(r: "_Reader", d: dict, expected: str, supported: int) -> None:
    """A document's ``format`` must be ``expected`` and its ``version`` a whole number from 1
    to ``supported`` (a newer one is refused as made by a newer planner)."""
    if d["format"] != expected:
        r.fail("format", Msg("json.wrong_format", expected=expected, got=d["format"]))
    if isinstance(d["version"], bool) or not isinstance(d["version"], int):
        r.fail("version", Msg("json.expected_whole"))
    if d["version"] > supported:
        r.fail("version", Msg("json.newer", version=d["version"], supported=supported))
    if d["version"] < 1:
        r.fail("version", Msg("json.unknown_version", version=d["version"]))


def plan_from_json(data: Any) -> Plan:
    """Build and validate a Plan from decoded JSON. Raises PlanError."""
    r = _Reader()
    d = r.obj(
        data,
        "",
        {"format", "version", "name", "start", "end", "mini_program", "audience", "platforms", "slots", "scenarios"},
        {"phases", "target_reach", "target_frequency", "currency", "budget"},
    )
    check_header(r, d, FORMAT, VERSION)

    m = r.obj(d["mini_program"], "mini_program", {"name", "category"}, {"flags", "retention_7d"})
    mini = MiniProgram(
        name=r.text(m["name"], "mini_program.name"),
        category=r.text(m["category"], "mini_program.category"),
        flags=r.texts(m.get("flags", []), "mini_program.flags"),
        retention_7d=r.assumption(m.get("retention_7d", 0.4), "mini_program.retention_7d"),
    )
    a = r.obj(d["audience"], "audience", {"segments"}, {"kappa", "correlation"})
    segments = []
    for i, s in enumerate(r.lst(a["segments"], "audience.segments")):
        path = f"audience.segments[{i}]"
        s = r.obj(s, path, {"id", "size", "platforms"}, {"name"})
        segments.append(
            Segment(
                r.text(s["id"], path + ".id"),
                r.assumption(s["size"], path + ".size"),
                r.texts(s["platforms"], path + ".platforms"),
                r.text(s.get("name", ""), path + ".name"),
            )
        )
    audience = Audience(
        r.assumption(a.get("kappa", 0.8), "audience.kappa"),
        tuple(segments),
        r.assumption(a["correlation"], "audience.correlation") if "correlation" in a else DEFAULT_CORRELATION,
    )

    platforms = []
    for i, p in enumerate(r.lst(d["platforms"], "platforms")):
        path = f"platforms[{i}]"
        p = r.obj(p, path, {"id", "name"}, set())
        platforms.append(Platform(r.text(p["id"], path + ".id"), r.text(p["name"], path + ".name")))

    phases = []
    for i, p in enumerate(r.lst(d.get("phases", []), "phases")):
        path = f"phases[{i}]"
        p = r.obj(p, path, {"id", "name", "start", "end"}, {"platform", "admits"})
        plat = p.get("platform")
        phases.append(
            Phase(
                r.text(p["id"], path + ".id"),
                r.text(p["name"], path + ".name"),
                None if plat is None else r.text(plat, path + ".platform"),
                r.date(p["start"], path + ".start"),
                r.date(p["end"], path + ".end"),
                r.texts(p.get("admits", []), path + ".admits"),
            )
        )

    slots = []
    for i, s in enumerate(r.lst(d["slots"], "slots")):
        path = f"slots[{i}]"
        earned = isinstance(s, dict) and s.get("unit") == EARNED
        s = r.obj(
            s,
            path,
            {"id", "name", "platform", "unit", "eligible_share"} | (set() if earned else {"impressions_per_unit"}),
            {"max_units_per_day", "ctr", "requires", "cost_per_unit"}
            | ({"impressions_per_unit", EARN_KEY} if earned else set()),
        )
        ipu_key = "impressions_per_unit"
        if earned:
            if EARN_KEY in s and ipu_key in s:
                r.fail(_join(path, EARN_KEY), Msg("json.earn_both"))
            if ipu_key not in s:
                ipu_key = EARN_KEY
                if EARN_KEY not in s:
                    r.fail(_join(path, EARN_KEY), Msg("json.missing"))
        cap = s.get("max_units_per_day")
        slots.append(
            Slot(
                id=r.text(s["id"], path + ".id"),
                name=r.text(s["name"], path + ".name"),
                platform=r.text(s["platform"], path + ".platform"),
                unit=r.text(s["unit"], path + ".unit"),
                impressions_per_unit=r.assumption(s[ipu_key], _join(path, ipu_key)),
                eligible_share=r.assumption(s["eligible_share"], path + ".eligible_share"),
                ctr=r.assumption(s.get("ctr", 0.01), path + ".ctr"),
                max_units_per_day=None if cap is None else r.number(cap, path + ".max_units_per_day"),
                requires=r.texts(s.get("requires", []), path + ".requires"),
                cost_per_unit=r.assumption(s.get("cost_per_unit", 0), path + ".cost_per_unit"),
            )
        )

    scenarios = []
    total = sum(
        len(sc.get("placements", ()))
        for sc in r.lst(d["scenarios"], "scenarios")
        if isinstance(sc, dict) and isinstance(sc.get("placements", ()), list)
    )
    if total > MAX_PLACEMENTS:
        r.fail("scenarios", Msg("plan.too_many", n=total, what=Msg("word.placements"), limit=MAX_PLACEMENTS))
    for i, sc in enumerate(r.lst(d["scenarios"], "scenarios")):
        path = f"scenarios[{i}]"
        sc = r.obj(sc, path, {"name"}, {"placements"})
        pls = []
        for k, pl in enumerate(r.lst(sc.get("placements", []), path + ".placements")):
            pp = f"{path}.placements[{k}]"
            pl = r.obj(pl, pp, {"id", "slot", "start", "end", "units_per_day"}, {"cost", "note"})
            cost = pl.get("cost")
            pls.append(
                Placement(
                    r.text(pl["id"], pp + ".id"),
                    r.text(pl["slot"], pp + ".slot"),
                    r.date(pl["start"], pp + ".start"),
                    r.date(pl["end"], pp + ".end"),
                    r.number(pl["units_per_day"], pp + ".units_per_day"),
                    None if cost is None else r.number(cost, pp + ".cost"),
                    r.text(pl.get("note", ""), pp + ".note"),
                )
            )
        scenarios.append(Scenario(r.text(sc["name"], path + ".name"), tuple(pls)))

    target = d.get("target_reach")
    budget = d.get("budget")
    plan = Plan(
        name=r.text(d["name"], "name"),
        start=r.date(d["start"], "start"),
        end=r.date(d["end"], "end"),
        mini_program=mini,
        audience=audience,
        platforms=tuple(platforms),
        phases=tuple(phases),
        slots=tuple(slots),
        scenarios=tuple(scenarios),
        target_reach=None if target is None else r.number(target, "target_reach"),
        target_frequency=r.whole(d.get("target_frequency", 1), "target_frequency"),
        currency=r.text(d.get("currency", DEFAULT_CURRENCY), "currency"),
        budget=None if budget is None else r.number(budget, "budget"),
    )
    validate(plan)
    return plan


def plan_from_json_text(text: str) -> Plan:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise PlanError([Msg("json.invalid", error=e.msg, line=e.lineno, column=e.colno)]) from None
    except RecursionError:
        raise PlanError([Msg("json.too_deep")]) from None
    except ValueError as e:  # e.g. an integer of thousands of digits
        raise PlanError([Msg("json.invalid_other", error=str(e))]) from None
    return plan_from_json(data)


def _num(a: Assumption) -> Any:
    if a.low is None and a.high is None and a.source is None:
        return _plain(a.value)
    d: dict[str, Any] = {"value": _plain(a.value)}
    if a.low is not None:
        d["low"] = _plain(a.low)
    if a.high is not None:
        d["high"] = _plain(a.high)
    if a.source is not None:
        d["source"] = a.source
    return d


def _plain(x: float) -> int | float:
    """Write 250000000.0 as 250000000 so files read as people write them."""
    if float(x).is_integer() and abs(x) < 2**53:
        return int(x)
    return x


def plan_to_json(plan: Plan) -> dict:
    out: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "name": plan.name,
        "start": plan.start.isoformat(),
        "end": plan.end.isoformat(),
    }
    if plan.target_reach is not None:
        out["target_reach"] = _plain(plan.target_reach)
    if plan.target_frequency != 1:
        out["target_frequency"] = plan.target_frequency
    if plan.currency != DEFAULT_CURRENCY:
        out["currency"] = plan.currency
    if plan.budget is not None:
        out["budget"] = _plain(plan.budget)
    mp = plan.mini_program
    out["mini_program"] = {
        "name": mp.name,
        "category": mp.category,
        "flags": list(mp.flags),
        "retention_7d": _num(mp.retention_7d),
    }
    segs = []
    d: dict[str, Any]
    for s in plan.audience.segments:
        d = {"id": s.id, "size": _num(s.size), "platforms": list(s.platforms)}
        if s.name:
            d["name"] = s.name
        segs.append(d)
    out["audience"] = {"kappa": _num(plan.audience.kappa)}
    if plan.audience.correlation != DEFAULT_CORRELATION:
        out["audience"]["correlation"] = _num(plan.audience.correlation)
    out["audience"]["segments"] = segs
    out["platforms"] = [{"id": p.id, "name": p.name} for p in plan.platforms]
    phases = []
    for ph in plan.phases:
        d = {"id": ph.id, "name": ph.name}
        if ph.platform is not None:
            d["platform"] = ph.platform
        d.update(start=ph.start.isoformat(), end=ph.end.isoformat(), admits=list(ph.admits))
        phases.append(d)
    out["phases"] = phases
    slots = []
    for sl in plan.slots:
        d = {
            "id": sl.id,
            "name": sl.name,
            "platform": sl.platform,
            "unit": sl.unit,
            EARN_KEY if sl.earned else "impressions_per_unit": _num(sl.impressions_per_unit),
        }
        if sl.max_units_per_day is not None:
            d["max_units_per_day"] = _plain(sl.max_units_per_day)
        d.update(
            eligible_share=_num(sl.eligible_share),
            ctr=_num(sl.ctr),
            requires=list(sl.requires),
            cost_per_unit=_num(sl.cost_per_unit),
        )
        slots.append(d)
    out["slots"] = slots
    scs = []
    for sc in plan.scenarios:
        scs.append({"name": sc.name, "placements": [placement_to_json(p) for p in sc.placements]})
    out["scenarios"] = scs
    return out


def placement_to_json(p: Placement) -> dict:
    d = {
        "id": p.id,
        "slot": p.slot,
        "start": p.start.isoformat(),
        "end": p.end.isoformat(),
        "units_per_day": _plain(p.units_per_day),
    }
    if p.cost is not None:
        d["cost"] = _plain(p.cost)
    if p.note:
        d["note"] = p.note
    return d


def plan_to_json_text(plan: Plan) -> str:
    return json.dumps(plan_to_json(plan), ensure_ascii=False, indent=2) + "\n"
