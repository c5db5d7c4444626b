"""One problem read straight from its problem.toml, without pydantic: the terminal's fast path.

`offerloop test` and `offerloop submit` must answer in a small multiple of a cold numpy import,
and importing pydantic alone costs more than numpy. The bank is validated by `offerloop content
check` (in CI and on every change), so this reader trusts the file and only fills in the defaults
that ProblemMeta declares. tests/practice/test_quick.py proves, for every problem in the bank, that
what it builds equals ProblemMeta's validated model field by field, so the two cannot drift apart.
Anything unexpected returns None and the caller takes the validated path.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import SimpleNamespace
from uuid import UUID

from offerloop.content.problem import Problem

PROBLEMS = Path(__file__).resolve().parent / "packs" / "problems"

# ProblemMeta's defaults for what problem.toml may leave out.
TOP_DEFAULTS = {"allowed_imports": [], "pattern": None}
LIMITS_DEFAULTS = {"time_ms": 2000, "memory_mb": 512, "code_bytes": 64_000}
COMPARISON_DEFAULTS = {"kind": "tolerance", "rtol": 1e-6, "atol": 1e-8, "unordered": False}
SCALING_DEFAULTS = {"max_ratio_growth": 3.0}
REQUIRED = ("uuid", "slug", "title", "track", "topics", "difficulty", "function", "signature")
KNOWN = set(REQUIRED) | set(TOP_DEFAULTS) | {"limits", "comparison", "scaling"}


def _table(given, defaults: dict, required: tuple[str, ...] = ()) -> SimpleNamespace | None:
    if not isinstance(given, dict) or set(given) - set(defaults) - set(required) or any(k not in given for k in required):
        return None
    return SimpleNamespace(**{**defaults, **given})


def quick_meta(data: dict) -> SimpleNamespace | None:
    """The metadata with ProblemMeta's attribute names and defaults, or None for a file this reader
    does not fully understand (a new field: the validated path then reads it)."""
    if set(data) - KNOWN or any(k not in data for k in REQUIRED):
        return None
    try:
        uuid = UUID(str(data["uuid"]))
    except ValueError:
        return None
    fields = {**TOP_DEFAULTS, **data, "uuid": uuid}
    fields["limits"] = _table(data.get("limits", {}), LIMITS_DEFAULTS)
    fields["comparison"] = _table(data.get("comparison", {}), COMPARISON_DEFAULTS)
    fields["scaling"] = _table(data["scaling"], SCALING_DEFAULTS, ("target", "sizes")) if "scaling" in data else None
    if fields["limits"] is None or fields["comparison"] is None or ("scaling" in data and fields["scaling"] is None):
        return None
    return SimpleNamespace(**fields)


def quick_problem(slug: str, root: Path = PROBLEMS) -> Problem | None:
    """The problem `slug` for grading (metadata and folder; the texts a page shows are left empty),
    or None when the folder is missing or unusual: the caller then loads it the validated way."""
    if not slug or "/" in slug or "\\" in slug or slug.startswith((".", "_")):
        return None
    folder = root / slug
    try:
        data = tomllib.loads((folder / "problem.toml").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    meta = quick_meta(data)
    if meta is None or meta.slug != slug:
        return None
    return Problem(meta=meta, path=folder, prompt="", starter="", learn="", hints=[])
