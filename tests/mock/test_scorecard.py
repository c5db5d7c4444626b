"""Scorecards as pure functions over fixed evidence."""

from offerloop.mock import scorecard as sc

CODING = [{"name": n, "minutes": m} for n, m in (("clarify", 2), ("plan", 3), ("implement", 30), ("test", 10),
                                                    ("optimise", 5))]
QA = [{"name": "questions", "minutes": 40}, {"name": "your questions", "minutes": 5}]


def card(score, contradicted=()):
    return {"type": "card", "result": {"score": score, "contradicted": list(contradicted), "misconceptions": []}}


def test_a_right_answer_outrates_a_confidently_wrong_one():
    right = sc.round_scorecard("theory", [card(0.9), card(0.85)], QA, [], 30 * 60, 45)
    wrong = sc.round_scorecard("theory", [card(0.55, ["L1 gives sparse weights"]), card(0.3)], QA, [], 30 * 60, 45)
    for dim in ("technical", "problem_solving"):
        assert right["ratings"][dim]["rating"] > wrong["ratings"][dim]["rating"]
    assert any("contradicted" in r for r in wrong["ratings"]["problem_solving"]["reasons"])
    assert right["signal"] in ("strong", "pass") and wrong["signal"] in ("borderline", "not yet")


def test_coding_problem_solving_from_the_verdict_and_the_phases():
    accepted = [{"type": "problem", "result": {"verdict": "accepted", "passed": 10, "total": 10, "attempts": 1}}]
    planned = sc.evidence_ratings("ml-coding", accepted, CODING, [120, 300, 2100, 2700], 3000, 60)
    assert planned["problem_solving"]["evidence"] == 4
    rushed = sc.evidence_ratings("ml-coding", accepted, CODING, [5, 10, 2100, 2700], 3000, 60)
    assert rushed["problem_solving"]["evidence"] == 3 and "skipped" in rushed["problem_solving"]["reasons"][1]
    partial = [{"type": "problem", "result": {"verdict": "wrong_answer", "passed": 3, "total": 10, "attempts": 4}}]
    assert sc.evidence_ratings("coding", partial, CODING, [], 3600, 60)["problem_solving"]["evidence"] == 1
    assert sc.evidence_ratings("coding", partial, CODING, [], 3600, 60)["technical"]["evidence"] == 1


def test_communication_loses_a_point_per_problem_found():
    overran = sc.evidence_ratings("theory", [card(0.9)], QA, [65 * 60], 70 * 60, 45)
    reasons = overran["communication"]["reasons"]
    assert overran["communication"]["evidence"] == 2 and "ran 70 min against 45" in reasons[0]
    assert "questions (+25 min)" in reasons[1]
    clean = sc.evidence_ratings("theory", [card(0.9)], QA, [30 * 60], 35 * 60, 45)
    assert clean["communication"]["evidence"] == 4


def test_self_assessment_counts_once_and_never_lifts_more_than_one():
    assert sc.blend(2, None) == (2, None)
    assert sc.blend(3, 3) == (3, None)
    final, note = sc.blend(1, 4)
    assert final == 2 and "evidence supports 1" in note
    assert sc.blend(4, 1)[0] == 3


def test_loop_scorecard_and_trends():
    a = sc.round_scorecard("theory", [card(0.9), card(0.9)], QA, [], 30 * 60, 45)
    b = sc.round_scorecard("theory", [card(0.2), card(0.1)], QA, [], 30 * 60, 45)
    loop = sc.loop_scorecard([{"title": "ML theory", "scorecard": a}, {"title": "Behavioral", "scorecard": None}])
    assert loop["complete"] is False and loop["ratings"]["technical"] == a["ratings"]["technical"]["rating"]
    assert any("not done yet" in r for r in loop["reasons"])
    low = sc.loop_scorecard([{"title": "ML theory", "scorecard": b}])
    points = sc.trends([{"id": 1, "type": "typical", "created_at": "2026-12-01", "scorecard": loop},
                        {"id": 2, "type": "typical", "created_at": "2026-12-02", "scorecard": None},
                        {"id": 3, "type": "typical", "created_at": "2026-12-03", "scorecard": low}])
    assert [p["loop_id"] for p in points] == [1, 3]
    assert points[1]["change"]["technical"] < 0
