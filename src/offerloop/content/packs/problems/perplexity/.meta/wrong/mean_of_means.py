import math


def perplexity(token_log_probs):
    # Averages the per-sequence mean log-probabilities (every sequence weighs the same).
    means = [sum(s) / len(s) for s in token_log_probs if s]
    return math.exp(-sum(means) / len(means))
