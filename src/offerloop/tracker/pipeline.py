"""The interview pipeline as data, per company type, and the funnel computed from timelines.

The loop follows the seed guide: application, a recruiter screen, a technical phone screen, a
take-home, the onsite or virtual loop, then an offer. Company types change the loop: big tech
runs more rounds (a bar raiser among them), startups move faster and may drop the theory round
while leaning on the take-home, and research labs add a research presentation and a paper
discussion. Every application can be closed from any stage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from statistics import median
from typing import Any, Iterable

from offerloop.errors import InvalidInput

COMPANY_TYPES: dict[str, str] = {
    "big-tech": "Big tech",
    "mid-size": "Mid-size company",
    "startup": "Startup",
    "research-lab": "Research lab",
}

STAGE_LABELS: dict[str, str] = {
    "applied": "Applied",
    "recruiter-screen": "Recruiter screen",
    "phone-screen": "Technical phone screen",
    "take-home": "Take-home",
    "research-presentation": "Research presentation",
    "onsite": "Onsite / virtual loop",
    "offer": "Offer",
    "accepted": "Accepted",
    "declined": "Declined",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
    "ghosted": "Ghosted",
}

CLOSED_STAGES: tuple[str, ...] = ("accepted", "declined", "rejected", "withdrawn", "ghosted")

# Open stages per company type, in the order an application normally moves through them.
OPEN_STAGES: dict[str, tuple[str, ...]] = {
    "big-tech": ("applied", "recruiter-screen", "phone-screen", "take-home", "onsite", "offer"),
    "mid-size": ("applied", "recruiter-screen", "phone-screen", "take-home", "onsite", "offer"),
    "startup": ("applied", "recruiter-screen", "phone-screen", "take-home", "onsite", "offer"),
    "research-lab": ("applied", "recruiter-screen", "phone-screen", "research-presentation", "onsite", "offer"),
}

# The funnel's order over every type (a stage a type lacks is simply skipped by its applications).
FUNNEL_ORDER: tuple[str, ...] = (
    "applied", "recruiter-screen", "phone-screen", "take-home", "research-presentation", "onsite", "offer", "accepted",
)

ROUND_LABELS: dict[str, str] = {
    "recruiter": "Recruiter",
    "phone-screen": "Phone screen",
    "ml-coding": "ML coding",
    "ml-system-design": "ML system design",
    "ml-theory": "ML theory",
    "behavioral": "Behavioral",
    "culture-fit": "Culture fit",
    "take-home": "Take-home",
    "paper-discussion": "Paper discussion",
}

# The rounds of the onsite/virtual loop a candidate should expect, with typical minutes.
LOOP_ROUNDS: dict[str, tuple[tuple[str, int], ...]] = {
    "big-tech": (("ml-coding", 60), ("ml-coding", 60), ("ml-system-design", 60), ("ml-theory", 45),
                 ("behavioral", 45), ("culture-fit", 30)),
    "mid-size": (("ml-coding", 60), ("ml-system-design", 60), ("ml-theory", 45), ("behavioral", 45),
                 ("culture-fit", 30)),
    "startup": (("ml-coding", 60), ("ml-system-design", 60), ("behavioral", 45), ("culture-fit", 30)),
    "research-lab": (("paper-discussion", 60), ("ml-theory", 60), ("ml-coding", 60), ("behavioral", 45)),
}

TYPE_NOTES: dict[str, str] = {
    "big-tech": "Expect five to seven rounds, algorithm-heavy coding, a bar-raiser round and deep fundamentals.",
    "mid-size": "Expect the standard loop: screen, phone screen, often a take-home, then four to five rounds.",
    "startup": "Expect a faster process (two to three weeks); the take-home weighs more and theory may be skipped.",
    "research-lab": "Expect a research presentation, a paper discussion and a theory deep dive.",
}


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.strip().lower()).strip("-")


_STAGE_ALIASES = {
    "technical-phone-screen": "phone-screen",
    "phone": "phone-screen",
    "recruiter": "recruiter-screen",
    "screen": "recruiter-screen",
    "takehome": "take-home",
    "onsite-virtual-loop": "onsite",
    "virtual-loop": "onsite",
    "loop": "onsite",
    "on-site": "onsite",
    "final": "onsite",
    "research-talk": "research-presentation",
}

_ROUND_ALIASES = {
    "recruiter-screen": "recruiter",
    "phone": "phone-screen",
    "technical-phone-screen": "phone-screen",
    "coding": "ml-coding",
    "system-design": "ml-system-design",
    "design": "ml-system-design",
    "theory": "ml-theory",
    "behavioural": "behavioral",
    "culture": "culture-fit",
    "team-fit": "culture-fit",
    "takehome": "take-home",
    "paper": "paper-discussion",
}


def check_company_type(text: str) -> str:
    slug = _slug(text or "")
    slug = {"bigtech": "big-tech", "faang": "big-tech", "midsize": "mid-size", "research": "research-lab",
            "lab": "research-lab"}.get(slug, slug)
    if slug not in COMPANY_TYPES:
        raise InvalidInput(
            f"There is no company type {text!r}; choose one of: {', '.join(COMPANY_TYPES)}."
        )
    return slug


def stages_for(company_type: str) -> tuple[str, ...]:
    """Every stage an application of this type may be in: its open stages, then the closed ones."""
    return OPEN_STAGES[company_type] + CLOSED_STAGES


def check_stage(text: str, company_type: str) -> str:
    """The stage slug for what the user typed, or InvalidInput naming the valid stages."""
    valid = stages_for(company_type)
    slug = _slug(text or "")
    slug = _STAGE_ALIASES.get(slug, slug)
    if slug not in valid:
        raise InvalidInput(
            f"There is no stage {text!r} for a {COMPANY_TYPES[company_type].lower()} application; "
            f"valid stages are: {', '.join(valid)}."
        )
    return slug


def check_round(text: str) -> str:
    slug = _slug(text or "")
    slug = _ROUND_ALIASES.get(slug, slug)
    if slug not in ROUND_LABELS:
        raise InvalidInput(f"There is no interview round {text!r}; choose one of: {', '.join(ROUND_LABELS)}.")
    return slug


def is_closed(stage: str) -> bool:
    return stage in CLOSED_STAGES


def in_sentence(label: str) -> str:
    """A label as it reads mid-sentence: 'Culture fit' -> 'culture fit', 'ML coding' stays."""
    return label if label[:2].isupper() else label[:1].lower() + label[1:]


# -- funnel -------------------------------------------------------------------------------


@dataclass(frozen=True)
class FunnelStage:
    stage: str
    label: str
    reached: int  # applications that entered this stage or went past it
    current: int  # applications sitting in it now
    conversion: float | None  # share of those who reached it that reached the next stage
    median_days: float | None  # median of completed stays in this stage

    def to_dict(self) -> dict[str, Any]:
        return {"stage": self.stage, "label": self.label, "reached": self.reached, "current": self.current,
                "conversion": self.conversion, "median_days": self.median_days}


def stage_history(app: Any) -> list[tuple[str, datetime]]:
    """(stage, entered at) for one application, oldest first, from its created and moved events."""
    history: list[tuple[str, datetime]] = []
    for event in sorted(app.events, key=lambda e: e.at):
        if event.kind == "created":
            history.append((event.to_stage or "applied", event.at))
        elif event.kind == "moved" and event.to_stage:
            history.append((event.to_stage, event.at))
    if not history:
        history.append((app.stage, app.applied_at))
    return history


def funnel(apps: Iterable[Any]) -> dict[str, Any]:
    """Counts, conversion and median days per stage over applications (objects with .events, .stage).

    Each application is measured against its own type's pipeline (plus accepted at the end).
    "Reached" is position based: an application that went from applied straight to onsite also
    counts as having passed the screens, because it did get past them. Conversion is the share of
    those who reached a stage that went further. Median days use completed stays only (an
    application still sitting in a stage has not finished its stay).
    """
    apps = list(apps)
    reached = {s: 0 for s in FUNNEL_ORDER}
    passed = {s: 0 for s in FUNNEL_ORDER}
    stays: dict[str, list[float]] = {s: [] for s in FUNNEL_ORDER}
    closed: dict[str, int] = {s: 0 for s in CLOSED_STAGES if s != "accepted"}
    for app in apps:
        own = OPEN_STAGES.get(app.company_type, OPEN_STAGES["mid-size"]) + ("accepted",)
        history = stage_history(app)
        best = 0
        for (stage, entered), nxt in zip(history, history[1:] + [None]):
            if stage in own:
                best = max(best, own.index(stage))
                if nxt is not None and stage in stays:
                    stays[stage].append((nxt[1] - entered).total_seconds() / 86400)
        for i, stage in enumerate(own):
            if best >= i:
                reached[stage] += 1
            if best > i:
                passed[stage] += 1
        if app.stage in closed:
            closed[app.stage] += 1
    rows = []
    for stage in FUNNEL_ORDER:
        conversion = round(passed[stage] / reached[stage], 3) if reached[stage] and stage != "accepted" else None
        days = round(median(stays[stage]), 1) if stays[stage] else None
        rows.append(FunnelStage(stage, STAGE_LABELS[stage], reached[stage],
                                sum(1 for a in apps if a.stage == stage), conversion, days))
    return {"total": len(apps), "stages": [r.to_dict() for r in rows], "closed": closed}
