"""Strict schemas for content packs. Vocabularies are closed: a typo in a topic is an error, not a new topic."""

from __future__ import annotations

import re
from typing import Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

Difficulty = Literal["easy", "medium", "hard"]
Track = Literal["ml", "algo", "python"]

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
}

CARD_TOPICS: tuple[str, ...] = (
    "fundamentals", "regularization", "validation", "metrics", "optimization", "imbalanced-data",
    "classical-models", "probability-statistics", "feature-engineering", "unsupervised",
    "deep-learning", "transformers", "llm", "nlp-evaluation", "recommender-systems", "mlops",
    "system-design",
)

STORY_CATEGORIES: tuple[str, ...] = ("leadership", "conflict", "challenges", "success", "failure")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
        if not self.signature.startswith(f"{self.function}("):
            raise ValueError(f"signature must start with '{self.function}('")
        return self
