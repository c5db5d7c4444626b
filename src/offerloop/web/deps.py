"""Dependencies every router uses: the Offerloop object for the current user, and templates."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Path as PathParam, Request
from pydantic import BaseModel
from fastapi.templating import Jinja2Templates

from offerloop.areas import AREAS

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def get_offerloop(request: Request):
    """The Offerloop object acting for this request's user: the deployment's own object on a laptop
    (its one local user); in hosted mode one acting for the signed-in user only (web.auth)."""
    ol = request.app.state.offerloop
    if not ol.settings.hosted:
        return ol
    user = getattr(request.state, "user", None)
    if user is None:  # the gate lets no anonymous request reach a route that needs a user; belt and braces
        from offerloop.accounts.errors import NotSignedIn

        raise NotSignedIn("Sign in first.")
    return request.app.state.for_user(user.user_id)


OfferloopDep = Annotated[Any, Depends(get_offerloop)]

# Row ids in paths: positive and within a 32-bit integer, the narrowest id column of both backends,
# so an absurd id is a 422 sentence, never an overflow in the driver.
MAX_ID = 2_147_483_647
Id = Annotated[int, PathParam(ge=1, le=MAX_ID, description="a row id", examples=[1])]


class ErrorBody(BaseModel):
    """What every error answer under /api carries: one sentence and the status."""

    error: str
    status: int
    request_id: str | None = None


# Declared on every API route so the schema lists the errors a client can meet.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in (
        (400, "The request cannot be read."),
        (404, "No such item (or not yours)."),
        (405, "Method not allowed on this path."),
        (409, "The request clashes with what is stored."),
        (413, "The upload or body is too large."),
        (422, "The request is not valid; the sentence says why."),
        (500, "Unexpected error; the body carries the request id."),
        # Any route reads the database (and in hosted mode the gate reads the session): when it is down,
        # or Redis behind the hosted limits, the answer is a 503 sentence rather than a wait.
        (503, "The database (or, in hosted mode, Redis) is not answering; try again in a moment."),
    )
}


def render(request: Request, template: str, status_code: int = 200, **context):
    ready = request.app.state.ready_areas
    nav = [{"slug": a.slug, "title": a.title, "ready": a.slug in ready} for a in AREAS]
    return TEMPLATES.TemplateResponse(
        request, template, {"nav": nav, "active": context.pop("active", None), **context}, status_code=status_code
    )
