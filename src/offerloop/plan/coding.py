"""The coding plan: the seed's 6-week schedule built from the problem bank, and re-planning missed days.

Pure functions over plain data (the bank, the solved set, `today`); the manager loads and stores.

Phases, as shares of the plan (6 weeks: 2 + 2 + 1 + 1):
  easy   (2/6)  one or two easy problems a day, two on as many days as the bank allows
  medium (2/6)  one medium problem a day
  hard   (1/6)  three hard problems in total per 7 days (at least one), spread over the phase;
                the days between are light review days (one medium planned earlier), and the
                phase's last day, when it is not a hard day, is a rest day
  final  (1/6)  review of missed problems (attempted, never accepted), then the oldest solved
                ones, two per day; two mock rounds (two unseen problems each); the last day rests
Other lengths split their days by the same shares (largest remainder, every phase at least a day).

The mix: a share of the new problems (ml_share, 0 to 1) comes from the ML and data tracks (the seed's
"implement ML models from scratch" and "practice data analysis and modelling tasks"), interleaved evenly with the algorithm problems; the phases
and difficulties stay the same. When one track runs out of a difficulty, the other fills in
before an easier or harder problem does. A share of 0 plans algorithms only, 1 the ML track only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Iterable, Mapping, Sequence

from offerloop.errors import InvalidInput

KINDS = ("easy", "medium", "hard", "review", "mock", "rest", "missed")  # "missed": its work moved on
SHARES = (2, 2, 1, 1)  # easy, medium, hard, final: weeks out of 6
MIN_DAYS, MAX_WEEKS = 4, 26
# Where each difficulty falls back to when the bank runs out of it (the next one first).
FALLBACK = {"easy": ("medium", "hard"), "medium": ("hard", "easy"), "hard": ("medium", "easy")}
NEW_WORK = ("easy", "medium", "hard")  # day kinds that introduce problems the user has not solved


DEFAULT_ML_SHARE = 0.3
TRACKS = ("algo", "ml")
# Which side of the mix each bank track plans on: the data track (pandas and scikit-learn) is ML work.
SIDES = {"algo": "algo", "ml": "ml", "data": "ml"}


@dataclass(frozen=True)
class BankProblem:
    slug: str
    difficulty: str
    track: str = "algo"


@dataclass
class Day:
    date: date
    kind: str
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"date": self.date.isoformat(), "kind": self.kind, "problems": list(self.problems)}

    @classmethod
    def from_dict(cls, data: Mapping) -> "Day":
        return cls(date.fromisoformat(data["date"]), data["kind"], list(data["problems"]))


@dataclass
class Plan:
    days: list[Day]
    notes: list[str] = field(default_factory=list)

    @property
    def note(self) -> str:
        return " ".join(self.notes)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise InvalidInput(f"The date {text!r} is not a date like 2026-01-31.") from None


def phase_lengths(total: int) -> list[int]:
    """Split `total` days into the four phases by SHARES (largest remainder; each phase >= 1 day)."""
    if total < MIN_DAYS:
        raise InvalidInput(f"A plan needs at least {MIN_DAYS} days, one per phase; {total} is too short.")
    whole = sum(SHARES)
    exact = [total * s / whole for s in SHARES]
    lengths = [max(1, int(x)) for x in exact]
    order = sorted(range(4), key=lambda i: exact[i] - int(exact[i]), reverse=True)
    i = 0
    while sum(lengths) < total:
        lengths[order[i % 4]] += 1
        i += 1
    while sum(lengths) > total:  # only when the minimum of one day pushed us over
        j = max(range(4), key=lambda k: lengths[k])
        lengths[j] -= 1
    return lengths


def _spread(count: int, length: int) -> list[int]:
    """`count` positions spread evenly over `length` days (centred in equal slices)."""
    return [int((2 * i + 1) * length / (2 * count)) for i in range(count)]


def parse_ml_share(value) -> float:
    """The share of new problems from the ML track: 0 to 1 (0.3), or a percentage (30%)."""
    text = str(value).strip()
    try:
        share = float(text[:-1]) / 100 if text.endswith("%") else float(text)
    except ValueError:
        raise InvalidInput(f"The ML share {text!r} is not a number; give 0 to 1 (0.3) or a percentage (30%).") from None
    if not 0 <= share <= 1 or share != share:
        raise InvalidInput(f"The ML share must be between 0 and 1 (0.3 means 30% ML problems), not {text}.")
    return share


class _Pool:
    """Unsolved bank problems by track and difficulty, handed out in bank order, each at most once.
    Each new slot goes to the ML track or the algorithm track so that `ml_share` of them are ML."""

    def __init__(self, bank: Sequence[BankProblem], skip: set[str], ml_share: float = 0.0):
        self.tracks: dict[str, dict[str, list[str]]] = {t: {"easy": [], "medium": [], "hard": []} for t in TRACKS}
        for p in bank:
            track = self.tracks.get(p.track)
            if p.slug not in skip and track is not None and p.difficulty in track:
                track[p.difficulty].append(p.slug)
        self.left = self.tracks["algo"]  # the algorithm problems (mock rounds draw from them first)
        self.share = ml_share
        self.allowed = [t for t, on in (("algo", ml_share < 1), ("ml", ml_share > 0)) if on]
        self.slots = 0
        self.from_track: dict[str, int] = {t: 0 for t in TRACKS}
        self.borrowed: dict[tuple[str, str], int] = {}
        self.short: dict[str, int] = {}

    def available(self, difficulty: str) -> int:
        return sum(len(self.tracks[t][difficulty]) for t in self.allowed)

    def _next_track(self) -> str:
        # Even interleaving: slot k is ML when floor((k+1) * share) moves past floor(k * share).
        ml = int((self.slots + 1) * self.share + 1e-9) > int(self.slots * self.share + 1e-9)
        self.slots += 1
        return "ml" if ml else "algo"

    def take(self, difficulty: str, n: int) -> list[str]:
        out: list[str] = []
        for _ in range(n):
            first = self._next_track()
            order = [first, *[t for t in self.allowed if t != first]]
            order = [t for t in order if t in self.allowed]
            found = None
            # The same difficulty from either track first, then the fallback difficulties.
            for source in (difficulty, *FALLBACK[difficulty]):
                for track in order:
                    if self.tracks[track][source]:
                        found = (track, source)
                        break
                if found:
                    break
            if found is None:
                self.short[difficulty] = self.short.get(difficulty, 0) + 1
                continue
            track, source = found
            out.append(self.tracks[track][source].pop(0))
            self.from_track[track] += 1
            if source != difficulty:
                self.borrowed[(difficulty, source)] = self.borrowed.get((difficulty, source), 0) + 1
        return out

    def unseen(self, count: int) -> list[str]:
        """Problems for a mock round: medium first, then hard, then easy; algorithms before ML."""
        picked: list[str] = []
        for difficulty in ("medium", "hard", "easy"):
            for track in self.allowed:
                while len(picked) < count and self.tracks[track][difficulty]:
                    picked.append(self.tracks[track][difficulty].pop(0))
                    self.from_track[track] += 1
        return picked

    def notes(self) -> list[str]:
        out = [f"The bank has too few unsolved {want} problems, so {n} {src} problem{'s' if n > 1 else ''} "
               f"fill{'s' if n == 1 else ''} in." for (want, src), n in self.borrowed.items()]
        out += [f"The bank ran out of unsolved problems: {n} planned {want} slot{'s stay' if n > 1 else ' stays'} empty."
                for want, n in self.short.items()]
        total = sum(self.from_track.values())
        if self.share > 0 and total:
            out.append(f"{self.from_track['ml']} of the {total} new problems come from the ML track "
                       f"(implement the models from scratch; ML share {round(self.share * 100)}%).")
        return out


def build(bank: Sequence[BankProblem], solved: Iterable[str], start: date, today: date, *, days: int,
          missed: Sequence[str] = (), oldest_solved: Sequence[str] = (), ml_share: float = 0.0) -> Plan:
    """The plan of `days` days from `start`.

    bank: problems in the order to study them (algorithm and ML tracks); solved: slugs already accepted (skipped);
    missed: slugs attempted but never accepted, most relevant first; oldest_solved: solved slugs,
    oldest first acceptance first (the final week's review material); ml_share: the share of new
    problems taken from the ML track (0 to 1).
    """
    if not 0 <= ml_share <= 1:
        raise InvalidInput(f"The ML share must be between 0 and 1, not {ml_share}.")
    if start < today:
        raise InvalidInput(f"The start date {start.isoformat()} is in the past; start today or later.")
    solved = set(solved)
    n_easy, n_medium, n_hard, n_final = phase_lengths(days)
    # Missed problems are reviewed in the final phase, so new-problem days do not plan them too.
    pool = _Pool(bank, solved | set(missed), ml_share)
    out: list[Day] = []
    when = iter(start + timedelta(days=i) for i in range(days))

    # Easy phase: one a day, two on as many days as the bank allows (spread over the phase).
    available = pool.available("easy")
    doubles = min(max(0, available - n_easy), n_easy)
    double_at = set(_spread(doubles, n_easy)) if doubles else set()
    for i in range(n_easy):
        out.append(Day(next(when), "easy", pool.take("easy", 2 if i in double_at else 1)))

    medium_days: list[Day] = []
    for _ in range(n_medium):
        medium_days.append(Day(next(when), "medium", pool.take("medium", 1)))
    out += medium_days

    # Hard phase: three per 7 days, spread out; light review of earlier medium days in between.
    n_hard_problems = max(1, min(n_hard, round(3 * n_hard / 7)))
    hard_at = set(_spread(n_hard_problems, n_hard))
    review_from = [s for d in medium_days for s in d.problems]
    for i in range(n_hard):
        if i in hard_at:
            out.append(Day(next(when), "hard", pool.take("hard", 1)))
        elif i == n_hard - 1:
            out.append(Day(next(when), "rest"))
        else:
            out.append(Day(next(when), "review" if review_from else "rest", review_from[:1]))
            review_from = review_from[1:]

    # Final phase: review missed then oldest solved problems; mock rounds; rest the last day.
    to_review = list(dict.fromkeys([*missed, *oldest_solved]))
    if len(to_review) < 2 * n_final:  # a new user: review what this plan taught first
        to_review += [s for d in out if d.kind in NEW_WORK for s in d.problems if s not in to_review]
    n_mocks = 0 if n_final < 3 else (1 if n_final < 6 else 2 * n_final // 7 or 1)
    mock_at = {p + 1 for p in _spread(n_mocks, n_final - 1)} if n_mocks else set()
    for i in range(n_final):
        if i == n_final - 1 and n_final > 1:
            out.append(Day(next(when), "rest"))
        elif i in mock_at:
            # A mock round: two problems never seen, as in a real screen (medium first); with the
            # bank used up, two problems to review stand in, solved again against the clock.
            picked = pool.unseen(2) or to_review[:2]
            to_review = [p for p in to_review if p not in picked]
            out.append(Day(next(when), "mock" if picked else "rest", picked))
        else:
            out.append(Day(next(when), "review" if to_review else "rest", to_review[:2]))
            to_review = to_review[2:]
    return Plan(out, pool.notes())


# -- progress and re-planning -----------------------------------------------------------------------
def day_done(day: Day, accepted: Mapping[str, Sequence[date]], since: date) -> bool:
    """A day is done when each of its problems was accepted on or after the day (new problems:
    on or after `since`, the plan's start, so solving ahead of schedule counts). Rest days are done."""
    for slug in day.problems:
        earliest = since if day.kind in NEW_WORK else day.date
        if not any(d >= earliest for d in accepted.get(slug, ())):
            return False
    return True


def undone_problems(day: Day, accepted: Mapping[str, Sequence[date]], since: date) -> list[str]:
    earliest = since if day.kind in NEW_WORK else day.date
    return [s for s in day.problems if not any(d >= earliest for d in accepted.get(s, ()))]


def replan(days: Sequence[Day], accepted: Mapping[str, Sequence[date]], since: date, today: date) -> tuple[list[Day], int]:
    """Move the undone problems of past days forward, starting today.

    Each past day with undone problems comes back as a day holding only those problems, placed
    before the rest of the plan, which shifts later by as many days; the past day keeps the
    problems that were done (kind "missed" when none were), so it is not carried twice.
    Returns the new days and how many days moved (0: nothing to do).
    """
    past: list[Day] = []
    carried: list[Day] = []
    for d in days:
        if d.date >= today:
            continue
        left = undone_problems(d, accepted, since)
        if left:
            carried.append(Day(d.date, d.kind, left))
            kept = [s for s in d.problems if s not in left]
            past.append(Day(d.date, d.kind if kept else "missed", kept))
        else:
            past.append(Day(d.date, d.kind, list(d.problems)))
    if not carried:
        return list(days), 0
    moved = carried + [d for d in days if d.date >= today]
    redated = [Day(today + timedelta(days=i), d.kind, list(d.problems)) for i, d in enumerate(moved)]
    return past + redated, len(carried)


def accepted_dates(rows: Iterable[tuple[str, datetime]]) -> dict[str, list[date]]:
    """slug -> the UTC days it was accepted on, from (slug, created_at) pairs of accepted submissions."""
    out: dict[str, list[date]] = {}
    for slug, at in rows:
        out.setdefault(slug, []).append(at.astimezone(timezone.utc).date())
    return out
