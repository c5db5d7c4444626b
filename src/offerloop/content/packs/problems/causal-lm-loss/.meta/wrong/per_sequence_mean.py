import numpy as np


def causal_lm_loss(logits, input_ids, ignore_index=-100):
    # Averages each sequence first, then averages the sequences.
    means = []
    for z, y in zip(logits[:, :-1], input_ids[:, 1:]):
        v = y != ignore_index
        if not v.any():
            continue
        s = z[v] - z[v].max(1, keepdims=True)
        lp = s - np.log(np.exp(s).sum(1, keepdims=True))
        means.append(-lp[np.arange(v.sum()), y[v]].mean())
    return float(np.mean(means)) if means else 0.0
