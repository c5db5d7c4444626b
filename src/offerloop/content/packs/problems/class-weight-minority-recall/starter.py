import numpy as np


def class_weight_effect(X_train, y_train, X_test, y_test, C=1.0):
    """{"weights", "recall_plain", "recall_balanced", "precision_plain", "precision_balanced"} (see the prompt)."""
    raise NotImplementedError
