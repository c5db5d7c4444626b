import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len):
    """(tokens, score) of the best hypothesis from beam search over a (V, V) bigram log-prob table."""
    raise NotImplementedError
