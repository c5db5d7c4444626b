"""Home dashboard benchmark: GET / ("Today": due cards and problems, plan item, reminders, the next
interview, readiness per area, the streak heatmap) for a busy user, next to GET /api/health.

Run: `python -m bench.dashboard`. The user has 2,000 reviewed cards (the bank's cards plus their own),
300 submissions over 100 problems and 50 applications with interviews, seeded into a fresh SQLite
store. Both endpoints are timed in this run, interleaved, through the in-process HTTP client, after one
warm-up request each. Exits 1 when the dashboard's median is above the 100 ms target of issue 16.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

TARGET_MS = 100.0
CARDS, SUBMISSIONS, APPLICATIONS = 2000, 300, 50
ROUNDS = 30


def seed(ol, now: datetime, rng: random.Random) -> None:
    from offerloop.cards import scheduler as sched
    from offerloop.cards.models import CardReview, CardState, OwnCard
    from offerloop.practice.models import Submission
    from offerloop.store.base import Activity

    bank = list(ol.content.cards.values())
    topics = sorted({c.topic for c in bank})
    with ol.session() as s:
        for n in range(CARDS - len(bank)):
            s.add(OwnCard(owner_id=ol.user_id, slug=f"own-{n + 1}-bench-question-{n + 1}",
                          question=f"Bench question {n + 1}: why does regularisation help generalisation?",
                          answer="It adds a penalty on the weights. Smaller weights give a simpler model. "
                                 "A simpler model varies less between training sets.",
                          topic=topics[n % len(topics)], key_points=[], created_at=now, updated_at=now))
    slugs = [c.slug for c in bank] + [f"own-{n + 1}-bench-question-{n + 1}" for n in range(CARDS - len(bank))]
    with ol.session() as s:
        for slug in slugs:
            at = now - timedelta(days=rng.randint(1, 200), hours=rng.randint(0, 23))
            mem = sched.review(None, sched.parse_rating(rng.choice(["good", "good", "hard", "easy"])), at)
            s.add(CardState(owner_id=ol.user_id, card_slug=slug, state=mem.state, step=mem.step,
                            stability=mem.stability, difficulty=mem.difficulty, due=mem.due,
                            last_review=mem.last_review, introduced_at=at, reps=1, lapses=0))
            s.add(CardReview(owner_id=ol.user_id, card_slug=slug, reviewed_at=at, rating=3, state_before=0,
                             due_before=None, due_after=mem.due, stability_after=mem.stability,
                             difficulty_after=mem.difficulty))
            s.add(Activity(owner_id=ol.user_id, at=at, area="cards", kind="reviewed", subject=slug))
    problems = rng.sample(sorted(ol.content.problems.values(), key=lambda p: p.meta.slug), 100)
    with ol.session() as s:
        for n in range(SUBMISSIONS):
            p = problems[n % len(problems)]
            at = now - timedelta(days=rng.randint(1, 120), minutes=n)
            ok = rng.random() < 0.6
            s.add(Submission(owner_id=ol.user_id, problem_uuid=str(p.meta.uuid), slug=p.meta.slug,
                             verdict="accepted" if ok else "wrong_answer", passed=10 if ok else 4, total=10,
                             time_ms=12.0, code="def f():\n    return 1\n", result={}, created_at=at))
            s.add(Activity(owner_id=ol.user_id, at=at, area="practice", kind="solved" if ok else "attempted",
                           subject=p.meta.slug))
    kinds = ["big-tech", "mid-size", "startup", "research-lab"]
    for n in range(APPLICATIONS):
        a = ol.applications.add(f"Company {n}", "ML engineer", kinds[n % 4], applied_at=now - timedelta(days=30 + n),
                                now=now - timedelta(days=30))
        if n % 2 == 0:
            ol.applications.add_interview(a["id"], "phone-screen", now - timedelta(days=n % 9, hours=3),
                                          now=now - timedelta(days=20))
        if n % 5 == 0:
            ol.applications.add_interview(a["id"], "ml-coding", now + timedelta(days=2 + n // 5),
                                          now=now - timedelta(days=20))


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    from fastapi.testclient import TestClient

    from offerloop.app import Offerloop
    from offerloop.settings import Settings
    from offerloop.web.app import create_app

    folder = Path(tempfile.mkdtemp(prefix="offerloop-bench-"))
    ol = Offerloop(Settings(data_dir=folder, database_url=None))
    now = datetime.now(timezone.utc)
    started = time.perf_counter()
    seed(ol, now, random.Random(16))
    print(f"seeded {CARDS} reviewed cards, {SUBMISSIONS} submissions, {APPLICATIONS} applications "
          f"in {time.perf_counter() - started:.1f} s")
    with TestClient(create_app(ol)) as client:
        for path in ("/", "/api/health"):  # warm-up: templates, the content bank, the review schedules
            assert client.get(path).status_code == 200
        page = client.get("/").text
        assert 'id="today"' in page and 'id="readiness"' in page
        base, figure = [], []
        for _ in range(ROUNDS):
            base.append(timed(lambda: client.get("/api/health")))
            figure.append(timed(lambda: client.get("/")))
    ol.close()
    base_ms, fig_ms = statistics.median(base), statistics.median(figure)
    load = os.getloadavg()[0]
    print(f"machine: {os.cpu_count()} cores, load average {load:.1f} during the run "
          "(both figures slow down together; the ratio is the comparable number)")
    print(f"GET /api/health median {base_ms:.1f} ms (baseline)")
    print(f"GET / (Today dashboard) median {fig_ms:.1f} ms, p90 {sorted(figure)[int(0.9 * ROUNDS)]:.1f} ms, "
          f"{fig_ms / base_ms:.1f}x the health check; target {TARGET_MS:.0f} ms")
    return 0 if fig_ms <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
