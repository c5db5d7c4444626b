"""Seeding real rows (submissions and activity) the way the practice area records them."""

from datetime import datetime

from offerloop.practice.models import Submission
from offerloop.store.base import Activity


def submit(ol, slug: str, verdict: str, at: datetime) -> None:
    """A graded submission row as ProblemManager.submit stores it (without running the judge)."""
    problem = ol.content.problem(slug)
    with ol.session() as s:
        s.add(Submission(owner_id=ol.user_id, problem_uuid=str(problem.meta.uuid), slug=slug, verdict=verdict,
                         passed=1 if verdict == "accepted" else 0, total=1, time_ms=1.0, code="# seeded",
                         result={}, created_at=at))
        s.add(Activity(owner_id=ol.user_id, at=at, area="practice",
                       kind="solved" if verdict == "accepted" else "attempted", subject=slug))


def activity(ol, *times: datetime) -> None:
    with ol.session() as s:
        for at in times:
            s.add(Activity(owner_id=ol.user_id, at=at, area="cards", kind="reviewed", subject="x"))
