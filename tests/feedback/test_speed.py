"""Feedback stays fast: a 150-word answer on the heaviest bank card in well under 20 ms (median)."""

import statistics
import time

from offerloop.cards.claims import judge_card
from offerloop.content.loader import load_bank


def test_feedback_on_a_150_word_answer_is_under_20_ms_median():
    cards = load_bank().cards
    heaviest = max(cards.values(), key=lambda c: sum(len(k.cues) + len(k.opposite) for k in c.key_points)
                   + sum(len(m.cues) for m in c.misconceptions))
    words = (heaviest.answer + " " + " ".join(m.example for m in heaviest.misconceptions)).split()
    texts = [" ".join((words[i:] + words[:i]) * 2).split() for i in range(0, 60, 2)]
    texts = [" ".join(t[:150]) for t in texts]
    judge_card(heaviest, texts[0])  # cues compiled once, as in a running server
    medians = []
    for _ in range(3):  # the best of three rounds: the machine is shared
        times = []
        for text in texts:
            started = time.perf_counter()
            judge_card(heaviest, text)
            times.append((time.perf_counter() - started) * 1000)
        medians.append(statistics.median(times))
    assert min(medians) < 20, f"{heaviest.slug}: median {min(medians):.1f} ms"
