import numpy as np


def bce_with_logits(logits, targets):
    """Mean binary cross-entropy of sigmoid(logits) against targets in [0, 1], exact for any finite logit."""
    raise NotImplementedError
