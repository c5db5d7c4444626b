from datetime import datetime, timedelta, timezone

from offerloop.offers.market import Range, position
from offerloop.offers.negotiation import advise, best_competing, red_flags
from offerloop.offers.service import apply_fields, blank_offer, view

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
SENIOR_BIG = Range("senior", "big-tech", "USD", 300_000, 500_000)


def offer(id_: int, **fields) -> dict:
    row = blank_offer(None, NOW)
    row.id = id_
    apply_fields(row, fields, NOW)
    return view(row)


def example(**extra) -> dict:
    return offer(1, company="Acme", base=200_000, bonus_pct=15, equity=400_000, vesting="25,25,25,25",
                 sign_on=50_000, level="senior", company_type="big-tech", written_offer=True, **extra)


def market_of(o: dict, rng: Range = SENIOR_BIG) -> dict:
    return position(o["annualized"], o["cash_annualized"], rng)


def test_at_market_with_nothing_else_advises_not_pushing_hard():
    o = example()
    a = advise(o, market_of(o), [], rare_skills=False, now=NOW)
    assert a["stance"] == "hold"
    assert "not push hard" in a["headline"]
    assert a["best_competing"] is None
    assert "I also have an offer" not in a["script"]


def test_a_better_competing_offer_changes_the_advice_and_fills_the_script():
    o = example()
    rival = offer(2, company="Globex", base=250_000, bonus_pct=10, equity=300_000, vesting="25,25,25,25",
                  level="senior", company_type="big-tech")
    before = advise(o, market_of(o), [], rare_skills=False, now=NOW)
    after = advise(o, market_of(o), [o, rival], rare_skills=False, now=NOW)
    assert before["stance"] == "hold" and after["stance"] == "negotiate"
    assert after["best_competing"] == {"id": 2, "company": "Globex", "annualized": 350_000, "same_tier": True}
    assert "I also have an offer from Globex at $350,000 a year" in after["script"]
    assert after["target"] >= 350_000
    assert any("Globex" in r for r in after["reasons_for"])


def test_a_lower_competing_offer_is_leverage_but_not_the_number():
    o = example()
    lower = offer(2, company="Small", base=150_000)
    a = advise(o, market_of(o), [lower], rare_skills=False, now=NOW)
    assert a["stance"] == "ask"
    assert "Small" not in a["script"]


def test_declined_and_other_currency_offers_do_not_compete():
    o = example()
    declined = offer(2, company="Gone", base=900_000, status="declined")
    euros = offer(3, company="Euro", base=900_000, currency="EUR")
    assert best_competing(o, [declined, euros]) is None


def test_below_range_means_negotiate_toward_the_midpoint():
    o = offer(1, company="Cheap", base=200_000, level="senior", company_type="big-tech", written_offer=True)
    a = advise(o, market_of(o), [], rare_skills=False, now=NOW)
    assert a["stance"] == "negotiate"
    assert a["target"] == 400_000
    assert "middle of the market range" in a["target_basis"]
    assert "$300,000-$500,000" in a["script"]


def test_rare_skills_alone_is_a_reason_to_ask():
    o = example()
    a = advise(o, market_of(o), [], rare_skills=True, now=NOW)
    assert a["stance"] == "ask"
    assert any("rare" in r for r in a["reasons_for"])


def test_junior_without_competing_offer_is_warned_to_keep_it_small():
    o = offer(1, company="First", base=170_000, level="junior", company_type="big-tech", written_offer=True)
    a = advise(o, market_of(o, Range("junior", "big-tech", "USD", 150_000, 200_000)), [], rare_skills=False, now=NOW)
    assert a["stance"] == "hold"
    assert any("limited experience" in r for r in a["reasons_against"])


def test_asks_beyond_base_carry_the_users_numbers():
    o = example(pto_days=20, remote_policy="hybrid", start_date="2027-01-11")
    a = advise(o, market_of(o), [], rare_skills=False, now=NOW)
    items = {x["item"]: x["suggestion"] for x in a["asks"]}
    assert list(items) == ["Base salary", "Equity", "Sign-on bonus", "Start date", "Remote or hybrid",
                           "Learning budget", "Paid time off"]
    assert "$210,000 to $210,500" in items["Base salary"]  # capped at the $10,500 gap to the target
    assert "2027-01-11" in items["Start date"] and "hybrid" in items["Remote or hybrid"]
    assert "20 days" in items["Paid time off"] and "big companies" in items["Paid time off"]


def test_red_flags_short_deadline_no_letter_vague_equity_quit_first():
    o = offer(1, company="Rush", base=100_000, equity=50_000, deadline=NOW + timedelta(hours=24), quit_first=True)
    kinds = [f["kind"] for f in red_flags(o, None, NOW)]
    assert kinds == ["short-deadline", "no-written-offer", "vague-equity", "quit-first"]
    assert "24 hours" in red_flags(o, None, NOW)[0]["message"]


def test_a_deadline_73_hours_away_and_a_written_offer_raise_nothing():
    o = offer(1, company="Calm", base=100_000, equity=50_000, vesting="25,25,25,25",
              deadline=NOW + timedelta(hours=73), written_offer=True)
    assert red_flags(o, None, NOW) == []
    assert [f["kind"] for f in red_flags(o, None, NOW + timedelta(hours=2))] == ["short-deadline"]
    assert [f["kind"] for f in red_flags(o, None, NOW + timedelta(hours=80))] == ["deadline-passed"]


def test_options_without_strike_or_price_are_vague():
    o = offer(1, company="Seed", base=120_000, option_shares=10_000, written_offer=True)
    flag = red_flags(o, None, NOW)[0]
    assert flag["kind"] == "vague-equity"
    assert "strike price" in flag["message"] and "409A" in flag["message"]


def test_far_below_market_is_a_red_flag():
    o = offer(1, company="Low", base=200_000, level="senior", company_type="big-tech", written_offer=True)
    assert [f["kind"] for f in red_flags(o, market_of(o), NOW)] == ["far-below-market"]


def test_would_accept_as_it_stands_softens_the_advice_one_step():
    rival = offer(2, company="Globex", base=250_000, bonus_pct=10, equity=300_000, vesting="25,25,25,25",
                  level="senior", company_type="big-tech")
    eager = example(accept_as_is=True)
    a = advise(eager, market_of(eager), [rival], rare_skills=False, now=NOW)
    assert a["stance"] == "ask"
    assert any("as it stands" in r for r in a["reasons_against"])
