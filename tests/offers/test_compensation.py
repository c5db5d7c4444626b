from decimal import Decimal

import pytest

from offerloop.offers.compensation import Terms, money, summarize, vest_by_year


def D(*xs):
    return tuple(Decimal(x) for x in xs)


EXAMPLE = dict(base=200_000, bonus_pct=Decimal(15), sign_on=50_000, equity_kind="rsu", equity_grant=400_000)


def test_the_issue_example_year_one_and_annualised():
    s = summarize(Terms(**EXAMPLE, vesting=D(25, 25, 25, 25)))
    assert s.year_totals == [380_000, 330_000, 330_000, 330_000]
    assert s.annualized == 342_500
    assert s.target_bonus == 30_000


def test_back_loaded_vesting_changes_year_one_but_not_the_annualised_figure():
    s = summarize(Terms(**EXAMPLE, vesting=D(5, 15, 40, 40)))
    assert s.year_totals == [300_000, 290_000, 390_000, 390_000]
    assert s.annualized == 342_500
    assert sum(s.year_totals) == 4 * 230_000 + 400_000 + 50_000


def test_sign_on_only_in_year_one_with_its_claw_back_shown():
    s = summarize(Terms(base=100_000, sign_on=20_000, sign_on_clawback_months=12))
    assert [y.sign_on for y in s.years] == [20_000, 0, 0, 0]
    assert any("within 12 months" in a for a in s.assumptions)
    assert s.annualized == 105_000


def test_bonus_as_an_amount_is_used_as_is():
    s = summarize(Terms(base=150_000, bonus_amount=12_345))
    assert s.year_totals == [162_345] * 4


def test_uneven_vesting_never_loses_a_unit_to_rounding():
    amounts = vest_by_year(Decimal(100_001), D("33.33", "33.33", "33.34"))
    assert sum(amounts) == 100_001
    assert amounts[3] == 0


def test_a_cliff_longer_than_a_year_moves_the_first_vest_into_year_two():
    s = summarize(Terms(base=100_000, equity_kind="rsu", equity_grant=400_000, vesting=D(25, 25, 25, 25),
                        cliff_months=18))
    assert [y.equity for y in s.years] == [0, 200_000, 100_000, 100_000]
    assert any("18-month cliff" in a for a in s.assumptions)


def test_a_twelve_month_cliff_changes_nothing_yearly():
    plain = summarize(Terms(base=1, equity_kind="rsu", equity_grant=400_000, vesting=D(25, 25, 25, 25)))
    cliff = summarize(Terms(base=1, equity_kind="rsu", equity_grant=400_000, vesting=D(25, 25, 25, 25), cliff_months=12))
    assert plain.year_totals == cliff.year_totals


def test_refresh_grants_stack_from_year_two_and_stay_out_of_the_annualised_figure():
    s = summarize(Terms(base=0, equity_kind="rsu", equity_grant=0, vesting=D(25, 25, 25, 25), refresh_grant=100_000))
    assert [y.refresh for y in s.years] == [0, 25_000, 50_000, 75_000]
    assert s.annualized == 0
    assert any("Refresh grants" in a for a in s.assumptions)


def test_options_are_valued_at_price_minus_strike_times_shares_with_the_assumption_shown():
    s = summarize(Terms(base=150_000, equity_kind="options", option_shares=40_000, option_strike=Decimal("1.25"),
                        option_price=Decimal("6.25"), option_price_basis="preferred", vesting=D(25, 25, 25, 25)))
    assert s.equity_value == 200_000
    assert [y.equity for y in s.years] == [50_000] * 4
    assert s.annualized == 200_000
    note = next(a for a in s.assumptions if a.startswith("Options valued"))
    assert "latest preferred price 6.25" in note and "strike 1.25" in note and "40,000 shares" in note


def test_under_water_options_count_as_zero():
    s = summarize(Terms(base=100_000, equity_kind="options", option_shares=10_000, option_strike=Decimal(5),
                        option_price=Decimal(4), option_price_basis="409a"))
    assert s.equity_value == 0
    assert any("under water" in a for a in s.assumptions)
    assert any("409A valuation" in a for a in s.assumptions)


def test_equity_without_a_schedule_assumes_four_equal_years():
    s = summarize(Terms(base=0, equity_kind="rsu", equity_grant=100_000))
    assert s.year_totals == [25_000] * 4
    assert any("25/25/25/25" in a for a in s.assumptions)


def test_startup_cash_figure_leaves_equity_out():
    s = summarize(Terms(**EXAMPLE, vesting=D(25, 25, 25, 25)))
    assert s.cash_annualized == 242_500


def test_annualised_rounds_half_up_once():
    s = summarize(Terms(base=100_000, sign_on=2))  # 0.5 of a unit from sign-on / 4
    assert s.annualized == 100_001


@pytest.mark.parametrize("amount,currency,shown", [(380_000, "USD", "$380,000"), (342_500, "EUR", "€342,500"),
                                                   (1_000, "SEK", "1,000 SEK")])
def test_money_is_shown_with_thousands_separators(amount, currency, shown):
    assert money(amount, currency) == shown
