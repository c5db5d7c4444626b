"""Readiness rules as pure functions over fixed evidence."""

from offerloop.readiness.rules import AREA_SLUGS, Evidence, assess, coding_area, theory_area


def _bank(track, easy, medium, hard, solved_easy=0, solved_medium=0, solved_hard=0, topics=("arrays", "graphs")):
    out = []
    for diff, total, solved in (("easy", easy, solved_easy), ("medium", medium, solved_medium),
                                ("hard", hard, solved_hard)):
        out += [{"track": track, "difficulty": diff, "topics": [topics[i % len(topics)]], "solved": i < solved}
                for i in range(total)]
    return out


def _levels(ev):
    return {a["area"]: a["level"] for a in assess(ev)["areas"]}


def test_an_empty_record_is_level_1_everywhere_and_no_gate_is_met():
    out = assess(Evidence())
    assert [a["area"] for a in out["areas"]] == list(AREA_SLUGS)
    assert all(a["level"] == 1 and not a["gate_met"] for a in out["areas"])
    assert not out["ready"] and [g["met"] for g in out["gates"]] == [False, True]  # no cards: no weak topic


def test_coding_levels_follow_solved_problems_by_difficulty_and_topic():
    assert coding_area("algorithms", Evidence(problems=_bank("algo", 20, 40, 10, 2, 0)))["level"] == 1
    assert coding_area("algorithms", Evidence(problems=_bank("algo", 20, 40, 10, 7, 0)))["level"] == 2
    three = coding_area("algorithms", Evidence(problems=_bank("algo", 20, 40, 10, 12, 16)))
    assert three["level"] == 3 and three["gate_met"] and "12/20 easy" in three["evidence"][0]
    # the bank-only 4 is held at 3 until a mock round of the area is rated 3+
    full = _bank("algo", 20, 40, 10, 17, 28, 3)
    held = coding_area("algorithms", Evidence(problems=full))
    assert held["level"] == 3 and "mock round" in held["rule"]
    mocked = Evidence(problems=full, mocks={"algorithms": [{"technical": 3}]})
    assert coding_area("algorithms", mocked)["level"] == 4
    failed_last = Evidence(problems=full, mocks={"algorithms": [{"technical": 4}, {"technical": 2}]})
    assert coding_area("algorithms", failed_last)["level"] == 3
    # ml problems do not count for algorithms
    assert coding_area("algorithms", Evidence(problems=_bank("ml", 20, 40, 10, 20, 40, 10)))["level"] == 1


def test_theory_gate_wants_every_topic_at_80_percent_retrievability():
    strong = [("metrics", 0.95)] * 10 + [("llm", 0.9)] * 10
    out = theory_area(Evidence(cards=strong))
    assert out["level"] == 3 and out["gate_met"]  # 4 needs a mock theory round too
    one_weak = strong + [("mlops", 0.5)] * 4
    weak = theory_area(Evidence(cards=one_weak))
    assert not weak["gate_met"] and weak["figures"]["weak_topics"] == ["mlops"]
    assert "mlops 50%" in weak["evidence"][1]
    unseen = strong + [("mlops", None)] * 2  # never studied counts as 0%
    assert theory_area(Evidence(cards=unseen))["figures"]["weak_topics"] == ["mlops"]
    assert theory_area(Evidence(cards=[("metrics", None)] * 9 + [("metrics", 0.9)]))["level"] == 1


def test_every_area_at_3_meets_the_gates():
    ev = Evidence(cards=[("metrics", 0.9)] * 10, problems=_bank("algo", 20, 40, 10, 12, 16) + _bank("ml", 20, 40, 10, 12, 16),
                  designs=[{"slug": f"c{i}", "attempts": 1, "best_score": 65} for i in range(3)],
                  stories={"stories": 10, "strong_stories": 6, "gaps": [], "coverage": 0.8, "quality": 0.6,
                           "readiness": 0.7},
                  resumes=1, best_match=72.0, takehome_scores=[55.0, 68.0])
    out = assess(ev)
    assert all(a["level"] == 3 for a in out["areas"]), _levels(ev)
    assert out["ready"] and all(g["met"] for g in out["gates"])
    worse = Evidence(**{**ev.__dict__, "best_match": 50.0})
    out = assess(worse)
    assert not out["ready"] and out["gates"][0]["detail"] == "Under 3: resume."
    assert out["gaps"]["resume"] == 2


def test_behavioral_gate_needs_no_category_gap():
    ev = Evidence(stories={"stories": 8, "strong_stories": 5, "gaps": ["conflict"], "coverage": 0.7, "readiness": 0.6})
    area = next(a for a in assess(ev)["areas"] if a["area"] == "behavioral")
    assert area["level"] == 3 and not area["gate_met"] and area["next_step"] == "Write a conflict story."
