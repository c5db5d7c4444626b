import numpy as np


def causal_lm_loss(logits, input_ids, ignore_index=-100):
    z = np.asarray(logits, dtype=float)[:, :-1]
    y = np.asarray(input_ids, dtype=int)[:, 1:]
    z = z.reshape(-1, z.shape[-1])
    y = y.reshape(-1)
    valid = y != ignore_index
    if not valid.any():
        return 0.0
    z, y = z[valid], y[valid]
    s = z - z.max(axis=1, keepdims=True)
    log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    return float(-log_p[np.arange(len(y)), y].mean())
