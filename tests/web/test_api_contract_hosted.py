"""The hosted app keeps its published contract too (issue 17's hosted schemathesis run, issue 18 point 2):
schemathesis generates requests from the hosted OpenAPI schema, valid and invalid, against the in-process
hosted app on SQLite and PostgreSQL, signed in as a candidate with the CSRF header on every call, and
every default check must hold (no server error, every status and content type documented, bodies
matching their schema, invalid requests refused, 405 with a true Allow header).

One store and one candidate per backend serve every operation (a hosted store is shared, and signing in
costs an argon2 verification, a third of a second): what one operation creates, the next may read.
- The rate limits are raised so that this run never meets them (the limiter still counts every request
  in Redis); a 429 would be accepted by the checks, being documented, but would stop the operation from
  being exercised. tests/accounts/test_limits.py proves the limits themselves.
- `DELETE /api/session` and `POST /api/session` end the session they came with: the candidate signs in
  again after any case that ended it.
- `DELETE /api/me` runs as a user of its own, so its wrong passwords (which count toward that user's
  sign-in throttle, 429 after five) never lock the candidate out; a generated password is never right,
  so it refuses (403, 422 or 429) and deletes nothing, which the test checks.
"""

from __future__ import annotations

import shutil
import uuid

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from offerloop.web.auth import NO_CSRF, SIGN_IN_FIRST
from tests.accounts.conftest import PASSWORD, REDIS, _redis_reachable, new_email
from tests.conftest import _wipe, need_service
from tests.web.test_api_contract import BUSINESS_RULES

# The local run meets no stored object (a fresh store per operation); here what earlier operations made is
# there, so these rules of the same kind are met too.
RULES = {**BUSINESS_RULES,
         "PATCH /api/stories/{story_id}": "a story needs its four parts or one free text, whichever the user chose"}

HELPER_ADDRESS = "192.0.2.1"  # the test's own sign-ins come from here, apart from generated ones
ENDS_SESSION = {"DELETE /api/session", "POST /api/session"}
RAISED = {"grading_per_user": 100_000, "grading_per_ip": 100_000, "answers_per_user": 100_000,
          "answers_per_ip": 100_000}


def _published_schema():
    """The hosted schema as a client reads it, from a hosted app over a throwaway store (no Redis call
    is made to build it)."""
    import tempfile
    from pathlib import Path

    from offerloop.app import Offerloop
    from offerloop.settings import Settings
    from offerloop.web.app import create_app

    folder = Path(tempfile.mkdtemp(prefix="offerloop-schema-"))
    ol = Offerloop(Settings(data_dir=folder, database_url=None, mode="hosted", redis_url=REDIS))
    return schemathesis.openapi.from_asgi("/openapi.json", create_app(ol))


schema = _published_schema()
schema.config.generation.update(allow_x00=False)  # as in test_api_contract.py: NUL is refused by the store
schema.config.update(request_timeout=60)


class Candidate:
    """A signed-in user of the hosted app: the session cookie and the CSRF header sent on every call."""

    def __init__(self, ol, email: str):
        self.ol, self.email = ol, email
        self.sign_in()

    def sign_in(self) -> None:
        self.token, who = self.ol.accounts.sign_in(self.email, PASSWORD, HELPER_ADDRESS)
        self.csrf = who.csrf_token

    def ensure_signed_in(self) -> None:
        if self.ol.accounts.current(self.token) is None:
            self.sign_in()

    def call(self, case, app, excluded):
        response = case.call_and_validate(app=app, headers={"X-CSRF-Token": self.csrf},
                                          cookies={"offerloop_session": self.token}, excluded_checks=excluded)
        # The gate let the call through: else every operation would pass on its documented 401 or 403 alone.
        gate = response.status_code in (401, 403) and response.json().get("error") in (SIGN_IN_FIRST, NO_CSRF)
        assert not gate, f"{case.operation.label}: the gate refused a signed-in call: {response.text}"
        return response


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hosted_run(request, sqlite_template, tmp_path_factory):
    """(app, candidate, users) over one fresh hosted store of each backend, shared by every operation;
    users(tag) makes (and keeps) a further signed-in user. Redis keys live under a prefix of their own,
    deleted afterwards."""
    need_service(_redis_reachable(), "Redis at 127.0.0.1:6379")
    import redis

    from offerloop.app import Offerloop
    from offerloop.settings import Settings
    from offerloop.web.app import create_app

    folder = tmp_path_factory.mktemp(f"hosted-{request.param}")
    url = None
    if request.param == "postgres":
        url = request.getfixturevalue("pg_url")
        _wipe(url)
    else:
        shutil.copy(sqlite_template, folder / "offerloop.db")
    prefix = f"t-contract-{uuid.uuid4().hex[:10]}"
    ol = Offerloop(Settings(data_dir=folder, database_url=url, judge_workers=1, mode="hosted", redis_url=REDIS,
                            redis_prefix=prefix, **RAISED))
    app = create_app(ol)
    made: dict[str, Candidate] = {}

    def users(tag: str) -> Candidate:
        if tag not in made:
            email = new_email(tag)
            ol.accounts.add_user(email, PASSWORD, "candidate")
            made[tag] = Candidate(ol, email)
        return made[tag]

    yield app, users("candidate"), users
    ol.close()
    client = redis.Redis.from_url(REDIS)
    for key in client.scan_iter(prefix + ":*"):
        client.delete(key)
    client.close()
    if url:
        _wipe(url)


@pytest.mark.slow
@schema.parametrize()
@settings(max_examples=12, deadline=None, derandomize=True, database=None,
          suppress_health_check=list(HealthCheck))
def test_every_hosted_operation_keeps_its_published_contract(case, hosted_run):
    app, candidate, users = hosted_run
    key = f"{case.operation.method.upper()} {case.operation.path}"
    excluded = [positive_data_acceptance] if key in RULES else []
    if key == "DELETE /api/me":
        deleter = users("deleter")
        deleter.call(case, app, excluded)
        assert deleter.ol.accounts.sessions_of(deleter.email) >= 1  # refused: the account is still there
        return
    candidate.ensure_signed_in()
    candidate.call(case, app, excluded)
    if key in ENDS_SESSION:
        candidate.ensure_signed_in()


def test_the_hosted_schema_documents_what_the_gate_and_an_outage_answer():
    """Statuses the checks above cannot provoke with every service up are still in the contract: 503 on every
    operation (the database, or Redis behind the limits, not answering), 401 wherever the gate asks for a
    session, and 403 (no CSRF token) on every state-changing call behind it."""
    from offerloop.web.auth import is_open

    seen = 0
    for path, item in schema.raw_schema["paths"].items():
        for method, operation in item.items():
            codes = set(operation["responses"])
            assert "503" in codes, f"{method.upper()} {path}"
            if not is_open(path, method.upper()):
                seen += 1
                assert "401" in codes, f"{method.upper()} {path}"
                assert method == "get" or "403" in codes, f"{method.upper()} {path}"
    assert seen > 100
