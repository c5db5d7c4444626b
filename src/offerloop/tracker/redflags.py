"""Red flags to watch for, in the seed's four groups, as choices the user can log (or write their own)."""

from __future__ import annotations

from offerloop.errors import InvalidInput

GROUPS: dict[str, str] = {
    "company": "The company",
    "role": "The role",
    "process": "The interview process",
    "offer": "The offer",
}

# (key, text) per group; keys are stored with the flag, so never rename one.
PRESETS: dict[str, tuple[tuple[str, str], ...]] = {
    "company": (
        ("unclear-ml-team", "Nobody could say what the ML team actually does"),
        ("no-ml-strategy", "No clear ML strategy or roadmap"),
        ("first-ml-hire", "You would be the first (and only) ML engineer"),
        ("unrealistic-goals", "Goals that cannot be met in the time given"),
        ("no-infrastructure", "No data pipelines or compute for ML"),
        ("toxic-team", "Signs of a toxic team, such as interviewers running down colleagues"),
    ),
    "role": (
        ("vague-description", "The job description is vague or contradicts itself"),
        ("no-focus", "The role mixes ML with unrelated jobs and has no focus"),
        ("all-maintenance", "No time for building models, only maintenance"),
        ("no-data-access", "No access to the data or APIs the work needs"),
        ("no-leadership-support", "Leadership does not back the ML work"),
    ),
    "process": (
        ("disorganized", "Disorganised: repeated rescheduling or forgotten meetings"),
        ("disrespectful", "Interviewers late, unprepared or rude"),
        ("too-many-rounds", "More than seven interview rounds"),
        ("long-take-home", "A take-home that needs more than eight hours"),
        ("ghosting", "Weeks without any answer"),
        ("free-consulting", "Asked to solve one of their real problems for free"),
    ),
    "offer": (
        ("pressure", "Pressure to accept at once, such as a 24-hour expiry"),
        ("below-market", "Well below the market rate without a reason"),
        ("vague-equity", "Equity terms left vague"),
        ("no-written-offer", "No written offer"),
        ("quit-first", "You must quit your current job before accepting"),
    ),
}


def check_group(text: str) -> str:
    slug = (text or "").strip().lower()
    slug = {"interview": "process", "interview-process": "process", "job": "role"}.get(slug, slug)
    if slug not in GROUPS:
        raise InvalidInput(f"There is no red-flag group {text!r}; choose one of: {', '.join(GROUPS)}.")
    return slug


def preset_text(group: str, key: str) -> str:
    for k, text in PRESETS[group]:
        if k == key:
            return text
    raise InvalidInput(
        f"There is no {group} red flag {key!r}; choose one of: {', '.join(k for k, _ in PRESETS[group])}, "
        "or write your own text."
    )


def choices() -> list[dict]:
    return [{"group": g, "label": label, "presets": [{"key": k, "text": t} for k, t in PRESETS[g]]}
            for g, label in GROUPS.items()]
