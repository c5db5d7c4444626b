"""The /api/resume endpoints and the resume pages, in-process."""

from tests.resume import files


def _pdf():
    return {"file": ("one.pdf", files.one_page_pdf(), "application/pdf")}


def test_api_check_and_match_an_upload(client, ol):
    r = client.post("/api/resume/check", files=_pdf())
    assert r.status_code == 200 and r.json()["pages"] == 1 and r.json()["pages_estimated"] is False
    r = client.post("/api/resume/match", files=_pdf(), data={"jd": files.JD})
    assert r.status_code == 200
    body = r.json()
    assert {"match_rate", "matched", "missing"} <= set(body)
    by_file = client.post("/api/resume/match", files={**_pdf(), "jd_file": ("jd.txt", files.JD.encode(), "text/plain")})
    assert by_file.json() == body
    from sqlalchemy import select

    from offerloop.store.base import Activity

    with ol.session() as s:  # the work counts for streaks and the interview plan, nothing else is stored
        kinds = [a.kind for a in s.scalars(select(Activity).where(Activity.area == "resume"))]
    assert kinds == ["resume-checked", "resume-matched", "resume-matched"]
    assert client.get("/api/resumes").json() == []


def test_api_bullet_and_cover_letter(client):
    r = client.post("/api/resume/bullet", json={"text": "Helped with dashboards", "past_role": True})
    assert r.status_code == 200 and r.json()["action_verb"] is False
    assert client.post("/api/resume/bullet", json={"text": "   "}).status_code == 422
    assert client.post("/api/resume/bullet", json={"text": "x", "extra": 1}).status_code == 422
    from tests.resume.test_cover import GOOD

    r = client.post("/api/resume/cover-letter", json={"text": GOOD, "jd": files.JD})
    assert r.status_code == 200 and r.json()["company_named"] is True
    r = client.post("/api/resume/cover-letter/decision", json={"referred": True})
    assert r.json()["decision"] == "write"


BAD = [
    ("broken.pdf", b"%PDF-1.4 broken", 422, "damaged"),
    ("broken.docx", b"PK\x03\x04xx", 422, "damaged"),
    ("empty.txt", b"", 422, "empty"),
    ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00", 422, "PDF, DOCX, Markdown and plain text"),
    ("big.txt", b"a" * (30 * 1024 * 1024), 413, "MB"),
    ("scan.pdf", None, 422, "no text layer"),
]


def test_bad_uploads_are_4xx_with_one_sentence_and_store_nothing(client):
    for name, data, status, words in BAD:
        payload = files.image_only_pdf() if data is None else data
        for url in ("/api/resume/check", "/api/resumes"):
            r = client.post(url, files={"file": (name, payload, "application/octet-stream")})
            assert r.status_code == status and words in r.json()["error"], (name, url)
        page = client.post("/resume/analyze", files={"file": (name, payload, "application/octet-stream")},
                           data={"save": "1", "jd": files.JD})
        assert page.status_code == status and words in page.text, name
    assert client.get("/api/resumes").json() == []
    assert client.get("/api/resume/descriptions").json() == []


def test_store_a_version_and_match_it_with_a_stored_description(client):
    r = client.post("/api/resumes", files=_pdf(), data={"name": "v1"})
    assert r.status_code == 201
    rid = r.json()["id"]
    d = client.post("/api/resume/descriptions", json={"text": files.JD})
    assert d.status_code == 201 and d.json()["company"] == "Brightpay"
    m = client.get(f"/api/resumes/{rid}/match/{d.json()['id']}")
    assert m.status_code == 200 and m.json()["total"] > 0
    page = client.get(f"/resume/resumes/{rid}?description={d.json()['id']}")
    assert page.status_code == 200 and "Match rate" in page.text and "v1" in page.text
    assert client.get("/api/resumes/0").status_code == 422
    assert client.get("/api/resumes/9999").status_code == 404
    assert client.delete(f"/api/resumes/{rid}").status_code == 204
    assert client.get("/api/resumes").json() == []


def test_the_application_page_shows_the_match(client, ol):
    app = ol.applications.add("Brightpay", "Senior Machine Learning Engineer", "startup")
    rid = client.post("/api/resumes", files=_pdf()).json()["id"]
    r = client.put(f"/api/resume/applications/{app['id']}", json={"resume_id": rid, "description_text": files.JD})
    assert r.status_code == 200 and r.json()["match"]["total"] > 0
    link = 'href="/resume/applications/%d"' % app["id"]
    assert link in client.get(f"/tracker/{app['id']}").text  # the one-line link on the tracker's page
    page = client.get(f"/resume/applications/{app['id']}")
    assert page.status_code == 200 and "Match rate" in page.text and "Brightpay" in page.text
    assert client.put("/api/resume/applications/4242", json={"resume_id": rid}).status_code == 404
    for value in ("abc", str(2**40)):
        bad = client.post(f"/resume/applications/{app['id']}", data={"resume_id": value})
        assert bad.status_code == 422
    assert client.get(f"/resume/resumes/{rid}?description={2**40}").status_code == 422


def test_pages_render(client):
    for url in ("/resume", "/resume/cover-letter", "/resume/github"):
        r = client.get(url)
        assert r.status_code == 200, url
    r = client.post("/resume/analyze", files=_pdf(), data={"jd": files.JD})
    assert r.status_code == 200 and "Edit:" in r.text and "Match rate" in r.text
    r = client.post("/resume/cover-letter", data={"action": "check", "text": ""})
    assert r.status_code == 422
