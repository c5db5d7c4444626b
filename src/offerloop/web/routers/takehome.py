"""Take-home review pages and the /api/takehome JSON API. Thin: every rule lives in offerloop.takehome.

Uploads are read in chunks up to a cap, so a 200 MB upload is refused with one sentence (413) instead of
being held in memory; what is read is reviewed in memory and never written anywhere.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse
from pydantic import BaseModel, Field

from offerloop.errors import InvalidInput
from offerloop.web.deps import ERROR_RESPONSES, Id, OfferloopDep, render

router = APIRouter()
TAGS: list = ["takehome"]
MAX_UPLOAD = 25_000_000  # bytes; a take-home's code and notebooks fit many times over

UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {"multipart/form-data": {"schema": {
            "type": "object", "required": ["file"],
            "properties": {
                "file": {"type": "string", "format": "binary",
                         "description": "A .zip of the repository, a .py file or a .ipynb notebook (25 MB at most)."},
                "name": {"type": "string", "maxLength": 200, "description": "The take-home's name (default: file name)."},
                "application_id": {"type": "integer", "minimum": 1, "maximum": 2147483647,
                                   "description": "A tracker application to link the review to."},
            }}}},
    }
}


class TooLarge(InvalidInput):
    http_status = 413


class LinkBody(BaseModel):
    application_id: int | None = Field(default=None, ge=1, le=2_147_483_647)


async def _read_upload(request: Request) -> tuple[str, bytes, str, int | None]:
    """(file name, bytes, take-home name, application id) from a multipart body, refusing big ones early."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_UPLOAD + 100_000:
        raise TooLarge(f"The upload is {int(declared) // 1_000_000} MB; a take-home is reviewed up to "
                       f"{MAX_UPLOAD // 1_000_000} MB (zip the code and notebooks, leave the data out).")
    try:
        form = await request.form(max_files=1, max_fields=10)
    except Exception:  # a malformed multipart body is the client's mistake, never a 500
        raise InvalidInput("The upload could not be read; send a multipart form with a `file` field.") from None
    try:
        upload = form.get("file")
        if upload is None or isinstance(upload, str) or not getattr(upload, "filename", None):
            raise InvalidInput("Choose a .zip, .py or .ipynb file to review.")
        data = bytearray()
        while chunk := await upload.read(1_000_000):
            data += chunk
            if len(data) > MAX_UPLOAD:
                raise TooLarge(f"The upload is larger than {MAX_UPLOAD // 1_000_000} MB; zip the code and "
                               "notebooks, leave the data out.")
    finally:
        await form.close()  # the spooled temporary files go now, whatever happened
    name = str(form.get("name") or "").strip()
    app_raw = str(form.get("application_id") or "").strip()
    application_id = None
    if app_raw:
        if not app_raw.isdigit() or not 1 <= int(app_raw) <= 2_147_483_647:
            raise InvalidInput("application_id must be a tracker application's id.")
        application_id = int(app_raw)
    return upload.filename, bytes(data), name, application_id


def _review_and_store(ol, filename: str, data: bytes, name: str, application_id: int | None) -> dict[str, Any]:
    report = ol.takehomes.review_upload(filename, data)
    stored = ol.takehomes.save(report, name=name or None, application_id=application_id)
    review_id = stored["reviews"][-1]["id"]
    return dict(report, review_id=review_id, takehome_id=stored["id"])


# -- JSON API ---------------------------------------------------------------------------------------
@router.post("/api/takehome/reviews", tags=TAGS, status_code=201, openapi_extra=UPLOAD_BODY,
             responses=ERROR_RESPONSES)
async def api_review(request: Request, ol: OfferloopDep) -> dict:
    """Review an uploaded take-home and store the review: `score`, `parts`, `findings`, `leaks`, more."""
    try:
        filename, data, name, application_id = await _read_upload(request)
    except TooLarge as exc:
        return JSONResponse({"error": str(exc), "status": 413}, status_code=413)
    return _review_and_store(ol, filename, data, name, application_id)


@router.get("/api/takehome/reviews/{review_id}", tags=TAGS, responses=ERROR_RESPONSES)
def api_get_review(review_id: Id, ol: OfferloopDep) -> dict:
    """A stored review's full report."""
    return ol.takehomes.report(review_id)


@router.get("/api/takehome", tags=TAGS, responses=ERROR_RESPONSES)
def api_list(ol: OfferloopDep) -> list:
    """Stored take-homes, each with its reviews' scores and the linked application."""
    return ol.takehomes.list()


@router.put("/api/takehome/{takehome_id}/application", tags=TAGS, responses=ERROR_RESPONSES)
def api_link(takehome_id: Id, body: LinkBody, ol: OfferloopDep) -> dict:
    """Link a take-home to a tracker application (or unlink it with null)."""
    return ol.takehomes.link(takehome_id, body.application_id)


@router.get("/api/takehome/budget", tags=TAGS, responses=ERROR_RESPONSES)
def api_budget() -> dict:
    """The seed's time budget: phases with start and end minutes."""
    from offerloop.takehome.budget import budget

    return budget()


# -- pages ------------------------------------------------------------------------------------------
def _applications(ol) -> list[dict]:
    try:
        return ol.applications.list()
    except Exception:  # the tracker is another area; the page works without it
        return []


def _index(request: Request, ol, error: str | None = None, status: int = 200):
    from offerloop.takehome.budget import budget

    return render(request, "takehome/index.html", status_code=status, active="takehome", error=error,
                  takehomes=list(reversed(ol.takehomes.list())), applications=_applications(ol), budget=budget(),
                  max_mb=MAX_UPLOAD // 1_000_000)


@router.get("/takehome", include_in_schema=False)
def page_index(request: Request, ol: OfferloopDep):
    return _index(request, ol)


@router.post("/takehome/review", include_in_schema=False)
async def page_review(request: Request, ol: OfferloopDep):
    try:
        filename, data, name, application_id = await _read_upload(request)
        result = _review_and_store(ol, filename, data, name, application_id)
    except InvalidInput as exc:
        return _index(request, ol, error=str(exc), status=exc.http_status)
    return RedirectResponse(f"/takehome/reviews/{result['review_id']}", status_code=303)


@router.get("/takehome/reviews/{review_id}", include_in_schema=False)
def page_report(request: Request, review_id: Id, ol: OfferloopDep):
    report = ol.takehomes.report(review_id)
    return render(request, "takehome/report.html", active="takehome", report=report)


@router.get("/takehome/reviews/{review_id}/README.md", include_in_schema=False)
def page_template(review_id: Id, ol: OfferloopDep):
    return PlainTextResponse(ol.takehomes.report(review_id)["readme_template"], media_type="text/markdown")
