import pytest

pytestmark = pytest.mark.browser


def test_writing_a_story_shows_live_feedback_and_the_matrix_shows_the_gap(live_server, page):
    base, ol = live_server
    page.goto(base + "/stories/new")
    page.fill("#title", "Fraud precision push")
    page.fill("#situation", "Last year at Acme our fraud model had 87% precision but the business needed 95%.")
    page.fill("#task", "I was responsible for closing the gap without losing recall.")
    page.fill("#action", "I added velocity features, stacked three models and tuned the threshold.")
    feedback = page.locator("#feedback")
    # No result yet: the first thing the page asks for is the result.
    page.wait_for_function("document.querySelector('#feedback [data-role=next-edit]') && "
                           "document.querySelector('#feedback [data-role=next-edit]').textContent.startsWith('The result is missing')")
    assert "Result: missing" in feedback.inner_text()
    page.fill("#result", "In the end the team was happy with the new model.")
    page.wait_for_function("document.querySelector('#feedback [data-role=next-edit]').textContent"
                           ".startsWith('The result is not quantified')")
    assert "no number in the result" in feedback.inner_text()
    page.check("input[name=categories][value=success]")
    page.click("#save")
    page.wait_for_url(base + "/stories/1")
    assert "The result is not quantified" in page.locator("#feedback").inner_text()
    assert [s["title"] for s in ol.stories.list()] == ["Fraud precision push"]

    page.goto(base + "/stories")
    success = page.locator("#coverage th[data-category=success]")
    assert "1 story" in success.inner_text() and "gap" in success.get_attribute("class")
    assert "success (needs 1 more)" in page.locator("#gap-summary").inner_text()


def test_free_text_mode_and_deleting_with_confirmation(live_server, page):
    base, ol = live_server
    page.goto(base + "/stories/new")
    page.fill("#title", "Quick one")
    page.check("input[name=mode][value=free]")
    assert page.locator("#situation").is_hidden() and page.locator("#text").is_visible()
    page.fill("#text", "Situation: our ETL took 9 hours.\nTask: I had to halve it.\n"
                       "Action: I partitioned the joins.\nResult: it now runs in 2 hours, 4.5x faster.")
    page.wait_for_function("document.querySelector('#feedback').textContent.includes('4.5x')")
    page.click("#save")
    page.wait_for_url(base + "/stories/1")
    page.click("#timer-toggle")
    page.wait_for_timeout(1100)
    page.click("#timer-toggle")
    page.wait_for_function("document.querySelector('#timer-status').textContent.includes('Recorded')")
    assert "Under 2:00" in page.locator("#timer-status").inner_text()
    page.click("text=Delete")
    page.wait_for_url(base + "/stories/1/delete")
    page.click("#confirm-delete")
    page.wait_for_url(base + "/stories?deleted=1")
    assert ol.stories.list() == []


def test_pitch_builder_assembles_live_and_the_timer_counts_toward_three_minutes(live_server, page):
    base, ol = live_server
    ol.applications.add("Adyen", "ML Engineer", "big_tech")
    page.goto(base + "/stories/pitch")
    page.select_option("#application", label="Adyen · ML Engineer")
    page.fill("#f-current_role", "an ML engineer with 3 years on payments risk")
    page.fill("#f-achievement", "rebuilt fraud scoring, cutting losses by 43%")
    page.wait_for_function("document.querySelector('#answer-text').value.includes('cutting losses by 43%')")
    assert page.input_value("#company") == "Adyen"
    assert page.locator("#timer-limit").inner_text() == "3:00"
    page.click("#save-answer")
    page.wait_for_url("**/stories/pitch?id=1&saved=1")
    page.click("#timer-toggle")
    page.wait_for_timeout(1300)
    assert page.locator("#timer-display").inner_text() in ("0:01", "0:02")
    page.click("#timer-toggle")
    page.wait_for_function("document.querySelector('#timer-status').textContent.includes('Rehearsal recorded')")
    assert ol.stories.answer(1)["last_rehearsal_seconds"] in (1, 2)


def test_practising_a_question_gives_feedback_records_the_time_and_can_keep_the_answer(live_server, page):
    base, ol = live_server
    page.goto(base + "/stories/practice?category=failure")
    question = page.locator("#practice-question").inner_text()
    page.fill("#practice-text", "At my last job I shipped a migration that broke the nightly reports. I rolled it back.")
    page.wait_for_function("document.querySelector('#feedback [data-role=next-edit]') && document.querySelector"
                           "('#feedback [data-role=next-edit]').textContent.startsWith('The result is missing')")
    page.click("#timer-toggle")
    page.wait_for_timeout(1100)
    page.click("#timer-toggle")
    page.wait_for_function("document.querySelector('#timer-status').textContent.includes('Practice recorded')")
    page.fill("#practice-title", "Broken nightly reports")
    page.click("#save-practice")
    page.wait_for_url(base + "/stories/1")
    story = ol.stories.get(1)
    assert story["categories"] == ["failure"] or "failure" in story["categories"]
    assert [q["text"] for q in story["questions"]] == [question]
