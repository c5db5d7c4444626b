"""Page benchmark: the heavy user's pages and list APIs against `GET /api/health`, in one run.

Run: `make bench-pages` (or `python -m bench.pages [--backend sqlite|postgres]`). Builds a store
with 2,000 applications (with timelines and interviews), 2,000 cards (reviewed bank cards plus own
cards), 200 stories, 5,000 submissions and 40 offers through bulk inserts, then prints each page's
median next to the health check's (the ratio) and the time of a 10,000-row CSV import.
The targets (issue 18): every page under 100 ms median, the import under 5 s.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

APPLICATIONS = 2_000
CARDS = 2_000
STORIES = 200
SUBMISSIONS = 5_000
OFFERS = 40
CSV_ROWS = 10_000
RUNS = 15
PAGE_TARGET_MS = 100.0
IMPORT_TARGET_S = 5.0
PROBLEM = "linear-regression"
NOW = datetime.now(timezone.utc)


def median_ms(fn, runs: int = RUNS) -> float:
    fn()  # warm: template compilation, first queries
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def build(ol) -> None:
    """Fill ol's store with the heavy user's data (bulk inserts: building is not what is measured)."""
    from sqlalchemy import insert, select

    from offerloop.cards.models import CardState, OwnCard
    from offerloop.practice.models import Submission
    from offerloop.stories.models import Story
    from offerloop.tracker import pipeline
    from offerloop.tracker.models import Application, ApplicationEvent, Interview

    rng = random.Random(18)
    uid = ol.user_id
    kinds = list(pipeline.COMPANY_TYPES)
    with ol.session() as s:
        apps = []
        for i in range(APPLICATIONS):
            kind = kinds[i % len(kinds)]
            stages = pipeline.stages_for(kind)
            applied = NOW - timedelta(days=rng.randint(1, 400), minutes=i)
            apps.append({"owner_id": uid, "company": f"Company {i % 700}", "role": f"ML Engineer {i}",
                         "company_type": kind, "stage": rng.choice(stages), "source": "bench", "link": "",
                         "job_description": "Build models. " * 20, "applied_at": applied,
                         "stage_changed_at": applied + timedelta(days=1)})
        s.execute(insert(Application), apps)
        ids = list(s.scalars(select(Application.id).where(Application.owner_id == uid).order_by(Application.id)))
        events, interviews = [], []
        for n, app_id in enumerate(ids):
            for k in range(3):
                events.append({"owner_id": uid, "application_id": app_id, "at": NOW - timedelta(days=30 - k, minutes=n),
                               "kind": "note", "text": f"Note {k}"})
            if n % 4 == 0:
                for k in range(2):
                    interviews.append({"owner_id": uid, "application_id": app_id, "round": "phone-screen",
                                       "starts_at": NOW + timedelta(days=rng.randint(-60, 60), hours=k),
                                       "tz": "UTC", "minutes": 45, "interviewers": ["Ana"], "notes": "",
                                       "checklist": [], "uid": f"bench-{n}-{k}"})
        s.execute(insert(ApplicationEvent), events)
        s.execute(insert(Interview), interviews)

        bank = list(ol.content.cards)
        states = []
        for i, slug in enumerate(bank):
            states.append({"owner_id": uid, "card_slug": slug, "state": 2, "step": None, "stability": 10.0,
                           "difficulty": 5.0, "due": NOW + timedelta(days=rng.randint(-5, 30)),
                           "last_review": NOW - timedelta(days=3), "introduced_at": NOW - timedelta(days=40),
                           "reps": 4, "lapses": 1})
        own = []
        for i in range(max(0, CARDS - len(bank))):
            slug = f"own-{i + 1}-bench-question-{i}"
            own.append({"owner_id": uid, "slug": slug, "question": f"Bench question {i}: why does dropout help?",
                        "answer": "It averages many thinned networks. It reduces co-adaptation.", "topic": None,
                        "key_points": [], "source": "bench", "created_at": NOW, "updated_at": NOW})
            if i % 2 == 0:
                states.append({"owner_id": uid, "card_slug": slug, "state": 2, "step": None, "stability": 5.0,
                               "difficulty": 5.0, "due": NOW + timedelta(days=rng.randint(-5, 30)),
                               "last_review": NOW - timedelta(days=2), "introduced_at": NOW - timedelta(days=20),
                               "reps": 2, "lapses": 0})
        if own:
            s.execute(insert(OwnCard), own)
        s.execute(insert(CardState), states)

        s.execute(insert(Story), [
            {"owner_id": uid, "title": f"Story {i}: shipping the ranking model", "situation": "Latency doubled. " * 5,
             "task": "Own the fix. " * 3, "action": "Profiled the service and cut features. " * 5,
             "result": "p99 down 40%. " * 3, "text": "", "categories": ["challenges", "success"],
             "tags": [f"tag{i % 9}"], "question_uuids": [], "created_at": NOW, "updated_at": NOW}
            for i in range(STORIES)])

        problem = ol.content.problem(PROBLEM)
        code = problem.solution_path.read_text()
        result = {"verdict": "wrong_answer", "cases": [{"name": f"case {k}", "ok": False} for k in range(10)]}
        s.execute(insert(Submission), [
            {"owner_id": uid, "problem_uuid": str(problem.meta.uuid), "slug": PROBLEM,
             "verdict": "accepted" if i % 5 == 0 else "wrong_answer", "passed": 8, "total": 10,
             "time_ms": 12.5, "code": code, "result": result, "created_at": NOW - timedelta(minutes=i)}
            for i in range(SUBMISSIONS)])
    for i in range(OFFERS):
        ol.offers.add({"company": f"Offer Co {i}", "base": str(150_000 + 1000 * i), "bonus_pct": "10",
                       "equity": "200000", "vesting": "25,25,25,25", "sign_on": "10000", "level": "senior",
                       "company_type": ("big-tech", "mid-size", "startup")[i % 3]})


def csv_text(rows: int) -> str:
    lines = ["company,role,type,stage,applied_at,source"]
    for i in range(rows):
        lines.append(f"Import Co {i},Research Scientist {i},startup,applied,2026-0{1 + i % 9}-1{i % 10},csv")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--pg-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--only", nargs="*", default=None, metavar="PATH",
                        help="measure only the paths containing one of these (and skip the import)")
    args = parser.parse_args(argv)

    from fastapi.testclient import TestClient

    from offerloop.app import Offerloop
    from offerloop.settings import Settings
    from offerloop.web.app import create_app

    with tempfile.TemporaryDirectory() as tmp:
        url, schema = None, None
        if args.backend == "postgres":
            import uuid

            import sqlalchemy as sa

            schema = f"bench_{uuid.uuid4().hex[:8]}"
            admin = sa.create_engine(args.pg_url)
            with admin.begin() as conn:
                conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
            url = f"{args.pg_url}?options=-csearch_path%3D{schema}"
        ol = Offerloop(Settings(data_dir=Path(tmp), database_url=url, judge_workers=1))
        try:
            started = time.perf_counter()
            build(ol)
            print(f"built {APPLICATIONS} applications, {CARDS} cards, {STORIES} stories, {SUBMISSIONS} submissions, "
                  f"{OFFERS} offers in {time.perf_counter() - started:.1f} s ({args.backend})")
            failed = []
            with TestClient(create_app(ol)) as client:
                def get(path: str):
                    def run():
                        r = client.get(path)
                        assert r.status_code == 200, (path, r.status_code, r.text[:300])
                    return run

                health = median_ms(get("/api/health"), runs=50)
                print(f"{'GET /api/health':<46} {health:8.2f} ms   (baseline)")
                for path in ("/tracker", "/cards", "/stories", f"/problems/{PROBLEM}", "/offers",
                             "/api/applications", "/api/cards", "/api/stories",
                             f"/api/problems/{PROBLEM}/submissions", "/api/offers"):
                    if args.only is not None and not any(part in path for part in args.only):
                        continue
                    ms = median_ms(get(path))
                    mark = "" if ms < PAGE_TARGET_MS else f"   ABOVE the {PAGE_TARGET_MS:.0f} ms target"
                    if mark and not path.startswith("/api/"):
                        failed.append(path)
                    print(f"{'GET ' + path:<46} {ms:8.2f} ms   {ms / health:6.1f}x health{mark}")

                if args.only is not None:
                    return 1 if failed else 0
                text = csv_text(CSV_ROWS)
                started = time.perf_counter()
                r = client.post("/api/applications/import-csv", content=text.encode(),
                                headers={"Content-Type": "text/csv"})
                took = time.perf_counter() - started
                assert r.status_code == 200 and len(r.json()["imported"]) == CSV_ROWS, r.text[:300]
                mark = "" if took < IMPORT_TARGET_S else f"   ABOVE the {IMPORT_TARGET_S:.0f} s target"
                if mark:
                    failed.append("csv import")
                print(f"{'CSV import of ' + str(CSV_ROWS) + ' applications':<46} {took * 1000:8.0f} ms   "
                      f"{took * 1000 / health:6.0f}x health{mark}")
        finally:
            ol.close()
            if schema:
                with admin.begin() as conn:
                    conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()
    if failed:
        print("above target: " + ", ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
