import pandas as pd

COLUMNS = ["order_id", "amount", "date"]


def stack_exports(exports: list) -> pd.DataFrame:
    frames = []
    for k, df in enumerate(exports):
        df = df.rename(columns=lambda c: c.strip().lower().replace(" ", "_"))
        frames.append(df.reindex(columns=COLUMNS).assign(source=k))
    out = pd.concat(frames, ignore_index=True)
    text = out["amount"].astype("string").str.replace(r"[$,]", "", regex=True).str.strip()
    out["amount"] = pd.to_numeric(text, errors="coerce").astype(float)
    out["date"] = pd.to_datetime(out["date"])
    out["order_id"] = out["order_id"].astype("int64")
    return out
