"""Password hashing with argon2id (argon2-cffi's defaults follow RFC 9106's second recommendation)."""

from __future__ import annotations

import os
import threading
from functools import lru_cache

from offerloop.errors import InvalidInput

MIN_LENGTH = 10
MAX_LENGTH = 1024  # argon2 takes any length; a cap keeps a megabyte "password" from costing a request
# At most one argon2 computation per core in a process at a time: each takes 64 MiB and a core for
# a tenth of a second, so a burst of sign-ins in a 40-thread pool queues here instead of holding
# 2.5 GB and slowing every other request of the process down by sharing the cores forty ways.
_SLOTS = threading.BoundedSemaphore(max(1, os.cpu_count() or 1))


@lru_cache(maxsize=1)
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()  # argon2id, t=3, m=64 MiB, p=4


def check_strength(password: str) -> str:
    if not isinstance(password, str) or len(password) < MIN_LENGTH:
        raise InvalidInput(f"The password must be at least {MIN_LENGTH} characters.")
    if len(password) > MAX_LENGTH:
        raise InvalidInput(f"The password must be at most {MAX_LENGTH} characters.")
    if "\x00" in password:
        raise InvalidInput("The password contains a NUL character (\\0); choose another.")
    return password


def hash_password(password: str) -> str:
    password = check_strength(password)
    with _SLOTS:
        return _hasher().hash(password)


def verify(stored_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    if len(password) > MAX_LENGTH:
        return False
    try:
        with _SLOTS:
            return _hasher().verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _hasher().check_needs_rehash(stored_hash)


@lru_cache(maxsize=1)
def dummy_hash() -> str:
    """A hash verified against when the email is unknown, so both answers take the same time."""
    with _SLOTS:
        return _hasher().hash("not-a-real-password-" + "x" * 16)
