def lag_features(df):
    # The calendar lag as a self-merge on (entity, period + 1); the row lag with diff.
    out = df.sort_values(["entity", "period"]).reset_index(drop=True)
    g = out.groupby("entity")["value"]
    out["prev_value"] = g.shift(1)
    out["delta"] = g.diff()
    back = out[["entity", "period", "value"]].rename(columns={"value": "lag1_value"})
    back["period"] = back["period"] + 1
    return out.merge(back, on=["entity", "period"], how="left")
