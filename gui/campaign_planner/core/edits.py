"""Edits: pure functions Plan -> (Plan, Changes).

Every user action is one function here. Each returns a new immutable Plan and a
``Changes`` value saying what changed, or raises ``PlanError`` with a sentence for
a person and changes nothing. The GUI wraps each call in one undo command.

Edits refuse what the rules would call an error of the edit itself: a placement
moved or resized outside the plan's dates, an end before a start, a non-positive
number, an unknown slot. (A file may still hold such a placement: rules.py then
reports it.)
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from .messages import Msg
from .plan import (
    ID_RE,
    MAX_PLACEMENTS,
    MAX_SCENARIOS,
    Assumption,
    Phase,
    Placement,
    Plan,
    PlanError,
    Scenario,
    assumptions,
    phase_problems,
    placement_problems,
    size_problem,
    validate,
    with_assumption,
)

DAY = _dt.timedelta(days=1)
DEFAULT_DAYS = 14


@dataclass(frozen=True)
class Changes:
    """What an edit changed, so each view updates only what concerns it."""

    placements: frozenset[str] = frozenset()  # ids added, removed or changed
    phases: bool = False
    plan: bool = False  # dates, mini program, target, audience, slots
    assumptions: bool = False
    scenario: str | None = None
    added: tuple[str, ...] = ()  # placements the edit added (the window selects them)
    names: bool = False  # only display names changed (a phase renamed): no rule's outcome, no number
    scenarios: bool = False  # the list of scenarios changed: one added, removed, renamed or moved

    @property
    def projection(self) -> bool:
        """Whether the numbers may change: placements, the plan, an assumption, or the phases
        (which decide what the rules forbid, and forbidden placements do not count)."""
        return bool(self.placements) or self.plan or self.assumptions or self.phases


ALL = Changes(placements=frozenset({"*"}), phases=True, plan=True, assumptions=True, names=True, scenarios=True)


# --------------------------------------------------------------------------- helpers


def _scenario_index(plan: Plan, scenario: str | None) -> int:
    if scenario is None:
        return 0
    for i, s in enumerate(plan.scenarios):
        if s.name == scenario:
            return i
    raise PlanError([Msg("edits.no_scenario", name=scenario)])


def _with_placements(plan: Plan, si: int, placements: tuple[Placement, ...]) -> Plan:
    scenarios = list(plan.scenarios)
    scenarios[si] = replace(scenarios[si], placements=placements)
    return replace(plan, scenarios=tuple(scenarios))


def _check_placement(plan: Plan, p: Placement) -> None:
    """What makes a placement invalid (plan.placement_problems: slot, dates, units, cost,
    note), and dates outside the plan's."""
    problems = placement_problems([p], {s.id for s in plan.slots})
    if p.start < plan.start or p.end > plan.end:
        problems.append(Msg("edits.outside_plan", start=p.start, end=p.end, plan_start=plan.start, plan_end=plan.end))
    if problems:
        raise PlanError(problems)


def _check_size(plan: Plan, si: int) -> Plan:
    """Refuse an edit after which the scenario could not be projected in the stated memory."""
    big = size_problem(plan, plan.scenarios[si])
    if big:
        raise PlanError([big])
    total = sum(len(sc.placements) for sc in plan.scenarios)
    if total > MAX_PLACEMENTS:
        raise PlanError([Msg("edits.too_many_placements", n=total, limit=MAX_PLACEMENTS)])
    return plan


def new_ids(existing: Iterable[str], n: int, prefix: str = "p") -> list[str]:
    """``n`` fresh placement ids like p7, p8 that are not in ``existing``."""
    if n <= 0:
        return []
    taken = set(existing)
    used = [int(m.group(1)) for i in taken if (m := re.fullmatch(rf"{prefix}(\d+)", i))]
    start = max(used, default=0) + 1
    out = []
    for k in itertools.count(start):
        if f"{prefix}{k}" not in taken:
            out.append(f"{prefix}{k}")
            if len(out) == n:
                return out
    return out  # pragma: no cover


# --------------------------------------------------------------------------- scenarios

#: The longest scenario name an edit gives (a file may hold longer ones: plan.MAX_TEXT).
MAX_SCENARIO_NAME = 100

#: The names ``suggest_scenario_name`` offers first for a new scenario, in order.
SCENARIO_LETTERS = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _clean_name(name: str) -> str:
    """A name as typed, on one line: its runs of white space (line breaks, tabs) one space."""
    return " ".join(name.split()) if isinstance(name, str) else name


def scenario_name_problem(plan: Plan, name: str, renaming: str | None = None) -> Msg | None:
    """Why ``name`` (as typed: see ``_clean_name``) cannot name a scenario of ``plan``, or
    None: it is empty, longer than MAX_SCENARIO_NAME, holds a character that is not
    printable, or another scenario (than ``renaming``) has it, in any case."""
    name = _clean_name(name)
    if not isinstance(name, str) or not name:
        return Msg("edits.scenario_needs_name")
    if len(name) > MAX_SCENARIO_NAME:
        return Msg("edits.scenario_name_too_long", n=len(name), limit=MAX_SCENARIO_NAME)
    if not name.isprintable():
        return Msg("edits.scenario_name_unprintable")
    folded = name.casefold()
    for sc in plan.scenarios:
        if sc.name != renaming and sc.name.casefold() == folded:
            return Msg("edits.scenario_name_taken", name=sc.name)
    return None


def _checked_name(plan: Plan, name: str, renaming: str | None = None) -> str:
    problem = scenario_name_problem(plan, name, renaming)
    if problem:
        raise PlanError([problem])
    return _clean_name(name)


def suggest_scenario_name(plan: Plan, base: str | None = None) -> str:
    """A name ``scenario_name_problem`` accepts: without ``base``, the first letter A, B, C...
    no scenario has; else ``base`` itself, or "base 2", "base 3"... (``base`` on one line,
    without what cannot be printed, shortened to leave room for the number)."""
    if base is None:
        for letter in SCENARIO_LETTERS:
            if scenario_name_problem(plan, letter) is None:
                return letter
        base = SCENARIO_LETTERS[-1]
    base = _clean_name("".join(c for c in base if c.isprintable() or c.isspace())) or SCENARIO_LETTERS[0]
    for k in itertools.count(1):
        suffix = "" if k == 1 else f" {k}"
        name = base[: MAX_SCENARIO_NAME - len(suffix)].rstrip() + suffix
        if scenario_name_problem(plan, name) is None:
            return name
    return base  # pragma: no cover


def _with_scenarios(plan: Plan, scenarios: list[Scenario]) -> Plan:
    if len(scenarios) > MAX_SCENARIOS:
        raise PlanError([Msg("edits.too_many_scenarios", n=len(scenarios), limit=MAX_SCENARIOS)])
    return replace(plan, scenarios=tuple(scenarios))


def add_scenario(plan: Plan, name: str) -> tuple[Plan, Changes]:
    """A new scenario without placements, last in the list."""
    name = _checked_name(plan, name)
    after = _with_scenarios(plan, [*plan.scenarios, Scenario(name)])
    return after, Changes(scenarios=True, scenario=name)


def duplicate_scenario(plan: Plan, source: str, name: str) -> tuple[Plan, Changes]:
    """A copy of scenario ``source`` (its placements, with their ids) named ``name``, right
    after it."""
    si = _scenario_index(plan, source)
    name = _checked_name(plan, name)
    scenarios = list(plan.scenarios)
    scenarios.insert(si + 1, Scenario(name, plan.scenarios[si].placements))
    after = _with_scenarios(plan, scenarios)
    total = sum(len(sc.placements) for sc in after.scenarios)
    if total > MAX_PLACEMENTS:
        raise PlanError([Msg("edits.too_many_placements", n=total, limit=MAX_PLACEMENTS)])
    return after, Changes(scenarios=True, scenario=name)


def rename_scenario(plan: Plan, old: str, new: str) -> tuple[Plan, Changes]:
    si = _scenario_index(plan, old)
    new = _checked_name(plan, new, renaming=old)
    if new == old:
        raise PlanError([Msg("edits.nothing_changed")])
    scenarios = list(plan.scenarios)
    scenarios[si] = replace(scenarios[si], name=new)
    return replace(plan, scenarios=tuple(scenarios)), Changes(scenarios=True, scenario=new)


def delete_scenario(plan: Plan, name: str) -> tuple[Plan, Changes]:
    """Remove scenario ``name`` and its placements; never the plan's last scenario."""
    si = _scenario_index(plan, name)
    if len(plan.scenarios) == 1:
        raise PlanError([Msg("edits.last_scenario", name=name)])
    scenarios = plan.scenarios[:si] + plan.scenarios[si + 1 :]
    return replace(plan, scenarios=scenarios), Changes(scenarios=True)


def move_scenario(plan: Plan, name: str, index: int) -> tuple[Plan, Changes]:
    """Move scenario ``name`` to position ``index`` of the list (0 is the first; an index
    past either end is that end)."""
    si = _scenario_index(plan, name)
    index = min(max(int(index), 0), len(plan.scenarios) - 1)
    if index == si:
        raise PlanError([Msg("edits.nothing_changed")])
    scenarios = list(plan.scenarios)
    scenarios.insert(index, scenarios.pop(si))
    return replace(plan, scenarios=tuple(scenarios)), Changes(scenarios=True, scenario=name)


# --------------------------------------------------------------------------- placements


def move_placements(plan: Plan, ids: Iterable[str], days: int, scenario: str | None = None) -> tuple[Plan, Changes]:
    ids = set(ids)
    if not ids or days == 0:
        raise PlanError([Msg("edits.nothing_to_move")])
    si = _scenario_index(plan, scenario)
    delta = _dt.timedelta(days=days)
    out = []
    found = set()
    for p in plan.scenarios[si].placements:
        if p.id in ids:
            p = replace(p, start=p.start + delta, end=p.end + delta)
            _check_placement(plan, p)
            found.add(p.id)
        out.append(p)
    if found != ids:
        raise PlanError([Msg("edits.no_placement", ident=sorted(ids - found)[0])])
    return _with_placements(plan, si, tuple(out)), Changes(placements=frozenset(ids), scenario=plan.scenarios[si].name)


def update_placement(plan: Plan, pid: str, scenario: str | None = None, **fields) -> tuple[Plan, Changes]:
    """Change fields of one placement (slot, start, end, units_per_day, cost, note)."""
    return update_placements(plan, [pid], scenario, **fields)


def update_placements(plan: Plan, ids: Iterable[str], scenario: str | None = None, **fields) -> tuple[Plan, Changes]:
    """Give every placement of ``ids`` the same ``fields`` (slot, start, end, units_per_day,
    cost, note): one edit, refused whole if any placement could not take them."""
    allowed = {"slot", "start", "end", "units_per_day", "cost", "note"}
    if set(fields) - allowed:
        raise PlanError([Msg("edits.no_field.placement", field=sorted(set(fields) - allowed)[0])])
    ids = set(ids)
    si = _scenario_index(plan, scenario)
    pls = list(plan.scenarios[si].placements)
    found, changed, new_slot = set(), set(), False
    for i, p in enumerate(pls):
        if p.id in ids:
            found.add(p.id)
            new = replace(p, **fields)
            if new != p:
                _check_placement(plan, new)
                pls[i] = new
                changed.add(p.id)
                new_slot = new_slot or new.slot != p.slot
    if found != ids:
        raise PlanError([Msg("edits.no_placement", ident=sorted(ids - found)[0])])
    if not changed:
        raise PlanError([Msg("edits.nothing_changed")])
    after = _with_placements(plan, si, tuple(pls))
    if new_slot:
        _check_size(after, si)
    return after, Changes(placements=frozenset(changed), scenario=plan.scenarios[si].name)


def add_placements(
    plan: Plan, placements: Iterable[Placement], scenario: str | None = None, fresh_ids: bool = True
) -> tuple[Plan, Changes]:
    """Add placements (pasted or dropped); with ``fresh_ids`` they get new ids."""
    si = _scenario_index(plan, scenario)
    existing = plan.scenarios[si].placements
    placements = list(placements)
    if not placements:
        raise PlanError([Msg("edits.nothing_to_add")])
    if fresh_ids:
        ids = new_ids((p.id for p in existing), len(placements))
        placements = [replace(p, id=i) for p, i in zip(placements, ids)]
    else:
        taken = {p.id for p in existing}
        for p in placements:
            if not ID_RE.match(p.id) or p.id in taken:
                raise PlanError([Msg("edits.id_taken", ident=p.id)])
    for p in placements:
        _check_placement(plan, p)
    added = tuple(p.id for p in placements)
    return (
        _check_size(_with_placements(plan, si, existing + tuple(placements)), si),
        Changes(placements=frozenset(added), scenario=plan.scenarios[si].name, added=added),
    )


def add_placement(
    plan: Plan, slot: str, start: _dt.date, days: int = DEFAULT_DAYS, units: float = 1.0, scenario: str | None = None
) -> tuple[Plan, Changes]:
    """A new placement of ``days`` days from ``start``, shortened to end with the plan."""
    end = min(start + _dt.timedelta(days=days - 1), plan.end)
    return add_placements(plan, [Placement("new", slot, start, end, units)], scenario)


def delete_placements(plan: Plan, ids: Iterable[str], scenario: str | None = None) -> tuple[Plan, Changes]:
    ids = set(ids)
    si = _scenario_index(plan, scenario)
    before = plan.scenarios[si].placements
    after = tuple(p for p in before if p.id not in ids)
    if len(after) == len(before):
        raise PlanError([Msg("edits.nothing_to_delete")])
    return _with_placements(plan, si, after), Changes(placements=frozenset(ids), scenario=plan.scenarios[si].name)


def paste_placements(
    plan: Plan, copied: Iterable[Placement], at: _dt.date, scenario: str | None = None
) -> tuple[Plan, Changes]:
    """Paste copies so that the earliest starts at ``at``; the rest keep their offsets."""
    copied = list(copied)
    if not copied:
        raise PlanError([Msg("edits.nothing_to_paste")])
    shift = at - min(p.start for p in copied)
    return add_placements(plan, [replace(p, start=p.start + shift, end=p.end + shift) for p in copied], scenario)


# --------------------------------------------------------------------------- phases


def _validated(plan: Plan) -> Plan:
    validate(plan)
    return plan


def _phases_validated(plan: Plan) -> Plan:
    """A plan whose phases alone changed: only they need checking (fast on big plans)."""
    problems = phase_problems(plan)
    if problems:
        raise PlanError(problems)
    return plan


def _replace_phase(plan: Plan, phase_id: str, **fields) -> tuple[Plan, Changes]:
    phases = list(plan.phases)
    for i, ph in enumerate(phases):
        if ph.id == phase_id:
            new = replace(ph, **fields)
            if new == ph:
                raise PlanError([Msg("edits.nothing_changed")])
            phases[i] = new
            return _phases_validated(replace(plan, phases=tuple(phases))), Changes(phases=True)
    raise PlanError([Msg("edits.no_phase", ident=phase_id)])


def phase_limits(plan: Plan, phase: Phase) -> tuple[_dt.date, _dt.date]:
    """The earliest start and latest end ``phase`` may have without overlapping its
    platform's other phases (far outside the plan where nothing limits it)."""
    lo, hi = plan.start - _dt.timedelta(days=10_000), plan.start + _dt.timedelta(days=10_000)
    for other in plan.phases:
        if other.id == phase.id or other.platform != phase.platform:
            continue
        if other.end < phase.start:
            lo = max(lo, other.end + DAY)
        elif other.start > phase.end:
            hi = min(hi, other.start - DAY)
    return lo, hi


def set_phase_dates(plan: Plan, phase_id: str, start: _dt.date, end: _dt.date) -> tuple[Plan, Changes]:
    if end < start:
        raise PlanError([Msg("edits.phase_ends_before_start", end=end, start=start)])
    return _replace_phase(plan, phase_id, start=start, end=end)


def rename_phase(plan: Plan, phase_id: str, name: str) -> tuple[Plan, Changes]:
    if not name.strip():
        raise PlanError([Msg("edits.phase_needs_name")])
    new, _ = _replace_phase(plan, phase_id, name=name.strip())
    return new, Changes(names=True)


def set_phase_admits(plan: Plan, phase_id: str, admits: Iterable[str]) -> tuple[Plan, Changes]:
    return _replace_phase(plan, phase_id, admits=tuple(dict.fromkeys(a.strip() for a in admits if a.strip())))


def preceding_phase(plan: Plan, platform: str | None, start: _dt.date) -> Phase | None:
    """The phase of ``platform`` (None: the phases for every platform) that starts last before
    ``start``, or None."""
    before = [p for p in plan.phases if p.platform == platform and p.start < start]
    return max(before, key=lambda p: p.start, default=None)


def add_phase(
    plan: Plan,
    platform: str | None,
    start: _dt.date,
    end: _dt.date,
    name: str = "",
    admits: Iterable[str] | None = None,
) -> tuple[Plan, Changes]:
    """A new phase of ``platform`` from ``start`` to ``end``. Without ``admits`` it admits what
    the platform's preceding phase admits (nothing if it is the first)."""
    if end < start:
        start, end = end, start
    if admits is None:
        before = preceding_phase(plan, platform, start)
        admits = before.admits if before is not None else ()
    ids = {p.id for p in plan.phases}
    pid = next(f"phase{k}" for k in itertools.count(len(plan.phases) + 1) if f"phase{k}" not in ids)
    phase = Phase(
        pid, name.strip() or pid, platform, start, end, tuple(dict.fromkeys(a.strip() for a in admits if a.strip()))
    )
    if platform is not None and platform not in {p.id for p in plan.platforms}:
        raise PlanError([Msg("edits.no_platform", ident=platform)])
    phases = tuple(sorted(plan.phases + (phase,), key=lambda p: (p.platform or "", p.start)))
    return _phases_validated(replace(plan, phases=phases)), Changes(phases=True)


def delete_phase(plan: Plan, phase_id: str) -> tuple[Plan, Changes]:
    phases = tuple(p for p in plan.phases if p.id != phase_id)
    if len(phases) == len(plan.phases):
        raise PlanError([Msg("edits.no_phase", ident=phase_id)])
    return replace(plan, phases=phases), Changes(phases=True)


# --------------------------------------------------------------------------- the plan


def update_plan(plan: Plan, **fields) -> tuple[Plan, Changes]:
    """Change plan-level fields: name, start, end, target_reach."""
    allowed = {"name", "start", "end", "target_reach"}
    if set(fields) - allowed:
        raise PlanError([Msg("edits.no_field.plan", field=sorted(set(fields) - allowed)[0])])
    new = replace(plan, **fields)
    if new == plan:
        raise PlanError([Msg("edits.nothing_changed")])
    return _validated(new), Changes(plan=True)


def shifted(plan: Plan, days: int) -> Plan:
    """``plan`` moved ``days`` days later (earlier if negative): its start and end, every
    phase's dates and every placement's dates in every scenario, all by the same number of
    days, so every length and every distance between dates stays the same (a new plan from
    a template starting today). ``days == 0`` returns ``plan`` itself."""
    if days == 0:
        return plan
    delta = _dt.timedelta(days=days)
    return replace(
        plan,
        start=plan.start + delta,
        end=plan.end + delta,
        phases=tuple(replace(ph, start=ph.start + delta, end=ph.end + delta) for ph in plan.phases),
        scenarios=tuple(
            replace(sc, placements=tuple(replace(p, start=p.start + delta, end=p.end + delta) for p in sc.placements))
            for sc in plan.scenarios
        ),
    )


def update_mini_program(plan: Plan, **fields) -> tuple[Plan, Changes]:
    """Change the mini program: name, category, flags, retention_7d."""
    allowed = {"name", "category", "flags", "retention_7d"}
    if set(fields) - allowed:
        raise PlanError([Msg("edits.no_field.mini_program", field=sorted(set(fields) - allowed)[0])])
    if "flags" in fields:
        fields["flags"] = tuple(dict.fromkeys(f.strip() for f in fields["flags"] if f.strip()))
    new = replace(plan, mini_program=replace(plan.mini_program, **fields))
    if new == plan:
        raise PlanError([Msg("edits.nothing_changed")])
    return _validated(new), Changes(plan=True, assumptions="retention_7d" in fields)


def set_assumption(plan: Plan, owner: str, name: str, value: Assumption) -> tuple[Plan, Changes]:
    """Set an assumed number (plan.ASSUMPTION_FIELDS says which there are)."""
    new = with_assumption(plan, owner, name, value)
    if new == plan:
        raise PlanError([Msg("edits.nothing_changed")])
    return _validated(new), Changes(assumptions=True)


def assumptions_of(plan: Plan) -> list[tuple[str, str, str, Assumption]]:
    """Every assumed number as (owner, field, label, value), in the registry's order; the
    label is the segment's or slot's name (or the field for the plan's own)."""
    names = {f"segment:{s.id}": s.name or s.id for s in plan.audience.segments}
    names.update({f"slot:{s.id}": s.name for s in plan.slots})
    return [(owner, field, names.get(owner, field), a) for owner, field, a in assumptions(plan)]


# --------------------------------------------------------------------------- costs, budget and target frequency
# (issue 12: a section of its own; the scenario edits are above)


def _money_checked(plan: Plan) -> Plan:
    """A plan whose currency, budget or target frequency changed: only they need checking."""
    from .plan import money_problems

    problems = money_problems(plan)
    if problems:
        raise PlanError(problems)
    return plan


def set_slot_cost(plan: Plan, slot_id: str, value: Assumption | float) -> tuple[Plan, Changes]:
    """Set what one unit of slot ``slot_id`` costs, in the plan's currency: a plain number (no
    range) or an Assumption with a low/high range and a source. Refused with a message: an
    unknown slot, a number that is negative, not finite or above plan.MAX_MONEY, a low above
    the value or a high below it. ``Changes.plan``: totals and the budget rule follow."""
    from .plan import slot_cost_problems

    if not isinstance(value, Assumption):
        value = Assumption(float(value))
    slots = list(plan.slots)
    for i, sl in enumerate(slots):
        if sl.id == slot_id:
            new = replace(sl, cost_per_unit=value)
            if new == sl:
                raise PlanError([Msg("edits.nothing_changed")])
            problems = slot_cost_problems(new)
            if problems:
                raise PlanError(problems)
            slots[i] = new
            return replace(plan, slots=tuple(slots)), Changes(plan=True)
    raise PlanError([Msg("plan.no_slot", ident=slot_id)])


def set_budget(plan: Plan, budget: float | None) -> tuple[Plan, Changes]:
    """Set the plan's budget (None: no budget). Refused: a negative or non-finite number, or
    one above plan.MAX_MONEY. A scenario that costs more is warned about (rules.py)."""
    budget = None if budget is None else float(budget)
    if budget == plan.budget:
        raise PlanError([Msg("edits.nothing_changed")])
    return _money_checked(replace(plan, budget=budget)), Changes(plan=True)


def set_currency(plan: Plan, currency: str) -> tuple[Plan, Changes]:
    """Set the currency the plan's money is in: a three-letter ISO 4217 code (written in any
    case, kept in capitals: "cny" is CNY). Amounts are not converted."""
    if isinstance(currency, str):
        currency = currency.strip().upper()
    if currency == plan.currency:
        raise PlanError([Msg("edits.nothing_changed")])
    return _money_checked(replace(plan, currency=currency)), Changes(plan=True)


def set_target_frequency(plan: Plan, k: int) -> tuple[Plan, Changes]:
    """Aim the target at k+ reach (people exposed at least ``k`` times, a whole number from 1
    to 10; 1 is plain unique reach): the target date follows."""
    if k == plan.target_frequency:
        raise PlanError([Msg("edits.nothing_changed")])
    return _money_checked(replace(plan, target_frequency=k)), Changes(plan=True)


def add_suggested_scenario(plan: Plan, suggestion, name: str) -> tuple[Plan, Changes]:
    """The optimiser's ``suggestion`` (core.optimize.Suggestion) as a new scenario named
    ``name``, last in the list: its base scenario's placements and the suggested bookings."""
    from .optimize import add_suggestion

    name = _checked_name(plan, name)
    after = _check_size(
        _with_scenarios(plan, list(add_suggestion(plan, suggestion, name).scenarios)), len(plan.scenarios)
    )
    base = {p.id for p in plan.scenario(suggestion.base).placements}
    added = tuple(p.id for p in after.scenarios[-1].placements if p.id not in base)
    return after, Changes(scenarios=True, scenario=name, added=added)


def apply_calibration(plan: Plan, calibration, note: str | None = None) -> tuple[Plan, Changes]:
    """Each delivered slot's eligible share and the audience's kappa as fitted to delivered
    numbers (core.calibrate.Calibration), with their ranges, where the numbers determine them;
    ``note``: their source (default English "fitted to delivered numbers (N rows)")."""
    from .calibrate import calibrated

    after = _validated(calibrated(plan, calibration, note))
    if after == plan:
        raise PlanError([Msg("edits.nothing_changed")])
    return after, Changes(assumptions=True)
