"""Passwords are argon2id hashes (argon2-cffi); the hash never equals or contains the password."""

import pytest

from offerloop.accounts import passwords
from offerloop.errors import InvalidInput


def test_hash_is_argon2id_salted_and_verifies_only_the_right_password():
    first = passwords.hash_password("correct horse battery staple")
    second = passwords.hash_password("correct horse battery staple")
    assert first.startswith("$argon2id$v=19$")
    assert "correct horse" not in first
    assert first != second  # a fresh salt every time
    assert passwords.verify(first, "correct horse battery staple")
    assert not passwords.verify(first, "correct horse battery stapler")
    assert not passwords.verify("not a hash", "correct horse battery staple")


def test_weak_or_absurd_passwords_are_refused_with_a_sentence():
    with pytest.raises(InvalidInput, match="at least 10 characters"):
        passwords.hash_password("short")
    with pytest.raises(InvalidInput, match="at most 1024"):
        passwords.hash_password("x" * 1025)
    assert not passwords.verify(passwords.dummy_hash(), "x" * 5000)
