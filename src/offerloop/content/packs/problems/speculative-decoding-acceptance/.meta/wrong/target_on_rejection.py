import numpy as np


def speculative_accept(p, q, draft_tokens, u):
    # Resamples from p itself after a rejection (biases the output towards q's choices).
    acc = []
    for i, x in enumerate(draft_tokens):
        if u[i] < min(1.0, p[i, x] / q[i, x]):
            acc.append(int(x))
            continue
        return {"accepted": acc, "next_distribution": p[i].copy()}
    return {"accepted": acc, "next_distribution": p[len(acc)]}
