"""Cover letters: when to write one, and the checker for a draft."""

import pytest

from offerloop.errors import InvalidInput
from offerloop.resume.cover import check_letter, decide
from tests.resume import files

GOOD = """Dear Ms Ortiz,

Brightpay's work on real-time fraud scoring for small merchants is why I want to join as a Senior Machine Learning Engineer: your team publishes what it learns, and I have used your engineering blog in my own work.

At Paylane I built a fraud detection system using XGBoost and natural language processing over transaction descriptions, reducing false positives by 43%. I moved our models to Kubernetes and rewrote feature jobs in Apache Spark, cutting latency from 450 ms to 85 ms. I write Python and SQL every day and review models with the risk team.

I would welcome a conversation about how I could help Brightpay's fraud team; I am available for a call any day next week.

Best regards,
Jane Rivera
"""

GENERIC = """To whom it may concern,

I am writing to apply for the job. I am a team player and a hard worker who is passionate about data.

Thank you for your consideration.
"""


def test_reasons_to_write_win_over_reasons_to_skip():
    assert decide({"dream_company": True, "many_applications": True})["decision"] == "write"
    assert decide({"many_applications": True})["decision"] == "skip"
    assert decide({})["decision"] == "optional"
    with pytest.raises(InvalidInput):
        decide({"favourite_colour": True})


def test_a_good_draft_passes_the_checks():
    r = check_letter(GOOD, files.JD)
    assert r["company"] == "Brightpay" and r["role"] == "Senior Machine Learning Engineer"
    assert r["company_named"] and r["role_named"]
    assert r["structure"] == {"company": True, "you": True, "action": True}
    assert r["length_ok"] and r["words"] <= 275
    assert 0.45 <= r["shares"]["you"] <= 0.75
    assert set(r["must_haves_evidenced"]) >= {"Python", "SQL", "XGBoost", "Apache Spark", "Kubernetes",
                                              "natural language processing"}
    assert r["generic_phrases"] == []


def test_a_generic_draft_is_told_what_is_wrong():
    r = check_letter(GENERIC, files.JD)
    assert {"to whom it may concern", "i am writing to apply", "team player", "hard worker",
            "passionate about"} <= set(r["generic_phrases"])
    assert not r["company_named"] and not r["role_named"]
    assert "Python" in r["must_haves_missing"]
    assert any("Name the company (Brightpay)" in a for a in r["advice"])
    assert not r["structure"]["action"]


def test_a_long_letter_is_asked_to_shrink():
    long = GOOD.replace("Best regards", " ".join(["More detail about my work."] * 40) + "\n\nBest regards")
    r = check_letter(long, files.JD)
    assert r["words"] > 275 and not r["length_ok"]
    assert any(a.startswith("Cut it to about 250 words") for a in r["advice"])
