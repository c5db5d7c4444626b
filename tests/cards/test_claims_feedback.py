"""Cards on the claims engine: the answer JSON, the order of feedback, and refused answers (both backends)."""

import json

import pytest
from sqlalchemy import func, select

from offerloop.cards.models import CardReview, CardState

OLD_FIELDS = {"score", "covered", "missed", "partial", "suggested_rating", "points", "thresholds", "slug",
              "question", "answer", "follow_ups", "next_due", "next_interval"}


def _card_with_misconception(ol):
    for slug, card in sorted(ol.content.cards.items()):
        if card.misconceptions:
            return slug, card
    pytest.fail("no bank card carries a misconception yet")


def test_answer_json_keeps_old_fields_and_adds_status_misconceptions_and_keyword_list(client, ol):
    text = ("High bias comes from a model too simple that underfits; high variance from a flexible one that "
            "overfits.")
    body = client.post("/api/cards/bias-variance-tradeoff/answer", json={"text": text}).json()
    assert OLD_FIELDS <= set(body)
    assert {"misconceptions", "keyword_list"} <= set(body)
    assert body["keyword_list"] is False and body["misconceptions"] == []
    assert all(p["status"] in ("covered", "partial", "missed", "contradicted") for p in body["points"])
    assert all({"point", "status", "cue", "evidence"} <= set(p) for p in body["points"])
    assert len(body["points"]) == len(ol.content.cards["bias-variance-tradeoff"].key_points)


def test_a_misconception_is_named_with_its_correction_and_caps_the_score(client, ol):
    slug, card = _card_with_misconception(ol)
    mis = card.misconceptions[0]
    # the model answer plus the wrong claim: everything is covered, yet the score stays under "good"
    body = client.post(f"/api/cards/{slug}/answer", json={"text": card.answer + "\n" + mis.example}).json()
    claims = [m["claim"] for m in body["misconceptions"]]
    assert mis.claim in claims
    hit = body["misconceptions"][claims.index(mis.claim)]
    assert hit["correction"] == mis.correction and hit["evidence"]
    assert body["score"] < 0.60 and body["suggested_rating"] in ("hard", "again")
    assert body["feedback"][0]["kind"] == "misconception"  # what was wrong comes first


ISSUE_KEYWORD_LISTS = {  # the term lists of issue 12, which used to score 1.0 and 0.83
    "precision-vs-recall": "precision recall TP FP FN false positives spam cancer screening F1 harmonic mean threshold",
    "l1-vs-l2-regularization": "L1 L2 lasso ridge absolute values squares sparse weight decay penalty overfitting "
                               "Gaussian prior Laplace prior elastic net lambda",
}


@pytest.mark.parametrize("slug", sorted(ISSUE_KEYWORD_LISTS))
def test_a_keyword_list_is_flagged_and_scores_below_hard(client, ol, slug):
    body = client.post(f"/api/cards/{slug}/answer", json={"text": ISSUE_KEYWORD_LISTS[slug]}).json()
    assert body["keyword_list"] is True
    assert body["score"] < 0.30 and body["suggested_rating"] == "again"
    assert any(f["kind"] == "keyword_list" and "relate" in f["text"] for f in body["feedback"])


ISSUE_WRONG_ANSWERS = {  # the confidently wrong answers of issue 12, which used to score 1.0, 1.0 and 0.6
    "l1-vs-l2-regularization": "L2 adds the sum of absolute weights and zeroes out coefficients, so it selects "
                               "features. L1 adds squared weights and shrinks them smoothly.",
    "precision-vs-recall": "Recall is TP/(TP+FP): of everything flagged, how much was right. Precision is "
                           "TP/(TP+FN): of all real positives, how many were caught.",
    "p-value": "The p-value is the probability that the null hypothesis is true, and a small p-value means a "
               "large effect.",
}


@pytest.mark.parametrize("slug", sorted(ISSUE_WRONG_ANSWERS))
def test_the_issues_wrong_answers_score_low_and_are_told_what_was_wrong(client, ol, slug):
    body = client.post(f"/api/cards/{slug}/answer", json={"text": ISSUE_WRONG_ANSWERS[slug]}).json()
    assert body["score"] < 0.60 and body["suggested_rating"] in ("hard", "again")
    wrong = [p for p in body["points"] if p["status"] == "contradicted"] + body["misconceptions"]
    assert wrong, body["points"]
    assert body["feedback"][0]["kind"] in ("misconception", "contradicted")
    for p in body["points"]:
        if p["status"] == "contradicted":
            assert p["evidence"] and p["evidence"] in ISSUE_WRONG_ANSWERS[slug]
            assert p["correct"] and p["correct"] in ol.content.cards[slug].answer  # the model answer's sentence


@pytest.mark.parametrize("text", ["", "   \n\t ", "x" * 20_001])
def test_bad_answers_are_refused_with_one_sentence_and_change_nothing(client, ol, text):
    before = _state(ol)
    response = client.post("/api/cards/p-value/answer", json={"text": text})
    assert response.status_code == 422
    message = response.json()["error"]
    assert message.endswith(".") and "\n" not in message and message.startswith("The request is not valid: text")
    review = client.post("/api/cards/p-value/review", json={"rating": "good", "text": "y" * 20_001})
    assert review.status_code == 422
    assert _state(ol) == before


def test_reveal_needs_no_answer_and_judges_nothing(client, ol):
    body = client.get("/api/cards/p-value/reveal").json()
    assert body["revealed"] is True and body["suggested_rating"] is None
    assert body["misconceptions"] == [] and body["answer"] == ol.content.cards["p-value"].answer
    assert _state(ol) == (0, 0)


def _state(ol):
    with ol.session() as s:
        return (s.scalar(select(func.count()).select_from(CardState)),
                s.scalar(select(func.count()).select_from(CardReview)))


def test_cli_review_shows_wrong_first_then_missing_then_covered(cli, ol):
    cli("cards", "settings", "--new-per-day", "1")
    from offerloop.content.schemas import CARD_TOPICS

    # the first card a session opens on some topic, among those that carry a misconception
    firsts = [(t, ol.cards.due(topic=t)["cards"][0]["slug"]) for t in CARD_TOPICS if ol.cards.due(topic=t)["cards"]]
    topic, slug = next((t, s) for t, s in firsts if s in ol.content.cards and ol.content.cards[s].misconceptions)
    card = ol.content.cards[slug]
    typed = card.answer.replace("\n", " ") + " " + card.misconceptions[0].example
    result = cli("review", "--topic", topic, "--limit", "1", input=f"{typed}\n\n")
    out = result.stdout
    assert result.exit_code == 0, out
    assert f"· {slug} ·" in out
    wrong, covered = out.index("Wrong:"), out.index("Covered:")
    assert wrong < covered and card.misconceptions[0].correction[:20] in " ".join(out.split())


@pytest.mark.parametrize("line", ["   ", "x" * 20_001])
def test_cli_review_refuses_a_blank_or_huge_answer_with_exit_2(cli, ol, line):
    cli("cards", "settings", "--new-per-day", "1")
    result = cli("review", "--limit", "1", input=f"{line}\n3\n")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert _state(ol) == (0, 0)


def test_agreement_command_prints_figures_beside_targets(cli):
    result = cli("cards", "agreement", "--json")
    report = json.loads(result.stdout)
    assert set(report["kinds"]) == {"correct", "paraphrase", "contradiction", "keyword_list", "misconception"}
    assert all(k["target"] in (0.95,) for k in report["kinds"].values())
    assert report["kinds"]["contradiction"]["named_target"] == 0.90
    assert result.exit_code == (0 if report["ok"] else 1)
    text = cli("cards", "agreement").stdout
    assert "target 95%" in text and ("PASS" in text or "FAIL" in text)
