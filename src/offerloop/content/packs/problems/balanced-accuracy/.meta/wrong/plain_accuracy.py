def balanced_accuracy(y_true, y_pred):
    # Every sample weighted equally: the majority class dominates.
    return sum(t == p for t, p in zip(y_true, y_pred)) / len(y_true)
