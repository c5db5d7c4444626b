import pandas as pd


def precision_at_k_per_user(df, k):
    """Series (index "user", name "precision_at_k"): hits among each user's top k by score desc, item asc, over k."""
    raise NotImplementedError
