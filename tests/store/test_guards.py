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


def test_nul_deep_in_a_json_value_is_found_and_an_escaped_one_is_not():
    from offerloop.store.guards import _has_nul

    assert _has_nul({"cases": [{"got": ["fine", {"k": "bad\x00"}]}]})
    assert _has_nul({"key\x00": 1}) and _has_nul(["a", ("b", "\x00")])
    assert not _has_nul({"cases": [{"got": ["fine", {"k": 1.5, "n": None}]}]})
    assert not _has_nul({"text": "a backslash then u0000: \\u0000"})  # no NUL, only its JSON spelling
    assert _has_nul({1: ["\x00"]}) and not _has_nul({(1, 2): "x"})  # keys JSON cannot encode are walked
