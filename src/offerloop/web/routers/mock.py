"""Mock loop pages and the /api/mock JSON API (loops, rounds, the clock, answers, scorecards), plus
GET /api/readiness. Thin: every rule lives in offerloop.mock and offerloop.readiness."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Form, Path, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import Field

from offerloop.web.deps import MAX_ID, Id, OfferloopDep, render
from offerloop.web.fields import Date, JsonBody

router = APIRouter()
API = ["mock"]

LoopTypeName = Literal["typical", "big-tech", "startup", "research-lab", "phone-screen"]
RoundKindName = Literal["phone-screen", "coding", "ml-coding", "system-design", "theory", "behavioral",
                        "culture-fit", "bar-raiser", "paper-discussion", "theory-deep-dive"]
Position = Annotated[int, Path(ge=1, le=20, description="the round's position in its loop, from 1")]
ItemIndex = Annotated[int, Path(ge=1, le=50, description="the item's position in its round, from 1")]
Rating = Annotated[int, Field(ge=1, le=4)]


class StartIn(JsonBody):
    """A loop to start. Without `type`, the application's company type picks it (else `typical`);
    `rounds` picks round kinds of your own, in your order."""

    type: LoopTypeName | None = None
    application_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    rounds: list[RoundKindName] | None = Field(default=None, min_length=1, max_length=10)


class AnswerIn(JsonBody):
    """A typed answer to one item (a problem or design item takes none: its latest work is read)."""

    text: str | None = Field(default=None, max_length=20_000)
    seconds: int | None = Field(default=None, ge=0, le=86_400, description="time spent speaking or writing")


class SubmitIn(JsonBody):
    """Your own ratings, 1-4, blended with the evidence (the evidence counts twice)."""

    technical: Rating | None = None
    problem_solving: Rating | None = None
    communication: Rating | None = None


class InterviewPlanIn(JsonBody):
    """Plan to an application's next interview, or to a date (give one of the two)."""

    application_id: int | None = Field(default=None, ge=1, le=MAX_ID)
    date: Date | None = None


# -- JSON API ------------------------------------------------------------------------------------
@router.get("/api/mock/types", tags=API)
def api_types(ol: OfferloopDep) -> list[dict[str, Any]]:
    """Every loop type with its rounds, each with `kind`, `minutes` and `phases`."""
    return ol.mocks.types()


@router.get("/api/mock/loops", tags=API)
def api_loops(ol: OfferloopDep) -> list[dict[str, Any]]:
    """Your loops, newest first."""
    return ol.mocks.list()


@router.post("/api/mock/loops", tags=API, status_code=201)
def api_start(body: StartIn, ol: OfferloopDep) -> dict[str, Any]:
    """Start a loop: every round is drawn from the banks now."""
    return ol.mocks.start(body.type, application_id=body.application_id, rounds=body.rounds)


@router.get("/api/mock/trends", tags=API)
def api_trends(ol: OfferloopDep) -> list[dict[str, Any]]:
    """One point per scored loop, oldest first, with the change on the previous one."""
    return ol.mocks.trends()


@router.get("/api/mock/loops/{loop_id}", tags=API)
def api_loop(loop_id: Id, ol: OfferloopDep) -> dict[str, Any]:
    return ol.mocks.get(loop_id)


@router.delete("/api/mock/loops/{loop_id}", tags=API, status_code=204)
def api_delete(loop_id: Id, ol: OfferloopDep) -> Response:
    ol.mocks.delete(loop_id)
    return Response(status_code=204)


@router.get("/api/mock/loops/{loop_id}/rounds/{position}", tags=API)
def api_round(loop_id: Id, position: Position, ol: OfferloopDep) -> dict[str, Any]:
    return ol.mocks.round(loop_id, position)


@router.post("/api/mock/loops/{loop_id}/rounds/{position}/resume", tags=API)
def api_resume(loop_id: Id, position: Position, ol: OfferloopDep) -> dict[str, Any]:
    """Start or resume the round's clock."""
    return ol.mocks.resume(loop_id, position)


@router.post("/api/mock/loops/{loop_id}/rounds/{position}/pause", tags=API)
def api_pause(loop_id: Id, position: Position, ol: OfferloopDep) -> dict[str, Any]:
    return ol.mocks.pause(loop_id, position)


@router.post("/api/mock/loops/{loop_id}/rounds/{position}/next-phase", tags=API)
def api_next_phase(loop_id: Id, position: Position, ol: OfferloopDep) -> dict[str, Any]:
    """End the current phase at the clock's time."""
    return ol.mocks.next_phase(loop_id, position)


@router.post("/api/mock/loops/{loop_id}/rounds/{position}/items/{index}", tags=API)
def api_answer(loop_id: Id, position: Position, index: ItemIndex, body: AnswerIn, ol: OfferloopDep) -> dict[str, Any]:
    """Answer one item; the feedback comes from its bank (claims, STAR, builders, judge, design review)."""
    return ol.mocks.answer(loop_id, position, index, body.text, seconds=body.seconds)


@router.post("/api/mock/loops/{loop_id}/rounds/{position}/submit", tags=API)
def api_submit(loop_id: Id, position: Position, body: SubmitIn, ol: OfferloopDep) -> dict[str, Any]:
    """Score the round once: 409 if it was already submitted."""
    return ol.mocks.submit(loop_id, position, body.model_dump(exclude_none=True))


@router.get("/api/readiness", tags=["readiness"])
def api_readiness(ol: OfferloopDep) -> dict[str, Any]:
    """Readiness per area: `areas` [{area, level 1-4, evidence, rule, gate_met, ...}], `gates`, `ready`."""
    from offerloop.readiness.evidence import readiness

    return readiness(ol)


@router.get("/api/plan/interview", tags=["plan"])
def api_interview_plan(ol: OfferloopDep) -> dict[str, Any]:
    """The stored plan to interview day (404 when none); a missed past day re-plans the rest from today."""
    from offerloop.errors import NotFound

    plan = ol.plans.interview.current()
    if plan is None:
        raise NotFound("There is no interview plan yet; build one with POST /api/plan/interview.")
    return plan


@router.post("/api/plan/interview", tags=["plan"], status_code=201)
def api_build_interview_plan(body: InterviewPlanIn, ol: OfferloopDep) -> dict[str, Any]:
    """Build (or replace) the plan to interview day across every area."""
    return ol.plans.interview.build(application_id=body.application_id, on=body.date)


@router.get("/plan/interview.ics", tags=["plan"], response_class=Response,
            responses={200: {"content": {"text/calendar": {}}, "description": "the plan as iCalendar"}})
def interview_ics(ol: OfferloopDep) -> Response:
    return Response(ol.plans.interview.export_ics(), media_type="text/calendar",
                    headers={"Content-Disposition": 'attachment; filename="interview-plan.ics"'})


# -- pages -----------------------------------------------------------------------------------------
@router.get("/mock", include_in_schema=False)
def page_index(request: Request, ol: OfferloopDep):
    apps = [a for a in ol.applications.list(include_closed=False)]
    from offerloop.mock.loops import ROUND_KINDS

    kinds = [{"kind": k.kind, "title": k.title, "minutes": k.minutes} for k in ROUND_KINDS.values()]
    return render(request, "mock/index.html", active="mock", types=ol.mocks.types(), loops=ol.mocks.list(),
                  trends=ol.mocks.trends(), applications=apps, kinds=kinds)


@router.post("/mock/start", include_in_schema=False)
def page_start(ol: OfferloopDep, type: Annotated[str, Form(max_length=40)] = "",
               application_id: Annotated[str, Form(max_length=12)] = "",
               rounds: Annotated[list[str] | None, Form(max_length=10)] = None):
    from offerloop.errors import InvalidInput

    app_id = None
    if application_id.strip():
        if not application_id.strip().isdigit() or not 1 <= int(application_id) <= MAX_ID:
            raise InvalidInput("Pick an application from the list.")
        app_id = int(application_id)
    picked = [r.strip() for r in (rounds or []) if r.strip()] or None
    loop = ol.mocks.start(type.strip() or None, application_id=app_id, rounds=picked)
    return RedirectResponse(f"/mock/{loop['id']}", status_code=303)


@router.get("/mock/{loop_id}", include_in_schema=False)
def page_loop(request: Request, loop_id: Id, ol: OfferloopDep):
    return render(request, "mock/loop.html", active="mock", lp=ol.mocks.get(loop_id))


@router.get("/mock/{loop_id}/rounds/{position}", include_in_schema=False)
def page_round(request: Request, loop_id: Id, position: Position, ol: OfferloopDep):
    return render(request, "mock/round.html", active="mock", round=ol.mocks.round(loop_id, position))


@router.get("/plan/interview", include_in_schema=False)
def page_interview_plan(request: Request, ol: OfferloopDep):
    upcoming = ol.applications.upcoming_interviews()
    return render(request, "mock/plan.html", active="plan", plan=ol.plans.interview.current(), upcoming=upcoming)


@router.post("/plan/interview", include_in_schema=False)
def page_build_interview_plan(ol: OfferloopDep, application_id: Annotated[str, Form(max_length=12)] = "",
                              date: Annotated[str, Form(max_length=10)] = ""):
    from offerloop.errors import InvalidInput

    app_id = None
    if application_id.strip():
        if not application_id.strip().isdigit() or not 1 <= int(application_id) <= MAX_ID:
            raise InvalidInput("Pick an application from the list.")
        app_id = int(application_id)
    ol.plans.interview.build(application_id=app_id, on=date.strip() or None)
    return RedirectResponse("/plan/interview", status_code=303)
