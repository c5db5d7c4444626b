"""A NUL character is refused with one sentence on both backends, and nothing is written."""

from __future__ import annotations

import pytest

from offerloop.errors import InvalidInput


def test_nul_in_text_is_refused_and_nothing_is_written(ol):
    with pytest.raises(InvalidInput, match="NUL character"):
        ol.applications.add("Ac\x00me", "ML engineer", "startup")
    assert ol.applications.list() == []
    app = ol.applications.add("Acme", "ML engineer", "startup")
    with pytest.raises(InvalidInput, match="NUL character"):
        ol.applications.add_note(app["id"], "call back\x00")
    assert ol.applications.get(app["id"])["company"] == "Acme"


def test_nul_over_http_is_a_422_sentence_not_a_server_error(client):
    answer = client.post("/api/stories/answers", json={"kind": "pitch", "text": "\x00"})
    assert answer.status_code == 422 and "NUL" in answer.json()["error"]
    assert client.get("/api/stories/answers").json() == []
