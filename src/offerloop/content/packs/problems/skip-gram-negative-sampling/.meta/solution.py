import numpy as np


def _sigmoid(s):
    z = np.exp(-np.abs(s))
    return np.where(s >= 0, 1 / (1 + z), z / (1 + z))


def sgns_loss(v_center, u_context, U_neg):
    v = np.asarray(v_center, dtype=float)
    u = np.asarray(u_context, dtype=float)
    N = np.asarray(U_neg, dtype=float)
    s_pos = float(u @ v)
    s_neg = N @ v
    loss = float(np.logaddexp(0.0, -s_pos) + np.sum(np.logaddexp(0.0, s_neg)))
    a = float(_sigmoid(np.array(s_pos))) - 1.0
    b = _sigmoid(s_neg)
    return {"loss": loss, "d_center": a * u + b @ N, "d_context": a * v, "d_neg": b[:, None] * v[None, :]}
