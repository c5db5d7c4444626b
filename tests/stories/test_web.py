NO_RESULT = ("Last year at Acme our fraud model had 87% precision but the business needed 95%. "
             "I was responsible for closing the gap. I added velocity features and tuned the threshold.")


def test_api_analyze_takes_text_and_returns_the_published_fields(client):
    r = client.post("/api/stories/analyze", json={"text": NO_RESULT})
    assert r.status_code == 200
    data = r.json()
    assert data["result"] is False and data["quantified_result"] is False
    assert data["suggestions"][0].startswith("The result is missing")
    parts = client.post("/api/stories/analyze", json={"situation": "S", "task": "T", "action": "I did it.",
                                                       "result": "Costs fell."}).json()
    assert parts["form"] == "labelled" and parts["suggestions"][0].startswith("The result is not quantified")


def test_api_crud_coverage_and_errors(client):
    r = client.post("/api/stories", json={"title": "Flaky CI", "text": NO_RESULT, "categories": ["challenges"]})
    assert r.status_code == 201
    sid = r.json()["id"]
    assert client.get(f"/api/stories/{sid}").json()["feedback"]["missing"] == ["result"]
    patched = client.patch(f"/api/stories/{sid}", json={"tags": ["ci"], "categories": ["challenges", "success"]}).json()
    assert patched["tags"] == ["ci"] and patched["text"] == NO_RESULT
    cov = client.get("/api/stories/coverage").json()
    assert "challenges" in cov["gaps"] and cov["columns"][2]["count"] == 1
    bad = client.post("/api/stories", json={"title": "x", "text": "y", "categories": ["teamwork"]})
    assert bad.status_code == 422 and "teamwork" in bad.json()["error"]
    assert client.get("/api/stories/999").status_code == 404
    assert client.delete(f"/api/stories/{sid}").status_code == 204
    assert client.get("/api/stories").json() == []


def test_api_answers_preview_save_rehearse_and_ask(client):
    prev = client.post("/api/stories/answers/preview", json={"kind": "why_company", "company": "Acme",
                                                              "fields": {"project": "great culture; I want to learn and grow"}}).json()
    assert prev["feedback"]["generic_phrases"][0]["phrase"] == "learn and grow"
    saved = client.post("/api/stories/answers", json={"kind": "pitch", "fields": {"achievement": "cut costs by 20%"}})
    assert saved.status_code == 201
    aid = saved.json()["id"]
    rehearsed = client.post(f"/api/stories/answers/{aid}/rehearsals", json={"seconds": 175}).json()
    assert rehearsed["last_rehearsal_seconds"] == 175
    assert client.post(f"/api/stories/answers/{aid}/rehearsals", json={"seconds": -1}).status_code == 422
    assert set(client.get("/api/stories/ask").json()["ask"]) == {"role", "team", "growth", "culture"}
    assert client.post("/api/stories/answers/preview", json={"kind": "poem"}).status_code == 422


def test_pages_render_and_the_form_round_trip_keeps_input_on_error(client):
    for path in ("/stories", "/stories/new", "/stories/questions", "/stories/pitch", "/stories/why-company",
                 "/stories/five-years", "/stories/ask", "/stories/questions/match?q=tell+me+about+a+conflict"):
        r = client.get(path)
        assert r.status_code == 200, path
    bad = client.post("/stories/new", data={"title": "", "mode": "parts", "situation": "My precious draft"})
    assert bad.status_code == 422 and "title is required" in bad.text and "My precious draft" in bad.text
    made = client.post("/stories/new", data={"title": "Draft", "mode": "free", "text": NO_RESULT,
                                              "categories": ["failure"], "tags": "a, b"}, follow_redirects=False)
    assert made.status_code == 303
    page = client.get(made.headers["location"])
    assert "The result is missing" in page.text and "Draft" in page.text
    index = client.get("/stories").text
    assert "Gaps:" in index and "failure (needs 1 more)" in index
    assert "Story bank readiness: <strong>5%</strong>" in index
    sid = made.headers["location"].rsplit("/", 1)[1]
    assert "Yes, delete it" in client.get(f"/stories/{sid}/delete").text
    assert client.post(f"/stories/{sid}/delete", follow_redirects=False).status_code == 303
    assert client.get(f"/stories/{sid}").status_code == 404
    assert client.get("/stories/nonsense").status_code == 404


def test_practice_page_and_api(client):
    page = client.get("/stories/practice?category=conflict")
    assert page.status_code == 200 and "Practise a question" in page.text
    q = client.get("/api/stories/practice", params={"category": "conflict"}).json()
    assert "conflict" in q["categories"]
    out = client.post("/api/stories/practice", json={"question": q["uuid"], "text": "I argued with my lead.", "seconds": 40})
    assert out.status_code == 200 and out.json()["feedback"]["result"] is False
    # A well-formed id that is not in the bank is not found; something that cannot be an id is refused.
    assert client.post("/api/stories/practice", json={"question": "ffffffff", "text": "x"}).status_code == 404
    bad = client.post("/api/stories/practice", json={"question": "zzzz", "text": "x"})
    assert bad.status_code == 422 and "zzzz" in bad.json()["error"]
    empty = client.post("/api/stories/practice", json={"question": "", "text": "", "seconds": False})
    assert empty.status_code == 422 and set(empty.json()) == {"error", "status"}


def test_the_story_list_filters_by_category_and_tag(client):
    client.post("/api/stories", json={"title": "Alpha story", "text": "I led it.", "categories": ["leadership"], "tags": ["ml ops"]})
    client.post("/api/stories", json={"title": "Beta story", "text": "I failed.", "categories": ["failure"]})
    by_cat = client.get("/stories", params={"category": "failure"}).text.split('id="list-h"')[1]
    assert "Beta story" in by_cat and "Alpha story" not in by_cat
    by_tag = client.get("/stories", params={"tag": "ml ops"}).text.split('id="list-h"')[1]
    assert "Alpha story" in by_tag and "Beta story" not in by_tag
    assert client.get("/stories", params={"category": "cooking"}).status_code == 422
