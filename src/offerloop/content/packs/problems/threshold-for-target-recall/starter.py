import numpy as np


def threshold_for_recall(y_true, scores, target_recall):
    """The largest distinct score t with recall(score >= t) >= target_recall, and precision/recall there."""
    raise NotImplementedError
