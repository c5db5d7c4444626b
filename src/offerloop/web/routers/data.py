"""The data track (pandas and scikit-learn) shares the practice pages, filtered to its track."""

from __future__ import annotations

from fastapi import APIRouter, Request

from offerloop.web.deps import OfferloopDep
from offerloop.web.routers.practice import problem_list_page

router = APIRouter()


@router.get("/data", include_in_schema=False)
def data_page(request: Request, ol: OfferloopDep, topic: str | None = None, difficulty: str | None = None,
              status: str | None = None):
    return problem_list_page(request, ol, "data", "data", topic, difficulty, status)
