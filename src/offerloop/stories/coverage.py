"""Coverage of the story bank: categories against stories, gaps, and which story answers a question.

Pure functions over plain data: a story is any mapping with `id`, `title`, `categories`, `tags`,
`question_uuids` and its text fields; a question has `uuid`, `text` and `categories`.
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping

from offerloop.content.schemas import STORY_CATEGORIES

MIN_PER_CATEGORY = 2  # fewer than this is a gap: the seed asks for 2-3 stories per category
TARGET_PER_CATEGORY = 3

_STOP = frozenset(
    "a about after all also an and any are as at be been being but by can could did do does doing for "
    "from had has have how i if in into is it its me more most my no not of on or our out over so some "
    "such than that the their them then there these they this those through time to too tell up us was "
    "we were what when where which while who why will with would you your describe give example "
    "moment situation happened next".split()
)
_TOKEN = re.compile(r"[a-z0-9]+")


def _stem(word: str) -> str:
    # Crude on purpose: "disagreed", "disagreement" and "disagree" should meet.
    for suffix in ("ments", "ment", "ingly", "ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word.rstrip("e") if len(word) > 4 else word


def _words(text: str) -> dict[str, str]:
    """Stem -> the first word in the text with that stem (shown to the user instead of the stem)."""
    out: dict[str, str] = {}
    for w in _TOKEN.findall((text or "").lower()):
        if w not in _STOP and len(w) > 2:
            out.setdefault(_stem(w), w)
    return out


def keywords(text: str) -> set[str]:
    """The content words of a text, lower-cased and lightly stemmed."""
    return set(_words(text))


def story_text(story: Mapping[str, Any]) -> str:
    parts = [story.get(k) or "" for k in ("title", "situation", "task", "action", "result", "text")]
    return " ".join(parts + [" ".join(story.get("tags") or [])])


def coverage_matrix(stories: Iterable[Mapping[str, Any]], *, minimum: int = MIN_PER_CATEGORY) -> dict[str, Any]:
    """Rows are stories, columns are categories; each category reports its count and whether it is a gap."""
    rows = [{"id": s.get("id"), "title": s.get("title", ""),
             "cells": {c: c in (s.get("categories") or []) for c in STORY_CATEGORIES}} for s in stories]
    columns = []
    for cat in STORY_CATEGORIES:
        count = sum(1 for r in rows if r["cells"][cat])
        status = "gap" if count < minimum else "ready" if count >= TARGET_PER_CATEGORY else "enough"
        columns.append({"category": cat, "count": count, "gap": count < minimum, "status": status,
                        "needed": max(0, minimum - count)})
    gaps = [c["category"] for c in columns if c["gap"]]
    return {
        "categories": list(STORY_CATEGORIES), "minimum": minimum, "target": TARGET_PER_CATEGORY,
        "columns": columns, "stories": rows, "gaps": gaps,
        "uncategorised": [r["id"] for r in rows if not any(r["cells"].values())],
    }


def suggest_stories(question: Mapping[str, Any], stories: Iterable[Mapping[str, Any]], *,
                    limit: int = 5) -> list[dict[str, Any]]:
    """Stories that could answer a question, best first, each with the reasons it was picked.

    A story linked to the question wins outright; then a shared category counts for more than
    any single shared word, and shared words break ties between stories of the same category.
    """
    q_map = _words(question.get("text", ""))
    q_words = set(q_map)
    q_cats = set(question.get("categories") or [])
    q_uuid = str(question.get("uuid") or "")
    ranked = []
    for s in stories:
        shared_cats = sorted(q_cats & set(s.get("categories") or []))
        shared_words = sorted(q_map[w] for w in q_words & keywords(story_text(s)))
        linked = bool(q_uuid) and q_uuid in (s.get("question_uuids") or [])
        score = (10.0 if linked else 0.0) + 3.0 * bool(shared_cats) + len(shared_cats) * 0.5 + len(shared_words)
        if score <= 0:
            continue
        reasons = []
        if linked:
            reasons.append("linked to this question")
        if shared_cats:
            reasons.append("category " + ", ".join(shared_cats))
        if shared_words:
            reasons.append("shares the words " + ", ".join(shared_words[:6]))
        ranked.append({"id": s["id"], "title": s["title"], "score": round(score, 2), "linked": linked,
                       "categories": shared_cats, "words": shared_words, "reasons": reasons})
    ranked.sort(key=lambda r: (-r["score"], r["id"]))
    return ranked[:limit]


def questions_for_story(story: Mapping[str, Any], questions: Iterable[Mapping[str, Any]], *,
                        limit: int = 6) -> list[dict[str, Any]]:
    """Bank questions this story could answer (for linking), best first."""
    cats = set(story.get("categories") or [])
    words = keywords(story_text(story))
    linked = set(story.get("question_uuids") or [])
    ranked = []
    for q in questions:
        if str(q["uuid"]) in linked:
            continue
        shared_cats = cats & set(q.get("categories") or [])
        q_map = _words(q["text"])
        shared_words = {q_map[w] for w in words & set(q_map)}
        score = 3.0 * bool(shared_cats) + len(shared_words)
        if shared_cats or len(shared_words) >= 2:
            ranked.append({"uuid": str(q["uuid"]), "text": q["text"], "categories": list(q.get("categories") or []),
                           "score": score, "words": sorted(shared_words)})
    ranked.sort(key=lambda r: (-r["score"], r["text"]))
    return ranked[:limit]


def pick_question(questions: list[Mapping[str, Any]], stories: Iterable[Mapping[str, Any]], rng, *,
                  category: str | None = None, exclude: str | None = None) -> Mapping[str, Any] | None:
    """A question to practise: from the thinnest categories first, then one no story is linked to.

    `rng` is a random.Random, so the choice is reproducible in tests and varied in use.
    """
    stories = list(stories)
    pool = [q for q in questions if (category is None or category in q["categories"]) and str(q["uuid"]) != exclude]
    if not pool:
        return None
    counts = {c["category"]: c["count"] for c in coverage_matrix(stories)["columns"]}
    linked = {u for s in stories for u in (s.get("question_uuids") or [])}
    thinnest = min(min(counts[c] for c in q["categories"]) for q in pool)
    pool = [q for q in pool if min(counts[c] for c in q["categories"]) == thinnest]
    unanswered = [q for q in pool if str(q["uuid"]) not in linked]
    return rng.choice(unanswered or pool)


def readiness(stories: list[Mapping[str, Any]], *, minimum: int = MIN_PER_CATEGORY) -> dict[str, Any]:
    """How ready the story bank is, in [0, 1]: half for category coverage (capped at `minimum`
    stories each), half for stories that have all four parts and a measured result.

    Each story mapping needs `categories`, `missing` and `quantified_result` (as StoryManager.list gives).
    """
    matrix = coverage_matrix(stories, minimum=minimum)
    covered = sum(min(c["count"], minimum) for c in matrix["columns"]) / (minimum * len(matrix["columns"]))
    strong = [s for s in stories if not s.get("missing") and s.get("quantified_result")]
    quality = len(strong) / len(stories) if stories else 0.0
    return {"stories": len(stories), "strong_stories": len(strong), "gaps": matrix["gaps"],
            "coverage": round(covered, 3), "quality": round(quality, 3),
            "readiness": round(0.5 * covered + 0.5 * quality, 3)}
