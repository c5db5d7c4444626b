"""Per-user export and deletion (issue 17, point 6): everything a user owns, in one transaction.
On SQLite and PostgreSQL, through the API, the CLI and the account page."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select, text

from offerloop.accounts.export import owned_tables, user_tables
from offerloop.store.base import Base, Owned, User
from tests.accounts.conftest import PASSWORD, sign_in
from tests.accounts.isolation_data import make_everything

pytestmark = pytest.mark.slow


def _uid(hosted, email: str) -> int:
    return next(u["id"] for u in hosted.accounts.list_users() if u["email"] == email)


def _rows_of(engine, user_id: int) -> dict[str, int]:
    """Rows per table that point at the user, counted on a plain connection (no ownership filter)."""
    out = {}
    with engine.connect() as conn:
        for table, cols in user_tables():
            for col in cols:
                n = conn.execute(select(func.count()).select_from(table).where(col == user_id)).scalar_one()
                out[f"{table.name}.{col.name}"] = n
        out["users"] = conn.execute(select(func.count()).select_from(User).where(User.id == user_id)).scalar_one()
    return out


def test_every_owned_table_is_exported_and_deleted():
    """Fails when a table with user data is missing from what export and deletion enumerate: the
    ORM's Owned classes, the tables with an owner_id column and the tables pointing at users agree."""
    import offerloop.store.models  # noqa: F401  (every area's models, as the app loads them)

    by_mixin = {m.class_.__table__.name for m in Base.registry.mappers if issubclass(m.class_, Owned)}
    by_column = {t.name for t in owned_tables()}
    assert by_mixin == by_column and "sharing_settings" in by_column and len(by_column) >= 30
    pointing = {t.name for t, _ in user_tables()}
    assert by_column <= pointing
    assert pointing - by_column == {"accounts", "auth_sessions", "cohort_members"}


@pytest.fixture
def hosted_cli(hosted):
    """hosted_cli(*args) runs the real `offerloop` command in-process against the hosted store."""
    from typer.testing import CliRunner

    from offerloop.cli.main import app

    env = {"OFFERLOOP_DATA_DIR": str(hosted.settings.data_dir), "OFFERLOOP_JUDGE_WORKERS": "1",
           "OFFERLOOP_DATABASE_URL": hosted.settings.database_url}  # None unsets it for SQLite
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, list(args), env=env, input=input, catch_exceptions=False)

    return run


@pytest.fixture
def two_users(web, user, hosted):
    """A with one object of every kind (made through the API) and a sharing choice; B with a story."""
    a_email, b_email = user(tag="a"), user(tag="b")
    hosted.accounts.create_cohort("Spring")
    hosted.accounts.add_member("Spring", a_email)
    a, b = web(), web()
    sign_in(a, a_email)
    sign_in(b, b_email)
    ids, marker = make_everything(a)
    assert a.put("/api/me/sharing", json={"companies": True}).status_code == 200
    assert b.post("/api/stories", json={"title": "B's launch", "text": "I shipped B's thing."}).status_code == 201
    return {"a": a, "b": b, "a_email": a_email, "b_email": b_email, "marker": marker, "ids": ids}


def test_export_holds_every_row_the_user_owns_and_nothing_else(two_users, hosted):
    a = two_users["a"]
    r = a.get("/api/me/export")
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    doc = r.json()
    assert set(doc["tables"]) == {t.name for t in owned_tables()}  # every owned table, even empty ones
    rows = _rows_of(hosted.engine, _uid(hosted, two_users["a_email"]))
    for table in owned_tables():
        assert len(doc["tables"][table.name]) == rows[f"{table.name}.owner_id"], table.name
    assert sum(rows[f"{t.name}.owner_id"] > 0 for t in owned_tables()) >= 20  # the fixture made most kinds
    assert doc["tables"]["sharing_settings"][0]["companies"] is True
    assert doc["account"]["email"] == two_users["a_email"] and doc["account"]["role"] == "candidate"
    assert doc["account"]["cohorts"][0]["name"] == "Spring"
    assert two_users["marker"] in r.text
    assert "B's launch" not in r.text and "argon2" not in r.text and "token_hash" not in r.text

    # The file goes back in through the ordinary import, into an empty store
    from offerloop.store.transfer import import_data

    other = hosted.for_user("fresh")
    counts = import_data(other, doc)
    assert counts["applications"] == 1 and counts["sharing_settings"] == 1


def test_delete_me_needs_the_password_and_the_email_then_removes_everything(two_users, hosted, web):
    a, b = two_users["a"], two_users["b"]
    a_id, b_id = _uid(hosted, two_users["a_email"]), _uid(hosted, two_users["b_email"])
    other_session = web()
    sign_in(other_session, two_users["a_email"])
    before_a, before_b = _rows_of(hosted.engine, a_id), _rows_of(hosted.engine, b_id)

    wrong = a.request("DELETE", "/api/me", json={"password": "not the password", "confirm": two_users["a_email"]})
    assert wrong.status_code == 403 and wrong.json()["error"] == "The password is not right; nothing was deleted."
    unconfirmed = a.request("DELETE", "/api/me", json={"password": PASSWORD, "confirm": "someone@example.org"})
    assert unconfirmed.status_code == 422 and "nothing was deleted" in unconfirmed.json()["error"]
    no_csrf = a.request("DELETE", "/api/me", json={"password": PASSWORD, "confirm": two_users["a_email"]},
                        headers={"X-CSRF-Token": "forged"})
    assert no_csrf.status_code == 403
    assert _rows_of(hosted.engine, a_id) == before_a

    r = a.request("DELETE", "/api/me", json={"password": PASSWORD, "confirm": two_users["a_email"]})
    assert r.status_code == 200, r.text
    deleted = r.json()["deleted"]
    assert deleted["applications"] == 1 and deleted["accounts"] == 1 and deleted["users"] == 1
    assert all(n == 0 for n in _rows_of(hosted.engine, a_id).values())
    assert _rows_of(hosted.engine, b_id) == before_b  # B untouched
    # every session of A has ended, this one and the other browser's
    assert a.get("/api/session").status_code == 401 and other_session.get("/api/stories").status_code == 401
    gone = web()
    assert gone.post("/api/session", json={"email": two_users["a_email"], "password": PASSWORD}).status_code == 401
    assert b.get("/api/stories").status_code == 200


def test_a_failure_midway_leaves_everything_as_it_was(two_users, hosted, hosted_cli):
    """A real foreign key (a table the deletion does not know, pointing at the user) makes the last
    statement fail after every owned row was deleted: the whole deletion rolls back."""
    a_id = _uid(hosted, two_users["a_email"])
    before = _rows_of(hosted.engine, a_id)
    with hosted.engine.begin() as conn:
        conn.execute(text("CREATE TABLE legal_hold (user_id INTEGER NOT NULL REFERENCES users (id))"))
        conn.execute(text("INSERT INTO legal_hold (user_id) VALUES (:u)"), {"u": a_id})
    try:
        r = hosted_cli("users", "delete", two_users["a_email"], "--yes")
        assert r.exit_code == 2, r.output
        assert "Nothing was deleted" in r.output
        r = two_users["a"].request("DELETE", "/api/me", json={"password": PASSWORD, "confirm": two_users["a_email"]})
        assert r.status_code == 409 and r.json()["error"].startswith("Nothing was deleted")
        assert _rows_of(hosted.engine, a_id) == before
        assert two_users["a"].get("/api/session").status_code == 200  # still signed in
        assert two_users["marker"] in two_users["a"].get("/api/me/export").text
    finally:
        with hosted.engine.begin() as conn:
            conn.execute(text("DROP TABLE legal_hold"))
    r = hosted_cli("users", "delete", two_users["a_email"], "--yes", "--json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["deleted"]["users"] == 1
    assert all(n == 0 for n in _rows_of(hosted.engine, a_id).values())


def test_cli_export_to_a_file_and_stdout(two_users, hosted, hosted_cli, tmp_path):
    out = tmp_path / "a.json"
    r = hosted_cli("users", "export", two_users["a_email"].upper(), "--out", str(out))
    assert r.exit_code == 0, r.output
    assert f"to {out}" in r.output and not (tmp_path / "a.json.part").exists()
    doc = json.loads(out.read_text())
    assert doc["account"]["email"] == two_users["a_email"] and len(doc["tables"]["stories"]) == 1
    printed = json.loads(hosted_cli("users", "export", two_users["b_email"]).output)
    assert printed["tables"]["stories"][0]["title"] == "B's launch"
    missing = hosted_cli("users", "export", "nobody@example.org")
    assert missing.exit_code == 2 and "no user 'nobody@example.org'" in missing.output
    asked = hosted_cli("users", "delete", two_users["b_email"], input="n\n")
    assert asked.exit_code == 1 and two_users["b"].get("/api/session").status_code == 200  # said no: kept


def test_the_account_page_deletes_with_the_password(two_users, hosted):
    a = two_users["a"]
    page = a.get("/account")
    assert page.status_code == 200 and 'action="/account/delete"' in page.text and "/api/me/export" in page.text
    bad = a.post("/account/delete", data={"password": "wrong one here", "confirm": two_users["a_email"]})
    assert bad.status_code == 403 and "nothing was deleted" in bad.text
    ok = a.post("/account/delete", data={"password": PASSWORD, "confirm": two_users["a_email"]},
                follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/signin"
    assert a.get("/api/session").status_code == 401


def test_local_mode_exports_the_local_user_and_has_no_account_routes(client, cli, ol):
    assert client.post("/api/stories", json={"title": "Launch", "text": "I shipped it on time."}).status_code == 201
    r = client.get("/api/me/export")
    assert r.status_code == 200
    doc = r.json()
    assert doc["account"]["name"] == "local" and doc["account"]["email"] is None
    assert [s["title"] for s in doc["tables"]["stories"]] == ["Launch"]
    assert client.request("DELETE", "/api/me", json={"password": "x", "confirm": "x"}).status_code in (404, 405)
    assert client.get("/api/me/sharing").status_code == 404 and client.get("/coach").status_code == 404
    printed = json.loads(cli("users", "export", "local").output)
    assert printed["tables"]["stories"][0]["title"] == "Launch"
