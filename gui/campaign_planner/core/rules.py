"""Rules: what a plan may do, as problems a person can read.

* a placement on a day when no phase of its platform admits the plan's category
  (error; says which phase first admits it, or that none does);
* a slot whose required flags the mini program lacks (error; names them);
* units per day above the slot's cap: the excess is not shown (warning, "cap-bound");
* overlapping placements on one slot (warning);
* a placement outside the plan's dates (error).

Admission: a phase with a platform governs that platform's slots, a phase without
one governs every platform. A category admitted by a phase stays admitted from
that phase's first day on (later phases and the time after the last phase keep
it). A platform with no phase at all admits every category.

Messages are English here and pass through the GUI's translation by ``kind`` and
``args``; the command line prints them as they are.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .plan import Phase, Placement, Plan, Scenario

ERROR = "error"
WARNING = "warning"


#: Sentences by kind of problem. The GUI translates these templates (qt/texts.py
#: lists them for Qt's translation tools) and fills in the same arguments.
TEMPLATES = {
    "dates": "{id} on {slot} runs {start}..{end}, outside the plan's dates {plan_start}..{plan_end}",
    "not_admitted": "{id} on {slot}: no {platform} phase admits the category '{category}'",
    "phase": ("{id} on {slot} starts {start}, before {platform} admits the category '{category}': "
              "first admitted in phase {phase} from {admitted}"),
    "flags": "{id} on {slot} requires {flags}, which the mini program does not have",
    "cap": ("{id} on {slot} is cap-bound on {days} day(s): {peak} units a day asked, the slot allows "
            "{cap}; the excess is not projected"),
    "overlap": "{id} overlaps {other} on {slot} ({start}..{end})",
}


@dataclass(frozen=True, slots=True)
class Problem:
    level: str
    placement: str | None
    kind: str            # a key of TEMPLATES
    args: tuple[tuple[str, str], ...]
    scenario: str = ""

    @property
    def message(self) -> str:
        return TEMPLATES[self.kind].format(**dict(self.args))


def _problem(level: str, placement: str, kind: str, scenario: str, **args) -> Problem:
    return Problem(level, placement, kind, tuple((k, str(v)) for k, v in args.items()), scenario)


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


def check(plan: Plan, scenario: str | None = None) -> list[Problem]:
    """Problems of one scenario (the first by default)."""
    sc = plan.scenario(scenario)
    problems: list[Problem] = []
    slots = {s.id: s for s in plan.slots}
    platform_names = {p.id: p.name for p in plan.platforms}
    admission = first_admission(plan)
    flags = set(plan.mini_program.flags)
    cat = plan.mini_program.category
    missing_flags = {s.id: [f for f in s.requires if f not in flags] for s in plan.slots}

    for pl in sc.placements:
        slot = slots[pl.slot]
        if pl.start < plan.start or pl.end > plan.end:
            problems.append(_problem(ERROR, pl.id, "dates", sc.name, id=pl.id, slot=slot.name, start=pl.start,
                                     end=pl.end, plan_start=plan.start, plan_end=plan.end))
        if slot.platform in admission:
            adm = admission[slot.platform]
            pname = platform_names.get(slot.platform, slot.platform)
            if adm is None:
                problems.append(_problem(ERROR, pl.id, "not_admitted", sc.name, id=pl.id, slot=slot.name,
                                         platform=pname, category=cat))
            elif pl.start < adm[0]:
                problems.append(_problem(ERROR, pl.id, "phase", sc.name, id=pl.id, slot=slot.name,
                                         start=pl.start, platform=pname, category=cat, phase=adm[1].name,
                                         admitted=adm[0]))
        if missing_flags[pl.slot]:
            problems.append(_problem(ERROR, pl.id, "flags", sc.name, id=pl.id, slot=slot.name,
                                     flags=", ".join(missing_flags[pl.slot])))
    problems.extend(_caps_and_overlaps(plan, sc))
    return problems


def cap_bound_days(plan: Plan, scenario: Scenario) -> dict[str, list[_dt.date]]:
    """For each placement, the days on which its slot's demand exceeds the cap."""
    import numpy as np
    out: dict[str, list[_dt.date]] = {}
    for slot, pls, starts, ends, demand, over in _slot_days(plan, scenario):
        if not over.any():
            continue
        for pl, s, e in zip(pls, starts, ends):
            days = np.flatnonzero(over[s:e + 1])
            if len(days):
                out[pl.id] = [pl.start + _dt.timedelta(days=int(d)) for d in days]
    return out


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
        cap = slot.max_units_per_day
        over = demand > cap * (1 + 1e-12) if cap is not None else np.zeros(len(demand), dtype=bool)
        yield slot, pls, starts, ends, demand, over


def _caps_and_overlaps(plan: Plan, sc: Scenario) -> list[Problem]:
    import numpy as np
    problems: list[Problem] = []
    for slot, pls, starts, ends, demand, over in _slot_days(plan, sc):
        if over.any():
            counted = np.concatenate([[0], np.cumsum(over)])
            n_over = counted[ends + 1] - counted[starts]
            for i in np.flatnonzero(n_over):
                pl = pls[i]
                peak = float(demand[starts[i]:ends[i] + 1].max())
                problems.append(_problem(WARNING, pl.id, "cap", sc.name, id=pl.id, slot=slot.name,
                                         days=int(n_over[i]), peak=f"{peak:g}", cap=f"{slot.max_units_per_day:g}"))
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
                problems.append(_problem(WARNING, pl.id, "overlap", sc.name, id=pl.id, other=other.id,
                                         slot=slot.name, start=pl.start, end=min(pl.end, other.end)))
    return problems


def has_errors(problems: list[Problem]) -> bool:
    return any(p.level == ERROR for p in problems)
