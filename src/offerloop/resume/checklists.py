"""The GitHub profile checklist from the seed guide, as data (the page and the CLI print it)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    key: str
    text: str
    why: str


GITHUB_CHECKLIST: tuple[Item, ...] = (
    Item("profile-readme", "A profile README that features your best projects",
         "It is the first thing a reviewer opens from the link on your resume."),
    Item("pinned-repos", "At least 3 pinned repositories, each with a good README",
         "Say what the project does, how to run it and what it achieved, with a figure or a screenshot."),
    Item("contributions", "A green contribution graph: steady activity",
         "Regular commits show you build things, not only that you once did."),
    Item("photo-bio", "A profile photo and a short bio",
         "One line on what you work on (for example: ML engineer, recommender systems)."),
    Item("links", "Links to your portfolio and LinkedIn",
         "So a reviewer can move between your profiles without searching."),
)
