"""Calibration to delivered numbers (REACH_MODEL.md, "Calibration"; INTERFACES.md, ``calibrate``).

A platform's dashboard reports, for each slot and day delivered, that day's impressions and
the cumulative unique people the slot has reached to date. ``read_actuals`` reads that CSV
(``date,slot,impressions,reach``) against a plan: every line is checked, and the first bad
one is named in a message (nothing is returned then).

``fit`` finds each delivered slot's eligible share q_j and the audience's kappa that make
the model's "slot alone" reach, with the delivered impressions as exposure, closest to the
delivered reach: it minimises the squared relative error over every delivered row. A slot
alone reaches, of its platform's N users,

    reach_jt = N q_j (1 - E[exp(-a I_jt / (N q_j))]),  a ~ Gamma(kappa, mean 1),

where I_jt is the slot's cumulative delivered impressions; the expectation has the closed
form (1 + x / kappa)^-kappa, so the fit needs no quadrature. The fit is a Levenberg-Marquardt
least squares in numpy, profiled (for each kappa, each slot's share is a search in one
variable; then kappa is one): a few milliseconds, so scipy is not needed at run time. Each
fitted value's range is its approximate 80 % interval: +-1.28 standard errors from the
Gauss-Newton covariance at the optimum (inflated for the day-to-day correlation of the
residuals of cumulative numbers), mapped back through the logit or log, clipped to what the
plan accepts.

``calibrated`` gives the plan with the fitted values and ranges (an edit: core/edits.py,
``apply_calibration``).
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import math
from dataclasses import dataclass, replace

import numpy as np

from ..text import parse_date
from .messages import Msg
from .plan import Assumption, Plan, PlanError

COLUMNS = ("date", "slot", "impressions", "reach")
MAX_ROWS = 1_000_000
Z80 = 1.2815515655446004  # the normal quantile of 0.9: an 80 % interval is +-Z80 sigma
KAPPA_RANGE = (0.05, 50.0)
Q_FLOOR = 1e-6
MIN_DAYS = 3  # delivered days with reach a slot needs to be fitted


@dataclass(frozen=True)
class SlotActuals:
    """What one slot delivered, by day (sorted, each day once)."""

    slot: str
    days: np.ndarray  # (n,) day index from the plan's start
    impressions: np.ndarray  # (n,) that day's impressions
    reach: np.ndarray  # (n,) cumulative unique people to date

    @property
    def cumulative(self) -> np.ndarray:
        return np.cumsum(self.impressions)


@dataclass(frozen=True)
class Actuals:
    """Delivered numbers of a plan's slots, in the plan's slot order."""

    start: _dt.date  # the plan's first day (day 0)
    slots: tuple[SlotActuals, ...]

    @property
    def rows(self) -> int:
        return sum(len(s.days) for s in self.slots)

    def slot(self, slot_id: str) -> SlotActuals | None:
        return next((s for s in self.slots if s.slot == slot_id), None)


def _number(text: str, line: int, column: str) -> float:
    t = text.strip().replace(",", "")
    try:
        x = float(t)
    except ValueError:
        raise PlanError([Msg("calibrate.not_a_number", line=line, column=column, value=text)]) from None
    if not math.isfinite(x):
        raise PlanError([Msg("calibrate.not_a_number", line=line, column=column, value=text)])
    if x < 0:
        raise PlanError([Msg("calibrate.negative", line=line, column=column, value=text)])
    return x


def read_actuals(text: str, plan: Plan) -> Actuals:
    """The delivered numbers of ``text`` (a CSV with a header row naming ``date``, ``slot``,
    ``impressions`` and ``reach``, in any order; more columns are ignored) for ``plan``. A
    PlanError names the first line that is wrong: a missing column, a date that is not one or
    is outside the plan, a slot the plan does not have, a number that is not one or is
    negative, a slot and day given twice, cumulative reach that goes down or is above the
    slot's impressions so far."""
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise PlanError([Msg("calibrate.not_csv")])
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error:
        raise PlanError([Msg("calibrate.not_csv")]) from None
    if header is None or not any(h.strip() for h in header):
        raise PlanError([Msg("calibrate.empty")])
    names = [h.strip().lower() for h in header]
    missing = [c for c in COLUMNS if c not in names]
    if missing and len(names) == 1 and (";" in names[0] or "\t" in names[0]):
        raise PlanError([Msg("calibrate.separator")])
    if missing:
        raise PlanError([Msg("calibrate.missing_columns", columns=", ".join(missing), line=1)])
    col = {c: names.index(c) for c in COLUMNS}
    slot_ids = {s.id for s in plan.slots}
    seen: dict[tuple[str, int], int] = {}
    by_slot: dict[str, list[tuple[int, float, float, int]]] = {}
    line = 1
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(seen) >= MAX_ROWS:
                raise PlanError([Msg("calibrate.too_many_rows", limit=MAX_ROWS)])
            if len(row) <= max(col.values()):
                raise PlanError([Msg("calibrate.short_line", line=line, n=len(row), expected=len(header))])
            raw_date = row[col["date"]].strip()
            day = parse_date(raw_date)  # 2020-03-05, 2020/3/5 (a spreadsheet's), 2020年3月5日...
            if day is None:
                raise PlanError([Msg("calibrate.bad_date", line=line, value=raw_date)])
            if not plan.start <= day <= plan.end:
                raise PlanError(
                    [
                        Msg(
                            "calibrate.outside_plan",
                            line=line,
                            date=day.isoformat(),
                            start=plan.start.isoformat(),
                            end=plan.end.isoformat(),
                        )
                    ]
                )
            slot = row[col["slot"]].strip()
            if slot not in slot_ids:
                raise PlanError([Msg("calibrate.unknown_slot", line=line, ident=slot)])
            impressions = _number(row[col["impressions"]], line, "impressions")
            reach = _number(row[col["reach"]], line, "reach")
            d = (day - plan.start).days
            if (slot, d) in seen:
                raise PlanError(
                    [
                        Msg(
                            "calibrate.twice",
                            line=line,
                            slot=plan.slot(slot).name,
                            date=day.isoformat(),
                            first=seen[(slot, d)],
                        )
                    ]
                )
            seen[(slot, d)] = line
            by_slot.setdefault(slot, []).append((d, impressions, reach, line))
    except csv.Error:
        raise PlanError([Msg("calibrate.not_csv_line", line=max(reader.line_num, line + 1))]) from None
    if not seen:
        raise PlanError([Msg("calibrate.empty")])
    out = []
    users = _platform_users(plan)
    for s in plan.slots:
        rows = sorted(by_slot.get(s.id, ()))
        if not rows:
            continue
        days = np.array([r[0] for r in rows])
        imps = np.array([r[1] for r in rows])
        got = np.array([r[2] for r in rows])
        lines = [r[3] for r in rows]
        cum = np.cumsum(imps)
        for i in range(len(rows)):
            if i and got[i] < got[i - 1]:
                raise PlanError(
                    [
                        Msg(
                            "calibrate.reach_down",
                            line=lines[i],
                            slot=s.name,
                            date=(plan.start + _dt.timedelta(days=int(days[i]))).isoformat(),
                        )
                    ]
                )
            if got[i] > cum[i] * (1 + 1e-9):
                raise PlanError([Msg("calibrate.reach_above_impressions", line=lines[i], slot=s.name)])
            if got[i] > users.get(s.platform, 0.0) * (1 + 1e-9):
                raise PlanError(
                    [
                        Msg(
                            "calibrate.reach_above_users",
                            line=lines[i],
                            slot=s.name,
                            users=f"{users.get(s.platform, 0.0):,.0f}",
                        )
                    ]
                )
        out.append(SlotActuals(s.id, days, imps, got))
    return Actuals(plan.start, tuple(out))


# --------------------------------------------------------------------------- the fit


def slot_alone(users: np.ndarray, q: np.ndarray, kappa: float, impressions: np.ndarray) -> np.ndarray:
    """People a slot reaches alone: ``users`` of its platform, eligible share ``q``, after
    ``impressions`` (all broadcast together), activity Gamma(kappa, mean 1)."""
    x = impressions / (users * q)
    return users * q * -np.expm1(-kappa * np.log1p(x / kappa))


@dataclass(frozen=True)
class Fitted:
    """A fitted value and its approximate 80 % range; ``determined`` False when the delivered
    numbers do not pin it down (on a limit, or a range wider than a factor of 4): it is then
    not applied to the plan."""

    value: float
    low: float
    high: float
    determined: bool = True


@dataclass(frozen=True)
class Calibration:
    """What ``fit`` found."""

    slots: tuple[str, ...]  # the delivered slots, in the plan's order
    eligible_share: tuple[Fitted, ...]  # one per slot
    kappa: Fitted
    rows: int  # delivered rows fitted (reach above 0)
    error_before: float  # root mean square relative error of the plan's own values
    error_after: float  # of the fitted values
    users: tuple[float, ...]  # each slot's platform users (the plan's point values)


def _platform_users(plan: Plan) -> dict[str, float]:
    users: dict[str, float] = {}
    for seg in plan.audience.segments:
        for p in seg.platforms:
            users[p] = users.get(p, 0.0) + seg.size.value
    return users


def fit(plan: Plan, actuals: Actuals) -> Calibration:
    """Each delivered slot's eligible share and the audience's kappa, fitted (see the module's
    docstring). A PlanError if nothing delivered reached anyone, or a platform has no users."""
    users_of = _platform_users(plan)
    if not any((sa.reach > 0).any() for sa in actuals.slots):
        raise PlanError([Msg("calibrate.nothing_reached")])
    rows_slot, rows_users, rows_imp, rows_reach = [], [], [], []
    slots = []
    for k, sa in enumerate(actuals.slots):
        s = plan.slot(sa.slot)
        n = users_of.get(s.platform, 0.0)
        if n <= 0:
            raise PlanError([Msg("calibrate.no_users", slot=s.name)])
        cum = sa.cumulative
        keep = sa.reach > 0
        if int(keep.sum()) < MIN_DAYS:
            raise PlanError([Msg("calibrate.too_few", slot=s.name, n=int(keep.sum()), need=MIN_DAYS)])
        rows_slot.append(np.full(int(keep.sum()), k))
        rows_users.append(np.full(int(keep.sum()), n))
        rows_imp.append(cum[keep])
        rows_reach.append(sa.reach[keep])
        slots.append(s)
    idx = np.concatenate(rows_slot) if rows_slot else np.zeros(0, dtype=int)
    if len(idx) == 0:
        raise PlanError([Msg("calibrate.nothing_reached")])
    users = np.concatenate(rows_users)
    imp = np.concatenate(rows_imp)
    obs = np.concatenate(rows_reach)
    J = len(slots)

    def model(theta: np.ndarray) -> np.ndarray:
        q = np.clip(np.exp(np.minimum(theta[:J], 0.0)), Q_FLOOR, 1.0)
        kappa = float(np.clip(np.exp(theta[J]), *KAPPA_RANGE))
        return slot_alone(users, q[idx], kappa, imp)

    def residuals(theta: np.ndarray) -> np.ndarray:
        return model(theta) / obs - 1.0

    def rms(r: np.ndarray) -> float:
        return float(np.sqrt(np.mean(r * r)))

    before = np.concatenate(
        [[min(max(s.eligible_share.value, Q_FLOOR), 1.0) for s in slots], [plan.audience.kappa.value]]
    )
    theta_before = np.log(np.concatenate([before[:J], [np.clip(before[J], *KAPPA_RANGE)]]))
    error_before = rms(residuals(theta_before))
    # the least squares, profiled: for a given kappa each slot's share is a search in one
    # variable (bounded below by the share its delivered reach already is); kappa is then a
    # search in one variable of the best total. Robust where the surface has a long, flat
    # valley (q and kappa trade off until the reach saturates) in which a joint
    # Gauss-Newton stalls at a bound.
    groups = [np.flatnonzero(idx == j) for j in range(J)]

    lows = np.array([np.log(max(Q_FLOOR, obs[rows].max() / users[rows[0]])) for rows in groups])

    def profile(log_kappa: float) -> tuple[np.ndarray, float]:
        """Each slot's best share for this kappa (all slots searched at once), and the total."""
        kappa = float(np.exp(log_kappa))

        def costs(log_q: np.ndarray) -> np.ndarray:  # (J,) -> (J,): each slot's sum of squares
            r = slot_alone(users, np.exp(log_q)[idx], kappa, imp) / obs - 1.0
            return np.bincount(idx, weights=r * r, minlength=J)

        log_q, c = _minimise_many(costs, lows, np.zeros(J))
        return np.exp(log_q), float(c.sum())

    k_lo, k_hi = (float(np.log(k)) for k in KAPPA_RANGE)
    log_kappa, _ = _minimise_1d(lambda lk: profile(lk)[1], k_lo, k_hi, grid=17, tol=1e-6)
    q_best, _ = profile(log_kappa)
    theta = np.concatenate([np.log(q_best), [log_kappa]])
    r = residuals(theta)
    upper = np.concatenate([np.zeros(J), [np.log(KAPPA_RANGE[1])]])
    jac = _jacobian(residuals, theta, r, upper)
    error_after = rms(r)
    sigma = _sandwich_sigma(jac, r, model(theta), obs, groups)
    shares = []
    with np.errstate(over="ignore"):
        for j in range(J):
            floor = float(obs[groups[j]].max() / users[groups[j][0]])  # it reached that share already
            lo, mid, hi = (
                float(np.clip(np.exp(theta[j] + d * Z80 * sigma[j]), max(Q_FLOOR, floor), 1.0))
                for d in (-1.0, 0.0, 1.0)
            )
            shares.append(Fitted(mid, lo, hi, _determined(lo, mid, hi, (max(Q_FLOOR, floor), 1.0))))
        kl, km, kh = (float(np.clip(np.exp(theta[J] + d * Z80 * sigma[J]), *KAPPA_RANGE)) for d in (-1.0, 0.0, 1.0))
    return Calibration(
        slots=tuple(s.id for s in slots),
        eligible_share=tuple(shares),
        kappa=Fitted(km, kl, kh, _determined(kl, km, kh, KAPPA_RANGE)),
        rows=int(len(obs)),
        error_before=error_before,
        error_after=error_after,
        users=tuple(users_of[s.platform] for s in slots),
    )


def _sandwich_sigma(jac: np.ndarray, r: np.ndarray, m: np.ndarray, obs: np.ndarray, groups) -> np.ndarray:
    """Standard errors of the fitted parameters (log q, log kappa) from the sandwich
    (J'J)^-1 J' S J (J'J)^-1, where S is the covariance of the relative residuals of
    cumulative reach when each day's new people are off by an independent factor (the
    dashboard's count of each day): the residuals of one slot add up over its days, so
    S_ab = s^2 sum_{u <= min(a, b)} dm_u^2 / (m_a m_b), with dm the model's new people between
    delivered rows and s^2 the mean square of log(observed / model) new people (all slots)."""
    logs, parts = [], []
    for rows in groups:
        dm = np.diff(m[rows], prepend=0.0)
        do = np.diff(obs[rows], prepend=0.0)
        ok = (dm > 0) & (do > 0)
        logs.append(np.log(do[ok] / dm[ok]))
        parts.append(dm)
    e = np.concatenate(logs) if logs else np.zeros(0)
    s2 = float(np.mean(e * e)) if len(e) > 1 else 0.0
    s2 = max(s2, float(np.mean(r * r)))  # never below what the cumulative residuals say
    a = jac.T @ jac
    meat = np.zeros_like(a)
    for rows, dm in zip(groups, parts):
        c = np.cumsum(s2 * dm * dm)
        k = np.minimum.outer(np.arange(len(rows)), np.arange(len(rows)))
        cov = c[k] / np.outer(m[rows], m[rows])
        jr = jac[rows]
        meat += jr.T @ cov @ jr
    inv = np.linalg.pinv(a)
    var = np.diag(inv @ meat @ inv)
    sigma = np.sqrt(np.maximum(var, 0.0))
    return np.where(np.isfinite(sigma), sigma, 50.0)


def _determined(low: float, value: float, high: float, limits: tuple[float, float]) -> bool:
    """Whether the delivered numbers pin a fitted value down: it is not on a limit of what
    it may be, and its 80 % range spans less than a factor of 4."""
    at_limit = value <= limits[0] * (1 + 1e-6) or value >= limits[1] * (1 - 1e-6)
    return not at_limit and high <= 4 * low


def _jacobian(f, theta: np.ndarray, r: np.ndarray, upper: np.ndarray) -> np.ndarray:
    """Forward differences (backward for a parameter at its upper limit)."""
    out = np.empty((len(r), len(theta)))
    for i in range(len(theta)):
        h = 1e-6 * max(1.0, abs(theta[i]))
        if theta[i] + h > upper[i]:
            h = -h
        t = theta.copy()
        t[i] += h
        out[:, i] = (f(t) - r) / h
    return out


def _minimise_many(f, lo: np.ndarray, hi: np.ndarray, grid: int = 17, steps: int = 32):
    """``_minimise_1d`` for several independent variables at once: ``f`` maps an array of
    them to the array of their values. Returns (x, f(x))."""
    t = np.linspace(0.0, 1.0, grid)[:, None]
    xs = lo + (hi - lo) * t  # (grid, n)
    fs = np.array([f(x) for x in xs])
    i = np.argmin(fs, axis=0)
    cols = np.arange(len(lo))
    a, b = xs[np.maximum(i - 1, 0), cols], xs[np.minimum(i + 1, grid - 1), cols]
    g = (np.sqrt(5.0) - 1) / 2
    c, d = b - g * (b - a), a + g * (b - a)
    fc, fd = f(c), f(d)
    for _ in range(steps):
        left = fc <= fd  # the least is in [a, d]: move b; else in [c, b]: move a
        b = np.where(left, d, b)
        a = np.where(left, a, c)
        c_new = np.where(left, b - g * (b - a), d)
        d_new = np.where(left, c, a + g * (b - a))
        fc_old, fd_old = fc, fd
        c, d = c_new, d_new
        fresh = f(np.where(left, c, d))
        fc = np.where(left, fresh, fd_old)
        fd = np.where(left, fc_old, fresh)
    best_grid = fs[i, cols]
    x = np.where(fc <= fd, c, d)
    fx = np.minimum(fc, fd)
    use_grid = best_grid < fx
    return np.where(use_grid, xs[i, cols], x), np.where(use_grid, best_grid, fx)


def _minimise_1d(f, lo: float, hi: float, grid: int = 33, tol: float = 1e-7) -> tuple[float, float]:
    """The x in [lo, hi] where f is least: the best of a grid, then a golden-section search
    between its neighbours. Returns (x, f(x))."""
    if hi - lo <= tol:
        return lo, f(lo)
    xs = np.linspace(lo, hi, grid)
    fs = [f(x) for x in xs]
    i = int(np.nanargmin(fs))
    a, b = xs[max(i - 1, 0)], xs[min(i + 1, grid - 1)]
    g = (np.sqrt(5.0) - 1) / 2
    c, d = b - g * (b - a), a + g * (b - a)
    fc, fd = f(c), f(d)
    while b - a > tol:
        if fc <= fd:
            b, d, fd = d, c, fc
            c = b - g * (b - a)
            fc = f(c)
        else:
            a, c, fc = c, d, fd
            d = a + g * (b - a)
            fd = f(d)
    best = min((fs[i], xs[i]), (fc, c), (fd, d))
    return float(best[1]), float(best[0])


# --------------------------------------------------------------------------- applying


def calibrated(plan: Plan, cal: Calibration, note: str | None = None) -> Plan:
    """``plan`` with each delivered slot's eligible share and the audience's kappa set to the
    fitted values and ranges, their source saying they were fitted to delivered numbers
    (``note``, in the reader's language; English by default). A value the numbers do not
    determine (``Fitted.determined``) keeps the plan's."""
    source = note or f"fitted to delivered numbers ({cal.rows:,} rows)"
    fitted = {sid: f for sid, f in zip(cal.slots, cal.eligible_share) if f.determined}
    slots = tuple(
        replace(s, eligible_share=Assumption(fitted[s.id].value, fitted[s.id].low, fitted[s.id].high, source))
        if s.id in fitted
        else s
        for s in plan.slots
    )
    k = cal.kappa
    audience = (
        replace(plan.audience, kappa=Assumption(k.value, k.low, k.high, source)) if k.determined else plan.audience
    )
    return replace(plan, slots=slots, audience=audience)


def delivered_series(plan: Plan, actuals: Actuals, cal: Calibration | None = None) -> dict[str, np.ndarray]:
    """For each delivered slot, the model's reach on its delivered days with the delivered
    impressions: with the plan's values, or with the fitted ones when ``cal`` is given."""
    users_of = _platform_users(plan)
    fitted = dict(zip(cal.slots, cal.eligible_share)) if cal is not None else {}
    kappa = cal.kappa.value if cal is not None else plan.audience.kappa.value
    out = {}
    for sa in actuals.slots:
        s = plan.slot(sa.slot)
        q = fitted[s.id].value if s.id in fitted else s.eligible_share.value
        out[s.id] = slot_alone(np.array(users_of.get(s.platform, 0.0)), np.array(q), kappa, sa.cumulative)
    return out


def planned_series(plan: Plan, scenario: str | None, slot_ids) -> dict[str, np.ndarray]:
    """For each of ``slot_ids``, the scenario's planned reach of the slot alone on every day
    of the plan (T,): its cumulative units after caps times its impressions per unit, with the
    plan's values (what the delivered reach is set beside)."""
    from .reach import schedule

    sched = schedule(plan, plan.scenario(scenario))
    users_of = _platform_users(plan)
    row = {sid: k for k, sid in enumerate(sched.slot_ids)}
    out = {}
    for sid in slot_ids:
        s = plan.slot(sid)
        units = sched.cumulative[row[sid]] if sid in row else np.zeros(plan.days)
        n = users_of.get(s.platform, 0.0)
        if n <= 0:
            out[sid] = np.zeros(plan.days)
            continue
        out[sid] = slot_alone(
            np.array(n),
            np.array(s.eligible_share.value),
            plan.audience.kappa.value,
            units * s.impressions_per_unit.value,
        )
    return out
