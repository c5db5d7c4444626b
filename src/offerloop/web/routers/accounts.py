"""Hosted mode's sign-in: /api/session (JSON) and the /signin, /signup, /signout pages.

Included only when OFFERLOOP_MODE=hosted (a laptop has no sign-in). The rules live in
offerloop.accounts; the gate in front of every route is web.auth.AuthMiddleware."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from offerloop.accounts.errors import Forbidden, NotSignedIn, TooManyAttempts
from offerloop.errors import OfferloopError
from offerloop.web import auth
from offerloop.web.deps import render
from offerloop.web.fields import JsonBody

router = APIRouter()
TAGS = ["session"]


class SignInBody(JsonBody):
    email: Annotated[str, Field(max_length=320)]
    password: Annotated[str, Field(max_length=1024)]


class SessionOut(BaseModel):
    user_id: int
    email: str
    role: str
    csrf_token: str


def _accounts(request: Request):
    return request.app.state.offerloop.accounts


def _same_origin(request: Request) -> None:
    """Sign-in and sign-up posts must come from this site's own pages when the browser says where
    from (Origin), so another site cannot sign a visitor into an account of its choosing."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host", ""):
        raise Forbidden("Sign-in requests must come from this site's own pages.")


def _throttled(exc: TooManyAttempts) -> StarletteHTTPException:
    return StarletteHTTPException(429, str(exc), headers={"Retry-After": str(exc.retry_after)})


def _user_out(user) -> dict[str, Any]:
    return {"user_id": user.user_id, "email": user.email, "role": user.role, "csrf_token": user.csrf_token}


def _start(request: Request, response, token: str) -> None:
    """Set the new session's cookie; end the session the browser came with, if any (no fixation,
    and no orphaned sessions piling up)."""
    old = request.cookies.get(auth.COOKIE)
    if old and old != token:
        _accounts(request).sign_out(old)
    auth.set_session_cookie(response, token, request.scope, request.app.state.offerloop.settings)


@router.post("/api/session", tags=TAGS, response_model=SessionOut,
             responses={401: {"description": "Wrong email or password."},
                        403: {"description": "Posted from another site."},
                        429: {"description": "Too many attempts; Retry-After says when to try again."}})
def sign_in(body: SignInBody, request: Request):
    """Sign in with email and password: sets the session cookie (a new one every time) and returns
    the CSRF token that every later POST, PUT, PATCH and DELETE sends as X-CSRF-Token."""
    _same_origin(request)
    try:
        token, user = _accounts(request).sign_in(body.email, body.password, auth.client_address(request.scope))
    except TooManyAttempts as exc:
        raise _throttled(exc) from None
    response = JSONResponse(_user_out(user))
    _start(request, response, token)
    return response


@router.get("/api/session", tags=TAGS, response_model=SessionOut, responses={401: {"description": "Not signed in."}})
def current_session(request: Request):
    """Who is signed in, and the CSRF token to send with every state-changing request."""
    user = getattr(request.state, "user", None)
    if user is None:
        raise NotSignedIn(auth.SIGN_IN_FIRST)
    return _user_out(user)


@router.delete("/api/session", tags=TAGS, responses={401: {"description": "Not signed in."},
                                                      403: {"description": "No CSRF token."}})
def sign_out(request: Request, everywhere: bool = Query(False, description="End every session of this user.")):
    """Sign out this browser, or with everywhere=true every browser of this user."""
    ended = _accounts(request).sign_out(request.cookies.get(auth.COOKIE), everywhere=everywhere)
    response = JSONResponse({"signed_out": ended})
    auth.clear_session_cookie(response, request.scope, request.app.state.offerloop.settings)
    return response


# -- pages --------------------------------------------------------------------------------------------
def _next(target: str | None) -> str:
    # Only a path on this site: "//evil.example" or "https://..." would be an open redirect.
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/signin", include_in_schema=False)
def signin_page(request: Request, next: str = "/"):
    return render(request, "accounts/signin.html", next=_next(next), error=None, email="")


@router.post("/signin", include_in_schema=False)
def signin_form(request: Request, email: Annotated[str, Form(max_length=320)] = "",
                password: Annotated[str, Form(max_length=1024)] = "", next: Annotated[str, Form()] = "/"):
    _same_origin(request)
    try:
        token, _user = _accounts(request).sign_in(email, password, auth.client_address(request.scope))
    except NotSignedIn as exc:
        return render(request, "accounts/signin.html", status_code=401, next=_next(next), error=str(exc), email=email)
    except TooManyAttempts as exc:
        response = render(request, "accounts/signin.html", status_code=429, next=_next(next), error=str(exc),
                          email=email)
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    response = RedirectResponse(_next(next), status_code=303)
    _start(request, response, token)
    return response


@router.get("/signup", include_in_schema=False)
def signup_page(request: Request, code: str = ""):
    return render(request, "accounts/signup.html", error=None, email="", code=code[:100])


@router.post("/signup", include_in_schema=False)
def signup_form(request: Request, email: Annotated[str, Form(max_length=320)] = "",
                password: Annotated[str, Form(max_length=1024)] = "", code: Annotated[str, Form(max_length=100)] = ""):
    _same_origin(request)
    try:
        token, _user = _accounts(request).sign_up(email, password, code, auth.client_address(request.scope))
    except TooManyAttempts as exc:
        response = render(request, "accounts/signup.html", status_code=429, error=str(exc), email=email, code="")
        response.headers["Retry-After"] = str(exc.retry_after)
        return response
    except OfferloopError as exc:  # a bad code, a weak password, an email already taken: shown on the form
        return render(request, "accounts/signup.html", status_code=exc.http_status, error=str(exc), email=email,
                      code=code)
    response = RedirectResponse("/", status_code=303)
    _start(request, response, token)
    return response


@router.post("/signout", include_in_schema=False)
def signout_form(request: Request, everywhere: Annotated[str, Form()] = ""):
    _accounts(request).sign_out(request.cookies.get(auth.COOKIE), everywhere=everywhere == "1")
    response = RedirectResponse("/signin", status_code=303)
    auth.clear_session_cookie(response, request.scope, request.app.state.offerloop.settings)
    return response
