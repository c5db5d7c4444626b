import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len):
    # Picks the final answer by average log-probability per token.
    V = log_probs.shape[1]
    beam, finished = [([], 0.0)], []
    for _ in range(max_len):
        cands = [(t + [v], s + float(log_probs[t[-1] if t else start, v])) for t, s in beam for v in range(V)]
        cands.sort(key=lambda c: (-c[1], c[0]))
        beam = []
        for t, s in cands[:beam_width]:
            (finished if t[-1] == eos else beam).append((t, s))
        if not beam:
            break
    best = min(finished + beam, key=lambda c: (-c[1] / len(c[0]), c[0]))
    return best
