"""The coach's overview reads a whole cohort in a few queries (accounts.cohort_readiness): the levels
equal offerloop.readiness per candidate, a change shows on the very next request (nothing cached),
and a large cohort is paged. SQLite and PostgreSQL through the hosted fixtures."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import delete

from offerloop.accounts.coach import PAGE_MAX, read_only_view
from offerloop.accounts.cohort_readiness import readiness_many
from tests.accounts.conftest import sign_in

NOW = datetime.now(timezone.utc).replace(microsecond=0)
RESUME = b"""# Ada Lovelace
## Experience
- Built a PyTorch ranking model serving 2M users; raised CTR by 12% with A/B tests.
- Shipped feature pipelines in Python and SQL on Spark; cut training time by 40%.
## Skills
Python, PyTorch, SQL, Spark, A/B testing, Kubernetes
"""
JD = ("We want an ML engineer with Python, PyTorch, SQL and Spark who has run A/B tests and shipped "
      "ranking models; Kubernetes a plus.")


def _uid(hosted, email: str) -> int:
    return next(u["id"] for u in hosted.accounts.list_users() if u["email"] == email)


def _accepted(cand, slugs, at) -> None:
    from offerloop.practice.models import Submission

    with cand.session() as s:
        for slug in slugs:
            s.add(Submission(problem_uuid="00000000-0000-0000-0000-000000000001", slug=slug, verdict="accepted",
                             passed=5, total=5, time_ms=3.0, code="", result={}, created_at=at))


def _vary(hosted, emails: list[str]) -> None:
    """Five candidates with different evidence in every area readiness reads."""
    from offerloop.design.models import DesignAttempt
    from offerloop.mock.models import MockLoop, MockRound
    from offerloop.takehome.models import TakeHome, TakeHomeReview

    bank = hosted.content
    cards = list(bank.cards)
    algo = [p.meta.slug for p in bank.problems.values() if p.meta.track in ("algo", "python")]
    ml = [p.meta.slug for p in bank.problems.values() if p.meta.track in ("ml", "data")]
    designs = sorted(bank.designs)
    c0, c1, c2, c3, _c4 = (hosted.for_user(e) for e in emails)  # the fifth has nothing at all

    # c0: many cards studied at two retentions' worth, solved problems, strong stories
    c0.cards.set_prefs(desired_retention=0.85)
    for i, slug in enumerate(cards[:300]):
        c0.cards.review(slug, "good" if i % 5 else "hard", now=NOW - timedelta(days=3 + i % 20))
    _accepted(c0, algo[:60] + ml[:40], NOW - timedelta(days=2))
    for k, cat in enumerate(("leadership", "conflict", "failure")):
        c0.stories.add(f"Story {k}", situation="Our ranking model lagged.", task="I owned the fix.",
                       action="I rebuilt the features and ran an A/B test.", result="CTR rose 12% in 3 weeks.",
                       categories=[cat])
    # c1: a few cards, designs, take-homes, mocks
    for slug in cards[:40]:
        c1.cards.review(slug, "easy", now=NOW - timedelta(days=40))
    _accepted(c1, algo[:5], NOW - timedelta(days=1))
    with c1.session() as s:
        for k, slug in enumerate(designs[:6]):
            for score in (55 + 5 * k, 62 + 4 * k):
                s.add(DesignAttempt(case_slug=slug, case_uuid="00000000-0000-0000-0000-000000000002",
                                    text="design", score=score, created_at=NOW - timedelta(days=k)))
        th = TakeHome(name="churn", created_at=NOW)
        s.add(th)
        s.flush()
        s.add_all([TakeHomeReview(takehome_id=th.id, score=s_, created_at=NOW) for s_ in (58.0, 71.5)])
        loop = MockLoop(loop_type="onsite", created_at=NOW - timedelta(days=3))
        s.add(loop)
        s.flush()
        for pos, (kind, rating) in enumerate((("system-design", 4), ("coding", 2), ("theory", 3)), start=1):
            s.add(MockRound(loop_id=loop.id, position=pos, kind=kind, minutes=45, state="submitted", items=[],
                            phase_marks=[], submitted_at=NOW - timedelta(days=3, minutes=-pos),
                            scorecard={"ratings": {"technical": {"rating": rating}}, "signal": "mixed"}))
    # c2: a free-text story and a resume matched against a description
    c2.stories.add("Launch", text="I shipped the ranking model on time and CTR rose 12%.")
    resume = c2.resumes.add_resume(RESUME, "resume.md")
    app = c2.applications.add("Acme", "ML engineer", "big-tech")
    c2.resumes.attach(app["id"], resume_id=resume["id"], description_text=JD)
    # c3: only own cards, one studied
    own = c3.cards.add_own_card("What does dropout do at test time?", "Nothing; it is off.", topic="deep-learning")
    c3.cards.add_own_card("Why standardise features?", "Scale-sensitive models.")
    c3.cards.review(own, "good", now=NOW - timedelta(days=1))


@pytest.fixture
def varied(hosted, user):
    emails = [user("candidate", tag=f"v{i}") for i in range(5)]
    _vary(hosted, emails)
    return [_uid(hosted, e) for e in emails]


def test_bulk_readiness_equals_readiness_of_each_candidate(hosted, varied):
    from offerloop.readiness.evidence import readiness

    many = readiness_many(hosted, varied, NOW)
    assert sorted(many) == sorted(varied)
    levels = set()
    for uid in varied:
        one = readiness(read_only_view(hosted, uid), NOW)
        assert many[uid] == one, uid  # every level, gate, evidence line and figure
        levels.update((a["area"], a["level"]) for a in one["areas"])
    # the cohort is varied: several areas above level 1 somewhere, so the comparison means something
    assert len({area for area, level in levels if level > 1}) >= 5, levels


def test_bulk_readiness_reads_only_the_owners_asked_for(hosted, varied):
    from sqlalchemy import select

    from offerloop.accounts.cohort_readiness import owners_session
    from offerloop.stories.models import Story
    from offerloop.store.ownership import OwnershipError

    first = varied[0]
    alone = readiness_many(hosted, [first], NOW)
    assert list(alone) == [first]
    assert alone[first] == readiness_many(hosted, varied, NOW)[first]
    assert readiness_many(hosted, [], NOW) == {}
    # the session's own filter: a query that forgets owner_id still sees only the owners asked for
    with owners_session(hosted, [varied[2]]) as s:
        owners = {row.owner_id for row in s.scalars(select(Story))}
    assert owners == {varied[2]}
    with owners_session(hosted, varied) as s:
        assert {row.owner_id for row in s.scalars(select(Story))} == {varied[0], varied[2]}
    # and it writes nothing
    with pytest.raises(OwnershipError, match="coach's view"):
        with owners_session(hosted, [first]) as s:
            s.add(Story(owner_id=first, title="x", created_at=NOW, updated_at=NOW))
            s.flush()


@pytest.fixture
def cohort(hosted, user):
    coach = user("coach", tag="coach")
    hosted.accounts.create_cohort("Bulk")
    hosted.accounts.add_member("Bulk", coach)
    emails = sorted(user("candidate", tag=f"m{i}") for i in range(3))
    for e in emails:
        hosted.accounts.add_member("Bulk", e)
    return {"coach": coach, "emails": emails}


def _overview(client, cid, **params):
    r = client.get(f"/api/cohorts/{cid}/overview", params=params)
    assert r.status_code == 200, r.text
    return r.json()


def _cohort_id(client) -> int:
    return next(c["id"] for c in client.get("/api/cohorts").json() if c["name"] == "Bulk")


def test_practice_sharing_and_leaving_show_on_the_next_overview(web, hosted, cohort):
    from offerloop.accounts.models import CohortMember

    coach = web()
    sign_in(coach, cohort["coach"])
    cid = _cohort_id(coach)
    first = cohort["emails"][0]
    cand = hosted.for_user(first)

    def mine(o):
        return next(c for c in o["candidates"] if c["email"] == first)

    before = mine(_overview(coach, cid))
    algo = dict((a["area"], a["level"]) for a in before["readiness"]["areas"])["algorithms"]
    assert algo == 1 and before["activity"]["last_practice"] is None

    # practice: solving a tenth of the bank lifts the area to 2 on the very next request
    bank = [p.meta.slug for p in hosted.content.problems.values() if p.meta.track in ("algo", "python")]
    _accepted(cand, bank[: len(bank) // 10 + 12], NOW - timedelta(minutes=5))
    after = mine(_overview(coach, cid))
    assert dict((a["area"], a["level"]) for a in after["readiness"]["areas"])["algorithms"] == 2
    assert after["activity"]["last_practice"] is not None

    # sharing switched off: gone at once
    cand.coaching.set_sharing({"readiness": False, "activity": False})
    hidden = mine(_overview(coach, cid))
    assert hidden["readiness"] is None and hidden["activity"] is None

    # leaving the cohort: not listed, not counted
    with hosted.session(system=True) as s:
        s.execute(delete(CohortMember).where(CohortMember.cohort_id == cid,
                                             CohortMember.user_id == _uid(hosted, first)))
    o = _overview(coach, cid)
    assert first not in [c["email"] for c in o["candidates"]] and o["total"] == 2
    assert first not in coach.get(f"/api/cohorts/{cid}/overview").text


def test_a_large_cohort_is_paged_and_the_summary_covers_all(web, hosted, cohort):
    coach = web()
    sign_in(coach, cohort["coach"])
    cid = _cohort_id(coach)
    emails = cohort["emails"]
    o = _overview(coach, cid, limit=2)
    assert o["total"] == 3 and o["limit"] == 2 and o["offset"] == 0
    assert [c["email"] for c in o["candidates"]] == emails[:2]
    # all three joined just now and have interviews nowhere: not stuck; the summary is cohort-wide
    hosted.for_user(emails[2]).applications.add_interview(
        hosted.for_user(emails[2]).applications.add("Acme", "ML engineer", "big-tech")["id"], "ml-coding",
        NOW + timedelta(days=2))
    o = _overview(coach, cid, limit=2)
    assert o["interviewing_this_week"] == [emails[2]]
    rest = _overview(coach, cid, limit=2, offset=2)
    assert [c["email"] for c in rest["candidates"]] == emails[2:] and rest["candidates"][0]["interviews"]
    assert _overview(coach, cid, offset=10)["candidates"] == []
    for bad in ({"limit": 0}, {"limit": PAGE_MAX + 1}, {"offset": -1}, {"limit": "x"}):
        r = coach.get(f"/api/cohorts/{cid}/overview", params=bad)
        assert r.status_code == 422, (bad, r.status_code)
    page = coach.get(f"/coach/cohorts/{cid}", params={"limit": 2})
    assert page.status_code == 200
    assert "3 candidates" in page.text and f'href="?limit=2&amp;offset=2"' in page.text
    assert page.text.count("data-email=") == 2
    schema = coach.get("/openapi.json").json()
    params = {p["name"]: p for p in schema["paths"]["/api/cohorts/{cohort_id}/overview"]["get"]["parameters"]}
    assert params["limit"]["schema"]["maximum"] == PAGE_MAX
