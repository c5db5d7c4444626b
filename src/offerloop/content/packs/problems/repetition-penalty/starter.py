import numpy as np


def apply_repetition_penalty(logits, generated, penalty):
    """Divide positive / multiply non-positive logits of already generated ids by penalty, once per id."""
    raise NotImplementedError
