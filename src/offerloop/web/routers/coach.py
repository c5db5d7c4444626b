"""A coach's cohort view (hosted mode): /coach, /coach/cohorts/{id}, /api/cohorts and
/api/cohorts/{id}/overview. Read only; a candidate, or a coach of another cohort, gets 404.
The rules (who may look, what candidates share, who is stuck) live in offerloop.accounts.coach."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from offerloop.accounts.coach import PAGE_DEFAULT, PAGE_MAX
from offerloop.web.deps import Id, OfferloopDep, render

router = APIRouter()
TAGS = ["coach"]


class CohortOut(BaseModel):
    id: int
    name: str
    candidates: int


class AreaLevel(BaseModel):
    area: str
    title: str
    level: int
    gate_met: bool


class Gate(BaseModel):
    gate: str
    met: bool


class ReadinessOut(BaseModel):
    ready: bool
    areas: list[AreaLevel]
    gates: list[Gate]


class Failure(BaseModel):
    problem: str
    failures: int
    last_at: str


class ActivityOut(BaseModel):
    last_practice: str | None
    repeated_failures: list[Failure]
    stuck: bool
    reasons: list[str]


class InterviewOut(BaseModel):
    at: str
    round: str
    minutes: int
    company: str | None = None
    role: str | None = None


class Sharing(BaseModel):
    readiness: bool
    activity: bool
    interviews: bool
    companies: bool


class CandidateOut(BaseModel):
    user_id: int
    email: str
    joined_at: str
    disabled: bool
    shares: Sharing
    readiness: ReadinessOut | None
    activity: ActivityOut | None
    interviews: list[InterviewOut] | None


class OverviewOut(BaseModel):
    cohort: dict[str, Any]
    as_of: str
    week: dict[str, str]
    rules: dict[str, int]
    total: int
    limit: int
    offset: int
    candidates: list[CandidateOut]
    stuck: list[str]
    interviewing_this_week: list[str]


@router.get("/api/cohorts", tags=TAGS, response_model=list[CohortOut])
def api_cohorts(ol: OfferloopDep):
    """The cohorts you coach (an admin: every cohort). 404 for a candidate."""
    return ol.coaching.cohorts()


Limit = Annotated[int, Query(ge=1, le=PAGE_MAX, description=f"candidates per page, at most {PAGE_MAX}")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="candidates to skip (ordered by email)")]


@router.get("/api/cohorts/{cohort_id}/overview", tags=TAGS, response_model=OverviewOut)
def api_overview(cohort_id: Id, ol: OfferloopDep, limit: Limit = PAGE_DEFAULT, offset: Offset = 0):
    """Per candidate of a cohort you coach: readiness per area, whether they are stuck, interviews
    in the next 7 days; each only as far as the candidate shares it (null where not). Candidates
    are ordered by email and paged by `limit` (default 200, at most 500) and `offset`; `total`
    counts the whole cohort, and `stuck` and `interviewing_this_week` cover the whole cohort."""
    return ol.coaching.overview(cohort_id, limit=limit, offset=offset)


@router.get("/coach", include_in_schema=False)
def coach_page(request: Request, ol: OfferloopDep):
    return render(request, "coach/index.html", cohorts=ol.coaching.cohorts())


@router.get("/coach/cohorts/{cohort_id}", include_in_schema=False)
def cohort_page(request: Request, cohort_id: Id, ol: OfferloopDep, limit: Limit = PAGE_DEFAULT, offset: Offset = 0):
    return render(request, "coach/cohort.html", o=ol.coaching.overview(cohort_id, limit=limit, offset=offset))
