import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len):
    # Ranks candidates by the last token's log-probability only, not the running total.
    V = log_probs.shape[1]
    beam, finished = [([], 0.0)], []
    for _ in range(max_len):
        cands = []
        for t, s in beam:
            prev = t[-1] if t else start
            for v in range(V):
                cands.append((t + [v], s + float(log_probs[prev, v]), float(log_probs[prev, v])))
        cands.sort(key=lambda c: (-c[2], c[0]))
        beam = []
        for t, s, _ in cands[:beam_width]:
            (finished if t[-1] == eos else beam).append((t, s))
        if not beam:
            break
    return min(finished + beam, key=lambda c: (-c[1], c[0]))
