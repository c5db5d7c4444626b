"""Gather readiness evidence from every area's manager (and, where a manager has no bulk read, the
area's table read-only), then hand it to the pure rules."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select

from offerloop.readiness.rules import Evidence, assess
from offerloop.store.base import utcnow


def card_index(ol) -> list[tuple[str, str, bool]]:
    """(slug, topic, own) for every card, bank first. Read from the bank and the own-cards table:
    building the cards' full items compiles every own card's claims, which the dashboard does not need."""
    from offerloop.cards.models import OwnCard

    bank = [(c.slug, c.topic, False) for c in ol.content.cards.values()]
    with ol.session() as s:
        own = [(slug, topic or "own", True) for slug, topic in s.execute(
            select(OwnCard.slug, OwnCard.topic).where(OwnCard.owner_id == ol.user_id).order_by(OwnCard.id))]
    return bank + own


def card_states(ol) -> dict[str, tuple]:
    """slug -> (state, step, stability, difficulty, due, last_review), as plain columns (loading 2,000
    ORM rows twice cost more than everything else on the dashboard)."""
    from offerloop.cards.models import CardState

    with ol.session() as s:
        rows = s.execute(select(CardState.card_slug, CardState.state, CardState.step, CardState.stability,
                                CardState.difficulty, CardState.due, CardState.last_review)
                         .where(CardState.owner_id == ol.user_id)).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def cards_due(ol, now: datetime, index: list[tuple[str, str, bool]] | None = None,
              states: dict[str, tuple] | None = None) -> dict[str, int]:
    """Due and new card counts by the cards' own queue rules (cards.queue.build_queue): the user's own
    cards first among new ones, today's new-card allowance counted from midnight UTC."""
    from datetime import timezone

    from sqlalchemy import func

    from offerloop.cards.models import CardState
    from offerloop.cards.queue import Scheduled, build_queue

    index = card_index(ol) if index is None else index
    states = card_states(ol) if states is None else states
    day_start = now.astimezone(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)
    with ol.session() as s:
        introduced = s.scalar(select(func.count()).select_from(CardState).where(
            CardState.owner_id == ol.user_id, CardState.introduced_at >= day_start)) or 0
    order = [slug for slug, _t, own in index if own] + [slug for slug, _t, own in index if not own]
    known = {slug for slug, _t, _o in index}
    scheduled = [Scheduled(slug, st[0], st[4]) for slug, st in states.items() if slug in known]
    q = build_queue(order, scheduled, introduced, ol.cards.prefs()["new_per_day"], now)
    return {"due": len(q.due), "new": len(q.new)}


def card_retrievability(ol, now: datetime, index: list[tuple[str, str, bool]] | None = None,
                        states: dict[str, tuple] | None = None) -> list[tuple[str, float | None]]:
    """(topic, retrievability now) for every card; one fsrs scheduler for all, so 2,000 cards stay fast."""
    from fsrs import Card, State

    from offerloop.cards.scheduler import make_scheduler

    index = card_index(ol) if index is None else index
    states = card_states(ol) if states is None else states
    scheduler = make_scheduler(ol.cards.prefs()["desired_retention"])
    card = Card(card_id=1, state=State.Review, due=now)  # one Card, refilled per row: building 2,000 cost more
    out = []
    for slug, topic, _own in index:
        st = states.get(slug)
        if st is None or st[2] is None or st[5] is None:
            out.append((topic, None))
            continue
        card.state, card.step, card.stability, card.difficulty = State(st[0]), st[1], st[2], st[3]
        card.due, card.last_review = st[4], st[5]
        out.append((topic, float(scheduler.get_card_retrievability(card, current_datetime=now))))
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


def gather(ol, now: datetime, index: list[tuple[str, str, bool]] | None = None,
           states: dict[str, tuple] | None = None) -> Evidence:
    problems = [{"track": p["track"], "difficulty": p["difficulty"], "topics": p["topics"], "solved": p["solved"]}
                for p in ol.problems.list()]
    designs = [{"slug": c["slug"], "attempts": c["attempts"], "best_score": c["best_score"]} for c in ol.designs.cases()]
    takehome = [r["score"] for t in ol.takehomes.list() for r in t["reviews"] if r.get("score") is not None]
    return Evidence(cards=card_retrievability(ol, now, index, states), problems=problems, designs=designs,
                    stories=ol.stories.readiness(), resumes=len(ol.resumes.list_resumes()),
                    best_match=best_match(ol), takehome_scores=takehome, mocks=ol.mocks.area_ratings())


def readiness(ol, now: datetime | None = None, index: list[tuple[str, str, bool]] | None = None,
              states: dict[str, tuple] | None = None) -> dict[str, Any]:
    now = now or utcnow()
    out = assess(gather(ol, now, index, states))
    out["now"] = now.isoformat()
    return out
