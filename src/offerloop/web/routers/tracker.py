"""Applications tracker pages (/tracker ...) and its JSON API (/api/applications, /api/reminders)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Query, Request
from fastapi.responses import Response
from markupsafe import Markup
from pydantic import BaseModel, Field, StrictBool

from offerloop.web.deps import Id, OfferloopDep, render
from offerloop.web.paging import DEFAULT_LIMIT, PAGED_RESPONSES, Limit, Offset, set_page_headers
from offerloop.web.fields import (CompanyType, JsonBody, Date, DateTime, FlagGroup, Line, LongText, Name, RequiredText,
                                  Round)

router = APIRouter()
API = ["applications"]


# -- request bodies ---------------------------------------------------------------------------------

class NewApplication(JsonBody):
    company: Name
    role: Name
    type: CompanyType = Field(description="big-tech, mid-size, startup or research-lab")
    source: Line = ""
    link: Annotated[str, Field(max_length=1000)] = ""
    job_description: LongText = ""
    applied_at: DateTime | Date | Literal[""] | None = Field(default=None,
                                                         description="ISO date or date-time, at most a day ahead of now; empty or omitted: now")


class ApplicationEdit(JsonBody):
    company: Name | None = None
    role: Name | None = None
    type: CompanyType | None = None
    source: Line | None = None
    link: Annotated[str, Field(max_length=1000)] | None = None
    job_description: LongText | None = None
    offer_deadline: DateTime | Literal[""] | None = Field(
        default=None, description="ISO date-time; an empty string clears it")


class Move(JsonBody):
    stage: Name
    note: Line = ""


class Note(JsonBody):
    text: Annotated[RequiredText, Field(max_length=20_000)]


class NewContact(JsonBody):
    name: Name
    title: Line = ""
    email: Annotated[str, Field(max_length=320)] = ""
    notes: LongText = ""


class NewInterview(JsonBody):
    round: Round
    at: DateTime = Field(description="ISO date-time; an offset in it, or tz, gives the zone")
    tz: str | None = Field(default=None, max_length=64, description="IANA zone such as Europe/Amsterdam")
    minutes: int = Field(default=60, ge=1, le=24 * 60)
    interviewers: list[Name] = Field(default=[], max_length=50)
    notes: LongText = ""
    deadline: DateTime | Literal[""] | None = Field(default=None, description="take-home deadline; empty: none")


class InterviewEdit(JsonBody):
    at: DateTime | Literal[""] | None = Field(default=None, description="a new start (rescheduling), ISO date-time")
    tz: str | None = Field(default=None, max_length=64)
    deadline: DateTime | Literal[""] | None = Field(
        default=None, description="take-home deadline; an empty string clears it")
    notes: LongText | None = None
    interviewers: list[Name] | None = Field(default=None, max_length=50)
    minutes: int | None = Field(default=None, ge=1, le=24 * 60)
    submitted: StrictBool | None = None


class NewQuestion(JsonBody):
    text: Annotated[RequiredText, Field(max_length=2_000)]
    answer: LongText = ""
    topic: Annotated[str, Field(max_length=100)] = ""


class Tick(JsonBody):
    key: Name
    done: StrictBool = True


class ThankYouText(JsonBody):
    text: Annotated[RequiredText, Field(max_length=20_000)]


class NewFlag(JsonBody):
    group: FlagGroup
    preset: Name | Literal[""] | None = Field(default=None, description="a preset key of the group, or empty")
    text: Annotated[str, Field(max_length=2_000)] | None = Field(default=None, description="your own words, or empty")
    note: LongText = ""


class Prefs(JsonBody):
    follow_up_days: int | None = Field(default=None, ge=1, le=364)
    ghost_days: int | None = Field(default=None, ge=2, le=365)


def _when(value: str | None):
    from offerloop.tracker.times import parse_when

    return parse_when(value, what="time")[0] if value else None


def _interview_of(ol, application_id: Id, interview_id: Id) -> dict[str, Any]:
    from offerloop.errors import NotFound

    iv = ol.applications.get_interview(interview_id)
    if iv["application_id"] != application_id:
        raise NotFound(f"Application {application_id} has no interview with id {interview_id}.")
    return iv


# -- JSON API: collection-level routes first (so "funnel" is never read as an id) --------------------

@router.get("/api/applications", tags=API, responses=PAGED_RESPONSES)
def list_applications(request: Request, response: Response, ol: OfferloopDep, open_only: bool = False,
                      limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> list[dict]:
    """The applications, oldest first (closed ones too unless open_only), one page at a time:
    `X-Total-Count` gives the whole list's length and `Link` the next and previous pages."""
    total = ol.applications.count(include_closed=not open_only)
    set_page_headers(request, response, total, limit, offset)
    return ol.applications.list(include_closed=not open_only, limit=limit, offset=offset)


@router.post("/api/applications", tags=API, status_code=201)
def create_application(body: NewApplication, ol: OfferloopDep) -> dict:
    return ol.applications.add(body.company, body.role, body.type, source=body.source, link=body.link,
                               job_description=body.job_description, applied_at=_when(body.applied_at))


@router.get("/api/applications/funnel", tags=API)
def funnel(ol: OfferloopDep) -> dict:
    """Reached, current, conversion to the next stage and median days per stage."""
    return ol.applications.funnel()


@router.get("/api/applications/flag-choices", tags=API)
def flag_choices() -> list[dict]:
    from offerloop.tracker.redflags import choices

    return choices()


@router.get("/api/applications/flags", tags=API)
def list_flags(ol: OfferloopDep, company: str | None = Query(None, max_length=200)) -> list[dict]:
    return ol.applications.flags(company)


class CompanyFlag(NewFlag):
    company: Name


@router.post("/api/applications/flags", tags=API, status_code=201)
def add_company_flag(body: CompanyFlag, ol: OfferloopDep) -> dict:
    """Log a red flag about a company without tying it to one application."""
    return ol.applications.add_flag(group=body.group, company=body.company, preset=body.preset, text=body.text,
                                    note=body.note)


@router.delete("/api/applications/flags/{flag_id:int}", tags=API, status_code=204)
def delete_flag(flag_id: Id, ol: OfferloopDep) -> Response:
    ol.applications.delete_flag(flag_id)
    return Response(status_code=204)


@router.get("/api/applications/settings", tags=API)
def get_prefs(ol: OfferloopDep) -> dict:
    return ol.applications.prefs()


@router.put("/api/applications/settings", tags=API)
def put_prefs(body: Prefs, ol: OfferloopDep) -> dict:
    return ol.applications.set_prefs(follow_up_days=body.follow_up_days, ghost_days=body.ghost_days)


@router.get("/api/applications/export.ics", tags=API, response_class=Response,
            responses={200: {"content": {"text/calendar": {"schema": {"type": "string"}}}, "description": "iCalendar"}})
def export_ics(ol: OfferloopDep) -> Response:
    return Response(ol.applications.ics(), media_type="text/calendar",
                    headers={"Content-Disposition": 'attachment; filename="offerloop-interviews.ics"'})


@router.get("/api/applications/export.csv", tags=API, response_class=Response,
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "CSV"}})
def export_csv(ol: OfferloopDep) -> Response:
    return Response(ol.applications.csv_text(), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="offerloop-applications.csv"'})


@router.post("/api/applications/import-csv", tags=API)
def import_csv(ol: OfferloopDep, body: str = Body(..., media_type="text/csv"), strict: bool = False,
               confirm: bool = False,
               duplicates: Literal["skip", "allow"] = Query(
                   "skip", description="skip: rows with the company, role and applied day of a stored application "
                                       "(or of an earlier row) are left out and listed in `duplicates`; "
                                       "allow: they are imported too")) -> dict:
    """Check a CSV; import it when every row is good, or the good rows when confirm=true (never with strict).
    Duplicates are skipped (listed by row in `duplicates`) unless duplicates=allow."""
    allow = duplicates == "allow"
    report = ol.applications.check_csv(body, allow_duplicates=allow)
    if report.errors and not strict and not confirm:
        result = report.to_dict()
        result["imported"] = []
        result["needs_confirmation"] = bool(report.rows)
        return result
    ids = ol.applications.import_rows(report, strict=strict, allow_duplicates=allow)
    return {**report.to_dict(), "imported": ids, "needs_confirmation": False}


@router.get("/api/applications/upcoming", tags=API)
def upcoming(ol: OfferloopDep, days: int | None = Query(None, ge=1)) -> list[dict]:
    """Interviews of open applications still to come, soonest first."""
    return ol.applications.upcoming_interviews(days=days)


@router.get("/api/reminders", tags=["reminders"])
def reminders(ol: OfferloopDep, now: DateTime | None = Query(None, description="ISO date-time; default now"),
              follow_up_days: int | None = Query(None, ge=1)) -> list[dict]:
    """Reminders computed from the applications: kind, due, application_id, text (and more)."""
    return ol.applications.reminders(_when(now), follow_up_days=follow_up_days)


# -- JSON API: one application ----------------------------------------------------------------------

@router.get("/api/applications/{application_id:int}", tags=API)
def get_application(application_id: Id, ol: OfferloopDep) -> dict:
    return ol.applications.get(application_id)


@router.patch("/api/applications/{application_id:int}", tags=API)
def edit_application(application_id: Id, body: ApplicationEdit, ol: OfferloopDep) -> dict:
    fields = body.model_dump(exclude_unset=True)
    if "type" in fields:
        fields["company_type"] = fields.pop("type")
    return ol.applications.update(application_id, **fields)


@router.delete("/api/applications/{application_id:int}", tags=API, status_code=204)
def delete_application(application_id: Id, ol: OfferloopDep) -> Response:
    ol.applications.delete(application_id)
    return Response(status_code=204)


@router.post("/api/applications/{application_id:int}/move", tags=API)
def move(application_id: Id, body: Move, ol: OfferloopDep) -> dict:
    return ol.applications.move(application_id, body.stage, note=body.note)


@router.post("/api/applications/{application_id:int}/notes", tags=API, status_code=201)
def add_note(application_id: Id, body: Note, ol: OfferloopDep) -> dict:
    return ol.applications.add_note(application_id, body.text)


@router.post("/api/applications/{application_id:int}/contacts", tags=API, status_code=201)
def add_contact(application_id: Id, body: NewContact, ol: OfferloopDep) -> dict:
    return ol.applications.add_contact(application_id, body.name, title=body.title, email=body.email,
                                       notes=body.notes)


@router.delete("/api/applications/{application_id:int}/contacts/{contact_id:int}", tags=API, status_code=204)
def delete_contact(application_id: Id, contact_id: Id, ol: OfferloopDep) -> Response:
    ol.applications.delete_contact(application_id, contact_id)
    return Response(status_code=204)


@router.post("/api/applications/{application_id:int}/flags", tags=API, status_code=201)
def add_flag(application_id: Id, body: NewFlag, ol: OfferloopDep) -> dict:
    return ol.applications.add_flag(group=body.group, application_id=application_id, preset=body.preset,
                                    text=body.text, note=body.note)


@router.post("/api/applications/{application_id:int}/interviews", tags=API, status_code=201)
def add_interview(application_id: Id, body: NewInterview, ol: OfferloopDep) -> dict:
    """Schedule an interview; `warnings` lists what the user should know (a start in the past ...)."""
    return ol.applications.add_interview(application_id, body.round, body.at, tz=body.tz or None,
                                         minutes=body.minutes, interviewers=body.interviewers, notes=body.notes,
                                         deadline=body.deadline or None)


@router.get("/api/applications/{application_id:int}/interviews/{interview_id:int}", tags=API)
def get_interview(application_id: Id, interview_id: Id, ol: OfferloopDep) -> dict:
    return _interview_of(ol, application_id, interview_id)


@router.patch("/api/applications/{application_id:int}/interviews/{interview_id:int}", tags=API)
def edit_interview(application_id: Id, interview_id: Id, body: InterviewEdit, ol: OfferloopDep) -> dict:
    _interview_of(ol, application_id, interview_id)
    return ol.applications.update_interview(interview_id, **body.model_dump(exclude_unset=True))


@router.delete("/api/applications/{application_id:int}/interviews/{interview_id:int}", tags=API, status_code=204)
def delete_interview(application_id: Id, interview_id: Id, ol: OfferloopDep) -> Response:
    _interview_of(ol, application_id, interview_id)
    ol.applications.delete_interview(interview_id)
    return Response(status_code=204)


@router.post("/api/applications/{application_id:int}/interviews/{interview_id:int}/questions", tags=API, status_code=201)
def add_question(application_id: Id, interview_id: Id, body: NewQuestion, ol: OfferloopDep) -> dict:
    _interview_of(ol, application_id, interview_id)
    return ol.applications.add_question(interview_id, body.text, answer=body.answer, topic=body.topic)


@router.post("/api/applications/{application_id:int}/interviews/{interview_id:int}/questions/{question_id:int}/card",
             tags=API, status_code=201)
def question_to_card(application_id: Id, interview_id: Id, question_id: Id, ol: OfferloopDep) -> dict:
    from offerloop.errors import NotFound

    iv = _interview_of(ol, application_id, interview_id)
    if question_id not in [q["id"] for q in iv["questions"]]:
        raise NotFound(f"Interview {interview_id} has no question with id {question_id}.")
    return ol.applications.question_to_card(question_id)


@router.put("/api/applications/{application_id:int}/interviews/{interview_id:int}/checklist", tags=API)
def tick(application_id: Id, interview_id: Id, body: Tick, ol: OfferloopDep) -> list[dict]:
    _interview_of(ol, application_id, interview_id)
    return ol.applications.tick(interview_id, body.key, body.done)


@router.get("/api/applications/{application_id:int}/interviews/{interview_id:int}/thank-you", tags=API)
def thank_you(application_id: Id, interview_id: Id, ol: OfferloopDep) -> dict:
    _interview_of(ol, application_id, interview_id)
    return ol.applications.thank_you(interview_id)


@router.put("/api/applications/{application_id:int}/interviews/{interview_id:int}/thank-you", tags=API)
def save_thank_you(application_id: Id, interview_id: Id, body: ThankYouText, ol: OfferloopDep) -> dict:
    _interview_of(ol, application_id, interview_id)
    return ol.applications.save_thank_you(interview_id, body.text)


@router.delete("/api/applications/{application_id:int}/interviews/{interview_id:int}/thank-you", tags=API)
def reset_thank_you(application_id: Id, interview_id: Id, ol: OfferloopDep) -> dict:
    _interview_of(ol, application_id, interview_id)
    return ol.applications.reset_thank_you(interview_id)


@router.post("/api/applications/{application_id:int}/interviews/{interview_id:int}/thank-you/sent", tags=API)
def thank_you_sent(application_id: Id, interview_id: Id, ol: OfferloopDep, sent: bool = True) -> dict:
    _interview_of(ol, application_id, interview_id)
    return ol.applications.mark_thank_you_sent(interview_id, sent)


# -- pages ----------------------------------------------------------------------------------------------

def _stage_columns() -> list[dict]:
    from offerloop.tracker import pipeline

    return [{"stage": s, "label": pipeline.STAGE_LABELS[s], "closed": pipeline.is_closed(s)}
            for s in pipeline.FUNNEL_ORDER[:-1] + pipeline.CLOSED_STAGES]


def _stage_options() -> dict[str, dict[str, Markup]]:
    """The <option>s of each company type's stage list with each stage selected: a card picks its
    string instead of looping over the stages (hundreds of cards render at once)."""
    from markupsafe import escape

    from offerloop.tracker import pipeline

    out: dict[str, dict[str, Markup]] = {}
    for kind in pipeline.COMPANY_TYPES:
        stages = pipeline.stages_for(kind)
        out[kind] = {chosen: Markup("".join(
            f'<option value="{escape(s)}"{" selected" if s == chosen else ""}>{escape(pipeline.STAGE_LABELS[s])}</option>'
            for s in stages)) for chosen in stages}
    return out


BOARD_PER_COLUMN = 20  # cards shown per board column; the rest are a "show all" link away
STAGE_PAGE = 100  # cards per page when one column is shown on its own


@router.get("/tracker", include_in_schema=False)
def board(request: Request, ol: OfferloopDep, stage: str | None = Query(None, max_length=40),
          offset: int = Query(0, ge=0, le=2_147_483_647)):
    """The board: the most recently moved cards of each column with its count; ?stage=S shows that
    whole column, a page at a time."""
    from offerloop.tracker import pipeline

    counts = ol.applications.stage_counts()
    columns = _stage_columns()
    if stage is not None:
        columns = [c for c in columns if c["stage"] == stage]
        if not columns:
            from offerloop.errors import NotFound

            raise NotFound(f"There is no stage {stage!r} on the board.")
    for col in columns:
        col["count"] = counts.get(col["stage"], 0)
    if stage is None:
        limit, apps = BOARD_PER_COLUMN, ol.applications.board(BOARD_PER_COLUMN)
    else:
        limit, apps = STAGE_PAGE, ol.applications.list(stage=stage, limit=STAGE_PAGE, offset=offset, recent_first=True)
    more = stage is not None and offset + STAGE_PAGE < columns[0]["count"]
    by_stage: dict[str, list[dict]] = {}
    for a in apps:
        by_stage.setdefault(a["stage"], []).append(a)
    return render(request, "tracker/board.html", active="tracker", apps=apps, columns=columns, by_stage=by_stage,
                  stage_options=_stage_options(),
                  types=pipeline.COMPANY_TYPES, labels=pipeline.STAGE_LABELS, total=sum(counts.values()),
                  reminders=ol.applications.reminders(limit=5), stage=stage, offset=offset, limit=limit,
                  more_offset=offset + STAGE_PAGE if more else None)


@router.get("/tracker/funnel", include_in_schema=False)
def funnel_page(request: Request, ol: OfferloopDep):
    return render(request, "tracker/funnel.html", active="tracker", funnel=ol.applications.funnel())


@router.get("/tracker/reminders", include_in_schema=False)
def reminders_page(request: Request, ol: OfferloopDep):
    return render(request, "tracker/reminders.html", active="tracker", reminders=ol.applications.reminders(),
                  prefs=ol.applications.prefs())


@router.get("/tracker/flags", include_in_schema=False)
def flags_page(request: Request, ol: OfferloopDep):
    from offerloop.tracker.redflags import choices

    flags = ol.applications.flags()
    by_company: dict[str, list[dict]] = {}
    for f in flags:
        by_company.setdefault(f["company"].strip().lower(), []).append(f)
    companies = ol.applications.companies()
    return render(request, "tracker/flags.html", active="tracker", groups=list(by_company.values()),
                  flag_choices=choices(), companies=companies)


@router.get("/tracker/{application_id:int}", include_in_schema=False)
def detail(request: Request, application_id: Id, ol: OfferloopDep):
    from offerloop.store.base import utcnow
    from offerloop.tracker import checklists, pipeline, redflags

    app = ol.applications.get(application_id)
    for iv in app["interviews"]:
        iv["checklist"] = checklists.view(iv["checklist_done"])
        iv["thank_you"] = ol.applications.thank_you(iv["id"])
    return render(request, "tracker/detail.html", active="tracker", app=app, labels=pipeline.STAGE_LABELS,
                  rounds=pipeline.ROUND_LABELS, flag_choices=redflags.choices(), types=pipeline.COMPANY_TYPES,
                  now_iso=utcnow().isoformat())
