import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len):
    # Drops finished hypotheses and returns the best live one (or the last finished if none live).
    V = log_probs.shape[1]
    beam, last_finished = [([], 0.0)], None
    for _ in range(max_len):
        cands = [(t + [v], s + float(log_probs[t[-1] if t else start, v])) for t, s in beam for v in range(V)]
        cands.sort(key=lambda c: (-c[1], c[0]))
        kept = cands[:beam_width]
        beam = [c for c in kept if c[0][-1] != eos]
        done = [c for c in kept if c[0][-1] == eos]
        if done:
            last_finished = done[0]
        if not beam:
            break
    if beam:
        return beam[0]
    return last_finished
