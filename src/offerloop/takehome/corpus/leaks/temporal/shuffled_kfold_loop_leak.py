import numpy as np
import pandas as pd
rng = np.random.default_rng(1)
df = pd.DataFrame({"date": pd.date_range("2021-01-01", periods=260, freq="D"),
                   "sales": np.cumsum(rng.normal(0, 1, 260)) + 50})
df["lag1"] = df["sales"].shift(1)
df["lag7"] = df["sales"].shift(7)
df = df.dropna()
from sklearn.linear_model import LinearRegression
from sklearn.model_selection import KFold, TimeSeriesSplit
X = df[["lag1", "lag7"]].to_numpy()
y = df["sales"].to_numpy()
folds = KFold(n_splits=4, shuffle=True, random_state=0)
errs = []
for tr, te in folds.split(X):  # leak: temporal
    m = LinearRegression().fit(X[tr], y[tr])
    errs.append(m.score(X[te], y[te]))
print(np.mean(errs))
