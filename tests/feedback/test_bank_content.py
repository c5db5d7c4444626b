"""The real card bank under the engine's content proofs (what `offerloop content check` runs on cards)."""

import pytest

from offerloop.content.check import check_cards, check_misconception_counts
from offerloop.content.loader import load_bank


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def test_every_card_loads_with_valid_regexes_and_declared_subjects(bank):
    assert [str(i) for i in bank.issues if i.path.startswith("cards/") or " card " in i.path] == []


def test_every_card_is_proven_against_its_own_model_answer_and_examples(bank):
    assert [str(i) for i in check_cards(bank.cards)] == []


def test_every_card_has_its_misconceptions_and_100_cards_are_most_asked(bank):
    assert [str(i) for i in check_misconception_counts(bank.cards)] == []
