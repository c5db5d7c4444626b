"""Reading the times users type: ISO dates and datetimes, with an IANA zone or an offset."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from offerloop.errors import InvalidInput


def zone(name: str):
    """A tzinfo for an IANA name ('Europe/Amsterdam'), 'UTC', or a fixed offset ('+02:00')."""
    if name.upper() in ("UTC", "Z"):
        return timezone.utc
    if name[:1] in "+-":
        try:
            return datetime.fromisoformat("2000-01-01T00:00" + name).tzinfo
        except ValueError:
            raise InvalidInput(f"The offset {name!r} is not valid; write it like +02:00.") from None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"There is no time zone {name!r}; use an IANA name such as Europe/Amsterdam.") from None


def offset_name(dt: datetime) -> str:
    off = dt.utcoffset() or timedelta(0)
    if not off:
        return "UTC"
    total = int(off.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    return f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


def local_zone_name() -> str:
    """This machine's IANA zone (TZ or /etc/localtime), or UTC when it cannot be told."""
    env = os.environ.get("TZ", "").lstrip(":")
    if env:
        try:
            ZoneInfo(env)
            return env
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        target = str(Path("/etc/localtime").resolve())
        if "zoneinfo/" in target:
            name = target.split("zoneinfo/", 1)[1]
            ZoneInfo(name)
            return name
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    return "UTC"


def parse_when(text: str, tz: str | None = None, *, what: str = "time") -> tuple[datetime, str, bool]:
    """Parse an ISO date or datetime. Returns (aware UTC datetime, zone name kept, zone_was_guessed).

    The zone comes from --tz when given (a naive time is read in it, an offset time is shown in it),
    else from the offset in the text, else from this machine's zone (and the caller says so).
    """
    raw = (text or "").strip()
    if not raw:
        raise InvalidInput(f"The {what} is empty; write it like 2026-12-01T14:00+01:00.")
    try:
        parsed = datetime.fromisoformat(raw.replace(" ", "T", 1) if len(raw) > 10 else raw)
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(raw), time(0))
        except ValueError:
            raise InvalidInput(
                f"The {what} {raw!r} is not an ISO date or datetime; write it like 2026-12-01T14:00+01:00."
            ) from None
    guessed = False
    if tz:
        tzinfo = zone(tz)
        name = "UTC" if tzinfo is timezone.utc else tz
        parsed = parsed.replace(tzinfo=tzinfo) if parsed.tzinfo is None else parsed.astimezone(tzinfo)
    elif parsed.tzinfo is not None:
        name = offset_name(parsed)
    else:
        name = local_zone_name()
        parsed = parsed.replace(tzinfo=zone(name))
        guessed = True
    return parsed.astimezone(timezone.utc), name, guessed


def in_zone(dt: datetime, name: str) -> datetime:
    return dt.astimezone(zone(name))
