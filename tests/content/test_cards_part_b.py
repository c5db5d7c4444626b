"""Quality checks for the theory cards of the topics beyond the fundamentals (issue 6, part B).

Each model answer must itself show every key point through one of that point's cues, so the
answer-feedback engine can be proven on the model answers themselves.
"""

import re

import pytest

from offerloop.content.loader import load_bank

TOPICS = ("unsupervised", "deep-learning", "transformers", "llm", "nlp-evaluation",
          "recommender-systems", "mlops", "system-design")

BANK = load_bank()
CARDS = [c for c in BANK.cards.values() if c.topic in TOPICS]


def test_bank_loads_cleanly_and_part_b_is_large_enough():
    assert not BANK.issues, [str(i) for i in BANK.issues]
    assert len(CARDS) >= 125
    assert {"attention-qkv", "bleu-vs-rouge"} <= set(BANK.cards)
    assert {c.topic for c in CARDS} == set(TOPICS)


@pytest.mark.parametrize("card", CARDS, ids=lambda c: c.slug)
def test_model_answer_shows_every_key_point(card):
    answer = card.answer.lower()
    missing = [kp.point for kp in card.key_points if not any(cue.lower() in answer for cue in kp.cues)]
    assert not missing, f"{card.slug}: the model answer shows none of the cues for {missing}"


@pytest.mark.parametrize("card", CARDS, ids=lambda c: c.slug)
def test_card_shape(card):
    words = len(re.findall(r"\S+", card.answer))
    assert 80 <= words <= 220, f"{card.slug}: answer has {words} words"
    assert 1 <= len(card.follow_ups) <= 3
    assert card.tags
    for kp in card.key_points:
        assert 2 <= len(kp.cues) <= 6, f"{card.slug}: {kp.point!r} has {len(kp.cues)} cues"
        assert all(len(cue.split()) <= 5 for cue in kp.cues), f"{card.slug}: a cue of {kp.point!r} is too long"
    cues = [cue.lower() for kp in card.key_points for cue in kp.cues]
    assert len(set(cues)) == len(cues), f"{card.slug}: a cue is listed twice, so it cannot tell its points apart"


@pytest.mark.parametrize("card", CARDS, ids=lambda c: c.slug)
def test_echoing_the_question_earns_no_credit(card):
    # Cues must name something beyond the question's own words, or a candidate who merely
    # repeats the question would be told they covered key points.
    from offerloop.cards.feedback import assess

    result = assess(card.question, [(kp.point, kp.cues) for kp in card.key_points], card.question)
    assert result.suggested_rating == "again", f"{card.slug}: echoing the question covers {result.covered}"


@pytest.mark.parametrize("card", CARDS, ids=lambda c: c.slug)
def test_the_answer_matcher_finds_every_key_point_in_the_model_answer(card):
    from offerloop.cards.feedback import uncovered_by_own_answer

    missed = uncovered_by_own_answer(card.answer, [(kp.point, kp.cues) for kp in card.key_points], card.question)
    assert not missed, f"{card.slug}: the matcher does not find {missed} in the model answer"
