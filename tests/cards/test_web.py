"""The cards HTTP API and pages, in-process."""

import io
import zipfile
from datetime import datetime, timezone

from fsrs import Card, Rating, Scheduler


def test_due_answer_review_round_trip_follows_fsrs(client, ol):
    due = client.get("/api/cards/due").json()
    assert due["counts"]["new_per_day"] == 20 and len(due["cards"]) == 20
    slug = "bias-variance-tradeoff"
    fb = client.post(f"/api/cards/{slug}/answer",
                     json={"text": "High bias comes from a model too simple that underfits; high variance from a "
                                   "flexible one that overfits."})
    assert fb.status_code == 200
    body = fb.json()
    assert {"score", "covered", "missed", "suggested_rating"} <= set(body)
    assert len(body["covered"]) >= 2 and body["suggested_rating"] == "hard" and body["missed"]
    before = datetime.now(timezone.utc)
    review = client.post(f"/api/cards/{slug}/review", json={"rating": "easy"})
    after = datetime.now(timezone.utc)
    assert review.status_code == 200
    due_at = datetime.fromisoformat(review.json()["due"])
    # fsrs with the same rating at either edge of the request brackets the answer
    low, _ = Scheduler(enable_fuzzing=False).review_card(Card(card_id=1, due=before), Rating.Easy, review_datetime=before)
    high, _ = Scheduler(enable_fuzzing=False).review_card(Card(card_id=1, due=after), Rating.Easy, review_datetime=after)
    assert low.due <= due_at <= high.due
    detail = client.get(f"/api/cards/{slug}").json()
    assert detail["state"] == "review" and detail["history"][0]["rating"] == "easy"


def test_api_errors_are_clear(client):
    assert client.post("/api/cards/nope/answer", json={"text": "x"}).status_code == 404
    bad = client.post("/api/cards/p-value/review", json={"rating": "great"})
    assert bad.status_code == 422
    unknown = client.get("/api/cards/due", params={"topic": "astrology"})
    # The sentence names the field, the refused value and the topics that exist.
    assert unknown.status_code == 422
    assert all(w in unknown.json()["error"] for w in ("topic", "astrology", "regularization"))
    assert client.put("/api/cards/settings", json={"new_per_day": 9999}).status_code == 422


def test_settings_change_the_queue(client):
    assert client.put("/api/cards/settings", json={"new_per_day": 5}).json()["new_per_day"] == 5
    assert len(client.get("/api/cards/due").json()["cards"]) == 5


def test_own_cards_over_http(client):
    made = client.post("/api/cards/own", json={"question": "What is shadow traffic?", "answer": "A copy of live requests.",
                                               "key_points": ["copy of live requests", "no user impact"]})
    assert made.status_code == 201
    slug = made.json()["slug"]
    assert slug.startswith("own-1-")
    assert client.get("/api/cards/due").json()["cards"][0]["slug"] == slug
    edited = client.put(f"/api/cards/own/{slug}", json={"topic": "mlops"}).json()
    assert edited["topic"] == "mlops"
    csv = "question,answer\nWhat is a canary?,A small share of traffic.\n"
    imported = client.post("/api/cards/import-csv", files={"file": ("c.csv", csv.encode(), "text/csv")}).json()
    assert len(imported["added"]) == 1
    bad = client.post("/api/cards/import-csv", files={"file": ("c.csv", b"question,answer,topic\nWhat now?,x,zzz\n", "text/csv")})
    assert bad.status_code == 422 and "row 2" in bad.json()["error"]
    assert client.delete(f"/api/cards/own/{slug}").status_code == 204
    assert client.get(f"/api/cards/{slug}").status_code == 404


def test_export_download_is_an_anki_package(client, ol):
    response = client.get("/api/cards/export.apkg", params={"topic": "metrics"})
    assert response.status_code == 200
    with zipfile.ZipFile(io.BytesIO(response.content)) as z:
        assert "collection.anki2" in z.namelist()


def test_pages_render(client, ol):
    ol.cards.review("p-value", "good")
    page = client.get("/cards")  # the first 100 cards of the bank, and a link to the next page
    assert page.status_code == 200 and "Start reviewing" in page.text
    assert page.text.count('<tr data-slug=') == 100 and 'href="/cards?offset=100" rel="next"' in page.text
    learning = client.get("/cards", params={"state": "learning"})  # the reviewed card, whatever its page
    assert learning.text.count('<tr data-slug=') == 1 and "p-value" in learning.text
    assert "metrics" in client.get("/cards", params={"topic": "metrics"}).text
    assert 'id="answer-box"' in client.get("/cards/review").text
    stats = client.get("/cards/stats")
    assert stats.status_code == 200 and "<svg" in stats.text and "Cards due in the next 30 days" in stats.text
    card = client.get("/cards/p-value")
    assert "Model answer" in card.text and "learning" in card.text
    assert client.get("/cards/no-such-card").status_code == 404


def test_forms_add_import_and_report_errors(client, ol):
    added = client.post("/cards/own", data={"question": "How do you roll back a model?", "answer": "Keep the last version warm."},
                        follow_redirects=False)
    assert added.status_code == 303 and added.headers["location"].startswith("/cards/own-1-")
    refused = client.post("/cards/own", data={"question": "Why?", "topic": "cooking"})
    assert refused.status_code == 422 and "topic &#39;cooking&#39;" in refused.text
    bad = client.post("/cards/import", files={"file": ("c.csv", b"question,answer\n,nothing\n", "text/csv")})
    assert bad.status_code == 422 and "row 2 has no question" in bad.text
    saved = client.post("/cards/settings", data={"new_per_day": "7", "desired_retention": "0.85"}, follow_redirects=False)
    assert saved.status_code == 303 and ol.cards.prefs() == {"new_per_day": 7, "desired_retention": 0.85}


def test_edit_and_delete_own_card_pages(client, ol):
    slug = ol.cards.add_own_card("What is a canary release?", "A small share of traffic first.")
    page = client.get(f"/cards/{slug}")
    assert 'id="edit-points" name="key_points" size="60" value=""' in page.text  # derived points are not shown as typed
    saved = client.post(f"/cards/{slug}/edit", data={"question": "What is a canary release?", "answer": "Ship to 5% first.",
                                                     "topic": "mlops", "key_points": "small share; watch metrics"},
                        follow_redirects=False)
    assert saved.status_code == 303
    item = ol.cards.item(slug)
    assert item.answer == "Ship to 5% first." and item.topic == "mlops"
    assert [p for p, _ in item.key_points] == ["small share", "watch metrics"]
    refused = client.post(f"/cards/{slug}/edit", data={"question": "?", "answer": ""})
    assert refused.status_code == 422 and "question" in refused.text
    bank = client.post("/cards/p-value/edit", data={"question": "What is it?"})
    assert bank.status_code == 422 and "comes from the bank" in bank.text
    gone = client.post(f"/cards/{slug}/delete", follow_redirects=False)
    assert gone.status_code == 303 and client.get(f"/cards/{slug}").status_code == 404
