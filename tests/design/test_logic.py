"""Pure pieces: headings to sections, the numbers a design states and their consistency, the review."""

import pytest

from offerloop.content.loader import load_bank
from offerloop.design import estimate, outline
from offerloop.design.review import clean_text, decode_file, review
from offerloop.errors import InvalidInput

FRAUD_MEDIUM = """Fraud detection design

The goal is to catch fraudulent card payments. It is a binary classification problem: predict the
probability that a transaction is fraud and block above a threshold.

It needs to answer within 50 ms because it sits in the payment authorisation, and there are around 2,000
transactions per second at peak.

We use an XGBoost model served by a scoring service. Features: amount, merchant category, country, and
velocity features like the number of transactions per card in the last hour, kept in a feature store.

Fraud is rare, so the data is imbalanced; we will downsample the negatives.

We evaluate with precision and recall on a holdout set and then run an A/B test.
"""

FRAUD_WRONG = FRAUD_MEDIUM + "\nWe measure accuracy and aim for 99.9% accuracy. We take a random 80/20 split of all transactions.\n"


@pytest.fixture(scope="module")
def bank():
    return load_bank()


@pytest.mark.parametrize("heading, section", [
    ("P - Problem definition (5 min)", "problem"), ("Non-functional requirements", "requirements"),
    ("High-level architecture", "overview"), ("Trade-offs", "bottlenecks"), ("Data flow", "links"),
    ("Offline and online metrics", "evaluation"), ("Monitoring and retraining", "maintenance"),
    ("E: how we measure it", "evaluation"), ("Fraud detection at Acme", None), ("Monitoring data drift", "maintenance"),
    ("Data", "links"), ("Model", "overview"), ("Training data and labels", "links"),
])
def test_headings_name_their_section(heading, section):
    assert outline.section_of_heading(heading) == section


def test_split_reads_markdown_bold_and_label_headings_but_not_fenced_code():
    text = ("# My design\nintro\n## Requirements\np99 under 100 ms\n**Data flow**\nKafka to the lake\n"
            "Evaluation: NDCG offline\n```\n# Overview\n```\n")
    parts = outline.split(text)
    assert parts.text_of("requirements") == "p99 under 100 ms"
    assert parts.text_of("links") == "Kafka to the lake"
    assert parts.text_of("evaluation").startswith("NDCG offline")
    assert parts.text_of("overview") == ""


def test_estimation_helpers():
    q = estimate.qps(100e6, 10)
    assert round(q["average_qps"]) == 11574 and round(q["peak_qps"]) == 34722
    assert estimate.storage(1e9, 1000)["bytes_per_year"] == 365e12
    assert estimate.model_memory(7e9, 2)["bytes"] == 14e9
    assert estimate.bandwidth(1000, 2000)["bits_per_second"] == 16e6


def test_stated_numbers_are_read_and_checked_for_consistency():
    good = estimate.find_numbers("We have 100M daily active users and 10 requests per user per day, so about 11,600 "
                                 "QPS on average and 35k QPS at peak. A 7B parameter model in fp16 needs 14 GB of "
                                 "GPU memory. We store 2 TB per day, 730 TB per year.")
    assert good.daily_users == 100e6 and good.requests_per_user == 10 and good.average_qps == 11600
    assert good.peak_qps == 35000 and good.parameters == 7e9 and good.bytes_per_parameter == 2
    assert all(c.ok for c in estimate.consistency(good)) and len(estimate.consistency(good)) == 4
    bad = estimate.find_numbers("100M daily active users with 10 requests per user, which is 1,000 QPS. "
                                "A 70B parameter model in fp16 fits in 80 GB of GPU memory.")
    verdicts = {c.what: c for c in estimate.consistency(bad)}
    assert not verdicts["qps"].ok and "11.6k" in verdicts["qps"].message
    assert not verdicts["memory"].ok and "140.0 GB" in verdicts["memory"].message


def test_bad_text_is_one_sentence():
    with pytest.raises(InvalidInput, match="empty"):
        clean_text("   \n ")
    with pytest.raises(InvalidInput, match="limit is 60,000"):
        clean_text("word " * 41_000)
    with pytest.raises(InvalidInput, match="not a text file"):
        decode_file(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "photo.png")
    with pytest.raises(InvalidInput, match="not UTF-8"):
        decode_file("caf\u00e9".encode("latin-1"), "notes.md")


def test_every_reference_design_scores_high_and_covers_its_claims(bank):
    assert len(bank.designs) >= 15
    for slug, case in bank.designs.items():
        r = review(case.reference, case)
        assert r.score >= 90, slug
        assert all(s["present"] and not s["missed"] for s in r.sections.values()), slug
        assert all(r.checks.values()) and not r.misconceptions, slug


def test_sections_are_found_by_content_without_headings(bank):
    r = review(FRAUD_MEDIUM, bank.designs["fraud-detection"])
    assert not r.has_headings
    present = {k for k, s in r.sections.items() if s["present"]}
    assert {"problem", "requirements", "overview", "evaluation"} <= present
    assert "links" not in present and "maintenance" not in present
    assert r.sections["requirements"]["found_by"] == "content"
    assert r.checks["latency_number"] and r.checks["scale_number"] and r.checks["ab_test"]
    assert not r.checks["fallback"] and not r.checks["monitoring"]


def test_a_confidently_wrong_design_scores_below_the_right_one_and_is_told_why(bank):
    case = bank.designs["fraud-detection"]
    right, wrong = review(FRAUD_MEDIUM, case), review(FRAUD_WRONG, case)
    assert wrong.score < right.score
    assert {m["id"] for m in wrong.misconceptions} == {"accuracy-fraud", "random-split-fraud"}
    assert "99.9% accurate" in wrong.follow_ups[0]["question"]


def test_score_orders_reference_medium_and_a_weak_design(bank):
    case = bank.designs["fraud-detection"]
    weak = review("We train a model on the transactions and deploy it behind an API.", case)
    medium = review(FRAUD_MEDIUM, case)
    strong = review(case.reference, case)
    assert strong.score > medium.score > weak.score
    assert strong.ratings["technical_depth"] > weak.ratings["technical_depth"]
    assert len(weak.follow_ups) == 3 and len({f["question"] for f in weak.follow_ups}) == 3


def test_a_complete_design_still_gets_three_follow_ups_that_go_deeper(bank):
    case = bank.designs["spam-detection"]
    r = review(case.reference, case)
    assert len(r.follow_ups) == 3 and all(f["reason"] == "going deeper" for f in r.follow_ups)


def test_a_negated_concept_is_contradicted_with_the_reference_sentence(bank):
    case = bank.designs["fraud-detection"]
    r = review("We frame it as binary classification of fraud. We do not need a feature store; features are "
               "computed in the request. There is no class imbalance problem worth handling.", case)
    wrong = {c["id"]: c for s in r.sections.values() for c in s["contradicted"]}
    assert set(wrong) == {"online-feature-store", "imbalance"}
    assert wrong["imbalance"]["evidence"].startswith("There is no class imbalance")
    assert wrong["imbalance"]["correct"].startswith("Class imbalance: fraud is 0.1%")
    assert any(f["reason"].startswith("contradicted") for f in r.follow_ups)


def test_a_list_of_terms_is_not_a_design(bank):
    case = bank.designs["recommendation-system"]
    terms = ("candidate generation, ranking model, two-tower, nearest neighbour index, re-ranking, diversity, "
             "precompute candidates, cache, cold start, content-based, kafka, data lake, model registry, spark job, "
             "NDCG, precision@k, A/B test, click-through rate, retrain daily, monitor data drift, fallback, "
             "popular items, feedback loop, time-based split, training-serving skew, 100 ms, 100M users")
    r = review(terms, case)
    assert r.keyword_list and r.score <= 29 and r.score < review(case.reference, case).score
    assert r.notes[0].startswith("This reads as a list of terms") and r.ratings["technical_depth"] <= 2
