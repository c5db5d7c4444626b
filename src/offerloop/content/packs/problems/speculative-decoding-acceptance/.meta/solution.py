import numpy as np


def speculative_accept(p, q, draft_tokens, u):
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    accepted = []
    for i, x in enumerate(np.asarray(draft_tokens, dtype=int)):
        x = int(x)
        if u[i] < min(1.0, p[i, x] / q[i, x]):
            accepted.append(x)
            continue
        residual = np.maximum(p[i] - q[i], 0.0)
        return {"accepted": accepted, "next_distribution": residual / residual.sum()}
    return {"accepted": accepted, "next_distribution": p[len(accepted)].copy()}
