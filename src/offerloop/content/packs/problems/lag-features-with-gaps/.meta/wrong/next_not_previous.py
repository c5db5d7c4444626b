import pandas as pd


def lag_features(df):
    out = df.sort_values(["entity", "period"]).reset_index(drop=True)
    out["prev_value"] = out.groupby("entity")["value"].shift(-1)
    out["delta"] = out["value"] - out["prev_value"]
    by_key = out.set_index(["entity", "period"])["value"]
    out["lag1_value"] = by_key.reindex(pd.MultiIndex.from_arrays([out["entity"], out["period"] - 1])).to_numpy()
    return out
