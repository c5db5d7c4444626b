"""Explainable keyword match of a resume against a job description.

The description's skills are found with the taxonomy and split into must-have and nice-to-have by
its cue phrases (section headings such as "Requirements" / "Nice to have", and sentence cues such as
"required", "a plus", "familiarity with"). Each one is linked to the resume line that evidences it; a
bullet is stronger evidence than a bare skills-list entry. The match rate weighs must-haves double
and skills-list-only evidence at 60%; the plain keyword rate ((total - missing) / total) is given too.
Everything is computed from the two texts alone, so the same inputs always give the same result.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from offerloop.resume import taxonomy
from offerloop.resume.parse import Document, heading_section

TARGET = 80.0  # Jobscan's advice: aim for a match rate of at least 80%
MUST_WEIGHT = 2.0
NICE_WEIGHT = 1.0
LISTED_CREDIT = 0.6  # a skill named only in the skills list proves less than a bullet that used it

_MUST_HEADINGS = re.compile(
    r"^(?:requirements|key requirements|minimum requirements|required|required skills|required qualifications|"
    r"qualifications|minimum qualifications|basic qualifications|must[- ]haves?|what you('ll| will)? need|"
    r"what you bring|what we('re| are)? looking for|you have|who you are|about you|your profile|your skills|"
    r"skills|skills required|requirements and skills|must have skills)\s*:?$", re.I)
_NICE_HEADINGS = re.compile(
    r"^(?:nice[- ]to[- ]haves?|preferred|preferred qualifications|preferred skills|bonus|bonus points|pluses|"
    r"plus|extra credit|good to have|desirable|desired|desired skills|it would be great if.*|even better if.*|"
    r"additional qualifications|ideally.*)\s*:?$", re.I)
_OTHER_HEADINGS = re.compile(
    r"^(?:responsibilities|what you('ll| will) do|the role|about the role|role|your role|key responsibilities)\s*:?$", re.I)
# What the company says about itself names its stack, not what it asks of you: nice to have at most.
_ABOUT_HEADINGS = re.compile(
    r"^(?:about us|about the company|who we are|benefits|perks|what we offer|why join us|our stack|tech stack|"
    r"about [A-Z][\w&.-]*)\s*:?$", re.I)
_NICE_CUES = re.compile(
    r"\b(?:a plus|is a plus|are a plus|plus\b(?=\W*$)|nice[- ]to[- ]have|preferred|preferably|bonus|ideally|"
    r"familiarity with|exposure to|is an advantage|an advantage|desirable|would be great|not required|"
    r"good to have|optional|helpful)\b", re.I)
_MUST_CUES = re.compile(
    r"\b(?:required|requires?|must|need to|you have|strong|proficien(?:t|cy)|expert(?:ise)?|solid|deep|hands-on|"
    r"\d+\+?\s*years?|essential|mandatory|demonstrated|proven)\b", re.I)


@dataclass
class Requirement:
    keyword: str
    category: str
    jd_form: str
    must_have: bool
    line: str
    alternatives: list[str] = field(default_factory=list)  # "XGBoost or LightGBM": either one will do


_OR = re.compile(r"^\s*,?\s*(?:or|and/or)\s+(?:either\s+)?$", re.IGNORECASE)


@dataclass
class Evidence:
    form: str
    line: str
    section: str
    kind: str  # "bullet", "text" or "skills"

    @property
    def strength(self) -> int:
        return 2 if self.kind in ("bullet", "text") and self.section != "skills" else 1


def _clauses(line: str) -> list[str]:
    return [c for c in re.split(r"(?<=[.;!?])\s+|;\s*", line) if c.strip()]


def requirements(jd: str) -> list[Requirement]:
    """The skills a job description asks for, each marked must-have or nice-to-have, in order of appearance."""
    found: dict[str, Requirement] = {}
    mode = "neutral"
    for raw in (jd or "").splitlines():
        line = raw.strip().lstrip("-*\u2022\u25cf\u2013 ").strip()
        if not line:
            continue
        bare = re.sub(r"[#*_]+", "", line).strip()
        if len(bare) < 60 and (_MUST_HEADINGS.match(bare) or _NICE_HEADINGS.match(bare) or _OTHER_HEADINGS.match(bare)
                               or _ABOUT_HEADINGS.match(bare)):
            mode = ("must" if _MUST_HEADINGS.match(bare) else "nice" if _NICE_HEADINGS.match(bare)
                    else "about" if _ABOUT_HEADINGS.match(bare) else "neutral")
            continue
        for clause in _clauses(line):
            mentions = taxonomy.find_in_line(clause)
            if not mentions:
                continue
            if _NICE_CUES.search(clause) or mode == "about":
                must = False
            elif _MUST_CUES.search(clause) or mode == "must":
                must = True
            else:
                must = mode not in ("nice", "about")
            alternatives: dict[str, set[str]] = {}
            for a, b in zip(mentions, mentions[1:]):
                if _OR.match(clause[a.end: b.start]) and a.skill != b.skill:
                    group = alternatives.get(a.skill, {a.skill}) | alternatives.get(b.skill, {b.skill})
                    for name in group:
                        alternatives[name] = group
            for m in mentions:
                others = sorted(alternatives.get(m.skill, set()) - {m.skill})
                old = found.get(m.skill)
                if old is None:
                    found[m.skill] = Requirement(m.skill, m.category, m.form, must, line, others)
                elif (must, len(m.form)) > (old.must_have, len(old.jd_form)):
                    # Mirror the wording of the strongest, most specific mention.
                    found[m.skill] = Requirement(m.skill, m.category, m.form, must or old.must_have, line,
                                                 sorted(set(old.alternatives) | set(others)))
                else:
                    old.alternatives = sorted(set(old.alternatives) | set(others))
    return list(found.values())


def resume_evidence(doc: Document) -> dict[str, list[Evidence]]:
    """Every skill the resume mentions -> the lines that mention it (header and contact lines excluded)."""
    out: dict[str, list[Evidence]] = {}
    for line in doc.lines:
        if line.section == "header" or line.kind == "heading":
            continue
        kind = "skills" if line.section == "skills" else line.kind
        for m in taxonomy.find_in_line(line.text):
            out.setdefault(m.skill, []).append(Evidence(m.form, line.text, line.section, kind))
    return out


@dataclass
class MatchResult:
    match_rate: float
    keyword_rate: float
    target: float
    meets_target: bool
    total: int
    matched: list[dict[str, Any]]
    missing: list[dict[str, Any]]
    missing_by_category: dict[str, list[str]]
    satisfied_by_alternative: list[dict[str, Any]] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_ORDER = {c: i for i, c in enumerate(taxonomy.CATEGORIES)}


def match(doc: Document, jd: str) -> MatchResult:
    reqs = requirements(jd)
    evidence = resume_evidence(doc)
    matched: list[dict[str, Any]] = []
    missing: list[dict[str, Any]] = []
    earned = possible = 0.0
    suggestions: list[str] = []
    alternative: list[dict[str, Any]] = []
    for r in sorted(reqs, key=lambda r: (not r.must_have, _ORDER[r.category], r.keyword.lower())):
        weight = MUST_WEIGHT if r.must_have else NICE_WEIGHT
        ev = evidence.get(r.keyword)
        if not ev:
            have = [a for a in r.alternatives if evidence.get(a)]
            if have:
                # "Python or Scala": the one you have answers the requirement; the other is not a gap.
                alternative.append({"keyword": r.keyword, "category": r.category, "must_have": r.must_have,
                                    "alternative": have[0], "jd_line": r.line})
                continue
            possible += weight
            missing.append({"keyword": r.keyword, "category": r.category, "must_have": r.must_have,
                            "jd_line": r.line})
            continue
        possible += weight
        best = max(ev, key=lambda e: (e.strength, -ev.index(e)))
        credit = 1.0 if best.strength == 2 else LISTED_CREDIT
        earned += weight * credit
        mirrored = taxonomy.normal(best.form) == taxonomy.normal(r.jd_form) or any(
            taxonomy.normal(e.form) == taxonomy.normal(r.jd_form) for e in ev)
        matched.append({"keyword": r.keyword, "category": r.category, "must_have": r.must_have,
                        "jd_form": r.jd_form, "resume_form": best.form, "evidence": best.line,
                        "evidence_section": best.section,
                        "evidence_kind": ("skills list" if best.strength == 1 else "bullet" if best.kind == "bullet"
                                          else "line"),
                        "credit": credit, "mirrored": mirrored, "jd_line": r.line})
    for m in matched:
        if not m["mirrored"]:
            suggestions.append(f"Mirror the description: it says '{m['jd_form']}' where you wrote '{m['resume_form']}'; "
                               f"use '{m['jd_form']}' at least once (for example '{m['jd_form']} ({m['resume_form']})').")
    for m in matched:
        if m["evidence_kind"] == "skills list" and m["must_have"]:
            suggestions.append(f"'{m['keyword']}' appears only in your skills list: show it in a bullet that says what "
                               "you did with it and what it achieved.")
    for m in missing:
        if m["must_have"]:
            suggestions.append(f"Missing must-have '{m['keyword']}': if you have used it, add a bullet such as "
                               f"'[Verb] [what you did] using {m['keyword']}, [result with a number]'.")
    for m in missing:
        if not m["must_have"]:
            suggestions.append(f"Nice to have, missing: '{m['keyword']}' (add it only if it is true).")
    total = len(reqs) - len(alternative)
    rate = round(100.0 * earned / possible, 1) if possible else 0.0
    keyword_rate = round(100.0 * (total - len(missing)) / total, 1) if total else 0.0
    by_cat: dict[str, list[str]] = {}
    for m in missing:
        by_cat.setdefault(m["category"], []).append(m["keyword"])
    return MatchResult(match_rate=rate, keyword_rate=keyword_rate, target=TARGET, meets_target=rate >= TARGET,
                       total=total, matched=matched, missing=missing, missing_by_category=by_cat,
                       satisfied_by_alternative=alternative, suggestions=suggestions)


def jd_title(jd: str) -> tuple[str, str]:
    """(company, role) from a description's labelled lines or its first line ("Role at Company")."""
    company = role = ""
    for raw in (jd or "").splitlines():
        line = raw.strip().strip("#*").strip()
        m = re.match(r"^(company|employer|organi[sz]ation)\s*:\s*(.+)$", line, re.I)
        if m and not company:
            company = m.group(2).strip()
        m = re.match(r"^(role|title|position|job title)\s*:\s*(.+)$", line, re.I)
        if m and not role:
            role = m.group(2).strip()
    if not (company and role):
        first = next((x.strip().strip("#*").strip() for x in (jd or "").splitlines() if x.strip()), "")
        m = re.match(r"^(.{3,80}?)\s+(?:at|@|-|\u2013|\u2014|\|)\s+(.{2,60})$", first)
        if m and heading_section(first) is None:
            role = role or m.group(1).strip()
            company = company or m.group(2).strip()
    return company, role
