import json

from offerloop.takehome.agreement import CORPUS

NB = CORPUS / "leaks/target/label_not_dropped_leak.ipynb"


def _upload(client, path, url="/api/takehome/reviews", **form):
    return client.post(url, files={"file": (path.name, path.read_bytes(), "application/octet-stream")}, data=form)


def test_upload_stores_and_returns_the_report(client, ol):
    r = _upload(client, NB, name="Label take-home")
    assert r.status_code == 201, r.text
    data = r.json()
    assert data["leaks"][0]["kind"] == "target" and data["leaks"][0]["cell"] == 2
    stored = client.get(f"/api/takehome/reviews/{data['review_id']}").json()
    assert stored["score"] == data["score"]
    assert client.get("/api/takehome").json()[0]["name"] == "Label take-home"


def test_link_to_an_application(client, ol):
    app = ol.applications.add("Acme", "DS", "big-tech")
    data = _upload(client, NB).json()
    linked = client.put(f"/api/takehome/{data['takehome_id']}/application", json={"application_id": app["id"]})
    assert linked.status_code == 200 and linked.json()["application_id"] == app["id"]
    assert client.put(f"/api/takehome/{data['takehome_id']}/application", json={"application_id": 77}).status_code == 404
    assert client.put("/api/takehome/0/application", json={}).status_code == 422


def test_bad_uploads_are_a_sentence_not_a_500(client):
    r = client.post("/api/takehome/reviews", files={"file": ("a.docx", b"hi", "application/octet-stream")})
    assert r.status_code == 422 and "not a folder, .zip, .py or .ipynb" in r.json()["error"]
    r = client.post("/api/takehome/reviews", data={"name": "x"})
    assert r.status_code == 422
    r = client.post("/api/takehome/reviews", content=b"x" * 10, headers={
        "content-type": "multipart/form-data; boundary=zz", "content-length": str(200 * 1024 * 1024)})
    assert r.status_code == 413 and "MB" in r.json()["error"]


def test_big_upload_without_a_declared_length_stops_at_the_cap(client):
    from offerloop.web.routers.takehome import MAX_UPLOAD

    blob = b"0" * (MAX_UPLOAD + 10)
    r = client.post("/api/takehome/reviews", files={"file": ("big.py", blob, "text/x-python")})
    assert r.status_code == 413


def test_pages(client):
    page = client.get("/takehome")
    assert page.status_code == 200 and "Time budget" in page.text and "Problem understanding, EDA" in page.text
    r = client.post("/takehome/review", files={"file": (NB.name, NB.read_bytes(), "application/json")},
                    follow_redirects=False)
    assert r.status_code == 303
    report = client.get(r.headers["location"])
    assert report.status_code == 200 and "leakage" in report.text and "README template" in report.text
    readme = client.get(r.headers["location"] + "/README.md")
    assert readme.text.startswith("# Label Not Dropped Leak")
    bad = client.post("/takehome/review", files={"file": ("x.txt", b"hello", "text/plain")})
    assert bad.status_code == 422 and "not a folder" in bad.text
    assert client.get("/takehome/reviews/999").status_code == 404


def test_openapi_declares_the_upload(client):
    spec = client.get("/openapi.json").json()
    body = spec["paths"]["/api/takehome/reviews"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert "file" in body["schema"]["properties"]
    assert json.dumps(spec)  # serialisable
