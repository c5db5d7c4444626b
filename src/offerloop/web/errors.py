"""The one error boundary of the web app: JSON under /api, an HTML page everywhere else."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from offerloop.errors import OfferloopError


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        parts.append(f"{where}: {err.get('msg')}" if where else str(err.get("msg")))
    return "The request is not valid: " + "; ".join(parts) + "."


def _answer(request: Request, status: int, message: str):
    if request.url.path.startswith("/api"):
        return JSONResponse({"error": message, "status": status}, status_code=status)
    from offerloop.web.deps import render

    return render(request, "error.html", status_code=status, status=status, message=message)


def install(app: FastAPI) -> None:
    @app.exception_handler(OfferloopError)
    async def _offerloop_error(request: Request, exc: OfferloopError):
        return _answer(request, exc.http_status, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        return _answer(request, 422, _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "Request failed."
        if exc.status_code == 404 and message == "Not Found":
            message = f"There is no page at {request.url.path}."
        return _answer(request, exc.status_code, message)
