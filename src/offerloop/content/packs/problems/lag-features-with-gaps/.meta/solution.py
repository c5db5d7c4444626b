import pandas as pd


def lag_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.sort_values(["entity", "period"]).reset_index(drop=True)
    out["prev_value"] = out.groupby("entity")["value"].shift(1)
    out["delta"] = out["value"] - out["prev_value"]
    by_key = out.set_index(["entity", "period"])["value"]
    wanted = pd.MultiIndex.from_arrays([out["entity"], out["period"] - 1])
    out["lag1_value"] = by_key.reindex(wanted).to_numpy()
    return out
