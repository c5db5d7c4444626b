"""What rounds draw: weak areas first, the company type's difficulty and topics (pure, fixed rng)."""

import random

from offerloop.mock import draw


def p(slug, difficulty, topics, solved=False):
    return {"slug": slug, "difficulty": difficulty, "topics": topics, "solved": solved}


def test_problems_unsolved_on_the_least_solved_topic_at_the_company_difficulty():
    bank = [p("a", "medium", ["arrays"], solved=True), p("b", "medium", ["arrays"]), p("c", "medium", ["graphs"]),
            p("d", "hard", ["graphs"]), p("e", "easy", ["graphs"])]
    rng = random.Random(0)
    assert draw.pick_problem(bank, "startup", rng)["slug"] == "c"  # graphs: nothing solved there yet
    assert draw.pick_problem([x for x in bank if x["difficulty"] != "medium"], "big-tech", rng)["slug"] == "d"
    assert draw.pick_problem([x for x in bank if x["difficulty"] != "medium"], "startup", rng)["slug"] == "e"
    assert draw.pick_problem([], "startup", rng) is None


def test_cases_never_tried_first_then_the_lowest_best():
    rng = random.Random(0)
    cases = [{"slug": "x", "attempts": 2, "best_score": 80}, {"slug": "y", "attempts": 1, "best_score": 40},
             {"slug": "z", "attempts": 0, "best_score": None}]
    assert draw.pick_case(cases, rng)["slug"] == "z"
    assert draw.pick_case(cases[:2], rng)["slug"] == "y"


def test_topic_order_weak_then_unseen_then_strong_with_the_company_topics_first():
    topics = ["fundamentals", "metrics", "mlops", "llm", "transformers"]
    retention = {"fundamentals": 0.95, "metrics": 0.6, "mlops": None, "llm": 0.7, "transformers": None}
    order = draw.topic_order(retention, "research-lab", topics)
    assert order[:2] == ["metrics", "llm"] or order[:2] == ["llm", "metrics"]
    assert order[0] == "llm"  # both weak; the research lab asks about LLMs
    assert order[2:4] == ["transformers", "mlops"]  # unseen, the lab's topic first
    assert order[-1] == "fundamentals"


def test_cards_one_per_topic_or_a_deep_dive_on_one():
    items = [{"slug": f"{t}-{d}-{i}", "topic": t, "difficulty": d} for t in ("a", "b") for d in ("easy", "hard")
             for i in range(3)]
    rng = random.Random(1)
    spread = draw.pick_cards(items, ["b", "a"], 2, rng, difficulty=("hard", "easy"))
    assert [c["topic"] for c in spread] == ["b", "a"] and all(c["difficulty"] == "hard" for c in spread)
    deep = draw.pick_cards(items, ["a", "b"], 4, rng, difficulty=("hard", "easy"), one_topic=True)
    assert {c["topic"] for c in deep} == {"a"} and [c["difficulty"] for c in deep][:3] == ["hard"] * 3
    none_left = draw.pick_cards(items, ["a"], 2, rng, exclude=[c["slug"] for c in items if c["topic"] == "a"])
    assert none_left == []
