import numpy as np


def causal_lm_loss(logits, input_ids, ignore_index=-100):
    # Pairs logits[:, 1:] with input_ids[:, :-1].
    z = logits[:, 1:].reshape(-1, logits.shape[-1])
    y = input_ids[:, :-1].reshape(-1)
    v = y != ignore_index
    if not v.any():
        return 0.0
    z, y = z[v], y[v]
    s = z - z.max(1, keepdims=True)
    lp = s - np.log(np.exp(s).sum(1, keepdims=True))
    return float(-lp[np.arange(len(y)), y].mean())
