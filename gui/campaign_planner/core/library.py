"""The slot library: platforms, their entry slots and audience benchmarks, kept for later plans.

The local store keeps one library (seeded from ``resources/library.json``); a plan copies
entries out of it ("Add from library") and keeps them (a plan stays self-contained: it never
refers to the library), and a plan's slot can be kept in it ("Save to library").

The JSON form (``"format": "mpplan-library"``, ``"version": 1``)::

    {"format": "mpplan-library", "version": 1, "note": "...",
     "platforms": [{"id": "alipay", "name": "支付宝 Alipay", "note": "..."}, ...],
     "slots": [<a slot exactly as in a plan's JSON>, with an optional "note"],
     "users": {"alipay": <a number or {"value", "low", "high", "source"}>, ...}}

Platforms and slots are read by core/jsonio.py (the same keys, types and checks as in a plan,
so a library entry is refused for what would make a plan invalid); ``users`` gives every
platform its monthly users (people), the audience benchmark ``add_from_library`` sizes a new
platform's segment with. ``note`` (optional, on the library, a platform or a slot) says where
figures come from; it is kept, never copied into a plan.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from .edits import Changes, _validated
from .jsonio import _join, _kind, _num, _Reader, check_header, plan_from_json, plan_to_json
from .messages import Msg
from .plan import (
    MAX_PEOPLE,
    Assumption,
    Audience,
    MiniProgram,
    Plan,
    PlanError,
    Platform,
    Segment,
    Slot,
    _check_number,
)

FORMAT = "mpplan-library"
VERSION = 1


@dataclass(frozen=True)
class Library:
    """Platforms, their slots, and each platform's monthly users (``users``, by platform id).
    ``notes`` (by platform or slot id; "" for the library itself) say where figures come from."""

    platforms: tuple[Platform, ...] = ()
    slots: tuple[Slot, ...] = ()
    users: dict[str, Assumption] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def platform(self, platform_id: str) -> Platform:
        for p in self.platforms:
            if p.id == platform_id:
                return p
        raise KeyError(platform_id)

    def slot(self, slot_id: str) -> Slot:
        for s in self.slots:
            if s.id == slot_id:
                return s
        raise KeyError(slot_id)

    def slots_of(self, platform_id: str) -> tuple[Slot, ...]:
        return tuple(s for s in self.slots if s.platform == platform_id)


def builtin_library_text() -> str:
    """The text of the seed library, ``resources/library.json``."""
    from .catalog import resources_dir

    return (resources_dir() / "library.json").read_text(encoding="utf-8")


def builtin_library() -> Library:
    """The seed library (the one the planner ships)."""
    return library_from_json_text(builtin_library_text())


# --------------------------------------------------------------------------- JSON


def _stripped(r: _Reader, items: Any, path: str, notes: dict[str, str]) -> list:
    """The entries of ``items`` without their "note" (kept in ``notes`` by id)."""
    out = []
    for i, item in enumerate(r.lst(items, path)):
        if isinstance(item, dict) and "note" in item:
            item = dict(item)
            note = r.text(item.pop("note"), f"{path}[{i}].note")
            if isinstance(item.get("id"), str) and note:
                notes[item["id"]] = note
        out.append(item)
    return out


def library_from_json(data: Any) -> Library:
    """Build and check a Library from decoded JSON. Raises PlanError (messages name the key,
    as a plan's do: "slots[3].eligible_share: ...")."""
    r = _Reader()
    d = r.obj(data, "", {"format", "version", "platforms", "slots", "users"}, {"note"})
    check_header(r, d, FORMAT, VERSION)
    notes: dict[str, str] = {}
    if d.get("note"):
        notes[""] = r.text(d["note"], "note")
    platforms = _stripped(r, d["platforms"], "platforms", notes)
    slots = _stripped(r, d["slots"], "slots", notes)
    # the platforms and slots are read and checked as a plan's (the same paths in messages)
    shell = {
        "format": "mpplan",
        "version": 1,
        "name": "library",
        "start": "2020-01-01",
        "end": "2020-01-01",
        "mini_program": {"name": "library", "category": "library"},
        "audience": {"segments": []},
        "platforms": platforms,
        "slots": slots,
        "scenarios": [{"name": "A"}],
    }
    plan = plan_from_json(shell)
    raw_users = d["users"]
    if not isinstance(raw_users, dict):
        r.fail("users", Msg("json.expected_object", kind=_kind(raw_users)))
    users: dict[str, Assumption] = {}
    problems: list[str] = []
    known = {p.id for p in plan.platforms}
    for pid, value in raw_users.items():
        path = _join("users", pid)
        if pid not in known:
            r.fail(path, Msg("library.users_platform", ident=pid))
        users[pid] = r.assumption(value, path)
        _check_number(problems, Msg("library.what.users", ident=pid), users[pid], positive=True, at_most=MAX_PEOPLE)
    for p in plan.platforms:
        if p.id not in users:
            problems.append(Msg("library.no_users", ident=p.id, name=p.name))
    taken = {p.id: p.name for p in plan.platforms}
    for s in plan.slots:
        if s.id in taken:
            problems.append(Msg("library.slot_is_platform", ident=s.id, name=taken[s.id]))
    if problems:
        raise PlanError(problems)
    users = {p.id: users[p.id] for p in plan.platforms}  # in the platforms' order
    return Library(plan.platforms, plan.slots, users, notes)


def library_from_json_text(text: str) -> Library:
    """A Library from its JSON text. Raises PlanError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise PlanError([Msg("json.invalid", error=e.msg, line=e.lineno, column=e.colno)]) from None
    except RecursionError:
        raise PlanError([Msg("json.too_deep")]) from None
    except ValueError as e:
        raise PlanError([Msg("json.invalid_other", error=str(e))]) from None
    return library_from_json(data)


def _shell_plan(platforms: tuple[Platform, ...], slots: tuple[Slot, ...]) -> Plan:
    import datetime as _dt

    day = _dt.date(2020, 1, 1)
    return Plan(
        "library", day, day, MiniProgram("library", "library"), Audience(Assumption(0.8), ()), platforms, (), slots
    )


def library_to_json(lib: Library) -> dict:
    """The JSON form of ``lib`` (reading it back gives an equal Library)."""
    as_plan = plan_to_json(_shell_plan(lib.platforms, lib.slots))
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if lib.notes.get(""):
        out["note"] = lib.notes[""]
    platforms = []
    for p in as_plan["platforms"]:
        if lib.notes.get(p["id"]):
            p["note"] = lib.notes[p["id"]]
        platforms.append(p)
    slots = []
    for s in as_plan["slots"]:
        if lib.notes.get(s["id"]):
            s["note"] = lib.notes[s["id"]]
        slots.append(s)
    out["platforms"] = platforms
    out["slots"] = slots
    out["users"] = {pid: _num(a) for pid, a in lib.users.items()}
    return out


def library_to_json_text(lib: Library) -> str:
    return json.dumps(library_to_json(lib), ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- plan <-> library


def _segment_name(platform: Platform) -> str:
    """ "淘宝 Taobao" gives "Taobao only 仅淘宝" (as the template's "Alipay only 仅支付宝");
    another name "<name> only"."""
    head, _, tail = platform.name.partition(" ")
    if tail and not head.isascii() and tail.isascii():
        return f"{tail} only 仅{head}"
    return f"{platform.name} only"


def _free_id(base: str, taken: set[str]) -> str:
    ident, k = base, 1
    while ident in taken:
        k += 1
        suffix = f"_{k}"
        ident = base[: 64 - len(suffix)] + suffix
    return ident


def add_from_library(plan: Plan, lib: Library, slot_ids: Iterable[str]) -> tuple[Plan, Changes]:
    """Copy the library's slots ``slot_ids`` (in the library's order) into ``plan``, each with
    its platform when the plan lacks it. A platform new to the plan also gets its audience:
    a segment "<platform>_only" of the library's monthly users of that platform, on that
    platform alone (an assumption the planner then adjusts: the people it shares with the
    plan's other platforms are not known to the library).

    Refused (PlanError, nothing changed): no slot chosen, a slot the library does not have,
    a slot id the plan already uses (for a slot, a platform or a segment)."""
    wanted = list(dict.fromkeys(slot_ids))
    if not wanted:
        raise PlanError([Msg("library.nothing_chosen")])
    problems: list[str] = []
    lib_ids = {s.id for s in lib.slots}
    for sid in wanted:
        if sid not in lib_ids:
            problems.append(Msg("library.no_slot", ident=sid))
    plan_names: dict[str, tuple[str, str]] = {s.id: ("slot", s.name) for s in plan.slots}
    for pf in plan.platforms:
        plan_names.setdefault(pf.id, ("platform", pf.name))
    for sg in plan.audience.segments:
        plan_names.setdefault(sg.id, ("segment", sg.name or sg.id))
    chosen = [s for s in lib.slots if s.id in wanted]
    for s in chosen:
        if s.id in plan_names:
            what, name = plan_names[s.id]
            if what == "slot":
                problems.append(Msg("library.slot_in_plan", ident=s.id, name=name, slot=s.name))
            else:
                problems.append(Msg("library.id_in_plan", ident=s.id, what=Msg(f"word.{what}"), name=name, slot=s.name))
    if problems:
        raise PlanError(problems)
    platforms = list(plan.platforms)
    segments = list(plan.audience.segments)
    have = {p.id for p in platforms}
    taken = set(plan_names) | {s.id for s in chosen}
    for s in chosen:
        if s.platform in have:
            continue
        pf = lib.platform(s.platform)
        if pf.id in taken:  # a slot or segment of the plan has the platform's id
            what, name = plan_names.get(pf.id, ("slot", pf.id))
            raise PlanError([Msg("library.id_in_plan", ident=pf.id, what=Msg(f"word.{what}"), name=name, slot=s.name)])
        platforms.append(pf)
        have.add(pf.id)
        seg_id = _free_id(f"{pf.id}_only", taken | {pf.id})
        taken |= {pf.id, seg_id}
        segments.append(Segment(seg_id, lib.users[pf.id], (pf.id,), _segment_name(pf)))
    after = replace(
        plan,
        platforms=tuple(platforms),
        audience=replace(plan.audience, segments=tuple(segments)),
        slots=(*plan.slots, *chosen),
    )
    return _validated(after), Changes(plan=True, names=True, assumptions=True)


def platform_users(plan: Plan, platform_id: str) -> Assumption | None:
    """The people of ``plan`` on a platform: the sum of the sizes (value, low, high) of the
    segments that use it; None if none does. Its source is the one segment's when only one
    counts, else none (a sum is the plan's own figure)."""
    segs = [s for s in plan.audience.segments if platform_id in s.platforms]
    if not segs:
        return None
    ranged = any(s.size.low is not None or s.size.high is not None for s in segs)
    value = sum(s.size.value for s in segs)
    low = sum(s.size.lo for s in segs) if ranged else None
    high = sum(s.size.hi for s in segs) if ranged else None
    source = segs[0].size.source if len(segs) == 1 else None
    return Assumption(value, low, high, source)


def slot_to_library(lib: Library, plan: Plan, slot_id: str) -> Library:
    """``lib`` with the plan's slot ``slot_id`` in it (replacing a library slot of the same
    id, in its place; else last), and the slot's platform if the library lacks it (its
    monthly users are the plan's people on it, ``platform_users``). The slot's note in the
    library is dropped when it is replaced (it described the old figures).

    Refused (PlanError): a slot the plan does not have, a slot id that is a library
    platform's, a new platform without audience in the plan."""
    try:
        slot = plan.slot(slot_id)
    except KeyError:
        raise PlanError([Msg("plan.no_slot", ident=slot_id)]) from None
    for pf in lib.platforms:
        if pf.id == slot.id:
            raise PlanError([Msg("library.slot_is_platform", ident=slot.id, name=pf.name)])
    platforms = list(lib.platforms)
    users = dict(lib.users)
    if slot.platform not in {p.id for p in platforms}:
        people = platform_users(plan, slot.platform)
        if people is None:
            raise PlanError([Msg("library.no_audience", ident=slot.platform, name=plan.platform(slot.platform).name)])
        platforms.append(plan.platform(slot.platform))
        users[slot.platform] = people
    slots = list(lib.slots)
    for i, s in enumerate(slots):
        if s.id == slot.id:
            slots[i] = slot
            break
    else:
        slots.append(slot)
    notes = {k: v for k, v in lib.notes.items() if k != slot.id}
    after = Library(tuple(platforms), tuple(slots), users, notes)
    # checked as it will be read back
    return library_from_json(library_to_json(after))


# --------------------------------------------------------------------------- new seeds


def merge_seed(mine: Library, old_seed: Library, new_seed: Library) -> Library:
    """A user's library after the built-in one changed from ``old_seed`` to ``new_seed``:
    entries (platforms, slots, users, notes, by id) the user left as they were seeded take
    the new built-in value; entries new in the built-in library are added; what the user
    changed or added is kept."""

    def merged(mine_d: dict, old_d: dict, new_d: dict) -> dict:
        out = dict(mine_d)
        for k, v in new_d.items():
            if k not in mine_d:
                if k not in old_d:  # new in the built-in library (else: the user removed it)
                    out[k] = v
            elif mine_d[k] == old_d.get(k):
                out[k] = v
        return out

    platforms = merged(
        {p.id: p for p in mine.platforms},
        {p.id: p for p in old_seed.platforms},
        {p.id: p for p in new_seed.platforms},
    )
    slots = merged({s.id: s for s in mine.slots}, {s.id: s for s in old_seed.slots}, {s.id: s for s in new_seed.slots})
    users = merged(mine.users, old_seed.users, new_seed.users)
    notes = merged(mine.notes, old_seed.notes, new_seed.notes)
    # a platform added back needs its users; a slot added needs its platform
    for s in slots.values():
        if s.platform not in platforms and s.platform in {p.id for p in new_seed.platforms}:
            platforms[s.platform] = new_seed.platform(s.platform)
    for pid in platforms:
        if pid not in users and pid in new_seed.users:
            users[pid] = new_seed.users[pid]
    lib = Library(tuple(platforms.values()), tuple(slots.values()), users, notes)
    try:
        return library_from_json(library_to_json(lib))
    except PlanError:
        return mine


__all__ = [
    "FORMAT",
    "VERSION",
    "Library",
    "add_from_library",
    "builtin_library",
    "builtin_library_text",
    "library_from_json",
    "library_from_json_text",
    "library_to_json",
    "library_to_json_text",
    "merge_seed",
    "platform_users",
    "slot_to_library",
]
