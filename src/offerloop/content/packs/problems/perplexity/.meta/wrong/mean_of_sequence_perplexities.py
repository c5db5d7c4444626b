import math


def perplexity(token_log_probs):
    # Averages per-sequence perplexities.
    ppl = [math.exp(-sum(s) / len(s)) for s in token_log_probs if s]
    return sum(ppl) / len(ppl)
