import pytest

pytestmark = pytest.mark.browser


def fill_offer(page, company, base, bonus_pct="", grant="", vesting="", sign_on="", level="", kind=""):
    page.get_by_label("Company", exact=True).fill(company)
    page.get_by_label("Base salary").fill(base)
    page.get_by_label("Target bonus %").fill(bonus_pct)
    page.get_by_label("RSU grant value").fill(grant)
    page.get_by_label("Vesting % per year").fill(vesting)
    page.get_by_label("Sign-on bonus").fill(sign_on)
    if level:
        page.get_by_label("Level").select_option(level)
    if kind:
        page.get_by_label("Company type").select_option(kind)


def test_the_example_offer_shows_380000_and_342500_and_advice_reacts_to_a_competitor(live_server, page, tmp_path):
    base, _ = live_server
    page.goto(base + "/offers")
    assert page.locator("h1").inner_text() == "Offers"
    fill_offer(page, "Acme", "200000", "15", "400000", "25,25,25,25", "50000", "senior", "big-tech")
    page.get_by_role("button", name="Add offer").click()
    page.wait_for_url(f"{base}/offers#offer-*")

    card = page.locator("article.offer").first
    assert card.locator(".year1").inner_text() == "$380,000"
    assert card.locator(".annual").inner_text() == "$342,500"
    table = page.locator("#compare-table")
    assert "380,000" in table.inner_text() and "342,500" in table.inner_text()
    assert page.locator("svg.offers-chart rect[data-year]").count() == 4
    assert card.locator(".stance").get_attribute("data-stance") == "hold"

    fill_offer(page, "Globex", "250000", "10", "300000", "25,25,25,25", "", "senior", "big-tech")
    page.get_by_role("button", name="Add offer").click()
    page.wait_for_url(f"{base}/offers#offer-*")
    acme = page.locator("article.offer", has=page.locator("h3", has_text="Acme"))
    assert acme.locator(".stance").get_attribute("data-stance") == "negotiate"
    assert "I also have an offer from Globex at $350,000" in acme.locator("pre.script").inner_text()
    assert page.locator("svg.offers-chart rect[data-year]").count() == 8
    shot = tmp_path / "offers.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_bad_vesting_shows_the_error_and_keeps_the_form(live_server, page):
    base, _ = live_server
    page.goto(base + "/offers")
    fill_offer(page, "Typo", "100000", grant="1000", vesting="25,25,25")
    page.get_by_label("Base salary").press("Enter")  # keyboard submit
    alert = page.get_by_role("alert")
    assert "add up to 75, not 100" in alert.inner_text()
    assert page.get_by_label("Company", exact=True).input_value() == "Typo"


def test_edit_the_deadline_and_delete_after_confirming(live_server, page):
    base, ol = live_server
    ol.offers.add({"company": "Acme", "base": "200000"})
    page.goto(base + "/offers")
    page.get_by_role("link", name="Edit").click()
    page.get_by_label("Deadline").fill("2030-01-15T17:00")
    page.get_by_label("I have the offer in writing").check()
    page.get_by_role("button", name="Save changes").click()
    page.wait_for_url(f"{base}/offers#offer-*")
    offer = ol.offers.list()[0]
    assert offer["written_offer"] is True and offer["deadline"].startswith("2030-01-15")
    page.get_by_role("link", name="Delete").click()
    assert "Delete the offer from Acme?" in page.locator("h1").inner_text()
    page.get_by_role("link", name="Keep it").click()
    assert len(ol.offers.list()) == 1
    page.get_by_role("link", name="Delete").click()
    page.get_by_role("button", name="Delete the offer").click()
    page.wait_for_url(f"{base}/offers")
    assert ol.offers.list() == []
    assert "No offers yet" in page.content()
