"""The seed's time budget for a take-home (4-8 hours; stop at 6-8): five phases, in order."""

from __future__ import annotations

PHASES: tuple[tuple[str, int], ...] = (
    ("Problem understanding, EDA", 60),
    ("Model development, experimentation", 120),
    ("Evaluation, analysis", 60),
    ("Code cleanup, documentation", 60),
    ("README, presentation", 60),
)
STOP_AFTER_MINUTES = 8 * 60  # past this, write down what you would do with more time and stop


def budget() -> dict:
    """The phases with their start and end minute, for the page timer and the CLI."""
    out, start = [], 0
    for name, minutes in PHASES:
        out.append({"phase": name, "minutes": minutes, "start": start, "end": start + minutes})
        start += minutes
    return {"phases": out, "total_minutes": start, "stop_after_minutes": STOP_AFTER_MINUTES}


def phase_at(elapsed_minutes: float) -> dict:
    """Where a timer stands after `elapsed_minutes`: the phase, minutes left in it, and whether time is up."""
    plan = budget()
    for p in plan["phases"]:
        if elapsed_minutes < p["end"]:
            return {"phase": p["phase"], "left_in_phase": round(p["end"] - elapsed_minutes, 1), "over": False}
    return {"phase": "Stop: document what you would do with more time", "left_in_phase": 0.0,
            "over": elapsed_minutes >= plan["total_minutes"]}
