import math
from collections import Counter


def bleu(candidate, references, max_n=4):
    # Forgets the brevity penalty.
    if not candidate:
        return 0.0
    log_sum = 0.0
    for n in range(1, max_n + 1):
        cand = Counter(tuple(candidate[i:i + n]) for i in range(len(candidate) - n + 1))
        total = sum(cand.values())
        best = Counter()
        for ref in references:
            best |= Counter(tuple(ref[i:i + n]) for i in range(len(ref) - n + 1))
        clipped = sum(min(v, best[g]) for g, v in cand.items())
        if total == 0 or clipped == 0:
            return 0.0
        log_sum += math.log(clipped / total)
    return math.exp(log_sum / max_n)
