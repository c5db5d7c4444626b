import numpy as np


def greedy_decode(next_logits, start, eos, max_new_tokens):
    # Never stops early.
    out, prev = [], start
    for _ in range(max_new_tokens):
        prev = int(np.argmax(next_logits[prev]))
        out.append(prev)
    return out
