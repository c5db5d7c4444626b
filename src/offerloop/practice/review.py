"""Spaced review of solved problems, scheduled by fsrs through the same wrapper the theory cards use.

One difference from cards, on purpose: no minute-scale learning steps. Re-solving a problem ten
minutes after solving it teaches nothing, so a problem goes straight to fsrs's Review state and its
first return is days away (good: about 3 days, easy: about a week, again/hard: the next day).
Everything else (Memory rows, rating names, no fuzzing, desired retention 0.9) is the cards' scheduler.

The first acceptance counts as the first review, rated from how the solve went. A re-solve is
rated by the user, or the rating is suggested from the submissions since the last review:
  not accepted                                      -> again
  accepted after failed attempts that same day      -> hard
  accepted first try                                -> good
  accepted first try within the quick time, no hints -> easy (only when minutes and hints are given)
Pure functions: `now` is a parameter.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Iterable, Sequence

from fsrs import Rating, Scheduler

from offerloop.cards.scheduler import RATING_NAMES, Memory, from_fsrs, parse_rating, to_fsrs

__all__ = ["Memory", "parse_rating", "RATING_NAMES", "make_scheduler", "review", "suggest_rating", "QUICK_MINUTES"]

DESIRED_RETENTION = 0.9
# A re-solve this fast (minutes, by difficulty) with no hints is rated easy.
QUICK_MINUTES = {"easy": 10, "medium": 20, "hard": 35}


def make_scheduler(desired_retention: float = DESIRED_RETENTION) -> Scheduler:
    return Scheduler(desired_retention=desired_retention, learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def review(memory: Memory | None, rating: Rating, now: datetime) -> Memory:
    """The state after rating the problem at `now`, as fsrs schedules it."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    now = now.astimezone(timezone.utc)
    card, _log = make_scheduler().review_card(to_fsrs(memory, now), rating, review_datetime=now)
    return from_fsrs(card)


def suggest_rating(verdicts: Sequence[str], *, difficulty: str = "medium", minutes: float | None = None,
                   hints: int | None = None) -> Rating | None:
    """The rating a re-solve earned, from its verdicts in order (None: there was no re-solve)."""
    if not verdicts:
        return None
    if "accepted" not in verdicts:
        return Rating.Again
    first_ok = verdicts.index("accepted")
    if first_ok > 0:
        return Rating.Hard
    if minutes is not None and hints == 0 and minutes <= QUICK_MINUTES.get(difficulty, 20):
        return Rating.Easy
    return Rating.Good


def same_day_verdicts(rows: Iterable[tuple[datetime, str]], day_of: datetime) -> list[str]:
    """Verdicts (oldest first) of the submissions made on the UTC day of `day_of` up to it."""
    day = day_of.astimezone(timezone.utc).date()
    return [v for at, v in sorted(rows) if at.astimezone(timezone.utc).date() == day and at <= day_of]


class ProblemReviews:
    """The user's review queue of solved problems (reached as app.plans.reviews)."""

    def __init__(self, app):
        self.app = app

    def _by_uuid(self) -> dict[str, object]:
        return {str(p.meta.uuid): p for p in self.app.content.problems.values()}

    def _sync(self, s, now: datetime) -> None:
        """Start the schedule of every problem accepted for the first time since the last look."""
        from sqlalchemy import select

        from offerloop.practice.models import Submission
        from offerloop.practice.review_models import ProblemReview, ProblemReviewState

        uid = self.app.user_id
        known = set(s.scalars(select(ProblemReviewState.problem_uuid).where(ProblemReviewState.owner_id == uid)))
        rows = s.execute(select(Submission.problem_uuid, Submission.slug, Submission.verdict, Submission.created_at)
                         .where(Submission.owner_id == uid, Submission.created_at <= now)
                         .order_by(Submission.created_at, Submission.id)).all()
        history: dict[str, list[tuple[datetime, str]]] = {}
        first: dict[str, tuple[datetime, str]] = {}
        for uuid, slug, verdict, at in rows:
            if uuid in known:
                continue
            history.setdefault(uuid, []).append((at, verdict))
            if verdict == "accepted" and uuid not in first:
                first[uuid] = (at, slug)
        for uuid, (at, slug) in first.items():
            rating = suggest_rating(same_day_verdicts(history[uuid], at)) or Rating.Good
            mem = review(None, rating, at)
            s.add(ProblemReviewState(owner_id=uid, problem_uuid=uuid, slug=slug, state=mem.state, step=mem.step,
                                     stability=mem.stability, difficulty=mem.difficulty, due=mem.due,
                                     last_review=mem.last_review, first_solved_at=at, reps=1, lapses=0))
            s.add(ProblemReview(owner_id=uid, problem_uuid=uuid, slug=slug, reviewed_at=at, rating=int(rating),
                                suggested=True, due_before=None, due_after=mem.due))
        s.flush()

    def _row_dict(self, row, problems: dict, now: datetime) -> dict:
        p = problems.get(row.problem_uuid)
        slug = p.meta.slug if p is not None else row.slug
        return {"slug": slug, "title": p.meta.title if p is not None else slug,
                "track": p.meta.track if p is not None else None,
                "difficulty": p.meta.difficulty if p is not None else None,
                "due": row.due.isoformat(), "overdue_days": max(0, (now - row.due).days),
                "reviews": row.reps, "lapses": row.lapses,
                "last_review": row.last_review.isoformat() if row.last_review else None}

    def due(self, now: datetime | None = None, *, include_upcoming: bool = False) -> list[dict]:
        """Solved problems due for review at `now` (soonest first); with include_upcoming, all of them."""
        from sqlalchemy.exc import IntegrityError

        try:
            return self._due(now, include_upcoming)
        except IntegrityError:  # a concurrent request started the same schedules first: theirs stand
            return self._due(now, include_upcoming)

    def _due(self, now: datetime | None, include_upcoming: bool) -> list[dict]:
        from sqlalchemy import select

        from offerloop.practice.review_models import ProblemReviewState
        from offerloop.store.base import utcnow

        now = now or utcnow()
        problems = self._by_uuid()
        with self.app.session() as s:
            self._sync(s, now)
            q = select(ProblemReviewState).where(ProblemReviewState.owner_id == self.app.user_id)
            if not include_upcoming:
                q = q.where(ProblemReviewState.due <= now)
            rows = s.scalars(q.order_by(ProblemReviewState.due, ProblemReviewState.id)).all()
            # Problems gone from the bank cannot be re-solved, so they are not offered.
            return [self._row_dict(r, problems, now) for r in rows if r.problem_uuid in problems]

    def review(self, slug: str, rating: str | None = None, *, now: datetime | None = None,
               minutes: float | None = None, hints: int | None = None) -> dict:
        """Rate a re-solve of a solved problem (or let the re-solve's submissions suggest the rating)
        and schedule its next review. Returns the rating used and the next due time."""
        from sqlalchemy.exc import IntegrityError

        try:
            return self._review(slug, rating, now, minutes, hints)
        except IntegrityError:  # a concurrent request started this problem's schedule first
            return self._review(slug, rating, now, minutes, hints)

    def _review(self, slug: str, rating: str | None, now: datetime | None, minutes: float | None,
                hints: int | None) -> dict:
        from sqlalchemy import select

        from offerloop.cards.scheduler import humanize_interval
        from offerloop.errors import Conflict, InvalidInput
        from offerloop.practice.models import Submission
        from offerloop.practice.review_models import ProblemReview, ProblemReviewState
        from offerloop.store.base import Activity, utcnow

        now = now or utcnow()
        problem = self.app.content.problem(slug)  # NotFound for an unknown slug
        uuid = str(problem.meta.uuid)
        if minutes is not None and minutes < 0 or hints is not None and hints < 0:
            raise InvalidInput("Minutes and hints cannot be negative.")
        with self.app.session() as s:
            self._sync(s, now)
            row = s.scalar(select(ProblemReviewState).where(ProblemReviewState.owner_id == self.app.user_id,
                                                            ProblemReviewState.problem_uuid == uuid))
            if row is None:
                raise InvalidInput(f"You have not solved {slug} yet; a problem comes up for review once it is accepted.")
            if rating is not None:
                chosen, suggested = parse_rating(rating), False
            else:
                since = row.last_review or row.first_solved_at
                subs = s.execute(select(Submission.created_at, Submission.verdict)
                                 .where(Submission.owner_id == self.app.user_id, Submission.problem_uuid == uuid,
                                        Submission.created_at > since, Submission.created_at <= now)).all()
                chosen = suggest_rating(same_day_verdicts(subs, now), difficulty=problem.meta.difficulty,
                                        minutes=minutes, hints=hints)
                if chosen is None:
                    raise InvalidInput(f"There is no re-solve of {slug} today to rate; submit it again first, "
                                       "or give the rating yourself.")
                suggested = True
            if row.last_review is not None and now < row.last_review:
                raise Conflict(f"{slug} was reviewed later than this moment already.")
            memory = Memory(state=row.state, step=row.step, stability=row.stability, difficulty=row.difficulty,
                            due=row.due, last_review=row.last_review)
            due_before = row.due
            after = review(memory, chosen, now)
            row.state, row.step, row.stability, row.difficulty = after.state, after.step, after.stability, after.difficulty
            row.due, row.last_review, row.slug = after.due, after.last_review, slug
            row.reps += 1
            if chosen == Rating.Again:
                row.lapses += 1
            s.add(ProblemReview(owner_id=self.app.user_id, problem_uuid=uuid, slug=slug, reviewed_at=now,
                                rating=int(chosen), suggested=suggested, due_before=due_before, due_after=after.due))
            s.add(Activity(owner_id=self.app.user_id, at=now, area="practice", kind="reviewed", subject=slug))
            return {"slug": slug, "rating": RATING_NAMES[int(chosen)], "suggested": suggested,
                    "due": after.due.isoformat(), "interval": humanize_interval(after.due - now)}
