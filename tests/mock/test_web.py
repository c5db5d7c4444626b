"""The /api/mock endpoints and pages over HTTP: bad input is one sentence and a 4xx, nothing lost."""


def test_api_start_answer_submit_and_refusals(client):
    bad = client.post("/api/mock/loops", json={"type": "faang"})
    assert bad.status_code == 422 and "faang" in bad.json()["error"]
    started = client.post("/api/mock/loops", json={"rounds": ["theory", "behavioral"]})
    assert started.status_code == 201
    loop = started.json()
    assert loop["type"] == "typical" and [r["kind"] for r in loop["rounds"]] == ["theory", "behavioral"]
    base = f"/api/mock/loops/{loop['id']}/rounds/1"
    early = client.post(f"{base}/submit", json={})
    assert early.status_code == 409 and "not been started" in early.json()["error"]
    assert client.post(f"{base}/resume").json()["state"] == "running"
    card = loop["rounds"][0]["items"][0]
    ans = client.post(f"{base}/items/1", json={"text": "Regularisation adds a penalty on the weights."})
    assert ans.status_code == 200 and ans.json()["item"]["result"]["score"] is not None
    assert ans.json()["item"]["slug"] == card["slug"]
    missing = client.post(f"{base}/items/9", json={"text": "x"})
    assert missing.status_code == 404 and "no item 9" in missing.json()["error"]
    out_of_range = client.post(f"{base}/submit", json={"technical": 7})
    assert out_of_range.status_code == 422
    done = client.post(f"{base}/submit", json={"technical": 2})
    assert done.status_code == 200 and done.json()["round"]["state"] == "submitted"
    twice = client.post(f"{base}/submit", json={"technical": 4})
    assert twice.status_code == 409 and twice.json()["error"].endswith("its scorecard stands.")
    assert client.get(f"/api/mock/loops/{loop['id']}").json()["rounds"][0]["self_assessment"] == {"technical": 2}
    assert client.get("/api/mock/loops/2147483648").status_code == 422  # ids are bounded
    assert client.get("/api/mock/loops/77").status_code == 404


def test_pages_render_and_a_form_start_redirects_to_the_loop(client):
    assert client.get("/mock").status_code == 200
    r = client.post("/mock/start", data={"type": "big-tech"}, follow_redirects=False)
    assert r.status_code == 303
    page = client.get(r.headers["location"])
    assert page.status_code == 200 and "Bar raiser" in page.text
    round_page = client.get(r.headers["location"] + "/rounds/1")
    assert round_page.status_code == 200 and "clarify" in round_page.text and "/problems/" in round_page.text
    assert client.post("/mock/start", data={"type": "faang"}).status_code == 422
    assert client.get("/api/readiness").json()["areas"][0]["area"] == "algorithms"


def test_the_start_form_can_pick_round_kinds(client):
    r = client.post("/mock/start", data={"type": "startup", "rounds": ["theory", "culture-fit"]}, follow_redirects=False)
    assert r.status_code == 303
    loop = client.get("/api/mock/loops/" + r.headers["location"].rsplit("/", 1)[1]).json()
    assert [x["kind"] for x in loop["rounds"]] == ["theory", "culture-fit"] and loop["type"] == "startup"
    bad = client.post("/mock/start", data={"type": "startup", "rounds": ["karaoke"]})
    assert bad.status_code == 422 and "no round kind" in bad.text and "karaoke" in bad.text
