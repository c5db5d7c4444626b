import numpy as np


def apply_repetition_penalty(logits, generated, penalty):
    # Subtracts the penalty (a presence penalty, not the CTRL rule).
    out = np.array(logits, dtype=float)
    for t in set(generated):
        out[t] -= penalty
    return out
