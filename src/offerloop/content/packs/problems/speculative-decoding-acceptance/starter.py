import numpy as np


def speculative_accept(p, q, draft_tokens, u):
    """Accept drafts while u[i] < min(1, p/q); return accepted tokens and the residual (or bonus) distribution."""
    raise NotImplementedError
