def split_gini(y_left, y_right):
    """Size-weighted Gini impurity of a split; an empty side counts as impurity 0."""
    raise NotImplementedError
