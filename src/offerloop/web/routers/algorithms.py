"""The algorithms and Python tracks share the practice pages, filtered to their tracks."""

from __future__ import annotations

from fastapi import APIRouter, Request

from offerloop.web.deps import OfferloopDep
from offerloop.web.routers.practice import problem_list_page

router = APIRouter()


@router.get("/algorithms", include_in_schema=False)
def algorithms_page(request: Request, ol: OfferloopDep, track: str | None = None, topic: str | None = None,
                    difficulty: str | None = None, status: str | None = None):
    return problem_list_page(request, ol, "algorithms", track, topic, difficulty, status)
