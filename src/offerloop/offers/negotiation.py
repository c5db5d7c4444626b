"""Negotiation advice for one offer, from the guide's when-to and when-not-to rules applied to the
user's actual offers: a stance, the reasons, a target, a counter-offer script with the numbers
filled in, what to ask for beyond base, and the offer's red flags.

Pure functions over offer dicts (as `OfferManager` builds them) and `now`.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from offerloop.offers.compensation import money, whole
from offerloop.offers.market import LEVEL_LABELS

URGENT = timedelta(hours=72)

STANCES = {
    "negotiate": "Negotiate: you have a concrete reason the guide accepts.",
    "ask": "Ask, politely and once: you have some leverage but not a strong case.",
    "hold": "Do not push hard: the offer is at or above market and nothing else gives you leverage.",
}


def _round_up(amount: int, step: int = 1_000) -> int:
    return -(-amount // step) * step


def best_competing(offer: dict, competitors: list[dict]) -> dict | None:
    """The other pending offer in the same currency with the highest annualised total."""
    rivals = [c for c in competitors if c["id"] != offer["id"] and c["currency"] == offer["currency"]
              and c.get("status", "pending") == "pending"]
    return max(rivals, key=lambda c: (c["annualized"], -c["id"]), default=None)


def red_flags(offer: dict, market: dict | None, now: datetime) -> list[dict]:
    """The guide's offer red flags, detected from what the user recorded."""
    flags: list[dict] = []
    deadline = offer.get("deadline")
    if isinstance(deadline, str):
        deadline = datetime.fromisoformat(deadline)
    if deadline is not None:
        left = deadline - now
        if left <= timedelta(0):
            flags.append({"kind": "deadline-passed",
                          "message": "The deadline has passed: confirm with the recruiter whether the offer still stands."})
        elif left < URGENT:
            hours = max(1, int(left.total_seconds() // 3600))
            flags.append({"kind": "short-deadline",
                          "message": f"The offer expires in {hours} hour{'s' if hours != 1 else ''}, under 72: pressure "
                                     "to decide fast is a red flag; ask for a few more days in writing."})
    if not offer.get("written_offer"):
        flags.append({"kind": "no-written-offer",
                      "message": "No written offer recorded: get the signed offer letter before you resign or stop "
                                 "other processes."})
    equity = offer.get("equity") or {}
    kind = equity.get("kind", "none")
    if kind == "rsu" and not equity.get("vesting_given"):
        flags.append({"kind": "vague-equity",
                      "message": "The equity has no vesting schedule: ask for the schedule, cliff and refresh policy "
                                 "in writing."})
    if kind == "rsu" and not equity.get("grant"):
        flags.append({"kind": "vague-equity",
                      "message": "Equity is mentioned without a grant value: ask for the number of units and the "
                                 "price used to value them."})
    if kind == "options":
        missing = [name for name, key in (("share count", "option_shares"), ("strike price", "strike"),
                                          ("preferred price or 409A", "price")) if equity.get(key) in (None, "")]
        if not equity.get("vesting_given"):
            missing.append("vesting schedule")
        if missing:
            flags.append({"kind": "vague-equity",
                          "message": "The options are vague (missing " + ", ".join(missing) + "): without these you "
                                     "cannot value them; ask for each in writing, plus the total shares outstanding."})
    if offer.get("quit_first"):
        flags.append({"kind": "quit-first",
                      "message": "They want you to quit your current job before accepting: do not resign until the "
                                 "offer letter is signed, the background check has passed and the start date is confirmed."})
    if market and market["position"] == "below" and market["compared"] < market["low"] * Decimal("0.9"):
        flags.append({"kind": "far-below-market",
                      "message": f"The offer is more than 10% below the bottom of the {market['range_label']} range; "
                                 "ask what explains it."})
    return flags


def advise(offer: dict, market: dict | None, competitors: list[dict], *, rare_skills: bool,
           now: datetime) -> dict:
    """The advice for one offer, given its market position, the user's other offers and profile."""
    cur = offer["currency"]
    annual = offer["annualized"]
    base = offer["base"]
    rival = best_competing(offer, competitors)
    reasons_for: list[str] = []
    reasons_against: list[str] = []

    below = market is not None and market["position"] == "below"
    if below:
        reasons_for.append(f"The offer is below the market range: {market['sentence']}")
    elif market is not None:
        reasons_against.append(f"The offer is at or above market: {market['sentence']}")
    else:
        reasons_against.append("There is no market range to compare with: set the level and company type "
                               "(or add data points) to see where the offer sits.")

    rival_higher = rival is not None and rival["annualized"] > annual
    if rival_higher:
        reasons_for.append(f"You have a better competing offer: {rival['company']} at {money(rival['annualized'], cur)} "
                           f"a year, {money(rival['annualized'] - annual, cur)} more.")
    elif rival is not None:
        reasons_for.append(f"You have a competing offer ({rival['company']}, {money(rival['annualized'], cur)} a year); "
                           "it is not higher, so it shows you have options rather than setting a number.")
    if rare_skills:
        reasons_for.append("Your skills are rare or in demand (your profile says so).")
    if rival is None and offer.get("level") == "junior":
        reasons_against.append("No competing offer and limited experience: keep any ask small and friendly.")

    if below or rival_higher:
        stance = "negotiate"
    elif rival is not None or rare_skills:
        stance = "ask"
    else:
        stance = "hold"
    if offer.get("accept_as_is"):
        # The guide: if you would sign regardless, do not risk it; soften the stance by one step.
        reasons_against.append("You said you would accept this offer as it stands: one friendly ask at most.")
        stance = {"negotiate": "ask", "ask": "hold", "hold": "hold"}[stance]

    # The number to ask for: the highest of what the evidence supports. Without leverage, only the
    # low end of the usual base room.
    room = (Decimal("0.05"), "5%", "the low end") if stance == "hold" else (Decimal("0.10"), "10%", "the top")
    candidates = [(annual + whole(base * room[0]),
                   f"your annualised total plus {room[1]} of base ({room[2]} of the usual room on base)")]
    if rival_higher:
        candidates.append((rival["annualized"], f"the competing offer from {rival['company']}"))
    if below:
        candidates.append((market["midpoint"] if not market.get("excludes_equity") else
                           annual + (market["midpoint"] - market["compared"]), "the middle of the market range"))
    target, basis = max(candidates, key=lambda c: c[0])
    target = _round_up(target)
    gap = target - annual

    return {
        "stance": stance,
        "headline": STANCES[stance],
        "reasons_for": reasons_for,
        "reasons_against": reasons_against,
        "target": target,
        "target_basis": f"{money(target, cur)} a year: {basis}.",
        "gap": gap,
        "best_competing": None if rival is None else
        {"id": rival["id"], "company": rival["company"], "annualized": rival["annualized"]},
        "script": script(offer, market, rival, target),
        "asks": asks(offer, gap),
        "red_flags": red_flags(offer, market, now),
        "first_steps": [
            "Thank them and show enthusiasm, but do not accept on the spot; say when you will reply.",
            "Weigh the whole package: base, bonus, equity, benefits (health, 401k match, PTO), growth, "
            "work-life balance and the team.",
            "Get everything in writing before you resign from your current job.",
        ],
    }


def script(offer: dict, market: dict | None, rival: dict | None, target: int) -> str:
    """A counter-offer the user can say or send, filled with their numbers."""
    cur = offer["currency"]
    level = LEVEL_LABELS.get(offer.get("level") or "", "").split(" (")[0].lower()
    kind = {"big-tech": "big tech", "mid-size": "mid-size tech", "startup": "startup"}.get(offer.get("company_type") or "", "")
    role = f"the {offer['role']} role" if offer.get("role") else "this role"
    if market is not None:
        research = (f"Looking at the market for {level} ML engineers at {kind} companies "
                    f"({money(market['low'], cur)}-{money(market['high'], cur)}) and at the whole package,")
    else:
        research = "Looking at market data for this kind of role and at the whole package,"
    lines = [
        f"Thank you for the offer. I'm excited about {role} at {offer['company']} and I would like to make this work.",
        "Before I sign, I'd like to talk about the compensation.",
        f"{research} I was hoping for a total closer to {money(target, cur)} a year.",
    ]
    if rival is not None and rival["annualized"] > offer["annualized"]:
        lines.append(f"I also have an offer from {rival['company']} at {money(rival['annualized'], cur)} a year "
                     "in total compensation.")
    equity = offer.get("equity") or {}
    levers = "the base salary, the equity or the sign-on bonus" if equity.get("kind", "none") != "none" \
        else "the base salary or the sign-on bonus"
    lines.append(f"Is there flexibility on {levers}? If the base is fixed, a sign-on bonus would close much of the gap.")
    lines.append("I'm keen to settle this quickly.")
    return "\n".join(lines)


def asks(offer: dict, gap: int) -> list[dict]:
    """What to ask for, base first, with the user's numbers."""
    cur = offer["currency"]
    base = offer["base"]
    low, high = whole(Decimal(base) * Decimal("1.05")), whole(Decimal(base) * Decimal("1.10"))
    equity = offer.get("equity") or {}
    kind = equity.get("kind", "none")
    items = [{"item": "Base salary",
              "suggestion": f"Usually 5-10% of room: {money(low, cur)} to {money(high, cur)} instead of {money(base, cur)}."}]
    years = len(equity.get("vesting") or [1, 1, 1, 1])
    if kind == "rsu":
        extra = money(max(gap, 0) * years, cur)
        items.append({"item": "Equity", "suggestion": f"Can move a lot: closing a {money(max(gap, 0), cur)} yearly gap "
                                                      f"through equity alone takes about {extra} more grant over "
                                                      f"{years} years."})
    elif kind == "options":
        items.append({"item": "Equity", "suggestion": "Ask for more options, the strike and the latest preferred price "
                                                      "in writing, and an early-exercise or extended exercise window."})
    else:
        items.append({"item": "Equity", "suggestion": "Ask whether an equity grant is available for this role."})
    sign_on = offer.get("sign_on") or 0
    items.append({"item": "Sign-on bonus",
                  "suggestion": "Easier to get than base because it is paid once"
                                + (f": ask for {money(max(gap, 0) + sign_on, cur)} in place of {money(sign_on, cur)}."
                                   if gap > 0 else ".")})
    start = offer.get("start_date")
    items.append({"item": "Start date", "suggestion": "Costs them little: ask for the date that gives you a break"
                                                      + (f" (now {start})." if start else ".")})
    remote = offer.get("remote_policy")
    items.append({"item": "Remote or hybrid", "suggestion": "Ask for the days at home you need"
                                                            + (f" (now {remote})." if remote else ".")})
    items.append({"item": "Learning budget", "suggestion": "Ask for a yearly budget for courses, books and conferences."})
    pto = offer.get("pto_days")
    hard = " Hard to move at big companies, where leave follows a policy." if offer.get("company_type") == "big-tech" else ""
    items.append({"item": "Paid time off", "suggestion": (f"Now {pto} days." if pto else "Ask how many days.") + hard})
    return items
