"""Offers: the page (forms, comparison, chart, advice) and the JSON API under /api/offers."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from offerloop.errors import InvalidInput, OfferloopError
from offerloop.offers.chart import four_year_chart
from offerloop.offers.compensation import money
from offerloop.offers.inputs import (_LEVEL_WORDS, _REMOTE_WORDS, _TYPE_WORDS, COMPANY_TYPES, EQUITY_KINDS, LEVELS,
                                     REMOTE_POLICIES, STATUSES)
from offerloop.offers.market import LEVEL_LABELS, TYPE_LABELS
from offerloop.offers.service import FIELDS, local_zone
from offerloop.web.deps import Id, OfferloopDep, render
from offerloop.web.fields import Currency, Name
from offerloop.web.paging import DEFAULT_LIMIT, PAGED_RESPONSES, Limit, Offset, set_page_headers

router = APIRouter()

# Amounts are whole units: a number, or text such as "200k", "1.5m" or "200,000".
_MONEY_TEXT = r"^\s*\$?\s*\d[\d,]*(\.\d+)?\s*[kKmM]?\s*$"
Amount = Annotated[int, Field(ge=0, le=10**12)] | Annotated[str, Field(pattern=_MONEY_TEXT, max_length=30)] | None
Number = (Annotated[float, Field(ge=0, le=10**12, allow_inf_nan=False)]
          | Annotated[str, Field(pattern=r"^\s*\d+(\.\d+)?\s*%?\s*$", max_length=30)] | None)
Level = Literal[tuple(sorted(set(LEVELS) | set(_LEVEL_WORDS)))]  # type: ignore[valid-type]
OfferCompanyType = Literal[tuple(sorted(set(COMPANY_TYPES) | set(_TYPE_WORDS)))]  # type: ignore[valid-type]
Remote = Literal[tuple(sorted(set(REMOTE_POLICIES) | set(_REMOTE_WORDS)))]  # type: ignore[valid-type]
_Text = Annotated[str, Field(max_length=200)]
_Date = Annotated[str, Field(max_length=40, examples=["2027-01-15"])]


class OfferIn(BaseModel):
    """An offer's fields. Amounts are whole units (numbers, or text such as "200k"); omitted fields keep
    their value on PATCH; null clears an optional field."""

    model_config = ConfigDict(extra="forbid")

    company: Name | None = None
    role: _Text | None = None
    level: Level | None = None
    company_type: OfferCompanyType | None = None
    location: _Text | None = None
    currency: Currency | None = None
    base: Amount = None
    bonus_pct: Number = None
    bonus_amount: Amount = None
    sign_on: Amount = None
    sign_on_clawback_months: int | None = Field(default=None, ge=0, le=120)
    equity_kind: Literal["none", "rsu", "options"] | None = None
    equity_grant: Amount = None
    vesting: list[Annotated[float, Field(ge=0, le=100)]] | Annotated[str, Field(max_length=100)] | None = Field(
        default=None, description="yearly percentages adding up to 100, e.g. [25, 25, 25, 25] or \"25,25,25,25\"")
    cliff_months: int | None = Field(default=None, ge=0, le=120)
    refresh_grant: Amount = None
    option_shares: Amount = None
    option_strike: Number = None
    option_price: Number = None
    option_price_basis: Literal["preferred", "409a"] | None = None
    retirement_match_pct: Number = None
    pto_days: int | None = Field(default=None, ge=0, le=366)
    remote_policy: Remote | None = None
    start_date: _Date | None = None
    deadline: _Date | None = Field(default=None, description="a date (2026-12-01), a date and time, or 'in 3d'")
    written_offer: bool | None = None
    quit_first: bool | None = None
    accept_as_is: bool | None = None
    status: Literal["pending", "accepted", "declined"] | None = None
    notes: Annotated[str, Field(max_length=20_000)] | None = None


class NewOffer(OfferIn):
    company: Name


class RangeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    low: Amount
    high: Amount
    currency: Currency | None = None


class PointIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    total_comp: Annotated[int, Field(ge=1, le=10**12)] | Annotated[str, Field(pattern=_MONEY_TEXT, max_length=30)]
    company: _Text = ""
    level: Level | None = None
    company_type: OfferCompanyType | None = None
    currency: Currency = "USD"
    source: _Text = ""
    note: Annotated[str, Field(max_length=2_000)] = ""


class ProfileIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    rare_skills: bool


def _fields(body: OfferIn) -> dict[str, Any]:
    fields = body.model_dump(exclude_unset=True)
    if isinstance(fields.get("vesting"), list):
        fields["vesting"] = [str(v) for v in fields["vesting"]]
    return fields


# -- JSON API (specific paths before /{offer_id:int}) -----------------------------------------------
@router.get("/api/offers", tags=["offers"], responses=PAGED_RESPONSES)
def api_list(request: Request, response: Response, ol: OfferloopDep, limit: Limit = DEFAULT_LIMIT,
             offset: Offset = 0) -> list[dict]:
    """The offers, oldest first, each with its `year_totals` (4 years) and `annualized` total; one page
    at a time (`X-Total-Count`, `Link` to the next and previous pages)."""
    set_page_headers(request, response, ol.offers.count(), limit, offset)
    return ol.offers.list(limit=limit, offset=offset)


@router.get("/api/offers/compare", tags=["offers"])
def api_compare(ol: OfferloopDep, ids: list[Annotated[int, Field(ge=1, le=2_147_483_647)]] | None = Query(None, max_length=50),
                currency: Currency | None = None) -> list[dict]:
    """Offers side by side, best annualised first; refuses mixed currencies unless one is chosen."""
    return ol.offers.compare(ids, currency)


@router.post("/api/offers", tags=["offers"], status_code=201)
def api_create(body: NewOffer, ol: OfferloopDep) -> dict:
    return ol.offers.add(_fields(body))


@router.get("/api/offers/market", tags=["offers"])
def api_ranges(ol: OfferloopDep) -> list[dict]:
    """Your market ranges (the guide's, seeded on first use, plus your edits)."""
    return ol.offers.market_ranges()


@router.put("/api/offers/market/{level}/{company_type}", tags=["offers"])
def api_set_range(level: Annotated[Level, Path()], company_type: Annotated[OfferCompanyType, Path()], body: RangeIn, ol: OfferloopDep) -> dict:
    return ol.offers.set_range(level, company_type, body.low, body.high, body.currency)


@router.post("/api/offers/market/reset", tags=["offers"])
def api_reset_ranges(ol: OfferloopDep) -> list[dict]:
    return ol.offers.reset_ranges()


@router.get("/api/offers/points", tags=["offers"])
def api_points(ol: OfferloopDep) -> list[dict]:
    return ol.offers.points()


@router.post("/api/offers/points", tags=["offers"], status_code=201)
def api_add_point(body: PointIn, ol: OfferloopDep) -> dict:
    return ol.offers.add_point(body.model_dump())


@router.delete("/api/offers/points/{point_id:int}", tags=["offers"])
def api_remove_point(point_id: Id, ol: OfferloopDep) -> dict:
    return {"deleted": ol.offers.remove_point(point_id)["id"]}


@router.get("/api/offers/profile", tags=["offers"])
def api_profile(ol: OfferloopDep) -> dict:
    return ol.offers.prefs()


@router.put("/api/offers/profile", tags=["offers"])
def api_set_profile(body: ProfileIn, ol: OfferloopDep) -> dict:
    return ol.offers.set_prefs(body.rare_skills)


@router.get("/api/offers/{offer_id:int}", tags=["offers"])
def api_get(offer_id: Id, ol: OfferloopDep) -> dict:
    """One offer with its market position and negotiation advice."""
    return ol.offers.report(offer_id)


@router.patch("/api/offers/{offer_id:int}", tags=["offers"])
def api_update(offer_id: Id, body: OfferIn, ol: OfferloopDep) -> dict:
    return ol.offers.update(offer_id, _fields(body))


@router.delete("/api/offers/{offer_id:int}", tags=["offers"])
def api_delete(offer_id: Id, ol: OfferloopDep) -> dict:
    return {"deleted": ol.offers.remove(offer_id)["id"]}


# -- pages ---------------------------------------------------------------------------------------
CHECKBOXES = ("written_offer", "quit_first", "accept_as_is")


def _form_fields(form, editing: bool) -> dict[str, Any]:
    """Form values as offer fields: on add, empty boxes are left out; on edit, they clear the field."""
    fields: dict[str, Any] = {}
    for name in FIELDS:
        if name in CHECKBOXES:
            fields[name] = form.get(name) == "on"
            continue
        if name not in form:
            continue
        value = str(form.get(name)).strip()
        if name == "equity_kind" and value in ("", "auto"):
            continue  # follows from what was filled in
        if value or editing:
            fields[name] = value
    return fields


def _form_values(offer: dict | None) -> dict[str, str]:
    """An offer as the strings its edit form shows."""
    if offer is None:
        return {"currency": "USD"}
    eq = offer["equity"]
    deadline = ""
    if offer["deadline"]:
        deadline = datetime.fromisoformat(offer["deadline"]).astimezone(local_zone()).strftime("%Y-%m-%dT%H:%M")

    def s(v):
        return "" if v is None else str(v)

    return {
        "company": offer["company"], "role": offer["role"], "level": s(offer["level"]),
        "company_type": s(offer["company_type"]), "location": offer["location"], "currency": offer["currency"],
        "base": s(offer["base"]), "bonus_pct": s(offer["bonus_pct"]), "bonus_amount": s(offer["bonus_amount"]),
        "sign_on": s(offer["sign_on"] or ""), "sign_on_clawback_months": s(offer["sign_on_clawback_months"]),
        "equity_kind": eq["kind"], "equity_grant": s(eq["grant"]),
        "vesting": ",".join(str(v) for v in eq["vesting"]) if eq["vesting_given"] else "",
        "cliff_months": s(eq["cliff_months"]), "refresh_grant": s(eq["refresh_grant"]),
        "option_shares": s(eq["option_shares"]), "option_strike": s(eq["strike"]), "option_price": s(eq["price"]),
        "option_price_basis": s(eq["price_basis"]), "retirement_match_pct": s(offer["retirement_match_pct"]),
        "pto_days": s(offer["pto_days"]), "remote_policy": s(offer["remote_policy"]),
        "start_date": s(offer["start_date"]), "deadline": deadline, "status": offer["status"],
        "written_offer": "on" if offer["written_offer"] else "", "quit_first": "on" if offer["quit_first"] else "",
        "accept_as_is": "on" if offer["accept_as_is"] else "",
        "notes": offer["notes"],
    }


def _page(request: Request, ol, *, currency: str | None = None, form: dict | None = None,
          error: str | None = None, editing: dict | None = None, status_code: int = 200):
    now = datetime.now(timezone.utc)
    reports = ol.offers.reports(now)
    currencies = sorted({r["currency"] for r in reports})
    compare_error = None
    compared: list[dict] = []
    try:
        compared = ol.offers.compare(None, currency)
    except InvalidInput as exc:
        compare_error = str(exc)
    shown = compared[0]["currency"] if compared else None
    by_id = {r["id"]: r for r in reports}
    return render(
        request, "offers/page.html", status_code=status_code, active="offers",
        reports=reports, compared=[{**c, **{"market": by_id[c["id"]]["market"]}} for c in compared],
        compare_error=compare_error, currencies=currencies, currency=shown,
        chart=four_year_chart(compared, shown) if compared else "",
        form=form if form is not None else _form_values(editing), editing=editing, error=error,
        money=money, choices=_choices(), profile=ol.offers.prefs(), local_time=_local_time,
    )


def _local_time(iso: str) -> str:
    """A stored UTC moment as the machine's wall clock, e.g. "2026-12-01 17:00"."""
    return datetime.fromisoformat(iso).astimezone(local_zone()).strftime("%Y-%m-%d %H:%M")


def _choices() -> dict:
    return {"levels": [(k, LEVEL_LABELS[k]) for k in LEVELS],
            "types": [(k, TYPE_LABELS[k]) for k in COMPANY_TYPES],
            "equity": EQUITY_KINDS, "remote": REMOTE_POLICIES, "statuses": STATUSES}


@router.get("/offers", include_in_schema=False)
def offers_page(request: Request, ol: OfferloopDep, currency: str | None = None):
    return _page(request, ol, currency=currency or None)


@router.post("/offers", include_in_schema=False)
async def offers_create(request: Request, ol: OfferloopDep):
    form = await request.form()
    try:
        offer = ol.offers.add(_form_fields(form, editing=False))
    except OfferloopError as exc:  # show the sentence next to the form, keeping what was typed
        return _page(request, ol, form=dict(form), error=str(exc), status_code=exc.http_status)
    return RedirectResponse(f"/offers#offer-{offer['id']}", status_code=303)


@router.get("/offers/market", include_in_schema=False)
def market_page(request: Request, ol: OfferloopDep, error: str | None = None):
    return render(request, "offers/market.html", active="offers", ranges=ol.offers.market_ranges(),
                  points=ol.offers.points(), profile=ol.offers.prefs(), money=money, choices=_choices(),
                  error=error)


@router.post("/offers/market", include_in_schema=False)
async def market_save(request: Request, ol: OfferloopDep):
    form = await request.form()
    try:
        for r in ol.offers.market_ranges():
            key = f"{r['level']}:{r['company_type']}"
            low, high = form.get(f"{key}:low"), form.get(f"{key}:high")
            if low is None or high is None:
                continue
            if (str(low), str(high)) != (str(r["low"]), str(r["high"])):
                ol.offers.set_range(r["level"], r["company_type"], low, high)
    except OfferloopError as exc:
        return render(request, "offers/market.html", status_code=exc.http_status, active="offers",
                      ranges=ol.offers.market_ranges(), points=ol.offers.points(), profile=ol.offers.prefs(),
                      money=money, choices=_choices(), error=str(exc))
    return RedirectResponse("/offers/market?saved=1", status_code=303)


@router.post("/offers/market/reset", include_in_schema=False)
def market_reset(ol: OfferloopDep):
    ol.offers.reset_ranges()
    return RedirectResponse("/offers/market", status_code=303)


@router.post("/offers/points", include_in_schema=False)
async def points_add(request: Request, ol: OfferloopDep):
    form = await request.form()
    try:
        ol.offers.add_point({k: str(form.get(k) or "") for k in ("total_comp", "company", "level", "company_type",
                                                                  "currency", "source", "note")})
    except OfferloopError as exc:
        return render(request, "offers/market.html", status_code=exc.http_status, active="offers",
                      ranges=ol.offers.market_ranges(), points=ol.offers.points(), profile=ol.offers.prefs(),
                      money=money, choices=_choices(), error=str(exc), point_form=dict(form))
    return RedirectResponse("/offers/market#points", status_code=303)


@router.post("/offers/points/{point_id:int}/delete", include_in_schema=False)
def points_remove(point_id: Id, ol: OfferloopDep):
    ol.offers.remove_point(point_id)
    return RedirectResponse("/offers/market#points", status_code=303)


@router.post("/offers/profile", include_in_schema=False)
async def profile_save(request: Request, ol: OfferloopDep):
    form = await request.form()
    ol.offers.set_prefs(form.get("rare_skills") == "on")
    return RedirectResponse("/offers#advice", status_code=303)


@router.get("/offers/{offer_id:int}/edit", include_in_schema=False)
def offers_edit(request: Request, offer_id: Id, ol: OfferloopDep):
    return _page(request, ol, editing=ol.offers.get(offer_id))


@router.post("/offers/{offer_id:int}", include_in_schema=False)
async def offers_update(request: Request, offer_id: Id, ol: OfferloopDep):
    form = await request.form()
    editing = ol.offers.get(offer_id)
    try:
        ol.offers.update(offer_id, _form_fields(form, editing=True))
    except OfferloopError as exc:
        return _page(request, ol, form=dict(form), error=str(exc), editing=editing, status_code=exc.http_status)
    return RedirectResponse(f"/offers#offer-{offer_id}", status_code=303)


@router.get("/offers/{offer_id:int}/delete", include_in_schema=False)
def offers_confirm_delete(request: Request, offer_id: Id, ol: OfferloopDep):
    return render(request, "offers/delete.html", active="offers", offer=ol.offers.get(offer_id), money=money)


@router.post("/offers/{offer_id:int}/delete", include_in_schema=False)
def offers_delete(offer_id: Id, ol: OfferloopDep):
    ol.offers.remove(offer_id)
    return RedirectResponse("/offers", status_code=303)
