"""Tables of the mock-interview area: loops, their rounds (state kept so a closed tab loses nothing),
and the interview plan (one per user; the readiness area computes it, this area stores it)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow


class MockLoop(Owned, Base):
    """One mock loop: its type, the application it follows (if any) and the loop scorecard once done."""

    __tablename__ = "mock_loops"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loop_type: Mapped[str] = mapped_column(String(40))
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL"), nullable=True, index=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    company_type: Mapped[str] = mapped_column(String(40), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    scorecard: Mapped[dict | None] = mapped_column(JSON, nullable=True)

    rounds: Mapped[list["MockRound"]] = relationship(
        back_populates="loop", cascade="all, delete-orphan", order_by="MockRound.position")


class MockRound(Owned, Base):
    """One round of a loop: what was drawn from the banks, the answers, the clock and the scorecard.

    The clock is `elapsed_seconds` banked at the last pause plus the time since `resumed_at` while
    running; `phase_marks` holds the elapsed second at which each phase was ended."""

    __tablename__ = "mock_rounds"
    __table_args__ = (UniqueConstraint("loop_id", "position", name="uq_mock_rounds_loop_position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    loop_id: Mapped[int] = mapped_column(ForeignKey("mock_loops.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1-based
    kind: Mapped[str] = mapped_column(String(40))
    minutes: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20), default="pending")  # pending, running, paused, submitted
    items: Mapped[list] = mapped_column(JSON)
    phase_marks: Mapped[list] = mapped_column(JSON)
    elapsed_seconds: Mapped[int] = mapped_column(Integer, default=0)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    resumed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    self_assessment: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    scorecard: Mapped[dict | None] = mapped_column(JSON, nullable=True)

    loop: Mapped[MockLoop] = relationship(back_populates="rounds")


class InterviewPlan(Owned, Base):
    """The plan to interview day across every area (one per user; building again replaces it)."""

    __tablename__ = "interview_plans"
    __table_args__ = (UniqueConstraint("owner_id", name="uq_interview_plans_owner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL"), nullable=True)
    interview_on: Mapped[date] = mapped_column(Date)
    start: Mapped[date] = mapped_column(Date)
    days: Mapped[list] = mapped_column(JSON)
    note: Mapped[str] = mapped_column(Text, default="")
    replans: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
