"""The /plan page and the plan and review API."""

from datetime import timedelta

from icalendar import Calendar

from offerloop.store.base import utcnow
from tests.plan.helpers import submit


def test_page_without_a_plan_offers_to_build_one(client):
    r = client.get("/plan")
    assert r.status_code == 200
    assert "No plan yet" in r.text and 'action="/plan/coding"' in r.text


def test_build_from_the_form_shows_the_calendar(client):
    r = client.post("/plan/coding", data={"weeks": "6", "start": ""}, follow_redirects=True)
    assert r.status_code == 200 and "Plan built." in r.text
    assert r.text.count('<td class="day ') == 42
    assert 'aria-current="date"' in r.text and "/plan/coding.ics" in r.text


def test_form_errors_keep_the_input(client):
    r = client.post("/plan/coding", data={"weeks": "6", "start": "2001-05-05"})
    assert r.status_code == 422 and "in the past" in r.text and 'value="2001-05-05"' in r.text
    assert "No plan yet" in r.text


def test_api_plan_and_ics(client):
    days = client.post("/api/plan/coding", json={"weeks": 2}).json()
    assert len(days) == 14 and set(days[0]) == {"date", "kind", "problems"}
    stored = client.get("/api/plan").json()
    assert [d["problems"] for d in stored["days"]] == [d["problems"] for d in days]
    assert client.post("/api/plan/coding", json={"weeks": 6, "start": "1999-01-01"}).status_code == 422
    r = client.get("/plan/coding.ics")
    assert r.headers["content-type"].startswith("text/calendar")
    assert len(list(Calendar.from_ical(r.content).walk("VEVENT"))) == sum(
        1 for d in days if d["kind"] != "rest" and d["problems"])


def test_due_and_review_api(client, ol):
    assert client.get("/api/plan/due").json() == []
    submit(ol, "two-sum", "accepted", utcnow() - timedelta(days=20))
    due = client.get("/api/plan/due").json()
    assert [r["slug"] for r in due] == ["two-sum"]
    page = client.get("/plan").text
    assert 'action="/plan/review/two-sum"' in page
    r = client.post("/api/problems/two-sum/review", json={"rating": "easy"})
    assert r.status_code == 200 and r.json()["rating"] == "easy" and r.json()["due"] > utcnow().isoformat()
    assert client.get("/api/plan/due").json() == []
    assert client.post("/api/problems/two-sum/review", json={"rating": "superb"}).status_code == 422
    assert client.post("/api/problems/max-subarray/review", json={"rating": "good"}).status_code == 422


def test_home_shows_the_heatmap(client, ol):
    submit(ol, "two-sum", "accepted", utcnow())
    r = client.get("/")
    assert r.status_code == 200
    assert '<svg xmlns="http://www.w3.org/2000/svg" class="heatmap"' in r.text
    assert 'id="current-streak">1<' in r.text


def test_page_rating_suggested_from_the_re_solve(client, ol):
    submit(ol, "two-sum", "accepted", utcnow() - timedelta(days=20))
    r = client.post("/plan/review/two-sum", data={"rating": ""})
    assert r.status_code == 422 and "no re-solve of two-sum today" in r.text
    submit(ol, "two-sum", "wrong_answer", utcnow() - timedelta(seconds=2))
    submit(ol, "two-sum", "accepted", utcnow() - timedelta(seconds=1))
    r = client.post("/plan/review/two-sum", data={"rating": ""}, follow_redirects=True)
    assert r.status_code == 200 and "Review saved." in r.text
    with ol.session() as s:
        from sqlalchemy import select

        from offerloop.practice.review_models import ProblemReview

        last = s.scalars(select(ProblemReview).order_by(ProblemReview.id.desc())).first()
    assert (last.rating, last.suggested) == (2, True)  # hard: accepted after a failed attempt that day
