from datetime import datetime, timedelta, timezone

import pytest

pytestmark = pytest.mark.browser


def test_add_an_application_move_it_on_the_board_and_it_persists(live_server, page):
    base, ol = live_server
    page.goto(base + "/tracker")
    page.fill("#a-company", "Nimbus Labs")
    page.fill("#a-role", "ML Engineer")
    page.select_option("#a-type", "startup")
    page.click("#add-app button[type=submit]")
    card = page.locator(".column[data-stage=applied] .card", has_text="Nimbus Labs")
    card.wait_for()
    # HTML5 drag and drop onto another column
    page.drag_and_drop(".card:has-text('Nimbus Labs')", ".column[data-stage=recruiter-screen]")
    page.locator(".column[data-stage=recruiter-screen] .card", has_text="Nimbus Labs").wait_for()
    page.wait_for_function("document.getElementById('tr-flash').textContent.includes('moved')")
    page.reload()
    assert page.locator(".column[data-stage=recruiter-screen] .card", has_text="Nimbus Labs").count() == 1
    assert ol.applications.list()[0]["stage"] == "recruiter-screen"


def test_keyboard_user_moves_a_card_with_the_stage_select(live_server, page):
    base, ol = live_server
    a = ol.applications.add("Orbit", "Data Scientist", "research-lab")
    page.goto(base + "/tracker")
    select = page.locator(f"#stage-{a['id']}")
    select.focus()
    select.select_option("research-presentation")
    page.keyboard.press("Tab")  # to the card's Move button
    page.keyboard.press("Enter")
    page.locator(".column[data-stage=research-presentation] .card", has_text="Orbit").wait_for()
    assert page.evaluate("document.activeElement.closest('.card').dataset.stage") == "research-presentation"
    page.reload()
    assert page.locator(".column[data-stage=research-presentation] .card", has_text="Orbit").count() == 1


def test_a_drop_on_a_stage_the_type_lacks_is_refused_with_a_sentence(live_server, page):
    base, ol = live_server
    ol.applications.add("Quick", "MLE", "startup")
    page.goto(base + "/tracker")
    page.drag_and_drop(".card:has-text('Quick')", ".column[data-stage=research-presentation]")
    assert "cannot move" in page.locator("#board-status").inner_text()
    page.reload()
    assert page.locator(".column[data-stage=applied] .card", has_text="Quick").count() == 1


def test_detail_page_adds_an_interview_and_marks_the_thank_you_sent(live_server, page):
    base, ol = live_server
    a = ol.applications.add("Zeta", "Applied Scientist", "big-tech")
    page.goto(f"{base}/tracker/{a['id']}")
    page.select_option("#n-round", "ml-system-design")
    page.fill("#n-at", "2020-03-02T10:00")
    page.fill("#n-tz", "Europe/Amsterdam")
    page.fill("#n-with", "Ana Ruiz, Bo Li")
    page.click("text=Add interview")
    page.locator("#tr-flash", has_text="past").wait_for()  # allowed, but said
    assert "Hi Ana and Bo," in page.locator("textarea[id^=ty-]").input_value()
    page.click(".checklist summary")
    with page.expect_response(lambda r: r.url.endswith("/checklist") and r.ok):
        page.locator("input[value='day-before.resume']").check()
    page.click("text=Mark sent")
    page.locator(".thank-you summary .ok").wait_for()
    iv = ol.applications.get(a["id"])["interviews"][0]
    assert iv["thank_you_sent_at"] and iv["checklist_done"] == ["day-before.resume"]
    assert iv["starts_at"] == "2020-03-02T09:00:00+00:00"


def test_csv_import_lists_bad_rows_and_asks_before_importing_the_rest(live_server, page, tmp_path):
    base, ol = live_server
    path = tmp_path / "apps.csv"
    path.write_text("company,role,type,applied_at\nGood Co,MLE,startup,2026-01-05\nBad Co,MLE,startup,5 Jan\n")
    page.goto(base + "/tracker")
    page.click("text=Import applications from CSV")
    page.set_input_files("#csv-file", str(path))
    page.once("dialog", lambda d: d.dismiss())
    page.click("#csv-import button[type=submit]")
    page.locator("#csv-report", has_text="Nothing was imported").wait_for()
    assert "Row 3" in page.locator("#csv-report").inner_text()
    assert ol.applications.list() == []
    page.once("dialog", lambda d: d.accept())
    page.click("#csv-import button[type=submit]")
    page.locator(".card", has_text="Good Co").wait_for()
    assert [a["company"] for a in ol.applications.list()] == ["Good Co"]


def test_after_a_web_import_the_skipped_rows_are_listed_by_number(live_server, page, tmp_path):
    base, ol = live_server
    ol.applications.add("Acme", "ML Engineer", "startup", applied_at=datetime(2026, 1, 5, 9, tzinfo=timezone.utc))
    path = tmp_path / "apps.csv"
    path.write_text("company,role,type,applied_at\n"
                    "ACME,ml engineer,startup,2026-01-05\n"  # the stored one again, other case
                    "New Co,MLE,startup,2026-01-06\n"
                    "Bad Co,MLE,startup,5 Jan\n"
                    "New Co,MLE,startup,2026-01-06\n")  # repeats row 3
    page.goto(base + "/tracker")
    page.click("text=Import applications from CSV")
    page.set_input_files("#csv-file", str(path))
    page.once("dialog", lambda d: d.accept())  # one row is bad: import the others
    page.click("#csv-import button[type=submit]")
    page.locator(".card", has_text="New Co").wait_for()  # the page reloaded with the new card
    skipped = page.locator("#csv-skipped")
    skipped.wait_for()
    items = skipped.locator("li").all_inner_texts()
    assert [t.split(" ")[1] for t in items] == ["2", "4", "5"]
    assert "duplicate" in items[0] and "already stored" in items[0] and "bad" in items[1] and "repeats row 3" in items[2]
    assert "(3)" in skipped.locator("h2").inner_text()
    assert sorted(a["company"] for a in ol.applications.list()) == ["Acme", "New Co"]


def test_a_long_column_shows_its_newest_cards_and_a_show_all_link(live_server, page):
    base, ol = live_server
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for i in range(23):
        ol.applications.add(f"Company {i:02d}", "MLE", "startup", applied_at=start + timedelta(days=i))
    page.goto(base + "/tracker")
    column = page.locator(".column[data-stage=applied]")
    assert column.locator(".card").count() == 20 and column.locator(".count").inner_text() == "23"
    assert column.locator(".card .card-title").first.inner_text() == "Company 22"  # most recent first
    column.locator("a.column-more").click()
    page.wait_for_url("**/tracker?stage=applied")
    assert page.locator(".column").count() == 1 and page.locator(".card").count() == 23
    # Moving a card out of the one column shown removes it and updates the count.
    card = page.locator(".card", has_text="Company 00")
    card.locator(".stage-select").select_option("recruiter-screen")
    card.locator(".move-btn").click()
    page.locator(".column[data-stage=applied] .count", has_text="22").wait_for()
    assert page.locator(".card", has_text="Company 00").count() == 0
