"""ML theory pages (/cards ...) and the cards JSON API (/api/cards ...)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import FileResponse, RedirectResponse, Response
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from offerloop.errors import InvalidInput
from offerloop.content.schemas import CARD_TOPICS
from offerloop.web.deps import OfferloopDep, render
from offerloop.web.fields import JsonBody
from offerloop.web.paging import DEFAULT_LIMIT, PAGED_RESPONSES, Limit, Offset, set_page_headers

CardTopic = Literal[CARD_TOPICS]  # type: ignore[valid-type]

router = APIRouter()
API = ["cards"]
MAX_CSV_BYTES = 5_000_000
CARDS_PAGE = 100  # rows of the card table per page


class AnswerBody(BaseModel):
    text: str = Field(min_length=1, max_length=20_000, pattern=r"\S",
                      description="The answer as typed: 1 to 20,000 characters, not only spaces "
                                  "(to see the model answer without typing, GET /api/cards/{slug}/reveal)")


class ReviewBody(BaseModel):
    rating: Literal["again", "hard", "good", "easy"]
    text: str | None = Field(default=None, max_length=20_000, description="The typed answer, stored with the review")
    duration_ms: int | None = Field(default=None, description="How long the card took, in milliseconds")


class PrefsBody(JsonBody):
    new_per_day: int | None = Field(default=None, ge=0, le=500, description="New cards introduced per day (0-500)")
    desired_retention: float | None = Field(default=None, ge=0.70, le=0.99, allow_inf_nan=False,
                                            description="FSRS desired retention (0.70-0.99)")


# A question says something: at least three letters or digits, at most 2,000 characters.
_Question = Annotated[str, Field(min_length=3, max_length=2_000, pattern=r"[A-Za-z0-9][\s\S]*[A-Za-z0-9][\s\S]*[A-Za-z0-9]",
                                 examples=["Why does batch norm help training?"])]
_Point = Annotated[str, Field(min_length=1, max_length=500, pattern=r"\S")]
_Points = (Annotated[list[_Point], Field(max_length=7)]
           | Annotated[str, Field(max_length=3_500, pattern=r"^[^;]*(;[^;]*){0,6}$")] | None)


class OwnCardBody(JsonBody):
    question: _Question
    answer: Annotated[str, Field(max_length=20_000)] = ""
    topic: CardTopic | None = None
    key_points: _Points = Field(default=None, description="Up to 7: a list, or one string split on ';'")
    source: Annotated[str, Field(max_length=200)] = ""


class OwnCardEdit(JsonBody):
    question: _Question | None = None
    answer: Annotated[str, Field(max_length=20_000)] | None = None
    topic: CardTopic | None = None
    key_points: _Points = None


# -- JSON API ---------------------------------------------------------------------------------------

@router.get("/api/cards", tags=API, responses=PAGED_RESPONSES)
def api_list(request: Request, response: Response, ol: OfferloopDep, topic: CardTopic | None = Query(None),
             limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> list[dict[str, Any]]:
    """The cards (bank first, then your own) with their state and due time, one page at a time
    (`X-Total-Count`, `Link` to the next and previous pages)."""
    rows, total = ol.cards.listing_page(topic, limit=limit, offset=offset)
    set_page_headers(request, response, total, limit, offset)
    return rows


@router.get("/api/cards/due", tags=API)
def api_due(ol: OfferloopDep, topic: CardTopic | None = Query(None),
            learn_ahead: bool = Query(False, description="When nothing else is due, include learning cards due within 20 minutes")) -> dict:
    """The due queue: due cards, then new cards up to what is left of today's new-card limit."""
    return ol.cards.due(topic=topic, learn_ahead=learn_ahead)


@router.get("/api/cards/stats", tags=API)
def api_stats(ol: OfferloopDep) -> dict:
    """Reviews per day, true retention, cards by state and the 30-day due forecast."""
    return ol.cards.stats()


@router.get("/api/cards/settings", tags=API)
def api_prefs(ol: OfferloopDep) -> dict:
    return ol.cards.prefs()


@router.put("/api/cards/settings", tags=API)
def api_set_prefs(body: PrefsBody, ol: OfferloopDep) -> dict:
    """Change the new-card limit per day or the desired retention."""
    return ol.cards.set_prefs(body.new_per_day, body.desired_retention)


@router.get("/api/cards/export.apkg", tags=API, response_class=FileResponse,
            responses={200: {"content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
                             "description": "An Anki package"}})
def api_export(ol: OfferloopDep, topic: CardTopic | None = Query(None), own: bool = Query(True)):
    """The cards as an Anki deck (.apkg)."""
    folder = Path(tempfile.mkdtemp(prefix="offerloop-anki-"))
    path = folder / "offerloop-ml-theory.apkg"
    ol.cards.export_anki(path, topic=topic, include_own=own)

    def _cleanup() -> None:
        path.unlink(missing_ok=True)
        folder.rmdir()

    return FileResponse(path, media_type="application/octet-stream", filename=path.name,
                        background=BackgroundTask(_cleanup))


@router.post("/api/cards/import-csv", tags=API)
async def api_import(ol: OfferloopDep, file: UploadFile = File(...)) -> dict:
    """Add your own cards from a CSV (question,answer[,topic][,key_points]); all or nothing."""
    return ol.cards.import_csv_text(await _csv_text(file))


@router.post("/api/cards/own", tags=API, status_code=201)
def api_add_own(body: OwnCardBody, ol: OfferloopDep) -> dict:
    """Add a card of your own; answers its slug."""
    slug = ol.cards.add_own_card(body.question, body.answer, body.topic, body.source or "web",
                                 key_points=body.key_points)
    return {"slug": slug}


@router.put("/api/cards/own/{slug}", tags=API)
def api_edit_own(slug: str, body: OwnCardEdit, ol: OfferloopDep) -> dict:
    item = ol.cards.update_own_card(slug, question=body.question, answer=body.answer, topic=body.topic,
                                    key_points=body.key_points)
    return item.to_dict()


@router.delete("/api/cards/own/{slug}", tags=API, status_code=204)
def api_delete_own(slug: str, ol: OfferloopDep) -> Response:
    ol.cards.delete_own_card(slug)
    return Response(status_code=204)


@router.get("/api/cards/{slug}", tags=API)
def api_card(slug: str, ol: OfferloopDep) -> dict:
    """One card with its FSRS state and review history."""
    return ol.cards.detail(slug)


@router.post("/api/cards/{slug}/answer", tags=API)
def api_answer(slug: str, body: AnswerBody, ol: OfferloopDep) -> dict:
    """Feedback on a typed answer: what was wrong (contradicted key points and misconceptions, with their
    corrections), what was missed and covered, whether it reads as a keyword list, a score, a suggested
    rating and the model answer. An empty, blank or over-long answer is refused (422)."""
    return ol.cards.answer(slug, body.text)


@router.get("/api/cards/{slug}/reveal", tags=API)
def api_reveal(slug: str, ol: OfferloopDep) -> dict:
    """The model answer, key points and the interval each rating would give, without typing an answer
    (the fields of the answer endpoint, nothing judged: `revealed` is true)."""
    return ol.cards.answer(slug, None, reveal=True)


@router.post("/api/cards/{slug}/review", tags=API)
def api_review(slug: str, body: ReviewBody, ol: OfferloopDep) -> dict:
    """Rate the card; answers its next due time (`due`, ISO 8601) as FSRS schedules it."""
    return ol.cards.review(slug, body.rating, text=body.text, duration_ms=body.duration_ms)


async def _csv_text(file: UploadFile) -> str:
    data = await file.read(MAX_CSV_BYTES + 1)
    if len(data) > MAX_CSV_BYTES:
        raise InvalidInput("The CSV file is larger than 5 MB; split it into smaller files.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput("The CSV file is not UTF-8 text; save it as CSV UTF-8.") from None


# -- pages ------------------------------------------------------------------------------------------

def _topics(ol) -> list[str]:
    from offerloop.content.schemas import CARD_TOPICS

    return list(CARD_TOPICS)


@router.get("/cards", include_in_schema=False)
def page_list(request: Request, ol: OfferloopDep, topic: str | None = Query(None), state: str | None = Query(None),
              message: str | None = Query(None), offset: int = Query(0, ge=0, le=2_147_483_647)):
    topic = topic or None
    rows, total = ol.cards.listing_page(topic, state=state or None, limit=CARDS_PAGE, offset=offset)
    due = ol.cards.due()
    return render(request, "cards/list.html", active="cards", rows=rows, topic=topic, state=state,
                  topics=_topics(ol), counts=due["counts"], prefs=ol.cards.prefs(), message=message, error=None,
                  total=total, offset=offset, page_size=CARDS_PAGE)


@router.post("/cards/own", include_in_schema=False)
def page_add_own(request: Request, ol: OfferloopDep, question: str = Form(""), answer: str = Form(""),
                 topic: str = Form(""), key_points: str = Form("")):
    try:
        slug = ol.cards.add_own_card(question, answer, topic or None, "web", key_points=key_points or None)
    except InvalidInput as exc:
        return _list_with_error(request, ol, str(exc), {"question": question, "answer": answer, "topic": topic,
                                                        "key_points": key_points})
    return RedirectResponse(f"/cards/{slug}?message=added", status_code=303)


@router.post("/cards/import", include_in_schema=False)
async def page_import(request: Request, ol: OfferloopDep, file: UploadFile = File(...)):
    try:
        result = ol.cards.import_csv_text(await _csv_text(file))
    except InvalidInput as exc:
        return _list_with_error(request, ol, str(exc), {})
    text = f"Imported {len(result['added'])} card(s)"
    if result["skipped_rows"]:
        text += f"; skipped {len(result['skipped_rows'])} you already had"
    return RedirectResponse(f"/cards?state=own&message={text}.", status_code=303)


@router.post("/cards/settings", include_in_schema=False)
def page_settings(request: Request, ol: OfferloopDep, new_per_day: str = Form(""), desired_retention: str = Form("")):
    try:
        per_day = int(new_per_day) if new_per_day.strip() else None
        retention = float(desired_retention) if desired_retention.strip() else None
    except ValueError:
        return _list_with_error(request, ol, "The settings must be numbers.", {})
    try:
        ol.cards.set_prefs(per_day, retention)
    except InvalidInput as exc:
        return _list_with_error(request, ol, str(exc), {})
    return RedirectResponse("/cards?message=Settings saved.", status_code=303)


def _list_with_error(request: Request, ol, message: str, form: dict):
    rows, total = ol.cards.listing_page(limit=CARDS_PAGE)
    return render(request, "cards/list.html", status_code=422, active="cards", rows=rows, topic=None,
                  state=None, topics=_topics(ol), counts=ol.cards.due()["counts"], prefs=ol.cards.prefs(),
                  message=None, error=message, form=form, total=total, offset=0, page_size=CARDS_PAGE)


@router.get("/cards/review", include_in_schema=False)
def page_review(request: Request, ol: OfferloopDep, topic: str | None = Query(None)):
    topic = topic or None
    due = ol.cards.due(topic=topic)
    return render(request, "cards/review.html", active="cards", topic=topic, topics=_topics(ol), counts=due["counts"])


@router.get("/cards/stats", include_in_schema=False)
def page_stats(request: Request, ol: OfferloopDep):
    from offerloop.cards.stats import bar_chart_svg

    st = ol.cards.stats()
    forecast_svg = bar_chart_svg(st["forecast"], "Cards due in the next 30 days")
    reviews_svg = bar_chart_svg(st["reviews_per_day"], "Reviews in the last 30 days", unit="reviews")
    return render(request, "cards/stats.html", active="cards", st=st, forecast_svg=forecast_svg,
                  reviews_svg=reviews_svg)


@router.get("/cards/{slug}", include_in_schema=False)
def page_card(request: Request, slug: str, ol: OfferloopDep, message: str | None = Query(None)):
    card = ol.cards.detail(slug)
    return render(request, "cards/card.html", active="cards", card=card, topics=_topics(ol), message=message,
                  error=None)


@router.post("/cards/{slug}/edit", include_in_schema=False)
def page_edit(request: Request, slug: str, ol: OfferloopDep, question: str = Form(""), answer: str = Form(""),
              topic: str = Form(""), key_points: str = Form("")):
    try:
        ol.cards.update_own_card(slug, question=question, answer=answer, topic=topic,
                                 key_points=key_points)
    except InvalidInput as exc:
        return render(request, "cards/card.html", status_code=422, active="cards", card=ol.cards.detail(slug),
                      topics=_topics(ol), message=None, error=str(exc))
    return RedirectResponse(f"/cards/{slug}?message=saved", status_code=303)


@router.post("/cards/{slug}/delete", include_in_schema=False)
def page_delete(slug: str, ol: OfferloopDep):
    ol.cards.delete_own_card(slug)
    return RedirectResponse("/cards?state=own&message=Card deleted.", status_code=303)
