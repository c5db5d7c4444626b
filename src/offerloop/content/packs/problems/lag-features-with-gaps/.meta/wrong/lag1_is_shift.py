def lag_features(df):
    out = df.sort_values(["entity", "period"]).reset_index(drop=True)
    out["prev_value"] = out.groupby("entity")["value"].shift(1)
    out["delta"] = out["value"] - out["prev_value"]
    out["lag1_value"] = out["prev_value"]
    return out
