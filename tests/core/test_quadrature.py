"""Issue 14, item 2: the expectation over activity against an adaptive integration.

Activity ``a ~ Gamma(kappa, mean 1)``. For two campaigns (a light one, exposures per eligible
person of 0.02 to 0.5, and a heavy one, 10 to 400) over two platforms and three segments (one
of them on both), every series the engine averages over ``a`` is computed again here from the
plan's own numbers with the per-slot formula of REACH_MODEL.md, integrated over the Gamma
density by scipy's adaptive ``quad_vec`` (in ``y = log a``, the mass below ``a = e^-700``
added exactly), and compared:

- cumulative reach, every day, within 0.5 % relative;
- 3+ reach (``kplus_reach``, k = 3), every day with more than 1e-6 of the people, 0.5 %;
- the frequency table (``Projection.frequency`` and ``frequency_at`` on a middle day),
  every bucket 0..9 and 10+ holding more than 1e-6 of the people (the threshold), 0.5 %;
- the table's mean exposure, ``sum n * people`` over 0..9 plus the people in 10+ times
  their exact mean count (from the integration), against the model's own mean exposure
  ``impressions / population``, within 0.1 %.

The former nodes (Gauss-Legendre in probability) missed these by up to 10 % (reach at kappa
0.05), 100 % (light campaigns' buckets 5-9) and 0.3 % (mean exposure)."""

import dataclasses
import datetime as dt
import math

import numpy as np
import pytest
from scipy import integrate, special

from campaign_planner.core.plan import Placement, Slot, num
from campaign_planner.core.reach import activity_nodes, frequency_at, kplus_reach, project

from plans import D, simple_plan

KAPPAS = (0.05, 0.1, 0.3, 1.0, 3.0, 10.0, 50.0)
RELATIVE = 5e-3  # every series
MEAN_RELATIVE = 1e-3  # the frequency table's mean exposure
SHARE = 1e-6  # buckets and 3+ days holding more than this share of the people are compared
DAYS = 30
SIZES = ((3e8, ("x",)), (2e8, ("y",)), (5e8, ("x", "y")))
# slot, platform, eligible share, cap (units per day), placements (first day, last day, units)
SLOTS = (
    ("s1", "x", 0.4, None, ((0, 19, 1.0),)),
    ("s2", "x", 0.8, 1.5, ((5, 29, 1.0), (12, 20, 2.0))),  # cap-bound on days 12-20
    ("s3", "y", 0.6, None, ((10, 29, 1.0),)),
)
# exposure per eligible person of mean activity each slot reaches by the last day
EXPOSURE = {"light": (0.3, 0.02, 0.5), "heavy": (400.0, 10.0, 150.0)}


def campaign(kappa: float, kind: str):
    users = {"x": 8e8, "y": 7e8}
    slots, placements = [], []
    for (sid, plat, q, cap, pls), target in zip(SLOTS, EXPOSURE[kind]):
        units = _units(cap, pls)[-1]
        ipu = target * users[plat] * q / units  # U = C ipu / (N_p q)
        slots.append(Slot(sid, sid.upper(), plat, "day", num(ipu), num(q), num(0.1), max_units_per_day=cap))
        placements += [Placement(f"{sid}_{i}", sid, D(2020, 1, 1) + dt.timedelta(days=s),
                                 D(2020, 1, 1) + dt.timedelta(days=e), u) for i, (s, e, u) in enumerate(pls)]
    return simple_plan(kappa=kappa, sizes=SIZES, slots=slots, platforms=("x", "y"), placements=placements, days=DAYS)


def _units(cap, pls) -> np.ndarray:
    """Cumulative units after the cap, per day, worked out here."""
    daily = np.zeros(DAYS)
    for s, e, u in pls:
        daily[s : e + 1] += u
    return np.cumsum(np.minimum(daily, np.inf if cap is None else cap))


def _truncated_product(polys, degree):
    """Product of polynomials (each (degree + 1, ...)) truncated at ``degree``."""
    out = polys[0]
    for p in polys[1:]:
        new = np.zeros_like(out)
        for i in range(degree + 1):
            new[i:] += out[i] * p[: degree + 1 - i]
        out = new
    return out


def reference(plan, mid: int):
    """What the engine should give, by adaptive integration over the Gamma density."""
    kappa = plan.audience.kappa.value
    users = {p.id: sum(s.size.value for s in plan.audience.segments if p.id in s.platforms) for p in plan.platforms}
    U, q, plat = [], [], []
    for (_, _, _, cap, pls), slot in zip(SLOTS, plan.slots):
        U.append(_units(cap, pls) * slot.impressions_per_unit.value / (users[slot.platform] * slot.eligible_share.value))
        q.append(slot.eligible_share.value)
        plat.append(slot.platform)
    U, q = np.array(U), np.array(q)[:, None]  # (J, T), (J, 1)
    segs = [(s.size.value, [j for j in range(len(plat)) if plat[j] in s.platforms]) for s in plan.audience.segments]

    def counts(a, days, degree):
        """Per segment, P(0..degree exposures) by day (degree + 1, len(days)), and the mean
        count above ``degree``."""
        lam = a * U[:, days]
        n = np.arange(degree + 1)[:, None, None]
        with np.errstate(divide="ignore", invalid="ignore"):
            pmf = np.where(lam > 0, np.exp(n * np.log(lam) - lam - special.gammaln(n + 1)), (n == 0) * 1.0)
        slot_poly = q * pmf  # (degree + 1, J, days)
        slot_poly[0] += 1 - q
        return [(size, _truncated_product([slot_poly[:, j] for j in js], degree), (q[js] * lam[js]).sum(0))
                for size, js in segs]

    population = sum(size for size, _ in segs)
    per_exposure = 1.0 + U[:, -1].sum()  # the 10+ bucket's exposures are integrated in this unit

    def outputs(a):  # shares of the population
        reach = sum(size * (1 - np.prod(1 - q[js] + q[js] * np.exp(-a * U[js]), axis=0)) for size, js in segs)
        k3 = sum(size * (1 - poly.sum(0)) for size, poly, _ in counts(a, slice(None), 2))
        table = []
        for day in (-1, mid):
            buckets = np.zeros(12)
            for size, poly, mean in counts(a, [day], 9):
                buckets[:10] += size * poly[:, 0]
                buckets[10] += size * (1 - poly[:, 0].sum())
                buckets[11] += size * (mean[0] - np.arange(10) @ poly[:, 0]) / per_exposure  # exposures of the 10+
            table.append(buckets)
        return np.concatenate([reach, k3, *table]) / population

    def integrand(y):
        return outputs(math.exp(y)) * math.exp(kappa * math.log(kappa) + kappa * y - kappa * math.exp(y) - math.lgamma(kappa))

    y_min, y_max = -700.0, math.log((kappa + 80 + 15 * math.sqrt(kappa + 80)) / kappa)
    value, err = integrate.quad_vec(integrand, y_min, y_max, epsabs=1e-15, epsrel=1e-12, norm="max", limit=20_000,
                                    points=np.linspace(-40, y_max, 30)[:-1])
    assert err < 1e-3 * SHARE
    value += special.gammainc(kappa, kappa * math.exp(y_min)) * outputs(0.0)  # everyone below e^-700: no exposure
    value *= population
    value[-1] *= per_exposure
    value[-13] *= per_exposure
    T = DAYS
    return value[:T], value[T : 2 * T], value[2 * T : 2 * T + 12], value[2 * T + 12 :], U


def relative_error(got, want, population, share=SHARE):
    keep = want > share * population
    assert keep.any()
    return float(np.max(np.abs(got[keep] - want[keep]) / want[keep]))


def mean_exposure(buckets, exposures_10_plus, population):
    return (np.arange(10) @ buckets[:10] + exposures_10_plus) / population


CASES = [(k, kind) for k in KAPPAS for kind in ("light", "heavy")]


@pytest.fixture(scope="module")
def references():
    return {}


@pytest.mark.parametrize("kappa,kind", CASES)
def test_every_series_is_within_half_a_percent_of_adaptive_integration(kappa, kind, references):
    plan = campaign(kappa, kind)
    mid = DAYS // 2
    reach, k3, last, middle, U = reference(plan, mid)
    pr = project(dataclasses.replace(plan, target_frequency=3))
    population = pr.population
    errors = {
        "reach": relative_error(pr.reach, reach, population, share=0.0),
        "3+": relative_error(kplus_reach(plan, k=3), k3, population),
        "3+ (projection)": relative_error(pr.reach_kplus, k3, population),
        "buckets": relative_error(pr.frequency, last[:11], population),
        "buckets (middle day)": relative_error(frequency_at(plan, day=mid), middle[:11], population),
    }
    assert max(errors.values()) < RELATIVE, errors
    # mean exposure: the table's buckets, the 10+ bucket's people counted with their exact mean
    impressions = pr.slot_impressions.sum()
    assert impressions == pytest.approx(sum(U[:, -1] * [8e8 * 0.4, 8e8 * 0.8, 7e8 * 0.6]), rel=1e-12)
    table_mean = mean_exposure(pr.frequency, last[11], population)
    assert table_mean == pytest.approx(impressions / population, rel=MEAN_RELATIVE)
    # (and the integration's own table, as a check of this test: the model's mean, exactly)
    assert mean_exposure(last, last[11], population) == pytest.approx(impressions / population, rel=1e-8)


@pytest.mark.parametrize("kappa", [0.01, 0.05, 0.3, 1.0, 7.0, 50.0, 1000.0, 1e5])
def test_nodes_weigh_one_and_average_one(kappa):
    """The weights add up to 1 and the nodes' mean is 1 (to rounding), so the mean exposure,
    and so the impressions a frequency table implies, are exact."""
    a, w = activity_nodes(kappa)
    assert (w >= 0).all() and (a > 0).all()
    assert w.sum() == pytest.approx(1.0, abs=4e-16)
    assert w @ a == pytest.approx(1.0, abs=4e-16)


def test_nodes_of_an_array_of_kappas_are_each_kappas_own():
    kappas = np.array([[0.3, 2.0], [0.3, 50.0]])
    a, w = activity_nodes(kappas)
    assert a.shape == w.shape == (2, 2, 32)
    for idx in np.ndindex(2, 2):
        one_a, one_w = activity_nodes(kappas[idx])
        assert np.array_equal(a[idx], one_a) and np.array_equal(w[idx], one_w)


@pytest.mark.parametrize("kappa", [0.05, 0.3, 1.0, 5.0, 50.0])
def test_closed_forms_at_every_exposure(kappa):
    """One slot with q = 1: reach 1 - (1 + U/kappa)^-kappa and the negative binomial counts,
    to the same relative accuracy whatever the exposure, from 1e-3 to 3,000 per person."""
    a, w = activity_nodes(kappa)
    U = np.geomspace(1e-3, 3e3, 300)
    lam = np.multiply.outer(U, a)
    reach = -np.expm1(-lam) @ w
    exact = -np.expm1(-kappa * np.log1p(U / kappa))
    assert np.max(np.abs(reach / exact - 1)) < 1e-6
    n = np.arange(10)[:, None]
    p = kappa / (kappa + U)
    nb = np.exp(special.gammaln(kappa + n) - special.gammaln(kappa) - special.gammaln(n + 1)
                + kappa * np.log(p) + n * np.log1p(-p))
    pmf = np.exp(n[..., None] * np.log(lam) - lam - special.gammaln(n + 1)[..., None]) @ w
    keep = nb > SHARE
    assert np.max(np.abs(pmf[keep] / nb[keep] - 1)) < 2e-3
