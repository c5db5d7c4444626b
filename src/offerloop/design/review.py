"""Feedback on a written design: sections found (by heading or by what the text says), the case's
concepts covered / missed / contradicted, the checks, a score out of 100, 1-4 ratings and the three
follow-up questions most worth practising. Every claim is judged by the one engine, offerloop.feedback."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from offerloop.design import estimate, outline
from offerloop.design.rubric import (
    BY_KEY, CHECK_CLAIMS, CHECK_GROUP, CHECK_KEYS, GROUPS, SECTION_KEYS, SIGNALS,
)
from offerloop.errors import InvalidInput

MAX_CHARS = 60_000  # a long 60-minute design is ~2,500 words (~16,000 characters)
MIN_WORDS = 5
MISCONCEPTION_PENALTY = 5  # points off per confidently wrong choice

# Asked when a design leaves fewer than three gaps: the questions an interviewer uses to go deeper.
DEEPER_FOLLOW_UPS = (
    ("How would the design change at ten times the traffic, and which component breaks first?", "bottlenecks"),
    ("The latency budget is cut in half. What do you change, and what does it cost in quality?", "bottlenecks"),
    ("You have six weeks to launch a first version. What do you build first and what do you leave out?", "overview"),
)

CHECK_FOLLOW_UPS = {
    "latency_number": "What is the latency budget, as a number (p99 in ms), and how is it split across the stages?",
    "scale_number": "How big is it: how many users, items and queries per second at peak?",
    "offline_metrics": "Which offline metric would you compute on a held-out set before launch, and why that one?",
    "online_metrics": "Which online metric tells you the launch helped the business, and which guardrails do you watch?",
    "ab_test": "How would you run the online experiment: the unit of randomisation, its length and the decision rule?",
    "monitoring": "What do you monitor after launch (data quality, drift, model metrics), and what pages someone?",
    "fallback": "What does the system serve when the model or its features are unavailable?",
}

_SCALE_NOUNS = (r"users|dau|mau|items|products|qps|rps|requests|queries|transactions|events|documents|docs|videos|"
                r"posts|listings|drivers|rides|trips|orders|messages|emails|images|photos|tokens|merchants|"
                r"customers|searches|ads|impressions|accounts|stores|skus|series|devices|sensors|prefixes|"
                r"predictions|calls|sessions|articles|creators|chunks|pages|metrics|reviews|subscribers|members|riders|"
                r"employees|passengers|patients|vehicles|cameras|songs|tracks|stocks")
_SCALE = re.compile(r"(\d+(?:[.,]\d+)*)\s*(k|thousand|m|mn|million|b|bn|billion)?\b\+?\s*(?:[a-z-]+\s+){0,3}?(?:"
                    + _SCALE_NOUNS + r")\b", re.IGNORECASE)


def clean_text(text: Any) -> str:
    """The design as text, or InvalidInput with one sentence (empty, too long, binary)."""
    if not isinstance(text, str):
        raise InvalidInput("The design must be text.")
    if "\x00" in text:
        raise InvalidInput("The design is not text (it holds binary data); give a Markdown or plain-text file.")
    if len(text) > MAX_CHARS:
        raise InvalidInput(f"The design is {len(text):,} characters long; the limit is {MAX_CHARS:,} "
                           "(a 60-minute design is rarely over 2,500 words).")
    if outline.words(text) < MIN_WORDS:
        raise InvalidInput("The design is empty: write at least a few sentences before asking for feedback.")
    return text


def decode_file(data: bytes, name: str = "the file") -> str:
    """Bytes of an uploaded or named file as text; one sentence when they are not text."""
    if len(data) > MAX_CHARS * 4:
        raise InvalidInput(f"{name} is {len(data):,} bytes; a design may be at most {MAX_CHARS:,} characters.")
    if b"\x00" in data[:8192]:
        raise InvalidInput(f"{name} is not a text file (it holds binary data); give a Markdown or plain-text file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(f"{name} is not UTF-8 text; save it as Markdown or plain text.") from None


# -- claims handed to the engine -------------------------------------------------------------------
def _claims(case) -> tuple[list, list]:
    from offerloop.feedback import Claim, Misconception

    claims = [Claim(id=f"concept:{c.id}", point=c.point, cues=tuple(c.cues), subject=c.subject,
                    opposite=tuple(c.opposite), weight=c.weight) for c in case.concepts]
    claims += [Claim(id=f"pitfall:{p.id}", point=p.point, cues=tuple(p.cues)) for p in case.pitfalls]
    claims += [Claim(id=f"check:{key}", point=key.replace("_", " "), cues=cues) for key, cues in CHECK_CLAIMS.items()]
    for section, signals in SIGNALS.items():
        claims += [Claim(id=f"signal:{section}:{sid}", point=f"{section} {sid}", cues=cues) for sid, cues in signals]
    misconceptions = [Misconception(id=m.id, claim=m.claim, cues=tuple(m.cues), correction=m.correction,
                                    subject=m.subject, example=m.example) for m in case.misconceptions]
    return claims, misconceptions


# -- the review ------------------------------------------------------------------------------------
@dataclass
class DesignReview:
    case: str
    title: str
    score: int
    score_parts: dict[str, dict[str, float]]
    sections: dict[str, dict[str, Any]]
    checks: dict[str, bool]
    pitfalls: list[dict[str, Any]]
    misconceptions: list[dict[str, Any]]
    numbers: dict[str, Any]
    consistency: list[dict[str, Any]]
    ratings: dict[str, int]
    follow_ups: list[dict[str, str]]
    words: int
    has_headings: bool
    diagram: bool
    notes: list[str] = field(default_factory=list)
    keyword_list: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "case": self.case, "title": self.title, "score": self.score, "score_parts": self.score_parts,
            "sections": self.sections, "checks": self.checks, "pitfalls": self.pitfalls,
            "misconceptions": self.misconceptions, "numbers": self.numbers, "consistency": self.consistency,
            "ratings": self.ratings, "follow_ups": self.follow_ups, "words": self.words,
            "has_headings": self.has_headings, "diagram": self.diagram, "notes": self.notes,
            "keyword_list": self.keyword_list,
        }


def _credit(status: str) -> float:
    return {"covered": 1.0, "partial": 0.5, "contradicted": -1.0}.get(status, 0.0)


def _coverage(results: list[tuple[float, str]]) -> float:
    total = sum(w for w, _ in results)
    if not total:
        return 0.0
    return max(0.0, min(1.0, sum(w * _credit(s) for w, s in results) / total))


def _rating(value: float) -> int:
    return 1 + (value >= 0.3) + (value >= 0.55) + (value >= 0.8)


def number_checks(text: str, numbers: estimate.Numbers) -> dict[str, bool]:
    return {
        "latency_number": bool(numbers.latency_ms),
        "scale_number": bool(numbers.daily_users or numbers.average_qps or numbers.peak_qps
                             or any(_big(m) for m in _SCALE.finditer(text))),
    }


def _big(m: re.Match) -> bool:
    value = estimate._value(m.group(1), m.group(2))
    return value >= 1000 or bool(m.group(2))


_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_MARKER = "<!-- offerloop design case:"


def strip_template(text: str) -> str:
    """Drop what `design start` wrote that is not the candidate's: HTML comments (the pane prompts) and,
    in a generated workspace, the quoted case prompt above the first section."""
    if _MARKER in text:
        head, sep, rest = text.partition("\n## ")
        head = "\n".join(line for line in head.splitlines() if not line.lstrip().startswith(">"))
        text = head + sep + rest
    return _COMMENT.sub("", text)


def present_by_content(signals: int, concepts: int) -> bool:
    """A section with no heading counts as written when the text says enough of it: two of the section's
    generic signals, or one signal and one of the case's concepts for it, or two concepts."""
    return signals >= 2 or (signals >= 1 and concepts >= 1) or concepts >= 2


def review(text: str, case) -> DesignReview:
    """Review one design against one case (a content.schemas.DesignCase)."""
    from offerloop.feedback import KEYWORD_LIST_ADVICE, KEYWORD_LIST_CAP, assess

    text = clean_text(strip_template(clean_text(text)))
    parts = outline.split(text)
    claims, misconceptions = _claims(case)
    result = assess(text, claims, misconceptions, subjects=case.subjects, reference=case.reference)
    points = {p.id: p for p in result.points}

    # -- checks
    numbers = estimate.find_numbers(text)
    checks = number_checks(text, numbers)
    for key in CHECK_KEYS:
        if key not in checks:
            checks[key] = points[f"check:{key}"].status in ("covered", "partial")
    pitfalls = []
    for p in case.pitfalls:
        res = points[f"pitfall:{p.id}"]
        addressed = res.status in ("covered", "partial")
        checks[f"pitfall_{p.id.replace('-', '_')}"] = addressed
        pitfalls.append({"id": p.id, "kind": p.kind, "point": p.point, "addressed": addressed,
                         "evidence": res.evidence, "follow_up": "" if addressed else p.follow_up})

    # -- sections
    sections: dict[str, dict[str, Any]] = {}
    for key in SECTION_KEYS:
        concepts = [c for c in case.concepts if c.section == key]
        covered, missed, contradicted = [], [], []
        for c in concepts:
            res = points[f"concept:{c.id}"]
            if res.status == "contradicted":
                contradicted.append({"id": c.id, "point": c.point, "evidence": res.evidence,
                                     "correct": " ".join((res.correct or "").split()).strip(" -")})
            elif res.status in ("covered", "partial"):
                covered.append({"id": c.id, "point": c.point, "evidence": res.evidence, "partial": res.status == "partial"})
            else:
                missed.append({"id": c.id, "point": c.point, "follow_up": c.follow_up})
        signal_hits = [points[f"signal:{key}:{sid}"] for sid, _ in SIGNALS[key]]
        signals = [s for s in signal_hits if s.status in ("covered", "partial")]
        body = parts.text_of(key)
        by_heading = outline.words(body) >= 3
        by_content = present_by_content(len(signals), len(covered))
        evidence = ""
        if not by_heading and by_content:
            evidence = (signals[0].evidence if signals else covered[0]["evidence"]) or ""
        sections[key] = {
            "title": BY_KEY[key].title, "present": by_heading or by_content,
            "found_by": "heading" if by_heading else ("content" if by_content else None),
            "heading": parts.heading_of(key), "evidence": evidence,
            "covered": covered, "missed": missed, "contradicted": contradicted,
        }

    # -- score
    statuses = {c.id: points[f"concept:{c.id}"].status for c in case.concepts}
    score_parts: dict[str, dict[str, float]] = {}
    total = 0.0
    for group, (keys, weight) in GROUPS.items():
        results = [(c.weight, statuses[c.id]) for c in case.concepts if c.section in keys]
        if group == "bottlenecks_tradeoffs":
            results += [(1.0, points[f"pitfall:{p.id}"].status) for p in case.pitfalls]
        claim_part = _coverage(results)
        group_checks = [checks[k] for k in CHECK_KEYS if CHECK_GROUP[k] == group]
        value = 0.7 * claim_part + 0.3 * (sum(group_checks) / len(group_checks)) if group_checks else claim_part
        if not any(sections[k]["present"] for k in keys):
            value *= 0.5  # concepts dropped in passing are not a section
        score_parts[group] = {"points": round(weight * value, 1), "out_of": weight}
        total += weight * value
    wrong = [{"id": m.id, "claim": m.claim, "correction": m.correction, "evidence": m.evidence}
             for m in result.misconceptions]
    total -= MISCONCEPTION_PENALTY * len(wrong)
    keyword_list = bool(getattr(result, "keyword_list", False))
    if keyword_list:  # terms named without saying how they connect are not a design
        total = min(total, KEYWORD_LIST_CAP * 100)
    score = int(round(max(0.0, min(100.0, total))))

    consistency = [c.to_dict() for c in estimate.consistency(numbers)]

    # -- ratings (interviewing.io style, 1-4)
    def cov(keys: tuple[str, ...]) -> float:
        return _coverage([(c.weight, statuses[c.id]) for c in case.concepts if c.section in keys])

    pitfall_share = sum(p["addressed"] for p in pitfalls) / len(pitfalls)
    depth = 0.6 * cov(("overview", "bottlenecks", "links")) + 0.4 * pitfall_share
    solving = (0.5 * cov(("problem", "requirements")) + 0.25 * (checks["latency_number"] + checks["scale_number"]) / 2
               + 0.25 * (sections["bottlenecks"]["present"]))
    present_share = sum(s["present"] for s in sections.values()) / len(sections)
    word_count = outline.words(text)
    diagram = outline.has_diagram(text)
    structured = parts.has_headings or text.count("\n- ") + text.count("\n* ") >= 5 or text.count("\n\n") >= 4
    communication = (0.45 * present_share + 0.2 * structured + 0.15 * diagram
                     + 0.2 * min(1.0, word_count / 400) - 0.2 * bool(getattr(result, "keyword_list", False)))
    ratings = {
        "technical_depth": min(2 if keyword_list else 4, max(1, _rating(depth) - (1 if wrong else 0))),
        "problem_solving": _rating(solving),
        "communication": _rating(communication),
    }

    follow_ups = _follow_ups(case, sections, checks, pitfalls, wrong)
    notes = ([KEYWORD_LIST_ADVICE] if keyword_list else []) + [c["message"] for c in consistency if not c["ok"]]
    return DesignReview(
        case=case.slug, title=case.title, score=score, score_parts=score_parts, sections=sections, checks=checks,
        pitfalls=pitfalls, misconceptions=wrong, numbers=numbers.to_dict(), consistency=consistency,
        ratings=ratings, follow_ups=follow_ups, words=word_count, has_headings=parts.has_headings,
        diagram=diagram, notes=notes, keyword_list=keyword_list,
    )


def _follow_ups(case, sections, checks, pitfalls, wrong) -> list[dict[str, str]]:
    """The three questions most worth practising: wrong claims first, then the heaviest gaps."""
    weight_of = {}
    for group, (keys, weight) in GROUPS.items():
        n = sum(1 for c in case.concepts if c.section in keys) or 1
        for k in keys:
            weight_of[k] = weight / n
    ranked: list[tuple[float, dict[str, str]]] = []
    for m in wrong:
        ranked.append((1000.0, {"question": f"You wrote that {m['claim'][0].lower() + m['claim'][1:]}. {m['correction']} "
                                            "How would you change the design?",
                                "section": "", "reason": "a wrong claim"}))
    concepts = {c.id: c for c in case.concepts}
    for key, sec in sections.items():
        for item in sec["contradicted"]:
            ranked.append((500.0 + weight_of[key], {"question": concepts[item["id"]].follow_up, "section": key,
                                                    "reason": f"contradicted: {item['point']}"}))
        for item in sec["missed"]:
            bonus = 0 if sec["present"] else 2.0
            ranked.append((weight_of[key] * concepts[item["id"]].weight + bonus,
                           {"question": item["follow_up"], "section": key, "reason": f"missed: {item['point']}"}))
    for p in pitfalls:
        if not p["addressed"]:
            ranked.append((weight_of["bottlenecks"] * 1.2, {"question": p["follow_up"], "section": "bottlenecks",
                                                            "reason": f"pitfall not addressed: {p['point']}"}))
    for key in CHECK_KEYS:
        if not checks[key]:
            group = CHECK_GROUP[key]
            ranked.append((GROUPS[group][1] / 10.0, {"question": CHECK_FOLLOW_UPS[key], "section": "",
                                                     "reason": f"check failed: {key.replace('_', ' ')}"}))
    ranked.sort(key=lambda r: -r[0])
    out, seen = [], set()
    for _, item in ranked:
        if item["question"] in seen:
            continue
        seen.add(item["question"])
        out.append(item)
        if len(out) == 3:
            break
    for question, section in DEEPER_FOLLOW_UPS:
        if len(out) == 3:
            break
        out.append({"question": question, "section": section, "reason": "going deeper"})
    return out
