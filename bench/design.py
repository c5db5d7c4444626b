"""System design benchmark: feedback on a 1,200-word design, next to rendering the same Markdown.

Run: `python -m bench.design`. Both figures are measured in this run: the baseline is rendering the
design's Markdown to HTML with markdown-it (what showing the design costs), the figure is the whole
review (sections, every case claim through the claims engine, checks, numbers, score, follow-ups).
Exits 1 when the median is above the 300 ms target of issue 13.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time

TARGET_MS = 300.0
WORDS = 1200
ROUNDS = 4


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def design_of(case, rng: random.Random) -> str:
    """A 1,200-word design: the case's reference sections with their sentences shuffled and repeated."""
    blocks = re.split(r"^(## .*)$", case.reference, flags=re.M)
    out, words = [], 0
    while words < WORDS:
        for i in range(1, len(blocks) - 1, 2):
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", blocks[i + 1].strip()) if s]
            rng.shuffle(sentences)
            body = " ".join(sentences)
            out.append(f"{blocks[i]}\n\n{body}\n")
            words += len(body.split())
    text = "\n".join(out)
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    return text[:ends[WORDS - 1]]  # exactly 1,200 words, headings included


def main() -> int:
    from markdown_it import MarkdownIt

    from offerloop.content.loader import load_bank
    from offerloop.design.review import review

    cases = list(load_bank().designs.values())
    rng = random.Random(13)
    designs = [(case, design_of(case, rng)) for case in cases for _ in range(ROUNDS)]
    rng.shuffle(designs)
    md = MarkdownIt()
    review(designs[0][1], designs[0][0])  # warm the engine's caches once, as a running app would be
    base = [timed(lambda t=text: md.render(t)) for _, text in designs]
    figure = [timed(lambda c=case, t=text: review(t, c)) for case, text in designs]
    words = statistics.median(len(t.split()) for _, t in designs)
    base_ms, fig_ms = statistics.median(base), statistics.median(figure)
    print(f"designs: {len(designs)} over {len(cases)} cases, median {words:.0f} words")
    print(f"baseline (markdown-it render): median {base_ms:.1f} ms")
    print(f"design review:                 median {fig_ms:.1f} ms, p90 {statistics.quantiles(figure, n=10)[-1]:.1f} ms "
          f"({fig_ms / base_ms:.1f}x the baseline; target under {TARGET_MS:.0f} ms)")
    return 0 if fig_ms < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
