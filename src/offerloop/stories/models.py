"""Tables of the behavioral area: the user's STAR stories and their prepared answers
(the 3-minute pitch, "why this company", "where in 5 years").

Bank questions live in the content packs; a story links to the ones it answers by their UUID,
which survives content updates and export/import.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow


class Story(Owned, Base):
    """One story: four labelled STAR parts, or one free text (then the parts stay empty)."""

    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    situation: Mapped[str] = mapped_column(Text, default="")
    task: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    text: Mapped[str] = mapped_column(Text, default="")  # the free-text form
    categories: Mapped[list] = mapped_column(JSON, default=list)  # subset of STORY_CATEGORIES
    tags: Mapped[list] = mapped_column(JSON, default=list)  # the user's own words
    question_uuids: Mapped[list] = mapped_column(JSON, default=list)  # bank questions it answers
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class PreparedAnswer(Owned, Base):
    """A built answer: kind "pitch", "why_company" or "five_years"; the fields it was built from and the text."""

    __tablename__ = "prepared_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    fields: Mapped[dict] = mapped_column(JSON, default=dict)
    text: Mapped[str] = mapped_column(Text, default="")
    last_rehearsal_seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
