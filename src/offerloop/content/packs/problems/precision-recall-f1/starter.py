def precision_recall_f1(y_true, y_pred):
    """(precision, recall, f1) for binary 0/1 labels with 1 as the positive class; 0.0 on a zero denominator."""
    raise NotImplementedError
