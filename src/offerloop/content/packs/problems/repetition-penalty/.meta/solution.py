import numpy as np


def apply_repetition_penalty(logits, generated, penalty):
    out = np.array(logits, dtype=float)
    ids = np.unique(np.asarray(generated, dtype=int))
    if ids.size:
        sel = out[ids]
        out[ids] = np.where(sel > 0, sel / penalty, sel * penalty)
    return out
