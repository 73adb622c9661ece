"""Calibration to delivered numbers (issue 14): the fit recovers known parameters from noisy
delivered numbers, and a bad CSV is refused with one message naming its line."""

import datetime as dt

import numpy as np
import pytest

from campaign_planner.core import calibrate as C
from campaign_planner.core import edits
from campaign_planner.core.catalog import builtin_template
from campaign_planner.core.plan import PlanError, validate
from campaign_planner.core.reach import project

HEADER = "date,slot,impressions,reach"


@pytest.fixture(scope="module")
def plan():
    return builtin_template("weibo-alipay-2019")


def delivered(plan, truth, kappa, days=90, noise=0.05, seed=0, start_day=0):
    """A dashboard's numbers for slots of ``truth`` ({slot: eligible share}) delivering a
    random share of their platform each day: the model's reach, each day's new people off
    by a random factor (``noise``: its log's standard deviation), summed up day by day as a
    dashboard counts them (so never going down)."""
    rng = np.random.default_rng(seed)
    users = C._platform_users(plan)
    lines = [HEADER]
    for sid, q in truth.items():
        n = users[plan.slot(sid).platform]
        daily = n * q * rng.uniform(0.05, 0.15, size=days)
        cum = np.cumsum(daily)
        model = C.slot_alone(np.array(n), np.array(q), kappa, cum)
        new = np.diff(model, prepend=0.0) * np.exp(rng.normal(0, noise, size=days))
        reach = np.minimum(np.cumsum(new), cum)
        for d in range(days):
            day = plan.start + dt.timedelta(days=start_day + d)
            lines.append(f"{day.isoformat()},{sid},{daily[d]:.0f},{reach[d]:.0f}")
    return "\n".join(lines) + "\n"


TRUTH = {"weibo_feed": 0.03, "alipay_search_hot": 0.3, "alipay_home_banner": 0.5}


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("kappa", [0.8, 2.0])
def test_known_parameters_are_recovered(plan, seed, kappa):
    actuals = C.read_actuals(delivered(plan, TRUTH, kappa, seed=seed), plan)
    cal = C.fit(plan, actuals)
    assert cal.slots == tuple(s.id for s in plan.slots if s.id in TRUTH)
    for sid, f in zip(cal.slots, cal.eligible_share):
        assert f.value == pytest.approx(TRUTH[sid], rel=0.10), sid
        assert f.low <= f.value <= f.high
    assert cal.kappa.value == pytest.approx(kappa, rel=0.20)
    assert cal.kappa.low <= cal.kappa.value <= cal.kappa.high
    assert cal.error_after < 0.05 < cal.error_before
    assert cal.rows == 3 * 90


def test_the_fitted_plan_is_valid_and_says_where_its_values_come_from(plan):
    actuals = C.read_actuals(delivered(plan, TRUTH, 0.8), plan)
    cal = C.fit(plan, actuals)
    after, changes = edits.apply_calibration(plan, cal)
    validate(after)
    assert changes.assumptions and changes.projection
    for sid, f in zip(cal.slots, cal.eligible_share):
        a = after.slot(sid).eligible_share
        assert (a.value, a.low, a.high) == (f.value, f.low, f.high) and "delivered" in a.source
    assert after.audience.kappa.value == cal.kappa.value
    untouched = [s.id for s in plan.slots if s.id not in TRUTH]
    assert all(after.slot(s) == plan.slot(s) for s in untouched)
    # the plan's own projection with the fitted values follows the delivered reach of a slot
    # booked alone: what the model says with those values
    fitted = C.delivered_series(after, actuals)
    again = C.delivered_series(plan, actuals, cal)
    for sid in cal.slots:
        np.testing.assert_allclose(fitted[sid], again[sid], rtol=1e-12)
    assert project(after).reach[-1] > 0


def test_the_fit_is_the_same_for_the_same_numbers(plan):
    text = delivered(plan, TRUTH, 0.8, seed=3)
    assert C.fit(plan, C.read_actuals(text, plan)) == C.fit(plan, C.read_actuals(text, plan))


def test_columns_in_any_order_with_extra_columns_and_a_bom(plan):
    text = "\ufeffreach,Slot,note,impressions,date\n5,weibo_feed,x,10,2019-07-01\n8,weibo_feed,,10,2019-07-02\n"
    a = C.read_actuals(text, plan)
    (s,) = a.slots
    assert s.slot == "weibo_feed" and list(s.days) == [0, 1] and list(s.reach) == [5, 8]
    assert list(s.cumulative) == [10, 20]






@pytest.mark.parametrize(
    "text, says",
    [
        ("", "no rows"),
        ("date,slot,impressions\n2019-07-01,weibo_feed,1\n", "line 1: the header has no column reach"),
        (HEADER + "\n", "no rows"),
        (HEADER + "\n2019-07-01,weibo_nope,10,5\n", "line 2: the plan has no slot 'weibo_nope'"),
        (HEADER + "\n2019-06-30,weibo_feed,10,5\n", "line 2: 2019-06-30 is outside the plan (2019-07-01 to 2020-06-30)"),
        (HEADER + "\n2020-07-01,weibo_feed,10,5\n", "line 2: 2020-07-01 is outside the plan"),
        (HEADER + "\nyesterday,weibo_feed,10,5\n", "line 2: 'yesterday' is not a date"),
        (HEADER + "\n2019-07-01,weibo_feed,-10,5\n", "line 2: impressions '-10' must be a number that is not negative"),
        (HEADER + "\n2019-07-01,weibo_feed,10,-5\n", "line 2: reach '-5' must be a number that is not negative"),
        (HEADER + "\n2019-07-01,weibo_feed,lots,5\n", "line 2: impressions 'lots' is not a number"),
        (HEADER + "\n2019-07-01,weibo_feed,10,nan\n", "line 2: reach 'nan' is not a number"),
        (HEADER + "\n2019-07-01,weibo_feed,1e400,5\n", "line 2: impressions '1e400' is not a number"),
        (HEADER + "\n2019-07-01,weibo_feed,1e12,1e12\n",
         "line 2: 信息流 Feed has reached more people than the 486,000,000 users of its platform"),
        ("date;slot;impressions;reach\n2019-07-01;weibo_feed;10;5\n", "separated by semicolons or tabs"),
        ("date\tslot\timpressions\treach\n2019-07-01\tweibo_feed\t10\t5\n", "separated by semicolons or tabs"),
        (HEADER + '\n2019-07-01,weibo_feed,10,5\n2019-07-02,"weibo_feed,10,5\n', "line 3: "),
        (HEADER + "\n2019-07-01,weibo_feed,100,50\n2019-07-02,weibo_feed,100,40\n",
         "line 3: the cumulative reach of 信息流 Feed goes down on 2019-07-02"),
        (HEADER + "\n2019-07-02,weibo_feed,100,40\n2019-07-01,weibo_feed,100,50\n",
         "line 2: the cumulative reach of 信息流 Feed goes down on 2019-07-02"),
        (HEADER + "\n2019-07-01,weibo_feed,100,50\n2019-07-01,weibo_feed,100,60\n",
         "line 3: 信息流 Feed on 2019-07-01 was already given on line 2"),
        (HEADER + "\n2019-07-01,weibo_feed,10,50\n", "line 2: 信息流 Feed has reached more people than its impressions"),
        (HEADER + "\n2019-07-01,weibo_feed\n", "line 2: 2 values where the header has 4"),
        (HEADER + '\n2019-07-01,"weibo_feed,10,5\n', "line 2: 2 values where the header has 4"),
        ("\x00\x01binary", "not a CSV text file"),
    ],
)
def test_a_bad_csv_names_its_line(plan, text, says):
    with pytest.raises(PlanError) as e:
        C.read_actuals(text, plan)
    assert says in e.value.message


def test_nothing_reached_cannot_be_fitted(plan):
    a = C.read_actuals(HEADER + "\n2019-07-01,weibo_feed,0,0\n", plan)
    with pytest.raises(PlanError) as e:
        C.fit(plan, a)
    assert "reach nobody" in e.value.message


def test_a_slot_needs_three_days_with_people_reached(plan):
    a = C.read_actuals(HEADER + "\n2019-07-01,weibo_feed,100,50\n2019-07-02,weibo_feed,100,90\n", plan)
    with pytest.raises(PlanError) as e:
        C.fit(plan, a)
    assert e.value.message == "信息流 Feed has 2 delivered days with people reached; the fit needs at least 3"


def test_a_spreadsheets_dates_and_line_ends_are_read(plan):
    text = "date,slot,impressions,reach\r\n2019/7/1,weibo_feed,100,50\r\n\r\n2019年7月2日,weibo_feed,100,90\r\n"
    (s,) = C.read_actuals(text, plan).slots
    assert list(s.days) == [0, 1] and list(s.reach) == [50, 90]


def test_a_spreadsheet_saved_on_a_chinese_system_is_read(plan, tmp_path):
    from campaign_planner.store.actuals import load_actuals

    path = tmp_path / "gbk.csv"
    path.write_bytes("日期备注,date,slot,impressions,reach\n首日,2019-07-01,weibo_feed,100,50\n".encode("gb18030"))
    (s,) = load_actuals(path, plan).slots
    assert s.slot == "weibo_feed" and list(s.reach) == [50]


def test_the_ranges_hold_the_truth_about_as_often_as_they_say(plan):
    """Over many delivered data sets from known values, the "80 %" ranges hold the true
    eligible share and kappa in roughly 80 % of cases (not far less: honest bands)."""
    hit = total = hit_k = 0
    for seed in range(40):
        cal = C.fit(plan, C.read_actuals(delivered(plan, TRUTH, 0.8, days=30, seed=100 + seed), plan))
        for sid, f in zip(cal.slots, cal.eligible_share):
            total += 1
            hit += f.low <= TRUTH[sid] <= f.high
        hit_k += cal.kappa.low <= 0.8 <= cal.kappa.high
    assert 0.65 <= hit / total <= 0.97, hit / total
    assert 0.6 <= hit_k / 40 <= 1.0, hit_k / 40


def test_a_value_the_numbers_do_not_pin_down_is_not_applied(plan):
    """Three days of a slot that reached few of its audience say little about its share or
    kappa: those values are marked undetermined and the plan keeps its own."""
    text = delivered(plan, {"weibo_feed": 0.03}, 0.8, days=3)
    cal = C.fit(plan, C.read_actuals(text, plan))
    after = C.calibrated(plan, cal)
    (f,) = cal.eligible_share
    for fitted, kept_plan, new in ((f, plan.slot("weibo_feed").eligible_share, after.slot("weibo_feed").eligible_share),
                                   (cal.kappa, plan.audience.kappa, after.audience.kappa)):
        if fitted.determined:
            assert new.value == fitted.value
        else:
            assert new == kept_plan


def test_planned_series_is_the_slot_alone_of_the_scenario(plan):
    sid = plan.scenarios[0].placements[0].slot
    series = C.planned_series(plan, None, [sid])[sid]
    pr = project(plan)
    j = pr.slot_ids.index(sid)
    assert series[-1] == pytest.approx(pr.slot_reach[j], rel=5e-3)  # closed form vs the engine's quadrature
    assert np.all(np.diff(series) >= -1e-6)
