"""API lists page with limit/offset: the body stays the plain JSON list, X-Total-Count says how long the
whole list is and an RFC 8288 Link header points at the next and previous pages (both backends)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

LINK = re.compile(r'<([^>]+)>; rel="(next|prev)"')


def _links(response) -> dict[str, str]:
    return {rel: url for url, rel in LINK.findall(response.headers.get("link", ""))}


def _walk(client, path: str, limit: int) -> list[dict]:
    """Follow rel="next" from the first page; every page but the last is full."""
    url, rows, pages = f"{path}{'&' if '?' in path else '?'}limit={limit}", [], 0
    while url:
        r = client.get(url)
        assert r.status_code == 200, r.text
        page = r.json()
        rows += page
        pages += 1
        url = _links(r).get("next")
        assert url is None or len(page) == limit
    return rows


def _fill(ol, n: int = 7) -> None:
    from sqlalchemy import insert

    from offerloop.practice.models import Submission

    base = datetime(2026, 1, 5, tzinfo=timezone.utc)
    for i in range(n):
        ol.applications.add(f"Company {i}", "ML Engineer", "startup", applied_at=base + timedelta(days=i),
                            now=base + timedelta(days=30))
        ol.stories.add(f"Story {i}", situation="The model drifted.", task="Own the fix.",
                       action="I retrained it weekly.", result="Errors fell 30%.",
                       categories=["success" if i % 2 else "failure"])
        ol.offers.add({"company": f"Offer {i}", "base": str(150_000 + i), "level": "senior",
                       "company_type": "startup"})
        ol.cards.add_own_card(f"Own question number {i} about dropout?", "It regularises.")
    problem = ol.content.problem("two-sum")
    with ol.session() as s:
        s.execute(insert(Submission), [
            {"owner_id": ol.user_id, "problem_uuid": str(problem.meta.uuid), "slug": "two-sum",
             "verdict": "wrong_answer", "passed": i, "total": 9, "time_ms": 1.0, "code": "pass", "result": {},
             "created_at": base + timedelta(minutes=i)} for i in range(n)])


LISTS = ["/api/applications", "/api/stories", "/api/offers", "/api/problems/two-sum/submissions", "/api/cards"]


@pytest.mark.parametrize("path", LISTS)
def test_every_list_pages_with_total_and_links(client, ol, path):
    _fill(ol)
    whole = client.get(path, params={"limit": 500})
    total = int(whole.headers["x-total-count"])
    assert total == len(whole.json()) or (path == "/api/cards" and total > 500)
    if path != "/api/cards":
        assert total == 7 and "link" not in whole.headers  # one page holds it all: no links
    first = client.get(path, params={"limit": 3})
    assert len(first.json()) == 3 and first.headers["x-total-count"] == str(total)
    links = _links(first)
    assert "prev" not in links and "limit=3" in links["next"] and "offset=3" in links["next"]
    # Following next from the first page yields the whole list once, in order.
    walked = _walk(client, path, 3)
    assert len(walked) == total
    key = "slug" if path == "/api/cards" else "id"
    assert len({r[key] for r in walked}) == total
    if path != "/api/cards":
        assert walked == whole.json()
    last = client.get(path, params={"limit": 3, "offset": total - 1})
    assert len(last.json()) == 1 and "next" not in _links(last)
    assert f"offset={total - 4}" in _links(last)["prev"]
    past = client.get(path, params={"offset": 2_147_483_647})
    assert past.status_code == 200 and past.json() == [] and past.headers["x-total-count"] == str(total)


def test_paging_parameters_are_bounded(client):
    for path in LISTS:
        for params in ({"limit": 0}, {"limit": 501}, {"offset": -1}, {"limit": "ten"}, {"offset": 2**31}):
            r = client.get(path, params=params)
            assert r.status_code == 422 and r.json()["error"], (path, params)


def test_the_default_page_is_100_rows_and_cards_end_with_own_cards(client, ol):
    _fill(ol, 2)
    r = client.get("/api/cards")
    total = int(r.headers["x-total-count"])
    assert len(r.json()) == 100 and total == len(ol.content.cards) + 2
    tail = client.get("/api/cards", params={"offset": total - 3}).json()
    assert [c["own"] for c in tail] == [False, True, True]


def test_filters_count_what_they_keep(client, ol):
    _fill(ol)
    r = client.get("/api/stories", params={"category": "success", "limit": 2})
    assert r.headers["x-total-count"] == "3" and [s["title"] for s in r.json()] == ["Story 1", "Story 3"]
    assert "category=success" in _links(r)["next"]
    ol.applications.move(ol.applications.list()[0]["id"], "rejected")
    r = client.get("/api/applications", params={"open_only": "true", "limit": 100})
    assert r.headers["x-total-count"] == "6" and len(r.json()) == 6
    newest = client.get("/api/problems/two-sum/submissions", params={"limit": 2}).json()
    assert [s["passed"] for s in newest] == [6, 5]  # newest first


def test_the_schema_documents_paging(client):
    op = client.get("/openapi.json").json()["paths"]["/api/applications"]["get"]
    params = {p["name"]: p["schema"] for p in op["parameters"]}
    assert params["limit"]["maximum"] == 500 and params["limit"]["minimum"] == 1 and params["limit"]["default"] == 100
    assert params["offset"]["minimum"] == 0
    assert {"X-Total-Count", "Link"} <= set(op["responses"]["200"]["headers"])
