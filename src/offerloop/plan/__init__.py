"""Readiness: the study plan to interview day, due items, streaks."""
