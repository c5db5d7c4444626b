import numpy as np


def mmr_select(query_sims, doc_sims, k, lam=0.5):
    """Greedy MMR: maximise lam * relevance - (1 - lam) * max similarity to already selected; ties to lower index."""
    raise NotImplementedError
