"""AccountManager: users, sign-in sessions, cohorts and invitation codes (hosted mode).

Its sessions are `system` ones (no owner): accounts describe users and are nobody's data."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property

from sqlalchemy import delete, func, select

from offerloop.accounts import passwords
from offerloop.accounts.errors import WRONG_CREDENTIALS, NotSignedIn, TooManyAttempts
from offerloop.accounts.models import MEMBER_ROLES, ROLES, Account, AuthSession, Cohort, CohortInvite, CohortMember
from offerloop.errors import Conflict, InvalidInput, NotFound
from offerloop.store.base import User, utcnow

_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
TOUCH_EVERY = timedelta(minutes=5)  # last_seen is written at most this often, not on every request
INVITE_DAYS = 30
BAD_CODE = "That invitation code is not valid; ask your coach for a new one."


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalize_email(email: str) -> str:
    email = (email or "").strip().lower()
    if len(email) > 200 or not _EMAIL.match(email):
        raise InvalidInput("Give a valid email address (name@example.org), at most 200 characters.")
    return email


def _role(role: str, allowed=ROLES) -> str:
    role = (role or "").strip().lower()
    if role not in allowed:
        raise InvalidInput(f"The role must be one of {', '.join(allowed)}.")
    return role


@dataclass(frozen=True)
class SignedIn:
    """Who a request acts for, found from its session cookie."""

    user_id: int
    email: str
    role: str
    csrf_token: str
    session_id: int


class AccountManager:
    def __init__(self, app):
        self.app = app

    # -- throttling -------------------------------------------------------------------------------
    @cached_property
    def throttle(self):
        from offerloop.accounts.throttle import MemoryCounter, RedisCounter, Throttle
        from offerloop.errors import StorageError

        url = self.app.settings.resolved_redis_url
        if url:
            # Keys are namespaced by database, so two deployments (or two test runs) sharing one
            # Redis never count each other's failures.
            space = hashlib.sha256(self.app.settings.resolved_database_url.encode()).hexdigest()[:12]
            return Throttle(RedisCounter(url, space, prefix=self.app.settings.redis_prefix))
        if self.app.settings.hosted:
            raise StorageError("Hosted mode keeps sign-in throttling in Redis: set OFFERLOOP_REDIS_URL "
                               "(for example redis://127.0.0.1:6379/1).")
        return Throttle(MemoryCounter())

    # -- users ------------------------------------------------------------------------------------
    def add_user(self, email: str, password: str, role: str = "candidate", *, now: datetime | None = None) -> dict:
        email, role = normalize_email(email), _role(role)
        hashed = passwords.hash_password(password)
        now = now or utcnow()
        with self.app.session(system=True) as s:
            if s.scalar(select(Account.user_id).where(Account.email == email)) is not None:
                raise Conflict(f"There is already an account for {email}.")
            user = s.scalar(select(User).where(User.name == email))
            if user is None:
                user = User(name=email, created_at=now)
                s.add(user)
                s.flush()
            account = Account(user_id=user.id, email=email, password_hash=hashed, role=role, disabled=False,
                              created_at=now, password_changed_at=now)
            s.add(account)
            s.flush()
            return self._user_dict(account)

    @staticmethod
    def _user_dict(a: Account) -> dict:
        return {"id": a.user_id, "email": a.email, "role": a.role, "disabled": a.disabled,
                "created_at": a.created_at.isoformat()}

    def _account(self, s, email: str) -> Account:
        account = s.scalar(select(Account).where(Account.email == normalize_email(email)))
        if account is None:
            raise NotFound(f"There is no account for {email.strip()}.")
        return account

    def list_users(self) -> list[dict]:
        with self.app.session(system=True) as s:
            return [self._user_dict(a) for a in s.scalars(select(Account).order_by(Account.email))]

    def disable(self, email: str) -> dict:
        """Disable the account and end all its sessions (a session is also refused while disabled)."""
        with self.app.session(system=True) as s:
            account = self._account(s, email)
            account.disabled = True
            s.execute(delete(AuthSession).where(AuthSession.user_id == account.user_id))
            return self._user_dict(account)

    def reset_password(self, email: str, password: str, *, now: datetime | None = None) -> dict:
        """A new password; every session signed in with the old one ends."""
        hashed = passwords.hash_password(password)
        with self.app.session(system=True) as s:
            account = self._account(s, email)
            account.password_hash, account.password_changed_at = hashed, now or utcnow()
            s.execute(delete(AuthSession).where(AuthSession.user_id == account.user_id))
            return self._user_dict(account)

    # -- sessions ---------------------------------------------------------------------------------
    def sign_in(self, email: str, password: str, address: str, *, now: datetime | None = None) -> tuple[str, SignedIn]:
        """A new session (always a new token: no fixation) or NotSignedIn with one sentence that
        does not say whether the email exists; TooManyAttempts once a limit is reached."""
        key = (email or "").strip().lower()[:254]
        wait = self.throttle.retry_after(key, address)
        if wait:
            raise TooManyAttempts(f"Too many sign-in attempts; try again in {wait} seconds.", wait)
        with self.app.session(system=True) as s:
            found = s.execute(select(Account.user_id, Account.password_hash, Account.disabled)
                              .where(Account.email == key)).first() if key else None
        # argon2 runs with no database connection held: under a burst of sign-ins, hashes waiting for
        # a core would otherwise hold every pooled connection and starve the other requests.
        # Verify against a dummy hash when there is no account, so both take the same time.
        stored = found.password_hash if found else passwords.dummy_hash()
        ok = passwords.verify(stored, password or "")
        if not ok or found is None or found.disabled:
            self.throttle.failed(key, address)
            raise NotSignedIn(WRONG_CREDENTIALS)
        with self.app.session(system=True) as s:
            account = s.get(Account, found.user_id)
            # Disabled, deleted or given a new password while the hash was being checked: not signed in.
            if account is None or account.disabled or account.password_hash != stored:
                raise NotSignedIn(WRONG_CREDENTIALS)
            if passwords.needs_rehash(account.password_hash):
                account.password_hash = passwords.hash_password(password)
            self.throttle.succeeded(key)
            return self._open_session(s, account, now or utcnow())

    def _open_session(self, s, account: Account, now: datetime) -> tuple[str, SignedIn]:
        token = secrets.token_urlsafe(32)
        row = AuthSession(token_hash=_digest(token), user_id=account.user_id, csrf_token=secrets.token_urlsafe(32),
                          created_at=now, last_seen_at=now,
                          expires_at=now + timedelta(hours=self.app.settings.session_hours))
        s.add(row)
        s.flush()
        return token, SignedIn(account.user_id, account.email, account.role, row.csrf_token, row.id)

    def current(self, token: str | None, *, now: datetime | None = None) -> SignedIn | None:
        """The signed-in user of a session token, or None (unknown, expired, or a disabled account)."""
        if not token or len(token) > 200:
            return None
        now = now or utcnow()
        with self.app.session(system=True) as s:
            found = s.execute(select(AuthSession, Account).join(Account, Account.user_id == AuthSession.user_id)
                              .where(AuthSession.token_hash == _digest(token))).first()
            if found is None:
                return None
            row, account = found
            if account.disabled or row.expires_at <= now or row.created_at < account.password_changed_at:
                s.delete(row)
                return None
            if now - row.last_seen_at >= TOUCH_EVERY:
                row.last_seen_at = now
            return SignedIn(account.user_id, account.email, account.role, row.csrf_token, row.id)

    def sign_out(self, token: str | None, *, everywhere: bool = False) -> int:
        """End this session, or every session of its user; the number ended."""
        if not token:
            return 0
        with self.app.session(system=True) as s:
            row = s.scalar(select(AuthSession).where(AuthSession.token_hash == _digest(token)))
            if row is None:
                return 0
            if everywhere:
                return s.execute(delete(AuthSession).where(AuthSession.user_id == row.user_id)).rowcount
            s.delete(row)
            return 1

    def sessions_of(self, email: str) -> int:
        with self.app.session(system=True) as s:
            account = self._account(s, email)
            return s.scalar(select(func.count()).select_from(AuthSession)
                            .where(AuthSession.user_id == account.user_id)) or 0

    # -- sign-up with an invitation code ------------------------------------------------------------
    def sign_up(self, email: str, password: str, code: str, address: str, *,
                now: datetime | None = None) -> tuple[str, SignedIn]:
        """A new candidate account in the code's cohort, signed in. The code is checked first and
        counts as a failed attempt when wrong, so codes cannot be guessed faster than passwords."""
        now = now or utcnow()
        email = normalize_email(email)
        passwords.check_strength(password)
        wait = self.throttle.retry_after(email, address)
        if wait:
            raise TooManyAttempts(f"Too many attempts; try again in {wait} seconds.", wait)
        with self.app.session(system=True) as s:
            invite = s.scalar(select(CohortInvite).where(CohortInvite.code_hash == _digest((code or "").strip())))
            if invite is None or invite.expires_at <= now:
                self.throttle.failed(email, address)
                raise InvalidInput(BAD_CODE)
            if s.scalar(select(Account.user_id).where(Account.email == email)) is not None:
                raise Conflict("That email already has an account; sign in instead.")
            user = s.scalar(select(User).where(User.name == email))
            if user is None:
                user = User(name=email, created_at=now)
                s.add(user)
                s.flush()
            account = Account(user_id=user.id, email=email, password_hash=passwords.hash_password(password),
                              role="candidate", disabled=False, created_at=now, password_changed_at=now)
            s.add(account)
            s.add(CohortMember(cohort_id=invite.cohort_id, user_id=user.id, role="candidate", joined_at=now))
            s.flush()
            return self._open_session(s, account, now)

    # -- cohorts ----------------------------------------------------------------------------------
    def _cohort(self, s, name: str) -> Cohort:
        cohort = s.scalar(select(Cohort).where(Cohort.name == (name or "").strip()))
        if cohort is None:
            raise NotFound(f"There is no cohort named {name.strip()!r}.")
        return cohort

    def create_cohort(self, name: str, *, now: datetime | None = None) -> dict:
        name = (name or "").strip()
        if not name or len(name) > 200:
            raise InvalidInput("A cohort needs a name of 1 to 200 characters.")
        with self.app.session(system=True) as s:
            if s.scalar(select(Cohort.id).where(Cohort.name == name)) is not None:
                raise Conflict(f"There is already a cohort named {name!r}.")
            cohort = Cohort(name=name, created_at=now or utcnow())
            s.add(cohort)
            s.flush()
            return {"id": cohort.id, "name": cohort.name, "candidates": 0, "coaches": 0}

    def list_cohorts(self) -> list[dict]:
        with self.app.session(system=True) as s:
            counts: dict[tuple[int, str], int] = {
                (cid, role): n for cid, role, n in s.execute(
                    select(CohortMember.cohort_id, CohortMember.role, func.count()).group_by(
                        CohortMember.cohort_id, CohortMember.role))}
            return [{"id": c.id, "name": c.name, "candidates": counts.get((c.id, "candidate"), 0),
                     "coaches": counts.get((c.id, "coach"), 0)}
                    for c in s.scalars(select(Cohort).order_by(Cohort.name))]

    def invite(self, name: str, *, days: int = INVITE_DAYS, now: datetime | None = None) -> dict:
        """A new invitation code for the cohort; only its hash is stored, so it is shown once."""
        now = now or utcnow()
        code = secrets.token_urlsafe(12)
        with self.app.session(system=True) as s:
            cohort = self._cohort(s, name)
            s.add(CohortInvite(cohort_id=cohort.id, code_hash=_digest(code), created_at=now,
                               expires_at=now + timedelta(days=days)))
            return {"cohort": cohort.name, "code": code, "expires_at": (now + timedelta(days=days)).isoformat()}

    def add_member(self, name: str, email: str, *, now: datetime | None = None) -> dict:
        """Put an existing coach or candidate in a cohort (as what their account is)."""
        with self.app.session(system=True) as s:
            cohort = self._cohort(s, name)
            account = self._account(s, email)
            role = _role(account.role, MEMBER_ROLES) if account.role in MEMBER_ROLES else None
            if role is None:
                raise InvalidInput("Only coaches and candidates belong to cohorts; an admin sees every cohort.")
            if s.get(CohortMember, (cohort.id, account.user_id)) is not None:
                raise Conflict(f"{account.email} is already in {cohort.name!r}.")
            s.add(CohortMember(cohort_id=cohort.id, user_id=account.user_id, role=role, joined_at=now or utcnow()))
            return {"cohort": cohort.name, "email": account.email, "role": role}


def same_token(given: str | None, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), expected.encode())
