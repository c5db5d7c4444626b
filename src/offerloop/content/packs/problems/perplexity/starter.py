def perplexity(token_log_probs):
    """exp(-mean natural-log probability over all tokens of all sequences)."""
    raise NotImplementedError
