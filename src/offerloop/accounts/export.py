"""Per-user export and deletion (issue 17, point 6): everything a user owns.

The tables are not listed here. Export takes every owned table from the ORM metadata
(`store.transfer`, the same generic format `offerloop import` reads) plus an `account` section
(email, role, cohorts, sharing); deletion removes, in one transaction, every row of every table
with a foreign key to `users` (the owned tables' `owner_id`, and the accounts branch's `user_id`:
the account, its sign-in sessions, its cohort memberships), children before parents, then the
user. A table added later is exported and deleted without a change here. Nothing is half done: a
failure anywhere rolls the whole deletion back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError

from offerloop.errors import Conflict, NotFound
from offerloop.store.base import User


def owned_tables(metadata=None) -> list:
    """Every table holding a user's data (an owner_id), parents before children."""
    from offerloop.store.transfer import _owned_tables

    if metadata is None:
        from offerloop.store.models import metadata
    return _owned_tables(metadata)


def user_tables(metadata=None) -> list[tuple[Any, list[Any]]]:
    """(table, its columns that point at users.id) for every table with such a column, children
    before parents: what deleting a user must empty."""
    if metadata is None:
        from offerloop.store.models import metadata
    out = []
    for table in reversed(metadata.sorted_tables):
        cols = [fk.parent for fk in table.foreign_keys if fk.column.table.name == User.__tablename__]
        if cols:
            out.append((table, cols))
    return out


def find_user(app, who: str) -> int:
    """The id of the user an admin names: an account's email, or a user's name (`local` on a laptop)."""
    from offerloop.accounts.models import Account

    given = (who or "").strip()
    with app.session(system=True) as s:
        found = s.scalar(select(Account.user_id).where(Account.email == given.lower())) if "@" in given else None
        if found is None:
            found = s.scalar(select(User.id).where(User.name == given))
    if found is None:
        raise NotFound(f"There is no user {given!r}.")
    return found


def _account(app, user_id: int) -> dict[str, Any]:
    from offerloop.accounts.models import Account, Cohort, CohortMember

    with app.session(system=True) as s:
        user = s.get(User, user_id)
        account = s.get(Account, user_id)
        cohorts = s.execute(select(Cohort.name, CohortMember.role, CohortMember.joined_at)
                            .join(CohortMember, CohortMember.cohort_id == Cohort.id)
                            .where(CohortMember.user_id == user_id).order_by(Cohort.name)).all()
        return {
            "user_id": user_id, "name": user.name, "created_at": user.created_at.isoformat(),
            "email": account.email if account else None, "role": account.role if account else None,
            "disabled": account.disabled if account else None,
            "cohorts": [{"name": n, "role": r, "joined_at": j.isoformat()} for n, r, j in cohorts],
        }


def export_user(app, user_id: int) -> dict[str, Any]:
    """Every row the user owns, in the `offerloop export` format (so `offerloop import` reads it),
    with an `account` section. No password hash, no session tokens."""
    from offerloop.store.transfer import export_data

    view = app if app.user_id == user_id else app.for_user_id(user_id)
    doc = export_data(view)
    doc["account"] = _account(app, user_id)
    return doc


def delete_user(app, user_id: int) -> dict[str, int]:
    """Delete every row that belongs to the user, their account, sessions and cohort memberships,
    and the user, in one transaction; rows deleted per table. Any failure leaves everything as it was."""
    view = app if app.user_id == user_id else app.for_user_id(user_id)
    counts: dict[str, int] = {}
    try:
        with view.session() as s:  # owned by the user: the ownership lock lets it reach only their rows
            if s.get(User, user_id) is None:
                raise NotFound(f"There is no user {user_id}.")
            for table, cols in user_tables():
                for col in cols:
                    n = s.execute(delete(table).where(col == user_id)).rowcount
                    if n:
                        counts[table.name] = counts.get(table.name, 0) + n
            s.execute(delete(User).where(User.id == user_id))
            counts["users"] = 1
    except DBAPIError as exc:
        reason = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise Conflict(f"Nothing was deleted: the database refused ({reason}).") from None
    return counts


def delete_own_account(app, accounts, user_id: int, password: str, confirm: str, address: str) -> dict[str, int]:
    """A signed-in user deletes their own account: the password typed again and their email as the
    confirmation. Wrong passwords count toward the sign-in throttle (a stolen session cannot guess)."""
    from offerloop.accounts import passwords
    from offerloop.accounts.errors import Forbidden, TooManyAttempts
    from offerloop.accounts.models import Account
    from offerloop.errors import InvalidInput

    with app.session(system=True) as s:
        account = s.get(Account, user_id)
        if account is None:
            raise NotFound("There is no account to delete.")
        email, stored = account.email, account.password_hash
    wait = accounts.throttle.retry_after(email, address)
    if wait:
        raise TooManyAttempts(f"Too many attempts; try again in {wait} seconds.", wait)
    if not passwords.verify(stored, password or ""):
        accounts.throttle.failed(email, address)
        raise Forbidden("The password is not right; nothing was deleted.")
    if (confirm or "").strip().lower() != email:
        raise InvalidInput("Type your email in the confirmation field to delete your account; nothing was deleted.")
    return delete_user(app, user_id)
