"""What a round draws from the banks: pure choices over plain data, biased towards the candidate's
weak areas and the company type. `rng` is a random.Random so tests can fix the draw."""

from __future__ import annotations

from typing import Any, Mapping, Sequence

DIFFICULTY_FOR_TYPE = {  # the difficulties a company type's coding round favours, preferred first
    "big-tech": ("medium", "hard"),
    "startup": ("medium", "easy"),
    "research-lab": ("medium", "easy"),
    "mid-size": ("medium", "easy"),
    "": ("medium", "easy"),
}

# Card topics a company type asks about more; the rest still come when they are weak.
TOPICS_FOR_TYPE = {
    "big-tech": ("fundamentals", "classical-models", "metrics", "deep-learning", "probability-statistics"),
    "startup": ("feature-engineering", "mlops", "metrics", "validation", "imbalanced-data", "system-design"),
    "research-lab": ("deep-learning", "transformers", "llm", "optimization", "probability-statistics"),
    "mid-size": (),
    "": (),
}
BASICS_TOPICS = ("fundamentals", "metrics", "validation", "regularization")  # the phone screen's basics

PAPER_QUESTIONS = (
    ("summary", "Which paper will you discuss? Give its title and the problem it solves in two sentences."),
    ("method", "What is the key idea of the method, and why does it work where earlier approaches did not?"),
    ("method", "How was it evaluated: which datasets, baselines and metrics, and do they support the claim?"),
    ("critique", "What are its limitations or hidden assumptions, and where would it fail in production?"),
    ("critique", "If you had three months, what would you try next to extend or test it?"),
)

ASK_PROMPT = "Which questions would you ask the interviewer? Write two or three, one per line."


def pick_problem(problems: Sequence[Mapping[str, Any]], company_type: str, rng) -> Mapping[str, Any] | None:
    """An unsolved problem on the topics you have solved least, at the company type's difficulty."""
    if not problems:
        return None
    wanted = DIFFICULTY_FOR_TYPE.get(company_type, DIFFICULTY_FOR_TYPE[""])
    solved_per_topic: dict[str, int] = {}
    for p in problems:
        for t in p["topics"]:
            solved_per_topic[t] = solved_per_topic.get(t, 0) + (1 if p["solved"] else 0)

    def key(p):
        diff = wanted.index(p["difficulty"]) if p["difficulty"] in wanted else len(wanted)
        weakest = min((solved_per_topic.get(t, 0) for t in p["topics"]), default=0)
        return (p["solved"], diff, weakest)

    best = min(key(p) for p in problems)
    return rng.choice([p for p in problems if key(p) == best])


def pick_case(cases: Sequence[Mapping[str, Any]], rng) -> Mapping[str, Any] | None:
    """A design case never attempted, else the one with the lowest best score."""
    if not cases:
        return None

    def key(c):
        return (c.get("attempts", 0) > 0, c.get("best_score") if c.get("best_score") is not None else -1)

    best = min(key(c) for c in cases)
    return rng.choice([c for c in cases if key(c) == best])


def topic_order(retention: Mapping[str, float | None], company_type: str,
                topics: Sequence[str]) -> list[str]:
    """Card topics weakest first: seen topics by retention (lowest first), then unseen ones; the
    company type's topics come first within the same band."""
    favoured = TOPICS_FOR_TYPE.get(company_type, ())

    def key(t):
        r = retention.get(t)
        band = 0 if r is not None and r < 0.8 else 1 if r is None else 2
        return (band, t not in favoured, r if r is not None else 0.0, topics.index(t) if t in topics else 99)

    return sorted(topics, key=key)


def pick_cards(items: Sequence[Mapping[str, Any]], order: Sequence[str], n: int, rng, *,
               difficulty: Sequence[str] = ("medium", "easy", "hard"), one_topic: bool = False,
               exclude: Sequence[str] = ()) -> list[Mapping[str, Any]]:
    """n cards, one per topic in `order` (or all from the first topic that has enough, for a deep dive),
    preferring the given difficulties in order."""
    pool = [i for i in items if i["slug"] not in exclude and i.get("topic")]
    by_topic: dict[str, list] = {}
    for i in pool:
        by_topic.setdefault(i["topic"], []).append(i)

    def ranked(cards):
        cards = list(cards)
        rng.shuffle(cards)
        return sorted(cards, key=lambda c: difficulty.index(c["difficulty"]) if c.get("difficulty") in difficulty
                      else len(difficulty))

    if one_topic:
        for t in order:
            if len(by_topic.get(t, [])) >= n:
                return ranked(by_topic[t])[:n]
    out: list = []
    while len(out) < n and any(by_topic.values()):
        for t in order:
            if len(out) >= n:
                break
            left = [c for c in ranked(by_topic.get(t, [])) if c not in out]
            if left:
                out.append(left[0])
                by_topic[t] = [c for c in by_topic[t] if c is not left[0]]
        if not any(by_topic.get(t) for t in order):
            break
    return out
