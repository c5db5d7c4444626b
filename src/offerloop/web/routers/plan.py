"""Readiness: the coding plan as a calendar (with .ics download), problems due for review, streaks."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import Field, StrictBool

from offerloop.errors import Conflict, InvalidInput
from offerloop.web.deps import OfferloopDep, render
from offerloop.web.fields import Date, JsonBody

router = APIRouter()


class PlanIn(JsonBody):
    weeks: int = Field(6, ge=1, le=26, description="Length in weeks (1-26); phases scale 2:2:1:1.")
    start: Date | None = Field(None, description="First day, YYYY-MM-DD; default today, never in the past.")
    until_interview: StrictBool = Field(False, description="End the day before your next interview in the tracker.")
    ml_share: float = Field(0.3, ge=0, le=1, allow_inf_nan=False,
                            description="Share of new problems from the ML track (implement models from scratch), "
                                        "0 to 1; 0 plans algorithms only.")
    replace: StrictBool = Field(False, description="Replace the stored plan; without it an existing plan answers 409.")


class ReviewIn(JsonBody):
    rating: Literal["again", "hard", "good", "easy"] | None = Field(
        None, description="again, hard, good or easy; omitted: suggested from today's submissions.")
    minutes: float | None = Field(None, ge=0, le=24 * 60, allow_inf_nan=False,
                                  description="How long the re-solve took (lets the suggestion be easy).")
    hints: int | None = Field(None, ge=0, le=50, description="Hints opened during the re-solve.")


def calendar_weeks(days: list[dict]) -> list[list[dict | None]]:
    """The plan's days laid out Monday-to-Sunday, one row per week (None where no plan day falls)."""
    if not days:
        return []
    by_date = {d["date"]: d for d in days}
    first = date.fromisoformat(days[0]["date"])
    last = date.fromisoformat(days[-1]["date"])
    cursor = first - timedelta(days=first.weekday())
    weeks = []
    while cursor <= last:
        row = []
        for i in range(7):
            d = cursor + timedelta(days=i)
            cell = by_date.get(d.isoformat())
            row.append({**cell, "day": d.day, "month": d.strftime("%b"), "weekday": d.strftime("%a"),
                        "first_of_month": d.day == 1 or cell is days[0]}
                       if cell else None)
        weeks.append(row)
        cursor += timedelta(days=7)
    return weeks


ML_SHARES = [(f"{n / 10:g}", f"{n * 10}% ML") for n in range(0, 11)]


def _page(request: Request, ol, *, error: str | None = None, message: str | None = None, status_code: int = 200,
          form: dict | None = None):
    plan = ol.plans.current()
    due = ol.plans.reviews.due()
    streak = ol.plans.activity()
    has_interview = bool(ol.applications.upcoming_interviews())
    done = sum(1 for d in plan["days"] if d["done"]) if plan else 0
    work = sum(1 for d in plan["days"] if d["problems"] and d["kind"] not in ("rest", "missed")) if plan else 0
    return render(request, "plan/page.html", active="plan", plan=plan, weeks=calendar_weeks(plan["days"]) if plan else [],
                  due=due, streak=streak, error=error, message=message, has_interview=has_interview,
                  done=done, work=work,
                  form=form or {"weeks": 6, "start": "", "until_interview": False, "ml_share": "0.3"},
                  ml_shares=ML_SHARES, status_code=status_code)


@router.get("/plan", include_in_schema=False)
def plan_page(request: Request, ol: OfferloopDep, message: str | None = None):
    return _page(request, ol, message={"built": "Plan built.", "reviewed": "Review saved."}.get(message or ""))


@router.post("/plan/coding", include_in_schema=False)
def plan_build_form(request: Request, ol: OfferloopDep, weeks: str = Form("6"), start: str = Form(""),
                    until_interview: str | None = Form(None), ml_share: str = Form("0.3", max_length=20),
                    replace: str | None = Form(None)):
    form = {"weeks": weeks, "start": start, "until_interview": bool(until_interview), "ml_share": ml_share}
    try:
        try:
            n = int(weeks)
        except ValueError:
            raise InvalidInput(f"The number of weeks {weeks!r} is not a whole number.") from None
        ol.plans.build_coding(weeks=n, start=start.strip() or None, until_interview=bool(until_interview),
                              ml_share=ml_share, replace=bool(replace))
    except InvalidInput as exc:
        return _page(request, ol, error=str(exc), status_code=422, form=form)
    except Conflict as exc:
        return _page(request, ol, error=f"{exc} Tick “Replace my current plan” to build the new one.",
                     status_code=409, form=form)
    return RedirectResponse("/plan?message=built", status_code=303)


@router.post("/plan/review/{slug}", include_in_schema=False)
def plan_review_form(request: Request, slug: str, ol: OfferloopDep, rating: str = Form("")):
    try:
        ol.plans.reviews.review(slug, rating.strip() or None)  # empty: suggested from today's submissions
    except InvalidInput as exc:
        return _page(request, ol, error=str(exc), status_code=422)
    return RedirectResponse("/plan?message=reviewed", status_code=303)


@router.get("/plan/coding.ics", tags=["plan"], response_class=Response,
            responses={200: {"content": {"text/calendar": {"schema": {"type": "string"}}}, "description": "iCalendar"}})
def plan_ics(ol: OfferloopDep):
    """The coding plan as an iCalendar file of all-day events."""
    return Response(ol.plans.export_ics(), media_type="text/calendar",
                    headers={"Content-Disposition": 'attachment; filename="offerloop-coding-plan.ics"'})


@router.get("/api/plan", tags=["plan"])
def api_plan(ol: OfferloopDep):
    """The stored coding plan with done marks; missed days are moved forward from today first."""
    from offerloop.errors import NotFound

    plan = ol.plans.current()
    if plan is None:
        raise NotFound("There is no coding plan yet; build one first.")
    return {"start": plan["start"], "weeks": plan["weeks"], "note": plan["note"], "moved_days": plan["moved_days"],
            "days": [{k: d[k] for k in ("date", "kind", "problems", "done")} for d in plan["days"]]}


@router.post("/api/plan/coding", tags=["plan"])
def api_build(body: PlanIn, ol: OfferloopDep):
    """Build and store the coding plan; answers the list of days [{date, kind, problems}]. A stored plan
    is replaced only with `replace: true`; without it the answer is 409 with a sentence."""
    plan = ol.plans.build_coding(weeks=body.weeks, start=body.start, until_interview=body.until_interview,
                                 ml_share=body.ml_share, replace=body.replace)
    return ol.plans.public_days(plan)


@router.get("/api/plan/streak", tags=["plan"])
def api_streak(ol: OfferloopDep):
    """Current and longest practice streaks (UTC days with any activity)."""
    info = ol.plans.activity()
    return {k: info[k] for k in ("current_streak", "longest_streak", "active_days", "actions", "since", "today")}


@router.get("/api/plan/due", tags=["plan"])
def api_due(ol: OfferloopDep):
    """Solved problems due for review now, most overdue first."""
    return ol.plans.reviews.due()


@router.post("/api/problems/{slug}/review", tags=["plan"])
def api_review(slug: str, ol: OfferloopDep, body: ReviewIn | None = None):
    """Rate a re-solve (or let today's submissions suggest the rating); answers the next due time."""
    body = body or ReviewIn()
    return ol.plans.reviews.review(slug, body.rating, minutes=body.minutes, hints=body.hints)
