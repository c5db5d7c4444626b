"""The /design pages and /api/design endpoints, in-process, on SQLite and PostgreSQL."""

from tests.design.test_logic import FRAUD_MEDIUM


def test_pages_render_and_an_unknown_case_is_a_404_with_close_matches(client):
    index = client.get("/design")
    assert index.status_code == 200 and "/design/fraud-detection" in index.text
    page = client.get("/design/fraud-detection")
    assert page.status_code == 200 and 'id="pane-maintenance"' in page.text and "vendor/mermaid.min.js" in page.text
    assert "Clarifying questions" in page.text and "(10 min)" in page.text
    missing = client.get("/api/design/cases/fraud")
    assert missing.status_code == 404 and "Did you mean: fraud-detection?" in missing.json()["error"]
    assert client.get("/design/fraud").status_code == 404


def test_draft_autosave_keeps_untouched_panes(client):
    assert client.put("/api/design/drafts/eta-prediction",
                      json={"sections": {"problem": "Predict trip duration.", "links": "Kafka"}}).status_code == 200
    assert client.put("/api/design/drafts/eta-prediction",
                      json={"sections": {"links": "Kafka to Flink"}, "timer": {"problem": 30, "running": False}}).status_code == 200
    draft = client.get("/api/design/drafts/eta-prediction").json()
    assert draft["sections"]["problem"] == "Predict trip duration." and draft["sections"]["links"] == "Kafka to Flink"
    assert draft["timer"]["problem"] == 30
    bad = client.put("/api/design/drafts/eta-prediction", json={"sections": {"summary": "x"}})
    assert bad.status_code == 422


def test_review_from_panes_is_stored_with_its_feedback(client):
    fb = client.post("/api/design/review", json={"case": "fraud-detection", "text": FRAUD_MEDIUM, "seconds": 1500}).json()
    assert fb["attempt_id"] >= 1 and set(fb["checks"]) >= {"latency_number", "fallback"}
    stored = client.get(f"/api/design/attempts/{fb['attempt_id']}").json()
    assert stored["score"] == fb["score"] and stored["seconds"] == 1500 and stored["feedback"]["follow_ups"] == fb["follow_ups"]
    panes = client.post("/api/design/review", json={"case": "fraud-detection", "sections": {
        "problem": "Binary classification: predict the probability that a transaction is fraud.",
        "maintenance": "If the model is down, the rules engine decides. Monitor drift; retrain weekly."}}).json()
    assert panes["sections"]["maintenance"]["found_by"] == "heading" and panes["checks"]["fallback"]
    history = client.get("/api/design/history/fraud-detection").json()
    assert [a["score"] for a in history["attempts"]] == [fb["score"], panes["score"]]


def test_bad_input_is_a_4xx_sentence_and_the_draft_survives(client):
    client.put("/api/design/drafts/fraud-detection", json={"sections": {"problem": "my draft"}})
    cases = [
        ({"case": "fraud-detection", "text": "   "}, 422, "empty"),
        ({"case": "fraud-detectoin", "text": FRAUD_MEDIUM}, 404, "Did you mean"),
        ({"case": "fraud-detection", "text": "x " * 100_000}, 422, "limit is 60,000"),
        ({"case": "fraud-detection", "text": "a\x00b c d e f"}, 422, "binary"),
    ]
    for body, status, words in cases:
        r = client.post("/api/design/review", json=body)
        assert r.status_code == status and words in r.json()["error"], r.text
    upload = client.post("/api/design/review-file", data={"case": "fraud-detection"},
                         files={"file": ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")})
    assert upload.status_code == 422 and "not a text file" in upload.json()["error"]
    assert client.get("/api/design/history/fraud-detection").json()["attempts"] == []
    assert client.get("/api/design/drafts/fraud-detection").json()["sections"]["problem"] == "my draft"
    assert client.get("/api/design/attempts/0").status_code == 422
