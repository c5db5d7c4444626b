"""Tables of the applications tracker: applications, their timeline, contacts, interviews,
questions asked, red flags, and the user's reminder preferences.

Reminders are not a table on purpose: they are computed from these rows every time, so they
can never go stale.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow


def _uid() -> str:
    return str(uuid.uuid4())


class Application(Owned, Base):
    """One job application: a role at a company, moving along its pipeline."""

    __tablename__ = "applications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Stable across export/import (ids are re-issued): calendar UIDs are built from it.
    uid: Mapped[str] = mapped_column(String(36), default=_uid)
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200))
    company_type: Mapped[str] = mapped_column(String(20))
    stage: Mapped[str] = mapped_column(String(40), default="applied")
    source: Mapped[str] = mapped_column(String(200), default="")
    link: Mapped[str] = mapped_column(String(1000), default="")
    job_description: Mapped[str] = mapped_column(Text, default="")
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    stage_changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    offer_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)

    events: Mapped[list["ApplicationEvent"]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="ApplicationEvent.at"
    )
    contacts: Mapped[list["Contact"]] = relationship(cascade="all, delete-orphan", order_by="Contact.id")
    interviews: Mapped[list["Interview"]] = relationship(
        back_populates="application", cascade="all, delete-orphan", order_by="Interview.starts_at"
    )


class ApplicationEvent(Owned, Base):
    """One entry of an application's timeline: created, a stage move, a note, an interview ..."""

    __tablename__ = "application_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(30))
    from_stage: Mapped[str | None] = mapped_column(String(40), nullable=True)
    to_stage: Mapped[str | None] = mapped_column(String(40), nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")

    application: Mapped[Application] = relationship(back_populates="events")


class Contact(Owned, Base):
    """A person met through an application (recruiter, hiring manager, interviewer)."""

    __tablename__ = "application_contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Interview(Owned, Base):
    """One interview round (or a take-home assignment) of an application."""

    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), default=_uid)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    round: Mapped[str] = mapped_column(String(40))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The zone the user gave: an IANA name (Europe/Amsterdam) or a fixed offset (+02:00).
    tz: Mapped[str] = mapped_column(String(64), default="UTC")
    minutes: Mapped[int] = mapped_column(Integer, default=60)
    interviewers: Mapped[list] = mapped_column(JSON, default=list)
    notes: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    checklist: Mapped[list] = mapped_column(JSON, default=list)  # keys of the ticked items
    thank_you_draft: Mapped[str | None] = mapped_column(Text, nullable=True)
    thank_you_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    application: Mapped[Application] = relationship(back_populates="interviews")
    questions: Mapped[list["InterviewQuestion"]] = relationship(
        cascade="all, delete-orphan", order_by="InterviewQuestion.id"
    )


class InterviewQuestion(Owned, Base):
    """A question the interviewer asked, kept so it can be practised (and turned into a card)."""

    __tablename__ = "interview_questions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str] = mapped_column(String(100), default="")
    # Slug of the personal flashcard made from it, if any (the cards area owns that table).
    card_slug: Mapped[str | None] = mapped_column(String(200), nullable=True)


class RedFlag(Owned, Base):
    """A warning sign noticed about a company, a role, the process or an offer."""

    __tablename__ = "red_flags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company: Mapped[str] = mapped_column(String(200), index=True)
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="SET NULL"), nullable=True, index=True
    )
    flag_group: Mapped[str] = mapped_column(String(20))  # company, role, process or offer
    preset: Mapped[str | None] = mapped_column(String(40), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class TrackerPrefs(Owned, Base):
    """How long a silence lasts before offerloop suggests a follow-up, and later calls it ghosting."""

    __tablename__ = "tracker_prefs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    follow_up_days: Mapped[int] = mapped_column(Integer, default=7)
    ghost_days: Mapped[int] = mapped_column(Integer, default=21)
