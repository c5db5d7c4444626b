"""The answers sign-in gives: each one sentence that tells an attacker nothing."""

from __future__ import annotations

from offerloop.errors import OfferloopError


class NotSignedIn(OfferloopError):
    """No valid session: wrong email or password, expired or signed-out session, disabled account."""

    http_status = 401


class Forbidden(OfferloopError):
    """Signed in, but the request is refused (a missing CSRF token, a role that may not do it)."""

    http_status = 403


class TooManyAttempts(OfferloopError):
    http_status = 429

    def __init__(self, message: str, retry_after: int):
        super().__init__(message)
        self.retry_after = retry_after


WRONG_CREDENTIALS = "The email or password is not right."
