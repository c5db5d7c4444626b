from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from offerloop.errors import InvalidInput
from offerloop.offers import inputs

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("text,value", [("200000", 200_000), ("200,000", 200_000), ("200k", 200_000),
                                        ("1.2m", 1_200_000), ("$50,000", 50_000), (75_000, 75_000)])
def test_money_in_the_forms_people_type(text, value):
    assert inputs.parse_money(text) == value


@pytest.mark.parametrize("text,words", [("abc", "must be a number"), ("-5", "must be a number"),
                                        ("100.50", "whole amount"), ("0", "more than zero")])
def test_bad_money_is_one_clear_sentence(text, words):
    with pytest.raises(InvalidInput, match=words):
        inputs.parse_money(text, "base salary", allow_zero=False)


def test_vesting_must_add_up_to_100():
    assert inputs.parse_vesting("5,15,40,40") == [Decimal(5), Decimal(15), Decimal(40), Decimal(40)]
    assert inputs.parse_vesting([25, 25, 25, 25]) == [Decimal(25)] * 4
    with pytest.raises(InvalidInput, match="add up to 90, not 100"):
        inputs.parse_vesting("25,25,25,15")
    with pytest.raises(InvalidInput, match="year 2"):
        inputs.parse_vesting("50,x,50")


def test_levels_and_company_types_accept_everyday_words():
    assert inputs.parse_level("Mid-level") == "mid"
    assert inputs.parse_company_type("FAANG") == "big-tech"
    assert inputs.parse_company_type("mid size") == "mid-size"
    with pytest.raises(InvalidInput, match="big-tech"):
        inputs.parse_company_type("agency")


def test_deadline_as_a_span_a_date_or_a_moment():
    assert inputs.parse_deadline("48h", NOW, timezone.utc) == NOW + timedelta(hours=48)
    assert inputs.parse_deadline("3d", NOW, timezone.utc) == NOW + timedelta(days=3)
    assert inputs.parse_deadline("2026-12-01", NOW, timezone.utc) == datetime(2026, 12, 1, 23, 59, tzinfo=timezone.utc)
    cet = timezone(timedelta(hours=1))
    assert inputs.parse_deadline("2026-12-01 17:00", NOW, cet) == datetime(2026, 12, 1, 16, 0, tzinfo=timezone.utc)
    assert inputs.parse_deadline("none", NOW, timezone.utc) is None
    with pytest.raises(InvalidInput, match="48h or 3d"):
        inputs.parse_deadline("next friday", NOW, timezone.utc)


def test_currency_is_a_three_letter_code():
    assert inputs.parse_currency("eur") == "EUR"
    with pytest.raises(InvalidInput, match="three-letter"):
        inputs.parse_currency("euro")
