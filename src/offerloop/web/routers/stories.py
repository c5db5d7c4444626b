"""Behavioral pages and the /api/stories JSON API: stories, feedback, coverage, question bank,
pitch and answer builders, questions to ask. Thin: every rule lives in offerloop.stories."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, Field, StrictBool

from offerloop.content.schemas import STORY_CATEGORIES
from offerloop.errors import InvalidInput, NotFound
from offerloop.web.deps import Id, OfferloopDep, render
from offerloop.web.fields import Builder, JsonBody, Line, Name, StoryCategory
from offerloop.web.paging import DEFAULT_LIMIT, PAGED_RESPONSES, Limit, Offset, set_page_headers

router = APIRouter()

KIND_PAGES = {"pitch": "pitch", "why_company": "why-company", "five_years": "five-years"}


# -- JSON bodies -----------------------------------------------------------------------------------
class AnalyzeIn(JsonBody):
    text: str = Field(default="", max_length=50_000)
    situation: str = Field(default="", max_length=20_000)
    task: str = Field(default="", max_length=20_000)
    action: str = Field(default="", max_length=20_000)
    result: str = Field(default="", max_length=20_000)


_Part = Annotated[str, Field(max_length=20_000)]
_Tag = Annotated[str, Field(min_length=1, max_length=60, pattern=r"\S")]
_QuestionId = Annotated[str, Field(min_length=4, max_length=36, pattern=r"^[0-9a-fA-F-]{4,36}$")]


class StoryIn(JsonBody):
    title: Name
    situation: _Part = ""
    task: _Part = ""
    action: _Part = ""
    result: _Part = ""
    text: Annotated[str, Field(max_length=50_000)] = ""
    categories: list[StoryCategory] = Field(default=[], max_length=5)
    tags: list[_Tag] = Field(default=[], max_length=30)
    questions: list[_QuestionId] = Field(default=[], max_length=50)


class StoryPatch(JsonBody):
    title: Name | None = None
    situation: _Part | None = None
    task: _Part | None = None
    action: _Part | None = None
    result: _Part | None = None
    text: Annotated[str, Field(max_length=50_000)] | None = None
    categories: list[StoryCategory] | None = Field(default=None, max_length=5)
    tags: list[_Tag] | None = Field(default=None, max_length=30)
    questions: list[_QuestionId] | None = Field(default=None, max_length=50)


class AnswerIn(JsonBody):
    kind: Builder
    fields: dict[Annotated[str, Field(max_length=40)], Annotated[str, Field(max_length=5_000)]] = Field(
        default={}, max_length=20)
    company: Line = ""
    role: Line = ""
    text: Annotated[str, Field(max_length=20_000)] | None = None


class RehearsalIn(JsonBody):
    seconds: int = Field(ge=1, le=3600)


# -- JSON API (fixed paths before /api/stories/{story_id:int}) -----------------------------------------
@router.post("/api/stories/analyze", tags=["stories"])
def api_analyze(body: AnalyzeIn) -> dict[str, Any]:
    """Story feedback for {"text": ...} or the four parts: STAR parts, quantified result, I/we, length, next edit."""
    from offerloop.stories.analysis import analyze_story

    return analyze_story(body.text, situation=body.situation, task=body.task, action=body.action,
                         result=body.result).to_dict()


@router.get("/api/stories/coverage", tags=["stories"])
def api_coverage(ol: OfferloopDep) -> dict[str, Any]:
    """Categories against stories; `gaps` lists categories with fewer than 2 stories."""
    return ol.stories.coverage()


@router.get("/api/stories/readiness", tags=["stories"])
def api_readiness(ol: OfferloopDep) -> dict[str, Any]:
    """Story-bank readiness in [0, 1]: half category coverage, half stories complete with a measured result."""
    return ol.stories.readiness()


@router.get("/api/stories/questions", tags=["stories"])
def api_questions(ol: OfferloopDep, category: StoryCategory | None = None) -> list[dict[str, Any]]:
    return ol.stories.questions(category)


@router.get("/api/stories/suggest", tags=["stories"])
def api_suggest(ol: OfferloopDep, q: Annotated[str, Query(min_length=1, max_length=2_000, pattern=r"\S")]) -> dict[str, Any]:
    """Which stories answer a question: `q` is a bank question id or any question text."""
    return ol.stories.suggest(q)


@router.get("/api/stories/builders", tags=["stories"])
def api_builders() -> list[dict[str, Any]]:
    from offerloop.stories.pitch import builders_as_data

    return builders_as_data()


@router.get("/api/stories/companies", tags=["stories"])
def api_companies(ol: OfferloopDep) -> list[dict[str, Any]]:
    return ol.stories.companies()


@router.get("/api/stories/ask", tags=["stories"])
def api_ask() -> dict[str, Any]:
    from offerloop.stories.questions_to_ask import as_data

    return as_data()


@router.post("/api/stories/answers/preview", tags=["stories"])
def api_preview(body: AnswerIn, ol: OfferloopDep) -> dict[str, Any]:
    return ol.stories.preview(body.kind, body.fields, company=body.company, role=body.role, text=body.text)


@router.get("/api/stories/answers", tags=["stories"])
def api_answers(ol: OfferloopDep, kind: Builder | None = None) -> list[dict[str, Any]]:
    return ol.stories.answers(kind)


@router.post("/api/stories/answers", tags=["stories"], status_code=201)
def api_save_answer(body: AnswerIn, ol: OfferloopDep) -> dict[str, Any]:
    return ol.stories.save_answer(body.kind, body.fields, company=body.company, role=body.role, text=body.text)


@router.get("/api/stories/answers/{answer_id:int}", tags=["stories"])
def api_answer(answer_id: Id, ol: OfferloopDep) -> dict[str, Any]:
    return ol.stories.answer(answer_id)


@router.put("/api/stories/answers/{answer_id:int}", tags=["stories"])
def api_replace_answer(answer_id: Id, body: AnswerIn, ol: OfferloopDep) -> dict[str, Any]:
    return ol.stories.save_answer(body.kind, body.fields, company=body.company, role=body.role, text=body.text,
                                  answer_id=answer_id)


@router.delete("/api/stories/answers/{answer_id:int}", tags=["stories"], status_code=204)
def api_delete_answer(answer_id: Id, ol: OfferloopDep) -> None:
    ol.stories.delete_answer(answer_id)


@router.post("/api/stories/answers/{answer_id:int}/rehearsals", tags=["stories"])
def api_rehearse(answer_id: Id, body: RehearsalIn, ol: OfferloopDep) -> dict[str, Any]:
    return ol.stories.rehearse(answer_id, body.seconds)


class PracticeIn(JsonBody):
    question: _QuestionId = Field(description="a bank question id (or a unique prefix of 4+ characters)")
    text: Annotated[str, Field(max_length=50_000)] = ""
    seconds: int | None = Field(default=None, ge=1, le=3600)


@router.get("/api/stories/practice", tags=["stories"])
def api_practice_question(ol: OfferloopDep, category: StoryCategory | None = None,
                          exclude: Annotated[str | None, Query(max_length=36)] = None) -> dict[str, Any]:
    """A bank question to practise, from the categories where your bank is thinnest."""
    return ol.stories.practice_question(category=category, exclude=exclude)


@router.post("/api/stories/practice", tags=["stories"])
def api_practise(body: PracticeIn, ol: OfferloopDep) -> dict[str, Any]:
    """Feedback on a practice answer and the stories that fit the question; recorded as activity."""
    return ol.stories.practise(body.question, body.text, seconds=body.seconds)


@router.get("/api/stories", tags=["stories"], responses=PAGED_RESPONSES)
def api_list(request: Request, response: Response, ol: OfferloopDep, category: StoryCategory | None = None,
             tag: Annotated[str | None, Query(max_length=60)] = None, limit: Limit = DEFAULT_LIMIT,
             offset: Offset = 0) -> list[dict[str, Any]]:
    """Your stories, oldest first, one page at a time (`X-Total-Count`, `Link` to the next and previous pages)."""
    set_page_headers(request, response, ol.stories.count(category=category, tag=tag), limit, offset)
    return ol.stories.list(category=category, tag=tag, limit=limit, offset=offset)


@router.post("/api/stories", tags=["stories"], status_code=201)
def api_create(body: StoryIn, ol: OfferloopDep) -> dict[str, Any]:
    return ol.stories.add(body.title, situation=body.situation, task=body.task, action=body.action,
                          result=body.result, text=body.text, categories=body.categories, tags=body.tags,
                          questions=body.questions)


@router.get("/api/stories/{story_id:int}", tags=["stories"])
def api_get(story_id: Id, ol: OfferloopDep) -> dict[str, Any]:
    return ol.stories.get(story_id)


@router.patch("/api/stories/{story_id:int}", tags=["stories"])
def api_update(story_id: Id, body: StoryPatch, ol: OfferloopDep) -> dict[str, Any]:
    return ol.stories.update(story_id, **body.model_dump(exclude_unset=True))


@router.delete("/api/stories/{story_id:int}", tags=["stories"], status_code=204)
def api_delete(story_id: Id, ol: OfferloopDep) -> None:
    ol.stories.delete(story_id)


@router.post("/api/stories/{story_id:int}/rehearsals", tags=["stories"])
def api_rehearse_story(story_id: Id, body: RehearsalIn, ol: OfferloopDep) -> dict[str, Any]:
    """Record a timed telling of the story (counts toward the streak)."""
    return ol.stories.rehearse_story(story_id, body.seconds)


@router.post("/api/stories/{story_id:int}/questions/{question}", tags=["stories"])
def api_link(story_id: Id, question: str, ol: OfferloopDep) -> dict[str, Any]:
    return ol.stories.link(story_id, question)


@router.delete("/api/stories/{story_id:int}/questions/{question}", tags=["stories"])
def api_unlink(story_id: Id, question: str, ol: OfferloopDep) -> dict[str, Any]:
    return ol.stories.link(story_id, question, linked=False)


# -- pages -----------------------------------------------------------------------------------------
def _page(request: Request, template: str, **context):
    return render(request, f"stories/{template}", active="stories", categories=STORY_CATEGORIES, **context)


def _see_other(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


STORIES_PAGE = 50  # stories per page of the list (and rows of the coverage table)


@router.get("/stories", include_in_schema=False)
def index(request: Request, ol: OfferloopDep, category: str = "", tag: str = "",
          offset: int = Query(0, ge=0, le=2_147_483_647)):
    every = ol.stories.list()  # read once: coverage and readiness count every story
    cover = ol.stories.coverage(every)
    if category or tag:
        shown = ol.stories.list(category=category or None, tag=tag or None, limit=STORIES_PAGE, offset=offset)
        total = ol.stories.count(category=category or None, tag=tag or None)
    else:
        shown, total = every[offset:offset + STORIES_PAGE], len(every)
    ids = {st["id"] for st in shown}  # the table's rows: the stories on this page
    cover["shown_rows"] = [row for row in cover["stories"] if row["id"] in ids]
    return _page(request, "index.html", stories=shown, coverage=cover, readiness=ol.stories.readiness(every),
                 category=category, tag=tag, tab="bank", offset=offset, total=total, page_size=STORIES_PAGE)


def _form_story(title: str, mode: str, situation: str, task: str, action: str, result: str, text: str,
                categories: list[str], tags: str, questions: list[str]) -> dict[str, Any]:
    free = mode == "free"
    return {"title": title, "situation": "" if free else situation, "task": "" if free else task,
            "action": "" if free else action, "result": "" if free else result, "text": text if free else "",
            "categories": categories, "tags": [t for t in tags.split(",") if t.strip()], "questions": questions,
            "form": "free" if free else "labelled"}


def _render_form(request: Request, ol, story: dict[str, Any], *, error: str | None = None, status: int = 200):
    return render(request, "stories/form.html", status_code=status, active="stories", categories=STORY_CATEGORIES,
                  story=story, error=error, bank=ol.stories.questions(), tab="bank")


# The page forms accept fields far over the stories' 20,000-character limit, so an oversized paste
# reaches the area, which refuses it with a 422 sentence while the form comes back with the text
# (the parser's own 1 MB limit would answer a bare error page and lose it).
BIG_FORM = {"max_part_size": 16 * 1024 * 1024}

_EMPTY = {"id": None, "title": "", "situation": "", "task": "", "action": "", "result": "", "text": "",
          "categories": [], "tags": [], "question_uuids": [], "form": "labelled"}


@router.get("/stories/new", include_in_schema=False)
def new_form(request: Request, ol: OfferloopDep, question: str = "", category: str = ""):
    story = dict(_EMPTY)
    if question:
        story["question_uuids"] = [ol.stories.question(question)["uuid"]]
    if category in STORY_CATEGORIES:
        story["categories"] = [category]
    return _render_form(request, ol, story)


@router.post("/stories/new", include_in_schema=False, form_limits=BIG_FORM)
def create(request: Request, ol: OfferloopDep, title: str = Form(""), mode: str = Form("parts"),
           situation: str = Form(""), task: str = Form(""), action: str = Form(""), result: str = Form(""),
           text: str = Form(""), categories: list[str] = Form([]), tags: str = Form(""),
           questions: list[str] = Form([])):
    data = _form_story(title, mode, situation, task, action, result, text, categories, tags, questions)
    try:
        story = ol.stories.add(data["title"], situation=data["situation"], task=data["task"], action=data["action"],
                               result=data["result"], text=data["text"], categories=categories,
                               tags=data["tags"], questions=questions)
    except (InvalidInput, NotFound) as exc:  # show the form again with everything the user typed
        return _render_form(request, ol, {**_EMPTY, **data, "question_uuids": questions}, error=str(exc), status=422)
    return _see_other(f"/stories/{story['id']}")


@router.get("/stories/questions", include_in_schema=False)
def questions_page(request: Request, ol: OfferloopDep, category: str = ""):
    bank = ol.stories.questions(category or None)
    return _page(request, "questions.html", bank=bank, category=category, tab="questions")


@router.get("/stories/questions/match", include_in_schema=False)
def question_match(request: Request, ol: OfferloopDep, q: str = ""):
    if not q.strip():
        return _see_other("/stories/questions")
    return _page(request, "question.html", found=ol.stories.suggest(q), typed=q, tab="questions")


@router.get("/stories/questions/{question}", include_in_schema=False)
def question_page(request: Request, question: str, ol: OfferloopDep):
    q = ol.stories.question(question)
    found = ol.stories.suggest(q["uuid"])
    found["question"] = q  # with its linked stories
    return _page(request, "question.html", found=found, typed=None, tab="questions")


@router.get("/stories/practice", include_in_schema=False)
def practice_page(request: Request, ol: OfferloopDep, category: str = "", question: str = "", exclude: str = ""):
    q = (ol.stories.question(question) if question
         else ol.stories.practice_question(category=category or None, exclude=exclude or None))
    fits = ol.stories.suggest(q["uuid"])["stories"]
    return _page(request, "practice.html", question=q, fits=fits, category=category, tab="practice")


@router.get("/stories/ask", include_in_schema=False)
def ask_page(request: Request):
    from offerloop.stories.questions_to_ask import as_data

    return _page(request, "ask.html", data=as_data(), tab="ask")


def _builder_page(request: Request, ol, kind: str, answer_id: Id | None, *, error: str | None = None,
                  draft: dict[str, Any] | None = None, status: int = 200):
    from offerloop.stories.pitch import builder

    b = builder(kind)
    current = draft or (ol.stories.answer(answer_id) if answer_id else None)
    if current is None:
        current = {"id": None, "fields": {}, "company": "", "role": "", "text": ""}
    elif current.get("kind", kind) != kind:
        raise InvalidInput(f"Answer {answer_id} is a {current['title']}; open it from its own page.")
    preview = ol.stories.preview(kind, current["fields"], company=current["company"], role=current["role"],
                                 text=current["text"] or None)
    return render(request, "stories/builder.html", status_code=status, active="stories", builder=b,
                  page=KIND_PAGES[kind], current=current, preview=preview, error=error,
                  saved=ol.stories.answers(kind), companies=ol.stories.companies(), tab=KIND_PAGES[kind])


@router.get("/stories/pitch", include_in_schema=False)
def pitch_page(request: Request, ol: OfferloopDep, id: int | None = None):
    return _builder_page(request, ol, "pitch", id)


@router.get("/stories/why-company", include_in_schema=False)
def why_company_page(request: Request, ol: OfferloopDep, id: int | None = None):
    return _builder_page(request, ol, "why_company", id)


@router.get("/stories/five-years", include_in_schema=False)
def five_years_page(request: Request, ol: OfferloopDep, id: int | None = None):
    return _builder_page(request, ol, "five_years", id)


@router.post("/stories/answers/save", include_in_schema=False)
async def save_answer(request: Request, ol: OfferloopDep):
    from offerloop.stories.pitch import builder

    form = await request.form(max_part_size=BIG_FORM["max_part_size"])
    kind = str(form.get("kind", ""))
    b = builder(kind)
    fields = {f.name: str(form.get(f.name, "")) for f in b.fields}
    answer_id = int(form["id"]) if str(form.get("id", "")).isdigit() else None
    company, role = str(form.get("company", "")), str(form.get("role", ""))
    text = str(form.get("text", "")) if form.get("edited") == "1" else None
    try:
        saved = ol.stories.save_answer(kind, fields, company=company, role=role, text=text, answer_id=answer_id)
    except InvalidInput as exc:
        draft = {"id": answer_id, "fields": fields, "company": company, "role": role, "text": text or ""}
        return _builder_page(request, ol, kind, None, error=str(exc), draft=draft, status=422)
    return _see_other(f"/stories/{KIND_PAGES[kind]}?id={saved['id']}&saved=1")


@router.get("/stories/answers/{answer_id:int}/delete", include_in_schema=False)
def confirm_delete_answer(request: Request, answer_id: Id, ol: OfferloopDep):
    a = ol.stories.answer(answer_id)
    return _page(request, "delete.html", what=f"{a['title']} {a['company']}".strip(),
                 action=f"/stories/answers/{answer_id}/delete", back=f"/stories/{KIND_PAGES[a['kind']]}?id={answer_id}",
                 tab=KIND_PAGES[a["kind"]])


@router.post("/stories/answers/{answer_id:int}/delete", include_in_schema=False)
def delete_answer(answer_id: Id, ol: OfferloopDep):
    kind = ol.stories.answer(answer_id)["kind"]
    ol.stories.delete_answer(answer_id)
    return _see_other(f"/stories/{KIND_PAGES[kind]}")


@router.get("/stories/{story_id:int}", include_in_schema=False)
def story_page(request: Request, story_id: Id, ol: OfferloopDep):
    return _page(request, "show.html", story=ol.stories.get(story_id), tab="bank")


@router.get("/stories/{story_id:int}/edit", include_in_schema=False)
def edit_form(request: Request, story_id: Id, ol: OfferloopDep):
    return _render_form(request, ol, ol.stories.get(story_id))


@router.post("/stories/{story_id:int}/edit", include_in_schema=False, form_limits=BIG_FORM)
def edit(request: Request, story_id: Id, ol: OfferloopDep, title: str = Form(""), mode: str = Form("parts"),
         situation: str = Form(""), task: str = Form(""), action: str = Form(""), result: str = Form(""),
         text: str = Form(""), categories: list[str] = Form([]), tags: str = Form(""),
         questions: list[str] = Form([])):
    data = _form_story(title, mode, situation, task, action, result, text, categories, tags, questions)
    body = ({"text": data["text"]} if mode == "free"
            else {p: data[p] for p in ("situation", "task", "action", "result")})
    try:
        ol.stories.update(story_id, title=data["title"], categories=categories, tags=data["tags"],
                          questions=questions, **body)
    except (InvalidInput, NotFound) as exc:
        return _render_form(request, ol, {**_EMPTY, **data, "id": story_id, "question_uuids": questions},
                            error=str(exc), status=422)
    return _see_other(f"/stories/{story_id}")


@router.get("/stories/{story_id:int}/delete", include_in_schema=False)
def confirm_delete(request: Request, story_id: Id, ol: OfferloopDep):
    story = ol.stories.get(story_id)
    return _page(request, "delete.html", what=f"the story '{story['title']}'", action=f"/stories/{story_id}/delete",
                 back=f"/stories/{story_id}", tab="bank")


@router.post("/stories/{story_id:int}/delete", include_in_schema=False)
def delete(story_id: Id, ol: OfferloopDep):
    ol.stories.delete(story_id)
    return _see_other("/stories?deleted=1")


@router.post("/stories/{story_id:int}/questions/{question}/link", include_in_schema=False)
def link(story_id: Id, question: str, ol: OfferloopDep, back: str = Form("")):
    ol.stories.link(story_id, question)
    return _see_other(back if back.startswith("/stories") else f"/stories/{story_id}")


@router.post("/stories/{story_id:int}/questions/{question}/unlink", include_in_schema=False)
def unlink(story_id: Id, question: str, ol: OfferloopDep, back: str = Form("")):
    ol.stories.link(story_id, question, linked=False)
    return _see_other(back if back.startswith("/stories") else f"/stories/{story_id}")
