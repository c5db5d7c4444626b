"""Strict schemas for content packs. Vocabularies are closed: a typo in a topic is an error, not a new topic."""

from __future__ import annotations

import re
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

Difficulty = Literal["easy", "medium", "hard"]
Track = Literal["ml", "algo", "python", "data"]

# The NeetCode 150's 18 patterns: every algorithm problem names the one it practises (the plan and
# `offerloop content stats` count by it).
ALGO_PATTERNS: tuple[str, ...] = (
    "arrays-hashing", "two-pointers", "sliding-window", "stack", "binary-search", "linked-list",
    "trees", "tries", "heap", "backtracking", "graphs", "advanced-graphs", "dp-1d", "dp-2d",
    "greedy", "intervals", "math-geometry", "bit-manipulation",
)

PROBLEM_TOPICS: dict[str, tuple[str, ...]] = {
    "ml": (
        "linear-algebra", "regression", "classification", "optimization", "regularization",
        "classical-models", "clustering", "evaluation", "statistics", "probability",
        "deep-learning", "transformers", "llm", "nlp", "ranking", "recommendation",
        "data-work", "preprocessing", "dimensionality-reduction",
    ),
    "algo": (
        "arrays", "strings", "hash-maps", "two-pointers", "sliding-window", "stacks", "queues",
        "linked-lists", "trees", "graphs", "dynamic-programming", "binary-search", "heaps",
        "intervals", "sorting", "searching", "matrix", "design", "greedy", "backtracking",
        "bit-manipulation", "math", "prefix-sums", "union-find", "tries",
    ),
    "python": (
        "decorators", "abc", "typing", "generics", "comprehensions", "functional", "generators",
        "iterators", "context-managers", "dataclasses", "functools", "closures", "oop",
        "descriptors", "collections", "enums",
    ),
    "data": (
        "groupby", "window-features", "merges", "point-in-time", "pivots", "missing-values",
        "pipelines", "column-transformers", "cross-validation", "model-selection", "calibration",
        "metrics", "feature-engineering", "leakage", "time-series", "text-features", "cleaning",
    ),
}

CARD_TOPICS: tuple[str, ...] = (
    "fundamentals", "regularization", "validation", "metrics", "optimization", "imbalanced-data",
    "classical-models", "probability-statistics", "feature-engineering", "unsupervised",
    "deep-learning", "transformers", "llm", "nlp-evaluation", "recommender-systems", "mlops",
    "system-design",
)

STORY_CATEGORIES: tuple[str, ...] = ("leadership", "conflict", "challenges", "success", "failure")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class KeyPoint(Strict):
    """One thing a strong answer says, and the words and phrasings that show it was said.

    With a `subject` (a key of the card's `subjects`), a cue counts only when said of that subject;
    `opposite` lists phrasings that, said of that subject, contradict the point."""

    point: str = Field(min_length=3)
    cues: list[str] = Field(min_length=1)
    subject: str | None = None
    opposite: list[str] = Field(default_factory=list)


class CardMisconception(Strict):
    """A wrong claim people often make on this card, how to recognise it, and its correction."""

    claim: str = Field(min_length=5)
    cues: list[str] = Field(min_length=1)
    correction: str = Field(min_length=5)
    subject: str | None = None
    example: str = Field(min_length=5)


class Card(Strict):
    """A theory question with a model answer and the key points answers are checked against."""

    uuid: UUID
    slug: str
    topic: str
    difficulty: Difficulty
    question: str = Field(min_length=10)
    answer: str = Field(min_length=40)
    key_points: list[KeyPoint] = Field(min_length=3, max_length=7)
    follow_ups: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    # Named things the card contrasts (subject key -> alias phrases), e.g. l1 -> ["l1", "lasso"].
    subjects: dict[str, list[str]] = Field(default_factory=dict)
    misconceptions: list[CardMisconception] = Field(default_factory=list)

    @field_validator("slug")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not SLUG.match(v):
            raise ValueError(f"slug {v!r} must be kebab-case (a-z, 0-9, single dashes)")
        return v

    @field_validator("topic")
    @classmethod
    def _topic(cls, v: str) -> str:
        if v not in CARD_TOPICS:
            raise ValueError(f"topic {v!r} is not one of {', '.join(CARD_TOPICS)}")
        return v


class BehavioralQuestion(Strict):
    """A behavioral interview question and the story categories that answer it."""

    uuid: UUID
    text: str = Field(min_length=10)
    categories: list[str] = Field(min_length=1)

    @field_validator("categories")
    @classmethod
    def _cats(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if c not in STORY_CATEGORIES]
        if bad:
            raise ValueError(f"categories {bad} are not among {', '.join(STORY_CATEGORIES)}")
        return v


class Limits(Strict):
    time_ms: int = Field(default=2000, ge=50, le=20000)
    memory_mb: int = Field(default=512, ge=64, le=4096)
    code_bytes: int = Field(default=64_000, ge=1_000, le=500_000)


class Comparison(Strict):
    """How the trusted side compares output with expected: exact, numeric tolerance, or a checker.

    kind = "checker" means .meta/cases.py defines check(case_input, output) that decides.
    """

    kind: Literal["exact", "tolerance", "checker"] = "tolerance"
    rtol: float = Field(default=1e-6, ge=0)
    atol: float = Field(default=1e-8, ge=0)
    unordered: bool = False  # compare lists as multisets (any order is right)


class Scaling(Strict):
    """The growth the reference has; a solution that grows faster against it is `too_slow`."""

    target: str  # shown to users, e.g. "O(n log n)"
    sizes: list[int] = Field(min_length=2)  # input sizes passed to cases.scaling_input(n, rng)
    max_ratio_growth: float = Field(default=3.0, gt=1)  # user/reference time ratio growth allowed over the size range


class ProblemMeta(Strict):
    """problem.toml: everything about a problem except the files beside it."""

    uuid: UUID
    slug: str
    title: str = Field(min_length=3)
    track: Track
    topics: list[str] = Field(min_length=1)
    difficulty: Difficulty
    pattern: str | None = None  # required on the algo track: one of ALGO_PATTERNS
    function: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    signature: str
    allowed_imports: list[str] = Field(default_factory=list)
    limits: Limits = Field(default_factory=Limits)
    comparison: Comparison = Field(default_factory=Comparison)
    scaling: Scaling | None = None

    @field_validator("slug")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not SLUG.match(v):
            raise ValueError(f"slug {v!r} must be kebab-case (a-z, 0-9, single dashes)")
        return v

    @model_validator(mode="after")
    def _topics(self) -> "ProblemMeta":
        vocab = PROBLEM_TOPICS[self.track]
        bad = [t for t in self.topics if t not in vocab]
        if bad:
            raise ValueError(f"topics {bad} are not in the {self.track} vocabulary: {', '.join(vocab)}")
        if self.track == "algo" and self.pattern not in ALGO_PATTERNS:
            raise ValueError(f"an algo problem needs pattern = one of {', '.join(ALGO_PATTERNS)}")
        if self.track != "algo" and self.pattern is not None:
            raise ValueError("only algo problems name a pattern")
        if not self.signature.startswith(f"{self.function}("):
            raise ValueError(f"signature must start with '{self.function}('")
        return self


# -- ML system design cases (packs/design/<slug>.toml) -------------------------------------------
DESIGN_SECTIONS: tuple[str, ...] = (
    "problem", "requirements", "overview", "bottlenecks", "links", "evaluation", "maintenance",
)

PITFALL_KINDS: tuple[str, ...] = (
    "time-based-split", "point-in-time-features", "feedback-loop", "cold-start", "training-serving-skew",
    "label-delay", "class-imbalance", "position-bias", "data-leakage", "popularity-bias", "seasonality",
    "hallucination", "adversarial-drift", "selection-bias", "stale-index", "memory-growth",
    "resource-contention", "quantization-quality",
)

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


class DesignClarification(Strict):
    """A question the candidate should ask, and what the interviewer answers."""

    question: str = Field(min_length=5)
    answer: str = Field(min_length=2)


class DesignConcept(Strict):
    """A thing a strong design says in one PROBLEM section, as a claim for the feedback engine."""

    id: str
    section: Literal["problem", "requirements", "overview", "bottlenecks", "links", "evaluation", "maintenance"]
    point: str = Field(min_length=5)
    cues: list[str] = Field(min_length=2)
    subject: str | None = None
    opposite: list[str] = Field(default_factory=list)
    weight: float = Field(default=1.0, ge=0.5, le=3.0)
    follow_up: str = Field(min_length=10)

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError(f"id {v!r} must be kebab-case")
        return v


class DesignMisconception(Strict):
    """A confidently wrong design choice, how to recognise it, and its correction."""

    id: str
    claim: str = Field(min_length=5)
    cues: list[str] = Field(min_length=1)
    correction: str = Field(min_length=10)
    subject: str | None = None
    example: str = Field(min_length=10)


class DesignPitfall(Strict):
    """An ML-specific trap of this case; addressed when one of its cues is said."""

    id: str
    kind: str
    point: str = Field(min_length=5)
    cues: list[str] = Field(min_length=2)
    follow_up: str = Field(min_length=10)

    @field_validator("kind")
    @classmethod
    def _kind(cls, v: str) -> str:
        if v not in PITFALL_KINDS:
            raise ValueError(f"pitfall kind {v!r} is not one of {', '.join(PITFALL_KINDS)}")
        return v


class DesignCase(Strict):
    """An ML system design case: prompt, clarifications, reference design, claims per section, pitfalls."""

    uuid: UUID
    slug: str
    title: str = Field(min_length=5)
    prompt: str = Field(min_length=40)
    clarifications: list[DesignClarification] = Field(min_length=3)
    reference: str = Field(min_length=800)
    concepts: list[DesignConcept] = Field(min_length=10)
    pitfalls: list[DesignPitfall] = Field(min_length=2)
    misconceptions: list[DesignMisconception] = Field(min_length=1)
    subjects: dict[str, list[str]] = Field(default_factory=dict)
    tags: list[str] = Field(default_factory=list)

    @field_validator("slug")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not SLUG.match(v):
            raise ValueError(f"slug {v!r} must be kebab-case (a-z, 0-9, single dashes)")
        return v

    @model_validator(mode="after")
    def _shape(self) -> "DesignCase":
        missing = [s for s in DESIGN_SECTIONS if not any(c.section == s for c in self.concepts)]
        if missing:
            raise ValueError(f"no concept for the sections {', '.join(missing)}")
        ids = [c.id for c in self.concepts] + [p.id for p in self.pitfalls] + [m.id for m in self.misconceptions]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"ids used twice: {', '.join(dup)}")
        used = {c.subject for c in self.concepts if c.subject} | {m.subject for m in self.misconceptions if m.subject}
        undeclared = sorted(used - set(self.subjects))
        if undeclared:
            raise ValueError(f"subjects used but not declared: {', '.join(undeclared)}")
        return self
