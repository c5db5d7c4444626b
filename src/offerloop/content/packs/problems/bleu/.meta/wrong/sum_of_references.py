import math
from collections import Counter


def bleu(candidate, references, max_n=4):
    # Clips against the summed counts of all references (too lenient).
    c = len(candidate)
    if c == 0:
        return 0.0
    log_sum = 0.0
    for n in range(1, max_n + 1):
        cand = Counter(tuple(candidate[i:i + n]) for i in range(c - n + 1))
        total = sum(cand.values())
        pooled = Counter()
        for ref in references:
            pooled += Counter(tuple(ref[i:i + n]) for i in range(len(ref) - n + 1))
        clipped = sum(min(v, pooled[g]) for g, v in cand.items())
        if total == 0 or clipped == 0:
            return 0.0
        log_sum += math.log(clipped / total)
    r = min((len(ref) for ref in references), key=lambda L: (abs(L - c), L))
    bp = 1.0 if c > r else math.exp(1.0 - r / c)
    return bp * math.exp(log_sum / max_n)
