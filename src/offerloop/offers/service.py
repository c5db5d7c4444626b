"""OfferManager: stores offers, market ranges and data points, and answers with the maths and the
advice from the pure modules (compensation, market, negotiation)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any, Iterable

from sqlalchemy import delete, func, select

from offerloop.errors import InvalidInput, NotFound
from offerloop.offers import inputs
from offerloop.offers.compensation import Terms, pct_text, summarize
from offerloop.offers.market import (LEVEL_LABELS, TYPE_LABELS, Range, data_point_summary, peers, position,
                                     seed_rows)
from offerloop.offers.models import MarketDataPoint, MarketRange, Offer, OfferPrefs
from offerloop.offers.negotiation import advise
from offerloop.store.base import Activity, utcnow

# Every field an offer takes, in the user's words (the JSON API and the CLI use the same names).
FIELDS = ("company", "role", "level", "company_type", "location", "currency", "base", "bonus_pct",
          "bonus_amount", "sign_on", "sign_on_clawback_months", "equity_kind", "equity_grant", "vesting",
          "cliff_months", "refresh_grant", "option_shares", "option_strike", "option_price", "option_price_basis",
          "retirement_match_pct", "pto_days", "remote_policy", "start_date", "deadline", "written_offer",
          "quit_first", "accept_as_is", "status", "notes")
_MONEY = ("base", "bonus_amount", "sign_on", "equity_grant", "refresh_grant")
_COUNTS = {"sign_on_clawback_months": ("claw-back months", 120), "cliff_months": ("cliff in months", 120),
           "pto_days": ("PTO days", 366), "option_shares": ("number of option shares", 10**12)}
_TEXT = {"company": 200, "role": 200, "location": 200, "notes": 20_000}


def local_zone():
    """The machine's time zone: a deadline typed without one means the user's wall clock."""
    return datetime.now().astimezone().tzinfo


def _count(value, field: str, limit: int) -> int | None:
    if value is None or str(value).strip().lower() in ("", "none"):
        return None
    number = inputs.parse_decimal(value, field, high=Decimal(limit))
    if number != number.to_integral_value():
        raise InvalidInput(f"The {field} must be a whole number, not {value}.")
    return int(number)


def _flag(value, field: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "y", "on"):
        return True
    if text in ("0", "false", "no", "n", "off", ""):
        return False
    raise InvalidInput(f"The {field} must be yes or no, not {value!r}.")


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and value.strip().lower() in ("", "none"))


def apply_fields(row: Offer, fields: dict[str, Any], now: datetime) -> None:
    """Check and copy user-given fields onto an offer row, or raise InvalidInput with one sentence.
    The row may be partly changed when it raises; callers run this inside a session that then rolls back."""
    unknown = sorted(set(fields) - set(FIELDS) - {"equity"})
    if unknown:
        raise InvalidInput(f"Unknown offer field {unknown[0]!r}; the fields are: {', '.join(FIELDS)}.")
    if "equity" in fields:  # the CLI's --equity is the grant value
        fields = dict(fields)
        grant = fields.pop("equity")
        fields.setdefault("equity_grant", grant)
    for name, value in fields.items():
        if name in _TEXT:
            text = (value or "").strip() if isinstance(value, str) or value is None else str(value)
            if len(text) > _TEXT[name]:
                raise InvalidInput(f"The {name.replace('_', ' ')} is longer than {_TEXT[name]} characters.")
            if name == "company" and not text:
                raise InvalidInput("The company name cannot be empty.")
            setattr(row, name, text)
        elif name in _MONEY:
            label = name.replace("_", " ").replace("equity grant", "equity grant value")
            if _blank(value) and name == "base":
                raise InvalidInput("The base salary is required.")
            if _blank(value):
                setattr(row, name, 0 if name == "sign_on" else None)
            else:
                setattr(row, name, inputs.parse_money(value, label, allow_zero=name != "base"))
        elif name in _COUNTS:
            setattr(row, name, _count(value, *_COUNTS[name]))
        elif name == "bonus_pct" or name == "retirement_match_pct":
            label = "bonus percentage" if name == "bonus_pct" else "401k match percentage"
            setattr(row, name, None if _blank(value) else pct_text(inputs.parse_percent(value, label)))
        elif name == "vesting":
            setattr(row, name, None if _blank(value) else [pct_text(v) for v in inputs.parse_vesting(value)])
        elif name in ("option_strike", "option_price"):
            label = "strike price" if name == "option_strike" else "share price"
            setattr(row, name, None if _blank(value) else pct_text(inputs.parse_decimal(value, label)))
        elif name == "level":
            row.level = None if _blank(value) else inputs.parse_level(value)
        elif name == "company_type":
            row.company_type = None if _blank(value) else inputs.parse_company_type(value)
        elif name == "remote_policy":
            row.remote_policy = None if _blank(value) else inputs.parse_remote(value)
        elif name == "currency":
            row.currency = inputs.parse_currency(value)
        elif name == "equity_kind":
            row.equity_kind = inputs.parse_choice(value or "none", inputs.EQUITY_KINDS, "equity kind")
        elif name == "option_price_basis":
            row.option_price_basis = None if _blank(value) else inputs.parse_choice(value, inputs.PRICE_BASES,
                                                                                    "share price basis")
        elif name == "status":
            row.status = inputs.parse_choice(value, inputs.STATUSES, "status")
        elif name == "start_date":
            row.start_date = inputs.parse_date(value)
        elif name == "deadline":
            row.deadline = inputs.parse_deadline(value, now, local_zone())
        elif name in ("written_offer", "quit_first", "accept_as_is"):
            setattr(row, name, _flag(value, name.replace("_", " ")))

    # One bonus form at a time: the one just given replaces the other.
    if not _blank(fields.get("bonus_pct")):
        if not _blank(fields.get("bonus_amount")):
            raise InvalidInput("Give the bonus either as a percentage of base or as an amount, not both.")
        row.bonus_amount = None
    elif not _blank(fields.get("bonus_amount")):
        row.bonus_pct = None
    # The kind of equity follows from what was given, unless the user said it.
    if "equity_kind" not in fields and not _blank(fields.get("equity_grant")) and not _blank(fields.get("option_shares")):
        raise InvalidInput("Give equity either as an RSU grant value or as a number of options, not both.")
    if "equity_kind" not in fields:
        if not _blank(fields.get("equity_grant")):
            row.equity_kind = "rsu" if row.equity_grant else "none"
        elif not _blank(fields.get("option_shares")):
            row.equity_kind = "options"
        elif "equity_grant" in fields and row.equity_kind == "rsu":
            row.equity_kind = "none"
    if row.equity_kind == "none" and "vesting" not in fields:
        row.vesting = None  # equity was just removed: its schedule goes with it
    if row.base is None:
        raise InvalidInput("The base salary is required.")
    if not row.company:
        raise InvalidInput("The company name is required.")
    if row.vesting and row.equity_kind == "none":
        raise InvalidInput("A vesting schedule was given without equity; add --equity with the grant value.")


def blank_offer(owner_id: int | None, now: datetime) -> Offer:
    """An offer row with every default filled in, before the user's fields are applied."""
    return Offer(owner_id=owner_id, company="", role="", location="", currency="USD", sign_on=0,
                 equity_kind="none", written_offer=False, quit_first=False, accept_as_is=False, status="pending",
                 notes="", created_at=now, updated_at=now)


def terms_of(row: Offer) -> Terms:
    return Terms(
        base=row.base,
        bonus_pct=Decimal(row.bonus_pct) if row.bonus_pct is not None else None,
        bonus_amount=row.bonus_amount,
        sign_on=row.sign_on or 0,
        sign_on_clawback_months=row.sign_on_clawback_months,
        equity_kind=row.equity_kind,
        equity_grant=row.equity_grant,
        vesting=tuple(Decimal(v) for v in row.vesting) if row.vesting else None,
        cliff_months=row.cliff_months,
        refresh_grant=row.refresh_grant,
        option_shares=row.option_shares,
        option_strike=Decimal(row.option_strike) if row.option_strike is not None else None,
        option_price=Decimal(row.option_price) if row.option_price is not None else None,
        option_price_basis=row.option_price_basis,
        currency=row.currency,
    )


def _num(text: str | None):
    """Decimal text as a JSON number: an int when whole, else a float (display only, never summed)."""
    if text is None:
        return None
    value = Decimal(text)
    return int(value) if value == value.to_integral_value() else float(value)


def view(row: Offer) -> dict:
    """The offer as plain data, with its four-year totals and annualised figure."""
    summary = summarize(terms_of(row))
    return {
        "id": row.id,
        "company": row.company,
        "role": row.role,
        "level": row.level,
        "company_type": row.company_type,
        "location": row.location,
        "currency": row.currency,
        "base": row.base,
        "bonus_pct": _num(row.bonus_pct),
        "bonus_amount": row.bonus_amount,
        "target_bonus": summary.target_bonus,
        "sign_on": row.sign_on or 0,
        "sign_on_clawback_months": row.sign_on_clawback_months,
        "equity": {
            "kind": row.equity_kind,
            "grant": row.equity_grant,
            "value": summary.equity_value,
            "vesting": [_num(v) for v in row.vesting] if row.vesting else [25, 25, 25, 25] if row.equity_kind != "none" else [],
            "vesting_given": bool(row.vesting),
            "cliff_months": row.cliff_months,
            "refresh_grant": row.refresh_grant,
            "option_shares": row.option_shares,
            "strike": row.option_strike,
            "price": row.option_price,
            "price_basis": row.option_price_basis,
        },
        "retirement_match_pct": _num(row.retirement_match_pct),
        "pto_days": row.pto_days,
        "remote_policy": row.remote_policy,
        "start_date": row.start_date.isoformat() if row.start_date else None,
        "deadline": row.deadline.isoformat() if row.deadline else None,
        "written_offer": bool(row.written_offer),
        "quit_first": bool(row.quit_first),
        "accept_as_is": bool(row.accept_as_is),
        "status": row.status,
        "notes": row.notes,
        "year_totals": summary.year_totals,
        "four_year_total": sum(summary.year_totals),
        "annualized": summary.annualized,
        "cash_annualized": summary.cash_annualized,
        "years": [y.to_dict() for y in summary.years],
        "assumptions": summary.assumptions,
    }


class OfferManager:
    """Offers, the market they are compared with, and the negotiation advice for each."""

    def __init__(self, app):
        self.app = app
        self._seeded = False

    # -- offers ---------------------------------------------------------------------------
    def _get(self, s, offer_id: int) -> Offer:
        row = s.scalar(select(Offer).where(Offer.id == offer_id, Offer.owner_id == self.app.user_id))
        if row is None:
            raise NotFound(f"There is no offer {offer_id}; `offerloop offers list` shows your offers.")
        return row

    def _log(self, s, kind: str, subject: str, now: datetime) -> None:
        s.add(Activity(owner_id=self.app.user_id, at=now, area="offers", kind=kind, subject=subject[:200]))

    def add(self, fields: dict[str, Any], now: datetime | None = None) -> dict:
        """Store a new offer; returns it with its totals."""
        now = now or utcnow()
        if _blank(fields.get("company")):
            raise InvalidInput("The company name is required.")
        if _blank(fields.get("base")):
            raise InvalidInput("The base salary is required.")
        row = blank_offer(self.app.user_id, now)
        apply_fields(row, dict(fields), now)
        with self.app.session() as s:
            s.add(row)
            s.flush()
            self._log(s, "offer-added", row.company, now)
            return view(row)

    def update(self, offer_id: int, fields: dict[str, Any], now: datetime | None = None) -> dict:
        now = now or utcnow()
        with self.app.session() as s:
            row = self._get(s, offer_id)
            apply_fields(row, dict(fields), now)
            row.updated_at = now
            self._log(s, "offer-edited", row.company, now)
            s.flush()
            return view(row)

    def remove(self, offer_id: int, now: datetime | None = None) -> dict:
        now = now or utcnow()
        with self.app.session() as s:
            row = self._get(s, offer_id)
            gone = view(row)
            s.delete(row)
            self._log(s, "offer-removed", row.company, now)
            return gone

    def get(self, offer_id: int) -> dict:
        with self.app.session() as s:
            return view(self._get(s, offer_id))

    def list(self, *, limit: int | None = None, offset: int = 0) -> list[dict]:
        """The offers, oldest first; limit/offset page them in the query."""
        with self.app.session() as s:
            rows = s.scalars(select(Offer).where(Offer.owner_id == self.app.user_id).order_by(Offer.id)
                             .offset(offset).limit(limit))
            return [view(r) for r in rows]

    def count(self) -> int:
        """How many offers list() pages through."""
        with self.app.session() as s:
            return s.scalar(select(func.count()).select_from(Offer).where(Offer.owner_id == self.app.user_id)) or 0

    def currencies(self) -> list[str]:
        return sorted({o["currency"] for o in self.list()})

    def compare(self, ids: Iterable[int] | None = None, currency: str | None = None) -> list[dict]:
        """The offers side by side (all, or the given ids), best annualised first; one currency only."""
        offers = self.list()
        if ids:
            wanted = list(dict.fromkeys(ids))
            known = {o["id"] for o in offers}
            missing = [i for i in wanted if i not in known]
            if missing:
                raise NotFound(f"There is no offer {missing[0]}; `offerloop offers list` shows your offers.")
            offers = [o for o in offers if o["id"] in wanted]
        if currency:
            code = inputs.parse_currency(currency)
            offers = [o for o in offers if o["currency"] == code]
        found = sorted({o["currency"] for o in offers})
        if len(found) > 1:
            raise InvalidInput(f"These offers are in different currencies ({', '.join(found)}) and offerloop does not "
                               "convert money, so compare one currency at a time (for example --currency "
                               f"{found[0]}).")
        if not offers:
            return []
        best = max(o["annualized"] for o in offers)
        ranked = sorted(offers, key=lambda o: (-o["annualized"], o["id"]))
        for rank, o in enumerate(ranked, 1):
            o["rank"] = rank
            o["behind_best"] = best - o["annualized"]
        return ranked

    # -- market ---------------------------------------------------------------------------
    def _seed_once(self) -> None:
        """On first use the user gets their own copy of the guide's ranges (and a profile row)."""
        if self._seeded:
            return
        with self.app.session() as s:
            if s.scalar(select(OfferPrefs.id).where(OfferPrefs.owner_id == self.app.user_id).limit(1)) is None:
                s.add(OfferPrefs(owner_id=self.app.user_id, rare_skills=False))
                s.execute(delete(MarketRange).where(MarketRange.owner_id == self.app.user_id))
                s.add_all(MarketRange(owner_id=self.app.user_id, **r) for r in seed_rows())
        self._seeded = True

    def _prefs(self, s) -> OfferPrefs:
        # The newest row wins when an import (or a race on first use) left more than one.
        return s.scalar(select(OfferPrefs).where(OfferPrefs.owner_id == self.app.user_id)
                        .order_by(OfferPrefs.id.desc()).limit(1))

    def _ranges(self, s) -> list[MarketRange]:
        rows = s.scalars(select(MarketRange).where(MarketRange.owner_id == self.app.user_id)
                         .order_by(MarketRange.id)).all()
        newest = {(r.level, r.company_type): r for r in rows}  # later rows replace earlier ones
        order = {k: i for i, k in enumerate(inputs.LEVELS)}
        kinds = {k: i for i, k in enumerate(inputs.COMPANY_TYPES)}
        return sorted(newest.values(), key=lambda r: (order.get(r.level, 9), kinds.get(r.company_type, 9)))

    @staticmethod
    def _range_view(r: MarketRange) -> dict:
        return {"level": r.level, "company_type": r.company_type, "currency": r.currency, "low": r.low,
                "high": r.high, "excludes_equity": r.excludes_equity, "source": r.source,
                "label": f"{LEVEL_LABELS[r.level]} at {TYPE_LABELS[r.company_type]}"}

    def market_ranges(self) -> list[dict]:
        self._seed_once()
        with self.app.session() as s:
            return [self._range_view(r) for r in self._ranges(s)]

    def set_range(self, level: str, company_type: str, low, high, currency: str | None = None,
                  excludes_equity: bool | None = None) -> dict:
        lvl = inputs.parse_level(level)
        kind = inputs.parse_company_type(company_type)
        if lvl is None or kind is None:
            raise InvalidInput("A market range needs both a level and a company type.")
        lo = inputs.parse_money(low, "low end of the range", allow_zero=False)
        hi = inputs.parse_money(high, "high end of the range", allow_zero=False)
        if lo > hi:
            raise InvalidInput(f"The low end {lo:,} is above the high end {hi:,}.")
        self._seed_once()
        with self.app.session() as s:
            row = next((r for r in self._ranges(s) if (r.level, r.company_type) == (lvl, kind)), None)
            if row is None:  # the user's copy lost this row (a partial import): bring it back
                row = MarketRange(owner_id=self.app.user_id, level=lvl, company_type=kind, currency="USD",
                                  low=lo, high=hi, excludes_equity=kind == "startup", source="")
                s.add(row)
            row.low, row.high = lo, hi
            if currency:
                row.currency = inputs.parse_currency(currency)
            if excludes_equity is not None:
                row.excludes_equity = excludes_equity
            row.source = "Edited by you"
            return self._range_view(row)

    def reset_ranges(self) -> list[dict]:
        """Put the guide's ranges back (data points and offers are kept)."""
        self._seed_once()
        with self.app.session() as s:
            s.execute(delete(MarketRange).where(MarketRange.owner_id == self.app.user_id))
            s.add_all(MarketRange(owner_id=self.app.user_id, **r) for r in seed_rows())
            s.flush()
            return [self._range_view(r) for r in self._ranges(s)]

    def add_point(self, fields: dict[str, Any], now: datetime | None = None) -> dict:
        """Record one compensation figure the user found (total comp per year)."""
        now = now or utcnow()
        total = inputs.parse_money(fields.get("total_comp"), "total compensation", allow_zero=False) \
            if not _blank(fields.get("total_comp")) else None
        if total is None:
            raise InvalidInput("A data point needs its yearly total compensation.")
        company = (fields.get("company") or "").strip()
        level = inputs.parse_level(fields.get("level"))
        kind = inputs.parse_company_type(fields.get("company_type"))
        if not company and not (level and kind):
            raise InvalidInput("A data point needs a company, or a level and a company type, to be compared with.")
        row = MarketDataPoint(owner_id=self.app.user_id, company=company[:200], level=level, company_type=kind,
                              currency=inputs.parse_currency(fields.get("currency") or "USD"), total_comp=total,
                              source=(fields.get("source") or "").strip()[:200], note=(fields.get("note") or "").strip(),
                              created_at=now)
        with self.app.session() as s:
            s.add(row)
            s.flush()
            self._log(s, "data-point-added", company or f"{level} {kind}", now)
            return self._point_view(row)

    @staticmethod
    def _point_view(p: MarketDataPoint) -> dict:
        return {"id": p.id, "company": p.company, "level": p.level, "company_type": p.company_type,
                "currency": p.currency, "total_comp": p.total_comp, "source": p.source, "note": p.note,
                "created_at": p.created_at.isoformat()}

    def points(self) -> list[dict]:
        with self.app.session() as s:
            rows = s.scalars(select(MarketDataPoint).where(MarketDataPoint.owner_id == self.app.user_id)
                             .order_by(MarketDataPoint.id))
            return [self._point_view(p) for p in rows]

    def remove_point(self, point_id: int) -> dict:
        with self.app.session() as s:
            row = s.scalar(select(MarketDataPoint).where(MarketDataPoint.id == point_id,
                                                         MarketDataPoint.owner_id == self.app.user_id))
            if row is None:
                raise NotFound(f"There is no data point {point_id}; `offerloop offers points list` shows them.")
            gone = self._point_view(row)
            s.delete(row)
            return gone

    def prefs(self) -> dict:
        self._seed_once()
        with self.app.session() as s:
            return {"rare_skills": self._prefs(s).rare_skills}

    def set_prefs(self, rare_skills: bool) -> dict:
        self._seed_once()
        with self.app.session() as s:
            prefs = self._prefs(s)
            prefs.rare_skills = bool(rare_skills)
            return {"rare_skills": prefs.rare_skills}

    # -- the whole picture for one offer ------------------------------------------------------
    def market_position(self, offer: dict, ranges: list[dict], points: list[dict]) -> dict:
        """Market range position (or why there is none) and the data-point summary for one offer."""
        out: dict[str, Any] = {"range": None, "note": None, "data_points": None}
        if not offer["level"] or not offer["company_type"]:
            out["note"] = "Set the level and company type to place this offer against the market ranges."
        else:
            r = next((r for r in ranges if r["level"] == offer["level"]
                      and r["company_type"] == offer["company_type"]), None)
            if r is None:
                out["note"] = "There is no market range for this level and company type; set one to compare."
            elif r["currency"] != offer["currency"]:
                out["note"] = (f"The {r['label']} range is in {r['currency']} and this offer is in {offer['currency']}; "
                               "edit the range to compare.")
            else:
                rng = Range(r["level"], r["company_type"], r["currency"], r["low"], r["high"], r["excludes_equity"])
                out["range"] = position(offer["annualized"], offer["cash_annualized"], rng)
        out["data_points"] = data_point_summary(
            offer["annualized"], peers(points, offer["level"], offer["company_type"], offer["company"]),
            offer["currency"])
        return out

    def report(self, offer_id: int, now: datetime | None = None) -> dict:
        """One offer with its totals, market position and negotiation advice."""
        now = now or datetime.now(timezone.utc)
        offers = self.list()
        offer = next((o for o in offers if o["id"] == offer_id), None)
        if offer is None:
            raise NotFound(f"There is no offer {offer_id}; `offerloop offers list` shows your offers.")
        return self._report(offer, offers, self.market_ranges(), self.points(), self.prefs(), now)

    def reports(self, now: datetime | None = None) -> list[dict]:
        now = now or datetime.now(timezone.utc)
        offers = self.list()
        ranges, points, prefs = self.market_ranges(), self.points(), self.prefs()
        return [self._report(o, offers, ranges, points, prefs, now) for o in offers]

    def _report(self, offer, offers, ranges, points, prefs, now) -> dict:
        market = self.market_position(offer, ranges, points)
        others = [o for o in offers if o["id"] != offer["id"]]
        advice = advise(offer, market["range"], others, rare_skills=prefs["rare_skills"], now=now)
        return {**offer, "market": market, "advice": advice}
