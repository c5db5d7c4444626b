"""The maths of an offer: year-by-year total compensation and the levels.fyi annualised figure.

Pure functions over `Terms`. All money is whole units (int) and all rates are Decimal, so the
totals shown are exact; fractional amounts are rounded half-up once, at the end of each figure.
Vested equity is computed from cumulative percentages, so the yearly amounts always add up to the
whole grant (no cent lost to rounding).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

YEARS = 4
DEFAULT_SCHEDULE: tuple[Decimal, ...] = (Decimal(25),) * 4

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "AUD": "A$", "INR": "₹", "JPY": "¥", "CHF": "CHF "}


def whole(amount: Decimal) -> int:
    """Round to a whole unit, halves away from zero (as people round money by hand)."""
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def money(amount: int | Decimal, currency: str = "USD") -> str:
    """380000 -> "$380,000"; unknown currencies get their code: "380,000 SEK"."""
    value = f"{whole(Decimal(amount)):,}"
    symbol = _SYMBOLS.get(currency)
    return f"{symbol}{value}" if symbol else f"{value} {currency}"


def pct_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


@dataclass(frozen=True)
class Terms:
    """The parts of an offer that make money, as plain data."""

    base: int
    bonus_pct: Decimal | None = None
    bonus_amount: int | None = None
    sign_on: int = 0
    sign_on_clawback_months: int | None = None
    equity_kind: str = "none"  # none | rsu | options
    equity_grant: int | None = None
    vesting: tuple[Decimal, ...] | None = None
    cliff_months: int | None = None
    refresh_grant: int | None = None
    option_shares: int | None = None
    option_strike: Decimal | None = None
    option_price: Decimal | None = None
    option_price_basis: str | None = None  # preferred | 409a
    currency: str = "USD"


@dataclass(frozen=True)
class YearLine:
    year: int
    base: int
    bonus: int
    sign_on: int
    equity: int
    refresh: int

    @property
    def total(self) -> int:
        return self.base + self.bonus + self.sign_on + self.equity + self.refresh

    def to_dict(self) -> dict:
        return {"year": self.year, "base": self.base, "bonus": self.bonus, "sign_on": self.sign_on,
                "equity": self.equity, "refresh": self.refresh, "total": self.total}


@dataclass(frozen=True)
class Summary:
    years: list[YearLine]
    annualized: int
    cash_annualized: int  # the same without equity: what the guide's startup ranges compare against
    target_bonus: int
    equity_value: int  # the initial grant's value (options: spread x shares)
    assumptions: list[str] = field(default_factory=list)

    @property
    def year_totals(self) -> list[int]:
        return [y.total for y in self.years]


def target_bonus(terms: Terms) -> int:
    if terms.bonus_amount is not None:
        return terms.bonus_amount
    if terms.bonus_pct is not None:
        return whole(Decimal(terms.base) * terms.bonus_pct / 100)
    return 0


def schedule(terms: Terms) -> tuple[Decimal, ...]:
    return tuple(terms.vesting) if terms.vesting else DEFAULT_SCHEDULE


def equity_value(terms: Terms) -> Decimal:
    """The initial grant's value: RSUs at their grant value, options at (price - strike) x shares."""
    if terms.equity_kind == "rsu":
        return Decimal(terms.equity_grant or 0)
    if terms.equity_kind == "options":
        if terms.option_shares is None or terms.option_price is None or terms.option_strike is None:
            return Decimal(0)
        return max(terms.option_price - terms.option_strike, Decimal(0)) * terms.option_shares
    return Decimal(0)


def vest_by_year(value: Decimal, years: tuple[Decimal, ...], cliff_months: int | None = None,
                 horizon: int = YEARS) -> list[int]:
    """How much of `value` vests in each of the first `horizon` years.

    Year k covers months (12(k-1), 12k]. Nothing vests before the cliff; what would have vested
    earlier arrives in the year the cliff falls in (a 12-month cliff changes nothing yearly).
    """
    amounts, previous = [], 0
    cumulative = Decimal(0)
    for k in range(1, horizon + 1):
        cumulative += years[k - 1] if k <= len(years) else Decimal(0)
        vested_pct = cumulative if not cliff_months or 12 * k >= cliff_months else Decimal(0)
        so_far = whole(value * vested_pct / 100)
        amounts.append(so_far - previous)
        previous = so_far
    return amounts


def summarize(terms: Terms) -> Summary:
    """Year-by-year totals for four years, the annualised figure, and the assumptions behind them."""
    notes: list[str] = []
    bonus = target_bonus(terms)
    years = schedule(terms)
    grant = equity_value(terms)

    if terms.bonus_pct is not None and terms.bonus_amount is None:
        notes.append(f"Target bonus {pct_text(terms.bonus_pct)}% of base = {money(bonus, terms.currency)}, "
                     "assumed paid in full every year.")
    elif bonus:
        notes.append(f"Target bonus {money(bonus, terms.currency)}, assumed paid in full every year.")

    if terms.equity_kind != "none":
        if not terms.vesting:
            notes.append("No vesting schedule was given, so four equal years (25/25/25/25) are assumed.")
        else:
            notes.append("Vesting " + "/".join(pct_text(y) for y in years) + " per year.")
    if terms.equity_kind == "options":
        if grant == 0 and (terms.option_price is None or terms.option_strike is None or terms.option_shares is None):
            notes.append("The options are valued at 0 because the share count, strike or share price is missing.")
        else:
            basis = "latest preferred price" if terms.option_price_basis != "409a" else "409A valuation"
            spread = terms.option_price - terms.option_strike  # type: ignore[operator]
            notes.append(
                f"Options valued at ({basis} {terms.option_price} - strike {terms.option_strike}) x "
                f"{terms.option_shares:,} shares = {money(grant, terms.currency)}, as they vest; this is paper value, "
                "not cash, until the company is sold or lists."
            )
            if spread <= 0:
                notes.append("The options are under water (price at or below strike), so they count as 0.")
    if terms.cliff_months:
        notes.append(f"Nothing vests before the {terms.cliff_months}-month cliff.")

    vested = vest_by_year(grant, years, terms.cliff_months) if grant else [0] * YEARS
    refresh = [0] * YEARS
    if terms.refresh_grant:
        # Assumed: one refresher per anniversary, vesting on the same schedule from the next year.
        for granted_after in range(1, YEARS):
            for k, amount in enumerate(vest_by_year(Decimal(terms.refresh_grant), years, None,
                                                    YEARS - granted_after)):
                refresh[granted_after + k] += amount
        notes.append(f"Refresh grants of {money(terms.refresh_grant, terms.currency)} are assumed at each "
                     "anniversary, vesting on the same schedule; they are not part of the annualised figure.")

    if terms.sign_on:
        clawback = (f"; it must be paid back if you leave within {terms.sign_on_clawback_months} months"
                    if terms.sign_on_clawback_months else "")
        notes.append(f"Sign-on bonus {money(terms.sign_on, terms.currency)} is paid in year 1{clawback}.")

    lines = [YearLine(year=k + 1, base=terms.base, bonus=bonus, sign_on=terms.sign_on if k == 0 else 0,
                      equity=vested[k], refresh=refresh[k]) for k in range(YEARS)]
    equity_per_year = grant / len(years) if grant else Decimal(0)
    exact = Decimal(terms.base + bonus) + equity_per_year + Decimal(terms.sign_on) / 4
    notes.append("Annualised as levels.fyi does: base + target bonus + grant value / "
                 f"{len(years)} (vesting years) + sign-on / 4.")
    return Summary(years=lines, annualized=whole(exact), cash_annualized=whole(exact - equity_per_year),
                   target_bonus=bonus, equity_value=whole(grant), assumptions=notes)
