import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len):
    lp = np.asarray(log_probs, dtype=float)
    V = lp.shape[1]
    beam = [([], 0.0)]
    finished = []
    for _ in range(max_len):
        candidates = []
        for tokens, score in beam:
            prev = tokens[-1] if tokens else start
            for v in range(V):
                candidates.append((tokens + [v], score + float(lp[prev, v])))
        candidates.sort(key=lambda c: (-c[1], c[0]))
        beam = []
        for tokens, score in candidates[:beam_width]:
            (finished if tokens[-1] == eos else beam).append((tokens, score))
        if not beam:
            break
    best = min(finished + beam, key=lambda c: (-c[1], c[0]))
    return best[0], best[1]
