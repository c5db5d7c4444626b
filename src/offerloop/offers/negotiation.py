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
    "hold": "Do not push hard: one small, friendly ask at most; nothing you have gives you leverage.",
}
AT_THE_TOP = ("Do not push hard on pay: the offer is already at the top of what the evidence justifies; "
              "ask for what costs them little.")
KIND_WORDS = {"big-tech": "big tech", "mid-size": "mid-size tech", "startup": "startup"}


def _round_up(amount: int, step: int = 1_000) -> int:
    return -(-amount // step) * step


def tier(offer: dict) -> tuple:
    """An offer's tier: its level and company type (what the market ranges are keyed by)."""
    return (offer.get("level"), offer.get("company_type"))


def tier_words(offer: dict) -> str:
    level = LEVEL_LABELS.get(offer.get("level") or "", "").split(" (")[0].lower()
    kind = KIND_WORDS.get(offer.get("company_type") or "", "")
    words = " ".join(w for w in (level, kind) if w)
    return words or "an unstated level and company type"


def _rivals(offer: dict, competitors: list[dict]) -> list[dict]:
    return [c for c in competitors if c["id"] != offer["id"] and c["currency"] == offer["currency"]
            and c.get("status", "pending") == "pending"]


def best_competing(offer: dict, competitors: list[dict]) -> dict | None:
    """The other pending offer in the same currency with the highest annualised total."""
    return max(_rivals(offer, competitors), key=lambda c: (c["annualized"], -c["id"]), default=None)


def best_same_tier(offer: dict, competitors: list[dict]) -> dict | None:
    """The best competing offer for the same job (same level and company type): the only kind whose
    number the offer can be asked to match."""
    same = [c for c in _rivals(offer, competitors) if tier(c) == tier(offer)]
    return max(same, key=lambda c: (c["annualized"], -c["id"]), default=None)


def market_top(offer: dict, market: dict) -> int:
    """The top of the market range on the offer's annualised basis (a cash-only range gets the
    offer's own yearly equity added back, since the range is quoted "+ equity")."""
    return market["high"] + (offer["annualized"] - market["compared"])


def ceiling(offer: dict, market: dict | None, same_tier: dict | None, room: Decimal) -> int:
    """The most the evidence justifies for this offer's own tier: the top of its market range and a
    better competing offer for the same job. Without a market range, the usual room on base."""
    annual = offer["annualized"]
    options = []
    if market is not None:
        options.append(market_top(offer, market))
    else:
        options.append(_round_up(annual + whole(Decimal(offer["base"]) * room)))
    if same_tier is not None:
        options.append(same_tier["annualized"])
    return max(annual, *options)


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
    """The advice for one offer, given its market position, the user's other offers and profile.

    The rules that keep it consistent: the target is never below the offer and never above what
    the market range and a competing offer for the same job justify; a competing offer for another
    kind of job is mentioned in words, never as a number to match; a market range is quoted only
    when its top supports the ask; every reason given agrees with the stance."""
    cur = offer["currency"]
    annual = offer["annualized"]
    base = offer["base"]
    rival = best_competing(offer, competitors)
    same = best_same_tier(offer, competitors)
    other = rival if rival is not None and (same is None or rival["id"] != same["id"]) else None
    reasons_for: list[str] = []
    reasons_against: list[str] = []

    below = market is not None and market["position"] == "below"
    if below:
        reasons_for.append(f"The offer is below the market range: {market['sentence']}")
    elif market is not None:
        reasons_against.append(f"The offer is {market['position']} the market range, so the market gives no reason "
                               f"to ask for more: {market['sentence']}")
    else:
        reasons_against.append("There is no market range to compare with: set the level and company type "
                               "(or add data points) to see where the offer sits.")

    same_higher = same is not None and same["annualized"] > annual
    if same_higher:
        reasons_for.append(f"You have a better competing offer for the same kind of job ({tier_words(offer)}): "
                           f"{same['company']} at {money(same['annualized'], cur)} a year, "
                           f"{money(same['annualized'] - annual, cur)} more.")
    elif same is not None:
        reasons_for.append(f"You have a competing offer ({same['company']}, {money(same['annualized'], cur)} a year); "
                           "it is not higher, so it shows you have options rather than setting a number.")
    if other is not None:
        reasons_for.append(f"You have a competing offer from {other['company']} ({tier_words(other)}), a different "
                           f"kind of job from this one ({tier_words(offer)}): mention it to show you have options, "
                           "not as a number to match.")
    if rare_skills:
        reasons_for.append("Your skills are rare or in demand (your profile says so).")
    if rival is None and offer.get("level") == "junior":
        reasons_against.append("No competing offer and limited experience: keep any ask small and friendly.")

    if below or same_higher:
        stance = "negotiate"
    elif rival is not None or rare_skills:
        stance = "ask"
    else:
        stance = "hold"
    if offer.get("accept_as_is"):
        # The guide: if you would sign regardless, do not risk it; soften the stance by one step.
        reasons_against.append("You said you would accept this offer as it stands: one friendly ask at most.")
        stance = {"negotiate": "ask", "ask": "hold", "hold": "hold"}[stance]

    # The number to ask for: the highest of what the evidence supports, capped at what the market
    # and a same-job competing offer justify. Without leverage, only the low end of the usual room.
    room = (Decimal("0.05"), "5%", "the low end") if stance == "hold" else (Decimal("0.10"), "10%", "the top")
    candidates = [(annual + whole(base * room[0]),
                   f"your annualised total plus {room[1]} of base ({room[2]} of the usual room on base)")]
    if same_higher:
        candidates.append((same["annualized"], f"the competing offer from {same['company']}"))
    if below:
        candidates.append((market["midpoint"] + (annual - market["compared"]), "the middle of the market range"))
    wanted, basis = max(candidates, key=lambda c: c[0])
    cap = ceiling(offer, market, same, room[0])
    target = _round_up(wanted)
    if target > cap:
        rounded = cap // 1_000 * 1_000
        target = rounded if rounded > annual else cap
        if same_higher and cap == same["annualized"]:
            basis = f"the competing offer from {same['company']}"
        elif market is not None and cap == market_top(offer, market):
            basis = f"the top of the {market['range_label']} range, the most the market justifies for this offer"
    target = max(target, annual)
    gap = target - annual
    if gap == 0:
        if stance != "hold":
            reasons_against.append("The offer is already at the top of what the market range and your competing "
                                   "offers justify for this level and company type, so there is no higher number to "
                                   "ask for.")
        stance = "hold"
        basis = "the offer as it stands; ask for the start date, remote days or a learning budget instead"

    return {
        "stance": stance,
        "headline": STANCES[stance] if gap > 0 else AT_THE_TOP,
        "reasons_for": reasons_for,
        "reasons_against": reasons_against,
        "target": target,
        "target_basis": f"{money(target, cur)} a year: {basis}.",
        "gap": gap,
        "best_competing": None if rival is None else
        {"id": rival["id"], "company": rival["company"], "annualized": rival["annualized"],
         "same_tier": same is not None and rival["id"] == same["id"]},
        "script": script(offer, market, same if same_higher else None, target, other_rival=other),
        "asks": asks(offer, gap),
        "red_flags": red_flags(offer, market, now),
        "first_steps": [
            "Thank them and show enthusiasm, but do not accept on the spot; say when you will reply.",
            "Weigh the whole package: base, bonus, equity, benefits (health, 401k match, PTO), growth, "
            "work-life balance and the team.",
            "Get everything in writing before you resign from your current job.",
        ],
    }


def script(offer: dict, market: dict | None, rival: dict | None, target: int, *,
           other_rival: dict | None = None) -> str:
    """A counter-offer the user can say or send, filled with their numbers. `rival` is a better
    offer for the same job (its number is quoted); `other_rival` one for another kind of job (named
    only as a sign of options). A market range is quoted only when its top is at or above the ask."""
    cur = offer["currency"]
    level = LEVEL_LABELS.get(offer.get("level") or "", "").split(" (")[0].lower()
    kind = KIND_WORDS.get(offer.get("company_type") or "", "")
    role = f"the {offer['role']} role" if offer.get("role") else "this role"
    if market is not None and market["high"] >= target:
        research = (f"Looking at the market for {level} ML engineers at {kind} companies "
                    f"({money(market['low'], cur)}-{money(market['high'], cur)}) and at the whole package,")
    else:
        research = "Looking at the whole package and at what this role involves,"
    lines = [
        f"Thank you for the offer. I'm excited about {role} at {offer['company']} and I would like to make this work.",
    ]
    if target > offer["annualized"]:
        lines += [
            "Before I sign, I'd like to talk about the compensation.",
            f"{research} I was hoping for a total closer to {money(target, cur)} a year.",
        ]
        if rival is not None and rival["annualized"] > offer["annualized"]:
            lines.append(f"I also have an offer from {rival['company']} at {money(rival['annualized'], cur)} a year "
                         "in total compensation.")
        elif other_rival is not None and other_rival["annualized"] > offer["annualized"]:
            lines.append("I also have another offer in hand, and I would rather join you.")
        equity = offer.get("equity") or {}
        levers = "the base salary, the equity or the sign-on bonus" if equity.get("kind", "none") != "none" \
            else "the base salary or the sign-on bonus"
        lines.append(f"Is there flexibility on {levers}? If the base is fixed, a sign-on bonus would close much of "
                     "the gap.")
    else:
        lines += [
            "The pay works for me. Before I sign, I'd like to settle a few details:",
            "the start date, the days I can work from home, and a yearly learning budget.",
        ]
    lines.append("I'm keen to settle this quickly.")
    return "\n".join(lines)


def asks(offer: dict, gap: int) -> list[dict]:
    """What to ask for, base first, with the user's numbers."""
    cur = offer["currency"]
    base = offer["base"]
    equity = offer.get("equity") or {}
    kind = equity.get("kind", "none")
    # The usual 5-10% of room on base, but never more than the gap to the target: the asks add up.
    high = min(whole(Decimal(base) * Decimal("1.10")), base + max(gap, 0))
    low = min(whole(Decimal(base) * Decimal("1.05")), high)
    if gap > 0:
        base_text = (f"Usually 5-10% of room: {money(low, cur)} to {money(high, cur)} instead of {money(base, cur)}."
                     if low < high else f"Up to {money(high, cur)} instead of {money(base, cur)}, the gap to the target.")
    else:
        base_text = f"Leave it at {money(base, cur)}: the offer is already at the top of what the evidence justifies."
    items = [{"item": "Base salary", "suggestion": base_text}]
    years = len(equity.get("vesting") or [1, 1, 1, 1])
    if kind == "rsu" and gap > 0:
        extra = money(max(gap, 0) * years, cur)
        items.append({"item": "Equity", "suggestion": f"Can move a lot: closing a {money(max(gap, 0), cur)} yearly gap "
                                                      f"through equity alone takes about {extra} more grant over "
                                                      f"{years} years."})
    elif kind == "rsu":
        items.append({"item": "Equity", "suggestion": "Ask how refresh grants work and when the first one comes."})
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
