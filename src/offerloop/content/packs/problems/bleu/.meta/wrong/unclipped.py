import math
from collections import Counter


def bleu(candidate, references, max_n=4):
    # Counts every candidate n-gram that appears anywhere in a reference: no clipping.
    c = len(candidate)
    if c == 0:
        return 0.0
    log_sum = 0.0
    for n in range(1, max_n + 1):
        grams = [tuple(candidate[i:i + n]) for i in range(c - n + 1)]
        if not grams:
            return 0.0
        seen = set()
        for ref in references:
            seen |= {tuple(ref[i:i + n]) for i in range(len(ref) - n + 1)}
        hits = sum(g in seen for g in grams)
        if hits == 0:
            return 0.0
        log_sum += math.log(hits / len(grams))
    r = min((len(ref) for ref in references), key=lambda L: (abs(L - c), L))
    bp = 1.0 if c > r else math.exp(1.0 - r / c)
    return bp * math.exp(log_sum / max_n)
