"""The one error tree. Interfaces turn these into CLI messages or HTTP answers at the boundary."""

from __future__ import annotations


class OfferloopError(Exception):
    """Base of every error offerloop raises on purpose; its message is meant for the user."""

    http_status = 400
    exit_code = 2


class NotFound(OfferloopError, LookupError):
    """A problem, card, application or other item does not exist."""

    http_status = 404


class InvalidInput(OfferloopError, ValueError):
    """Input the user gave cannot be used as it is (a bad date, an unknown stage, a malformed file)."""

    http_status = 422


class Conflict(OfferloopError):
    """The request clashes with what is stored (a duplicate, a stale edit)."""

    http_status = 409


class StorageError(OfferloopError):
    """The data directory or the database cannot be reached or used."""

    http_status = 503


class ContentError(OfferloopError):
    """The content bank (problems, cards, questions) is malformed."""

    http_status = 500


class JudgeError(OfferloopError):
    """The grading engine could not run a submission at all (not a verdict on the code)."""

    http_status = 503
