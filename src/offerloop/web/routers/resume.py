"""Resume pages and the /api/resume JSON API: check and match an uploaded resume, bullet feedback,
stored versions and descriptions, the match on a tracked application, cover letters, the GitHub
checklist. Thin: every rule lives in offerloop.resume."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Path, Query, Request, Response, UploadFile
from fastapi.responses import RedirectResponse
from pydantic import Field, StrictBool

from offerloop.errors import InvalidInput
from offerloop.web.deps import OfferloopDep, render
from offerloop.web.fields import JsonBody, LongText, RequiredText

router = APIRouter()
API = ["resume"]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


async def _upload(file: UploadFile | None, what: str = "resume") -> tuple[bytes, str]:
    from offerloop.resume.parse import MAX_BYTES, check_size

    if file is None or not (file.filename or "").strip():
        raise InvalidInput(f"Choose a {what} file to upload.")
    data = await file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        size = file.size if file.size is not None else len(data)
        check_size(max(size, MAX_BYTES + 1), "file")
    return data, file.filename or ""


async def _jd_text(jd: str, jd_file: UploadFile | None) -> str:
    from offerloop.resume.parse import decode_text
    from offerloop.resume.service import clean_jd

    if jd_file is not None and (jd_file.filename or "").strip():
        data, _ = await _upload(jd_file, "job description")
        if jd.strip():
            raise InvalidInput("Give the job description either as text or as a file, not both.")
        return clean_jd(decode_text(data))
    return clean_jd(jd)


def _now():
    from offerloop.store.base import utcnow

    return utcnow()


# -- JSON bodies -----------------------------------------------------------------------------------
class BulletIn(JsonBody):
    text: Annotated[str, Field(min_length=1, max_length=2000, pattern=r"\S")]
    past_role: StrictBool | None = None


class DescriptionIn(JsonBody):
    text: RequiredText
    title: Annotated[str, Field(max_length=200)] = ""
    company: Annotated[str, Field(max_length=200)] = ""


class CoverLetterIn(JsonBody):
    text: RequiredText
    jd: LongText = ""
    company: Annotated[str, Field(max_length=200)] = ""
    role: Annotated[str, Field(max_length=200)] = ""


class DecisionIn(JsonBody):
    dream_company: StrictBool = False
    career_transition: StrictBool = False
    referred: StrictBool = False
    non_traditional: StrictBool = False
    many_applications: StrictBool = False
    clear_match: StrictBool = False
    startup_no_mention: StrictBool = False


class AttachIn(JsonBody):
    resume_id: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None
    description_id: Annotated[int, Field(ge=1, le=2**31 - 1)] | None = None
    description_text: RequiredText | None = None


# -- JSON API --------------------------------------------------------------------------------------
@router.post("/api/resume/check", tags=API)
async def api_check(ol: OfferloopDep,
                    file: UploadFile = File(..., description="The resume: PDF, DOCX, Markdown or text (5 MB at most).")) -> dict[str, Any]:
    """Check an uploaded resume without storing it: pages, one-page rule, sections, contact, every bullet."""
    from offerloop.resume.check import check_document
    from offerloop.resume.parse import read_document

    data, name = await _upload(file)
    result = check_document(read_document(data, name), now=_now())
    ol.resumes.record("resume-checked", name)
    return result


@router.post("/api/resume/bullet", tags=API)
def api_bullet(body: BulletIn) -> dict[str, Any]:
    """Feedback on one bullet: `action_verb`, `method`, `impact`, `weak_phrases`, `suggestion` and more."""
    from offerloop.resume.bullets import analyze_bullet

    return analyze_bullet(body.text, past_role=body.past_role).to_dict()


@router.post("/api/resume/match", tags=API)
async def api_match(ol: OfferloopDep, file: UploadFile = File(..., description="The resume file."),
                    jd: str = Form("", max_length=100_000, description="The job description text."),
                    jd_file: UploadFile | None = File(None, description="Or the job description as a text file.")) -> dict[str, Any]:
    """Keyword match of an uploaded resume against a description: `match_rate`, `matched`, `missing`, suggestions."""
    from offerloop.resume.match import match
    from offerloop.resume.parse import read_document

    data, name = await _upload(file)
    text = await _jd_text(jd, jd_file)
    result = match(read_document(data, name), text).to_dict()
    ol.resumes.record("resume-matched", name)
    return result


@router.post("/api/resume/cover-letter", tags=API)
def api_cover_letter(body: CoverLetterIn) -> dict[str, Any]:
    """Check a cover-letter draft: words against 250, the 20/60/20 structure, company and role, must-haves, generic phrases."""
    from offerloop.resume.cover import check_letter

    return check_letter(body.text, body.jd, company=body.company, role=body.role)


@router.post("/api/resume/cover-letter/decision", tags=API)
def api_cover_decision(body: DecisionIn) -> dict[str, Any]:
    """Whether to write a cover letter at all, from the seed's rules."""
    from offerloop.resume.cover import decide

    return decide(body.model_dump())


@router.get("/api/resumes", tags=API)
def api_resumes(ol: OfferloopDep) -> list[dict[str, Any]]:
    return ol.resumes.list_resumes()


@router.post("/api/resumes", tags=API, status_code=201)
async def api_add_resume(ol: OfferloopDep, file: UploadFile = File(..., description="The resume file."),
                         name: str = Form("", max_length=200, description="A label for this version.")) -> dict[str, Any]:
    """Store a resume version (its text and structure); nothing is stored when the file cannot be read."""
    data, filename = await _upload(file)
    return ol.resumes.add_resume(data, filename, name=name)


@router.get("/api/resumes/{resume_id}", tags=API)
def api_resume(resume_id: Id, ol: OfferloopDep) -> dict[str, Any]:
    return ol.resumes.get_resume(resume_id)


@router.delete("/api/resumes/{resume_id}", tags=API, status_code=204)
def api_delete_resume(resume_id: Id, ol: OfferloopDep) -> Response:
    ol.resumes.delete_resume(resume_id)
    return Response(status_code=204)


@router.get("/api/resumes/{resume_id}/match/{description_id}", tags=API)
def api_stored_match(resume_id: Id, description_id: Id, ol: OfferloopDep) -> dict[str, Any]:
    return ol.resumes.match(resume_id, description_id)


@router.get("/api/resume/descriptions", tags=API)
def api_descriptions(ol: OfferloopDep) -> list[dict[str, Any]]:
    return ol.resumes.list_descriptions()


@router.post("/api/resume/descriptions", tags=API, status_code=201)
def api_add_description(body: DescriptionIn, ol: OfferloopDep) -> dict[str, Any]:
    return ol.resumes.add_description(body.text, title=body.title, company=body.company)


@router.get("/api/resume/descriptions/{description_id}", tags=API)
def api_description(description_id: Id, ol: OfferloopDep) -> dict[str, Any]:
    return ol.resumes.get_description(description_id)


@router.delete("/api/resume/descriptions/{description_id}", tags=API, status_code=204)
def api_delete_description(description_id: Id, ol: OfferloopDep) -> Response:
    ol.resumes.delete_description(description_id)
    return Response(status_code=204)


@router.get("/api/resume/applications/{application_id}", tags=API)
def api_application(application_id: Id, ol: OfferloopDep) -> dict[str, Any]:
    """The resume and description attached to a tracked application, and their match."""
    return ol.resumes.for_application(application_id)


@router.put("/api/resume/applications/{application_id}", tags=API)
def api_attach(application_id: Id, body: AttachIn, ol: OfferloopDep) -> dict[str, Any]:
    """Attach a stored resume and a description (saved id, or new text) to a tracked application."""
    return ol.resumes.attach(application_id, resume_id=body.resume_id, description_id=body.description_id,
                             description_text=body.description_text)


# -- pages -------------------------------------------------------------------------------------------
def _page(request: Request, ol, status_code: int = 200, **context):
    return render(request, "resume/page.html", status_code=status_code, active="resume",
                  resumes=ol.resumes.list_resumes(), descriptions=ol.resumes.list_descriptions(),
                  **{"check": None, "result": None, "error": None, "jd": "", **context})


@router.get("/resume", include_in_schema=False)
def page(request: Request, ol: OfferloopDep):
    return _page(request, ol)


@router.post("/resume/analyze", include_in_schema=False)
async def page_analyze(request: Request, ol: OfferloopDep, file: UploadFile | None = File(None),
                       jd: str = Form("", max_length=100_000), jd_file: UploadFile | None = File(None),
                       save: str = Form(""), name: str = Form("", max_length=200)):
    from offerloop.resume.check import check_document
    from offerloop.resume.match import match
    from offerloop.resume.parse import read_document

    try:
        data, filename = await _upload(file)
        text = await _jd_text(jd, jd_file) if (jd.strip() or (jd_file and jd_file.filename)) else ""
        doc = read_document(data, filename)
        if save:
            stored = ol.resumes.add_resume(data, filename, name=name)
            url = f"/resume/resumes/{stored['id']}"
            if text:
                d = ol.resumes.add_description(text)
                url += f"?description={d['id']}"
            return RedirectResponse(url, status_code=303)
    except InvalidInput as exc:
        return _page(request, ol, status_code=exc.http_status, error=str(exc), jd=jd)
    check = check_document(doc, now=_now())
    result = match(doc, text).to_dict() if text else None
    ol.resumes.record("resume-matched" if text else "resume-checked", filename)
    return _page(request, ol, check=check, result=result, jd=jd, filename=filename)


@router.post("/resume/descriptions", include_in_schema=False)
def page_add_description(request: Request, ol: OfferloopDep, text: str = Form("", max_length=100_000),
                         title: str = Form("", max_length=200), company: str = Form("", max_length=200)):
    try:
        ol.resumes.add_description(text, title=title, company=company)
    except InvalidInput as exc:
        return _page(request, ol, status_code=exc.http_status, error=str(exc))
    return RedirectResponse("/resume", status_code=303)


@router.get("/resume/resumes/{resume_id}", include_in_schema=False)
def page_resume(request: Request, resume_id: Id, ol: OfferloopDep,
                description: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None):
    data = ol.resumes.get_resume(resume_id)
    result = desc = None
    if description:
        desc = ol.resumes.get_description(description)
        result = ol.resumes.match(resume_id, description)
    return render(request, "resume/show.html", active="resume", resume=data, check=data["check"], result=result,
                  description=desc, descriptions=ol.resumes.list_descriptions())


@router.post("/resume/resumes/{resume_id}/delete", include_in_schema=False)
def page_delete_resume(resume_id: Id, ol: OfferloopDep):
    ol.resumes.delete_resume(resume_id)
    return RedirectResponse("/resume", status_code=303)


@router.get("/resume/applications/{application_id}", include_in_schema=False)
def page_application(request: Request, application_id: Id, ol: OfferloopDep):
    return _application_page(request, ol, application_id)


def _application_page(request: Request, ol, application_id: int, status_code: int = 200, error: str | None = None):
    data = ol.resumes.for_application(application_id)
    return render(request, "resume/application.html", status_code=status_code, active="resume", data=data,
                  result=data["match"], resumes=ol.resumes.list_resumes(),
                  descriptions=ol.resumes.list_descriptions(), error=error)


@router.post("/resume/applications/{application_id}", include_in_schema=False)
def page_attach(request: Request, application_id: Id, ol: OfferloopDep, resume_id: str = Form(""),
                description_id: str = Form(""), description_text: str = Form("", max_length=100_000)):
    try:
        rid = int(resume_id) if resume_id.strip() else None
        did = int(description_id) if description_id.strip() else None
        if any(v is not None and not 1 <= v < 2**31 for v in (rid, did)):
            raise ValueError
    except ValueError:
        return _application_page(request, ol, application_id, 422, "Choose a resume and a description from the lists.")
    try:
        ol.resumes.attach(application_id, resume_id=rid, description_id=did,
                          description_text=description_text if description_text.strip() else None)
    except InvalidInput as exc:
        return _application_page(request, ol, application_id, exc.http_status, str(exc))
    return RedirectResponse(f"/resume/applications/{application_id}", status_code=303)


@router.get("/resume/cover-letter", include_in_schema=False)
def page_cover(request: Request):
    from offerloop.resume.cover import QUESTIONS

    return render(request, "resume/cover.html", active="resume", questions=QUESTIONS, decision=None, report=None,
                  form={})


@router.post("/resume/cover-letter", include_in_schema=False)
async def page_cover_post(request: Request):
    from offerloop.resume.cover import QUESTIONS, check_letter, decide

    form = await request.form()
    values = {k: str(v) for k, v in form.items() if isinstance(v, str)}
    decision = report = None
    error = None
    if values.get("action") == "decide":
        decision = decide({q.key: values.get(q.key) == "yes" for q in QUESTIONS})
    else:
        if not values.get("text", "").strip():
            error = "Paste the draft of your cover letter."
        elif len(values.get("text", "")) > 100_000 or len(values.get("jd", "")) > 100_000:
            error = "The letter or the description is longer than 100,000 characters."
        else:
            report = check_letter(values["text"], values.get("jd", ""), company=values.get("company", "")[:200],
                                  role=values.get("role", "")[:200])
    return render(request, "resume/cover.html", status_code=422 if error else 200, active="resume",
                  questions=QUESTIONS, decision=decision, report=report, form=values, error=error)


@router.get("/resume/github", include_in_schema=False)
def page_github(request: Request):
    from offerloop.resume.checklists import GITHUB_CHECKLIST

    return render(request, "resume/github.html", active="resume", items=GITHUB_CHECKLIST)
