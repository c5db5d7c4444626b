def top_n_per_user(scores, n):
    ordered = scores.sort_values(["user", "score", "item"], ascending=[True, False, True])
    return ordered.head(n * scores["user"].nunique())[["user", "item", "score"]].reset_index(drop=True)
