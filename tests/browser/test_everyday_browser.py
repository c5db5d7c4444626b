"""Issue 19, point 6 in a real browser: a pitch timed before saving is recorded, an oversized paste
is refused on the page before anything is sent, and the card tools sit above the card list."""

import pytest

pytestmark = pytest.mark.browser

BIG = "We rebuilt the pipeline. " * 44_000 + "END-OF-PASTE"  # about 1.1 MB


def test_a_pitch_timed_before_saving_is_saved_and_its_rehearsal_recorded(live_server, page):
    base, ol = live_server
    page.goto(base + "/stories/pitch")
    page.fill("#f-current_role", "an ML engineer with 3 years on payments risk")
    page.fill("#f-achievement", "rebuilt fraud scoring, cutting losses by 43%")
    page.wait_for_function("document.querySelector('#answer-text').value.includes('cutting losses by 43%')")
    page.click("#timer-toggle")
    page.wait_for_timeout(1200)
    page.click("#timer-toggle")
    page.wait_for_function("document.querySelector('#timer-status').textContent.includes('Rehearsal recorded')")
    assert len(ol.stories.answers("pitch")) == 1
    saved = ol.stories.answer(1)
    assert saved["last_rehearsal_seconds"] in (1, 2)
    assert "cutting losses by 43%" in saved["text"]
    # Saving afterwards edits the same answer instead of adding a second one.
    page.click("#save-answer")
    page.wait_for_url("**/stories/pitch?id=1&saved=1")
    assert page.locator("ul.saved li").count() == 1
    assert len(ol.stories.answers("pitch")) == 1


def test_an_oversized_paste_is_refused_before_the_form_is_sent(live_server, page):
    base, ol = live_server
    page.goto(base + "/stories/new")
    page.fill("#title", "Pipeline rebuild")
    page.fill("#situation", BIG)
    alert = page.locator("#story-form-too-long")
    assert alert.is_visible()
    assert "situation is 1,100,012 characters long; it can hold 20,000" in alert.inner_text()
    page.click("#story-form button[type=submit]")
    page.wait_for_timeout(300)
    assert page.url == base + "/stories/new"  # nothing was sent
    assert page.evaluate("document.getElementById('situation').value.length") == len(BIG)
    assert ol.stories.list() == []
    # Shortening it clears the message and the story saves.
    page.fill("#situation", "Our fraud model missed a new attack pattern for two weeks.")
    assert not alert.is_visible()


def test_the_card_tools_sit_above_the_card_list(live_server, page):
    base, _ = live_server
    page.goto(base + "/cards")
    table_top = page.locator("#cards-table").bounding_box()["y"]
    for tool in ("#add-tool", "#import-tool", "#settings-tool"):
        assert page.locator(tool).bounding_box()["y"] < table_top, tool
    assert page.locator("#own-question").bounding_box()["y"] < 900  # within the first screen
    page.click("#import-tool summary")
    assert page.locator("#csv-file").is_visible()
