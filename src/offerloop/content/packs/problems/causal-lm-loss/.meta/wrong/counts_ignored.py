import numpy as np


def causal_lm_loss(logits, input_ids, ignore_index=-100):
    # Zeroes ignored positions but still divides by every position.
    z = logits[:, :-1].reshape(-1, logits.shape[-1])
    y = input_ids[:, 1:].reshape(-1)
    v = y != ignore_index
    s = z - z.max(1, keepdims=True)
    lp = s - np.log(np.exp(s).sum(1, keepdims=True))
    losses = np.where(v, -lp[np.arange(len(y)), np.where(v, y, 0)], 0.0)
    return float(losses.mean()) if len(y) else 0.0
