"""Constrained field types for request bodies, so the OpenAPI schema says what an endpoint accepts.

A rule that a schema can state (required text, a closed list, a range, a date-time) is stated here
rather than only checked in the area; the area still checks it, for the CLI and for safety.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, model_validator


class JsonBody(BaseModel):
    """A JSON request body with no unknown fields (booleans are declared StrictBool: no 0 for false)."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _no_true_for_a_number(cls, data: Any) -> Any:
        # JSON true is not the number 1: refuse it where the field does not take a boolean.
        if isinstance(data, dict):
            for name, field in cls.model_fields.items():
                value = data.get(field.alias or name)
                if isinstance(value, bool) and not _takes_bool(field.annotation):
                    raise ValueError(f"{name} must be a number or text, not {str(value).lower()}")
        return data


def _takes_bool(annotation: Any) -> bool:
    if annotation is bool:
        return True
    return any(_takes_bool(arg) for arg in get_args(annotation))

# Text that must say something: at least one non-space character.
Name = Annotated[str, Field(min_length=1, max_length=200, pattern=r"\S", examples=["Acme"])]
Line = Annotated[str, Field(max_length=200)]
LongText = Annotated[str, Field(max_length=100_000)]
RequiredText = Annotated[str, Field(min_length=1, max_length=100_000, pattern=r"\S")]
# An ISO 8601 date-time with its offset (RFC 3339), e.g. 2026-12-01T14:00:00+01:00.
DateTime = Annotated[str, Field(min_length=1, max_length=64, json_schema_extra={"format": "date-time"},
                                examples=["2026-12-01T14:00:00+01:00"])]
# A calendar date, e.g. 2026-12-01.
Date = Annotated[str, Field(min_length=1, max_length=10, json_schema_extra={"format": "date"}, examples=["2026-12-01"])]
Money = Annotated[int, Field(ge=0, le=1_000_000_000_000)]
Currency = Annotated[str, Field(pattern=r"^[A-Z]{3}$", examples=["USD"])]

CompanyType = Literal["big-tech", "mid-size", "startup", "research-lab"]
FlagGroup = Literal["company", "role", "process", "offer"]
Round = Literal["recruiter", "phone-screen", "ml-coding", "ml-system-design", "ml-theory", "behavioral",
                "culture-fit", "take-home", "paper-discussion"]
StoryCategory = Literal["leadership", "conflict", "challenges", "success", "failure"]
Builder = Literal["pitch", "why_company", "five_years"]
Difficulty = Literal["easy", "medium", "hard"]
