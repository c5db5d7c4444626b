"""The whole-resume check: sections, contact line, pages, years of experience, the one-page rule
(unless more than 10 years of experience) and feedback on every bullet."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from offerloop.resume.bullets import analyze_bullet
from offerloop.resume.parse import SECTION_NAMES, Document, contact

ONE_PAGE_UNTIL_YEARS = 10  # the seed: one page unless more than 10 years of experience

_MONTHS = {m: i + 1 for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))}
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_POINT = rf"(?:{_MONTH}\s+(?:19|20)\d{{2}}|\d{{1,2}}[/.](?:19|20)\d{{2}}|(?:19|20)\d{{2}}[-/]\d{{1,2}}(?!\d)|(?:19|20)\d{{2}})"
_NOW = r"(?:present|current|now|today|ongoing)"
_RANGE = re.compile(rf"({_POINT})\s*(?:-|\u2013|\u2014|to|until|till|\u2192)\s*({_POINT}|{_NOW})", re.IGNORECASE)


def _point(text: str, *, end: bool, now: datetime) -> tuple[int, int]:
    t = text.strip().lower().rstrip(".")
    if re.fullmatch(_NOW, t):
        return now.year, now.month
    m = re.match(rf"({_MONTH})\s+(\d{{4}})", t)
    if m:
        return int(m.group(2)), _MONTHS[m.group(1)[:3]]
    m = re.match(r"(\d{1,2})[/.](\d{4})", t)
    if m:
        return int(m.group(2)), max(1, min(12, int(m.group(1))))
    m = re.match(r"(\d{4})[-/](\d{1,2})", t)
    if m:
        return int(m.group(1)), max(1, min(12, int(m.group(2))))
    return int(t[:4]), 1  # a bare year: from its January (an end year counts up to its January too)


def role_ranges(doc: Document, now: datetime) -> list[dict[str, Any]]:
    """Date ranges of the roles (experience section, or the whole resume when it has none)."""
    lines = [ln for ln in doc.lines if ln.section == "experience"] or \
            [ln for ln in doc.lines if ln.section not in ("education", "projects")]
    out = []
    for index, line in enumerate(doc.lines):
        if line not in lines or line.kind == "bullet":
            continue
        m = _RANGE.search(line.text)
        if not m:
            continue
        start = _point(m.group(1), end=False, now=now)
        stop = _point(m.group(2), end=True, now=now)
        if stop < start:
            continue
        out.append({"line": line.text, "index": index, "start": start, "end": stop,
                    "current": bool(re.fullmatch(_NOW, m.group(2).strip().lower()))})
    return out


def years_of_experience(ranges: list[dict[str, Any]]) -> float:
    """Total years covered by the roles, overlapping roles counted once."""
    spans = sorted((s[0] * 12 + s[1] - 1, e[0] * 12 + e[1] - 1) for s, e in ((r["start"], r["end"]) for r in ranges))
    months = 0
    cur_start = cur_end = None
    for a, b in spans:
        if cur_end is None or a > cur_end:
            if cur_end is not None:
                months += cur_end - cur_start
            cur_start, cur_end = a, b
        else:
            cur_end = max(cur_end, b)
    if cur_end is not None:
        months += cur_end - cur_start
    return round(months / 12, 1)


def check_document(doc: Document, *, now: datetime) -> dict[str, Any]:
    """Everything `offerloop resume check` reports, as JSON-ready data."""
    found = [s for s in SECTION_NAMES if any(ln.section == s for ln in doc.lines)]
    ranges = role_ranges(doc, now)
    years = years_of_experience(ranges)
    max_pages = 1 if years <= ONE_PAGE_UNTIL_YEARS else 2
    bullets = []
    for index, line in enumerate(doc.lines):
        if line.kind != "bullet" or line.section in ("skills", "education", "header"):
            continue
        role = next((r for r in reversed(ranges) if r["index"] < index), None)
        past = None if role is None or line.section != "experience" else not role["current"]
        fb = analyze_bullet(line.text, past_role=past).to_dict()
        fb["section"] = line.section
        bullets.append(fb)
    pages_word = "page" if doc.pages == 1 else "pages"
    est = " (estimated: only a PDF has an exact page count)" if doc.pages_estimated else ""
    if doc.pages <= max_pages:
        page_advice = f"{doc.pages} {pages_word}{est}: within the rule."
    elif years > ONE_PAGE_UNTIL_YEARS:
        page_advice = f"{doc.pages} {pages_word}{est}: with {years} years of experience two pages are fine, more is too long."
    else:
        page_advice = (f"{doc.pages} {pages_word}{est}: keep it to one page until you have more than "
                       f"{ONE_PAGE_UNTIL_YEARS} years of experience (you have {years}).")
    advice: list[str] = []
    absent = [s.capitalize() for s in SECTION_NAMES if s not in found]
    if absent:
        advice.append(f"Missing section(s): {', '.join(absent)} (the usual order: Summary, Technical Skills, "
                      "Experience, Projects, Education).")
    info = contact(doc)
    labels = {"email": "e-mail", "linkedin": "LinkedIn", "github": "GitHub"}
    lacking = [labels[k] for k in labels if not info.get(k)]
    if lacking:
        advice.append(f"Put your {' and '.join(lacking)} in the contact line under your name.")
    weak = [b for b in bullets if not (b["action_verb"] and b["method"] and b["impact"])]
    if bullets:
        advice.append(f"{len(bullets) - len(weak)} of {len(bullets)} bullets follow the formula "
                      "[Action Verb] [What] [Tech/Method] -> [Measurable Impact].")
    return {
        "format": doc.format, "source_name": doc.source_name,
        "pages": doc.pages, "pages_estimated": doc.pages_estimated, "max_pages": max_pages,
        "one_page_ok": doc.pages <= max_pages, "page_advice": page_advice,
        "years_of_experience": years,
        "roles": [{"line": r["line"], "start": "%04d-%02d" % r["start"], "end": "%04d-%02d" % r["end"],
                   "current": r["current"]} for r in ranges],
        "sections": {"found": found, "missing": [s for s in SECTION_NAMES if s not in found]},
        "contact": info,
        "bullets": bullets,
        "bullets_following_formula": len(bullets) - len(weak),
        "warnings": list(doc.warnings),
        "advice": advice,
    }
