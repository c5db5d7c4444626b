"""The stories page shows 50 stories a page; coverage and readiness still count every story."""

from __future__ import annotations


def test_the_page_shows_fifty_and_links_the_rest(client, ol):
    from sqlalchemy import insert

    from offerloop.stories.models import Story
    from offerloop.store.base import utcnow

    now = utcnow()
    with ol.session() as s:
        s.execute(insert(Story), [
            {"owner_id": ol.user_id, "title": f"Story {i:02d}", "situation": "The model drifted.",
             "task": "Own the fix.", "action": "I retrained it weekly.", "result": "Errors fell 30%.", "text": "",
             "categories": ["success"] if i < 55 else ["failure"], "tags": [], "question_uuids": [],
             "created_at": now, "updated_at": now} for i in range(60)])
    html = client.get("/stories").text
    listed = html.split('id="list-h"')[1]
    assert listed.count('<tr><td><a href="/stories/') == 50 and "Stories 1–50 of 60." in listed
    assert 'href="/stories?offset=50#list-h" rel="next"' in listed
    assert '<span class="count">55 stories</span>' in html  # coverage counts all 60, not the page
    second = client.get("/stories", params={"offset": 50}).text.split('id="list-h"')[1]
    assert second.count('<tr><td><a href="/stories/') == 10 and 'rel="next"' not in second
    assert "Story 59" in second and 'href="/stories?offset=0#list-h" rel="prev"' in second
    failures = client.get("/stories", params={"category": "failure"}).text.split('id="list-h"')[1]
    assert failures.count('<tr><td><a href="/stories/') == 5 and "Stories 1" not in failures
