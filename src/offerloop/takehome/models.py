"""Tables of the take-home area: a take-home (optionally linked to a tracker application) and its reviews."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow


class TakeHome(Owned, Base):
    """One take-home assignment, by name; each review of a new version is stored against it."""

    __tablename__ = "takehomes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    # The tracker's application this take-home belongs to; kept when the application goes (set to NULL).
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL"), nullable=True, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class TakeHomeReview(Owned, Base):
    """One review: the overall score, the score per rubric part, and the whole report as JSON."""

    __tablename__ = "takehome_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    takehome_id: Mapped[int] = mapped_column(ForeignKey("takehomes.id", ondelete="CASCADE"), index=True)
    score: Mapped[float] = mapped_column(Float)
    parts: Mapped[dict] = mapped_column(JSON, default=dict)
    report: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
