"""A loaded problem folder. Kept apart from the loader (and pydantic) so the terminal's fast path
can build one from problem.toml alone (see offerloop.content.quick)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Problem:
    """A problem folder, loaded: its metadata and the texts a user may see."""

    meta: Any  # a ProblemMeta (or, on the terminal's fast path, the same fields read by content.quick)
    path: Path
    prompt: str
    starter: str
    learn: str
    hints: list[str]

    @property
    def slug(self) -> str:
        return self.meta.slug

    @property
    def solution_path(self) -> Path:
        return self.path / ".meta" / "solution.py"

    @property
    def cases_path(self) -> Path:
        return self.path / ".meta" / "cases.py"

    @property
    def wrong_paths(self) -> list[Path]:
        return sorted((self.path / ".meta" / "wrong").glob("*.py"))
