"""Checks every write passes on both backends, so SQLite and PostgreSQL accept the same data.

PostgreSQL refuses the NUL character in text (SQLite keeps it silently); a NUL typed or pasted by a
user would otherwise be a server error on one backend and invisible junk on the other. Every flush
looks at the text of the rows it writes and refuses NUL with one sentence, before the database sees it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from offerloop.errors import InvalidInput


def _has_nul(value: Any, depth: int = 0) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if depth > 20:
        return False
    if isinstance(value, dict):
        return any(_has_nul(k, depth + 1) or _has_nul(v, depth + 1) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_nul(v, depth + 1) for v in value)
    return False


def _refuse_nul(session: Session, _context, _instances) -> None:
    for obj in list(session.new) + list(session.dirty):
        state = inspect(obj)
        for attr in state.mapper.column_attrs:
            if _has_nul(state.dict.get(attr.key)):
                raise InvalidInput(f"The {attr.key.replace('_', ' ')} contains a NUL character (\\0), which cannot "
                                   "be stored; remove it and try again.")


def install(sessionmaker) -> None:
    """Attach the write checks to every session the sessionmaker makes."""
    event.listen(sessionmaker, "before_flush", _refuse_nul)
