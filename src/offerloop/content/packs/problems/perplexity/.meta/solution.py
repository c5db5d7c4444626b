import math


def perplexity(token_log_probs):
    total, count = 0.0, 0
    for seq in token_log_probs:
        total += float(sum(seq))
        count += len(seq)
    return math.exp(-total / count)
