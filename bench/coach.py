"""The coach's cohort view: how long `overview` takes for a cohort of candidates with some data.

Run: `python -m bench.coach [N]` (default 30 candidates). A throwaway SQLite store; each candidate
has a story, an application with an interview in two days, and three failed submissions. Prints
the median of three overviews and the time per candidate (readiness is computed per candidate,
per request).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path


def main(n: int = 30) -> None:
    from offerloop.app import Offerloop
    from offerloop.practice.models import Submission
    from offerloop.settings import Settings

    ol = Offerloop(Settings(data_dir=Path(tempfile.mkdtemp(prefix="offerloop-bench-coach-")), database_url=None,
                            judge_workers=1))
    password = "a long secret phrase"
    ol.accounts.add_user("coach@example.org", password, "coach")
    cohort = ol.accounts.create_cohort("Bench")
    ol.accounts.add_member("Bench", "coach@example.org")
    now = datetime.now(timezone.utc)
    for i in range(n):
        email = f"c{i}@example.org"
        ol.accounts.add_user(email, password, "candidate")
        ol.accounts.add_member("Bench", email)
        cand = ol.for_user(email)
        cand.stories.add(f"Launch {i}", text="I shipped the ranking model on time and CTR rose 12%.")
        app = cand.applications.add(f"Acme {i}", "ML engineer", "big-tech")
        cand.applications.add_interview(app["id"], "ml-coding", now + timedelta(days=2))
        with cand.session() as s:
            for k in range(3):
                s.add(Submission(problem_uuid="00000000-0000-0000-0000-000000000001", slug="two-sum",
                                 verdict="wrong_answer", passed=1, total=5, time_ms=3.0, code="", result={},
                                 created_at=now - timedelta(hours=k + 1)))
    coach = ol.for_user("coach@example.org")
    coach.coaching.overview(cohort["id"])  # warm: the content bank and the card index
    times = []
    for _ in range(3):
        t = time.perf_counter()
        out = coach.coaching.overview(cohort["id"])
        times.append(time.perf_counter() - t)
    median = statistics.median(times)
    assert len(out["candidates"]) == n and len(out["stuck"]) == n and len(out["interviewing_this_week"]) == n
    print(f"coach overview, {n} candidates: median {median:.2f} s over 3 runs, "
          f"{median / n * 1000:.0f} ms per candidate")
    ol.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
