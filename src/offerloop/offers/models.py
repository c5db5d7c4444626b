"""Tables of the offers area: the offers themselves, the market ranges the user compares them
against (seeded from the guide on first use, then the user's to edit), market data points the
user collected, and the user's negotiation profile.

Money is stored as whole units of the offer's currency (BigInteger); percentages and share prices
are stored as decimal text, so nothing passes through a float on its way to a total.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow


class Offer(Owned, Base):
    """One job offer: cash, equity, benefits and the terms around it (deadline, written or not)."""

    __tablename__ = "offers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str | None] = mapped_column(String(20), nullable=True)  # junior | mid | senior
    company_type: Mapped[str | None] = mapped_column(String(20), nullable=True)  # big-tech | mid-size | startup
    location: Mapped[str] = mapped_column(String(200), default="")
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    base: Mapped[int] = mapped_column(BigInteger)
    bonus_pct: Mapped[str | None] = mapped_column(String(20), nullable=True)  # decimal text, "15"
    bonus_amount: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    sign_on: Mapped[int] = mapped_column(BigInteger, default=0)
    sign_on_clawback_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    equity_kind: Mapped[str] = mapped_column(String(10), default="none")  # none | rsu | options
    equity_grant: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # RSU grant value
    vesting: Mapped[list | None] = mapped_column(JSON, nullable=True)  # yearly percents as decimal text
    cliff_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    refresh_grant: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # expected yearly refresher
    option_shares: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    option_strike: Mapped[str | None] = mapped_column(String(40), nullable=True)
    option_price: Mapped[str | None] = mapped_column(String(40), nullable=True)
    option_price_basis: Mapped[str | None] = mapped_column(String(20), nullable=True)  # preferred | 409a
    retirement_match_pct: Mapped[str | None] = mapped_column(String(20), nullable=True)
    pto_days: Mapped[int | None] = mapped_column(Integer, nullable=True)
    remote_policy: Mapped[str | None] = mapped_column(String(20), nullable=True)  # onsite | hybrid | remote
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    written_offer: Mapped[bool] = mapped_column(Boolean, default=False)
    quit_first: Mapped[bool] = mapped_column(Boolean, default=False)  # they demand a resignation first
    # The user would take the offer as it stands: the guide's cue not to push.
    accept_as_is: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending | accepted | declined
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class MarketRange(Owned, Base):
    """Typical yearly total compensation for one level at one kind of company (the user may edit it)."""

    __tablename__ = "offer_market_ranges"
    # No unique (owner, level, company type): an import into a store that already has ranges adds a
    # second copy, and the newest row per key wins (see OfferManager._ranges).

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    level: Mapped[str] = mapped_column(String(20))
    company_type: Mapped[str] = mapped_column(String(20))
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    low: Mapped[int] = mapped_column(BigInteger)
    high: Mapped[int] = mapped_column(BigInteger)
    # The guide quotes startup ranges "+ equity": those compare against cash, not equity.
    excludes_equity: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(200), default="")


class MarketDataPoint(Owned, Base):
    """One compensation figure the user found (levels.fyi, a friend, a recruiter)."""

    __tablename__ = "offer_data_points"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    company: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str | None] = mapped_column(String(20), nullable=True)
    company_type: Mapped[str | None] = mapped_column(String(20), nullable=True)
    currency: Mapped[str] = mapped_column(String(3), default="USD")
    total_comp: Mapped[int] = mapped_column(BigInteger)
    source: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OfferPrefs(Owned, Base):
    """The user's negotiation profile. Its existence also marks that the market ranges were seeded."""

    __tablename__ = "offer_prefs"
    # Not unique per owner for the same reason as the ranges: the newest row wins.

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rare_skills: Mapped[bool] = mapped_column(Boolean, default=False)
