"""A coach's cohort view (issue 17, point 5): readiness, stuck and this week's interviews per candidate,
only what each candidate shares; a coach of another cohort and candidates get 404; read only.
Runs on SQLite and PostgreSQL through the hosted fixtures."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from offerloop.accounts.coach import (DEFAULT_SHARING, REPEATED_FAILURES, STUCK_DAYS, Attempt, read_only_view,
                                      repeated_failures, stuck_reasons)
from tests.accounts.conftest import sign_in

NOW = datetime(2031, 3, 4, 12, 0, tzinfo=timezone.utc)


# -- the pure rules --------------------------------------------------------------------------------
def test_three_recent_failures_of_one_problem_not_yet_accepted_is_stuck():
    fails = [Attempt("two-sum", False, NOW - timedelta(days=d)) for d in (3, 2, 1)]
    assert repeated_failures(fails, NOW) == [{"problem": "two-sum", "failures": 3,
                                              "last_at": (NOW - timedelta(days=1)).isoformat()}]
    # accepted at last: no longer stuck on it
    assert repeated_failures(fails + [Attempt("two-sum", True, NOW - timedelta(hours=1))], NOW) == []
    # two failures are not a pattern; failures older than the window do not count
    assert repeated_failures(fails[1:], NOW) == []
    old = [Attempt("two-sum", False, NOW - timedelta(days=STUCK_DAYS + d)) for d in (1, 2)]
    assert repeated_failures(old + fails[2:], NOW) == []
    assert REPEATED_FAILURES == 3


def test_no_practice_for_seven_days_is_stuck_counted_from_joining_when_never_practised():
    joined = NOW - timedelta(days=30)
    assert stuck_reasons(NOW - timedelta(days=6, hours=23), joined, [], NOW) == []
    assert stuck_reasons(NOW - timedelta(days=9), joined, [], NOW) == ["No practice for 9 days."]
    assert stuck_reasons(None, NOW - timedelta(days=2), [], NOW) == []  # just joined: not yet stuck
    assert stuck_reasons(None, joined, [], NOW) == ["No practice since joining 30 days ago."]
    failing = [{"problem": "lru-cache", "failures": 4, "last_at": NOW.isoformat()}]
    assert stuck_reasons(NOW, joined, failing, NOW) == ["Failed lru-cache 4 times in 7 days, not yet accepted."]


# -- the view, end to end ----------------------------------------------------------------------------
def _user_id(hosted, email: str) -> int:
    return next(u["id"] for u in hosted.accounts.list_users() if u["email"] == email)


def _failed_submissions(hosted, user_id: int, slug: str, times: int, now: datetime) -> None:
    """Real rows, written as the candidate (their ownership lock), as the judge would store them."""
    from offerloop.practice.models import Submission
    from offerloop.store.base import Activity

    cand = hosted.for_user_id(user_id)
    with cand.session() as s:
        for i in range(times):
            at = now - timedelta(hours=times - i)
            s.add(Submission(problem_uuid="00000000-0000-0000-0000-000000000001", slug=slug, verdict="wrong_answer",
                             passed=1, total=5, time_ms=3.0, code="def f(): pass", result={}, created_at=at))
            s.add(Activity(at=at, area="practice", kind="submitted", subject=slug))


@pytest.fixture
def cohorts(hosted, user, web):
    """Cohort X (coach C; candidates A, who shares the defaults, and B, who shares nothing) and
    cohort Y (coach D; candidate E), each candidate with an interview in two days."""
    x = hosted.accounts.create_cohort("Spring X")
    y = hosted.accounts.create_cohort("Spring Y")
    people = {k: user(role, tag=k) for k, role in
              (("c", "coach"), ("d", "coach"), ("a", "candidate"), ("b", "candidate"), ("e", "candidate"),
               ("root", "admin"))}
    for cohort, members in (("Spring X", "cab"), ("Spring Y", "de")):
        for k in members:
            hosted.accounts.add_member(cohort, people[k])
    clients = {}
    for k in ("a", "b", "e"):
        c = clients[k] = web()
        sign_in(c, people[k])
        app = c.post("/api/applications", json={"company": f"SECRET{k.upper()} Labs", "role": "ML engineer",
                                                "type": "big-tech", "job_description": f"SECRET{k.upper()} notes"})
        assert app.status_code == 201, app.text
        at = (datetime.now(timezone.utc) + timedelta(days=2)).replace(microsecond=0).isoformat()
        r = c.post(f"/api/applications/{app.json()['id']}/interviews",
                   json={"round": "ml-coding", "at": at, "interviewers": [f"SECRET{k.upper()} Dana"]})
        assert r.status_code == 201, r.text
        assert c.post("/api/stories", json={"title": f"SECRET{k.upper()} launch",
                                            "text": f"I shipped SECRET{k.upper()} on time."}).status_code == 201
    r = clients["b"].put("/api/me/sharing", json={"readiness": False, "activity": False, "interviews": False})
    assert r.status_code == 200 and r.json() == {"readiness": False, "activity": False, "interviews": False,
                                                 "companies": False}
    _failed_submissions(hosted, _user_id(hosted, people["a"]), "two-sum", 3, datetime.now(timezone.utc))
    return {"x": x["id"], "y": y["id"], "people": people, "clients": clients}


def test_coach_sees_only_what_each_candidate_shares(web, hosted, cohorts):
    p = cohorts["people"]
    coach = web()
    sign_in(coach, p["c"])
    assert [c["name"] for c in coach.get("/api/cohorts").json()] == ["Spring X"]
    r = coach.get(f"/api/cohorts/{cohorts['x']}/overview")
    assert r.status_code == 200, r.text
    o = r.json()
    assert [c["email"] for c in o["candidates"]] == sorted([p["a"], p["b"]])
    a = next(c for c in o["candidates"] if c["email"] == p["a"])
    b = next(c for c in o["candidates"] if c["email"] == p["b"])

    assert a["shares"] == DEFAULT_SHARING
    assert [x["area"] for x in a["readiness"]["areas"]][:2] == ["algorithms", "ml-coding"]
    assert all(1 <= x["level"] <= 4 for x in a["readiness"]["areas"]) and len(a["readiness"]["areas"]) == 7
    assert a["activity"]["stuck"] is True
    assert a["activity"]["repeated_failures"][0]["problem"] == "two-sum"
    assert a["activity"]["repeated_failures"][0]["failures"] == 3
    assert len(a["interviews"]) == 1 and a["interviews"][0]["round"] == "ml-coding"
    assert "company" not in a["interviews"][0] or a["interviews"][0]["company"] is None  # companies off by default
    assert o["stuck"] == [p["a"]] and o["interviewing_this_week"] == [p["a"]]

    # B shares nothing: the view says so and holds nothing of B's
    assert b["readiness"] is None and b["activity"] is None and b["interviews"] is None
    # no text of anyone's stories, notes, interviewers or companies, nor cohort Y's candidate
    for secret in ("SECRETA", "SECRETB", "SECRETE"):
        assert secret not in r.text
    assert p["e"] not in r.text

    # A shares companies too: now the company shows, still no other text
    assert cohorts["clients"]["a"].put("/api/me/sharing", json={"companies": True}).json()["companies"] is True
    again = coach.get(f"/api/cohorts/{cohorts['x']}/overview")
    a2 = next(c for c in again.json()["candidates"] if c["email"] == p["a"])
    assert a2["interviews"][0]["company"] == "SECRETA Labs"
    assert "SECRETA notes" not in again.text and "SECRETA Dana" not in again.text and "SECRETB" not in again.text


def test_coach_of_another_cohort_and_candidates_get_404(web, hosted, cohorts):
    p = cohorts["people"]
    other = web()
    sign_in(other, p["d"])
    mine = other.get(f"/api/cohorts/{cohorts['y']}/overview")
    assert mine.status_code == 200 and p["e"] in mine.text
    theirs = other.get(f"/api/cohorts/{cohorts['x']}/overview")
    absent = other.get("/api/cohorts/2147483647/overview")
    assert theirs.status_code == absent.status_code == 404
    assert theirs.json()["error"] == absent.json()["error"]
    assert p["a"] not in theirs.text
    assert other.get(f"/coach/cohorts/{cohorts['x']}").status_code == 404

    cand = cohorts["clients"]["a"]  # a candidate of cohort X itself
    for path in ("/api/cohorts", f"/api/cohorts/{cohorts['x']}/overview", "/coach", f"/coach/cohorts/{cohorts['x']}"):
        r = cand.get(path)
        assert r.status_code == 404, (path, r.status_code)
        assert p["b"] not in r.text

    admin = web()
    sign_in(admin, p["root"])
    assert sorted(c["name"] for c in admin.get("/api/cohorts").json()) == ["Spring X", "Spring Y"]
    assert admin.get(f"/api/cohorts/{cohorts['y']}/overview").status_code == 200

    anon = web()
    assert anon.get(f"/api/cohorts/{cohorts['x']}/overview").status_code == 401
    assert anon.get("/coach", follow_redirects=False).status_code == 303


def test_coach_pages_show_the_cohort_as_html(web, hosted, cohorts):
    p = cohorts["people"]
    coach = web()
    sign_in(coach, p["c"])
    index = coach.get("/coach")
    assert index.status_code == 200 and "Spring X" in index.text and "Spring Y" not in index.text
    assert f'href="/coach/cohorts/{cohorts["x"]}"' in index.text
    assert '<a href="/coach">Coach</a>' in index.text  # the header links coaches to their cohorts
    assert 'href="/coach"' not in cohorts["clients"]["a"].get("/account").text  # and not candidates
    page = coach.get(f"/coach/cohorts/{cohorts['x']}")
    assert page.status_code == 200
    html = page.text
    row_a = html.split(f'data-email="{p["a"]}"')[1].split("</tr>")[0]
    row_b = html.split(f'data-email="{p["b"]}"')[1].split("</tr>")[0]
    assert "stuck" in row_a and "two-sum" in row_a and "ml-coding" in row_a and "not shared" not in row_a
    assert row_b.count("not shared") == 3
    assert "SECRET" not in html and p["e"] not in html


def test_the_view_is_read_only(hosted, cohorts):
    from sqlalchemy import func, select

    from offerloop.store.base import Activity
    from offerloop.store.ownership import OwnershipError

    a_id = _user_id(hosted, cohorts["people"]["a"])
    view = read_only_view(hosted, a_id)
    with hosted.for_user_id(a_id).session() as s:
        before = s.scalar(select(func.count()).select_from(Activity))
    with pytest.raises(OwnershipError, match="coach's view"):
        with view.session() as s:
            s.add(Activity(at=NOW, area="practice", kind="x", subject="x"))
            s.flush()
    hosted.coaching  # the deployment's own object is untouched
    coach_id = _user_id(hosted, cohorts["people"]["c"])
    hosted.for_user_id(coach_id).coaching.overview(cohorts["x"])  # reading does not write
    with hosted.for_user_id(a_id).session() as s:
        assert s.scalar(select(func.count()).select_from(Activity)) == before


def test_sharing_settings_refuse_bad_input(web, user):
    c = web()
    sign_in(c, user())
    assert c.get("/api/me/sharing").json() == DEFAULT_SHARING
    assert c.put("/api/me/sharing", json={"readiness": 0}).status_code == 422
    assert c.put("/api/me/sharing", json={"texts": True}).status_code == 422
    assert c.put("/api/me/sharing", json={"activity": False}).json() == {**DEFAULT_SHARING, "activity": False}
    assert c.get("/api/me/sharing").json()["activity"] is False
    page = c.get("/account")
    assert page.status_code == 200 and 'name="activity"' in page.text
    r = c.post("/account/sharing", data={"readiness": "1", "interviews": "1"}, follow_redirects=False)
    assert r.status_code == 303
    assert c.get("/api/me/sharing").json() == {"readiness": True, "activity": False, "interviews": True,
                                               "companies": False}
