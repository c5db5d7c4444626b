import xml.etree.ElementTree as ET

from offerloop.offers.chart import four_year_chart

SVG = "{http://www.w3.org/2000/svg}"


def test_one_bar_per_offer_and_year_with_its_value():
    offers = [{"id": 1, "company": "Acme", "year_totals": [380_000, 330_000, 330_000, 330_000]},
              {"id": 2, "company": "<Beta & Co>", "year_totals": [300_000, 290_000, 390_000, 390_000]}]
    svg = four_year_chart(offers, "USD")
    root = ET.fromstring(svg)  # well-formed, names escaped
    bars = [r for r in root.iter(f"{SVG}rect") if r.get("data-year")]
    assert len(bars) == 8
    first = next(b for b in bars if b.get("data-offer") == "1" and b.get("data-year") == "1")
    assert first.get("data-value") == "380000"
    assert first.find(f"{SVG}title").text == "Acme, year 1: $380,000"
    heights = {(b.get("data-offer"), b.get("data-year")): float(b.get("height")) for b in bars}
    assert heights[("2", "3")] > heights[("1", "3")]


def test_no_offers_no_chart():
    assert four_year_chart([], "USD") == ""
