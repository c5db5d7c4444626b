from offerloop.offers.market import SEED_RANGES, Range, data_point_summary, median, peers, position, seed_rows


def test_seed_has_the_guides_nine_ranges():
    assert len(seed_rows()) == 9
    assert SEED_RANGES[("senior", "big-tech")] == (300_000, 500_000)
    assert SEED_RANGES[("junior", "startup")] == (100_000, 140_000)
    assert SEED_RANGES[("mid", "mid-size")] == (150_000, 220_000)
    assert all(r["excludes_equity"] == (r["company_type"] == "startup") for r in seed_rows())


def test_position_below_within_above_with_percent_of_midpoint():
    rng = Range("senior", "big-tech", "USD", 300_000, 500_000)
    assert position(342_500, 0, rng)["position"] == "within"
    assert position(342_500, 0, rng)["pct_of_midpoint"] == 86
    assert position(250_000, 0, rng)["position"] == "below"
    assert position(600_000, 0, rng)["position"] == "above"
    assert position(600_000, 0, rng)["pct_of_midpoint"] == 150


def test_startup_ranges_compare_cash_because_they_are_quoted_plus_equity():
    rng = Range("mid", "startup", "USD", 130_000, 180_000, excludes_equity=True)
    p = position(250_000, 120_000, rng)
    assert p["position"] == "below" and p["compared"] == 120_000


def test_data_points_summary_and_matching():
    points = [{"company": "Acme", "level": None, "company_type": None, "currency": "USD", "total_comp": 300_000},
              {"company": "Other", "level": "senior", "company_type": "big-tech", "currency": "USD", "total_comp": 400_000},
              {"company": "Else", "level": "mid", "company_type": "big-tech", "currency": "USD", "total_comp": 1}]
    matched = peers(points, "senior", "big-tech", "acme")
    assert [p["company"] for p in matched] == ["Acme", "Other"]
    summary = data_point_summary(342_500, matched, "USD")
    assert summary["count"] == 2 and summary["median"] == 350_000 and summary["higher_than"] == 1
    assert data_point_summary(342_500, matched, "EUR") is None


def test_median_of_even_and_odd_counts():
    assert median([3, 1, 2]) == 2
    assert median([1, 2, 3, 4]) == 3  # 2.5 rounds half up
