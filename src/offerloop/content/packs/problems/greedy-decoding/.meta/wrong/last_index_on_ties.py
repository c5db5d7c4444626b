import numpy as np


def greedy_decode(next_logits, start, eos, max_new_tokens):
    # Breaks ties towards the highest index.
    out, prev = [], start
    for _ in range(max_new_tokens):
        row = np.asarray(next_logits[prev])
        tok = int(len(row) - 1 - np.argmax(row[::-1]))
        out.append(tok)
        if tok == eos:
            break
        prev = tok
    return out
