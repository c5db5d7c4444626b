import numpy as np
import pandas as pd
rng = np.random.default_rng(1)
df = pd.DataFrame({"date": pd.date_range("2021-01-01", periods=260, freq="D"),
                   "sales": np.cumsum(rng.normal(0, 1, 260)) + 50})
df["lag1"] = df["sales"].shift(1)
df["lag7"] = df["sales"].shift(7)
df = df.dropna()
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import cross_val_score, TimeSeriesSplit
df["mean7"] = df["lag1"].rolling(7).mean()
df = df.dropna()
X = df[["lag1", "lag7", "mean7"]]
y = df["sales"]
print(cross_val_score(GradientBoostingRegressor(n_estimators=20), X, y, cv=TimeSeriesSplit(3)).mean())
