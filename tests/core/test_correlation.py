"""The correlation within a platform (issue 14 item 3, REACH_MODEL.md "Correlated draws"): the
bands' draws of the slots' eligible shares (and impressions per unit) of one platform go
together through a Gaussian copula with correlation rho, itself an assumption of the plan with
a range; across platforms, and for every other assumption, they stay independent. Each draw's
marginal is still its triangular distribution, so only the bands' width changes."""

import dataclasses
import datetime as dt
import json

import numpy as np
import pytest
from scipy import stats

from campaign_planner.core import edits, reach
from campaign_planner.core.jsonio import plan_from_json, plan_from_json_text, plan_to_json, plan_to_json_text
from campaign_planner.core.plan import (
    DEFAULT_CORRELATION,
    Assumption,
    Audience,
    MiniProgram,
    Placement,
    Plan,
    PlanError,
    Platform,
    Scenario,
    Segment,
    Slot,
    assumptions,
    num,
    validate,
    with_assumption,
)

D = dt.date
DRAWS = 2000


def platform_plan(correlation: Assumption = DEFAULT_CORRELATION, weibo_slots: int = 2) -> Plan:
    """Weibo slots w0, w1... and one Alipay slot a0, each with wide ranges, all booked."""
    start = D(2020, 1, 1)
    slots = [
        Slot(f"w{i}", f"Weibo {i}", "weibo", "day", num(2e5, 5e4, 4e5), num(0.3, 0.1, 0.6), num(0.02, 0.01, 0.03))
        for i in range(weibo_slots)
    ]
    slots.append(Slot("a0", "Alipay 0", "alipay", "day", num(1e6, 3e5, 2e6), num(0.1, 0.03, 0.2), num(0.02)))
    placements = tuple(
        Placement(f"p{i}", s.id, start + dt.timedelta(days=3 * i), start + dt.timedelta(days=3 * i + 20), 2.0)
        for i, s in enumerate(slots)
    )
    return Plan(
        name="Correlation",
        start=start,
        end=start + dt.timedelta(days=59),
        mini_program=MiniProgram("Test", "public_welfare", (), num(0.4, 0.3, 0.5)),
        audience=Audience(
            num(0.8, 0.5, 1.2),
            (
                Segment("weibo_only", num(2e8, 1.5e8, 2.5e8), ("weibo",)),
                Segment("alipay_only", num(2.5e8), ("alipay",)),
                Segment("both", num(2.5e8, 2e8, 2.8e8), ("alipay", "weibo")),
            ),
            correlation,
        ),
        platforms=(Platform("weibo", "Weibo"), Platform("alipay", "Alipay")),
        slots=tuple(slots),
        scenarios=(Scenario("A", placements), Scenario("B", placements[:1])),
    )


def triangular(a: Assumption):
    """scipy's triangular distribution of an assumption with a range."""
    return stats.triang((a.value - a.lo) / (a.hi - a.lo), loc=a.lo, scale=a.hi - a.lo)


def scores(plan: Plan, draws: dict, key: str, field: str) -> np.ndarray:
    """The normal scores (draws, slots) of the drawn ``key`` ("q" or "ipu") of every slot."""
    cols = [triangular(getattr(s, field)).cdf(draws[key][:, j]) for j, s in enumerate(plan.slots)]
    return stats.norm.ppf(np.clip(np.stack(cols, axis=-1), 1e-12, 1 - 1e-12))


def corr(x: np.ndarray, y: np.ndarray) -> float:
    return float(np.corrcoef(x, y)[0, 1])


# --------------------------------------------------------------------------- the plan's assumption


def test_a_plan_without_one_has_the_default_an_assumption_with_a_range():
    plan = platform_plan()
    assert DEFAULT_CORRELATION == Assumption(0.7, 0.4, 0.9) and DEFAULT_CORRELATION.is_assumption
    assert Audience(num(0.8), ()).correlation == DEFAULT_CORRELATION
    listed = [(o, f) for o, f, _ in assumptions(plan)]
    assert listed[:3] == [("audience", "kappa"), ("audience", "correlation"), ("mini_program", "retention_7d")]
    assert ("audience", "correlation", "correlation", DEFAULT_CORRELATION) in edits.assumptions_of(plan)


@pytest.mark.parametrize(
    "value,words",
    [
        (Assumption(1.2), "the correlation within a platform: value must be at most 0.99 (got 1.2)"),
        (Assumption(-0.1), "the correlation within a platform: value must be at least 0 (got -0.1)"),
        (Assumption(0.5, -0.1, 0.9), "the correlation within a platform: low must be at least 0 (got -0.1)"),
        (Assumption(0.5, 0.1, 1.2), "the correlation within a platform: high must be at most 0.99 (got 1.2)"),
        (Assumption(0.5, 0.6, 0.9), "the correlation within a platform: low (0.6) is above the value (0.5)"),
        (Assumption(float("nan")), "the correlation within a platform: value must be a finite number"),
    ],
)
def test_a_correlation_outside_0_to_0_99_is_refused_with_a_clear_message_and_changes_nothing(value, words):
    plan = platform_plan()
    before = plan_to_json_text(plan)
    with pytest.raises(PlanError) as e:
        edits.set_assumption(plan, "audience", "correlation", value)
    assert len(e.value.problems) == 1 and str(e.value.problems[0]).startswith(words)
    assert e.value.problems[0].key in (
        "plan.number.at_most",
        "plan.number.at_least",
        "plan.number.low_above",
        "plan.number.finite",
    )
    assert plan.audience.correlation == DEFAULT_CORRELATION and plan_to_json_text(plan) == before


def test_the_ends_of_the_range_are_allowed():
    for value in (Assumption(0.0), Assumption(0.99), Assumption(0.0, 0.0, 0.99), Assumption(0.99, 0.5, 0.99)):
        validate(with_assumption(platform_plan(), "audience", "correlation", value))


def test_the_edit_is_one_step_that_putting_the_old_plan_back_undoes():
    """Undo is putting the old plan back (the document keeps both); the edit says only the
    assumptions changed, as kappa's does, and leaves kappa as it was."""
    plan = platform_plan()
    new, ch = edits.set_assumption(plan, "audience", "correlation", Assumption(0.5, 0.2, 0.8))
    _, kappa_ch = edits.set_assumption(plan, "audience", "kappa", Assumption(1.0, 0.5, 1.2))
    assert ch == kappa_ch and ch.assumptions and not ch.placements and not ch.plan
    assert new.audience.correlation == Assumption(0.5, 0.2, 0.8) and new.audience.kappa == plan.audience.kappa
    assert plan.audience.correlation == DEFAULT_CORRELATION  # the old plan is untouched: undo puts it back
    back, _ = edits.set_assumption(new, "audience", "correlation", plan.audience.correlation)
    assert back == plan
    with pytest.raises(PlanError, match="nothing changed"):
        edits.set_assumption(plan, "audience", "correlation", DEFAULT_CORRELATION)
    with pytest.raises(PlanError, match="no assumption audience:x.correlation"):
        edits.set_assumption(plan, "audience:x", "correlation", Assumption(0.5))


def test_the_bands_seed_includes_the_correlation_and_the_projection_ignores_it():
    plan = platform_plan()
    other = with_assumption(plan, "audience", "correlation", Assumption(0.2, 0.1, 0.3))
    assert reach.plan_seed(plan) != reach.plan_seed(other)
    np.testing.assert_array_equal(reach.project(plan).reach, reach.project(other).reach)


# --------------------------------------------------------------------------- JSON


def test_json_reads_an_optional_correlation_like_kappa_and_writes_it_only_when_not_the_default():
    plan = platform_plan()
    data = plan_to_json(plan)
    assert "correlation" not in data["audience"] and list(data["audience"]) == ["kappa", "segments"]
    assert plan_from_json(data) == plan
    for given, expected in (
        (0.5, Assumption(0.5)),
        ({"value": 0.5, "low": 0.2, "high": 0.8}, Assumption(0.5, 0.2, 0.8)),
        ({"value": 0.7, "low": 0.4, "high": 0.9, "source": "a survey"}, Assumption(0.7, 0.4, 0.9, "a survey")),
        (0, Assumption(0.0)),
    ):
        d = json.loads(json.dumps(data))
        d["audience"]["correlation"] = given
        got = plan_from_json(d)
        assert got.audience.correlation == expected
        out = plan_to_json(got)
        assert list(out["audience"]) == ["kappa", "correlation", "segments"]
        assert out["audience"]["correlation"] == given
        assert plan_from_json_text(plan_to_json_text(got)) == got
    d = json.loads(json.dumps(data))
    d["audience"]["correlation"] = {"value": 0.7, "low": 0.4, "high": 0.9}  # the default, written out
    assert plan_from_json(d) == plan and "correlation" not in plan_to_json(plan_from_json(d))["audience"]


@pytest.mark.parametrize(
    "given,words",
    [
        (1.2, "the correlation within a platform: value must be at most 0.99 (got 1.2)"),
        ({"value": 0.5, "low": -0.1}, "the correlation within a platform: low must be at least 0 (got -0.1)"),
        ("high", "audience.correlation: expected a number, got text"),
        (None, "audience.correlation: expected a number, got null"),
        ({"value": 0.5, "spread": 1}, "audience.correlation.spread: unknown key"),
    ],
)
def test_json_refuses_a_bad_correlation_naming_it(given, words):
    d = plan_to_json(platform_plan())
    d["audience"]["correlation"] = given
    with pytest.raises(PlanError) as e:
        plan_from_json(d)
    assert words in str(e.value)


# --------------------------------------------------------------------------- the draws


@pytest.mark.parametrize("rho", [0.7, 0.3])
def test_within_a_platform_the_normal_scores_have_correlation_rho_and_across_platforms_none(rho):
    plan = platform_plan(Assumption(rho))
    d = reach.draw_params(plan, DRAWS, seed=5)
    for key, field in (("q", "eligible_share"), ("ipu", "impressions_per_unit")):
        z = scores(plan, d, key, field)
        w0, w1, a0 = z[:, 0], z[:, 1], z[:, 2]
        assert corr(w0, w1) == pytest.approx(rho, abs=0.1), key
        assert abs(corr(w0, a0)) < 0.1 and abs(corr(w1, a0)) < 0.1, key
    zq, zi = scores(plan, d, "q", "eligible_share"), scores(plan, d, "ipu", "impressions_per_unit")
    assert abs(corr(zq[:, 0], zi[:, 0])) < 0.1 and abs(corr(zq[:, 0], zi[:, 1])) < 0.1  # the two fields apart
    ctr = d["ctr"]
    assert abs(corr(ctr[:, 0], ctr[:, 1])) < 0.1  # click-through rates stay independent
    assert abs(corr(d["kappa"], zq[:, 0])) < 0.1 and abs(corr(d["sizes"][:, 0], d["sizes"][:, 2])) < 0.1


def test_the_correlation_is_drawn_from_its_range_draw_by_draw():
    """rho itself varies between draws (triangular 0.4, 0.7, 0.9): the scores' correlation is
    its mean, 2/3; with rho 0, the slots of one platform are independent."""
    plan = platform_plan()
    z = scores(plan, reach.draw_params(plan, DRAWS, seed=9), "q", "eligible_share")
    assert corr(z[:, 0], z[:, 1]) == pytest.approx((0.4 + 0.7 + 0.9) / 3, abs=0.1)
    free = platform_plan(Assumption(0.0))
    z = scores(free, reach.draw_params(free, DRAWS, seed=9), "q", "eligible_share")
    assert abs(corr(z[:, 0], z[:, 1])) < 0.1


@pytest.mark.parametrize("correlation", [Assumption(0.0), DEFAULT_CORRELATION, Assumption(0.99)])
def test_each_draw_is_still_its_triangular_distribution(correlation):
    """Kolmogorov-Smirnov: each slot's drawn eligible share and impressions per unit against its
    triangular CDF, and its quantiles against the inverse CDF, whatever the correlation."""
    plan = platform_plan(correlation, weibo_slots=3)
    d = reach.draw_params(plan, DRAWS, seed=11)
    limit = 1.95 / np.sqrt(DRAWS)  # KS critical value at 0.1 % (some 30 tests here)
    for key, field in (("q", "eligible_share"), ("ipu", "impressions_per_unit")):
        for j, s in enumerate(plan.slots):
            a = getattr(s, field)
            x = d[key][:, j]
            assert a.lo <= x.min() and x.max() <= a.hi
            assert stats.kstest(x, triangular(a).cdf).statistic < limit, (key, s.id)
            levels = np.linspace(0.05, 0.95, 19)
            spread = a.hi - a.lo
            np.testing.assert_allclose(np.quantile(x, levels), triangular(a).ppf(levels), atol=0.05 * spread)
    for j, s in enumerate(plan.slots):  # the click-through rates, drawn apart
        if s.ctr.hi > s.ctr.lo:
            assert stats.kstest(d["ctr"][:, j], triangular(s.ctr).cdf).statistic < limit


def test_the_draws_depend_only_on_the_plans_assumptions_and_two_scenarios_share_them():
    plan = platform_plan()
    d = reach.draw_params(plan, 50)
    fewer = dataclasses.replace(plan, scenarios=(Scenario("A"),))
    again = reach.draw_params(fewer, 50)
    assert reach.plan_seed(fewer) == reach.plan_seed(plan)
    for k in d:
        np.testing.assert_array_equal(d[k], again[k])
    # comparing a scenario with itself gives exactly 0: the same draws for both
    same = reach.compare(plan, "A", "A", draws=40)
    assert not same.difference_bands.p10.any() and not same.difference_bands.p90.any()


def test_a_plan_without_slots_or_with_one_platform_draws():
    plan = platform_plan()
    empty = dataclasses.replace(plan, slots=(), scenarios=(Scenario("A"),))
    d = reach.draw_params(empty, 10, seed=1)
    assert d["q"].shape == d["ipu"].shape == (10, 0)
    one = dataclasses.replace(plan, slots=plan.slots[:1], scenarios=(Scenario("A"),))
    assert reach.draw_params(one, 10, seed=1)["q"].shape == (10, 1)


# --------------------------------------------------------------------------- the bands


def end_ratio(plan: Plan) -> float:
    b = reach.bands(plan, draws=400, seed=2024)
    return float(b.p90[-1] / b.p10[-1])


def test_correlated_draws_widen_the_bands_of_a_plan_with_several_weibo_slots():
    """Five Weibo slots whose eligible shares were all wrong in the same direction widen the
    band: P90/P10 of the reach by the last day, rho 0 against the default 0.7 (0.4 to 0.9)."""
    independent = end_ratio(platform_plan(Assumption(0.0), weibo_slots=5))
    correlated = end_ratio(platform_plan(DEFAULT_CORRELATION, weibo_slots=5))
    fixed = end_ratio(platform_plan(Assumption(0.7), weibo_slots=5))
    print(f"P90/P10 by the last day: rho 0 {independent:.3f}, rho 0.7 (0.4-0.9) {correlated:.3f}, 0.7 {fixed:.3f}")
    assert correlated > independent * 1.03 and fixed > independent * 1.03
