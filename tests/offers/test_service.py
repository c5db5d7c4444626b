from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from offerloop.errors import InvalidInput, NotFound
from offerloop.offers.models import MarketRange
from offerloop.store.base import Activity

EXAMPLE = {"company": "Acme", "base": "200000", "bonus_pct": "15", "equity": "400000", "vesting": "25,25,25,25",
           "sign_on": "50000", "level": "senior", "company_type": "big-tech"}
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def test_add_stores_the_offer_and_returns_the_issue_figures(ol):
    o = ol.offers.add(EXAMPLE)
    assert o["year_totals"] == [380_000, 330_000, 330_000, 330_000]
    assert o["annualized"] == 342_500
    again = ol.offers.get(o["id"])
    assert again["equity"]["vesting"] == [25, 25, 25, 25] and again["bonus_pct"] == 15
    assert ol.offers.update(o["id"], {"vesting": "5,15,40,40"})["year_totals"][0] == 300_000


def test_money_survives_the_database_exactly(ol):
    o = ol.offers.add({"company": "Big", "base": "987654321", "bonus_pct": "12.5", "option_shares": "1000000",
                       "option_strike": "0.1234", "option_price": "7.7777", "vesting": "25,25,25,25"})
    stored = ol.offers.get(o["id"])
    assert stored["target_bonus"] == 123_456_790  # 987654321 x 12.5% = 123456790.125
    assert stored["equity"]["value"] == 7_654_300  # (7.7777 - 0.1234) x 1,000,000
    assert stored["equity"]["strike"] == "0.1234"


def test_bad_vesting_is_refused_and_nothing_changes(ol):
    o = ol.offers.add(EXAMPLE)
    with pytest.raises(InvalidInput, match="add up to 80, not 100"):
        ol.offers.update(o["id"], {"vesting": "20,20,20,20", "base": "1"})
    assert ol.offers.get(o["id"])["base"] == 200_000
    with pytest.raises(InvalidInput):
        ol.offers.add({**EXAMPLE, "vesting": "50,40"})
    assert len(ol.offers.list()) == 1


def test_bonus_amount_replaces_bonus_percent_and_both_at_once_is_refused(ol):
    o = ol.offers.add(EXAMPLE)
    changed = ol.offers.update(o["id"], {"bonus_amount": "10000"})
    assert changed["bonus_pct"] is None and changed["target_bonus"] == 10_000
    with pytest.raises(InvalidInput, match="not both"):
        ol.offers.update(o["id"], {"bonus_amount": "1", "bonus_pct": "1"})


def test_edit_deadline_written_flag_status_and_clear(ol):
    o = ol.offers.add(EXAMPLE)
    changed = ol.offers.update(o["id"], {"deadline": "2026-12-01T17:00+00:00", "written_offer": True,
                                         "status": "declined"}, now=NOW)
    assert changed["deadline"] == "2026-12-01T17:00:00+00:00"
    assert changed["written_offer"] is True and changed["status"] == "declined"
    assert ol.offers.update(o["id"], {"deadline": "none"})["deadline"] is None
    with pytest.raises(InvalidInput, match="status"):
        ol.offers.update(o["id"], {"status": "maybe"})


def test_remove_and_not_found(ol):
    o = ol.offers.add(EXAMPLE)
    ol.offers.remove(o["id"])
    assert ol.offers.list() == []
    with pytest.raises(NotFound, match="no offer"):
        ol.offers.get(o["id"])


def test_compare_refuses_mixed_currencies_unless_one_is_chosen(ol):
    ol.offers.add(EXAMPLE)
    ol.offers.add({"company": "Berlin", "base": "90000", "currency": "EUR"})
    with pytest.raises(InvalidInput, match=r"different currencies \(EUR, USD\)"):
        ol.offers.compare()
    euros = ol.offers.compare(currency="eur")
    assert [o["company"] for o in euros] == ["Berlin"]


def test_compare_ranks_best_annualised_first(ol):
    a = ol.offers.add(EXAMPLE)
    b = ol.offers.add({**EXAMPLE, "company": "Globex", "base": "260000"})
    rows = ol.offers.compare()
    assert [(r["id"], r["rank"], r["behind_best"]) for r in rows] == [(b["id"], 1, 0), (a["id"], 2, 69_000)]  # 60,000 more base and its 15% bonus
    assert [r["id"] for r in ol.offers.compare([a["id"]])] == [a["id"]]
    with pytest.raises(NotFound):
        ol.offers.compare([999])


def test_market_ranges_are_seeded_once_per_user_and_editable(ol):
    ranges = ol.offers.market_ranges()
    assert len(ranges) == 9 and ranges[0]["level"] == "junior"
    edited = ol.offers.set_range("senior", "faang", "320k", "520k")
    assert (edited["low"], edited["high"], edited["source"]) == (320_000, 520_000, "Edited by you")
    assert ol.offers.market_ranges()[6]["low"] == 320_000  # seeding does not run again
    with pytest.raises(InvalidInput, match="above the high end"):
        ol.offers.set_range("senior", "big-tech", "600k", "500k")
    ol.offers.reset_ranges()
    assert ol.offers.market_ranges()[6]["low"] == 300_000
    other = ol.for_user("someone-else")
    other.offers.set_range("junior", "startup", "1", "2")
    assert ol.offers.market_ranges()[2]["low"] == 100_000
    with ol.session() as s:
        assert s.query(MarketRange).filter_by(owner_id=ol.user_id).count() == 9


def test_market_position_uses_the_users_ranges_and_data_points(ol):
    o = ol.offers.add(EXAMPLE)
    assert ol.offers.report(o["id"])["market"]["range"]["position"] == "within"
    ol.offers.set_range("senior", "big-tech", "400k", "600k")
    report = ol.offers.report(o["id"])
    assert report["market"]["range"]["position"] == "below"
    assert report["advice"]["stance"] == "negotiate"
    ol.offers.add_point({"company": "Acme", "total_comp": "360k", "source": "levels.fyi"})
    ol.offers.add_point({"level": "senior", "company_type": "big-tech", "total_comp": "300000"})
    points = ol.offers.report(o["id"])["market"]["data_points"]
    assert points["count"] == 2 and points["higher_than"] == 1
    with pytest.raises(InvalidInput, match="company, or a level"):
        ol.offers.add_point({"total_comp": "1"})


def test_no_market_position_without_level_or_in_another_currency(ol):
    a = ol.offers.add({"company": "Plain", "base": "100000"})
    assert "Set the level" in ol.offers.report(a["id"])["market"]["note"]
    b = ol.offers.add({**EXAMPLE, "currency": "GBP"})
    assert "in USD and this offer is in GBP" in ol.offers.report(b["id"])["market"]["note"]


def test_advice_changes_when_a_competing_offer_is_added(ol):
    o = ol.offers.add({**EXAMPLE, "written_offer": True})
    before = ol.offers.report(o["id"])["advice"]
    assert before["stance"] == "hold"
    ol.offers.add({"company": "Globex", "base": "250000", "bonus_pct": "10", "equity": "300000",
                   "vesting": "25,25,25,25", "level": "senior", "company_type": "big-tech"})
    after = ol.offers.report(o["id"])["advice"]
    assert after["stance"] == "negotiate"
    assert "Globex at $350,000" in after["script"]
    assert before["script"] != after["script"]


def test_rare_skills_profile_changes_the_advice(ol):
    o = ol.offers.add(EXAMPLE)
    assert ol.offers.prefs() == {"rare_skills": False}
    ol.offers.set_prefs(True)
    assert ol.offers.report(o["id"])["advice"]["stance"] == "ask"


def test_red_flag_for_a_24_hour_deadline(ol):
    o = ol.offers.add({**EXAMPLE, "deadline": "24h"}, now=NOW)
    flags = ol.offers.report(o["id"], now=NOW)["advice"]["red_flags"]
    assert flags[0]["kind"] == "short-deadline"
    assert ol.offers.report(o["id"], now=NOW - timedelta(days=3))["advice"]["red_flags"][0]["kind"] == "no-written-offer"


def test_offers_belong_to_their_user_and_actions_are_logged(ol):
    o = ol.offers.add(EXAMPLE, now=NOW)
    other = ol.for_user("someone-else")
    assert other.offers.list() == []
    with pytest.raises(NotFound):
        other.offers.remove(o["id"])
    ol.offers.update(o["id"], {"pto_days": "25"}, now=NOW)
    ol.offers.remove(o["id"], now=NOW)
    with ol.session() as s:
        kinds = s.scalars(select(Activity.kind).where(Activity.area == "offers").order_by(Activity.id)).all()
    assert kinds == ["offer-added", "offer-edited", "offer-removed"]


def test_rsus_and_options_at_once_are_refused_and_removing_equity_drops_its_schedule(ol):
    with pytest.raises(InvalidInput, match="not both"):
        ol.offers.add({"company": "Two", "base": "1", "equity": "10", "option_shares": "10"})
    o = ol.offers.add(EXAMPLE)
    plain = ol.offers.update(o["id"], {"equity": "0"})
    assert plain["equity"]["kind"] == "none" and plain["equity"]["vesting"] == []
    assert plain["year_totals"] == [280_000, 230_000, 230_000, 230_000]


def test_export_then_import_into_the_same_store_keeps_one_working_copy(ol, tmp_path):
    from offerloop.store.transfer import export_data, import_data, read_export

    ol.offers.add(EXAMPLE)
    ol.offers.set_range("senior", "big-tech", "310k", "510k")
    ol.offers.set_prefs(True)
    path = tmp_path / "all.json"
    export_data(ol, path)
    ol.offers.set_range("senior", "big-tech", "1", "2")
    counts = import_data(ol, read_export(path))
    assert counts["offers"] == 1 and counts["offer_market_ranges"] == 9
    ranges = ol.offers.market_ranges()
    assert len(ranges) == 9 and ranges[6]["low"] == 310_000  # the imported (newest) copy wins
    assert ol.offers.prefs() == {"rare_skills": True}
    assert len(ol.offers.list()) == 2
    assert ol.offers.set_range("senior", "big-tech", "320k", "520k")["low"] == 320_000
    assert ol.offers.market_ranges()[6]["low"] == 320_000
