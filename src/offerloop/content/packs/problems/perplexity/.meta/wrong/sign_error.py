import math


def perplexity(token_log_probs):
    # exp of the mean log-probability: the inverse of perplexity.
    logs = [x for s in token_log_probs for x in s]
    return math.exp(sum(logs) / len(logs))
