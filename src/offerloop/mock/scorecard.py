"""Scorecards: the 1-4 ratings of a round (technical, problem solving, communication) from its
evidence, blended with the candidate's self-assessment; the loop's scorecard; trends across loops.

Pure functions over the round's stored items (each with the `result` its bank's feedback gave) and
its clock. Every rating carries the reasons that set it, so the number can be argued with.
"""

from __future__ import annotations

from statistics import mean
from typing import Any, Mapping, Sequence

DIMENSIONS = ("technical", "problem_solving", "communication")
SIGNALS = ("strong", "pass", "borderline", "not yet")
TECHNICAL_ITEMS = ("problem", "design", "card", "paper")


def item_score(item: Mapping[str, Any]) -> float | None:
    """How good one answered item was, in [0, 1]; None when it was not answered."""
    r = item.get("result")
    if not r:
        return None
    kind = item["type"]
    if kind == "problem":
        if r.get("verdict") == "accepted":
            return 1.0
        total = r.get("total") or 0
        return 0.6 * (r.get("passed", 0) / total) if total else 0.0
    if kind == "design":
        return max(0.0, min(1.0, (r.get("score") or 0) / 100))
    if kind == "card":
        return float(r.get("score") or 0.0)
    if kind == "story":
        parts = sum(1 for p in ("situation", "task", "action", "result") if r.get(p))
        return 0.75 * parts / 4 + (0.25 if r.get("quantified_result") else 0.0)
    if kind == "builder":
        return {"on target": 1.0, "short": 0.6, "long": 0.6}.get(r.get("length"), 0.0)
    if kind == "paper":
        words = r.get("words", 0)
        return 1.0 if words >= 40 else 0.6 if words >= 15 else 0.3 if words else 0.0
    if kind == "ask":
        return min(r.get("count", 0), 3) / 3
    return None


def level(score: float) -> int:
    """[0, 1] to 1-4: under 0.4 is 1, under 0.6 is 2, under 0.8 is 3, else 4."""
    return 1 if score < 0.4 else 2 if score < 0.6 else 3 if score < 0.8 else 4


def phase_usage(phases: Sequence[Mapping[str, Any]], marks: Sequence[int], elapsed: int) -> list[dict[str, Any]]:
    """Seconds used per phase (from the elapsed second at which each was ended) and its overrun."""
    out, start = [], 0
    for i, ph in enumerate(phases):
        if i < len(marks):
            end = marks[i]
        elif i == len(marks):
            end = elapsed  # the phase running when the round was submitted
        else:
            out.append({"name": ph["name"], "planned": ph["minutes"] * 60, "used": 0, "over": 0, "reached": False})
            continue
        used = max(0, end - start)
        start = end
        planned = ph["minutes"] * 60
        out.append({"name": ph["name"], "planned": planned, "used": used, "over": max(0, used - planned),
                    "reached": True})
    return out


def _rating(value: int, reasons: list[str]) -> dict[str, Any]:
    return {"evidence": max(1, min(4, value)), "reasons": reasons}


def evidence_ratings(kind: str, items: Sequence[Mapping[str, Any]], phases: Sequence[Mapping[str, Any]],
                     marks: Sequence[int], elapsed: int, minutes: int) -> dict[str, dict[str, Any]]:
    """The three ratings the evidence supports, each with its reasons."""
    answered = [i for i in items if i.get("result")]
    unanswered = len(items) - len(answered)
    scores = {id(i): item_score(i) for i in answered}

    # technical: the content of the answers (the technical items if the round has any)
    tech_items = [i for i in answered if i["type"] in TECHNICAL_ITEMS] or answered
    tech_total = [i for i in items if i["type"] in TECHNICAL_ITEMS] or list(items)
    if not tech_total:
        technical = _rating(1, ["Nothing was drawn for this round."])
    else:
        avg = sum(scores[id(i)] or 0.0 for i in tech_items) / len(tech_total)  # unanswered count as 0
        reasons = [f"Answers scored {round(100 * avg)}% on average over {len(tech_total)} item(s)."]
        if len(tech_items) < len(tech_total):
            reasons.append(f"{len(tech_total) - len(tech_items)} item(s) were not answered and count as 0.")
        technical = _rating(level(avg), reasons)

    # problem solving: how the work went, not only where it ended
    problems = [i for i in items if i["type"] == "problem"]
    usage = phase_usage(phases, marks, elapsed)
    if problems:
        r = problems[0].get("result") or {}
        if r.get("verdict") == "accepted":
            ps, why = (4, "Accepted on the first submission.") if r.get("attempts", 1) <= 1 else \
                (3, f"Accepted after {r['attempts']} submissions.")
        elif r.get("total"):
            share = r.get("passed", 0) / r["total"]
            ps, why = (2 if share >= 0.5 else 1), f"Not accepted: {r.get('passed', 0)} of {r['total']} tests passed."
        else:
            ps, why = 1, "No submission during the round."
        reasons = [why]
        early = [u for u in usage[:2] if u["reached"]]
        if early and all(u["used"] < 30 for u in early) and kind in ("coding", "ml-coding"):
            ps -= 1
            reasons.append("The clarify and plan phases were skipped (under 30 s each): say what you will build first.")
        problem_solving = _rating(ps, reasons)
    else:
        flaws = sum(len(i["result"].get("contradicted", [])) + len(i["result"].get("misconceptions", []))
                    for i in answered if i["type"] == "card")
        story_gaps = sum(1 for i in answered if i["type"] == "story"
                         and not (i["result"].get("action") and i["result"].get("result")))
        share = len(answered) / len(items) if items else 0.0
        ps = level(share * (mean(s for s in scores.values() if s is not None) if answered else 0.0) + 0.1 * share)
        reasons = [f"{len(answered)} of {len(items)} question(s) answered."]
        if flaws:
            ps -= 1
            reasons.append(f"{flaws} contradicted point(s) or misconception(s) in the theory answers.")
        if story_gaps:
            ps -= 1
            reasons.append(f"{story_gaps} story answer(s) lacked what you did or how it ended.")
        problem_solving = _rating(ps, reasons)

    # communication: time kept, answers the right length, nothing left unsaid
    com, reasons = 4, []
    if elapsed > minutes * 60 * 1.1:
        com -= 1
        reasons.append(f"The round ran {round(elapsed / 60)} min against {minutes}.")
    over = [u for u in usage if u["reached"] and u["over"] > 0.5 * u["planned"]]
    if over:
        com -= 1
        reasons.append("Over time in: " + ", ".join(f"{u['name']} (+{round(u['over'] / 60)} min)" for u in over) + ".")
    lengths = [i for i in answered if i["type"] in ("story", "builder") and i["result"].get("length") in ("short", "long")]
    if lengths:
        com -= 1
        reasons.append(f"{len(lengths)} spoken answer(s) off the target length.")
    filler = sum(f.get("count", 0) for i in answered for f in i["result"].get("filler_words", []))
    if filler >= 3:
        com -= 1
        reasons.append(f"{filler} filler words.")
    if unanswered:
        com -= 1
        reasons.append(f"{unanswered} item(s) left unanswered.")
    if not reasons:
        reasons.append("On time, every item answered, answers the right length.")
    communication = _rating(com, reasons)
    return {"technical": technical, "problem_solving": problem_solving, "communication": communication}


def blend(evidence: int, self_rating: int | None) -> tuple[int, str | None]:
    """Evidence counts twice, the self-assessment once; a self-rating never lifts a rating by more than one."""
    if self_rating is None:
        return evidence, None
    final = round((2 * evidence + self_rating) / 3)
    final = max(1, min(4, min(final, evidence + 1)))
    note = None
    if self_rating - evidence >= 2:
        note = f"You rated yourself {self_rating}; the evidence supports {evidence}."
    elif evidence - self_rating >= 2:
        note = f"You rated yourself {self_rating}, lower than the evidence ({evidence}): trust the work."
    return final, note


def signal(values: Mapping[str, float]) -> str:
    avg, low = mean(values.values()), min(values.values())
    if avg >= 3.5 and low >= 3:
        return "strong"
    if avg >= 2.75 and low >= 2:
        return "pass"
    if avg >= 2:
        return "borderline"
    return "not yet"


def round_scorecard(kind: str, items: Sequence[Mapping[str, Any]], phases: Sequence[Mapping[str, Any]],
                    marks: Sequence[int], elapsed: int, minutes: int,
                    self_assessment: Mapping[str, int] | None = None) -> dict[str, Any]:
    ev = evidence_ratings(kind, items, phases, marks, elapsed, minutes)
    ratings: dict[str, Any] = {}
    for dim in DIMENSIONS:
        own = (self_assessment or {}).get(dim)
        final, note = blend(ev[dim]["evidence"], own)
        reasons = list(ev[dim]["reasons"]) + ([note] if note else [])
        ratings[dim] = {"rating": final, "evidence": ev[dim]["evidence"], "self": own, "reasons": reasons}
    values = {d: ratings[d]["rating"] for d in DIMENSIONS}
    sig = signal(values)
    weakest = min(DIMENSIONS, key=lambda d: (values[d], DIMENSIONS.index(d)))
    reasons = [f"{_label(d)} {values[d]}/4" for d in DIMENSIONS]
    reasons = [f"Signal {sig}: " + ", ".join(reasons) + "."]
    if values[weakest] < 4:
        reasons.append(f"Weakest: {_label(weakest).lower()}. {ratings[weakest]['reasons'][0]}")
    return {"ratings": ratings, "signal": sig, "reasons": reasons,
            "phases": phase_usage(phases, marks, elapsed), "elapsed_seconds": elapsed, "minutes": minutes}


def _label(dim: str) -> str:
    return {"technical": "Technical", "problem_solving": "Problem solving", "communication": "Communication"}[dim]


def loop_scorecard(rounds: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The loop's scorecard from its submitted rounds ({kind, title, scorecard}); None before any."""
    done = [r for r in rounds if r.get("scorecard")]
    if not done:
        return None
    avg = {d: round(mean(r["scorecard"]["ratings"][d]["rating"] for r in done), 2) for d in DIMENSIONS}
    sig = signal(avg)
    reasons = [f"{len(done)} of {len(rounds)} round(s) done; " + ", ".join(f"{_label(d).lower()} {avg[d]}"
                                                                         for d in DIMENSIONS) + "."]
    for r in done:
        if r["scorecard"]["signal"] in ("borderline", "not yet"):
            reasons.append(f"{r['title']}: {r['scorecard']['signal']} ({r['scorecard']['reasons'][-1]})")
    if len(done) < len(rounds):
        reasons.append("Rounds not done yet count for nothing; finish them for the whole picture.")
    return {"ratings": avg, "signal": sig, "reasons": reasons, "complete": len(done) == len(rounds)}


def trends(loops: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """One point per loop with a scorecard, oldest first, with the change on the previous loop."""
    out: list[dict[str, Any]] = []
    for lp in loops:
        card = lp.get("scorecard")
        if not card:
            continue
        point = {"loop_id": lp["id"], "type": lp["type"], "created_at": lp["created_at"], "signal": card["signal"],
                 **{d: card["ratings"][d] for d in DIMENSIONS}}
        if out:
            point["change"] = {d: round(point[d] - out[-1][d], 2) for d in DIMENSIONS}
        out.append(point)
    return out
