"""Readiness per area, from evidence, as pure functions: each level comes with the rule that set it,
the evidence it read, its gate, and the next step. Nothing here touches the store; `Evidence` is
plain data the gatherer (`readiness.evidence`) fills in.

Levels: 1 not started, 2 started, 3 interview-ready, 4 strong. Gates: every area at 3 or more,
and no theory topic under 80% retrievability (a topic never studied counts as 0%).

Mock rounds are direct evidence: a level 4 needs a mock round of that area rated 3 or more on
technical, and a latest mock round rated 1-2 holds the area at 3 (you know it, but not yet under time).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from statistics import mean
from typing import Any, Callable, Mapping, Sequence

AREAS: tuple[tuple[str, str, str], ...] = (  # slug, title, the page that does the work
    ("algorithms", "Algorithms & Python", "/algorithms"),
    ("ml-coding", "ML coding", "/practice"),
    ("theory", "ML theory", "/cards/review"),
    ("system-design", "ML system design", "/design"),
    ("behavioral", "Behavioral", "/stories"),
    ("resume", "Resume", "/resume"),
    ("take-home", "Take-home", "/takehome"),
)
AREA_SLUGS = tuple(a for a, _, _ in AREAS)
GATE_LEVEL = 3
RETRIEVABILITY_GATE = 0.8
MOCK_AREAS = ("algorithms", "ml-coding", "theory", "system-design", "behavioral")
# The data track (pandas and scikit-learn) is ML coding work: it counts toward that area.
TRACKS = {"algorithms": ("algo", "python"), "ml-coding": ("ml", "data")}


@dataclass
class Evidence:
    """Everything readiness reads, as plain data."""

    cards: Sequence[tuple[str, float | None]] = ()  # (topic, retrievability now; None if never reviewed)
    problems: Sequence[Mapping[str, Any]] = ()  # {track, difficulty, topics, solved}
    designs: Sequence[Mapping[str, Any]] = ()  # {slug, attempts, best_score (0-100 or None)}
    stories: Mapping[str, Any] = field(default_factory=dict)  # StoryManager.readiness()
    resumes: int = 0
    best_match: float | None = None  # best resume-description match rate, 0-100
    takehome_scores: Sequence[float] = ()  # every take-home review score, 0-100
    mocks: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)  # area -> [{technical}], oldest first


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


def _with_mock(area: str, level: int, rule: str, ev: Evidence, lines: list[str]) -> tuple[int, str]:
    """Apply the mock-round evidence to a level the banks gave."""
    if area not in MOCK_AREAS:
        return level, rule
    rounds = list(ev.mocks.get(area, ()))
    if rounds:
        last = rounds[-1]["technical"]
        lines.append(f"{len(rounds)} mock round(s); the latest rated {last}/4 technical.")
        if level == 4 and last < 3:
            return 3, rule + " Held at 3: the latest mock round was rated under 3."
    if level == 4 and not any(r["technical"] >= 3 for r in rounds):
        return 3, rule + " Level 4 also needs a mock round of this area rated 3 or more."
    return level, rule


def coding_area(area: str, ev: Evidence) -> dict[str, Any]:
    tracks = TRACKS[area]
    bank = [p for p in ev.problems if p["track"] in tracks]
    total = {d: sum(1 for p in bank if p["difficulty"] == d) for d in ("easy", "medium", "hard")}
    solved = {d: sum(1 for p in bank if p["difficulty"] == d and p["solved"]) for d in ("easy", "medium", "hard")}
    topics = {t for p in bank for t in p["topics"]}
    touched = {t for p in bank if p["solved"] for t in p["topics"]}
    n_solved = sum(solved.values())

    def need(d: str, share: float, cap: int) -> int:
        return min(round(share * total[d]), cap)

    l3 = {"easy": need("easy", 0.6, 15), "medium": need("medium", 0.4, 15)}
    l4 = {"easy": need("easy", 0.8, 25), "medium": need("medium", 0.7, 30), "hard": need("hard", 0.3, 5)}
    topic_share = len(touched) / len(topics) if topics else 0.0
    lines = [f"Solved {solved['easy']}/{total['easy']} easy, {solved['medium']}/{total['medium']} medium, "
             f"{solved['hard']}/{total['hard']} hard; {len(touched)} of {len(topics)} topics touched."]
    if all(solved[d] >= l4[d] for d in l4) and topic_share >= 0.75:
        level = 4
    elif all(solved[d] >= l3[d] for d in l3) and topic_share >= 0.5:
        level = 3
    elif bank and n_solved >= max(1, round(0.1 * len(bank))) or n_solved >= 10:
        level = 2
    else:
        level = 1
    rule = (f"3 needs {l3['easy']} easy and {l3['medium']} medium solved over half the topics; 4 needs "
            f"{l4['easy']} easy, {l4['medium']} medium and {l4['hard']} hard over three quarters of them; "
            f"2 needs a tenth of the bank (or 10 problems).")
    level, rule = _with_mock(area, level, rule, ev, lines)
    nxt = ("Solve an unsolved medium problem on a topic you have not touched." if level < 4
           else "Keep re-solving due problems; run a mock coding round.")
    return _area(area, level, lines, rule, level >= GATE_LEVEL, nxt,
                 {"solved": solved, "total": total, "topics_touched": len(touched), "topics": len(topics)})


def theory_topics(cards: Sequence[tuple[str, float | None]]) -> dict[str, dict[str, Any]]:
    """Per topic: cards, seen, and the mean retrievability counting unseen cards as 0."""
    out: dict[str, dict[str, Any]] = {}
    for topic, r in cards:
        row = out.setdefault(topic, {"cards": 0, "seen": 0, "sum": 0.0})
        row["cards"] += 1
        if r is not None:
            row["seen"] += 1
            row["sum"] += r
    for row in out.values():
        row["retrievability"] = round(row.pop("sum") / row["cards"], 3) if row["cards"] else 0.0
    return out


def theory_area(ev: Evidence) -> dict[str, Any]:
    cards = list(ev.cards)
    seen = [r for _, r in cards if r is not None]
    share = len(seen) / len(cards) if cards else 0.0
    mean_r = mean(seen) if seen else 0.0
    topics = theory_topics(cards)
    weak = sorted((t for t, row in topics.items() if row["retrievability"] < RETRIEVABILITY_GATE),
                  key=lambda t: topics[t]["retrievability"])
    lines = [f"{len(seen)} of {len(cards)} cards studied ({_pct(share)}); mean retrievability of studied cards "
             f"{_pct(mean_r)}."]
    if weak:
        lines.append(f"{len(weak)} topic(s) under {_pct(RETRIEVABILITY_GATE)}: "
                     + ", ".join(f"{t} {_pct(topics[t]['retrievability'])}" for t in weak[:5])
                     + (" ..." if len(weak) > 5 else "") + ".")
    if share >= 0.85 and not weak:
        level = 4
    elif share >= 0.6 and mean_r >= RETRIEVABILITY_GATE:
        level = 3
    elif share >= 0.2:
        level = 2
    else:
        level = 1
    rule = ("Retrievability from FSRS; 2 needs a fifth of the cards studied, 3 three fifths at a mean of 80%, "
            "4 85% studied with every topic at 80% (a topic's unstudied cards count as 0%).")
    level, rule = _with_mock("theory", level, rule, ev, lines)
    gate_met = level >= GATE_LEVEL and not weak
    nxt = (f"Review the due cards, then study {weak[0]}." if weak else "Review the due cards.")
    return _area("theory", level, lines, rule, gate_met, nxt,
                 {"cards": len(cards), "studied": len(seen), "mean_retrievability": round(mean_r, 3),
                  "weak_topics": weak, "topics": topics})


def design_area(ev: Evidence) -> dict[str, Any]:
    best = [d["best_score"] for d in ev.designs if d.get("best_score") is not None]
    n = len(ev.designs)
    l3, l4 = min(3, n), min(5, n)
    good, strong = sum(1 for b in best if b >= 60), sum(1 for b in best if b >= 75)
    lines = [f"{len(best)} of {n} cases attempted; best scores "
             + (", ".join(str(b) for b in sorted(best, reverse=True)[:5]) if best else "none") + "."]
    if best and strong >= l4:
        level = 4
    elif best and good >= l3:
        level = 3
    elif best:
        level = 2
    else:
        level = 1
    rule = f"2 needs one reviewed design; 3 needs {l3} cases at 60+; 4 needs {l4} cases at 75+."
    level, rule = _with_mock("system-design", level, rule, ev, lines)
    return _area("system-design", level, lines, rule, level >= GATE_LEVEL,
                 "Design a case you have not tried, in the workspace, against the clock.",
                 {"cases": n, "attempted": len(best), "at_60": good, "at_75": strong})


def behavioral_area(ev: Evidence) -> dict[str, Any]:
    st = ev.stories or {}
    r = float(st.get("readiness", 0.0) or 0.0)
    gaps = list(st.get("gaps", []))
    lines = [f"{st.get('stories', 0)} stories, {st.get('strong_stories', 0)} with all four STAR parts and a "
             f"measured result; category coverage {_pct(st.get('coverage', 0.0) or 0.0)}."]
    if gaps:
        lines.append("Categories without enough stories: " + ", ".join(gaps) + ".")
    level = 4 if r >= 0.8 else 3 if r >= 0.5 else 2 if r >= 0.25 else 1
    rule = "The story bank's readiness (half coverage, half quality): 2 at 25%, 3 at 50%, 4 at 80%."
    level, rule = _with_mock("behavioral", level, rule, ev, lines)
    return _area("behavioral", level, lines, rule, level >= GATE_LEVEL and not gaps,
                 f"Write a {gaps[0]} story." if gaps else "Rehearse your pitch with the timer.",
                 {"readiness": r, "gaps": gaps})


def resume_area(ev: Evidence) -> dict[str, Any]:
    if not ev.resumes:
        level, lines = 1, ["No resume imported."]
    elif ev.best_match is None:
        level, lines = 2, [f"{ev.resumes} resume(s); none matched against a job description yet."]
    else:
        m = ev.best_match
        level = 4 if m >= 80 else 3 if m >= 60 else 2
        lines = [f"{ev.resumes} resume(s); best match against a job description {round(m)}%."]
    rule = "1 without a resume; 2 with one; 3 at a 60% match against a job description; 4 at the 80% target."
    return _area("resume", level, lines, rule, level >= GATE_LEVEL,
                 "Attach a resume and the job description to your next application and close the missing keywords.",
                 {"resumes": ev.resumes, "best_match": ev.best_match})


def takehome_area(ev: Evidence) -> dict[str, Any]:
    scores = list(ev.takehome_scores)
    if not scores:
        level, lines = 1, ["No take-home reviewed."]
    else:
        b = max(scores)
        level = 4 if b >= 80 else 3 if b >= 60 else 2
        lines = [f"{len(scores)} review(s); best score {round(b)}."]
    rule = "1 without a reviewed take-home; 2 with one; 3 at a review score of 60; 4 at 80."
    return _area("take-home", level, lines, rule, level >= GATE_LEVEL,
                 "Review a take-home (a notebook or repository) and fix its leakage findings first.",
                 {"reviews": len(scores), "best_score": max(scores) if scores else None})


def _area(slug: str, level: int, evidence: list[str], rule: str, gate_met: bool, next_step: str,
          figures: dict[str, Any]) -> dict[str, Any]:
    title, link = next((t, ln) for a, t, ln in AREAS if a == slug)
    return {"area": slug, "title": title, "level": max(1, min(4, level)), "evidence": evidence, "rule": rule,
            "gate_met": gate_met, "link": link, "next_step": next_step, "figures": figures}


def assess(ev: Evidence, coding: Callable[[str, Evidence], dict[str, Any]] | None = None) -> dict[str, Any]:
    """Every area's readiness and the gates over them. `coding` stands in for coding_area (the coach's
    cohort view passes a memoized one: the same function of the same evidence)."""
    coding = coding or coding_area
    areas = [coding("algorithms", ev), coding("ml-coding", ev), theory_area(ev), design_area(ev),
             behavioral_area(ev), resume_area(ev), takehome_area(ev)]
    low = [a["area"] for a in areas if a["level"] < GATE_LEVEL]
    weak_topics = areas[2]["figures"]["weak_topics"]
    gates = [
        {"gate": "every area at 3 or more", "met": not low,
         "detail": "All areas are at 3 or more." if not low else "Under 3: " + ", ".join(low) + "."},
        {"gate": "no theory topic under 80% retrievability", "met": not weak_topics,
         "detail": "Every topic is at 80% or more." if not weak_topics
         else f"{len(weak_topics)} topic(s) under 80%, weakest {weak_topics[0]}."},
    ]
    return {"areas": areas, "gates": gates, "ready": all(g["met"] for g in gates),
            "gaps": {a["area"]: 4 - a["level"] for a in areas}}
