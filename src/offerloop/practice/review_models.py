"""Spaced review of solved problems: per-user FSRS state per problem, and the review log.

A problem enters review when it is first accepted; its key is the problem's permanent UUID (the
slug is kept for display and may be renamed in the bank).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from offerloop.store.base import Base, Owned, UTCDateTime


class ProblemReviewState(Owned, Base):
    """Where one solved problem stands for one user, in the terms of the fsrs package's Card."""

    __tablename__ = "problem_review_states"
    __table_args__ = (UniqueConstraint("owner_id", "problem_uuid", name="uq_problem_review_states_owner_problem"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    problem_uuid: Mapped[str] = mapped_column(String(36))
    slug: Mapped[str] = mapped_column(String(120))
    state: Mapped[int] = mapped_column(Integer)  # fsrs.State: 2 review, 3 relearning
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stability: Mapped[float | None] = mapped_column(Float, nullable=True)
    difficulty: Mapped[float | None] = mapped_column(Float, nullable=True)
    due: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    first_solved_at: Mapped[datetime] = mapped_column(UTCDateTime())
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)


class ProblemReview(Owned, Base):
    """One rating of one problem (the first acceptance counts as the first review)."""

    __tablename__ = "problem_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    problem_uuid: Mapped[str] = mapped_column(String(36), index=True)
    slug: Mapped[str] = mapped_column(String(120))
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    rating: Mapped[int] = mapped_column(Integer)  # fsrs.Rating: 1 again, 2 hard, 3 good, 4 easy
    suggested: Mapped[bool] = mapped_column(Boolean, default=False)  # the rating came from the re-solve
    due_before: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    due_after: Mapped[datetime] = mapped_column(UTCDateTime())
