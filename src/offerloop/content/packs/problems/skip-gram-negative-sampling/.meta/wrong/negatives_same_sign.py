import numpy as np


def sgns_loss(v_center, u_context, U_neg):
    # Scores negatives with log sigma(+s) as if they were positives.
    s, sn = u_context @ v_center, U_neg @ v_center
    sig = lambda x: 1 / (1 + np.exp(-x))
    a, b = sig(s) - 1, sig(sn) - 1
    loss = float(np.logaddexp(0, -s) + np.sum(np.logaddexp(0, -sn)))
    return {"loss": loss, "d_center": a * u_context + b @ U_neg, "d_context": a * v_center, "d_neg": b[:, None] * v_center}
