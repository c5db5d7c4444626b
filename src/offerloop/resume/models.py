"""Tables of the resume area: resume versions (the text as read, with its structure), job
descriptions, and which resume and description belong to which tracked application.

The uploaded file itself is not kept: the lines read from it are, which is all every check needs and
keeps the store small. Every table is owned, so `offerloop export` carries them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow


class Resume(Owned, Base):
    """One resume version as imported: its lines with section and kind, and its page count."""

    __tablename__ = "resumes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))  # the user's label for this version
    source_name: Mapped[str] = mapped_column(String(300), default="")
    format: Mapped[str] = mapped_column(String(20))  # pdf, docx, markdown or text
    text: Mapped[str] = mapped_column(Text, default="")
    lines: Mapped[list] = mapped_column(JSON, default=list)  # [{text, kind, section, page}]
    pages: Mapped[int] = mapped_column(Integer, default=1)
    pages_estimated: Mapped[bool] = mapped_column(default=True)
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class JobDescription(Owned, Base):
    """A job description the user saved, to match resumes against."""

    __tablename__ = "job_descriptions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), default="")
    company: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ApplicationDocuments(Owned, Base):
    """The resume version and the description used for one tracked application (the tracker owns
    `applications`; this row only points at it and goes when the application goes)."""

    __tablename__ = "application_documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True, index=True)
    resume_id: Mapped[int | None] = mapped_column(
        ForeignKey("resumes.id", ondelete="SET NULL"), nullable=True, index=True)
    description_id: Mapped[int | None] = mapped_column(
        ForeignKey("job_descriptions.id", ondelete="SET NULL"), nullable=True, index=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
