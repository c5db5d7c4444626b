"""A thank-you note draft written from one interview's own details."""

from __future__ import annotations

from datetime import date
from typing import Sequence

from offerloop.tracker.pipeline import ROUND_LABELS, in_sentence


def _names(interviewers: Sequence[str]) -> str:
    firsts = [n.strip().split()[0] for n in interviewers if n and n.strip()]
    if not firsts:
        return ""
    if len(firsts) == 1:
        return firsts[0]
    return ", ".join(firsts[:-1]) + " and " + firsts[-1]


def _join(items: Sequence[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def draft(*, company: str, role: str, round: str, interviewers: Sequence[str],
          topics: Sequence[str] = (), questions: Sequence[str] = (), when: str = "today") -> str:
    """A short, specific note: who, which conversation, what was discussed. The user edits it.
    `when` says when the interview was, as it reads after "making time": today, yesterday, on Monday."""
    who = _names(interviewers)
    round_label = in_sentence(ROUND_LABELS.get(round, round))
    greeting = f"Hi {who}," if who else "Hello,"
    seen: list[str] = []
    for t in topics:
        t = t.strip()
        if t and t.lower() not in (s.lower() for s in seen):
            seen.append(t)
    lines = [f"Subject: Thank you for the {round_label} interview - {role}", "", greeting, ""]
    lines.append(
        f"Thank you for making time {when} for the {round_label} conversation about the {role} role at {company}."
    )
    if seen:
        lines.append(f"I especially enjoyed our discussion of {_join(seen[:3])}.")
    if questions:
        first = questions[0].strip().rstrip("?.")
        lines.append(
            f"Your question about {first[0].lower() + first[1:] if first else first} stayed with me afterwards, "
            "and I would be glad to expand on my answer if that is useful."
        )
    lines += [
        "",
        f"Our conversation made me even more keen to contribute to the team at {company}, "
        "and I look forward to the next steps.",
        "",
        "Please tell me if there is anything else you need from me.",
        "",
        "Best regards,",
        "[your name]",
    ]
    return "\n".join(lines)


def when_phrase(interview_day: date, today: date) -> str:
    """'today', 'yesterday' or 'on Monday 2 November' for the interview's local day."""
    if interview_day >= today:
        return "today"
    if (today - interview_day).days == 1:
        return "yesterday"
    return f"on {interview_day:%A} {interview_day.day} {interview_day:%B}"
