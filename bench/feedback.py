"""Feedback benchmark: judging a 150-word answer against a card, next to loading the card bank.

Run: `make bench-feedback` (or `python -m bench.feedback`). Both are measured in this run: the
baseline is parsing and validating every card TOML file (what a cold start pays), the figure is the
claims engine on 150-word answers (key points, subjects, misconceptions and the keyword-list check).
Exits 1 when the median is above the 20 ms target of issue 12.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time

TARGET_MS = 20.0
WORDS = 150
RUNS = 200


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def answers_of(card, rng: random.Random, count: int) -> list[str]:
    """150-word answers built from the card's own sentences and corpus-like filler, shuffled each time."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", card.answer) if s.strip()]
    sentences += [m.example for m in card.misconceptions]
    out = []
    for _ in range(count):
        rng.shuffle(sentences)
        words = " ".join(sentences).split()
        while len(words) < WORDS:
            words += words
        out.append(" ".join(words[:WORDS]))
    return out


def main() -> int:
    from offerloop.cards.claims import judge_card
    from offerloop.content.loader import PACKS, ContentBank, load_bank, load_cards

    load_ms = statistics.median(timed(lambda: load_cards(PACKS / "cards", ContentBank())) for _ in range(5))
    cards = load_bank().cards
    rng = random.Random(12)
    # the heaviest cards (most cues and misconceptions) plus a random spread of the rest
    by_weight = sorted(cards.values(), key=lambda c: -(sum(len(k.cues) + len(k.opposite) for k in c.key_points)
                                                         + sum(len(m.cues) for m in c.misconceptions)))
    chosen = by_weight[:10] + rng.sample(by_weight[10:], min(30, max(0, len(by_weight) - 10)))
    jobs = [(card, text) for card in chosen for text in answers_of(card, rng, max(1, RUNS // len(chosen)))]
    for card, text in jobs[: len(chosen)]:
        judge_card(card, text)  # compile each card's cues once, as a running server has
    times = [timed(lambda c=card, t=text: judge_card(c, t)) for card, text in jobs]
    median, p95 = statistics.median(times), sorted(times)[int(0.95 * (len(times) - 1))]
    heavy = [timed(lambda c=card, t=text: judge_card(c, t)) for card, text in jobs if card is by_weight[0]]
    print(f"feedback benchmark: {len(jobs)} answers of {WORDS} words on {len(chosen)} cards")
    print(f"  load the card bank ({len(cards)} cards)      median {load_ms:8.1f} ms   (baseline)")
    print(f"  feedback on a {WORDS}-word answer          median {median:8.2f} ms   "
          f"{load_ms / median:6.1f}x faster than loading the bank; p95 {p95:.2f} ms")
    print(f"  heaviest card ({by_weight[0].slug})   median {statistics.median(heavy):8.2f} ms")
    ok = median <= TARGET_MS
    print(f"  target: median under {TARGET_MS:.0f} ms: {'PASS' if ok else 'FAIL'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
