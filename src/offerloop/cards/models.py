"""Tables of the cards area: per-user FSRS state, the review log, the user's own cards, preferences.

Bank cards live in the content packs and are referred to by slug; a card the user has never
reviewed has no CardState row (it is "new").
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow


class CardState(Owned, Base):
    """Where one card stands for one user, in the terms of the fsrs package's Card."""

    __tablename__ = "card_states"
    __table_args__ = (UniqueConstraint("owner_id", "card_slug", name="uq_card_states_owner_slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_slug: Mapped[str] = mapped_column(String(200))
    state: Mapped[int] = mapped_column(Integer)  # fsrs.State: 1 learning, 2 review, 3 relearning
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stability: Mapped[float | None] = mapped_column(Float, nullable=True)
    difficulty: Mapped[float | None] = mapped_column(Float, nullable=True)
    due: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    introduced_at: Mapped[datetime] = mapped_column(UTCDateTime())  # first review: counts against the new-card limit
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)


class CardReview(Owned, Base):
    """One rating given to one card: the review log that stats and retention are computed from."""

    __tablename__ = "card_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_slug: Mapped[str] = mapped_column(String(200), index=True)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    rating: Mapped[int] = mapped_column(Integer)  # fsrs.Rating: 1 again, 2 hard, 3 good, 4 easy
    state_before: Mapped[int] = mapped_column(Integer)  # 0 new, else fsrs.State before the review
    due_before: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    due_after: Mapped[datetime] = mapped_column(UTCDateTime())
    stability_after: Mapped[float | None] = mapped_column(Float, nullable=True)
    difficulty_after: Mapped[float | None] = mapped_column(Float, nullable=True)
    score: Mapped[float | None] = mapped_column(Float, nullable=True)  # typed-answer score, when one was typed
    answer_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)


class OwnCard(Owned, Base):
    """A card the user wrote or imported (CSV, or a question asked in a real interview)."""

    __tablename__ = "own_cards"
    __table_args__ = (UniqueConstraint("owner_id", "slug", name="uq_own_cards_owner_slug"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slug: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text, default="")
    topic: Mapped[str | None] = mapped_column(String(40), nullable=True)
    key_points: Mapped[list] = mapped_column(JSON, default=list)  # [{"point": str, "cues": [str, ...]}]
    source: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CardPrefs(Owned, Base):
    """The user's review settings (one row per user; absent means the defaults)."""

    __tablename__ = "card_prefs"
    __table_args__ = (UniqueConstraint("owner_id", name="uq_card_prefs_owner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    new_per_day: Mapped[int] = mapped_column(Integer, default=20)
    desired_retention: Mapped[float] = mapped_column(Float, default=0.9)
