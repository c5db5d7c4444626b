"""Quality checks for the theory cards of the core ML topics (issue 6, part A).

Each model answer must itself show every key point through one of that point's cues, so the
answer-feedback engine can be proven on the model answers themselves.
"""

import re

import pytest

from offerloop.content.loader import load_bank

TOPICS = ("fundamentals", "regularization", "validation", "metrics", "optimization",
          "imbalanced-data", "classical-models", "probability-statistics", "feature-engineering")
REQUIRED = {"gradient-descent", "bias-variance-tradeoff", "l1-vs-l2-regularization", "precision-vs-recall",
            "imbalanced-datasets", "p-value", "discriminative-vs-generative", "cross-validation"}

BANK = load_bank()
CARDS = [c for c in BANK.cards.values() if c.topic in TOPICS]


def test_bank_loads_cleanly_and_part_a_has_the_required_slugs():
    assert not BANK.issues, [str(i) for i in BANK.issues]
    assert REQUIRED <= set(BANK.cards)


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
    assert len({cue.lower() for kp in card.key_points for cue in kp.cues}) == sum(len(kp.cues) for kp in card.key_points), \
        f"{card.slug}: a cue is repeated"
    for kp in card.key_points:
        assert 2 <= len(kp.cues) <= 6, f"{card.slug}: {kp.point!r} has {len(kp.cues)} cues"
        assert all(len(cue.split()) <= 5 for cue in kp.cues), f"{card.slug}: a cue of {kp.point!r} is too long"


@pytest.mark.parametrize("card", CARDS, ids=lambda c: c.slug)
def test_echoing_the_question_earns_almost_nothing(card):
    from offerloop.cards.feedback import assess

    result = assess(card.question, [(kp.point, kp.cues) for kp in card.key_points], card.question)
    assert result.score < 0.3, f"{card.slug}: repeating the question covers {result.covered}"
