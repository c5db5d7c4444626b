import pandas as pd


def stack_exports(exports):
    frames = [df.rename(columns=lambda c: c.strip().lower().replace(" ", "_")).reindex(columns=["order_id", "amount", "date"])
              .assign(source=k) for k, df in enumerate(exports)]
    out = pd.concat(frames)
    text = out["amount"].astype("string").str.replace(r"[$,]", "", regex=True).str.strip()
    out["amount"] = pd.to_numeric(text, errors="coerce").astype(float)
    out["date"] = pd.to_datetime(out["date"])
    out["order_id"] = out["order_id"].astype("int64")
    return out
