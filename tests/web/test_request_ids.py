"""Every answer carries a request id; an unexpected error is logged under it and shows it to the user."""

from __future__ import annotations

import logging

from fastapi.testclient import TestClient


def _app_with_a_bug(ol):
    from offerloop.web.app import create_app

    app = create_app(ol)

    @app.get("/api/bug")
    def bug():
        raise RuntimeError("a bug no user should see")

    @app.get("/bug-page")
    def bug_page():
        raise RuntimeError("a bug no user should see")

    return app


def test_a_500_is_logged_and_shown_with_its_request_id(ol, caplog):
    client = TestClient(_app_with_a_bug(ol), raise_server_exceptions=False)
    with caplog.at_level(logging.ERROR, logger="offerloop.web"):
        answer = client.get("/api/bug")
    assert answer.status_code == 500
    rid = answer.headers["x-request-id"]
    assert answer.json() == {"error": answer.json()["error"], "status": 500, "request_id": rid}
    assert rid in answer.json()["error"] and "a bug no user should see" not in answer.text
    assert any(rid in r.getMessage() for r in caplog.records)
    page = client.get("/bug-page")
    assert page.status_code == 500 and page.headers["x-request-id"] in page.text


def test_a_sane_client_id_is_kept_and_an_odd_one_replaced(client):
    assert client.get("/api/health", headers={"X-Request-ID": "trace-42"}).headers["x-request-id"] == "trace-42"
    odd = client.get("/api/health", headers={"X-Request-ID": "no spaces or <tags>"}).headers["x-request-id"]
    assert odd != "no spaces or <tags>" and len(odd) == 32
    assert client.get("/nowhere").headers["x-request-id"]


def test_405_lists_every_method_the_path_accepts(client):
    answer = client.request("TRACE", "/api/applications")
    assert answer.status_code == 405
    assert set(answer.headers["allow"].replace(" ", "").split(",")) >= {"GET", "POST"}
