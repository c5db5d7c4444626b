import numpy as np


def temperature_softmax(logits, temperature):
    # Replaces T = 0 by 1e-8: ties share the mass instead of going to the first index.
    s = logits / max(temperature, 1e-8)
    e = np.exp(s - s.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)
