import numpy as np


def apply_repetition_penalty(logits, generated, penalty):
    # Applies the penalty once per occurrence.
    out = np.array(logits, dtype=float)
    for t in generated:
        out[t] = out[t] / penalty if out[t] > 0 else out[t] * penalty
    return out
