"""Dependencies every router uses: the Offerloop object for the current user, and templates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.templating import Jinja2Templates

from offerloop.areas import AREAS

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def get_offerloop(request: Request):
    """The deployment's Offerloop object (one local user on a laptop)."""
    return request.app.state.offerloop


OfferloopDep = Annotated[Any, Depends(get_offerloop)]


def render(request: Request, template: str, status_code: int = 200, **context):
    ready = request.app.state.ready_areas
    nav = [{"slug": a.slug, "title": a.title, "ready": a.slug in ready} for a in AREAS]
    return TEMPLATES.TemplateResponse(
        request, template, {"nav": nav, "active": context.pop("active", None), **context}, status_code=status_code
    )
