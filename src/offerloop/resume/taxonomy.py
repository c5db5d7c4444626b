"""The skills taxonomy (data/skills.toml) and the matcher that finds its skills in a line of text.

Matching is entity matching, not answer scoring: every skill has a display name and alias forms;
a form matches as a whole word (a hyphen or a space between words, an optional plural), and the
longest match wins where two overlap ("beam search" beats "Beam", "Apache Spark" beats "Spark").
Ambiguous short names ("C", "R", "Go", "Beam") only count with their exact capitalisation and in
context: in a list of other skills, after a cue ("in Go", "Languages: C"), or before "programming".
The result depends on the text alone, so the same inputs always give the same answer.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, field_validator

DATA = Path(__file__).parent / "data"
CATEGORIES: tuple[str, ...] = ("languages", "frameworks", "tools", "techniques", "methods", "metrics")
CATEGORY_LABELS = {
    "languages": "Programming languages", "frameworks": "ML frameworks", "tools": "Tools",
    "techniques": "Techniques", "methods": "Methods", "metrics": "Metrics",
}


class _TaxonomyFile(BaseModel):
    """The schema of skills.toml: the six categories, each a list of 'Name | alias | ...' entries."""

    model_config = ConfigDict(extra="forbid", strict=True)
    languages: list[str]
    frameworks: list[str]
    tools: list[str]
    techniques: list[str]
    methods: list[str]
    metrics: list[str]

    @field_validator("*")
    @classmethod
    def _entries(cls, value: list[str]) -> list[str]:
        for entry in value:
            if not entry.strip() or any(not part.strip() for part in entry.split("|")):
                raise ValueError(f"empty form in entry {entry!r}")
        return value


@dataclass(frozen=True)
class Form:
    text: str
    mode: str  # "any" (case-insensitive), "case" (exact case), "context" (exact case and in context)


@dataclass(frozen=True)
class Skill:
    name: str
    category: str
    forms: tuple[Form, ...]


@dataclass(frozen=True)
class Mention:
    """One skill found in one line: where, and in which words."""

    skill: str
    category: str
    form: str  # the text as written
    start: int
    end: int


def _parse_form(raw: str) -> Form:
    raw = raw.strip()
    if raw.startswith("~"):
        return Form(raw[1:].strip(), "context")
    if raw.startswith("^"):
        return Form(raw[1:].strip(), "case")
    return Form(raw, "any")


def load_skills(path: Path | None = None) -> tuple[Skill, ...]:
    """Read and validate the taxonomy; an alias claimed by two skills is an error."""
    data = _TaxonomyFile.model_validate(tomllib.loads((path or DATA / "skills.toml").read_text(encoding="utf-8")))
    skills: list[Skill] = []
    owner: dict[str, str] = {}
    names: set[str] = set()
    for category in CATEGORIES:
        for entry in getattr(data, category):
            forms: list[Form] = []
            seen: set[str] = set()
            for raw in entry.split("|"):
                form = _parse_form(raw)
                key = form.text if form.mode != "any" else form.text.lower()
                if key in seen:
                    continue
                seen.add(key)
                lower = form.text.lower()
                if form.mode == "any" and lower in owner and owner[lower] != entry:
                    raise ValueError(f"the form {form.text!r} belongs to two skills: {owner[lower]!r} and {entry!r}")
                owner.setdefault(lower, entry)
                forms.append(form)
            name = forms[0].text
            if name.lower() in names:
                raise ValueError(f"the skill {name!r} is listed twice")
            names.add(name.lower())
            skills.append(Skill(name=name, category=category, forms=tuple(forms)))
    return tuple(skills)


# -- compiling -------------------------------------------------------------------------------------
_LEFT = r"(?<![A-Za-z0-9_.+#@\-])"
_RIGHT = r"(?![A-Za-z0-9_+#])"
_RIGHT_STRICT = r"(?![A-Za-z0-9_+#&'\-])"  # "R&D", "C-suite", "Go-to" are not languages


def _form_pattern(form: Form) -> str:
    parts = re.split(r"[\s\-]+", form.text)
    body = r"[\s\-]?".join(re.escape(p) for p in parts if p)
    text = form.text
    if form.mode == "any":
        plural = "(?:s|es)?" if len(text) >= 3 and text[-1].isalpha() and not text.lower().endswith("s") else ""
        return f"(?i:{body}{plural})" + _RIGHT
    return body + (_RIGHT_STRICT if form.mode == "context" else _RIGHT)


@dataclass(frozen=True)
class _Compiled:
    skill: Skill
    regex: re.Pattern
    context: re.Pattern | None
    anchors: tuple[str, ...]  # lowercase first words: a cheap filter before the regex runs


@lru_cache(maxsize=1)
def compiled() -> tuple[_Compiled, ...]:
    out = []
    for skill in load_skills():
        plain = [f for f in skill.forms if f.mode != "context"]
        ctx = [f for f in skill.forms if f.mode == "context"]
        regex = re.compile(_LEFT + "(?:" + "|".join(_form_pattern(f) for f in plain) + ")") if plain else None
        context = re.compile(_LEFT + "(?:" + "|".join(_form_pattern(f) for f in ctx) + ")") if ctx else None
        anchors = tuple(sorted({re.split(r"[\s\-]+", f.text)[0].lower()[:4] for f in skill.forms}))
        out.append(_Compiled(skill, regex or re.compile(r"(?!x)x"), context, anchors))
    return tuple(out)


@lru_cache(maxsize=1)
def skills_by_name() -> dict[str, Skill]:
    return {c.skill.name: c.skill for c in compiled()}


# -- context for ambiguous forms -------------------------------------------------------------------
_CUE_BEFORE = re.compile(
    r"(?:\b(?:in|using|with|languages?|programming|proficien(?:t|cy)(?:\s+in)?|knowledge\s+of|fluent\s+in|"
    r"experience\s+(?:in|with)|including|such\s+as|e\.g\.,?|like|skills?|stack|tools?|code\s+in|written\s+in)"
    r"\s*[:\-\u2013\u2014]?\s*)$",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(r"^\s*\(?(?:programming|language|code|scripts?|developer|libraries|packages)\b", re.IGNORECASE)
_SEPARATOR = re.compile(r"^\s*(?:[,/|;&+]|,?\s*\band\b|,?\s*\bor\b)\s*$", re.IGNORECASE)


_NAME_AFTER = re.compile(r"^\s+[A-Z][a-z]+\b")  # "Ray Ortiz", "Julia Berg": a person, not a skill


def _in_context(line: str, m: Mention, others: list[Mention]) -> bool:
    before, after = line[: m.start], line[m.end:]
    name = _NAME_AFTER.match(after)
    if name and not any(o.start == m.end + len(name.group(0)) - len(name.group(0).strip()) for o in others):
        return False
    if _CUE_BEFORE.search(before) or _CUE_AFTER.match(after):
        return True
    # A list item that starts with the name: "- R for quick analyses", "Go: services and tooling".
    if re.fullmatch(r"\s*(?:[-*\u2022\u2013]\s*)?", before) and re.match(r"\s*(?:for\b|:|\(|$)", after):
        return True
    for o in others:
        if o is m:
            continue
        if o.end <= m.start and _SEPARATOR.match(line[o.end: m.start]):
            return True
        if o.start >= m.end and _SEPARATOR.match(line[m.end: o.start]):
            return True
    return False


_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:linkedin|github)\.com/\S*", re.IGNORECASE)


def find_in_line(line: str) -> list[Mention]:
    """Every skill mentioned in one line, left to right; URLs and e-mail addresses are skipped."""
    line = _URL.sub(lambda m: " " * len(m.group(0)), line)
    lower = line.lower()
    plain: list[tuple[Mention, bool]] = []
    for c in compiled():
        if not any(a in lower for a in c.anchors):
            continue
        for m in c.regex.finditer(line):
            plain.append((Mention(c.skill.name, c.skill.category, m.group(0), m.start(), m.end()), False))
        if c.context is not None:
            for m in c.context.finditer(line):
                plain.append((Mention(c.skill.name, c.skill.category, m.group(0), m.start(), m.end()), True))
    # Longest first; on a tie the earlier one; a mention overlapping a kept one is dropped.
    plain.sort(key=lambda x: (-(x[0].end - x[0].start), x[0].start, x[0].skill))
    kept: list[tuple[Mention, bool]] = []
    for cand in plain:
        if all(cand[0].end <= k[0].start or cand[0].start >= k[0].end for k in kept):
            kept.append(cand)
    sure = [m for m, ctx in kept if not ctx]
    pending = [m for m, ctx in kept if ctx]
    # Ambiguous forms count in context; one accepted may be the neighbour of the next ("R, Go").
    changed = True
    while pending and changed:
        changed = False
        for m in list(pending):
            if _in_context(line, m, sure + pending):
                sure.append(m)
                pending.remove(m)
                changed = True
    return sorted(sure, key=lambda m: m.start)


def normal(form: str) -> str:
    """A form reduced for comparison: case, hyphens and spaces, a trailing plural."""
    text = re.sub(r"[\s\-]+", " ", form.lower()).strip()
    return text[:-1] if len(text) > 3 and text.endswith("s") and not text.endswith("ss") else text
