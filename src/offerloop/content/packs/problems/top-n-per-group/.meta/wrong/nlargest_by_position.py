def top_n_per_user(scores, n):
    out = scores.groupby("user", group_keys=False).apply(lambda g: g.nlargest(n, "score"))
    return out.sort_values(["user", "score"], ascending=[True, False], kind="stable")[["user", "item", "score"]].reset_index(drop=True)
