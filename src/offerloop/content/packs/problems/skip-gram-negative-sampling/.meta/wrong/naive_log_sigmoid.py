import numpy as np


def sgns_loss(v_center, u_context, U_neg):
    # -log(1 / (1 + exp(-s))) directly: log(0) for large negative scores.
    with np.errstate(all="ignore"):
        sig = lambda x: 1 / (1 + np.exp(-x))
        s, sn = u_context @ v_center, U_neg @ v_center
        loss = float(-np.log(sig(s)) - np.sum(np.log(sig(-sn))))
        a, b = sig(s) - 1, sig(sn)
    return {"loss": loss, "d_center": a * u_context + b @ U_neg, "d_context": a * v_center, "d_neg": b[:, None] * v_center}
