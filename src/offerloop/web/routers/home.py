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
    from offerloop.readiness.today import dashboard

    today = dashboard(ol)  # the "Today" dashboard (readiness area); it carries the streak heatmap too
    return render(request, "home.html", areas=areas, active="home", activity=today["activity"], today=today)


@router.get("/api/today", tags=["readiness"])
def api_today(ol: OfferloopDep) -> dict:
    """The Today dashboard as JSON: cards and problems due, today's plan item, thank-you and follow-up
    reminders, the next interview's countdown, readiness per area, streak numbers."""
    from offerloop.readiness.today import dashboard

    out = dashboard(ol)
    out["activity"] = {k: v for k, v in out["activity"].items() if k != "svg"}
    return out
