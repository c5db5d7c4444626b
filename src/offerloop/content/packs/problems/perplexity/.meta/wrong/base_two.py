def perplexity(token_log_probs):
    # Raises 2 to natural-log values.
    logs = [x for s in token_log_probs for x in s]
    return 2 ** (-sum(logs) / len(logs))
