"""Tables of the system design area: the draft being written per case (saved as it is typed) and
the submitted attempts with their feedback. Cases live in the content pack; rows name them by slug
and UUID so a renamed case is still found."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow


class DesignDraft(Owned, Base):
    """The workspace of one case: the text of each PROBLEM section and the timer, as last saved."""

    __tablename__ = "design_drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_slug: Mapped[str] = mapped_column(String(80), index=True)
    case_uuid: Mapped[str] = mapped_column(String(36))
    sections: Mapped[dict] = mapped_column(JSON, default=dict)  # section key -> Markdown
    timer: Mapped[dict] = mapped_column(JSON, default=dict)  # seconds spent per section, running state
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DesignAttempt(Owned, Base):
    """A design submitted for feedback: the text as submitted, its score and the whole feedback."""

    __tablename__ = "design_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_slug: Mapped[str] = mapped_column(String(80), index=True)
    case_uuid: Mapped[str] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[int] = mapped_column(Integer)
    feedback: Mapped[dict] = mapped_column(JSON, default=dict)
    seconds: Mapped[int | None] = mapped_column(Integer, nullable=True)  # time spent, when the timer ran
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
