"""Home page and health."""

from __future__ import annotations

from fastapi import APIRouter, Request

from offerloop.areas import AREAS
from offerloop.web.deps import OfferloopDep, render

router = APIRouter()


@router.get("/api/health", tags=["meta"])
def health() -> dict:
    """Liveness: answers {"status": "ok"} while the app can serve."""
    return {"status": "ok"}


@router.get("/", include_in_schema=False)
def home(request: Request, ol: OfferloopDep):
    ready = request.app.state.ready_areas
    areas = [{"area": a, "ready": a.slug in ready} for a in AREAS]
    return render(request, "home.html", areas=areas, active="home", activity=ol.plans.activity())
