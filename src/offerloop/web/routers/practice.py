"""Practice pages and the grading API: problem lists, the problem page with its editor, submissions."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, Request, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from offerloop.content.schemas import PROBLEM_TOPICS
from offerloop.web.deps import OfferloopDep, render
from offerloop.web.fields import Difficulty
from offerloop.web.markdown import to_html
from offerloop.web.paging import DEFAULT_LIMIT, PAGED_RESPONSES, Limit, Offset, set_page_headers

router = APIRouter()


TRACKS = tuple(PROBLEM_TOPICS)
ALL_TOPICS = tuple(sorted({t for topics in PROBLEM_TOPICS.values() for t in topics}))


class CodeIn(BaseModel):
    code: str = Field(..., description="The full source of your solution.")


class ProblemDraftIn(BaseModel):
    code: str = Field(..., max_length=200_000, description="The code being written (saved as it is typed).")


SubmissionId = Annotated[int, Path(ge=1, le=2**31 - 1, description="The attempt's id, from the attempts list.")]


TRACK_PAGES = {"practice": ("ML coding", ("ml",)), "algorithms": ("Algorithms & Python", ("algo", "python")),
               "data": ("Data (pandas & scikit-learn)", ("data",))}
TRACK_AREA = {"ml": "practice", "data": "data"}  # the page a problem's track lives on; algorithms otherwise


def problem_list_page(request: Request, ol, area: str, track: str | None, topic: str | None,
                      difficulty: str | None, status: str | None):
    title, tracks = TRACK_PAGES[area]
    solved = {"solved": True, "unsolved": False}.get(status or "")
    rows = []
    for t in tracks:
        if track and t != track:
            continue
        rows += ol.problems.list(track=t, topic=topic or None, difficulty=difficulty or None, solved=solved)
    all_rows = [r for t in tracks for r in ol.problems.list(track=t)]
    topics = sorted({x for r in all_rows for x in r["topics"]})
    return render(request, "practice/list.html", active=area, title=title, rows=rows, tracks=tracks,
                  topics=topics, filters={"track": track or "", "topic": topic or "", "difficulty": difficulty or "",
                                          "status": status or ""},
                  solved_count=sum(r["solved"] for r in all_rows), total=len(all_rows), area=area)


@router.get("/practice", include_in_schema=False)
def practice_page(request: Request, ol: OfferloopDep, topic: str | None = None, difficulty: str | None = None,
                  status: str | None = None):
    return problem_list_page(request, ol, "practice", "ml", topic, difficulty, status)


@router.get("/problems/{slug}", include_in_schema=False)
def problem_page(request: Request, slug: str, ol: OfferloopDep):
    problem = ol.problems.get(slug)
    solved = slug in ol.problems.solved_slugs()
    draft = ol.problems.draft(slug)
    # The editor opens on the saved draft, else the last attempt, else the starter; the page's
    # script prefers this browser's own copy when it is newer.
    code = draft["code"] if draft else (ol.problems.last_code(slug) or problem.starter)
    area = TRACK_AREA.get(problem.meta.track, "algorithms")
    return render(request, "practice/problem.html", active=area, problem=problem, meta=problem.meta,
                  prompt_html=to_html(_without_title(problem.prompt)), learn_html=to_html(problem.learn),
                  hints_html=[to_html(h) for h in problem.hints], code=code, solved=solved,
                  starter=problem.starter, draft_at=draft["updated_at"] if draft else "",
                  params=_parameter_names(problem.meta.signature), history=ol.problems.history(slug))


def _parameter_names(signature: str) -> list[str]:
    """The argument names of "f(a, b=1, *, c=2)", in order, for naming a case's inputs."""
    import ast

    try:
        args = ast.parse(f"def {signature}: pass").body[0].args  # type: ignore[attr-defined]
    except (SyntaxError, IndexError, AttributeError):
        return []
    return [a.arg for a in args.posonlyargs + args.args] + ([args.vararg.arg] if args.vararg else [])


def _without_title(markdown: str) -> str:
    """The page shows the title already; drop the prompt's own top heading."""
    lines = markdown.lstrip().splitlines()
    return "\n".join(lines[1:]) if lines and lines[0].startswith("# ") else markdown


@router.get("/api/problems", tags=["practice"])
def api_problems(ol: OfferloopDep, track: Literal[TRACKS] | None = None,  # type: ignore[valid-type]
                 topic: Literal[ALL_TOPICS] | None = None,  # type: ignore[valid-type]
                 difficulty: Difficulty | None = None,
                 solved: bool | None = Query(None, description="true: only solved; false: only unsolved")):
    """The problem bank with your solved marks, filtered."""
    return ol.problems.list(track=track, topic=topic, difficulty=difficulty, solved=solved)


@router.get("/api/problems/due", tags=["practice"])
def api_problems_due(ol: OfferloopDep):
    """Solved problems due for review now, most overdue first (declared before /{slug} so it is not a slug)."""
    return ol.plans.reviews.due()


@router.get("/api/problems/{slug}", tags=["practice"])
def api_problem(slug: str, ol: OfferloopDep):
    p = ol.problems.get(slug)
    m = p.meta
    return {"slug": m.slug, "title": m.title, "track": m.track, "topics": list(m.topics), "difficulty": m.difficulty,
            "signature": m.signature, "prompt": p.prompt, "starter": p.starter, "hints": len(p.hints),
            "scaling_target": m.scaling.target if m.scaling else None, "allowed_imports": list(m.allowed_imports)}


@router.post("/api/problems/{slug}/submissions", tags=["practice"])
def api_submit(slug: str, body: CodeIn, ol: OfferloopDep):
    """Grade on every case (visible and hidden) and record the attempt; same JSON as `offerloop submit --json`."""
    return JSONResponse(ol.problems.submit_json(slug, body.code))  # JSON-ready already, made once for the record too


@router.get("/api/problems/{slug}/submissions", tags=["practice"], responses=PAGED_RESPONSES)
def api_history(request: Request, response: Response, slug: str, ol: OfferloopDep, limit: Limit = DEFAULT_LIMIT,
                offset: Offset = 0):
    """Your attempts at this problem, newest first, one page at a time (`X-Total-Count`, `Link` to the
    next and previous pages)."""
    set_page_headers(request, response, ol.problems.history_count(slug), limit, offset)
    return ol.problems.history(slug, limit=limit, offset=offset)


@router.get("/api/problems/{slug}/submissions/{submission_id}", tags=["practice"])
def api_submission(slug: str, submission_id: SubmissionId, ol: OfferloopDep):
    """One past attempt: the code that was sent and the judge's full result."""
    return ol.problems.submission(slug, submission_id)


@router.get("/api/problems/{slug}/draft", tags=["practice"])
def api_draft(slug: str, ol: OfferloopDep):
    """The code saved as you typed on the problem page (code is null when there is no draft)."""
    return ol.problems.draft(slug) or {"slug": slug, "code": None, "updated_at": None}


@router.put("/api/problems/{slug}/draft", tags=["practice"])
def api_save_draft(slug: str, body: ProblemDraftIn, ol: OfferloopDep):
    """Save the code being written on this problem (replaces the previous draft)."""
    return ol.problems.save_draft(slug, body.code)


@router.delete("/api/problems/{slug}/draft", tags=["practice"])
def api_delete_draft(slug: str, ol: OfferloopDep):
    """Forget the draft (the page then opens on your last attempt or the starter)."""
    return {"slug": slug, "deleted": ol.problems.delete_draft(slug)}


@router.post("/api/problems/{slug}/run", tags=["practice"])
def api_run(slug: str, body: CodeIn, ol: OfferloopDep):
    """Grade on the visible examples only; nothing is recorded."""
    return JSONResponse(ol.problems.run_examples(slug, body.code).to_dict())


@router.get("/api/problems/{slug}/hints/{number:int}", tags=["practice"])
def api_hint(slug: str, number: Annotated[int, Path(ge=1, le=50)], ol: OfferloopDep):
    """Hint number N (1-based); the first names the target complexity."""
    from offerloop.errors import NotFound

    hints = ol.problems.get(slug).hints
    if not 1 <= number <= len(hints):
        raise NotFound(f"This problem has {len(hints)} hints.")
    return {"number": number, "of": len(hints), "hint": hints[number - 1]}
