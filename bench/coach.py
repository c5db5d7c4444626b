"""The coach's cohort view: how long the overview takes for a cohort with realistic data, next to
`GET /api/health` in the same run.

Run: `python -m bench.coach [N]` (default 200 candidates; needs Redis at 127.0.0.1:6379, as hosted
mode does). A throwaway SQLite store in hosted mode, served in process (FastAPI's TestClient) to a
signed-in coach. Each candidate has 10-40 card reviews (fsrs states), 4-24 submissions over a few
problems (some accepted, some failing three times), 1-3 stories, an application with an interview,
practice activity, and every fourth one design attempts, a take-home review and a mock round; one in
ten shares nothing. Rows are written directly (one argon2 hash for everyone) so building 200 takes
seconds. Prints the median of 7 requests of `GET /api/health`, the overview API and the cohort page,
and the ratio of each to health, as wall time and as this process's CPU time (the wall time grows
with whatever else loads the machine; the CPU time does not). Exits 1 when the API or page wall
median is 300 ms or more.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

RUNS = 7
TARGET_MS = 300.0


def _build(ol, n: int, now: datetime) -> int:
    """n candidates and a coach in cohort "Bench"; returns the cohort id."""
    from offerloop.accounts import passwords
    from offerloop.accounts.models import Account, CohortMember, SharingSetting
    from offerloop.cards.models import CardState
    from offerloop.design.models import DesignAttempt
    from offerloop.mock.models import MockLoop, MockRound
    from offerloop.practice.models import Submission
    from offerloop.store.base import Activity, User
    from offerloop.stories.models import Story
    from offerloop.takehome.models import TakeHome, TakeHomeReview
    from offerloop.tracker.models import Application, Interview

    rng = random.Random(17)
    cohort = ol.accounts.create_cohort("Bench")
    hashed = passwords.hash_password("a long secret phrase")
    cards = list(ol.content.cards)
    problems = [p.meta.slug for p in ol.content.problems.values()]
    designs = sorted(ol.content.designs)
    ids = []
    with ol.session(system=True) as s:
        for i in range(n + 1):
            email = "coach@example.org" if i == n else f"c{i:04d}@example.org"
            user = User(name=email, created_at=now - timedelta(days=30))
            s.add(user)
            s.flush()
            role = "coach" if i == n else "candidate"
            s.add(Account(user_id=user.id, email=email, password_hash=hashed, role=role, disabled=False,
                          created_at=now - timedelta(days=30), password_changed_at=now - timedelta(days=30)))
            s.add(CohortMember(cohort_id=cohort["id"], user_id=user.id, role=role,
                               joined_at=now - timedelta(days=rng.randint(3, 30))))
            if i < n:
                ids.append(user.id)
    for i, uid in enumerate(ids):
        with ol.for_user_id(uid).session() as s:
            for slug in rng.sample(cards, rng.randint(10, 40)):
                last = now - timedelta(days=rng.uniform(0.5, 40))
                stability = rng.uniform(1, 60)
                s.add(CardState(card_slug=slug, state=2, step=None, stability=stability,
                                difficulty=rng.uniform(2, 8), due=last + timedelta(days=stability),
                                last_review=last, introduced_at=last - timedelta(days=3), reps=3, lapses=0))
            for slug in rng.sample(problems, rng.randint(2, 8)):
                verdicts = ["wrong_answer"] * 3 if rng.random() < 0.3 else ["wrong_answer", "accepted"]
                for k, verdict in enumerate(verdicts):
                    at = now - timedelta(days=rng.uniform(0, 10), minutes=-k)
                    s.add(Submission(problem_uuid=str(uuid.uuid4()), slug=slug, verdict=verdict, passed=1, total=5,
                                     time_ms=3.0, code="", result={}, created_at=at))
                    s.add(Activity(at=at, area="practice", kind="submitted", subject=slug))
            for k in range(rng.randint(1, 3)):
                s.add(Story(title=f"Story {k}", situation="Our ranking model lagged behind.",
                            task="I owned the fix.", action=f"I rebuilt the features ({i}) and ran an A/B test.",
                            result=f"CTR rose {k + 5}% in three weeks.", categories=[["leadership", "conflict",
                                                                                     "failure"][k]],
                            created_at=now - timedelta(days=5), updated_at=now - timedelta(days=5)))
            app = Application(company=f"Acme {i}", role="ML engineer", company_type="big-tech")
            s.add(app)
            s.flush()
            s.add(Interview(application_id=app.id, round="ml-coding", starts_at=now + timedelta(days=rng.randint(1, 12)),
                            minutes=45))
            if i % 4 == 0:
                for slug in rng.sample(designs, 3):
                    s.add(DesignAttempt(case_slug=slug, case_uuid=str(uuid.uuid4()), text="a design",
                                        score=rng.randint(40, 90), created_at=now - timedelta(days=2)))
                th = TakeHome(name="churn", created_at=now - timedelta(days=4))
                s.add(th)
                s.flush()
                s.add(TakeHomeReview(takehome_id=th.id, score=rng.uniform(40, 90), created_at=now - timedelta(days=4)))
                loop = MockLoop(loop_type="onsite", created_at=now - timedelta(days=3))
                s.add(loop)
                s.flush()
                s.add(MockRound(loop_id=loop.id, position=1, kind="coding", minutes=60, state="submitted", items=[],
                                phase_marks=[], submitted_at=now - timedelta(days=3),
                                scorecard={"ratings": {"technical": {"rating": rng.randint(1, 4)}}, "signal": "mixed"}))
            if i % 10 == 9:
                s.add(SharingSetting(readiness=False, activity=False, interviews=False, companies=False))
    return cohort["id"]


def _median_ms(client, path: str) -> tuple[float, float]:
    """Median wall time and median CPU time of this process (server and client in one) per request, in ms.
    The CPU figure does not grow when other programs load the machine; the wall time does."""
    times, cpu = [], []
    for _ in range(RUNS):
        t, c = time.perf_counter(), time.process_time()
        r = client.get(path)
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        assert r.status_code == 200, (path, r.status_code, r.text[:200])
    return statistics.median(times), statistics.median(cpu)


def main(n: int = 200) -> int:
    from fastapi.testclient import TestClient

    from offerloop.app import Offerloop
    from offerloop.settings import Settings
    from offerloop.web.app import create_app

    started = time.perf_counter()
    ol = Offerloop(Settings(data_dir=Path(tempfile.mkdtemp(prefix="offerloop-bench-coach-")), database_url=None,
                            judge_workers=1, mode="hosted", redis_url="redis://127.0.0.1:6379/14",
                            redis_prefix=f"bench-coach-{uuid.uuid4().hex[:8]}"))
    now = datetime.now(timezone.utc)
    cohort_id = _build(ol, n, now)
    built = time.perf_counter() - started
    with TestClient(create_app(ol)) as client:
        r = client.post("/api/session", json={"email": "coach@example.org", "password": "a long secret phrase"})
        assert r.status_code == 200, r.text
        api, page = f"/api/cohorts/{cohort_id}/overview", f"/coach/cohorts/{cohort_id}"
        o = client.get(api).json()  # warm: the content bank and the story analyses
        client.get(page)
        assert o["total"] == n and len(o["candidates"]) == min(n, o["limit"]), (o["total"], len(o["candidates"]))
        shared = sum(1 for c in o["candidates"] if c["readiness"])
        health = _median_ms(client, "/api/health")
        api_ms = _median_ms(client, api)
        page_ms = _median_ms(client, page)
    ol.close()
    load = os.getloadavg()[0]
    print(f"coach overview, {n} candidates ({shared} sharing readiness; built in {built:.1f} s; load average "
          f"{load:.1f} on {os.cpu_count()} cores), median of {RUNS} (wall / CPU): GET /api/health {health[0]:.1f} / "
          f"{health[1]:.1f} ms; overview API {api_ms[0]:.0f} / {api_ms[1]:.0f} ms ({api_ms[0] / health[0]:.0f}x health); "
          f"cohort page {page_ms[0]:.0f} / {page_ms[1]:.0f} ms ({page_ms[0] / health[0]:.0f}x health); "
          f"target < {TARGET_MS:.0f} ms")
    api_ms, page_ms = api_ms[0], page_ms[0]
    return 0 if api_ms < TARGET_MS and page_ms < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
