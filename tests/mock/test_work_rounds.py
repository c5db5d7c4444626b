"""Coding and design rounds read their evidence from the judge and the design review made during the round."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from offerloop.errors import InvalidInput

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def test_a_coding_round_takes_the_judge_verdict_and_the_phases(ol):
    # a problem without a timed scaling check, so a loaded machine cannot turn the reference into too_slow
    timed = {p["slug"] for p in ol.problems.list(track="algo") if p["scaling_target"]}
    for seed in range(50):
        loop = ol.mocks.start("big-tech", rounds=["coding"], now=T0, seed=seed)
        lid, item = loop["id"], loop["rounds"][0]["items"][0]
        if item["slug"] not in timed:
            break
    assert item["slug"] not in timed
    assert item["type"] == "problem" and item["difficulty"] in ("medium", "hard")  # big tech: no easy ones
    ol.mocks.resume(lid, 1, now=T0)
    with pytest.raises(InvalidInput, match="no submission of the problem since the round started"):
        ol.mocks.answer(lid, 1, 1, now=T0 + timedelta(minutes=1))
    ol.mocks.next_phase(lid, 1, now=T0 + timedelta(minutes=2))   # clarify
    ol.mocks.next_phase(lid, 1, now=T0 + timedelta(minutes=5))   # plan
    solution = (ROOT / f"src/offerloop/content/packs/problems/{item['slug']}/.meta/solution.py").read_text()
    ol.problems.submit(item["slug"], "def nothing():\n    return None\n", now=T0 + timedelta(minutes=20))
    ol.problems.submit(item["slug"], solution, now=T0 + timedelta(minutes=30))
    checked = ol.mocks.answer(lid, 1, 1, now=T0 + timedelta(minutes=31))["item"]["result"]
    assert checked["verdict"] == "accepted" and checked["attempts"] == 2
    card = ol.mocks.submit(lid, 1, now=T0 + timedelta(minutes=50))["round"]["scorecard"]
    ps = card["ratings"]["problem_solving"]
    assert ps["evidence"] == 3 and ps["reasons"][0] == "Accepted after 2 submissions."
    assert card["ratings"]["technical"]["evidence"] == 4
    assert [p["used"] for p in card["phases"][:3]] == [120, 180, 45 * 60]
    # the round counts as ml-coding/algorithms evidence for readiness
    assert ol.mocks.area_ratings()["algorithms"][0]["technical"] == 4


def test_a_design_round_takes_the_review_score_made_in_the_round(ol):
    loop = ol.mocks.start("typical", rounds=["system-design"], now=T0, seed=2)
    lid, item = loop["id"], loop["rounds"][0]["items"][0]
    ol.designs.review("An old design written before the round. " * 20, item["slug"], now=T0 - timedelta(days=1))
    ol.mocks.resume(lid, 1, now=T0)
    with pytest.raises(InvalidInput, match="no reviewed design"):
        ol.mocks.answer(lid, 1, 1, now=T0 + timedelta(minutes=1))  # the old attempt does not count
    case = ol.designs.get_case(item["slug"])
    review = ol.designs.review(case.reference, item["slug"], now=T0 + timedelta(minutes=55))
    result = ol.mocks.answer(lid, 1, 1, now=T0 + timedelta(minutes=56))["item"]["result"]
    assert result["score"] == review["score"] and result["attempt_id"] == review["attempt_id"]
    card = ol.mocks.submit(lid, 1, {"technical": 4}, now=T0 + timedelta(minutes=58))["round"]["scorecard"]
    assert card["ratings"]["technical"]["evidence"] == (4 if review["score"] >= 80 else 3 if review["score"] >= 60 else 2
                                                         if review["score"] >= 40 else 1)
