import math
from collections import Counter


def _ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def bleu(candidate, references, max_n=4):
    c = len(candidate)
    if c == 0:
        return 0.0
    log_sum = 0.0
    for n in range(1, max_n + 1):
        cand = _ngrams(candidate, n)
        total = sum(cand.values())
        if total == 0:
            return 0.0
        best = Counter()
        for ref in references:
            best |= _ngrams(ref, n)  # the maximum count of each n-gram in any one reference
        clipped = sum(min(cnt, best[g]) for g, cnt in cand.items())
        if clipped == 0:
            return 0.0
        log_sum += math.log(clipped / total)
    r = min((len(ref) for ref in references), key=lambda L: (abs(L - c), L))
    bp = 1.0 if c > r else math.exp(1.0 - r / c)
    return bp * math.exp(log_sum / max_n)
