"""Spaced review of solved problems: due dates as fsrs computes them, suggested ratings, errors."""

from datetime import datetime, timedelta, timezone

import pytest
from fsrs import Card, Rating, Scheduler
from sqlalchemy import select

from offerloop.errors import InvalidInput, NotFound
from offerloop.practice.review import suggest_rating
from offerloop.practice.review_models import ProblemReview
from offerloop.store.base import Activity
from tests.plan.helpers import submit

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def fsrs_direct():
    return Scheduler(desired_retention=0.9, learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def test_due_dates_follow_fsrs(ol):
    submit(ol, "two-sum", "wrong_answer", T0)
    submit(ol, "two-sum", "accepted", T0 + timedelta(minutes=5))
    assert ol.plans.reviews.due(T0 + timedelta(hours=1)) == []

    # the first solve, after a failed attempt that day, is the first review rated hard
    sched = fsrs_direct()
    card, _ = sched.review_card(Card(card_id=1, due=T0), Rating.Hard, review_datetime=T0 + timedelta(minutes=5))
    upcoming = ol.plans.reviews.due(T0, include_upcoming=True)
    assert [r["slug"] for r in upcoming] == ["two-sum"]
    assert datetime.fromisoformat(upcoming[0]["due"]) == card.due
    assert ol.plans.reviews.due(card.due)[0]["slug"] == "two-sum"

    # a re-solve rated good moves the due date exactly as fsrs does
    t1 = card.due + timedelta(hours=2)
    result = ol.plans.reviews.review("two-sum", "good", now=t1)
    card, _ = sched.review_card(card, Rating.Good, review_datetime=t1)
    assert datetime.fromisoformat(result["due"]) == card.due
    assert result["rating"] == "good" and result["suggested"] is False
    assert ol.plans.reviews.due(t1) == []

    # forgetting it (again) brings it back sooner than good would have
    t2 = card.due
    again = ol.plans.reviews.review("two-sum", "again", now=t2)
    card_again, _ = sched.review_card(card, Rating.Again, review_datetime=t2)
    card_good, _ = sched.review_card(card, Rating.Good, review_datetime=t2)
    assert datetime.fromisoformat(again["due"]) == card_again.due < card_good.due
    with ol.session() as s:
        ratings = s.scalars(select(ProblemReview.rating).order_by(ProblemReview.reviewed_at)).all()
        kinds = s.scalars(select(Activity.kind).where(Activity.kind == "reviewed")).all()
    assert ratings == [2, 3, 1] and len(kinds) == 2


def test_rating_suggested_from_the_re_solve(ol):
    submit(ol, "max-subarray", "accepted", T0)
    due = datetime.fromisoformat(ol.plans.reviews.due(T0, include_upcoming=True)[0]["due"])
    t = due + timedelta(hours=1)
    with pytest.raises(InvalidInput, match="no re-solve"):
        ol.plans.reviews.review("max-subarray", None, now=t)
    submit(ol, "max-subarray", "too_slow", t)
    submit(ol, "max-subarray", "accepted", t + timedelta(minutes=3))
    result = ol.plans.reviews.review("max-subarray", None, now=t + timedelta(minutes=4))
    assert result["rating"] == "hard" and result["suggested"] is True


def test_suggestion_rules():
    assert suggest_rating([]) is None
    assert suggest_rating(["wrong_answer", "too_slow"]) == Rating.Again
    assert suggest_rating(["wrong_answer", "accepted"]) == Rating.Hard
    assert suggest_rating(["accepted"]) == Rating.Good
    assert suggest_rating(["accepted"], difficulty="easy", minutes=6, hints=0) == Rating.Easy
    assert suggest_rating(["accepted"], difficulty="easy", minutes=6, hints=1) == Rating.Good
    assert suggest_rating(["accepted"], difficulty="easy", minutes=25, hints=0) == Rating.Good


def test_unsolved_and_unknown_problems_are_refused(ol):
    with pytest.raises(InvalidInput, match="not solved two-sum yet"):
        ol.plans.reviews.review("two-sum", "good", now=T0)
    submit(ol, "two-sum", "accepted", T0)
    with pytest.raises(InvalidInput, match="not one of again"):
        ol.plans.reviews.review("two-sum", "great", now=T0 + timedelta(days=1))
    with pytest.raises(NotFound):
        ol.plans.reviews.review("no-such-problem", "good", now=T0)
