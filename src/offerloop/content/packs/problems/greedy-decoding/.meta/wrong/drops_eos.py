import numpy as np


def greedy_decode(next_logits, start, eos, max_new_tokens):
    # Stops at eos without emitting it.
    out, prev = [], start
    for _ in range(max_new_tokens):
        tok = int(np.argmax(next_logits[prev]))
        if tok == eos:
            break
        out.append(tok)
        prev = tok
    return out
