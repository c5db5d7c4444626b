"""Structural feedback on one resume bullet, after the formula
[Action Verb] [What you did] [Tech/Method] -> [Measurable Impact].

This is not claim scoring: it checks the shape of the bullet (a strong verb first, a named tool or
method, a measurable result, no weak opener, no first person, a sensible length) and proposes the
one most useful edit as a template with [brackets] for what is missing. It never writes a number
the user did not give.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from offerloop.resume import taxonomy

MIN_WORDS = 8
MAX_WORDS = 32  # about two printed lines

WEAK_OPENERS: tuple[str, ...] = (
    "responsible for", "worked on", "worked with", "helped", "helping", "assisted", "assisting",
    "participated in", "involved in", "was involved in", "tasked with", "duties included", "in charge of",
    "was part of", "part of a team", "contributed to", "exposure to", "familiar with", "handled", "did",
    "worked as", "used", "utilized", "utilised",
)
WEAK_WORDS: tuple[str, ...] = (
    "significantly", "greatly", "dramatically", "substantially", "considerably", "various", "etc",
    "successfully", "a lot of", "lots of", "many", "several", "numerous", "some", "hard-working",
    "team player", "detail-oriented", "synergy", "best-in-class", "cutting-edge", "world-class",
)
# Umbrella terms name a field, not the tool or method that was used ("Built machine learning models").
GENERIC_SKILLS = frozenset({
    "machine learning", "deep learning", "data analysis", "statistical analysis", "software engineering",
    "data engineering", "neural networks", "cloud computing", "big data", "data visualization",
    "model evaluation", "classification", "regression", "generative AI", "large language models",
    "system design", "version control", "testing", "agile", "natural language processing", "computer vision",
    "MLOps", "data pipelines", "software engineering",
    # Tasks and application areas are the "what" of a bullet, not the method used to do it.
    "recommender systems", "fraud detection", "churn prediction", "demand forecasting", "pricing optimization",
    "customer segmentation", "sentiment analysis", "anomaly detection", "object detection", "image classification",
    "text classification", "search ranking", "time series forecasting", "question answering", "summarization",
    "speech recognition", "machine translation", "named entity recognition", "conversational AI",
    "model deployment", "model monitoring", "data analysis", "data cleaning", "data visualization",
    "credit risk modeling", "information retrieval", "search engines", "data quality", "data governance",
})
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself)\b")
_FIRST_PERSON_LOWER = re.compile(r"^(?:i|my)\b", re.IGNORECASE)

# -- impact ----------------------------------------------------------------------------------------
_NUM = r"\d+(?:[.,]\d+)*"
_MAG = r"(?:\s?(?:k|K|M|MM|B|bn|million|billion|thousand|trillion))"
_TIME = r"(?:ms|milliseconds?|µs|us|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|weeks?|months?|years?)"
IMPACT_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("percent", re.compile(rf"{_NUM}\s?(?:%|percent\b|pp\b|percentage points?\b|bps\b|basis points\b)|"
                           rf"\bby\s+{_NUM}\s+points?\b", re.I)),
    ("money", re.compile(rf"(?:[$€£¥]\s?{_NUM}{_MAG}?|{_NUM}{_MAG}?\s?(?:USD|EUR|GBP|dollars|euros)\b)")),
    ("multiplier", re.compile(rf"(?<![\w.]){_NUM}\s?(?:x|×|X)(?![\w])|\b{_NUM}[\s-]?fold\b|\b{_NUM}\s+times\s+"
                              r"(?:faster|slower|more|less|fewer|higher|lower|cheaper|smaller|larger|bigger)\b", re.I)),
    ("word", re.compile(r"\b(?:halved|halving|doubled|doubling|tripled|tripling|quadrupled|twofold|two-fold|threefold|"
                        r"three-fold|fourfold|four-fold|fivefold|five-fold|tenfold|ten-fold|hundredfold|"
                        r"in half|by half|by an order of magnitude|orders? of magnitude|"
                        r"(?:a|one)[\s-](?:half|third|quarter|fifth|tenth) of the (?:time|cost|price|latency|memory|size))\b", re.I)),
    ("before_after", re.compile(rf"\bfrom\s+[$€£]?{_NUM}\S*(?:\s\S+)?\s+to\s+[$€£]?{_NUM}|"
                                rf"[$€£]?{_NUM}\s?\S*\s?(?:->|→|=>|➝)\s?[$€£]?{_NUM}", re.I)),
    ("latency", re.compile(rf"{_NUM}\s?(?:ms|milliseconds?|µs)\b", re.I)),
    ("time_saved", re.compile(rf"\b(?:by|saving|saved|saves|freeing|freed|to|under|below|cutting|cut)\s+(?:over\s+|about\s+|~)?"
                              rf"{_NUM}\+?\s?{_TIME}\b|\b(?:saving|saved|saves|freeing|freed)\s+(?:over\s+|about\s+|~)?"
                              rf"{_NUM}\+?\s(?:[a-z]+\s)?{_TIME}\b", re.I)),
    ("scale", re.compile(rf"(?<![\w.]){_NUM}{_MAG}\+?(?=[\s/]|$)(?!\s?(?:parameters?|params)\b)")),
    ("rate", re.compile(rf"{_NUM}{_MAG}?\+?\s?(?:QPS|RPS|TPS|req/s|requests/s|requests per second|queries per second|"
                        r"events/s|/s|/sec|/day|/hour|/week|per day|per hour|per second|per week|per month|a day|a week|a month)\b", re.I)),
    ("metric_value", re.compile(r"\b(?:AUC|ROC[- ]AUC|F1|NDCG(?:@\d+)?|MAP|MRR|BLEU|ROUGE(?:-L)?|RMSE|MAE|MAPE|accuracy|"
                                rf"precision|recall|R2|R²|WER|CTR|IoU)\s*(?:of|=|:|to|at)?\s*{_NUM}|"
                                rf"\b0?\.\d+\s+(?:AUC|F1|NDCG|MAP|MRR|BLEU|ROUGE|RMSE|MAE|accuracy|precision|recall|IoU)\b")),
)
_METHOD_CUE = re.compile(r"\b(?:using|via|leveraging|with|on|in|through|built on|powered by)\s+"
                         r"((?:[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*|[A-Z][a-z]+[A-Z][A-Za-z]*)(?:[ -][A-Z][A-Za-z0-9]+)*)")


@lru_cache(maxsize=1)
def verbs() -> dict[str, tuple[str, str]]:
    """Every accepted verb form -> (base, tense): the base form, -s and -ing are present, the past is past."""
    out: dict[str, tuple[str, str]] = {}
    text = (taxonomy.DATA / "verbs.txt").read_text(encoding="utf-8")
    for row in text.splitlines():
        row = row.strip()
        if not row or row.startswith("#"):
            continue
        base, past = row.split()
        out[past] = (base, "past")
        for form in (base, _third(base), _ing(base)):
            out.setdefault(form, (base, "present"))
    return out


def _third(base: str) -> str:
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return base + "es"
    if base.endswith("y") and base[-2] not in "aeiou":
        return base[:-1] + "ies"
    return base + "s"


def _ing(base: str) -> str:
    if base.endswith("ie"):
        return base[:-2] + "ying"
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return base[:-1] + "ing"
    return base + "ing"


def past_of(base: str) -> str:
    for form, (b, tense) in verbs().items():
        if b == base and tense == "past":
            return form
    return base


@dataclass
class BulletFeedback:
    text: str
    action_verb: bool
    verb: str | None
    tense: str | None  # "past" or "present"
    method: bool
    methods: list[str]
    impact: bool
    impact_phrases: list[str]
    weak_phrases: list[str]
    first_person: bool
    words: int
    length: str  # "short", "ok" or "long"
    tense_ok: bool
    issues: list[str] = field(default_factory=list)
    suggestion: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _strip(text: str) -> str:
    text = re.sub(r"^\s*(?:[\u2022\u25cf\u25aa\u2023\u25e6*+\-\u2013\u2014>]|\d{1,2}[.)])\s+", "", text or "")
    return " ".join(text.split())


def _first_verb(text: str) -> tuple[str | None, str | None, str | None]:
    """(the opening word, its base form, its tense) when the bullet opens with a known strong verb."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", text)
    if not words:
        return None, None, None
    skip = 1 if words[0] in ("I", "i") else 0  # "I built ..." still has a verb, but is first person
    if len(words) <= skip:
        return None, None, None
    word = words[skip]
    lower = word.lower()
    for candidate in (lower, re.sub(r"^(?:co|re)-", "", lower)):
        if candidate in verbs():
            base, tense = verbs()[candidate]
            return word, base, tense
    return None, None, None


def find_impact(text: str) -> list[str]:
    """The phrases that make a result measurable, in order; empty when there is none."""
    spans: list[tuple[int, int]] = []
    for _kind, pattern in IMPACT_PATTERNS:
        for m in pattern.finditer(text):
            if not any(m.start() < b and m.end() > a for a, b in spans):
                spans.append((m.start(), m.end()))
    return [text[a:b].strip() for a, b in sorted(spans)]


def find_methods(text: str) -> list[str]:
    out: list[str] = []
    for m in taxonomy.find_in_line(text):
        if m.category == "metrics" or m.skill in GENERIC_SKILLS:
            continue
        if m.skill not in out:
            out.append(m.skill)
    if not out:
        for m in _METHOD_CUE.finditer(text):
            out.append(m.group(1))
    return out


def analyze_bullet(text: str, *, past_role: bool | None = None) -> BulletFeedback:
    """Feedback on one bullet. `past_role` True asks for the past tense, False allows the present."""
    text = _strip(text)
    lower = text.lower()
    word, base, tense = _first_verb(text)
    weak: list[str] = []
    for phrase in WEAK_OPENERS:
        if re.search(rf"(?:^|^i\s+|^was\s+)(?:{re.escape(phrase)})\b", lower):
            weak.append(phrase)
            break
    for phrase in WEAK_WORDS:
        if re.search(rf"\b{re.escape(phrase)}\b", lower) and phrase not in weak:
            weak.append(phrase)
    action_verb = word is not None and not any(lower.startswith(p) or lower.startswith("i " + p) for p in WEAK_OPENERS)
    methods = find_methods(text)
    impact_phrases = find_impact(text)
    first_person = bool(_FIRST_PERSON.search(text) or _FIRST_PERSON_LOWER.match(text))
    n = len(text.split())
    length = "short" if n < MIN_WORDS else "long" if n > MAX_WORDS else "ok"
    tense_ok = not (past_role and tense == "present")
    fb = BulletFeedback(text=text, action_verb=action_verb, verb=word if action_verb else None,
                        tense=tense if action_verb else None, method=bool(methods), methods=methods,
                        impact=bool(impact_phrases), impact_phrases=impact_phrases, weak_phrases=weak,
                        first_person=first_person, words=n, length=length, tense_ok=tense_ok)
    fb.issues = _issues(fb, base)
    fb.suggestion = _suggestion(fb, base)
    return fb


def _issues(fb: BulletFeedback, base: str | None) -> list[str]:
    out = []
    if not fb.action_verb:
        out.append("does not open with a strong action verb")
    if not fb.method:
        out.append("names no tool or method")
    if not fb.impact:
        out.append("has no measurable impact (a number with a unit, before -> after, or a multiplier)")
    if fb.weak_phrases:
        out.append("weak or vague wording: " + ", ".join(f"'{p}'" for p in fb.weak_phrases))
    if fb.first_person:
        out.append("written in the first person")
    if not fb.tense_ok:
        out.append(f"present tense in a past role ('{fb.verb}')")
    if fb.length != "ok":
        out.append(f"{fb.length} ({fb.words} words; aim for {MIN_WORDS}-{MAX_WORDS})")
    return out


def _suggestion(fb: BulletFeedback, base: str | None) -> str:
    """The one most useful edit, as a template; brackets mark what only the user can fill in."""
    if not fb.action_verb:
        opener = fb.weak_phrases[0] if fb.weak_phrases else " ".join(fb.text.split()[:2])
        return (f"Open with what you did instead of '{opener}': "
                "'[Built / Led / Reduced] [what you did] using [tool or method], [improving metric] by [X]%'.")
    if not fb.impact:
        return (f"Add the measurable result at the end: '{fb.text.rstrip('. ')}, [reducing / increasing] [metric] "
                "by [X]% (from [before] to [after])'.")
    if not fb.method:
        return f"Name the tool or method: '{fb.verb} [what] using [tool or method] ...' so the keyword is on the page."
    if not fb.tense_ok and base:
        return f"This role has ended: write '{past_of(base).capitalize()}' instead of '{fb.verb}'."
    if fb.first_person:
        return "Drop 'I' and 'my': start with the verb, resume bullets are written without the first person."
    vague = [p for p in fb.weak_phrases if p in WEAK_WORDS]
    if vague:
        return f"Replace '{vague[0]}' with the figure it stands for: '[metric] by [X]%' or 'from [before] to [after]'."
    if fb.length == "long":
        return f"Cut it to two lines (under {MAX_WORDS} words): keep the verb, the method and the number."
    if fb.length == "short":
        return "Say what you built and for whom: '[verb] [what, for which users or team] using [method], [result]'."
    return "Strong: verb, method and measurable impact are all there."
