"""Cover letters: whether to write one (the seed's rules as a short questionnaire) and a checker for
a draft (250 words, 20% why this company / 60% why you / 20% call to action, company and role
named, the description's must-haves evidenced, generic phrases flagged)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from offerloop.resume import taxonomy
from offerloop.resume.match import jd_title, requirements

TARGET_WORDS = 250
TOLERANCE = 0.1  # 10% over 250 still reads as "short"
SHARES = {"company": 0.2, "you": 0.6, "action": 0.2}


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    means: str  # "write" or "skip"


QUESTIONS: tuple[Question, ...] = (
    Question("dream_company", "Is this one of your dream companies?", "write"),
    Question("career_transition", "Are you changing careers (the resume alone does not explain the move)?", "write"),
    Question("referred", "Were you referred by someone who works there?", "write"),
    Question("non_traditional", "Is your background non-traditional (bootcamp, self-taught, another field)?", "write"),
    Question("many_applications", "Are you applying to more than 20 jobs right now?", "skip"),
    Question("clear_match", "Is the role clearly a match for your resume as it stands?", "skip"),
    Question("startup_no_mention", "Is it a startup whose posting does not mention a cover letter?", "skip"),
)


def decide(answers: dict[str, bool]) -> dict[str, Any]:
    """Write or skip, and why. A reason to write wins over a reason to skip: those are the cases
    where a letter tells the reader something the resume cannot."""
    unknown = set(answers) - {q.key for q in QUESTIONS}
    if unknown:
        from offerloop.errors import InvalidInput

        raise InvalidInput(f"Unknown question(s): {', '.join(sorted(unknown))}.")
    write = [q.text for q in QUESTIONS if q.means == "write" and answers.get(q.key)]
    skip = [q.text for q in QUESTIONS if q.means == "skip" and answers.get(q.key)]
    if write:
        decision, why = "write", "Write one: " + " ".join(write)
    elif skip:
        decision, why = "skip", "Skip it and spend the time on the resume and the next application: " + " ".join(skip)
    else:
        decision, why = "optional", "None of the rules apply: a short letter does no harm if the posting asks for one."
    return {"decision": decision, "reasons": write or skip, "advice": why,
            "keep_it": f"{TARGET_WORDS} words: why this company (20%), why you (60%), call to action (20%)."}


GENERIC_PHRASES: tuple[str, ...] = (
    "to whom it may concern", "dear sir or madam", "dear hiring manager", "i am writing to apply",
    "i am writing to express my interest", "i am excited to apply", "please find attached", "my resume",
    "team player", "hard worker", "hard-working", "detail-oriented", "self-starter", "go-getter",
    "think outside the box", "perfect fit", "great fit", "ideal candidate", "passionate about",
    "fast-paced environment", "results-driven", "dynamic", "synergy", "i believe i would be",
    "thank you for your consideration", "i look forward to hearing from you", "wear many hats",
    "strong work ethic", "excellent communication skills", "proven track record",
)
_ACTION_CUES = re.compile(
    r"\b(?:look forward|would (?:welcome|love|be glad|be happy)|happy to|glad to|available|discuss|conversation|"
    r"chat|call|interview|meet|talk|next step|walk you through|reach me|contact me)\b", re.I)
_COMPANY_CUES = re.compile(r"\b(?:your|mission|product|team|because|why|admire|use|users|customers|values|"
                           r"vision|culture|platform|approach|blog|paper|launched|built)\b", re.I)
_NUMBER = re.compile(r"\d")


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9][\w'’.%$-]*", text))


def _paragraphs(text: str) -> list[str]:
    paras = [p.strip() for p in re.split(r"\n\s*\n", text or "") if p.strip()]
    body = [p for p in paras if not re.match(r"^(?:dear|hi|hello|to whom)\b", p, re.I) and _words(p) > 0]
    # The sign-off ("Best regards, Jane") is not one of the three parts.
    while body and _words(body[-1]) <= 6 and re.match(r"^(?:best|kind|warm)?\s*(?:regards|wishes|thanks|sincerely|"
                                                     r"thank you|cheers|yours)", body[-1], re.I):
        body.pop()
    return body


def check_letter(text: str, jd: str = "", *, company: str = "", role: str = "") -> dict[str, Any]:
    """Feedback on a cover-letter draft against its job description."""
    auto_company, auto_role = jd_title(jd)
    company = (company or auto_company).strip()
    role = (role or auto_role).strip()
    words = _words(text)
    paras = _paragraphs(text)
    total = sum(_words(p) for p in paras) or 1
    parts: dict[str, str] = {}
    if len(paras) >= 3:
        parts = {"company": paras[0], "you": "\n\n".join(paras[1:-1]), "action": paras[-1]}
    elif len(paras) == 2:
        parts = {"company": paras[0], "you": paras[1], "action": ""}
    elif paras:
        parts = {"company": "", "you": paras[0], "action": ""}
    shares = {k: round(_words(v) / total, 2) for k, v in parts.items()} if parts else {k: 0.0 for k in SHARES}
    lower = (text or "").lower()
    structure = {
        "company": bool(parts.get("company")) and (
            (company and company.lower() in parts["company"].lower()) or bool(_COMPANY_CUES.search(parts["company"]))),
        "you": bool(parts.get("you")) and (bool(_NUMBER.search(parts["you"])) or bool(taxonomy.find_in_line(parts["you"]))),
        "action": bool(parts.get("action")) and bool(_ACTION_CUES.search(parts["action"])),
    }
    reqs = [r for r in requirements(jd) if r.must_have] if jd else []
    letter_skills = {m.skill for line in (text or "").splitlines() for m in taxonomy.find_in_line(line)}
    evidenced = [r.keyword for r in reqs if r.keyword in letter_skills]
    not_evidenced = [r.keyword for r in reqs if r.keyword not in letter_skills]
    generic = [p for p in GENERIC_PHRASES if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", lower)]
    advice: list[str] = []
    if words > TARGET_WORDS * (1 + TOLERANCE):
        advice.append(f"Cut it to about {TARGET_WORDS} words (it has {words}).")
    elif words < TARGET_WORDS * 0.5:
        advice.append(f"At {words} words it is thin: say why this company and prove two must-haves with numbers.")
    for key, label in (("company", "an opening on why this company"), ("you", "a middle on why you, with evidence"),
                       ("action", "a closing call to action")):
        if not structure[key]:
            advice.append(f"Add {label} (about {round(SHARES[key] * 100)}% of the letter).")
    if company and company.lower() not in lower:
        advice.append(f"Name the company ({company}).")
    if not company:
        advice.append("Name the company: no company was given or found in the description (use --company).")
    if role and role.lower() not in lower:
        advice.append(f"Name the role ({role}).")
    if not role:
        advice.append("Name the role: no role was given or found in the description (use --role).")
    for kw in not_evidenced[:5]:
        advice.append(f"Show the must-have '{kw}' with one concrete result, if you have it.")
    for p in generic:
        advice.append(f"Replace the generic phrase '{p}' with something only you could write.")
    return {
        "words": words, "target_words": TARGET_WORDS, "length_ok": TARGET_WORDS * 0.5 <= words <= TARGET_WORDS * (1 + TOLERANCE),
        "paragraphs": len(paras), "shares": shares, "target_shares": SHARES, "structure": structure,
        "company": company, "role": role,
        "company_named": bool(company) and company.lower() in lower,
        "role_named": bool(role) and role.lower() in lower,
        "must_haves": [r.keyword for r in reqs], "must_haves_evidenced": evidenced,
        "must_haves_missing": not_evidenced, "generic_phrases": generic, "advice": advice,
    }
