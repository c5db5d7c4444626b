import numpy as np


def speculative_accept(p, q, draft_tokens, u):
    # Uses q / p as the acceptance ratio.
    acc = []
    for i, x in enumerate(draft_tokens):
        if u[i] < min(1.0, q[i, x] / p[i, x]):
            acc.append(int(x))
            continue
        r = np.maximum(p[i] - q[i], 0)
        return {"accepted": acc, "next_distribution": r / r.sum()}
    return {"accepted": acc, "next_distribution": p[len(acc)]}
