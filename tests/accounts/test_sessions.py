"""Sign-in, sign-out, cookies, session fixation, CSRF, disabled accounts and throttling, over HTTP
against the hosted app (SQLite and PostgreSQL, real Redis)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from offerloop.accounts.errors import WRONG_CREDENTIALS
from offerloop.web.auth import COOKIE, NO_CSRF
from tests.accounts.conftest import PASSWORD, new_email, sign_in


def plant(client, value: str) -> None:
    """Put a session cookie in the client's jar as the server's own Set-Cookie would (same domain)."""
    client.cookies.set(COOKIE, value, domain="testserver.local")


def _cookie_header(response) -> str:
    found = [v for k, v in response.headers.multi_items() if k == "set-cookie" and v.startswith(COOKIE + "=")]
    assert len(found) == 1, response.headers
    return found[0]


def test_sign_in_sets_a_strict_cookie_and_reports_who_is_signed_in(web, user):
    email = user("coach")
    c = web()
    r = c.post("/api/session", json={"email": email.upper(), "password": PASSWORD})
    assert r.status_code == 200
    body = r.json()
    assert body["email"] == email and body["role"] == "coach" and len(body["csrf_token"]) >= 32
    cookie = _cookie_header(r)
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    assert "Secure" not in cookie  # plain http on loopback
    me = c.get("/api/session")
    assert me.status_code == 200 and me.json() == body


def test_cookie_is_secure_over_https_or_when_the_setting_says_so(web, user, hosted):
    email = user()
    r = web(base_url="https://testserver").post("/api/session", json={"email": email, "password": PASSWORD})
    assert "Secure" in _cookie_header(r)
    hosted.settings.cookie_secure = True
    r = web().post("/api/session", json={"email": email, "password": PASSWORD})
    assert "Secure" in _cookie_header(r)


def test_wrong_password_and_unknown_email_get_the_same_one_sentence_401(web, user):
    email = user()
    c = web()
    wrong = c.post("/api/session", json={"email": email, "password": "not the password"})
    unknown = c.post("/api/session", json={"email": new_email("ghost"), "password": "not the password"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json() == {"error": WRONG_CREDENTIALS, "status": 401}
    assert "set-cookie" not in wrong.headers
    assert c.get("/api/session").status_code == 401


def test_every_sign_in_gets_a_new_session_and_a_planted_cookie_is_never_adopted(web, user, hosted):
    email = user()
    c = web()
    plant(c, "attacker-chosen-value")
    sign_in(c, email)
    first = c.cookies.get(COOKIE)
    assert first and first != "attacker-chosen-value"
    sign_in(c, email)
    second = c.cookies.get(COOKIE)
    assert second != first
    # The session the browser came with ended on the new sign-in: the old token opens nothing.
    stale = web()
    plant(stale, first)
    assert stale.get("/api/session").status_code == 401
    assert hosted.accounts.sessions_of(email) == 1


def test_sign_out_and_sign_out_everywhere(web, user, hosted):
    email = user()
    laptop, phone, tablet = web(), web(), web()
    for c in (laptop, phone, tablet):
        sign_in(c, email)
    assert hosted.accounts.sessions_of(email) == 3
    r = laptop.delete("/api/session")
    assert r.status_code == 200 and r.json() == {"signed_out": 1}
    assert laptop.get("/api/session").status_code == 401
    assert phone.get("/api/session").status_code == 200
    r = phone.delete("/api/session", params={"everywhere": "true"})
    assert r.json() == {"signed_out": 2}
    assert phone.get("/api/session").status_code == 401
    assert tablet.get("/api/session").status_code == 401


def test_state_changing_requests_without_the_csrf_token_get_403(web, user):
    c = web()
    token = sign_in(c, user())
    del c.headers["X-CSRF-Token"]
    story = {"title": "Launch", "text": "I shipped the ranking model on time."}
    for method, path, kw in (("POST", "/api/stories", {"json": story}),
                             ("DELETE", "/api/session", {}),
                             ("POST", "/offers/profile", {"data": {"level": "mid"}})):
        r = c.request(method, path, **kw)
        assert r.status_code == 403, (method, path, r.text)
    assert c.post("/api/stories", json=story).json()["error"] == NO_CSRF
    wrong = c.post("/api/stories", json=story, headers={"X-CSRF-Token": token[:-2] + "xx"})
    assert wrong.status_code == 403
    other = web()
    sign_in(other, user())
    stolen = c.post("/api/stories", json=story, headers={"X-CSRF-Token": other.headers["X-CSRF-Token"]})
    assert stolen.status_code == 403  # a token is good for its own session only
    assert c.get("/api/stories").json() == []  # nothing was written
    ok = c.post("/api/stories", json=story, headers={"X-CSRF-Token": token})
    assert ok.status_code == 201
    # A form may carry the token as a field instead of the header (plain HTML forms do).
    form = c.post("/offers/profile", data={"csrf_token": token, "level": "mid"}, follow_redirects=False)
    assert form.status_code == 303
    upload = c.post("/cards/import", files={"file": ("c.csv", b"question,answer\n", "text/csv")},
                    data={"csrf_token": "wrong"}, follow_redirects=False)
    assert upload.status_code == 403


def test_a_disabled_account_loses_its_open_session_and_cannot_sign_in(web, user, hosted):
    email = user()
    c = web()
    sign_in(c, email)
    assert c.get("/api/stories").status_code == 200
    hosted.accounts.disable(email)
    assert c.get("/api/stories").status_code == 401
    assert c.get("/stories", follow_redirects=False).status_code == 303
    r = web().post("/api/session", json={"email": email, "password": PASSWORD})
    assert r.status_code == 401 and r.json()["error"] == WRONG_CREDENTIALS


def test_disabled_flag_alone_ends_a_session_even_if_its_row_survives(web, user, hosted):
    from sqlalchemy import update

    from offerloop.accounts.models import Account

    email = user()
    c = web()
    sign_in(c, email)
    with hosted.session(system=True) as s:  # flip the flag without the disable() that deletes sessions
        s.execute(update(Account).where(Account.email == email).values(disabled=True))
    assert c.get("/api/session").status_code == 401


def test_a_password_reset_ends_every_session(web, user, hosted):
    email = user()
    c = web()
    sign_in(c, email)
    hosted.accounts.reset_password(email, "a brand new long password")
    assert c.get("/api/session").status_code == 401
    sign_in(web(), email, "a brand new long password")


def test_an_expired_session_is_refused(web, user, hosted):
    email = user()
    token, _ = hosted.accounts.sign_in(email, PASSWORD, "127.0.0.1")
    assert hosted.accounts.current(token) is not None
    later = hosted.accounts.current(token, now=_now() + timedelta(hours=hosted.settings.session_hours, seconds=1))
    assert later is None
    c = web()
    plant(c, token)
    assert c.get("/api/session").status_code == 401  # the expired row was deleted on sight


def _now():
    from offerloop.store.base import utcnow

    return utcnow()


def test_brute_force_is_answered_with_429_and_retry_after(web, user):
    from offerloop.accounts.throttle import EMAIL

    email = user()
    c = web()
    for _ in range(EMAIL.limit):
        assert c.post("/api/session", json={"email": email, "password": "guess guess guess"}).status_code == 401
    r = c.post("/api/session", json={"email": email, "password": "guess guess guess"})
    assert r.status_code == 429
    assert 0 < int(r.headers["Retry-After"]) <= EMAIL.window
    assert r.json()["error"].startswith("Too many sign-in attempts")
    # Even the right password waits: the limit is not a hint that the last guess was close.
    assert c.post("/api/session", json={"email": email, "password": PASSWORD}).status_code == 429
    # Another account from the same address is not locked by this one's failures.
    sign_in(web(), user())
    page = c.post("/signin", data={"email": email, "password": PASSWORD}, follow_redirects=False)
    assert page.status_code == 429 and "Retry-After" in page.headers


def test_throttle_per_address_counts_failures_across_emails(hosted):
    from offerloop.accounts.errors import NotSignedIn, TooManyAttempts
    from offerloop.accounts.throttle import ADDRESS

    accounts = hosted.accounts
    with pytest.raises(NotSignedIn):  # one real failed sign-in is counted ...
        accounts.sign_in("spray-0@example.org", "guess guess guess", "203.0.113.9")
    for i in range(1, ADDRESS.limit):  # ... and the rest of a spray over many emails straight in Redis
        accounts.throttle.failed(f"spray-{i}@example.org", "203.0.113.9")
    with pytest.raises(TooManyAttempts) as caught:
        accounts.sign_in("someone-new@example.org", "guess guess guess", "203.0.113.9")
    assert 0 < caught.value.retry_after <= ADDRESS.window
    with pytest.raises(NotSignedIn):  # another address is unaffected
        accounts.sign_in("someone-new@example.org", "guess guess guess", "198.51.100.7")


def test_anonymous_requests_get_401_for_the_api_and_a_redirect_for_pages(web):
    c = web()
    assert c.get("/api/health").json() == {"status": "ok"}
    r = c.get("/api/stories")
    assert r.status_code == 401 and r.json() == {"error": "Sign in first.", "status": 401}
    page = c.get("/tracker?stage=applied", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/signin?next=/tracker%3Fstage%3Dapplied"
    assert c.get("/signin").status_code == 200
    assert c.get("/static/style.css").status_code == 200


def test_sign_in_page_signs_in_and_goes_back_to_the_page_asked_for(web, user):
    email = user()
    c = web()
    bad = c.post("/signin", data={"email": email, "password": "nope nope nope", "next": "/tracker"})
    assert bad.status_code == 401 and WRONG_CREDENTIALS in bad.text
    r = c.post("/signin", data={"email": email, "password": PASSWORD, "next": "/tracker"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/tracker"
    page = c.get("/tracker")
    assert page.status_code == 200 and 'name="csrf-token"' in page.text and email in page.text
    evil = web().post("/signin", data={"email": email, "password": PASSWORD, "next": "//evil.example/x"},
                      follow_redirects=False)
    assert evil.headers["location"] == "/"


def test_sign_in_posted_from_another_site_is_refused(web, user):
    r = web().post("/api/session", json={"email": user(), "password": PASSWORD},
                   headers={"Origin": "https://evil.example"})
    assert r.status_code == 403


def test_sign_up_with_an_invitation_code_joins_the_cohort(web, hosted):
    hosted.accounts.create_cohort("Spring")
    code = hosted.accounts.invite("Spring")["code"]
    email = new_email("new")
    c = web()
    bad = c.post("/signup", data={"email": email, "password": PASSWORD, "code": "not-a-code"})
    assert bad.status_code == 422 and "invitation code is not valid" in bad.text
    r = c.post("/signup", data={"email": email, "password": PASSWORD, "code": code}, follow_redirects=False)
    assert r.status_code == 303
    me = c.get("/api/session").json()
    assert me["email"] == email and me["role"] == "candidate"
    [spring] = hosted.accounts.list_cohorts()
    assert (spring["name"], spring["candidates"], spring["coaches"]) == ("Spring", 1, 0)
    again = web().post("/signup", data={"email": email, "password": PASSWORD, "code": code})
    assert again.status_code == 409


def test_sign_out_form_ends_the_session(web, user):
    c = web()
    token = sign_in(c, user())
    del c.headers["X-CSRF-Token"]
    r = c.post("/signout", data={"csrf_token": token}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/signin"
    assert c.get("/api/session").status_code == 401
