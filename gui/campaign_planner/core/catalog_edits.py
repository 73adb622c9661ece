"""Catalog edits: the plan's platforms and entry slots, as pure functions Plan -> (Plan, Changes).

Like core/edits.py, every function returns a new immutable Plan and a ``Changes`` value, or
raises ``PlanError`` with sentences for a person (core.messages.Msg, keys ``catalog.*``) and
changes nothing. Every plan returned has passed ``plan.validate``. Messages name slots and
platforms by their display names; an unknown id can only be named by itself.

What each edit says changed (``Changes``):

* renaming a platform or a slot: ``names`` only (no number, no rule's outcome changes);
* adding or removing a platform: ``plan`` and ``names``;
* adding or removing a slot: ``plan``, ``names`` and ``assumptions`` (the list of assumed
  numbers gains or loses the slot's); removing it with its placements also lists their ids
  in ``placements``;
* changing a slot's impressions per unit, eligible share or click-through rate:
  ``assumptions``; its unit, daily cap, required flags or cost per unit: ``plan``
  (``Changes.projection`` is true either way).
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from .edits import Changes, _clean_name, _validated
from .messages import Msg, id_list
from .names import FLAG, Names
from .plan import (
    EARNED,
    FLAGS,
    ID_RE,
    MAX_IMPRESSIONS_PER_UNIT,
    MAX_MONEY,
    MAX_UNITS_PER_DAY,
    UNITS,
    Assumption,
    Plan,
    PlanError,
    Platform,
    Slot,
    _check_number,
)

#: What ``add_slot`` gives a new slot until someone knows better: neutral assumed numbers
#: (no source: shown as assumptions), no daily cap, no required flag, free.
NEW_SLOT_IMPRESSIONS = Assumption(100_000.0)
NEW_SLOT_ELIGIBLE_SHARE = Assumption(0.1)
NEW_SLOT_CTR = Assumption(0.01)
NEW_SLOT_COST = Assumption(0.0)
#: What a slot switched to earned starts with: impressions earned per new person (an assumption)
NEW_EARNED_PER_PERSON = Assumption(2.0, 0.5, 5.0)

#: The fields ``update_slot`` changes.
SLOT_FIELDS = (
    "name",
    "unit",
    "impressions_per_unit",
    "eligible_share",
    "ctr",
    "cost_per_unit",
    "max_units_per_day",
    "requires",
)
_ASSUMED = ("impressions_per_unit", "eligible_share", "ctr")  # inputs of the reach model
_MAX_ID = 64


# --------------------------------------------------------------------------- helpers


def _find_slot(plan: Plan, slot_id: str) -> int:
    for i, sl in enumerate(plan.slots):
        if sl.id == slot_id:
            return i
    raise PlanError([Msg("plan.no_slot", ident=slot_id)])


def _find_platform(plan: Plan, platform_id: str) -> int:
    for i, pf in enumerate(plan.platforms):
        if pf.id == platform_id:
            return i
    raise PlanError([Msg("edits.no_platform", ident=platform_id)])


def _check_new_id(plan: Plan, what: str, ident: str) -> None:
    """Refuse ``ident`` for a new slot or platform (``what``): not a valid id, or the id of
    a slot or a platform already (slots and platforms share one set of ids)."""
    if not isinstance(ident, str) or not ID_RE.match(ident):
        raise PlanError([Msg("catalog.bad_id", what=Msg(f"word.{what}"), ident=ident)])
    for sl in plan.slots:
        if sl.id == ident:
            raise PlanError([Msg("catalog.id_taken", ident=ident, what=Msg("word.slot"), name=sl.name)])
    for pf in plan.platforms:
        if pf.id == ident:
            raise PlanError([Msg("catalog.id_taken", ident=ident, what=Msg("word.platform"), name=pf.name)])


def _checked_name(what: str, name: str) -> str:
    """``name`` on one line (runs of white space one space), refused if empty."""
    cleaned = _clean_name(name)
    if not isinstance(cleaned, str) or not cleaned:
        raise PlanError([Msg("catalog.needs_name", what=Msg(f"word.{what}"))])
    return cleaned


def _quoted(names: Iterable[str]) -> str:
    """Display names for a sentence: 'A', 'B' (the first few, then "and N more")."""
    return id_list(repr(n) for n in names)


def _field_label(field: str, unit: str) -> Msg:
    if field == "impressions_per_unit":
        return Msg("catalog.field.earn" if unit == EARNED else "catalog.field.impressions")
    return Msg(f"catalog.field.{field}")


def _as_assumption(value: Any, what: Msg) -> Assumption:
    """``value`` as an Assumption: itself, or a plain number (no range, no source)."""
    if isinstance(value, Assumption):
        return value
    if isinstance(value, bool):
        raise PlanError([Msg("catalog.not_a_number", what=what, value=value)])
    try:
        return Assumption(float(value))
    except (TypeError, ValueError):
        raise PlanError([Msg("catalog.not_a_number", what=what, value=value)]) from None


def _slot_problems(old: Slot, new: Slot, changed: set[str]) -> list[str]:
    """What is wrong with the ``changed`` fields of ``new`` (a slot ``old`` made so), in
    sentences naming the slot by its name."""
    p: list[str] = []
    name = new.name
    if "unit" in changed and new.unit not in UNITS:
        p.append(Msg("catalog.bad_unit", name=name, units=", ".join(UNITS), unit=new.unit))
    checks: dict[str, dict[str, Any]] = {
        "impressions_per_unit": {"positive": True, "at_most": MAX_IMPRESSIONS_PER_UNIT},
        "eligible_share": {"share": True},
        "ctr": {"share": True},
        "cost_per_unit": {"nonneg": True, "at_most": MAX_MONEY},
    }
    for field, how in checks.items():
        if field in changed:
            what = Msg("catalog.what.field", name=name, field=_field_label(field, new.unit))
            _check_number(p, what, getattr(new, field), **how)
    if "max_units_per_day" in changed and new.max_units_per_day is not None:
        cap = new.max_units_per_day
        if not (math.isfinite(cap) and 0 < cap <= MAX_UNITS_PER_DAY):
            p.append(Msg("catalog.bad_cap", name=name, limit=MAX_UNITS_PER_DAY, value=cap))
    if "requires" in changed:
        for f in new.requires:
            if f not in FLAGS and f not in old.requires:
                p.append(Msg("catalog.unknown_flag", name=name, flag=f, flags=Names(FLAG, FLAGS)))
    return p


def _scenario_counts(plan: Plan, slot_id: str) -> list[tuple[str, int]]:
    """(scenario name, placements on the slot) of each scenario that has some, in order."""
    out = []
    for sc in plan.scenarios:
        n = sum(1 for p in sc.placements if p.slot == slot_id)
        if n:
            out.append((sc.name, n))
    return out


# --------------------------------------------------------------------------- ids


def suggest_id(plan: Plan, base: str) -> str:
    """A valid id (plan.ID_RE) that no slot, platform, segment or phase of ``plan`` has, made
    from ``base`` (a name as typed: "信息流 Feed" gives "feed"): its letters and digits
    without accents, in lower case, other characters "_"; ``base`` itself if free, else
    "base_2", "base_3"... A base without a usable character gives "id"."""
    text = unicodedata.normalize("NFKD", base if isinstance(base, str) else "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[^A-Za-z0-9_.\-]+", "_", text).lower()
    text = re.sub(r"_+", "_", text).strip("_.-") or "id"
    taken = {s.id for s in plan.slots} | {p.id for p in plan.platforms}
    taken |= {s.id for s in plan.audience.segments} | {p.id for p in plan.phases}
    for k in itertools.count(1):
        suffix = "" if k == 1 else f"_{k}"
        ident = text[: _MAX_ID - len(suffix)].rstrip("_.-") + suffix
        if ident not in taken and ID_RE.match(ident):
            return ident
    return text  # pragma: no cover


# --------------------------------------------------------------------------- platforms


def add_platform(plan: Plan, platform_id: str, name: str, users: float | None = None) -> tuple[Plan, Changes]:
    """A new platform, last in the list (no slots or phases yet). With ``users``, its people
    join the audience as a cell of their own (people of that platform only: set its overlaps
    in the audience afterwards); without, it reaches no one until its audience is set."""
    _check_new_id(plan, "platform", platform_id)
    name = _checked_name("platform", name)
    after = _validated(replace(plan, platforms=(*plan.platforms, Platform(platform_id, name))))
    if users:
        after, _ = set_platform_users(after, platform_id, users)
    return after, Changes(plan=True, names=True, assumptions=bool(users))


def rename_platform(plan: Plan, platform_id: str, name: str) -> tuple[Plan, Changes]:
    i = _find_platform(plan, platform_id)
    name = _checked_name("platform", name)
    if plan.platforms[i].name == name:
        raise PlanError([Msg("edits.nothing_changed")])
    platforms = list(plan.platforms)
    platforms[i] = replace(platforms[i], name=name)
    return _validated(replace(plan, platforms=tuple(platforms))), Changes(names=True)


def remove_platform(plan: Plan, platform_id: str) -> tuple[Plan, Changes]:
    """Remove a platform no slot, phase or audience segment uses (refused otherwise, with a
    sentence naming them)."""
    i = _find_platform(plan, platform_id)
    pf = plan.platforms[i]
    problems: list[str] = []
    slots = [s.name for s in plan.slots if s.platform == platform_id]
    if slots:
        problems.append(Msg("catalog.platform_has_slots", name=pf.name, names=_quoted(slots)))
    phases = [ph.name or ph.id for ph in plan.phases if ph.platform == platform_id]
    if phases:
        problems.append(Msg("catalog.platform_has_phases", name=pf.name, names=_quoted(phases)))
    segments = [s.name or s.id for s in plan.audience.segments if platform_id in s.platforms]
    if segments:
        problems.append(Msg("catalog.platform_has_segments", name=pf.name, names=_quoted(segments)))
    if problems:
        raise PlanError(problems)
    after = replace(plan, platforms=plan.platforms[:i] + plan.platforms[i + 1 :])
    return _validated(after), Changes(plan=True, names=True)


# --------------------------------------------------------------------------- slots


def add_slot(plan: Plan, slot_id: str, name: str, platform_id: str, unit: str = "insertion") -> tuple[Plan, Changes]:
    """A new slot of ``platform_id`` booked by ``unit``, right after the platform's last slot
    (last if it has none), with neutral assumed numbers: 100,000 impressions per unit (earn
    per new person for an earned slot), an eligible share of 0.1, a click-through rate of
    0.01; no daily cap, no required flag, nothing per unit."""
    _check_new_id(plan, "slot", slot_id)
    name = _checked_name("slot", name)
    _find_platform(plan, platform_id)
    if unit not in UNITS:
        raise PlanError([Msg("catalog.bad_unit", name=name, units=", ".join(UNITS), unit=unit)])
    slot = Slot(
        slot_id,
        name,
        platform_id,
        unit,
        NEW_SLOT_IMPRESSIONS,
        NEW_SLOT_ELIGIBLE_SHARE,
        NEW_SLOT_CTR,
        cost_per_unit=NEW_SLOT_COST,
    )
    at = max((i + 1 for i, s in enumerate(plan.slots) if s.platform == platform_id), default=len(plan.slots))
    after = replace(plan, slots=plan.slots[:at] + (slot,) + plan.slots[at:])
    return _validated(after), Changes(plan=True, names=True, assumptions=True)


def update_slot(plan: Plan, slot_id: str, **fields: Any) -> tuple[Plan, Changes]:
    """Change fields of one slot (SLOT_FIELDS): ``name``; ``unit`` (insertion, day or
    earned); ``impressions_per_unit``, ``eligible_share``, ``ctr``, ``cost_per_unit`` (an
    Assumption, or a plain number: no range, no source); ``max_units_per_day`` (a number, or
    None: no cap); ``requires`` (flag ids: core/names.py's, or ones the slot already
    requires). Refused whole, with a sentence naming the slot, if any is invalid or if
    nothing changes."""
    unknown = sorted(set(fields) - set(SLOT_FIELDS))
    if unknown:
        raise PlanError([Msg("catalog.no_field.slot", field=unknown[0])])
    i = _find_slot(plan, slot_id)
    old = plan.slots[i]
    values: dict[str, Any] = dict(fields)
    if "name" in values:
        values["name"] = _checked_name("slot", values["name"])
    shown = values.get("name", old.name)
    unit = values.get("unit", old.unit)
    for f in (*_ASSUMED, "cost_per_unit"):
        if f in values:
            what = Msg("catalog.what.field", name=shown, field=_field_label(f, unit))
            values[f] = _as_assumption(values[f], what)
    if values.get("max_units_per_day") is not None:
        cap = values["max_units_per_day"]
        if isinstance(cap, bool) or not isinstance(cap, (int, float)):
            what = Msg("catalog.what.field", name=shown, field=Msg("catalog.field.max_units_per_day"))
            raise PlanError([Msg("catalog.not_a_number", what=what, value=cap)])
        values["max_units_per_day"] = float(cap)
    if "requires" in values:
        requires = values["requires"]
        if isinstance(requires, str):
            requires = (requires,)
        values["requires"] = tuple(dict.fromkeys(f.strip() for f in requires if f.strip()))
    if (unit == EARNED) != old.earned and "impressions_per_unit" not in values:
        # its number changes meaning (impressions per unit <-> earned per new person): start
        # from a neutral assumption rather than carry a figure over into the other meaning
        values["impressions_per_unit"] = NEW_EARNED_PER_PERSON if unit == EARNED else NEW_SLOT_IMPRESSIONS
    new = replace(old, **values)
    changed = {f for f in SLOT_FIELDS if getattr(new, f) != getattr(old, f)}
    if not changed:
        raise PlanError([Msg("edits.nothing_changed")])
    problems = _slot_problems(old, new, changed)
    if problems:
        raise PlanError(problems)
    slots = list(plan.slots)
    slots[i] = new
    after = _validated(replace(plan, slots=tuple(slots)))
    return after, Changes(
        names="name" in changed,
        assumptions=bool(changed & set(_ASSUMED)),
        plan=bool(changed & {"unit", "max_units_per_day", "requires", "cost_per_unit"}),
    )


def slot_placements(plan: Plan, slot_id: str) -> int:
    """How many placements (of every scenario together) use slot ``slot_id`` (0 for an
    unknown slot)."""
    return sum(n for _, n in _scenario_counts(plan, slot_id))


def remove_slot(plan: Plan, slot_id: str, with_placements: bool = False) -> tuple[Plan, Changes]:
    """Remove slot ``slot_id``. Refused while placements of any scenario use it, unless
    ``with_placements``: then they go with it, in the same edit (``Changes.placements``
    lists their ids)."""
    i = _find_slot(plan, slot_id)
    slot = plan.slots[i]
    used = _scenario_counts(plan, slot_id)
    if used and not with_placements:
        n = sum(k for _, k in used)
        raise PlanError([Msg("catalog.slot_in_use", name=slot.name, n=n, scenarios=", ".join(s for s, _ in used))])
    removed: set[str] = set()
    scenarios = []
    for sc in plan.scenarios:
        if any(p.slot == slot_id for p in sc.placements):
            removed.update(p.id for p in sc.placements if p.slot == slot_id)
            sc = replace(sc, placements=tuple(p for p in sc.placements if p.slot != slot_id))
        scenarios.append(sc)
    after = replace(plan, slots=plan.slots[:i] + plan.slots[i + 1 :], scenarios=tuple(scenarios))
    return _validated(after), Changes(placements=frozenset(removed), plan=True, names=True, assumptions=True)


# --------------------------------------------------------------------------- audience


def platform_users(plan: Plan) -> dict[str, float]:
    """Each platform's users: the sizes of the audience's cells (segments) that use it."""
    out = {p.id: 0.0 for p in plan.platforms}
    for seg in plan.audience.segments:
        for p in seg.platforms:
            out[p] = out.get(p, 0.0) + seg.size.value
    return out


def _platform_name(plan: Plan, platform_id: str) -> str:
    return plan.platforms[_find_platform(plan, platform_id)].name


def _with_segments(plan: Plan, segments) -> Plan:
    return _validated(replace(plan, audience=replace(plan.audience, segments=tuple(segments))))


def set_platform_users(plan: Plan, platform_id: str, users: float) -> tuple[Plan, Changes]:
    """A platform's users set to ``users``: the difference goes to the cell of the people who
    use only that platform (made if the plan has none), so its overlaps with other platforms
    stay as they are. Refused when the overlaps alone are more than ``users`` (the sizes
    would not add up), or ``users`` is not a number that is not negative."""
    name = _platform_name(plan, platform_id)
    if isinstance(users, bool) or not isinstance(users, (int, float)) or not math.isfinite(users) or users < 0:
        raise PlanError([Msg("catalog.bad_users", name=name, value=str(users))])
    segments = list(plan.audience.segments)
    only = next((i for i, s in enumerate(segments) if tuple(s.platforms) == (platform_id,)), None)
    shared = sum(s.size.value for s in segments if platform_id in s.platforms and tuple(s.platforms) != (platform_id,))
    rest = float(users) - shared
    if rest < -1e-6 * max(1.0, float(users)):
        raise PlanError([Msg("catalog.users_below_overlap", name=name, users=float(users), shared=shared)])
    rest = max(rest, 0.0)
    if only is None:
        if rest == 0:
            raise PlanError([Msg("edits.nothing_changed")])
        from .plan import Segment

        seg_id = suggest_id(plan, f"{platform_id}_only")
        segments.append(Segment(seg_id, Assumption(rest), (platform_id,), ""))
    else:
        old = segments[only].size
        if old.value == rest:
            raise PlanError([Msg("edits.nothing_changed")])
        lo = None if old.low is None else min(old.low, rest)
        hi = None if old.high is None else max(old.high, rest)
        # a figure worked out from what the person typed is no longer the published one
        segments[only] = replace(segments[only], size=Assumption(rest, lo, hi, None))
    return _with_segments(plan, segments), Changes(assumptions=True, plan=True)


def add_segment(plan: Plan, platforms: Iterable[str], size: float, name: str = "") -> tuple[Plan, Changes]:
    """A cell of the overlap: the people who use exactly ``platforms`` (two or more for an
    overlap, taken from each platform's "only" cell so every platform keeps its users; one
    for the people of one platform only, who are new). Refused when the plan already has that
    cell, a platform is unknown, a platform's "only" people are fewer than ``size``, or the
    size is not a number that is not negative."""
    ids = tuple(dict.fromkeys(platforms))
    for p in ids:
        _find_platform(plan, p)
    if not ids:
        raise PlanError([Msg("catalog.segment_needs_platform")])
    key = frozenset(ids)
    names = " + ".join(_platform_name(plan, p) for p in ids)
    if any(frozenset(s.platforms) == key for s in plan.audience.segments):
        raise PlanError([Msg("catalog.segment_exists", names=names)])
    if isinstance(size, bool) or not isinstance(size, (int, float)) or not math.isfinite(size) or size < 0:
        raise PlanError([Msg("catalog.bad_users", name=names, value=str(size))])
    from .plan import Segment

    segments = list(plan.audience.segments)
    if len(ids) > 1:
        # an overlap's people are already among each platform's users: they move out of the
        # cells of each platform's "only" people, so every platform keeps its users
        for p in ids:
            k = next((i for i, s in enumerate(segments) if tuple(s.platforms) == (p,)), None)
            have = segments[k].size.value if k is not None else 0.0
            if have < size:
                users = platform_users(plan).get(p, 0.0)
                raise PlanError(
                    [
                        Msg(
                            "catalog.users_below_overlap",
                            name=_platform_name(plan, p),
                            users=users,
                            shared=users - have + float(size),
                        )
                    ]
                )
            if k is not None:
                old = segments[k].size
                rest = have - float(size)
                if rest <= 0:
                    segments.pop(k)
                else:
                    lo = None if old.low is None else min(old.low, rest)
                    hi = None if old.high is None else min(max(old.high - float(size), rest), old.high)
                    segments[k] = replace(segments[k], size=Assumption(rest, lo, hi, None))
    seg_id = suggest_id(plan, "_".join(ids) if len(ids) > 1 else f"{ids[0]}_only")
    segments.append(Segment(seg_id, Assumption(float(size)), ids, _clean_name(name)))
    return _with_segments(plan, segments), Changes(assumptions=True, plan=True)


def remove_segment(plan: Plan, segment_id: str) -> tuple[Plan, Changes]:
    """Remove a cell of the overlap (its people are no longer in the plan's audience)."""
    segments = [s for s in plan.audience.segments if s.id != segment_id]
    if len(segments) == len(plan.audience.segments):
        raise PlanError([Msg("plan.no_segment", ident=segment_id)])
    return _with_segments(plan, segments), Changes(assumptions=True, plan=True)
