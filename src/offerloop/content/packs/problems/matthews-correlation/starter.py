def mcc(y_true, y_pred):
    """Matthews correlation for binary labels; 0.0 when a denominator factor is zero."""
    raise NotImplementedError
