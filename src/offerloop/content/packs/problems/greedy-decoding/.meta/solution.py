import numpy as np


def greedy_decode(next_logits, start, eos, max_new_tokens):
    table = np.asarray(next_logits, dtype=float)
    out, prev = [], start
    for _ in range(max_new_tokens):
        tok = int(np.argmax(table[prev]))
        out.append(tok)
        if tok == eos:
            break
        prev = tok
    return out
