"""Submissions: every graded attempt at a problem, with its verdict and the code that earned it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow


class Submission(Owned, Base):
    __tablename__ = "practice_submissions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    problem_uuid: Mapped[str] = mapped_column(String(36), index=True)  # the permanent key of the problem
    slug: Mapped[str] = mapped_column(String(120))
    verdict: Mapped[str] = mapped_column(String(30))
    passed: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    time_ms: Mapped[float] = mapped_column(Float)
    code: Mapped[str] = mapped_column(Text)
    result: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class Draft(Owned, Base):
    """The code being written on a problem page, saved as it is typed (one per user and problem)."""

    __tablename__ = "practice_drafts"
    __table_args__ = (UniqueConstraint("owner_id", "problem_uuid", name="uq_practice_drafts_owner_problem"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    problem_uuid: Mapped[str] = mapped_column(String(36))
    slug: Mapped[str] = mapped_column(String(120))
    code: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
from offerloop.practice import review_models as review_models  # noqa: E402,F401  (spaced review tables)
