import pytest
from sqlalchemy import select

from offerloop.cards.models import OwnCard
from offerloop.errors import InvalidInput, NotFound


def test_add_own_card_returns_a_numbered_slug_and_the_card_is_listed(ol):
    slug = ol.cards.add_own_card("How would you detect data drift in production?", "Compare feature distributions.",
                                 topic="mlops", source="interview: Acme, onsite")
    assert slug == "own-1-how-would-you-detect-data-drift-in-production"
    second = ol.cards.add_own_card("Why does batch norm help training?")
    assert second.startswith("own-2-why-does-batch-norm")
    item = ol.cards.item(slug)
    assert item.own and item.topic == "mlops" and item.source == "interview: Acme, onsite"
    assert [i.slug for i in ol.cards.items(topic="mlops") if i.own] == [slug]
    assert slug in [i.slug for i in ol.cards.items()]


def test_the_same_question_twice_is_one_card_whose_empty_answer_gets_filled(ol):
    first = ol.cards.add_own_card("What is label leakage?")
    again = ol.cards.add_own_card("what is LABEL leakage", "A feature that encodes the target.")
    assert again == first
    assert ol.cards.item(first).answer == "A feature that encodes the target."
    with ol.session() as s:
        assert len(list(s.scalars(select(OwnCard)))) == 1


def test_bad_own_cards_are_refused_with_one_sentence(ol):
    with pytest.raises(InvalidInput, match="topic 'cooking'"):
        ol.cards.add_own_card("What is a good soufflé?", topic="cooking")
    with pytest.raises(InvalidInput, match="question"):
        ol.cards.add_own_card("  ")
    with pytest.raises(NotFound):
        ol.cards.item("own-9-nothing-here")


def test_numbers_follow_the_highest_card_left_after_a_deletion(ol):
    a = ol.cards.add_own_card("First question about dropout")
    b = ol.cards.add_own_card("Second question about dropout")
    ol.cards.delete_own_card(b)
    c = ol.cards.add_own_card("Third question about dropout")
    assert a.startswith("own-1-") and c.startswith("own-2-")
    with pytest.raises(NotFound):
        ol.cards.item(b)
