"""Where an offer sits against the market: the guide's ranges (the user's copy of them) and the
data points the user collected. Pure functions over plain data."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from offerloop.offers.compensation import money, whole

LEVEL_LABELS = {"junior": "Junior (0-2 years)", "mid": "Mid-level (2-5 years)", "senior": "Senior (5+ years)"}
TYPE_LABELS = {"big-tech": "Big tech (FAANG)", "mid-size": "Mid-size tech", "startup": "Startup"}

SEED_SOURCE = "Guide (US, 2025)"

# (level, company type) -> (low, high) yearly total compensation in USD, from the guide.
# The guide gives startup figures "+ equity": they are compared against cash, not equity.
SEED_RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("junior", "big-tech"): (150_000, 200_000),
    ("junior", "mid-size"): (120_000, 160_000),
    ("junior", "startup"): (100_000, 140_000),
    ("mid", "big-tech"): (200_000, 300_000),
    ("mid", "mid-size"): (150_000, 220_000),
    ("mid", "startup"): (130_000, 180_000),
    ("senior", "big-tech"): (300_000, 500_000),
    ("senior", "mid-size"): (200_000, 300_000),
    ("senior", "startup"): (180_000, 250_000),
}


def seed_rows() -> list[dict]:
    return [{"level": level, "company_type": kind, "currency": "USD", "low": low, "high": high,
             "excludes_equity": kind == "startup", "source": SEED_SOURCE}
            for (level, kind), (low, high) in SEED_RANGES.items()]


@dataclass(frozen=True)
class Range:
    level: str
    company_type: str
    currency: str
    low: int
    high: int
    excludes_equity: bool = False

    @property
    def midpoint(self) -> int:
        return whole(Decimal(self.low + self.high) / 2)

    @property
    def label(self) -> str:
        return f"{LEVEL_LABELS.get(self.level, self.level)} at {TYPE_LABELS.get(self.company_type, self.company_type)}"


def position(annualized: int, cash_annualized: int, rng: Range) -> dict:
    """below / within / above the range, and the offer as a percent of the range's midpoint."""
    compared = cash_annualized if rng.excludes_equity else annualized
    where = "below" if compared < rng.low else "above" if compared > rng.high else "within"
    pct = whole(Decimal(compared) * 100 / rng.midpoint) if rng.midpoint else 0
    what = "cash (base + bonus + sign-on / 4; the range is quoted plus equity)" if rng.excludes_equity \
        else "annualised total compensation"
    return {
        "position": where,
        "compared": compared,
        "compared_what": what,
        "low": rng.low,
        "high": rng.high,
        "midpoint": rng.midpoint,
        "pct_of_midpoint": pct,
        "currency": rng.currency,
        "excludes_equity": rng.excludes_equity,
        "range_label": rng.label,
        "sentence": (f"{money(compared, rng.currency)} {what.split(' (')[0]} is {where} the {rng.label} range "
                     f"{money(rng.low, rng.currency)}-{money(rng.high, rng.currency)} "
                     f"({pct}% of its midpoint {money(rng.midpoint, rng.currency)})."),
    }


def median(values: list[int]) -> int:
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        raise ValueError("median of no values")
    mid = n // 2
    return ordered[mid] if n % 2 else whole(Decimal(ordered[mid - 1] + ordered[mid]) / 2)


def data_point_summary(annualized: int, points: list[dict], currency: str) -> dict | None:
    """The offer against the user's own data points (already filtered to its peers)."""
    same = [p["total_comp"] for p in points if p["currency"] == currency]
    if not same:
        return None
    beaten = sum(1 for v in same if annualized > v)
    return {
        "count": len(same),
        "median": median(same),
        "low": min(same),
        "high": max(same),
        "higher_than": beaten,
        "sentence": (f"Higher than {beaten} of your {len(same)} data point{'s' if len(same) != 1 else ''} "
                     f"for this company or this level and company type (median {money(median(same), currency)})."),
    }


def peers(points: list[dict], level: str | None, company_type: str | None, company: str) -> list[dict]:
    """Data points that describe the same job: same level and company type, or the same company."""
    name = company.strip().lower()

    def alike(p: dict) -> bool:
        if name and (p.get("company") or "").strip().lower() == name:
            return True
        return bool(level and company_type and p.get("level") == level and p.get("company_type") == company_type)

    return [p for p in points if alike(p)]
