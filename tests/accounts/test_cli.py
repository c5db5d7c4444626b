"""The admin CLI, run for real in-process against the test's store (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

from offerloop.accounts import passwords
from offerloop.accounts.models import Account


def test_users_add_list_disable_reset_password(cli, ol):
    r = cli("users", "add", "Ada@Example.org", "--role", "coach", "--password-stdin", input="a long secret phrase\n")
    assert r.exit_code == 0, r.output
    assert "Added ada@example.org as coach" in r.output
    with ol.session(system=True) as s:
        stored = s.query(Account).filter_by(email="ada@example.org").one().password_hash
    assert stored.startswith("$argon2id$") and passwords.verify(stored, "a long secret phrase")

    listed = json.loads(cli("users", "list", "--json").output)
    assert [(u["email"], u["role"], u["disabled"]) for u in listed] == [("ada@example.org", "coach", False)]

    dup = cli("users", "add", "ada@example.org", "--role", "coach", "--password-stdin", input="another long one\n")
    assert dup.exit_code == 2 and "already an account" in dup.output
    bad_role = cli("users", "add", "bo@example.org", "--role", "boss", "--password-stdin", input="a long secret phrase\n")
    assert bad_role.exit_code == 2 and "candidate, coach, admin" in bad_role.output
    no_stdin = cli("users", "add", "bo@example.org", "--role", "candidate")
    assert no_stdin.exit_code == 2 and "--password-stdin" in no_stdin.output
    weak = cli("users", "add", "bo@example.org", "--password-stdin", input="short\n")
    assert weak.exit_code == 2 and "at least 10 characters" in weak.output

    token, _ = ol.accounts.sign_in("ada@example.org", "a long secret phrase", "127.0.0.1")
    r = cli("users", "reset-password", "ada@example.org", "--password-stdin", input="the new long phrase\n")
    assert r.exit_code == 0, r.output
    assert ol.accounts.current(token) is None
    token, _ = ol.accounts.sign_in("ada@example.org", "the new long phrase", "127.0.0.1")

    r = cli("users", "disable", "ada@example.org")
    assert r.exit_code == 0 and "Disabled ada@example.org" in r.output
    assert ol.accounts.current(token) is None
    assert json.loads(cli("users", "list", "--json").output)[0]["disabled"] is True
    missing = cli("users", "disable", "nobody@example.org")
    assert missing.exit_code == 2 and "no account for nobody@example.org" in missing.output


def test_cohorts_create_list_invite_add(cli, ol):
    for email, role in (("coach@example.org", "coach"), ("cand@example.org", "candidate"),
                        ("root@example.org", "admin")):
        assert cli("users", "add", email, "--role", role, "--password-stdin", input="a long secret phrase\n").exit_code == 0
    assert cli("cohorts", "create", "Spring 2027").exit_code == 0
    assert cli("cohorts", "create", "Spring 2027").exit_code == 2
    code = cli("cohorts", "invite", "Spring 2027").output.strip()
    assert len(code) >= 16 and " " not in code  # the code alone, ready to paste
    assert cli("cohorts", "invite", "Nope").exit_code == 2

    assert "as coach" in cli("cohorts", "add", "Spring 2027", "coach@example.org").output
    assert "as candidate" in cli("cohorts", "add", "Spring 2027", "cand@example.org").output
    again = cli("cohorts", "add", "Spring 2027", "cand@example.org")
    assert again.exit_code == 2 and "already in" in again.output
    admin = cli("cohorts", "add", "Spring 2027", "root@example.org")
    assert admin.exit_code == 2 and "coaches and candidates" in admin.output

    listed = json.loads(cli("cohorts", "list", "--json").output)
    assert [(c["name"], c["candidates"], c["coaches"]) for c in listed] == [("Spring 2027", 1, 1)]

    # The printed code signs a new candidate up into the cohort; only its hash was stored.
    token, who = ol.accounts.sign_up("new@example.org", "a long secret phrase", code, "127.0.0.1")
    assert who.role == "candidate"
    assert json.loads(cli("cohorts", "list", "--json").output)[0]["candidates"] == 2
    from offerloop.accounts.models import CohortInvite

    with ol.session(system=True) as s:
        assert code not in {i.code_hash for i in s.query(CohortInvite)}
