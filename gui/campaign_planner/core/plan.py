"""The plan as immutable data.

Everything the JSON format of INTERFACES.md describes has a frozen dataclass here.
A Plan is never modified in place: edits build a new Plan (``dataclasses.replace``),
so undo is "put the old one back" and a plan can be handed to a worker thread.

``validate(plan)`` checks what makes a plan meaningless (end before start, a
negative size, an unknown slot...) and raises ``PlanError`` with sentences a
person can act on. What is allowed but questionable (a placement outside the
admitting phase, over a cap, outside the plan's dates) is a *rule problem*,
see ``rules.py``: the app can produce those states while editing, so a file in
such a state must still open.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .messages import Joined, Msg
from .names import CATEGORY_NAMES, FLAG_NAMES

Date = _dt.date

#: Identifiers (ids of segments, platforms, slots, phases, placements) end up in
#: CSV column names and file tables: keep them to a safe alphabet.
ID_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]{0,63}\Z")
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")

UNITS = ("insertion", "day", "earned")
#: The unit of an earned slot (REACH_MODEL.md, "Earned slots"): its impressions are earned,
#: not bought; see ``Slot``.
EARNED = "earned"

#: Mini-program categories the sources name (DOMAIN.md): what phases admit and a mini
#: program is. A plan may use others; these are the ones offered.
#: core/names.py gives each its display name.
CATEGORIES = tuple(CATEGORY_NAMES)

#: What a mini program may have that slots require (core/names.py gives their display names).
FLAGS = tuple(FLAG_NAMES)

# Limits of what the planner handles (stated in docs/file-format.md). A plan past them is
# refused with a message naming the limit, before anything large is allocated.
MAX_PLACEMENTS = 200_000  # in one plan, all scenarios together
MAX_SLOTS = 2_000
MAX_PLATFORMS = 100
MAX_SEGMENTS = 1_000
MAX_PHASES = 1_000
MAX_SCENARIOS = 100
MAX_DAYS = 3660  # ten years
MAX_PEOPLE = 1e10  # a segment's size, a target
MAX_IMPRESSIONS_PER_UNIT = 1e12
MAX_UNITS_PER_DAY = 1e6
MAX_MONEY = 1e13  # a cost per unit, a placement's cost, a budget
MAX_TARGET_FREQUENCY = 10  # k of the k+ reach a plan may aim at (1..10)
DEFAULT_CURRENCY = "CNY"
CURRENCY_RE = re.compile(r"[A-Z]{3}\Z")  # an ISO 4217 code
KAPPA_RANGE = (0.01, 1000.0)
CORRELATION_RANGE = (0.0, 0.99)  # the audience's correlation within a platform (value, low and high)
MAX_TEXT = 10_000  # characters in a name, a note
MAX_PROJECTION_BYTES = 1 << 30  # memory one projection (or one set of bands) may need


def projection_bytes(plan: "Plan", scenario: "Scenario") -> int:
    """About how much memory projecting ``scenario`` needs (reach.py's largest arrays: the
    schedule of every slot, and per used slot and day the 16 quadrature nodes, three times)."""
    days = plan.days + 1
    used = len({p.slot for p in scenario.placements})
    per_day = (
        4 * len(plan.slots)
        + used * (3 * 16 + 4)
        + 16 * (4 * len(plan.platforms) + 2 * len(plan.audience.segments))
        + 64
    )
    return 8 * days * per_day


def bands_bytes(plan: "Plan", draws: int) -> int:
    """About how much memory ``draws`` band draws need on top of the projection."""
    return 16 * (plan.days + 1) * draws


def _gib(n: float) -> Msg:
    return Msg("plan.size.gib", gib=n / (1 << 30))


def size_problem(plan: "Plan", scenario: "Scenario", draws: int = 0) -> Msg | None:
    """A sentence if projecting ``scenario`` (with ``draws`` band draws) would need more than
    MAX_PROJECTION_BYTES of memory, else None. Checked before anything is allocated."""
    need = projection_bytes(plan, scenario)
    if need > MAX_PROJECTION_BYTES:
        used = len({p.slot for p in scenario.placements})
        return Msg(
            "plan.size.projection",
            scenario=scenario.name,
            need=_gib(need),
            used=used,
            days=plan.days,
            limit=_gib(MAX_PROJECTION_BYTES),
        )
    if draws and bands_bytes(plan, draws) > MAX_PROJECTION_BYTES:
        return Msg(
            "plan.size.bands",
            draws=draws,
            days=plan.days,
            need=_gib(bands_bytes(plan, draws)),
            limit=_gib(MAX_PROJECTION_BYTES),
        )
    return None


class PlanError(ValueError):
    """A plan (or an edit of one) is invalid. ``problems`` lists every reason (each a
    core.messages.Msg the window translates); ``str(e)`` is them all, in English."""

    def __init__(self, problems: Iterable[str]):
        self.problems = list(problems)
        super().__init__("; ".join(self.problems))

    @property
    def message(self) -> Joined:
        """Every reason as one message (its parts translated one by one in the window)."""
        return Joined(self.problems)


@dataclass(frozen=True, slots=True)
class Assumption:
    """A number with an optional low/high range and where it comes from.

    ``source`` names the article a figure was taken from; a number without a
    source is an assumption and is shown as one.
    """

    value: float
    low: float | None = None
    high: float | None = None
    source: str | None = None

    @property
    def is_assumption(self) -> bool:
        return not self.source

    @property
    def lo(self) -> float:
        return self.value if self.low is None else self.low

    @property
    def hi(self) -> float:
        return self.value if self.high is None else self.high

    def with_value(self, value: float) -> "Assumption":
        return replace(self, value=value)


def num(value, low=None, high=None, source=None) -> Assumption:
    return Assumption(float(value), None if low is None else float(low), None if high is None else float(high), source)


#: The correlation within a platform of a plan (or file) that gives none: an assumption.
DEFAULT_CORRELATION = Assumption(0.7, 0.4, 0.9)


@dataclass(frozen=True, slots=True)
class MiniProgram:
    """The mini program the campaign promotes.

    ``category`` is its category id (e.g. ``public_welfare``): phases admit categories.
    ``flags`` are what it has that slots may require (``whitelisted``, ``service_type``,
    ``big_v``...). ``retention_7d`` is the share (0-1] of visitors still using it after
    seven days.
    """

    name: str
    category: str
    flags: tuple[str, ...] = ()
    retention_7d: Assumption = field(default_factory=lambda: num(0.4))


@dataclass(frozen=True, slots=True)
class Segment:
    """A group of people who use exactly the platforms listed (a cell of the platforms'
    Venn diagram): ``size`` in people; ``name`` for display (the id if empty)."""

    id: str
    size: Assumption
    platforms: tuple[str, ...]
    name: str = ""


@dataclass(frozen=True, slots=True)
class Audience:
    """Who can be reached. ``kappa`` is the shape of the Gamma distribution of activity
    (mean 1): small kappa, a few heavy users see most impressions; large kappa, everyone
    alike. ``segments`` partition the people by the platforms they use. ``correlation``
    (0..0.99) is how much the planner's errors about the slots of one platform go together:
    for the bands, the normal scores of the slots' eligible shares (and of their impressions
    per unit) drawn on one platform have this correlation (REACH_MODEL.md, "Correlated
    draws"); it changes the bands, never the projection itself."""

    kappa: Assumption
    segments: tuple[Segment, ...]
    correlation: Assumption = DEFAULT_CORRELATION


@dataclass(frozen=True, slots=True)
class Platform:
    """An app whose entry slots reach people (Alipay, Weibo, Taobao...)."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Phase:
    """A rollout phase: from ``start`` to ``end`` (dates, inclusive) the slots of
    ``platform`` (every platform if None) admit the categories in ``admits`` ("all" for
    every category). A category admitted stays admitted in the platform's later phases."""

    id: str
    name: str
    platform: str | None
    start: Date
    end: Date
    admits: tuple[str, ...] = ()

    def admits_category(self, category: str) -> bool:
        return "all" in self.admits or category in self.admits


@dataclass(frozen=True, slots=True)
class Slot:
    """An entry slot of a platform (a feed, a banner, a search list...).

    ``unit`` is what is booked: an ``insertion`` or a ``day``. ``impressions_per_unit`` is
    the impressions one unit delivers (count); ``eligible_share`` the share (0-1] of the
    platform's users who can see the slot at all; ``ctr`` the share of impressions that
    become visits. ``max_units_per_day`` caps the units a day (None: no cap);
    ``requires`` lists mini-program flags the slot needs; ``cost_per_unit`` is what one unit
    costs in the plan's currency, an assumed number with an optional low/high range (a plain
    number given here is taken as one without a range). It is not an input of the reach
    model: it is neither drawn for the bands nor part of their seed (see ``COST_FIELDS``).

    A slot of unit ``earned`` (Alipay's centralised recommendation traffic, REACH_MODEL.md,
    "Earned slots") books nothing: on each day one of its placements covers, it delivers
    ``impressions_per_unit`` impressions per new person the whole plan reached the day
    before (so for it ``impressions_per_unit`` means *earn per new person*). Its placements'
    ``units_per_day`` are ignored (they only switch earning on), its daily cap does not
    apply, and a placement on it costs its own ``cost`` or nothing.
    """

    id: str
    name: str
    platform: str
    unit: str
    impressions_per_unit: Assumption
    eligible_share: Assumption
    ctr: Assumption
    max_units_per_day: float | None = None
    requires: tuple[str, ...] = ()
    cost_per_unit: Assumption = field(default_factory=lambda: Assumption(0.0))

    def __post_init__(self) -> None:
        if not isinstance(self.cost_per_unit, Assumption):  # a plain number: no range
            object.__setattr__(self, "cost_per_unit", Assumption(float(self.cost_per_unit)))

    @property
    def earned(self) -> bool:
        """Whether the slot's impressions are earned (unit ``earned``), not bought."""
        return self.unit == EARNED


@dataclass(frozen=True, slots=True)
class Placement:
    """A booking: ``units_per_day`` units of ``slot`` every day from ``start`` to ``end``
    (dates, inclusive). ``cost`` (in the plan's currency) overrides what the placement's
    delivered units cost at the slot's cost per unit (core/costs.py); ``note`` is free text."""

    id: str
    slot: str
    start: Date
    end: Date
    units_per_day: float
    cost: float | None = None  # None: delivered units x the slot's cost per unit
    note: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Scenario:
    """One alternative set of placements of a plan; its ``name`` is unique in the plan."""

    name: str
    placements: tuple[Placement, ...] = ()


@dataclass(frozen=True, slots=True)
class Plan:
    """A campaign plan: from ``start`` to ``end`` (dates, inclusive), the mini program, the
    audience, the platforms with their phases and slots, and one or more scenarios of
    placements. ``target_reach`` is the number of distinct people the plan aims to reach
    (None: no target), ``target_frequency`` how many times each of them (k of the k+ reach,
    1..10: 1 is plain unique reach). Money is in ``currency`` (an ISO 4217 code, CNY by
    default); ``budget`` is what a scenario may cost at most (None: no budget).
    Immutable: an edit makes a new Plan (core/edits.py)."""

    name: str
    start: Date
    end: Date
    mini_program: MiniProgram
    audience: Audience
    platforms: tuple[Platform, ...] = ()
    phases: tuple[Phase, ...] = ()
    slots: tuple[Slot, ...] = ()
    scenarios: tuple[Scenario, ...] = (Scenario("A"),)
    target_reach: float | None = None
    target_frequency: int = 1
    currency: str = DEFAULT_CURRENCY
    budget: float | None = None

    # ---- look-ups (cheap enough to call; not cached, a Plan is tiny apart from placements)
    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def slot(self, slot_id: str) -> Slot:
        for s in self.slots:
            if s.id == slot_id:
                return s
        raise KeyError(slot_id)

    def platform(self, platform_id: str) -> Platform:
        for p in self.platforms:
            if p.id == platform_id:
                return p
        raise KeyError(platform_id)

    def phase(self, phase_id: str) -> Phase:
        for p in self.phases:
            if p.id == phase_id:
                return p
        raise KeyError(phase_id)

    def scenario(self, name: str | None = None) -> Scenario:
        if name is None:
            return self.scenarios[0]
        for s in self.scenarios:
            if s.name == name:
                return s
        raise KeyError(name)

    def dates(self) -> list[Date]:
        return [self.start + _dt.timedelta(days=i) for i in range(self.days)]


# --------------------------------------------------------------------------- assumptions

#: The one list of what is an assumption: each kind of owner and its assumed fields, in
#: the order they are listed, stored, drawn for bands and hashed for the bands' seed.
#: An owner is "audience", "mini_program", "segment:<id>" or "slot:<id>".
ASSUMPTION_FIELDS: dict[str, tuple[str, ...]] = {
    "audience": ("kappa", "correlation"),
    "mini_program": ("retention_7d",),
    "segment": ("size",),
    "slot": ("impressions_per_unit", "eligible_share", "ctr"),
}


#: Assumed numbers that are not inputs of the reach model: what things cost. They are
#: listed and stored like the others (with a low/high range and a source) but never drawn
#: for the bands nor hashed into their seed, so editing a price leaves the bands as they were.
COST_FIELDS: dict[str, tuple[str, ...]] = {"slot": ("cost_per_unit",)}


def cost_assumptions(plan: "Plan") -> list[tuple[str, str, Assumption]]:
    """Each slot's cost per unit as (owner, field, value), in the plan's order of slots."""
    return [(f"slot:{s.id}", "cost_per_unit", s.cost_per_unit) for s in plan.slots]


def assumptions(plan: "Plan") -> list[tuple[str, str, Assumption]]:
    """Every assumed number of ``plan`` as (owner, field, value), in the registry's order:
    the audience's kappa and correlation within a platform, the mini program's retention,
    each segment's size, then each slot's impressions per unit, eligible share and
    click-through rate."""
    out = [
        ("audience", "kappa", plan.audience.kappa),
        ("audience", "correlation", plan.audience.correlation),
        ("mini_program", "retention_7d", plan.mini_program.retention_7d),
    ]
    out += [(f"segment:{s.id}", "size", s.size) for s in plan.audience.segments]
    for s in plan.slots:
        out += [(f"slot:{s.id}", f, getattr(s, f)) for f in ASSUMPTION_FIELDS["slot"]]
    return out


def with_assumption(plan: "Plan", owner: str, name: str, value: Assumption) -> "Plan":
    """``plan`` with one assumed number replaced (not validated). PlanError if the plan has
    no such assumption."""
    kind, _, oid = owner.partition(":")
    if name not in ASSUMPTION_FIELDS.get(kind, ()) or bool(oid) != (kind in ("segment", "slot")):
        raise PlanError([Msg("plan.no_assumption", owner=owner, field=name)])
    if kind == "audience":
        audience: dict = {name: value}
        return replace(plan, audience=replace(plan.audience, **audience))
    if kind == "mini_program":
        return replace(plan, mini_program=replace(plan.mini_program, retention_7d=value))
    if kind == "segment":
        if not any(s.id == oid for s in plan.audience.segments):
            raise PlanError([Msg("plan.no_segment", ident=oid)])
        segs = tuple(replace(s, size=value) if s.id == oid else s for s in plan.audience.segments)
        return replace(plan, audience=replace(plan.audience, segments=segs))
    if not any(s.id == oid for s in plan.slots):
        raise PlanError([Msg("plan.no_slot", ident=oid)])
    fields: dict = {name: value}
    return replace(plan, slots=tuple(replace(s, **fields) if s.id == oid else s for s in plan.slots))


def parse_date(text: str) -> Date:
    """A date written exactly as YYYY-MM-DD (files and JSON); ValueError otherwise."""
    if not isinstance(text, str) or not DATE_RE.match(text):
        raise ValueError(f"not a YYYY-MM-DD date: {text!r}")
    return _dt.date.fromisoformat(text)


def placement_cost(placement: Placement, slot: Slot) -> float:
    """A quick estimate of what one placement costs: its own ``cost``, or units x days x the
    slot's cost per unit, every day counted as booked. core/costs.py gives the costs the
    planner reports (after the slot's daily cap, only days inside the plan)."""
    if placement.cost is not None:
        return placement.cost
    if slot.earned:
        return 0.0  # earned traffic is not bought
    return placement.units_per_day * placement.days * slot.cost_per_unit.value


# --------------------------------------------------------------------------- validation


def _check_number(
    problems: list[str],
    what: Msg,
    a: Assumption,
    *,
    positive=False,
    share=False,
    nonneg=False,
    at_most: float | None = None,
    at_least: float | None = None,
) -> None:
    for label, v in (("value", a.value), ("low", a.low), ("high", a.high)):
        if v is None:
            continue
        word = Msg(f"word.{label}")
        if not math.isfinite(v):
            problems.append(Msg("plan.number.finite", what=what, label=word, value=v))
            return
        if at_most is not None and v > at_most:
            problems.append(Msg("plan.number.at_most", what=what, label=word, limit=at_most, value=v))
            return
        if at_least is not None and v < at_least:
            problems.append(Msg("plan.number.at_least", what=what, label=word, limit=at_least, value=v))
            return
        if positive and v <= 0:
            problems.append(Msg("plan.number.positive", what=what, label=word, value=v))
            return
        if nonneg and v < 0:
            problems.append(Msg("plan.number.nonneg", what=what, label=word, value=v))
            return
        if share and not (0 < v <= 1):
            problems.append(Msg("plan.number.share", what=what, label=word, value=v))
            return
    if a.low is not None and a.low > a.value:
        problems.append(Msg("plan.number.low_above", what=what, low=a.low, value=a.value))
    if a.high is not None and a.high < a.value:
        problems.append(Msg("plan.number.high_below", what=what, high=a.high, value=a.value))


def _check_text(problems: list[str], what: Msg, text: str) -> None:
    if not isinstance(text, str):
        problems.append(Msg("plan.text.not_text", what=what))
    elif len(text) > MAX_TEXT:
        problems.append(Msg("plan.text.too_long", what=what, limit=MAX_TEXT))
    else:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            problems.append(Msg("plan.text.surrogate", what=what))


def _check_count(problems: list[str], what: str, n: int, limit: int) -> None:
    """``what``: a key of the plural words (``platforms``, ``placements``...)."""
    if n > limit:
        problems.append(Msg("plan.too_many", n=n, what=Msg(f"word.{what}"), limit=limit))


def _check_id(problems: list[str], what: str, ident: str) -> None:
    """``what``: the word of the kind of thing (``platform``, ``slot``...)."""
    if not isinstance(ident, str) or not ID_RE.match(ident):
        problems.append(Msg("plan.bad_id", what=Msg(f"word.{what}"), ident=ident))


def _check_unique(problems: list[str], what: str, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            problems.append(Msg("plan.duplicate_id", what=Msg(f"word.{what}"), ident=i))
        seen.add(i)


def validate(plan: Plan) -> None:
    """Raise PlanError listing everything that makes ``plan`` invalid."""
    p: list[str] = []
    _check_count(p, "platforms", len(plan.platforms), MAX_PLATFORMS)
    _check_count(p, "segments", len(plan.audience.segments), MAX_SEGMENTS)
    _check_count(p, "phases", len(plan.phases), MAX_PHASES)
    _check_count(p, "slots", len(plan.slots), MAX_SLOTS)
    _check_count(p, "scenarios", len(plan.scenarios), MAX_SCENARIOS)
    _check_count(p, "placements", sum(len(sc.placements) for sc in plan.scenarios), MAX_PLACEMENTS)
    if p:
        raise PlanError(p)  # nothing more is checked in a plan this size
    _check_text(p, Msg("plan.what.plan_name"), plan.name)
    if not plan.name.strip():
        p.append(Msg("plan.needs_name"))
    if plan.end < plan.start:
        p.append(Msg("plan.ends_before_start", end=plan.end, start=plan.start))
    elif plan.days > MAX_DAYS:
        p.append(Msg("plan.too_long", days=plan.days))
    if plan.target_reach is not None and not (math.isfinite(plan.target_reach) and 0 < plan.target_reach <= MAX_PEOPLE):
        p.append(Msg("plan.bad_target", limit=MAX_PEOPLE, value=plan.target_reach))
    p.extend(money_problems(plan))
    mp = plan.mini_program
    _check_text(p, Msg("plan.what.mini_program_name"), mp.name)
    _check_text(p, Msg("plan.what.category"), mp.category)
    for f in mp.flags:
        _check_text(p, Msg("plan.what.flag"), f)
    if not mp.category.strip():
        p.append(Msg("plan.needs_category"))
    _check_number(p, Msg("plan.what.retention"), mp.retention_7d, share=True)

    platform_ids = [x.id for x in plan.platforms]
    for x in plan.platforms:
        _check_id(p, "platform", x.id)
        _check_text(p, Msg("plan.what.platform_name", ident=x.id), x.name)
    _check_unique(p, "platform", platform_ids)
    known_platforms = set(platform_ids)

    _check_number(
        p,
        Msg("plan.what.kappa"),
        plan.audience.kappa,
        positive=True,
        at_least=KAPPA_RANGE[0],
        at_most=KAPPA_RANGE[1],
    )
    _check_number(
        p,
        Msg("plan.what.correlation"),
        plan.audience.correlation,
        at_least=CORRELATION_RANGE[0],
        at_most=CORRELATION_RANGE[1],
    )
    for s in plan.audience.segments:
        _check_id(p, "segment", s.id)
        _check_text(p, Msg("plan.what.segment_name", ident=s.id), s.name)
        _check_number(p, Msg("plan.what.segment_size", ident=s.id), s.size, positive=True, at_most=MAX_PEOPLE)
        for pl in s.platforms:
            if pl not in known_platforms:
                p.append(Msg("plan.segment_platform", ident=s.id, platform=pl))
    _check_unique(p, "segment", (s.id for s in plan.audience.segments))

    p.extend(phase_problems(plan))

    slot_ids = set()
    for sl in plan.slots:
        _check_id(p, "slot", sl.id)
        _check_text(p, Msg("plan.what.slot_name", ident=sl.id), sl.name)
        for f in sl.requires:
            _check_text(p, Msg("plan.what.required_flag", ident=sl.id), f)
        if sl.platform not in known_platforms:
            p.append(Msg("plan.slot_platform", ident=sl.id, platform=sl.platform))
        if sl.unit not in UNITS:
            p.append(Msg("plan.slot_unit", ident=sl.id, units=", ".join(UNITS), unit=sl.unit))
        _check_number(
            p,
            Msg("plan.what.impressions", ident=sl.id),
            sl.impressions_per_unit,
            positive=True,
            at_most=MAX_IMPRESSIONS_PER_UNIT,
        )
        _check_number(p, Msg("plan.what.eligible_share", ident=sl.id), sl.eligible_share, share=True)
        _check_number(p, Msg("plan.what.ctr", ident=sl.id), sl.ctr, share=True)
        if sl.max_units_per_day is not None and not (
            math.isfinite(sl.max_units_per_day) and 0 < sl.max_units_per_day <= MAX_UNITS_PER_DAY
        ):
            p.append(Msg("plan.slot_cap", ident=sl.id, limit=MAX_UNITS_PER_DAY, value=sl.max_units_per_day))
        p.extend(slot_cost_problems(sl))
        slot_ids.add(sl.id)
    _check_unique(p, "slot", (s.id for s in plan.slots))

    if not plan.scenarios:
        p.append(Msg("plan.needs_scenario"))
    _check_unique(p, "scenario", (s.name for s in plan.scenarios))
    for sc in plan.scenarios:
        _check_text(p, Msg("plan.what.scenario_name"), sc.name)
        if not sc.name.strip():
            p.append(Msg("plan.scenario_needs_name"))
        p.extend(placement_problems(sc.placements, slot_ids, scenario=sc.name))
        if not p and plan.end >= plan.start:
            big = size_problem(plan, sc)
            if big:
                p.append(big)
    if p:
        raise PlanError(p)


def money_problems(plan: Plan) -> list[str]:
    """What makes the plan's currency, budget or target frequency invalid."""
    p: list[str] = []
    cur = plan.currency
    if not isinstance(cur, str) or not CURRENCY_RE.match(cur):
        p.append(Msg("plan.bad_currency", value=cur))
    b = plan.budget
    if b is not None:
        number = isinstance(b, (int, float)) and not isinstance(b, bool)
        if not (number and math.isfinite(b) and 0 <= b <= MAX_MONEY):
            p.append(Msg("plan.bad_budget", limit=MAX_MONEY, value=float(b) if number else math.nan))
    k = plan.target_frequency
    if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_TARGET_FREQUENCY:
        p.append(Msg("plan.bad_target_frequency", limit=MAX_TARGET_FREQUENCY, value=k))
    return p


def slot_cost_problems(slot: Slot) -> list[str]:
    """What makes a slot's cost per unit invalid (negative, not finite, above MAX_MONEY, a
    low above the value or a high below it)."""
    p: list[str] = []
    _check_number(p, Msg("plan.what.cost_per_unit", ident=slot.id), slot.cost_per_unit, nonneg=True, at_most=MAX_MONEY)
    return p


def phase_problems(plan: Plan) -> list[str]:
    """What makes the plan's phases invalid (ids, names, dates, platforms, overlaps): all an
    edit of phases needs checked."""
    p: list[str] = []
    if len(plan.phases) > MAX_PHASES:
        _check_count(p, "phases", len(plan.phases), MAX_PHASES)
        return p
    known_platforms = {x.id for x in plan.platforms}
    for ph in plan.phases:
        _check_id(p, "phase", ph.id)
        _check_text(p, Msg("plan.what.phase_name", ident=ph.id), ph.name)
        for c in ph.admits:
            _check_text(p, Msg("plan.what.admitted", ident=ph.id), c)
        if ph.end < ph.start:
            p.append(Msg("plan.phase_ends_before_start", ident=ph.id, end=ph.end, start=ph.start))
        if ph.platform is not None and ph.platform not in known_platforms:
            p.append(Msg("plan.phase_platform", ident=ph.id, platform=ph.platform))
    _check_unique(p, "phase", (ph.id for ph in plan.phases))
    by_platform: dict[str | None, list[Phase]] = {}
    for ph in plan.phases:
        by_platform.setdefault(ph.platform, []).append(ph)
    for plat, phases in by_platform.items():
        phases = sorted(phases, key=lambda x: x.start)
        for a, b in zip(phases, phases[1:]):
            if b.start <= a.end:
                end = min(a.end, b.end)
                if plat:
                    p.append(Msg("plan.phases_overlap", a=a.id, b=b.id, platform=plat, start=b.start, end=end))
                else:
                    p.append(Msg("plan.phases_overlap_all", a=a.id, b=b.id, start=b.start, end=end))
    return p


def placement_problems(placements: Iterable[Placement], slot_ids: set[str], scenario: str = "") -> list[str]:
    """Problems that make placements invalid (not rule warnings)."""
    p: list[str] = []
    seen: set[str] = set()
    where: str = Msg("plan.in_scenario", scenario=scenario) if scenario else ""
    for pl in placements:
        if not isinstance(pl.id, str) or not ID_RE.match(pl.id):
            p.append(Msg("plan.placement.bad_id", ident=pl.id, where=where))
        if pl.id in seen:
            p.append(Msg("plan.placement.duplicate", ident=pl.id, where=where))
        seen.add(pl.id)
        if pl.slot not in slot_ids:
            p.append(Msg("plan.placement.unknown_slot", ident=pl.id, where=where, slot=pl.slot))
        if pl.end < pl.start:
            p.append(Msg("plan.placement.ends_before_start", ident=pl.id, where=where, end=pl.end, start=pl.start))
        if not (math.isfinite(pl.units_per_day) and 0 < pl.units_per_day <= MAX_UNITS_PER_DAY):
            p.append(
                Msg("plan.placement.units", ident=pl.id, where=where, limit=MAX_UNITS_PER_DAY, value=pl.units_per_day)
            )
        if pl.cost is not None and not (math.isfinite(pl.cost) and 0 <= pl.cost <= MAX_MONEY):
            p.append(Msg("plan.placement.cost", ident=pl.id, where=where, limit=MAX_MONEY, value=pl.cost))
        if pl.note:
            _check_text(p, Msg("plan.what.note", ident=pl.id, where=where), pl.note)
    return p
