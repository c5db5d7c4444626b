"""The review page in a real Chromium: type, check, see feedback and the model answer, rate by keyboard."""

import pytest
from sqlalchemy import select

from offerloop.cards.models import CardReview

pytestmark = pytest.mark.browser


def test_review_with_typed_answer_and_keyboard_rating(live_server, page):
    base, ol = live_server
    ol.cards.set_prefs(new_per_day=2)
    page.goto(base + "/cards/review")
    question = page.locator("#question")
    question.wait_for()
    first = ol.cards.due()["cards"][0]
    assert question.inner_text() == first["question"]
    box = page.locator("#answer-box")
    assert page.evaluate("document.activeElement.id") == "answer-box"
    box.type("I honestly have no idea about this one.")
    page.keyboard.press("Enter")  # checks the typed answer
    page.locator("#feedback").wait_for(state="visible")
    assert "Score 0%" in page.locator("#score").inner_text()
    assert page.locator("#points li.missed").count() >= 3
    model = ol.cards.item(first["slug"]).answer
    assert page.locator("#model-answer").inner_text().strip()[:40] == model.strip()[:40]
    assert page.locator("[data-interval='good']").inner_text()  # the interval each rating would give
    page.keyboard.press("1")  # Again
    page.wait_for_function("document.getElementById('status').textContent.includes('Rated again')")
    second = ol.cards.due()["cards"][0]  # the other new card (the first is in learning, due in a minute)
    assert second["slug"] != first["slug"]
    page.wait_for_function(f"document.getElementById('question').textContent === {second['question']!r}")

    # second card: Space in the empty box reveals without typing, then 3 rates Good
    page.keyboard.press(" ")
    page.locator("#feedback").wait_for(state="visible")
    assert page.locator("#score").inner_text() == "Key points:"
    page.keyboard.press("3")
    page.wait_for_function("document.getElementById('status').textContent.includes('Rated good')")
    with ol.session() as s:
        ratings = [r.rating for r in s.scalars(select(CardReview).order_by(CardReview.id))]
        typed = s.scalar(select(CardReview.answer_text).order_by(CardReview.id))
    assert ratings == [1, 3] and typed.startswith("I honestly")


def test_empty_queue_says_so_and_stats_page_shows_the_forecast(live_server, page):
    base, ol = live_server
    ol.cards.set_prefs(new_per_day=0)
    page.goto(base + "/cards/review")
    page.locator("#empty").wait_for(state="visible")
    assert "Nothing is due now" in page.locator("#empty").inner_text()
    ol.cards.set_prefs(new_per_day=20)
    ol.cards.review("p-value", "easy")
    page.goto(base + "/cards/stats")
    bars = page.locator("#forecast svg rect")
    assert bars.count() == 30
    assert sum(int(bars.nth(i).get_attribute("data-count")) for i in range(30)) == 1


def test_add_own_card_form_then_it_is_listed(live_server, page):
    base, _ol = live_server
    page.goto(base + "/cards")
    page.fill("#own-question", "How would you explain KV caching to a PM?")
    page.fill("#own-answer", "It stores the keys and values of past tokens so decoding does not recompute them.")
    page.click("text=Add card")
    page.wait_for_url(f"{base}/cards/own-1-*")
    assert "Card added." in page.locator("p.notice").inner_text()
    page.once("dialog", lambda d: d.dismiss())  # deleting asks first; dismissing keeps the card
    page.click("text=Delete this card")
    assert page.url.startswith(f"{base}/cards/own-1-")


def test_a_wrong_answer_shows_what_was_wrong_first_with_the_correction(live_server, page):
    base, ol = live_server
    ol.cards.set_prefs(new_per_day=1)
    from offerloop.content.schemas import CARD_TOPICS

    firsts = [(t, ol.cards.due(topic=t)["cards"]) for t in CARD_TOPICS]
    topic, slug = next((t, q[0]["slug"]) for t, q in firsts
                       if q and q[0]["slug"] in ol.content.cards and ol.content.cards[q[0]["slug"]].misconceptions)
    card = ol.content.cards[slug]
    mis = card.misconceptions[0]
    page.goto(f"{base}/cards/review?topic={topic}")
    page.wait_for_function(f"document.getElementById('question').textContent === {card.question!r}")
    page.fill("#answer-box", card.answer.replace("\n", " ") + " " + mis.example)
    page.keyboard.press("Enter")
    page.locator("#feedback").wait_for(state="visible")
    assert "wrong" in page.locator("#score").inner_text()
    wrong = page.locator("#wrong-list li").first
    assert wrong.is_visible() and mis.correction in wrong.inner_text()
    # what was wrong sits above the key points, and the first key point listed is not a covered one
    wrong_top = page.locator("#wrong").bounding_box()["y"]
    points_top = page.locator("#points").bounding_box()["y"]
    assert wrong_top < points_top
    assert page.evaluate("document.body.scrollWidth <= window.innerWidth + 1")
