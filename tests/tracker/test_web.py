"""The JSON API under /api/applications and /api/reminders, and the tracker pages."""

from icalendar import Calendar


def _add(client, company="Acme", kind="startup"):
    r = client.post("/api/applications", json={"company": company, "role": "ML Engineer", "type": kind})
    assert r.status_code == 201, r.text
    return r.json()


def test_create_move_and_read_back(client):
    a = _add(client)
    r = client.post(f"/api/applications/{a['id']}/move", json={"stage": "recruiter-screen"})
    assert r.status_code == 200 and r.json()["stage"] == "recruiter-screen"
    assert client.get("/api/applications").json()[0]["stage"] == "recruiter-screen"
    bad = client.post(f"/api/applications/{a['id']}/move", json={"stage": "heaven"})
    assert bad.status_code == 422 and "valid stages are" in bad.json()["error"]
    assert client.get("/api/applications/999").status_code == 404
    assert client.post("/api/applications", json={"company": "X", "role": "Y", "type": "guild"}).status_code == 422


def test_interview_questions_checklist_thank_you_over_http(client):
    a = _add(client)
    base = f"/api/applications/{a['id']}"
    r = client.post(f"{base}/interviews", json={"round": "ml-coding", "at": "2020-05-01T10:00",
                                                "tz": "Europe/Amsterdam", "interviewers": ["Ana Ruiz"]})
    assert r.status_code == 201 and r.json()["warnings"]  # in the past: stored, but said
    iv = r.json()
    assert iv["starts_at"] == "2020-05-01T08:00:00+00:00"
    q = client.post(f"{base}/interviews/{iv['id']}/questions", json={"text": "Implement k-means", "topic": "clustering"})
    assert q.status_code == 201
    assert client.put(f"{base}/interviews/{iv['id']}/checklist", json={"key": "during.think-aloud"}).status_code == 200
    assert client.put(f"{base}/interviews/{iv['id']}/checklist", json={"key": "x.y"}).status_code == 422
    draft = client.get(f"{base}/interviews/{iv['id']}/thank-you").json()
    assert "Hi Ana," in draft["text"] and "clustering" in draft["text"]
    kinds = [r["kind"] for r in client.get("/api/reminders").json()]
    assert "thank-you" in kinds
    assert client.post(f"{base}/interviews/{iv['id']}/thank-you/sent").json()["sent_at"]
    assert "thank-you" not in [r["kind"] for r in client.get("/api/reminders").json()]
    other = _add(client, "Other")
    assert client.get(f"/api/applications/{other['id']}/interviews/{iv['id']}").status_code == 404


def test_reminders_at_a_given_now(client):
    a = _add(client)
    client.post(f"/api/applications/{a['id']}/interviews", json={"round": "recruiter", "at": "2030-01-01T09:00Z",
                                                                 "minutes": 30})
    rows = client.get("/api/reminders", params={"now": "2030-01-01T09:30:00+00:00"}).json()
    assert rows[0]["kind"] == "thank-you" and rows[0]["due"] == "2030-01-02T09:30:00+00:00"
    assert client.get("/api/reminders", params={"now": "soon"}).status_code == 422


def test_exports_and_csv_import_confirmation(client):
    a = _add(client)
    client.post(f"/api/applications/{a['id']}/interviews", json={"round": "ml-theory", "at": "2030-01-01T09:00Z"})
    ics = client.get("/api/applications/export.ics")
    assert ics.headers["content-type"].startswith("text/calendar")
    assert len(Calendar.from_ical(ics.content).walk("VEVENT")) == 1
    csv_text = client.get("/api/applications/export.csv").text
    bad = csv_text + "Broken,MLE,startup,applied,yesterday,,,,,\n"
    headers = {"content-type": "text/csv"}
    # Row 2 is the stored application again: a duplicate, so only the bad row 3 is left, nothing to confirm.
    skip = client.post("/api/applications/import-csv", content=bad, headers=headers).json()
    assert skip["imported"] == [] and not skip["needs_confirmation"] and skip["errors"][0]["row"] == 3
    assert [d["row"] for d in skip["duplicates"]] == [2] and "already stored" in skip["duplicates"][0]["error"]
    allow = "/api/applications/import-csv?duplicates=allow"
    first = client.post(allow, content=bad, headers=headers).json()
    assert first["imported"] == [] and first["needs_confirmation"] and first["errors"][0]["row"] == 3
    assert client.post(allow + "&strict=true", content=bad, headers=headers).status_code == 422
    done = client.post(allow + "&confirm=true", content=bad, headers=headers).json()
    assert len(done["imported"]) == 1 and done["duplicates"] == []
    assert len(client.get("/api/applications").json()) == 2


def test_flags_settings_and_funnel_endpoints(client):
    a = _add(client)
    f = client.post(f"/api/applications/{a['id']}/flags", json={"group": "role", "preset": "no-data-access"})
    assert f.status_code == 201 and f.json()["company"] == "Acme"
    assert client.get("/api/applications/flags", params={"company": "acme"}).json()[0]["group"] == "role"
    assert client.delete(f"/api/applications/flags/{f.json()['id']}").status_code == 204
    assert client.put("/api/applications/settings", json={"follow_up_days": 5}).json()["follow_up_days"] == 5
    assert client.get("/api/applications/funnel").json()["total"] == 1
    assert len(client.get("/api/applications/flag-choices").json()) == 4


def test_pages_render_board_detail_funnel_and_reminders(client):
    empty = client.get("/tracker")
    assert empty.status_code == 200 and "No applications yet" in empty.text
    a = _add(client, "Nimbus")
    client.post(f"/api/applications/{a['id']}/interviews", json={"round": "behavioral", "at": "2030-01-01T09:00Z"})
    board = client.get("/tracker").text
    assert "Nimbus" in board and 'draggable="true"' in board and 'class="stage-select"' in board
    detail = client.get(f"/tracker/{a['id']}").text
    for part in ("Timeline", "Interviews", "Contacts", "Red flags", "Checklist", "Thank-you note"):
        assert part in detail
    funnel = client.get("/tracker/funnel").text
    assert "<svg" in funnel and 'data-stage="applied"' in funnel
    assert client.get("/tracker/reminders").status_code == 200
    assert client.get("/tracker/12345").status_code == 404


def test_flags_page_and_company_level_flags(client):
    assert "No red flags logged" in client.get("/tracker/flags").text
    r = client.post("/api/applications/flags", json={"company": "Umbra", "group": "offer", "text": "Exploding offer"})
    assert r.status_code == 201 and r.json()["application_id"] is None
    assert client.post("/api/applications/flags", json={"company": "Umbra", "group": "mood", "text": "x"}).status_code == 422
    page = client.get("/tracker/flags").text
    assert "Umbra" in page and "Exploding offer" in page and "The offer" in page


def test_reschedule_over_http(client):
    a = _add(client)
    iv = client.post(f"/api/applications/{a['id']}/interviews", json={"round": "recruiter", "at": "2030-01-01T09:00Z"}).json()
    r = client.patch(f"/api/applications/{a['id']}/interviews/{iv['id']}", json={"at": "2030-01-03T15:30", "tz": "Europe/London"})
    assert r.status_code == 200 and r.json()["starts_at"] == "2030-01-03T15:30:00+00:00"
    assert client.patch(f"/api/applications/{a['id']}/interviews/{iv['id']}", json={"at": "later"}).status_code == 422
