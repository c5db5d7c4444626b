def top_n_per_user(scores, n):
    ordered = scores.sort_values(["user", "score", "item"], ascending=[True, False, True])
    return ordered.groupby("user").head(n)[["user", "item", "score"]]
