"""Gather readiness evidence from every area's manager (and, where a manager has no bulk read, the
area's table read-only), then hand it to the pure rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from offerloop.readiness.rules import Evidence, assess
from offerloop.store.base import utcnow


def card_retrievability(ol, now: datetime) -> list[tuple[str, float | None]]:
    """(topic, retrievability now) for every card; one fsrs scheduler for all, so 2,000 cards stay fast."""
    from fsrs import Card, State

    from offerloop.cards.models import CardState
    from offerloop.cards.scheduler import make_scheduler

    items = ol.cards.items()
    with ol.session() as s:
        rows = {r.card_slug: r for r in s.scalars(select(CardState).where(CardState.owner_id == ol.user_id))}
    scheduler = make_scheduler(ol.cards.prefs()["desired_retention"])
    out = []
    for i in items:
        r = rows.get(i.slug)
        if r is None or r.stability is None or r.last_review is None:
            out.append((i.topic or "own", None))
            continue
        card = Card(card_id=1, state=State(r.state), step=r.step, stability=r.stability, difficulty=r.difficulty,
                    due=r.due, last_review=r.last_review)
        out.append((i.topic or "own", float(scheduler.get_card_retrievability(card, current_datetime=now))))
    return out


def best_match(ol) -> float | None:
    """The best match rate over the (latest three) applications with a resume and a description attached."""
    try:
        from offerloop.resume.models import ApplicationDocuments
    except ImportError:
        return None
    with ol.session() as s:
        pairs = s.execute(select(ApplicationDocuments.resume_id, ApplicationDocuments.description_id)
                          .where(ApplicationDocuments.owner_id == ol.user_id,
                                 ApplicationDocuments.resume_id.is_not(None),
                                 ApplicationDocuments.description_id.is_not(None))
                          .order_by(ApplicationDocuments.updated_at.desc()).limit(3)).all()
    rates = [ol.resumes.match(r, d)["match_rate"] for r, d in pairs]
    return max(rates) if rates else None


def gather(ol, now: datetime) -> Evidence:
    problems = [{"track": p["track"], "difficulty": p["difficulty"], "topics": p["topics"], "solved": p["solved"]}
                for p in ol.problems.list()]
    designs = [{"slug": c["slug"], "attempts": c["attempts"], "best_score": c["best_score"]} for c in ol.designs.cases()]
    takehome = [r["score"] for t in ol.takehomes.list() for r in t["reviews"] if r.get("score") is not None]
    return Evidence(cards=card_retrievability(ol, now), problems=problems, designs=designs,
                    stories=ol.stories.readiness(), resumes=len(ol.resumes.list_resumes()),
                    best_match=best_match(ol), takehome_scores=takehome, mocks=ol.mocks.area_ratings())


def readiness(ol, now: datetime | None = None) -> dict[str, Any]:
    now = now or utcnow()
    out = assess(gather(ol, now))
    out["now"] = now.isoformat()
    return out
