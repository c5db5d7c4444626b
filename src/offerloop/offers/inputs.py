"""Turning what a user types ("200k", "25,25,25,25", "big tech", "48h") into checked values.

Every function raises InvalidInput with one sentence naming the field and what would work.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal, InvalidOperation

from offerloop.errors import InvalidInput

LEVELS = ("junior", "mid", "senior")
COMPANY_TYPES = ("big-tech", "mid-size", "startup")
EQUITY_KINDS = ("none", "rsu", "options")
REMOTE_POLICIES = ("onsite", "hybrid", "remote")
STATUSES = ("pending", "accepted", "declined")
PRICE_BASES = ("preferred", "409a")

_LEVEL_WORDS = {"junior": "junior", "entry": "junior", "mid": "mid", "mid-level": "mid", "midlevel": "mid",
                "intermediate": "mid", "senior": "senior", "sr": "senior"}
_TYPE_WORDS = {"big-tech": "big-tech", "bigtech": "big-tech", "faang": "big-tech", "big": "big-tech",
               "mid-size": "mid-size", "midsize": "mid-size", "mid-size-tech": "mid-size", "mid": "mid-size",
               "startup": "startup", "start-up": "startup"}
_REMOTE_WORDS = {"onsite": "onsite", "on-site": "onsite", "office": "onsite", "hybrid": "hybrid",
                 "remote": "remote"}

_MONEY = re.compile(r"^(?P<num>\d+(?:\.\d+)?)(?P<suffix>[km]?)$")


def _key(text: str) -> str:
    return re.sub(r"[\s_]+", "-", text.strip().lower())


def parse_money(value, field: str = "amount", *, allow_zero: bool = True) -> int:
    """A whole, non-negative amount: 200000, "200,000", "200k", "1.2m", "$200,000"."""
    if isinstance(value, bool):
        raise InvalidInput(f"The {field} must be a number such as 200000 or 200k.")
    if isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, Decimal):
        amount = value
    else:
        text = str(value).strip().lower().replace(",", "").replace("_", "").replace(" ", "").lstrip("$€£")
        match = _MONEY.match(text)
        if not match:
            raise InvalidInput(f"The {field} must be a number such as 200000 or 200k, not {str(value)!r}.")
        amount = Decimal(match["num"]) * {"": 1, "k": 1_000, "m": 1_000_000}[match["suffix"]]
    if amount < 0:
        raise InvalidInput(f"The {field} cannot be negative.")
    if amount != amount.to_integral_value():
        raise InvalidInput(f"The {field} must be a whole amount (no cents), not {value}.")
    if amount == 0 and not allow_zero:
        raise InvalidInput(f"The {field} must be more than zero.")
    if amount > 10**12:
        raise InvalidInput(f"The {field} of {value} is too large to be a real offer.")
    return int(amount)


def parse_decimal(value, field: str, *, low: Decimal = Decimal(0), high: Decimal | None = None) -> Decimal:
    """A non-negative decimal given as text or number (floats go through their shortest text)."""
    if isinstance(value, bool):
        raise InvalidInput(f"The {field} must be a number.")
    text = str(value).strip().rstrip("%").replace(",", "").lstrip("$€£")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise InvalidInput(f"The {field} must be a number, not {str(value)!r}.") from None
    if not number.is_finite():
        raise InvalidInput(f"The {field} must be a finite number.")
    if number < low or (high is not None and number > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise InvalidInput(f"The {field} must be {bound}, not {text}.")
    return Decimal(int(number)) if number == number.to_integral_value() else number.normalize()


def parse_percent(value, field: str) -> Decimal:
    return parse_decimal(value, field, high=Decimal(100))


def parse_vesting(value) -> list[Decimal]:
    """Yearly vesting percentages ("25,25,25,25" or [5, 15, 40, 40]); they must add up to 100."""
    parts = value if isinstance(value, (list, tuple)) else [p for p in re.split(r"[,/\s]+", str(value).strip()) if p]
    if not parts:
        raise InvalidInput("The vesting schedule is empty; give yearly percentages such as 25,25,25,25.")
    if len(parts) > 10:
        raise InvalidInput("The vesting schedule has more than 10 years; give yearly percentages such as 25,25,25,25.")
    years = [parse_percent(p, f"vesting percentage for year {i}") for i, p in enumerate(parts, 1)]
    total = sum(years, Decimal(0))
    if total != 100:
        shown = ",".join(f"{y:f}" for y in years)
        raise InvalidInput(f"The vesting percentages {shown} add up to {total.normalize():f}, not 100.")
    return years


def parse_level(value) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    found = _LEVEL_WORDS.get(_key(str(value)))
    if not found:
        raise InvalidInput(f"The level {value!r} is not known; use junior (0-2 years), mid (2-5 years) or senior (5+ years).")
    return found


def parse_company_type(value) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    found = _TYPE_WORDS.get(_key(str(value)))
    if not found:
        raise InvalidInput(f"The company type {value!r} is not known; use big-tech (FAANG), mid-size or startup.")
    return found


def parse_remote(value) -> str | None:
    if value is None or str(value).strip() == "":
        return None
    found = _REMOTE_WORDS.get(_key(str(value)))
    if not found:
        raise InvalidInput(f"The remote policy {value!r} is not known; use onsite, hybrid or remote.")
    return found


def parse_choice(value, choices: tuple[str, ...], field: str) -> str:
    key = _key(str(value))
    if key not in choices:
        raise InvalidInput(f"The {field} {value!r} is not known; use {', '.join(choices[:-1])} or {choices[-1]}.")
    return key


def parse_currency(value) -> str:
    code = str(value or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise InvalidInput(f"The currency {value!r} is not a three-letter code such as USD or EUR.")
    return code


def parse_date(value, field: str = "start date") -> date | None:
    if value is None or isinstance(value, date) and not isinstance(value, datetime):
        return value
    text = str(value).strip()
    if text == "" or text.lower() == "none":
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"The {field} {text!r} is not a date like 2026-01-15.") from None


_RELATIVE = re.compile(r"^(?:in\s*)?(\d+)\s*(h|hours?|d|days?)$")


def parse_deadline(value, now: datetime, local: tzinfo) -> datetime | None:
    """When the offer expires, as an aware UTC-comparable datetime.

    Accepts "48h" / "3d" (from now), an ISO date (end of that day, local time), or an ISO date and
    time (local time unless it carries its own offset). "none" clears it.
    """
    if value is None or isinstance(value, datetime):
        if isinstance(value, datetime) and value.tzinfo is None:
            return value.replace(tzinfo=local)
        return value
    text = str(value).strip().lower()
    if text in ("", "none"):
        return None
    rel = _RELATIVE.match(text)
    if rel:
        amount = int(rel[1])
        return now + (timedelta(hours=amount) if rel[2].startswith("h") else timedelta(days=amount))
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(23, 59), tzinfo=local)
        moment = datetime.fromisoformat(text.replace(" ", "T").upper())
    except ValueError:
        raise InvalidInput(f"The deadline {value!r} is not a date (2026-12-01), a date and time "
                           "(2026-12-01 17:00) or a span such as 48h or 3d.") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=local)
