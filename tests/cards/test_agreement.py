"""The labelled corpus against the engine: the targets of issue 12 are the contract (never loosened here)."""

import pytest

from offerloop.cards.agreement import KINDS, TARGET_NAMED, TARGET_RIGHT, TARGET_WRONG, load_corpus, measure
from offerloop.content.loader import load_bank


@pytest.fixture(scope="module")
def report():
    return measure(load_bank().cards, load_corpus())


def test_the_corpus_is_big_enough_and_labelled_per_card():
    corpus = load_corpus()
    cards = load_bank().cards
    slugs = {a.card for a in corpus}
    assert not slugs - set(cards), f"corpus cards missing from the bank: {sorted(slugs - set(cards))}"
    assert len(slugs) >= 30 and len({cards[s].topic for s in slugs}) >= 10
    for slug in slugs:
        kinds = sorted(a.kind for a in corpus if a.card == slug)
        assert kinds == sorted(KINDS), (slug, kinds)
    for a in corpus:
        if a.kind == "contradiction" and a.wrong_point is not None:
            assert 0 <= a.wrong_point < len(cards[a.card].key_points), (a.card, a.wrong_point)


@pytest.mark.parametrize("kind", ["correct", "paraphrase"])
def test_right_answers_reach_good(report, kind):
    k = report["kinds"][kind]
    assert k["share"] >= TARGET_RIGHT, _why(report, kind)


@pytest.mark.parametrize("kind", ["contradiction", "keyword_list", "misconception"])
def test_wrong_answers_stay_under_good_and_well_under_the_right_one(report, kind):
    k = report["kinds"][kind]
    assert k["share"] >= TARGET_WRONG, _why(report, kind)


@pytest.mark.parametrize("kind", ["contradiction", "misconception"])
def test_the_feedback_names_the_wrong_claim(report, kind):
    k = report["kinds"][kind]
    assert k["named_share"] >= TARGET_NAMED, _why(report, kind)


def _why(report, kind) -> str:
    k = report["kinds"][kind]
    misses = [f"{f['card']}: {f['why']}" for f in report["failures"] if f["kind"] == kind]
    return f"{kind}: {k} - {len(misses)} answers miss: " + "; ".join(misses[:12])


def test_the_held_out_corpus_shares_no_card_with_the_tuning_corpus_and_is_measured(cli):
    from offerloop.cards.agreement import HELDOUT

    held = load_corpus(HELDOUT)
    assert held and not {a.card for a in held} & {a.card for a in load_corpus()}
    import json

    result = cli("cards", "agreement", "--corpus", "heldout", "--json")
    report = json.loads(result.stdout)
    assert report["answers"] == len(held) and result.exit_code == (0 if report["ok"] else 1)
    assert cli("cards", "agreement", "--corpus", "no-such-corpus").exit_code == 2


def test_the_dev_corpus_has_its_own_cards_five_kinds_each_and_is_measured(cli):
    import json

    from offerloop.cards.agreement import DEV, HELDOUT, KINDS

    dev = load_corpus(DEV)
    cards = {a.card for a in dev}
    assert len(cards) == 24 and not cards & {a.card for a in load_corpus()} \
        and not cards & {a.card for a in load_corpus(HELDOUT)}
    for card in cards:
        assert sorted(a.kind for a in dev if a.card == card) == sorted(KINDS)
    assert all(a.wrong_point is not None for a in dev if a.kind == "contradiction")
    result = cli("cards", "agreement", "--corpus", "dev", "--json")
    report = json.loads(result.stdout)
    assert report["answers"] == 120 and report["topics"] >= 10 and not report["unknown_cards"]


def test_the_second_held_out_corpus_shares_no_card_with_any_other_corpus_and_is_measured(cli):
    import json

    from offerloop.cards.agreement import CORPORA, HELDOUT2, KINDS

    held = load_corpus(HELDOUT2)
    cards = {a.card for a in held}
    assert len(cards) == 24 and len(held) == 120
    for card in cards:
        assert sorted(a.kind for a in held if a.card == card) == sorted(KINDS)
    for name, path in CORPORA.items():
        if name != "heldout2":
            assert not cards & {a.card for a in load_corpus(path)}, name
    result = cli("cards", "agreement", "--corpus", "heldout2", "--json")
    report = json.loads(result.stdout)
    assert report["answers"] == 120 and result.exit_code == (0 if report["ok"] else 1)
