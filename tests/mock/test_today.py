"""The Today dashboard with a fixed `now`: each block holds what is due and links to the work."""

from datetime import datetime, timedelta, timezone

from offerloop.readiness.today import countdown, dashboard

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def test_countdown_reads_in_days_then_hours():
    assert countdown(NOW + timedelta(days=3, hours=5, minutes=10), NOW) == "3 days 5 h"
    assert countdown(NOW + timedelta(hours=2, minutes=30), NOW) == "2 h 30 min"
    assert countdown(NOW - timedelta(hours=1), NOW) == "0 h 0 min"


def test_the_dashboard_gathers_due_work_reminders_the_countdown_and_readiness(ol):
    app = ol.applications.add("Acme", "ML engineer", "big-tech", now=NOW - timedelta(days=5))
    ol.applications.add_interview(app["id"], "phone-screen", NOW - timedelta(hours=20), minutes=45, now=NOW - timedelta(days=3))
    ol.applications.add_interview(app["id"], "ml-coding", NOW + timedelta(days=4, hours=6), now=NOW - timedelta(days=1))
    slug = ol.cards.items("metrics")[0].slug
    ol.cards.review(slug, "again", now=NOW - timedelta(days=1))  # due again by now
    ol.plans.interview.build(application_id=app["id"], now=NOW)

    today = dashboard(ol, NOW)
    nxt = today["next_interview"]
    assert nxt["company"] == "Acme" and nxt["countdown"] == "4 days 6 h" and nxt["link"] == f"/tracker/{app['id']}"
    assert today["cards_due"]["due"] == 1 and today["cards_due"]["link"] == "/cards/review"
    kinds = [r["kind"] for r in today["reminders"]]
    assert kinds == ["thank-you"] and today["reminders"][0]["link"] == f"/tracker/{app['id']}"
    assert today["plan"]["source"] == "interview" and today["plan"]["tasks"]
    assert all(t["link"].startswith("/") for t in today["plan"]["tasks"])
    assert [a["area"] for a in today["readiness"]["areas"]][:3] == ["algorithms", "ml-coding", "theory"]
    assert today["activity"]["current_streak"] >= 1  # the review yesterday counts


def test_the_home_page_shows_today_with_links(client, ol):
    page = client.get("/")
    assert page.status_code == 200
    html = page.text
    for needle in ('id="today"', 'href="/cards/review"', 'id="readiness"', 'href="/plan/interview"',
                   'data-area="take-home"', "Practice streak"):
        assert needle in html
    data = client.get("/api/today").json()
    assert set(data) >= {"cards_due", "problems_due", "plan", "reminders", "next_interview", "readiness", "activity"}
    assert "svg" not in data["activity"]


def test_the_dashboard_due_counts_agree_with_the_cards_area(ol):
    from offerloop.readiness.evidence import cards_due

    items = ol.cards.items()
    ol.cards.add_own_card("What is a holdout set and when is it not enough?", "A split kept aside for the end.",
                          topic="validation", now=NOW - timedelta(days=2))
    for k, item in enumerate(items[:6]):
        ol.cards.review(item.slug, ["again", "good", "easy"][k % 3], now=NOW - timedelta(days=k + 1))
    ol.cards.review(items[7].slug, "good", now=NOW - timedelta(hours=1))  # introduced today: uses the allowance
    for when in (NOW, NOW + timedelta(days=3), NOW + timedelta(days=30)):
        counts = ol.cards.due(when)["counts"]
        assert cards_due(ol, when) == {"due": counts["due"], "new": counts["new"]}
