"""Rules: what a plan may do, as problems a person can read.

* a placement on a day when no phase of its platform admits the plan's category
  (error; says which phase first admits it, or that none does);
* a slot whose required flags the mini program lacks (error; names them);
* units per day above the slot's cap: the excess is not shown (warning, "cap-bound");
* overlapping placements on one slot (warning);
* a placement outside the plan's dates (error);
* a scenario that costs more than the plan's budget (warning, no placement: the scenario's
  own). Its cost is core.costs': after caps, placements the rules forbid left out (they cost
  nothing as they are never delivered), as in the projection by default.

Admission: a phase with a platform governs that platform's slots, a phase without
one governs every platform. A category admitted by a phase stays admitted from
that phase's first day on (later phases and the time after the last phase keep
it). A platform with no phase at all admits every category.

Messages are English here and pass through the GUI's translation by ``kind`` and
``args``; the command line prints them as they are. The category and the flags in them are
ids (core.names.Name, Names): the command line prints the ids, the window their names.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .messages import Plural, render
from .names import CATEGORY, FLAG, Name, Names
from .plan import Phase, Placement, Plan, Scenario

ERROR = "error"
WARNING = "warning"


#: Sentences by kind of problem. The GUI translates these templates (qt/texts.py
#: lists them for Qt's translation tools) and fills in the same arguments. A counted one
#: (Plural) counts its argument ``n``.
TEMPLATES: dict[str, str | Plural] = {
    "dates": "{id} on {slot} runs {start}..{end}, outside the plan's dates {plan_start}..{plan_end}",
    "not_admitted": "{id} on {slot}: no {platform} phase admits the category '{category}'",
    "phase": (
        "{id} on {slot} starts {start}, before {platform} admits the category '{category}': "
        "first admitted in phase {phase} from {admitted}"
    ),
    "flags": "{id} on {slot} requires {flags}, which the mini program does not have",
    "cap": Plural(
        "{id} on {slot} is cap-bound on %n day(s): {peak} units a day asked, the slot allows {cap}; "
        "the excess is not projected",
        "{id} on {slot} is cap-bound on %n day: {peak} units a day asked, the slot allows {cap}; "
        "the excess is not projected",
        "{id} on {slot} is cap-bound on %n days: {peak} units a day asked, the slot allows {cap}; "
        "the excess is not projected",
    ),
    "overlap": "{id} overlaps {other} on {slot} ({start}..{end})",
    "budget": (
        "scenario {name} costs {cost} {currency}, {over} {currency} over the plan's budget of {budget} {currency}"
    ),
}


@dataclass(frozen=True, slots=True)
class Problem:
    level: str
    placement: str | None
    kind: str  # a key of TEMPLATES
    args: tuple[tuple[str, str], ...]
    scenario: str = ""

    @property
    def message(self) -> str:
        return render(TEMPLATES[self.kind], dict(self.args))


def _problem(level: str, placement: str | None, kind: str, scenario: str, **args) -> Problem:
    """Arguments are kept as text (ids as core.names.Name / Names, which are text too)."""
    return Problem(
        level, placement, kind, tuple((k, v if isinstance(v, str) else str(v)) for k, v in args.items()), scenario
    )


def first_admission(plan: Plan) -> dict[str, tuple[_dt.date, Phase] | None]:
    """For each platform: the first day the plan's category is admitted and by which
    phase, ``None`` if no phase admits it. Platforms without phases are absent (open)."""
    cat = plan.mini_program.category
    out: dict[str, tuple[_dt.date, Phase] | None] = {}
    for p in plan.platforms:
        governing = [ph for ph in plan.phases if ph.platform in (None, p.id)]
        if not governing:
            continue
        admitting = sorted((ph for ph in governing if ph.admits_category(cat)), key=lambda ph: ph.start)
        out[p.id] = (admitting[0].start, admitting[0]) if admitting else None
    return out


class _Context:
    """What the per-placement rules need from the plan, computed once per plan."""

    def __init__(self, plan: Plan, sc: Scenario):
        self.plan, self.sc = plan, sc
        self.slots = {s.id: s for s in plan.slots}
        self.platform_names = {p.id: p.name for p in plan.platforms}
        self.admission = first_admission(plan)
        flags = set(plan.mini_program.flags)
        self.cat = plan.mini_program.category
        self.missing_flags = {s.id: [f for f in s.requires if f not in flags] for s in plan.slots}

    def placement_problems(self, pl: Placement) -> list[Problem]:
        """Dates, admission and flags of one placement."""
        plan, sc, slot = self.plan, self.sc, self.slots[pl.slot]
        problems: list[Problem] = []
        if pl.start < plan.start or pl.end > plan.end:
            problems.append(
                _problem(
                    ERROR,
                    pl.id,
                    "dates",
                    sc.name,
                    id=pl.id,
                    slot=slot.name,
                    start=pl.start,
                    end=pl.end,
                    plan_start=plan.start,
                    plan_end=plan.end,
                )
            )
        if slot.platform in self.admission:
            adm = self.admission[slot.platform]
            pname = self.platform_names.get(slot.platform, slot.platform)
            if adm is None:
                problems.append(
                    _problem(
                        ERROR,
                        pl.id,
                        "not_admitted",
                        sc.name,
                        id=pl.id,
                        slot=slot.name,
                        platform=pname,
                        category=Name(CATEGORY, self.cat),
                    )
                )
            elif pl.start < adm[0]:
                problems.append(
                    _problem(
                        ERROR,
                        pl.id,
                        "phase",
                        sc.name,
                        id=pl.id,
                        slot=slot.name,
                        start=pl.start,
                        platform=pname,
                        category=Name(CATEGORY, self.cat),
                        phase=adm[1].name,
                        admitted=adm[0],
                    )
                )
        if self.missing_flags[pl.slot]:
            problems.append(
                _problem(
                    ERROR,
                    pl.id,
                    "flags",
                    sc.name,
                    id=pl.id,
                    slot=slot.name,
                    flags=Names(FLAG, self.missing_flags[pl.slot]),
                )
            )
        return problems


def slot_availability(plan: Plan, slot) -> list[tuple[str, bool]]:
    """(phase name, usable) for each phase governing the slot's platform, in date order:
    usable when the phase admits the plan's category (or an earlier one did) and the mini
    program has every flag the slot requires."""
    admission = first_admission(plan)
    governed = slot.platform in admission
    adm = admission.get(slot.platform)
    flags_ok = all(f in plan.mini_program.flags for f in slot.requires)
    out = []
    for ph in sorted((p for p in plan.phases if p.platform in (None, slot.platform)), key=lambda p: p.start):
        admitted = not governed or (adm is not None and ph.start >= adm[0])
        out.append((ph.name, admitted and flags_ok))
    return out


def money(x: float) -> str:
    """An amount of money as the rules' sentences write it: 1,234,567.80."""
    return f"{x:,.2f}"


def budget_problems(plan: Plan, sc: Scenario) -> list[Problem]:
    """The budget warning of scenario ``sc``, if it costs more than the plan's budget."""
    if plan.budget is None:
        return []
    from .costs import total_of  # here: numpy is not loaded before the window paints

    total = total_of(plan, sc)
    if not total > plan.budget:
        return []
    return [
        _problem(
            WARNING,
            None,
            "budget",
            sc.name,
            name=sc.name,
            cost=money(total),
            over=money(total - plan.budget),
            budget=money(plan.budget),
            currency=plan.currency,
        )
    ]


def check(plan: Plan, scenario: str | None = None) -> list[Problem]:
    """Problems of one scenario (the first by default): each placement's own (dates,
    admission, flags) in placement order, then caps and overlaps slot by slot (slots in
    the order of their first placement), then the scenario's budget."""
    sc = plan.scenario(scenario)
    ctx = _Context(plan, sc)
    problems: list[Problem] = []
    for pl in sc.placements:
        problems.extend(ctx.placement_problems(pl))
    problems.extend(_caps_and_overlaps(plan, sc))
    problems.extend(budget_problems(plan, sc))
    return problems


class Checker:
    """The rules of one scenario, kept up to date edit by edit.

    ``update(plan, scenario, changes)`` re-checks only what an edit can have changed: when
    only placements changed (``changes.placements`` names them), their own rules and the
    caps and overlaps of the slots they were and are on; when only assumptions changed,
    nothing (no rule reads an assumption); anything else (phases, the plan's dates, the
    mini program, slots, costs, the budget, another scenario) is checked in full (the
    budget with every placement edit too: it is the scenario's). ``problems`` is always
    equal to ``check(plan, scenario)``, in the same order; ``cap_days`` to
    ``cap_bound_days``.
    """

    def __init__(self, plan: Plan, scenario: str | None = None):
        self._full(plan, plan.scenario(scenario).name)

    def _full(self, plan: Plan, scenario: str) -> None:
        self.plan, self.scenario = plan, scenario
        sc = plan.scenario(scenario)
        self._ctx = _Context(plan, sc)
        self._own = {pl.id: self._ctx.placement_problems(pl) for pl in sc.placements}
        self._slot_of = {pl.id: pl.slot for pl in sc.placements}
        self._by_slot = dict(_caps_and_overlaps_by_slot(plan, sc))
        self._of_slot = {sid: _by_placement(problems) for sid, problems in self._by_slot.items()}
        self._cap_days = dict(_cap_days_by_slot(plan, sc))
        self._assemble(sc)

    def _check_slot(self, sc: Scenario, sid: str) -> None:
        """Caps and overlaps of one slot again."""
        sub = Scenario(sc.name, tuple(pl for pl in sc.placements if pl.slot == sid))
        for d in (self._by_slot, self._of_slot, self._cap_days):
            d.pop(sid, None)
        for slot_id, problems in _caps_and_overlaps_by_slot(self.plan, sub):
            self._by_slot[slot_id] = problems
            self._of_slot[slot_id] = _by_placement(problems)
        self._cap_days.update(_cap_days_by_slot(self.plan, sub))

    def _assemble(self, sc: Scenario) -> None:
        self._sc = sc
        self._problems: list[Problem] | None = None  # assembled when asked for
        self.cap_days: dict[str, list[_dt.date]] = {}
        for days in self._cap_days.values():
            self.cap_days.update(days)

    @property
    def problems(self) -> list[Problem]:
        """Every problem, in check()'s order."""
        if self._problems is None:
            sc, own = self._sc, self._own
            order = dict.fromkeys(pl.slot for pl in sc.placements)
            out = [p for pl in sc.placements for p in own[pl.id]]
            out += [p for sid in order for p in self._by_slot.get(sid, ())]
            out += budget_problems(self.plan, sc)
            self._problems = out
        return self._problems

    def problems_of(self, placement_id: str) -> list[Problem]:
        """The problems of one placement (its own, then its slot's)."""
        slot = self._slot_of.get(placement_id)
        return self._own.get(placement_id, []) + self._of_slot.get(slot, {}).get(placement_id, [])

    def update(self, plan: Plan, scenario: str, changes) -> None:
        """Bring the problems to ``plan`` after an edit described by ``changes``
        (core.edits.Changes, or None for "anything may have changed")."""
        if plan is self.plan and scenario == self.scenario:
            return
        old = self.plan
        only_placements = (
            changes is not None
            and not changes.phases
            and not changes.plan
            and scenario == self.scenario
            and "*" not in changes.placements
            and plan.scenarios is not old.scenarios
        )
        same_rules_input = (
            changes is not None
            and not changes.phases
            and not changes.plan
            and not changes.placements
            and scenario == self.scenario
        )
        if same_rules_input and changes.names:
            # names are only in sentences: re-make those that name a phase
            self.plan = plan
            sc = plan.scenario(scenario)
            self._ctx = _Context(plan, sc)
            for pl in sc.placements:
                if any(p.kind == "phase" for p in self._own[pl.id]):
                    self._own[pl.id] = self._ctx.placement_problems(pl)
            self._assemble(sc)
            return
        if same_rules_input:
            self.plan = plan
            self._ctx = _Context(plan, plan.scenario(scenario))
            return
        if not only_placements:
            self._full(plan, scenario)
            return
        before = {pl.id: pl for pl in old.scenario(scenario).placements if pl.id in changes.placements}
        self.plan = plan
        sc = plan.scenario(scenario)
        self._ctx = _Context(plan, sc)
        now = {pl.id: pl for pl in sc.placements if pl.id in changes.placements}
        for pid in before.keys() - now.keys():
            self._own.pop(pid, None)
            self._slot_of.pop(pid, None)
        for pid, pl in now.items():
            self._own[pid] = self._ctx.placement_problems(pl)
            self._slot_of[pid] = pl.slot
        slots = {pl.slot for pl in before.values()} | {pl.slot for pl in now.values()}
        for sid in slots:
            self._check_slot(sc, sid)
        self._assemble(sc)


def cap_bound_days(plan: Plan, scenario: Scenario) -> dict[str, list[_dt.date]]:
    """For each placement, the days on which its slot's demand exceeds the cap."""
    out: dict[str, list[_dt.date]] = {}
    for _sid, days in _cap_days_by_slot(plan, scenario):
        out.update(days)
    return out


def _by_placement(problems: list[Problem]) -> dict[str, list[Problem]]:
    out: dict[str, list[Problem]] = {}
    for p in problems:
        out.setdefault(p.placement or "", []).append(p)
    return out


def _cap_days_by_slot(plan: Plan, scenario: Scenario):
    """(slot id, {placement id: cap-bound days}) for each slot with placements."""
    import numpy as np

    for slot, pls, starts, ends, _demand, over in _slot_days(plan, scenario):
        out: dict[str, list[_dt.date]] = {}
        if over.any():
            for pl, s, e in zip(pls, starts, ends):
                days = np.flatnonzero(over[s : e + 1])
                if len(days):
                    out[pl.id] = [pl.start + _dt.timedelta(days=int(d)) for d in days]
        yield slot.id, out


def _slot_days(plan: Plan, sc: Scenario):
    """Per slot with placements: (slot, placements, start and end indexes, daily demand,
    over-cap mask), days counted from the slot's first placement."""
    import numpy as np  # here, not at the top: the window paints before numpy is loaded

    by_slot: dict[str, list[Placement]] = {}
    for pl in sc.placements:
        by_slot.setdefault(pl.slot, []).append(pl)
    slots = {s.id: s for s in plan.slots}
    for sid, pls in by_slot.items():
        slot = slots[sid]
        rows = np.array([(p.start.toordinal(), p.end.toordinal(), p.units_per_day) for p in pls])
        lo = int(rows[:, 0].min())
        starts = rows[:, 0].astype(np.int64) - lo
        ends = rows[:, 1].astype(np.int64) - lo
        n = int(ends.max()) + 2
        demand = np.cumsum(np.bincount(starts, rows[:, 2], n) - np.bincount(ends + 1, rows[:, 2], n))[:-1]
        cap = None if slot.earned else slot.max_units_per_day  # no cap binds an earned slot
        over = demand > cap * (1 + 1e-12) if cap is not None else np.zeros(len(demand), dtype=bool)
        yield slot, pls, starts, ends, demand, over


def _caps_and_overlaps(plan: Plan, sc: Scenario) -> list[Problem]:
    return [p for _sid, problems in _caps_and_overlaps_by_slot(plan, sc) for p in problems]


def _caps_and_overlaps_by_slot(plan: Plan, sc: Scenario):
    """(slot id, its cap and overlap problems) for each slot with placements, in the order
    of their first placement."""
    import numpy as np

    for slot, pls, starts, ends, demand, over in _slot_days(plan, sc):
        problems: list[Problem] = []
        if over.any():
            counted = np.concatenate([[0], np.cumsum(over)])
            n_over = counted[ends + 1] - counted[starts]
            for i in np.flatnonzero(n_over):
                pl = pls[i]
                peak = float(demand[starts[i] : ends[i] + 1].max())
                problems.append(
                    _problem(
                        WARNING,
                        pl.id,
                        "cap",
                        sc.name,
                        id=pl.id,
                        slot=slot.name,
                        n=int(n_over[i]),
                        peak=f"{peak:g}",
                        cap=f"{slot.max_units_per_day:g}",
                    )
                )
        # overlaps: in start order, a placement overlaps the one reaching furthest before it
        order = np.lexsort((ends, starts))
        s_sorted, e_sorted = starts[order], ends[order]
        reach_end = np.maximum.accumulate(e_sorted)
        hits = np.flatnonzero(s_sorted[1:] <= reach_end[:-1]) + 1
        if len(hits):
            # which earlier placement reaches furthest: index of the running maximum
            idx = np.arange(len(order))
            arg = np.maximum.accumulate(np.where(e_sorted == reach_end, idx, 0))
            for h in hits:
                pl, other = pls[order[h]], pls[order[arg[h - 1]]]
                problems.append(
                    _problem(
                        WARNING,
                        pl.id,
                        "overlap",
                        sc.name,
                        id=pl.id,
                        other=other.id,
                        slot=slot.name,
                        start=pl.start,
                        end=min(pl.end, other.end),
                    )
                )
        yield slot.id, problems


def has_errors(problems: list[Problem]) -> bool:
    return any(p.level == ERROR for p in problems)
