import numpy as np


def temperature_softmax(logits, temperature):
    """softmax(logits / temperature) on the last axis; temperature 0 gives a one-hot on the first argmax."""
    raise NotImplementedError
