import numpy as np


def softmax_cross_entropy(logits, labels):
    """(mean cross-entropy loss, d loss / d logits) for integer labels; stable for large logits."""
    raise NotImplementedError
