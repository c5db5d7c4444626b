"""Every owned row is reached only through its owner, enforced where every query passes.

Each session the app makes carries its owner in ``session.info["owner_id"]`` (the local user on a
laptop, the signed-in user in hosted mode). Then:
- every ORM SELECT, UPDATE and DELETE gets ``owner_id = :owner`` on every `Owned` entity it touches
  (``with_loader_criteria``), joins, relationship loads and ``Session.get`` included; a row of
  another owner is simply not there, so a manager answers "not found";
- an ORM bulk INSERT must name the session's owner on every row;
- every flush stamps new owned rows with the owner and refuses one that names another owner, or a
  change to another owner's row.
A session opened without an owner (``owner=None``: account administration) may not touch owned
tables at all. The managers' own ``owner_id ==`` filters stay: this is the second lock, the one a
forgotten filter in a new route cannot open.
"""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from offerloop.errors import OfferloopError
from offerloop.store.base import Owned

KEY = "owner_id"


class OwnershipError(OfferloopError):
    """A write or read that would cross from one user's data into another's (a bug, never user input)."""

    http_status = 500


def _touches_owned(state: ORMExecuteState) -> bool:
    return any(issubclass(m.class_, Owned) for m in state.all_mappers)


def _filter(state: ORMExecuteState) -> None:
    if not (state.is_select or state.is_update or state.is_delete or state.is_insert):
        return
    if KEY not in state.session.info:
        return  # sessions not made by the app (tests' raw sessions, migrations)
    owner = state.session.info[KEY]
    if owner is None:
        if _touches_owned(state):
            raise OwnershipError("A session without an owner tried to reach user data.")
        return
    if state.is_insert:
        _check_insert(state, owner)
        return
    state.statement = state.statement.options(
        with_loader_criteria(Owned, lambda cls: cls.owner_id == owner, include_aliases=True)
    )


def _check_insert(state: ORMExecuteState, owner: int) -> None:
    if not _touches_owned(state):
        return
    params = state.parameters
    rows = params if isinstance(params, list) else [params or {}]
    for row in rows:
        if row.get("owner_id") != owner:
            raise OwnershipError("A bulk insert named another user as the owner of a row.")


def _stamp(session: Session, _context, _instances) -> None:
    if KEY not in session.info:
        return
    owner = session.info[KEY]
    for obj in session.new:
        if not isinstance(obj, Owned):
            continue
        if owner is None:
            raise OwnershipError("A session without an owner tried to write user data.")
        if obj.owner_id is None:
            obj.owner_id = owner
        elif obj.owner_id != owner:
            raise OwnershipError("A new row named another user as its owner.")
    for obj in list(session.dirty) + list(session.deleted):
        if not isinstance(obj, Owned):
            continue
        committed = inspect(obj).committed_state.get("owner_id", obj.owner_id)
        if owner is None or obj.owner_id != owner or committed != owner:
            raise OwnershipError("A change reached a row of another user.")


def install(sessionmaker) -> None:
    event.listen(sessionmaker, "do_orm_execute", _filter)
    event.listen(sessionmaker, "before_flush", _stamp)
