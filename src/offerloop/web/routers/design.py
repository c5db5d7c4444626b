"""ML system design pages and the /api/design JSON API: cases, the workspace draft (autosaved), feedback on
a written design, attempts and history. Thin: every rule lives in offerloop.design."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Path, Request, UploadFile
from pydantic import Field

from offerloop.web.deps import OfferloopDep, render
from offerloop.web.fields import JsonBody

router = APIRouter()

Slug = Annotated[str, Path(min_length=1, max_length=80, description="A case slug, e.g. fraud-detection.")]
AttemptId = Annotated[int, Path(ge=1, le=2**31 - 1)]
SectionText = Annotated[str, Field(max_length=30_000)]


class SectionsIn(JsonBody):
    """The workspace panes, by PROBLEM section; a pane left out keeps its stored text."""

    problem: SectionText | None = None
    requirements: SectionText | None = None
    overview: SectionText | None = None
    bottlenecks: SectionText | None = None
    links: SectionText | None = None
    evaluation: SectionText | None = None
    maintenance: SectionText | None = None


class DraftIn(JsonBody):
    sections: SectionsIn = Field(default_factory=SectionsIn)
    timer: dict[str, float | int | str | bool | None] | None = Field(
        default=None, description="Seconds spent per section and the running state, as the page keeps them.")


class ReviewIn(JsonBody):
    case: str = Field(min_length=1, max_length=80, examples=["fraud-detection"])
    text: str | None = Field(default=None, max_length=250_000,
                             description="The design as Markdown; or give `sections` (the panes) instead.")
    sections: SectionsIn | None = None
    seconds: int | None = Field(default=None, ge=0, le=86_400)
    save: bool = True


# -- JSON API ----------------------------------------------------------------------------------
@router.get("/api/design/cases", tags=["design"])
def api_cases(ol: OfferloopDep) -> list[dict[str, Any]]:
    """Every case with your attempts and best score."""
    return ol.designs.cases()


@router.get("/api/design/cases/{slug}", tags=["design"])
def api_case(slug: Slug, ol: OfferloopDep, reference: bool = False) -> dict[str, Any]:
    """Prompt, clarifying questions with answers, time boxes; `reference=true` adds the reference design."""
    return ol.designs.show(slug, reference=reference)


@router.get("/api/design/drafts/{slug}", tags=["design"])
def api_draft(slug: Slug, ol: OfferloopDep) -> dict[str, Any]:
    return ol.designs.draft(slug)


@router.put("/api/design/drafts/{slug}", tags=["design"])
def api_save_draft(slug: Slug, body: DraftIn, ol: OfferloopDep) -> dict[str, Any]:
    """Autosave: the panes sent replace their stored text; the others are kept."""
    return ol.designs.save_draft(slug, body.sections.model_dump(exclude_none=True), body.timer)


@router.post("/api/design/review", tags=["design"])
def api_review(body: ReviewIn, ol: OfferloopDep) -> dict[str, Any]:
    """Feedback on a design: sections, concepts, checks, score out of 100, ratings, three follow-ups."""
    from offerloop.design.service import compose
    from offerloop.errors import InvalidInput

    if body.sections is not None and body.text is not None:
        raise InvalidInput("Give the design either as `text` or as `sections`, not both.")
    text = compose(body.sections.model_dump(exclude_none=True)) if body.sections is not None else (body.text or "")
    return ol.designs.review(text, body.case, save=body.save, seconds=body.seconds)


@router.post("/api/design/review-file", tags=["design"])
async def api_review_file(ol: OfferloopDep, case: Annotated[str, Form(min_length=1, max_length=80)],
                          file: Annotated[UploadFile, File(description="A Markdown or plain-text design.")]) -> dict[str, Any]:
    """Feedback on an uploaded Markdown or text file (a binary or oversized file gets one sentence)."""
    from offerloop.design.review import MAX_CHARS, decode_file

    data = await file.read(MAX_CHARS * 4 + 1)
    text = decode_file(data, f"The file {file.filename or 'uploaded'}")
    return ol.designs.review(text, case)


@router.get("/api/design/history/{slug}", tags=["design"])
def api_history(slug: Slug, ol: OfferloopDep) -> dict[str, Any]:
    """Your attempts on one case, oldest first."""
    return ol.designs.history(slug)


@router.get("/api/design/attempts/{attempt_id}", tags=["design"])
def api_attempt(attempt_id: AttemptId, ol: OfferloopDep) -> dict[str, Any]:
    return ol.designs.attempt(attempt_id)


# -- pages -----------------------------------------------------------------------------------
@router.get("/design", include_in_schema=False)
def page_index(request: Request, ol: OfferloopDep):
    return render(request, "design/index.html", active="design", cases=ol.designs.cases())


@router.get("/design/{slug}", include_in_schema=False)
def page_case(request: Request, slug: Slug, ol: OfferloopDep):
    from offerloop.design.rubric import SECTIONS, TOTAL_MINUTES

    case = ol.designs.show(slug)
    history = ol.designs.history(slug)
    return render(request, "design/workspace.html", active="design", case=case, sections=SECTIONS,
                  total_minutes=TOTAL_MINUTES, history=history)
