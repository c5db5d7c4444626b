def f1_macro_micro(y_true, y_pred):
    """{"macro": mean of per-class F1, "micro": F1 from pooled TP/FP/FN}; classes = sorted union of labels."""
    raise NotImplementedError
