"""Tables of hosted accounts. All but one have no owner_id: they describe users, they are not a
user's data, so the generic export skips them and the ownership filter leaves them alone. The
exception is `SharingSetting`, a candidate's own choice of what their cohort's coaches may see:
it is the candidate's data (owned, exported, deleted with them)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from offerloop.store.base import Base, Owned, UTCDateTime, utcnow

ROLES = ("candidate", "coach", "admin")
MEMBER_ROLES = ("candidate", "coach")


class Account(Base):
    """Sign-in details of one user (users.id): email, password hash, role, disabled flag."""

    __tablename__ = "accounts"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # stored lower-cased
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default="candidate")
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AuthSession(Base):
    """One signed-in browser. Only the SHA-256 of the cookie's token is stored, so a copy of the
    database does not sign anyone in."""

    __tablename__ = "auth_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class Cohort(Base):
    """A group of candidates and their coaches (a bootcamp class, a career-centre intake)."""

    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CohortInvite(Base):
    """An invitation code to sign up into a cohort; only its SHA-256 is stored."""

    __tablename__ = "cohort_invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class CohortMember(Base):
    """A user in a cohort, as a candidate or as one of its coaches."""

    __tablename__ = "cohort_members"

    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(20), default="candidate")
    joined_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class SharingSetting(Owned, Base):
    """What a candidate shares with the coaches of their cohorts (one row per user; no row means the
    defaults, `accounts.coach.DEFAULT_SHARING`). Text of answers, stories and notes is never shared."""

    __tablename__ = "sharing_settings"
    __table_args__ = (UniqueConstraint("owner_id", name="uq_sharing_settings_owner_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    readiness: Mapped[bool] = mapped_column(Boolean, default=True)  # level per area
    activity: Mapped[bool] = mapped_column(Boolean, default=True)  # last practice day, repeated failures
    interviews: Mapped[bool] = mapped_column(Boolean, default=True)  # dates and rounds of interviews
    companies: Mapped[bool] = mapped_column(Boolean, default=False)  # company and role of those interviews
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
