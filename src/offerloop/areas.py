"""The capabilities offerloop offers, as data: drives navigation, the CLI and the docs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Area:
    slug: str  # URL path and package name
    title: str
    blurb: str
    package: str


AREAS: tuple[Area, ...] = (
    Area("practice", "ML coding", "Implement ML from scratch; graded by hidden tests with tolerance.", "practice"),
    Area("algorithms", "Algorithms & Python", "LeetCode-style problems, advanced Python, the 6-week plan.", "practice"),
    Area("data", "Data (pandas & scikit-learn)", "Data analysis and modelling tasks, graded on real DataFrames.", "practice"),
    Area("cards", "ML theory", "Question bank with spaced repetition and feedback on typed answers.", "cards"),
    Area("stories", "Behavioral", "STAR story bank with feedback, coverage and the 3-minute pitch.", "stories"),
    Area("design", "ML system design", "PROBLEM framework workspace, cases and rubric feedback.", "design"),
    Area("mock", "Mock loops", "A timed interview loop per company type, with a scorecard.", "mock"),
    Area("tracker", "Applications", "Pipeline, interviews, reminders, thank-you notes, calendar.", "tracker"),
    Area("resume", "Resume & JD", "Bullet feedback and keyword match against a job description.", "resume"),
    Area("takehome", "Take-home review", "Audit a take-home repository or notebook, leakage included.", "takehome"),
    Area("offers", "Offers", "Total compensation, comparison, market position, negotiation.", "offers"),
    Area("plan", "Readiness", "What is due today, readiness per area, the plan to interview day.", "plan"),
)

# Packages that hold their own tables (each has a models.py and a migration branch).
AREA_PACKAGES: tuple[str, ...] = (
    "practice", "cards", "stories", "design", "mock", "tracker", "resume", "takehome", "offers", "plan",
    "accounts",  # hosted mode's users, sessions and cohorts (no navigation entry: not in AREAS)
)
