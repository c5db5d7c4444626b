import numpy as np


def speculative_accept(p, q, draft_tokens, u):
    # Accepts when u < p(x), forgetting to divide by q(x).
    acc = []
    for i, x in enumerate(draft_tokens):
        if u[i] < p[i, x]:
            acc.append(int(x))
            continue
        r = np.maximum(p[i] - q[i], 0)
        return {"accepted": acc, "next_distribution": r / r.sum()}
    return {"accepted": acc, "next_distribution": p[len(acc)]}
