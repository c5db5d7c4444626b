"""The signed-in user's own account: export everything (both modes), and in hosted mode what they
share with their coaches and deleting the account. The rules live in offerloop.accounts.export and
offerloop.accounts.coach."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import Field, StrictBool
from starlette.exceptions import HTTPException as StarletteHTTPException

from offerloop.accounts.errors import TooManyAttempts
from offerloop.errors import OfferloopError
from offerloop.web import auth
from offerloop.web.deps import OfferloopDep, render
from offerloop.web.fields import JsonBody

router = APIRouter()  # both modes
hosted_router = APIRouter()  # hosted mode only
TAGS = ["account"]
EXPORT_SCHEMA = {200: {"description": "Every row you own, as JSON (the `offerloop export` format, with an "
                                      "`account` section); sent as a file to save.",
                       "content": {"application/json": {"schema": {"type": "object"}}}}}


class SharingIn(JsonBody):
    readiness: StrictBool | None = Field(None, description="Share your level per area with your coaches.")
    activity: StrictBool | None = Field(None, description="Share your last practice day and repeated failures.")
    interviews: StrictBool | None = Field(None, description="Share the dates and rounds of this week's interviews.")
    companies: StrictBool | None = Field(None, description="Share the company and role of those interviews.")


class SharingOut(JsonBody):
    readiness: bool
    activity: bool
    interviews: bool
    companies: bool


class DeleteIn(JsonBody):
    password: Annotated[str, Field(max_length=1024, description="Your password, typed again.")]
    confirm: Annotated[str, Field(max_length=320, description="Your email, typed again, to confirm.")]


@router.get("/api/me/export", tags=TAGS, responses=EXPORT_SCHEMA)
def api_export(ol: OfferloopDep):
    """Everything you own, as one JSON file: every owned table's rows (no password hash, no session
    tokens). `offerloop import` reads it back."""
    from offerloop.accounts.export import export_user

    return JSONResponse(export_user(ol, ol.user_id),
                        headers={"Content-Disposition": 'attachment; filename="offerloop-export.json"'})


@hosted_router.get("/api/me/sharing", tags=TAGS, response_model=SharingOut)
def api_sharing(ol: OfferloopDep):
    """What your cohort's coaches may see. The text of your answers, stories and notes is never shown."""
    return ol.coaching.sharing()


@hosted_router.put("/api/me/sharing", tags=TAGS, response_model=SharingOut)
def api_set_sharing(body: SharingIn, ol: OfferloopDep):
    """Change what your coaches may see; settings left out keep their value."""
    return ol.coaching.set_sharing(body.model_dump(exclude_none=True))


def _delete(request: Request, ol, password: str, confirm: str) -> dict[str, int]:
    from offerloop.accounts.export import delete_own_account

    return delete_own_account(ol, request.app.state.offerloop.accounts, ol.user_id, password, confirm,
                              auth.client_address(request.scope))


@hosted_router.delete("/api/me", tags=TAGS,
                      responses={403: {"description": "Wrong password (or no CSRF token)."},
                                 429: {"description": "Too many wrong passwords; Retry-After says when."}})
def api_delete_me(body: DeleteIn, request: Request, ol: OfferloopDep):
    """Delete your account and everything you own, in one transaction; every session ends. Send your
    password and your email (as `confirm`)."""
    try:
        counts = _delete(request, ol, body.password, body.confirm)
    except TooManyAttempts as exc:
        raise StarletteHTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after)}) from None
    response = JSONResponse({"deleted": counts})
    auth.clear_session_cookie(response, request.scope, request.app.state.offerloop.settings)
    return response


# -- the account page ---------------------------------------------------------------------------------
def _page(request: Request, ol, status_code: int = 200, **extra):
    from offerloop.accounts.coach import SHARING_HELP

    return render(request, "accounts/account.html", status_code=status_code, sharing=ol.coaching.sharing(),
                  help=SHARING_HELP, message=extra.get("message"), error=extra.get("error"))


@hosted_router.get("/account", include_in_schema=False)
def account_page(request: Request, ol: OfferloopDep):
    return _page(request, ol)


@hosted_router.post("/account/sharing", include_in_schema=False)
def account_sharing(request: Request, ol: OfferloopDep, readiness: Annotated[str, Form()] = "",
                    activity: Annotated[str, Form()] = "", interviews: Annotated[str, Form()] = "",
                    companies: Annotated[str, Form()] = ""):
    ol.coaching.set_sharing({"readiness": readiness == "1", "activity": activity == "1",
                             "interviews": interviews == "1", "companies": companies == "1"})
    return RedirectResponse("/account?saved=1", status_code=303)


@hosted_router.post("/account/delete", include_in_schema=False)
def account_delete(request: Request, ol: OfferloopDep, password: Annotated[str, Form(max_length=1024)] = "",
                   confirm: Annotated[str, Form(max_length=320)] = ""):
    try:
        _delete(request, ol, password, confirm)
    except OfferloopError as exc:  # wrong password, no confirmation, too many attempts: said on the page
        return _page(request, ol, status_code=exc.http_status, error=str(exc))
    response = RedirectResponse("/signin", status_code=303)
    auth.clear_session_cookie(response, request.scope, request.app.state.offerloop.settings)
    return response
