"""Scheduling: the due date moves exactly as fsrs says; the queue honours the new-card limit; stats."""

from datetime import datetime, timedelta, timezone

import pytest
from fsrs import Card, Rating, Scheduler
from sqlalchemy import select

from offerloop.cards.models import CardReview, CardState
from offerloop.cards.queue import Scheduled, build_queue
from offerloop.errors import InvalidInput, NotFound
from offerloop.store.base import Activity

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=timezone.utc)


def test_reviews_move_the_due_date_exactly_as_fsrs_does(ol):
    reference = Scheduler(enable_fuzzing=False)
    card = Card(card_id=1, due=T0)
    now = T0
    for rating, gap in [("good", timedelta(0)), ("good", timedelta(minutes=11)), ("easy", timedelta(days=3)),
                        ("again", timedelta(days=12)), ("hard", timedelta(minutes=15)), ("good", timedelta(days=2))]:
        now = now + gap
        card, _ = reference.review_card(card, Rating[rating.capitalize()], review_datetime=now)
        answer = ol.cards.review("gradient-descent", rating, now=now)
        assert answer["due"] == card.due.isoformat()
        assert datetime.fromisoformat(answer["due"]) == card.due
    memory = ol.cards.memory("gradient-descent")
    assert memory.stability == pytest.approx(card.stability) and memory.difficulty == pytest.approx(card.difficulty)
    with ol.session() as s:
        state = s.scalar(select(CardState))
        assert state.reps == 6 and state.lapses == 1 and state.introduced_at == T0
        reviews = list(s.scalars(select(CardReview).order_by(CardReview.reviewed_at)))
        assert [r.rating for r in reviews] == [3, 3, 4, 1, 2, 3]
        assert reviews[0].state_before == 0 and reviews[3].state_before == 2
        kinds = list(s.scalars(select(Activity.kind).where(Activity.area == "cards")))
        assert kinds == ["reviewed"] * 6


def test_desired_retention_is_passed_to_fsrs(ol):
    ol.cards.set_prefs(desired_retention=0.8)
    reference = Scheduler(desired_retention=0.8, enable_fuzzing=False)
    card, _ = reference.review_card(Card(card_id=1, due=T0), Rating.Easy, review_datetime=T0)
    assert ol.cards.review("p-value", "easy", now=T0)["due"] == card.due.isoformat()


def test_bad_ratings_and_unknown_cards_store_nothing(ol):
    with pytest.raises(InvalidInput, match="not one of again, hard, good, easy"):
        ol.cards.review("p-value", "great", now=T0)
    with pytest.raises(NotFound, match="no card called"):
        ol.cards.review("p-valeu", "good", now=T0)
    with ol.session() as s:
        assert s.scalar(select(CardReview)) is None and s.scalar(select(Activity)) is None


def test_queue_orders_learning_then_reviews_and_caps_new_cards():
    order = ["a", "b", "c", "d", "e", "f"]
    scheduled = [Scheduled("a", 2, T0 - timedelta(days=1)), Scheduled("b", 1, T0 - timedelta(minutes=1)),
                 Scheduled("c", 2, T0 + timedelta(days=3)), Scheduled("d", 3, T0 + timedelta(minutes=5))]
    q = build_queue(order, scheduled, introduced_today=1, new_per_day=2, now=T0)
    assert q.due == ["b", "a"] and q.new == ["e"] and q.learning_soon == ["d"]
    assert q.new_left_today == 1 and q.new_available == 2
    assert build_queue(order, scheduled, introduced_today=5, new_per_day=2, now=T0).new == []
    assert build_queue(order, [], 0, 0, T0).next_slug() is None


def test_due_queue_respects_the_users_new_card_limit(ol):
    ol.cards.set_prefs(new_per_day=3)
    due = ol.cards.due(now=T0)
    assert due["counts"]["new"] == 3 and len(due["cards"]) == 3
    assert all(c["state"] == "new" for c in due["cards"])
    first = due["cards"][0]["slug"]
    ol.cards.review(first, "easy", now=T0)
    after = ol.cards.due(now=T0 + timedelta(minutes=1))
    assert after["counts"]["new_left_today"] == 2 and first not in [c["slug"] for c in after["cards"]]
    next_day = ol.cards.due(now=T0 + timedelta(days=1))
    assert next_day["counts"]["new"] == 3


def test_own_cards_come_first_among_new_cards_and_are_scheduled_alike(ol):
    slug = ol.cards.add_own_card("How did you deploy your last model?", "Behind a REST service with canaries.")
    due = ol.cards.due(now=T0)
    assert due["cards"][0]["slug"] == slug and due["cards"][0]["own"]
    reference, _ = Scheduler(enable_fuzzing=False).review_card(Card(card_id=1, due=T0), Rating.Good, review_datetime=T0)
    assert ol.cards.review(slug, "good", now=T0)["due"] == reference.due.isoformat()


def test_topic_filter_and_unknown_topic(ol):
    due = ol.cards.due(now=T0, topic="metrics")
    assert due["cards"] and all(c["topic"] == "metrics" for c in due["cards"])
    with pytest.raises(InvalidInput, match="topic 'metricz'"):
        ol.cards.due(now=T0, topic="metricz")


def test_stats_count_true_retention_workload_and_forecast(ol):
    ol.cards.review("p-value", "good", now=T0)
    ol.cards.review("p-value", "good", now=T0 + timedelta(minutes=10))  # graduates to review
    due = datetime.fromisoformat(ol.cards.detail("p-value")["due"])
    ol.cards.review("p-value", "again", now=due)  # a lapse on a review card
    ol.cards.review("gradient-descent", "easy", now=T0)
    stats = ol.cards.stats(now=due + timedelta(minutes=1))
    assert stats["total_reviews"] == 4
    assert stats["true_retention"] == {"value": 0.0, "passed": 0, "reviews": 1}
    assert stats["cards_by_state"]["relearning"] == 1 and stats["cards_by_state"]["review"] == 1
    assert stats["cards_by_state"]["new"] == stats["total_cards"] - 2
    assert len(stats["forecast"]) == 30 and sum(d["count"] for d in stats["forecast"]) == 2
    assert sum(d["count"] for d in stats["reviews_per_day"]) == 4
    assert stats["ratings"] == {"again": 1, "hard": 0, "good": 2, "easy": 1}


def test_answer_gives_feedback_and_the_model_answer_without_storing(ol):
    result = ol.cards.answer("p-value", "Assuming the null hypothesis holds, the chance of data at least as "
                             "extreme as ours; compare with the significance level.", now=T0)
    assert set(result) >= {"score", "covered", "missed", "suggested_rating", "answer", "next_due"}
    assert len(result["covered"]) >= 2 and result["score"] > 0.3
    assert result["answer"].startswith(ol.content.cards["p-value"].answer[:20])
    with ol.session() as s:
        assert s.scalar(select(CardReview)) is None


def test_settings_are_checked(ol):
    with pytest.raises(InvalidInput, match="between 0 and 500"):
        ol.cards.set_prefs(new_per_day=-1)
    with pytest.raises(InvalidInput, match="between 0.70 and 0.99"):
        ol.cards.set_prefs(desired_retention=0.5)
    assert ol.cards.prefs() == {"new_per_day": 20, "desired_retention": 0.9}


def test_cards_state_travels_through_export_and_import(ol, settings_for):
    from offerloop.app import Offerloop
    from offerloop.store.transfer import export_data, import_data

    slug = ol.cards.add_own_card("What is a feature store?", "Shared, versioned features.", topic="mlops")
    ol.cards.set_prefs(new_per_day=7)
    ol.cards.review("p-value", "good", now=T0)
    ol.cards.review(slug, "easy", now=T0)
    other = Offerloop(settings_for("sqlite", name="other"))
    try:
        counts = import_data(other, export_data(ol))
        assert counts["card_states"] == 2 and counts["card_reviews"] == 2 and counts["own_cards"] == 1
        assert other.cards.prefs()["new_per_day"] == 7
        assert other.cards.detail("p-value")["due"] == ol.cards.detail("p-value")["due"]
        assert other.cards.item(slug).answer == "Shared, versioned features."
    finally:
        other.close()


def test_stats_by_topic_put_the_weakest_seen_topic_first(ol):
    ol.cards.review("p-value", "good", now=T0)
    ol.cards.review("p-value", "good", now=T0 + timedelta(minutes=10))
    due = datetime.fromisoformat(ol.cards.detail("p-value")["due"])
    ol.cards.review("p-value", "again", now=due)
    ol.cards.review("gradient-descent", "good", now=T0)
    ol.cards.review("gradient-descent", "good", now=T0 + timedelta(minutes=10))
    due = datetime.fromisoformat(ol.cards.detail("gradient-descent")["due"])
    ol.cards.review("gradient-descent", "good", now=due)
    rows = ol.cards.stats(now=due)["by_topic"]
    assert [r["topic"] for r in rows[:2]] == ["probability-statistics", "optimization"]
    assert rows[0]["retention"] == 0.0 and rows[1]["retention"] == 1.0
    assert rows[0]["seen"] == 1 and rows[2]["seen"] == 0
    assert sum(r["cards"] for r in rows) == len(ol.content.cards)
