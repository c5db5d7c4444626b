"""Readiness in a real Chromium: build the plan, see the calendar, rate a due review; the home heatmap."""

from datetime import timedelta

import pytest

from offerloop.store.base import utcnow
from tests.plan.helpers import submit

pytestmark = pytest.mark.browser


def test_build_plan_and_see_the_calendar(live_server, page):
    base, ol = live_server
    submit(ol, "two-sum", "accepted", utcnow() - timedelta(days=10))
    page.goto(base + "/plan")
    page.get_by_role("button", name="Build the plan").click()
    page.locator("#plan-calendar").wait_for()
    assert page.locator("#plan-calendar td.day").count() == 42
    assert page.locator("#plan-calendar td[data-kind='hard']").count() == 3
    assert page.locator("td.today").count() == 1
    first_link = page.locator("#plan-calendar td.day a").first
    slug = ol.plans.current()["days"][0]["problems"][0]
    assert first_link.get_attribute("href") == f"/problems/{slug}"
    assert page.locator("#plan-calendar td.done").count() == 0
    for slug in ol.plans.current()["days"][0]["problems"]:  # do today's problems: the day gets its tick
        submit(ol, slug, "accepted", utcnow())
    page.reload()
    done = page.locator("#plan-calendar td.done")
    assert done.count() == 1 and done.get_attribute("data-date") == utcnow().date().isoformat()
    assert "✓" in done.inner_text()
    # two-sum was solved long ago: it is due for review, and rating it clears the list
    assert "Two sum" in page.locator("#due-list").inner_text() or "two-sum" in page.locator("#due-list").inner_html()
    page.locator("form[action='/plan/review/two-sum'] button[value='good']").click()
    page.get_by_text("Review saved.").wait_for()
    assert "Nothing is due" in page.locator("#due-list").inner_text()


def test_home_shows_the_streak_heatmap(live_server, page):
    base, ol = live_server
    submit(ol, "two-sum", "accepted", utcnow() - timedelta(days=1))
    submit(ol, "max-subarray", "accepted", utcnow())
    page.goto(base + "/")
    heat = page.locator("svg.heatmap")
    heat.wait_for()
    assert heat.locator("rect").count() >= 51 * 7
    assert page.locator("#current-streak").inner_text() == "2"
    assert page.locator(f"svg.heatmap rect[data-date='{utcnow().date().isoformat()}']").get_attribute("data-count") == "1"
