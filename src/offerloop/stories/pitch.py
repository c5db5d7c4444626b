"""Answer builders: the 3-minute "walk me through your resume" pitch, "why this company" and
"where do you see yourself in 5 years". Each is a template with fields, an assembly function and
feedback on length and specificity (the same measures as story feedback, plus generic phrases).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from offerloop.stories.analysis import (
    FILLER_WORDS,
    VAGUE_PHRASES,
    count_phrases,
    count_words,
    find_quantities,
    speaking_seconds,
)


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    hint: str  # an example of the kind of thing to write, not text to copy
    required: bool = True
    lead: str = ""  # put in front of the field when it does not already start a sentence with "I"


@dataclass(frozen=True)
class Builder:
    kind: str
    title: str
    question: str
    fields: tuple[Field, ...]
    target_seconds: tuple[int, int]


PITCH = Builder(
    kind="pitch", title="3-minute pitch", question="Walk me through your resume.",
    target_seconds=(90, 180),
    fields=(
        Field("current_role", "Current role", "a data scientist with 3 years of work on demand forecasting at a retailer",
              lead="I'm "),
        Field("achievement", "A quantified achievement",
              "rebuilt the forecasting pipeline, cutting stock-outs by 18% across 400 stores",
              lead="Most recently, I "),
        Field("origin", "How you got into ML (one sentence)", "started with a physics thesis on noisy sensor data",
              required=False, lead="My path into machine learning "),
        Field("specialisation", "Specialisation and strength", "time-series models and getting them into production",
              lead="Since then I have specialised in "),
        Field("why_company", "Why this company", "your move to same-day delivery, where forecast quality matters by the hour",
              lead="What draws me to {company} is "),
    ),
)

WHY_COMPANY = Builder(
    kind="why_company", title="Why this company", question="Why do you want to work here?",
    target_seconds=(30, 90),
    fields=(
        Field("project", "A specific project, product or technology of theirs", "the open-source feature store",
              lead="I'm excited about {company}'s work on "),
        Field("source", "Where you followed it, and one detail", "the engineering blog post on backfilling features",
              required=False, lead="I've been following it through "),
        Field("experience", "Your experience that relates to their use case",
              "I built point-in-time joins for a credit model, the same problem at smaller scale",
              lead="It connects with my own work: "),
        Field("value", "A company value that matches one of yours", "publishing post-mortems openly",
              required=False, lead="I'm also drawn to the way you value "),
    ),
)

FIVE_YEARS = Builder(
    kind="five_years", title="Where in 5 years", question="Where do you see yourself in five years?",
    target_seconds=(30, 90),
    fields=(
        Field("domain", "The domain you want to be an expert in", "ranking and recommendation",
              lead="In five years I want to be a go-to expert in "),
        Field("scope", "What you want to own or lead", "taking projects from the first metric to production",
              lead="I'd like to be leading work end to end, "),
        Field("people", "How you want to help others grow", "mentoring two or three newer engineers",
              required=False, lead="and helping others grow, for example "),
        Field("path", "How you see the path (staff engineer, manager, open)",
              "whether that is as a staff engineer or a manager depends on where I can have the most impact",
              required=False, lead=""),
        Field("link", "Why this role is the right step toward it", "this team ships ranking changes weekly",
              required=False, lead="This role fits that path because "),
    ),
)

BUILDERS: dict[str, Builder] = {b.kind: b for b in (PITCH, WHY_COMPANY, FIVE_YEARS)}

# Phrases that could be said about any company or any candidate: they signal no research.
GENERIC_PHRASES: tuple[str, ...] = (
    "learn and grow", "learn more about", "grow my skills", "great company", "good company", "great culture",
    "good culture", "great team", "amazing team", "industry leader", "leader in the industry", "well-known",
    "prestigious", "big company", "exciting opportunity", "great opportunity", "challenging environment",
    "fast-paced", "cutting-edge", "cutting edge", "innovative", "passionate about", "i've always wanted",
    "dream company", "good reputation", "make an impact", "make a difference", "work-life balance",
    "good benefits", "the salary", "i need a job", "new challenges", "next level",
)
# Answers to "5 years" that worry an interviewer: leaving, their job, or no plan at all.
FIVE_YEAR_RISKS: dict[str, str] = {
    "your job": "Aiming at the interviewer's own job sounds like a joke that may not land.",
    "your position": "Aiming at the interviewer's own job sounds like a joke that may not land.",
    "my own company": "Planning to leave to start a company tells them you will not stay.",
    "my own startup": "Planning to leave to start a company tells them you will not stay.",
    "start my own": "Planning to leave to start a company tells them you will not stay.",
    "i don't know": "Not knowing reads as no plan: name a direction even if it may change.",
    "not sure": "Not knowing reads as no plan: name a direction even if it may change.",
    "retire": "Retirement plans are not what they are asking about.",
    "another company": "Mentioning another employer suggests this role is a stopgap.",
    "be a manager": "A flat 'I want to be a manager' sounds like a title goal: tie it to impact and "
                    "leave room for a senior engineering path.",
    "become a manager": "A flat 'I want to be a manager' sounds like a title goal: tie it to impact and "
                        "leave room for a senior engineering path.",
}


def builder(kind: str) -> Builder:
    from offerloop.errors import InvalidInput

    try:
        return BUILDERS[kind]
    except KeyError:
        raise InvalidInput(f"There is no answer builder called {kind!r}; use one of {', '.join(BUILDERS)}.") from None


def _sentence(value: str) -> str:
    value = value.strip()
    return value if value[-1:] in ".!?" else value + "."


def _starts_own_sentence(value: str) -> bool:
    return bool(re.match(r"^(I\b|I'|My\b|What\b|In\b|Since\b|Whether\b|This\b|It\b)", value))


def assemble(kind: str, fields: dict[str, str], *, company: str = "", role: str = "") -> str:
    """The answer built from its fields: each filled field becomes a sentence, with a lead-in unless
    the user already wrote it as a full sentence. Paragraph breaks follow the spoken beats."""
    b = builder(kind)
    sentences: list[str] = []
    for f in b.fields:
        value = (fields.get(f.name) or "").strip()
        if not value:
            continue
        if _starts_own_sentence(value) or not f.lead:
            text = value[0].upper() + value[1:]
        else:
            lead = f.lead.replace("{company}", company.strip() or "your team")
            text = lead + value[0].lower() + value[1:] if not value[:2].isupper() else lead + value
        if kind == "pitch" and f.name == "why_company" and role.strip() and role.strip().lower() not in text.lower():
            text = _sentence(text) + f" That is why the {role.strip()} role stands out to me"
        sentences.append(_sentence(text))
    if kind == "pitch":
        # Three beats: who you are now, how you got here, why them.
        head, middle, tail = sentences[:2], sentences[2:-1] if len(sentences) > 2 else [], sentences[-1:] if len(sentences) > 2 else []
        return "\n\n".join(" ".join(p) for p in (head, middle, tail) if p)
    return " ".join(sentences)


def missing_fields(kind: str, fields: dict[str, str]) -> list[str]:
    return [f.label for f in builder(kind).fields if f.required and not (fields.get(f.name) or "").strip()]


def answer_feedback(kind: str, text: str, *, fields: dict[str, str] | None = None, company: str = "") -> dict[str, Any]:
    """Length against the builder's target, specificity (numbers, the company named), generic
    phrases, vague and filler words, and the most useful next edit first."""
    b = builder(kind)
    fields = fields or {}
    words = count_words(text)
    seconds = speaking_seconds(words)
    low, high = b.target_seconds
    length = "empty" if words == 0 else "short" if seconds < low else "long" if seconds > high else "on target"
    generic = count_phrases(text, GENERIC_PHRASES)
    vague = count_phrases(text, VAGUE_PHRASES)
    filler = count_phrases(text, FILLER_WORDS)
    quantities = find_quantities(text)
    lowered = text.lower()
    names_company = bool(company.strip()) and company.strip().lower() in lowered
    risks = sorted({msg for phrase, msg in FIVE_YEAR_RISKS.items() if phrase in lowered}) if kind == "five_years" else []

    out: list[str] = []
    missing = missing_fields(kind, fields) if fields else []
    if words == 0:
        out.append(f"Fill in the fields to build your answer to '{b.question}'")
    if missing:
        out.append("Fill in: " + ", ".join(missing) + ".")
    if kind == "pitch" and words and not quantities:
        out.append("Add a number to your achievement (a percentage, money, time saved, users served): "
                   "it is the line interviewers remember.")
    if generic:
        out.append("Replace generic phrases that fit any company: "
                   + ", ".join(f"'{g.phrase}'" for g in generic[:4]) + ". Name something specific to them.")
    out.extend(risks)
    if kind in ("pitch", "why_company") and words and company.strip() and not names_company:
        out.append(f"Name {company.strip()} and one specific thing they do, so the answer could only be for them.")
    if length == "long":
        out.append(f"It runs about {seconds // 60}:{seconds % 60:02d} spoken, over {high // 60}:{high % 60:02d}: cut "
                   "the history and keep the achievement and why them.")
    if length == "short" and words:
        out.append(f"It runs about {seconds // 60}:{seconds % 60:02d} spoken; you have up to "
                   f"{high // 60}:{high % 60:02d}: add one concrete detail.")
    if vague:
        out.append("Replace vague wording: " + ", ".join(f"'{v.phrase}'" for v in vague[:4]) + ".")
    if filler:
        out.append("Cut filler words: " + ", ".join(f"'{f.phrase}'" for f in filler[:4]) + ".")
    if not out:
        out.append("Specific, measured and within time: rehearse it aloud with the timer.")
    return {
        "kind": kind, "words": words, "speaking_seconds": seconds, "target_seconds": list(b.target_seconds),
        "length": length, "quantities": quantities, "names_company": names_company,
        "generic_phrases": [{"phrase": g.phrase, "count": g.count} for g in generic],
        "vague_phrases": [{"phrase": v.phrase, "count": v.count} for v in vague],
        "filler_words": [{"phrase": f.phrase, "count": f.count} for f in filler],
        "missing_fields": missing, "suggestions": out,
    }


def builders_as_data() -> list[dict[str, Any]]:
    return [{"kind": b.kind, "title": b.title, "question": b.question, "target_seconds": list(b.target_seconds),
             "fields": [{"name": f.name, "label": f.label, "hint": f.hint, "required": f.required} for f in b.fields]}
            for b in BUILDERS.values()]
