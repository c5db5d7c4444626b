"""Tables of the readiness area: the user's coding plan (one current plan per user)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, Integer, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow


class CodingPlan(Owned, Base):
    """The day-by-day coding plan; building a new one replaces the old (one row per user)."""

    __tablename__ = "coding_plans"
    __table_args__ = (UniqueConstraint("owner_id", name="uq_coding_plans_owner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[date] = mapped_column(Date)  # the first day as planned (new problems count from here)
    weeks: Mapped[int] = mapped_column(Integer)
    interview_on: Mapped[date | None] = mapped_column(Date, nullable=True)  # set by --until-interview
    days: Mapped[list] = mapped_column(JSON)  # [{"date": "2026-01-31", "kind": "easy", "problems": [slug, ...]}]
    note: Mapped[str] = mapped_column(Text, default="")
    replans: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
